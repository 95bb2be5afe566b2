//! Lists of NGOs after an intro sentence: what the intro says (which decision, which
//! request, how many entries it announces) and the entries that follow it.

use std::sync::LazyLock;

use regex::Regex;

use super::{
    headline::clause_category,
    items::parse_item,
    re,
    words::{count, split_top_level, COUNT},
    Decision, Parser, Request,
};

/// An intro sentence before a list: which decision, which request, how many it announces.
pub(super) struct Intro {
    decision: Decision,
    request: Option<Request>,
    announced: Option<u32>,
}

static INTRO_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)organi[sz]ations?|entities|entity|applications?|NGOs?|non-governmental|following|others|requests?|entités|demandes|ONG|suivantes|suivants",
    )
});
static ANNOUNCED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({COUNT})\s+(?:[\w-]+\s+){{0,3}}?(?:organi[sz]ations?|entities|applications|NGOs|non-governmental|others|requests|entités|demandes|ONG|organismes)"
    ))
});

static REQUEST_WORDS: LazyLock<Regex> =
    LazyLock::new(|| re(r"reclassif\w*|reclassement\w*|quadrenn\w*|quadrienn\w*|\breports?\b"));
/// The intro a list begins with, when `prefix` (the text before a colon) is one.
pub(super) fn read_intro(prefix: &str, default_kind: Option<Decision>) -> Option<Intro> {
    if !INTRO_NOUN.is_match(prefix) {
        return None;
    }
    let lower = prefix.to_lowercase();
    let request = if lower.contains("reclassif") || lower.contains("reclassement") {
        Some(Request::Reclassification)
    } else if lower.contains("quadrenn") || lower.contains("quadrienn") {
        Some(Request::QuadrennialReport)
    } else {
        None
    };
    // What was done comes first: "postponed ... reclassification" is a deferral.
    let without_request = REQUEST_WORDS.replace_all(&lower, "");
    let decision = match clause_category(&without_request) {
        Some("deferred") => Decision::Deferred,
        Some("closed") => Decision::Closed,
        Some("withdrawn") => Decision::Withdrawn,
        Some("rejected") => Decision::Rejected,
        _ if request == Some(Request::QuadrennialReport) && lower.contains("note") => {
            Decision::QuadrennialNoted
        }
        Some("recommended") if request == Some(Request::Reclassification) => Decision::Reclassified,
        Some("recommended") => status_kind(&lower).or(default_kind)?,
        _ => return None,
    };
    let announced = ANNOUNCED
        .captures(prefix)
        .and_then(|c| count(&c[1]))
        .filter(|n| *n < 1000);
    Some(Intro {
        decision,
        request,
        announced,
    })
}

/// The kind of status a text names (special, general, roster), if it names one.
pub(super) fn status_kind(lower: &str) -> Option<Decision> {
    if lower.contains("general consultative") || lower.contains("consultatif général") {
        Some(Decision::RecommendedGeneral)
    } else if lower.contains("roster") || lower.contains("liste") {
        Some(Decision::RecommendedRoster)
    } else if lower.contains("special consultative")
        || lower.contains("consultatif spécial")
        || lower.contains("special status")
    {
        Some(Decision::RecommendedSpecial)
    } else {
        None
    }
}

/// A list being read: its intro, where it began, how many entries were read.
pub(super) struct ListState {
    intro: Intro,
    intro_text: String,
    section: Request,
    locator: String,
    parsed: u32,
}

impl ListState {
    /// A list that begins at `locator` with `intro_text`, read as `intro`, in `section`.
    pub(super) fn new(intro: Intro, intro_text: &str, section: Request, locator: &str) -> Self {
        ListState {
            intro,
            intro_text: intro_text.to_string(),
            section,
            locator: locator.to_string(),
            parsed: 0,
        }
    }
}

impl Parser {
    /// Close a list: a problem when its intro announced another number of entries than were
    /// read.
    pub(super) fn finish_list(&mut self, list: Option<ListState>) {
        let Some(list) = list else { return };
        if let Some(announced) = list.intro.announced {
            if announced != list.parsed {
                self.problem(
                    list.locator,
                    format!(
                        "the intro announces {announced} entries, {} were read",
                        list.parsed
                    ),
                    &list.intro_text,
                );
            }
        }
    }

    /// Read the entries in `text` (separated by semicolons) as records of `list`.
    pub(super) fn push_items(&mut self, text: &str, list: &mut ListState, block_locator: &str) {
        // "A (X); and" leaves a lone "and" after the last semicolon.
        let items: Vec<&str> = split_top_level(text, ';')
            .into_iter()
            .filter(|i| !matches!(i.trim().trim_end_matches('.'), "" | "and" | "et"))
            .collect();
        let single = items.len() == 1;
        for (n, item) in items.into_iter().enumerate() {
            let locator = if single {
                block_locator.to_string()
            } else {
                format!("{block_locator}.{}", n + 1)
            };
            let request = list.intro.request.unwrap_or(list.section);
            match parse_item(item, list.intro.decision, request, locator) {
                Ok(record) => {
                    list.parsed += 1;
                    self.records.push(record);
                }
                Err((locator, message)) => self.problem(locator, message, item),
            }
        }
    }
}
