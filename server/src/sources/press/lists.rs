//! Lists of NGOs after an intro sentence: what the intro says (which decision, which
//! request, how many entries it announces) and the entries that follow it.

use std::sync::LazyLock;

use regex::Regex;

use super::{
    headline::clause_category,
    items::{is_country_like, parse_item},
    re,
    votes::{parse_vote, HAS_VOTE},
    words::{count, last_group, split_top_level, COUNT},
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
                        "the intro announces {announced} entries, {} {} read",
                        list.parsed,
                        if list.parsed == 1 { "was" } else { "were" }
                    ),
                    &list.intro_text,
                );
            }
        }
    }

    /// Read the entries in `text` (separated by semicolons, or run on as sentences) as
    /// records of `list`.
    pub(super) fn push_items(&mut self, text: &str, list: &mut ListState, block_locator: &str) {
        // "A (X); and" leaves a lone "and" after the last semicolon.
        let mut items: Vec<&str> = split_top_level(text, ';')
            .into_iter()
            .filter(|i| !matches!(i.trim().trim_end_matches('.'), "" | "and" | "et"))
            .collect();
        if items.len() == 1 {
            if let Some(entries) = run_on_entries(items[0]) {
                items = entries;
            }
        }
        let single = items.len() == 1;
        for (n, item) in items.into_iter().enumerate() {
            let locator = if single {
                block_locator.to_string()
            } else {
                format!("{block_locator}.{}", n + 1)
            };
            let request = list.intro.request.unwrap_or(list.section);
            match parse_item(item, list.intro.decision, request, locator) {
                Ok(mut record) => {
                    // "In a series of recorded votes …: A (X), by 10 in favour (…) to 6
                    // against (…); B (Y), by …": each entry carries its own vote.
                    if HAS_VOTE.is_match(item) {
                        record.vote = parse_vote(item);
                    }
                    list.parsed += 1;
                    self.records.push(record);
                }
                Err((locator, message)) => self.problem(locator, message, item),
            }
        }
    }
}

/// 2016-era entries can run on in one block: "A (X). The representative of S asked ….
/// B (Y). S's representative asked …". When two or more sentences of the block are only a
/// name and its country, the block is cut before each of them, and every entry keeps the
/// sentences that follow it. `None` when the block is one entry (or does not start with one).
fn run_on_entries(text: &str) -> Option<Vec<&str>> {
    let starts = sentence_starts(text);
    let entry_starts: Vec<usize> = starts
        .iter()
        .enumerate()
        .filter(|&(n, &at)| {
            let end = starts.get(n + 1).copied().unwrap_or(text.len());
            is_name_and_country(&text[at..end])
        })
        .map(|(_, &at)| at)
        .collect();
    if entry_starts.len() < 2 || entry_starts[0] != 0 {
        return None;
    }
    let mut entries = Vec::with_capacity(entry_starts.len());
    for (n, &at) in entry_starts.iter().enumerate() {
        let end = entry_starts.get(n + 1).copied().unwrap_or(text.len());
        entries.push(text[at..end].trim());
    }
    Some(entries)
}

/// Where each sentence of `text` starts: at 0, and after ". " outside parentheses before a
/// capital letter.
fn sentence_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut depth: i32 = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(_, c)) in chars.iter().enumerate() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            '.' if depth == 0 => {
                let space = chars.get(k + 1).is_some_and(|(_, c)| c.is_whitespace());
                if let (true, Some(&(at, next))) = (space, chars.get(k + 2)) {
                    if next.is_uppercase() {
                        starts.push(at);
                    }
                }
            }
            _ => {}
        }
    }
    starts
}

/// A sentence that is only an organization's name and its country ("Tau Council (Utopia).").
fn is_name_and_country(sentence: &str) -> bool {
    let sentence = sentence.trim().trim_end_matches('.').trim();
    let lower = sentence.to_lowercase();
    let says_something = ["representative", " asked", " requested", " noted", " said"]
        .iter()
        .any(|w| lower.contains(w));
    !says_something
        && sentence.chars().count() <= 250
        && last_group(sentence)
            .is_some_and(|(before, group)| !before.trim().is_empty() && is_country_like(group))
}
