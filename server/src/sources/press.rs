//! UN meetings-coverage press releases (press.un.org) → what the Committee decided about
//! each NGO, its country, which states asked what, and recorded votes. A pure function
//! ([`parse`]): HTML in, a [`Release`] out, never a panic. What it cannot read goes into
//! `problems` with where it was, so nothing is dropped silently and nothing is invented.
//!
//! The structure by era is in `../shared/docs/sources.md` §2. 2016 onwards is read
//! completely; 2007–2015 pages (prose entries, inline lists without countries, header blocks)
//! and French releases are read on a best-effort basis.

pub mod listing;
pub mod page;
pub mod states;
pub mod words;

use std::{collections::BTreeMap, sync::LazyLock};

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use serde::{Deserialize, Serialize};

use page::{Block, Page};
use words::{count, last_group, split_top_level, COUNT};

/// What the Committee did about one NGO, as the release words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    RecommendedSpecial,
    RecommendedGeneral,
    RecommendedRoster,
    Deferred,
    Closed,
    Rejected,
    Withdrawn,
    Reclassified,
    QuadrennialNoted,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::RecommendedSpecial => "recommended_special",
            Decision::RecommendedGeneral => "recommended_general",
            Decision::RecommendedRoster => "recommended_roster",
            Decision::Deferred => "deferred",
            Decision::Closed => "closed",
            Decision::Rejected => "rejected",
            Decision::Withdrawn => "withdrawn",
            Decision::Reclassified => "reclassified",
            Decision::QuadrennialNoted => "quadrennial_noted",
        }
    }

    /// The name of the count a headline states for this decision.
    fn headline_key(self) -> &'static str {
        match self {
            Decision::RecommendedSpecial
            | Decision::RecommendedGeneral
            | Decision::RecommendedRoster => "recommended",
            other => other.as_str(),
        }
    }
}

/// What the NGO asked for: status, a change of category, or the Committee's review of its
/// four-yearly report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    Status,
    Reclassification,
    QuadrennialReport,
}

impl Request {
    pub fn as_str(self) -> &'static str {
        match self {
            Request::Status => "status",
            Request::Reclassification => "reclassification",
            Request::QuadrennialReport => "quadrennial_report",
        }
    }
}

/// A recorded vote: the states on each side, normalised, and the counts as stated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub in_favour: Vec<String>,
    pub against: Vec<String>,
    pub abstaining: Vec<String>,
    /// The numbers as printed ("By 5 recorded votes in favour ..."), which may differ from
    /// the length of the lists when the release lists a state the table does not know.
    pub stated: VoteCounts,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteCounts {
    pub in_favour: Option<u32>,
    pub against: Option<u32>,
    pub abstaining: Option<u32>,
}

/// One NGO in one release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The name exactly as written: entities decoded, white space collapsed, trimmed.
    pub ngo: String,
    /// The last parenthesised group, as written; null when there is none.
    pub country: Option<String>,
    pub decision: Decision,
    pub request: Request,
    /// The states that asked, normalised, in order of appearance.
    pub asked_by: Vec<String>,
    /// The text after the separator.
    pub question: Option<String>,
    /// The recorded vote that decided this record.
    pub vote: Option<Vote>,
    /// Where in the body: "p12" (12th block) or "p12.3" (3rd item of it).
    pub locator: String,
}

/// Something the parser could not read, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub locator: String,
    pub message: String,
    /// The text concerned, shortened.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRef {
    pub year: i32,
    /// "regular" or "resumed".
    pub part: &'static str,
}

/// Everything read from one release page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Release {
    pub url: Option<String>,
    pub lang: String,
    pub title: Option<String>,
    /// "Meetings Coverage" or "Press Release".
    pub doctype: Option<String>,
    /// As printed.
    pub symbol: Option<String>,
    /// Split on "-", "NG0" read as "NGO".
    pub symbols: Vec<String>,
    /// ISO date.
    pub date: Option<String>,
    /// As printed, without a session prefix.
    pub meeting: Option<String>,
    pub session: Option<SessionRef>,
    /// As stated in the title or lead: recommended, deferred, closed, rejected, ...
    pub headline_counts: BTreeMap<String, u32>,
    pub is_placeholder: bool,
    pub records: Vec<Record>,
    pub problems: Vec<Problem>,
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a regular expression written in this file")
}

static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:ECOSOC\s*/\s*\d+\s*[-–]?\s*)?(?:NG[O0]|ONG)\s*/\s*\d+|ECOSOC\s*/\s*\d+")
});
static SYMBOL_PART: LazyLock<Regex> = LazyLock::new(|| re(r"(ECOSOC|NG[O0]|ONG)\s*/\s*(\d+)"));
static MEETING_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(\d{4})\s+session\s*,?\s*)?(\d+(?:st|nd|rd|th)(?:\s*(?:&|and|,)\s*\d+(?:st|nd|rd|th))*\s+meetings?\s*\(\s*(?:AM|PM)(?:\s*(?:&|and)\s*(?:AM|PM))?\s*\))",
    )
});
static MEETING_FR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(\d{4})\s*,\s*)?(\d+(?:e|re|ère)(?:\s*(?:et|&)\s*\d+(?:e|re|ère))*\s+séances?(?:\s*[–-]\s*(?:matin|après-midi)(?:\s+et\s+(?:matin|après-midi))?)?)",
    )
});
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)not covered|coverage will be available|will be available as soon|n['’]a pas été couverte|ne sera pas couverte|couverture complète|sera disponible",
    )
});

/// Session phrasings, in the order they are tried: (pattern, part when the pattern fixes it).
static SESSION: LazyLock<Vec<(Regex, Option<&'static str>)>> = LazyLock::new(|| {
    vec![
        (
            re(r"(?i)\b(regular|resumed)\s+session\s+(?:for|of)\s+(\d{4})"),
            None,
        ),
        (re(r"(?i)\b(\d{4})\s+(regular|resumed)\s+session"), None),
        (
            re(r"(?i)\bresum(?:ed|ing|es)\s+(?:its\s+|the\s+)?(\d{4})\s+session"),
            Some("resumed"),
        ),
        (
            re(
                r"(?i)reprise\s+de\s+(?:sa\s+|la\s+)?session\s+(?:de\s+)?(\d{4})|session\s+(?:de\s+)?(\d{4})\s+reprise|session\s+reprise\s+(?:de\s+)?(\d{4})",
            ),
            Some("resumed"),
        ),
        (
            re(r"(?i)session\s+ordinaire\s+(?:de\s+)?(\d{4})"),
            Some("regular"),
        ),
        (re(r"(?i)\b(\d{4})\s+session\b"), Some("regular")),
        (re(r"(?i)\bsession\s+de\s+(\d{4})"), Some("regular")),
    ]
});

static HEADLINE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)\b({COUNT})\b(-member|-year|-day|th|st|nd)?")));
static CLAUSE_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)[,;:—–]|\s(?:and|as|while|et|but|after)\s"));

/// Which decision a clause or an intro sentence speaks of; the order matters ("Recommends
/// Reclassification" is a reclassification, "postpones consideration" a deferral).
fn clause_category(lower: &str) -> Option<&'static str> {
    static CATEGORIES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
        [
            (r"reclassif|reclassement", "reclassified"),
            (r"quadrenn|quadrienn", "quadrennial_noted"),
            (
                r"defer|postpon|\breport|ajourn|diff[éeè]r|delay",
                "deferred",
            ),
            (r"\bclos|clôtur|\bclôt", "closed"),
            (r"reject|declin|rejet|not to recommend", "rejected"),
            (r"withdr|retir|retrait", "withdrawn"),
            (
                r"recommend|grant|approv|recommand|octroi|accord",
                "recommended",
            ),
            (r"consider|review|examin", "considered"),
        ]
        .into_iter()
        .map(|(p, c)| (re(p), c))
        .collect()
    });
    CATEGORIES
        .iter()
        .find(|(pattern, _)| pattern.is_match(lower))
        .map(|(_, c)| *c)
}

/// Counts a title or lead states, by decision.
fn headline_counts(text: &str, into: &mut BTreeMap<String, u32>) {
    for clause in CLAUSE_SPLIT.split(text) {
        let lower = clause.to_lowercase();
        let Some(category) = clause_category(&lower) else {
            continue;
        };
        let number = HEADLINE_NUMBER
            .captures_iter(clause)
            .filter(|c| c.get(2).is_none())
            .filter_map(|c| count(&c[1]))
            .find(|n| (1..1000).contains(n));
        if let Some(n) = number {
            into.entry(category.to_string()).or_insert(n);
        }
    }
}

fn shorten(text: &str) -> String {
    const MAX: usize = 160;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

struct Parser {
    problems: Vec<Problem>,
    records: Vec<Record>,
}

impl Parser {
    fn problem(&mut self, locator: impl Into<String>, message: impl Into<String>, text: &str) {
        self.problems.push(Problem {
            locator: locator.into(),
            message: message.into(),
            text: shorten(text),
        });
    }
}

fn parse_date(page: &Page) -> Option<NaiveDate> {
    if let Some(dt) = &page.datetime {
        if let Some(date) = dt.get(..10).and_then(|d| d.parse::<NaiveDate>().ok()) {
            return Some(date);
        }
    }
    let text = page.date_text.as_deref()?;
    static DATE_TEXT: LazyLock<Regex> =
        LazyLock::new(|| re(r"(\d{1,2})(?:er)?\s+([A-Za-zéû]+)\s+(\d{4})"));
    let caps = DATE_TEXT.captures(text)?;
    let month = match caps[2].to_lowercase().as_str() {
        "january" | "janvier" => 1,
        "february" | "février" => 2,
        "march" | "mars" => 3,
        "april" | "avril" => 4,
        "may" | "mai" => 5,
        "june" | "juin" => 6,
        "july" | "juillet" => 7,
        "august" | "août" => 8,
        "september" | "septembre" => 9,
        "october" | "octobre" => 10,
        "november" | "novembre" => 11,
        "december" | "décembre" => 12,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(caps[3].parse().ok()?, month, caps[1].parse().ok()?)
}

fn session_from_text(texts: &[&str]) -> Option<SessionRef> {
    for (pattern, fixed) in SESSION.iter() {
        for text in texts {
            let Some(caps) = pattern.captures(text) else {
                continue;
            };
            let mut year = None;
            let mut part = *fixed;
            for group in caps.iter().skip(1).flatten() {
                let g = group.as_str();
                if let Ok(y) = g.parse::<i32>() {
                    year = Some(y);
                } else if g.eq_ignore_ascii_case("resumed") {
                    part = Some("resumed");
                } else if g.eq_ignore_ascii_case("regular") {
                    part = Some("regular");
                }
            }
            if let (Some(year), Some(part)) = (year, part) {
                if (1946..2100).contains(&year) {
                    return Some(SessionRef { year, part });
                }
            }
        }
    }
    None
}

/// The session a meeting on `date` belongs to, by the calendar: regular sessions meet in
/// January–February, resumed ones in May–June; in 2021 and 2022 both were shifted (regular
/// in May–June, resumed in August–September).
fn session_from_date(date: NaiveDate) -> SessionRef {
    let regular_until = if matches!(date.year(), 2021 | 2022) {
        7
    } else {
        4
    };
    SessionRef {
        year: date.year(),
        part: if date.month() <= regular_until {
            "regular"
        } else {
            "resumed"
        },
    }
}

/// A parenthesised group that names a country or territory, not an acronym or a status
/// note or a list of voters.
fn is_country_like(group: &str) -> bool {
    if states::normalise(group).is_some() {
        return true;
    }
    if group.is_empty()
        || group.chars().count() > 60
        || group.chars().any(|c| c.is_ascii_digit())
        || !group.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    let acronym = !group.contains(' ') && !group.chars().any(char::is_lowercase);
    let lower = group.to_lowercase();
    let note = [
        "status",
        "formerly",
        "also known",
        "ecosoc",
        "special",
        "roster",
    ]
    .iter()
    .any(|w| lower.contains(w));
    !acronym && !note && states::mentioned(group).len() <= 1
}

static NATIONAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<name>.+?),\s+an?\s+(?:[\w-]+\s+){0,4}?(?:organi[sz]ation|NGO|association|network|foundation|institute|group|body|entity)\s+(?:based\s+|headquartered\s+|located\s+)?in\s+(?P<country>(?:the\s+)?[A-Z][^,;.]*?)(?:,|\.|;|$)",
    )
});
static NATIONAL_FR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<name>.+?),\s+(?:une?\s+)(?:[\w-]+\s+){0,4}?(?:organisation|ONG|association|réseau|fondation|institut)\s+(?:[\w-]+\s+){0,2}?(?:basée?\s+|établie?\s+)?(?:en|au|aux|à)\s+(?P<country>[A-Z][^,;.]*?)(?:,|\.|;|$)",
    )
});
/// 2016-era entries are sentences: "Name (Country). The representative of X asked ...".
/// The split is after the first top-level parenthesised country that a question follows.
fn sentence_after_country(item: &str) -> Option<(&str, &str)> {
    let mut depth: i32 = 0;
    for (i, c) in item.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = (depth - 1).max(0);
                if depth > 0 {
                    continue;
                }
                let left = &item[..=i];
                let right = item[i + 1..].trim_start_matches(['.', ',', ':', ' ']);
                if !right.is_empty()
                    && reads_as_question(right)
                    && last_group(left).is_some_and(|(_, g)| is_country_like(g))
                {
                    return Some((left, right));
                }
            }
            _ => {}
        }
    }
    None
}
static LEADING_CONNECTOR: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:and|et|as well as|ainsi que)\s+"));

/// Split one list item into a record, or say why not.
fn parse_item(
    item: &str,
    decision: Decision,
    request: Request,
    locator: String,
) -> Result<Record, (String, &'static str)> {
    let item = item.trim().trim_end_matches([';', ',']).trim();
    let item = LEADING_CONNECTOR.replace(item, "");
    let item = item.trim();
    if item.is_empty() {
        return Err((locator, "an empty list item"));
    }
    // The separator: an em dash with spaces (an en dash or a bare em dash on older pages)
    // after the country. Names have dashes of their own, so the first separator whose left
    // part ends with a country wins; without a country, only a deferral's first one.
    let splits: Vec<(&str, &str)> = [" — ", " – ", "—", " -- "]
        .iter()
        .flat_map(|sep| top_level_splits(item, sep))
        .collect();
    let separator = splits
        .iter()
        .filter(|(l, r)| {
            reads_as_question(r) && last_group(l).is_some_and(|(_, g)| is_country_like(g))
        })
        .min_by_key(|(l, _)| l.len())
        .or_else(|| {
            splits
                .iter()
                .filter(|(_, r)| decision == Decision::Deferred && reads_as_question(r))
                .min_by_key(|(l, _)| l.len())
        })
        .copied();
    let (left, right) = match separator {
        Some((l, r)) => (l.trim().to_string(), Some(r.trim().to_string())),
        None => match sentence_after_country(item) {
            Some((l, r)) => (l.to_string(), Some(r.to_string())),
            None => (item.to_string(), None),
        },
    };
    let left = left.trim_end_matches(['.', ';', ',']).trim();
    let (ngo, country) = if let Some((name, group)) = last_group(left) {
        if is_country_like(group) {
            (name.to_string(), Some(group.to_string()))
        } else {
            (left.to_string(), None)
        }
    } else if let Some(c) = NATIONAL
        .captures(left)
        .or_else(|| NATIONAL_FR.captures(left))
    {
        (c["name"].to_string(), Some(c["country"].to_string()))
    } else {
        (left.to_string(), None)
    };
    let ngo = ngo.trim().trim_end_matches([',', ';']).trim().to_string();
    if ngo.is_empty() || !ngo.chars().any(char::is_alphabetic) {
        return Err((locator, "no name before the country"));
    }
    if ngo.chars().count() > 250 {
        return Err((locator, "a list item too long to be one name"));
    }
    let question = right
        .map(|r| r.trim_end_matches([';', '.']).trim().to_string())
        .filter(|r| !r.is_empty());
    let asked_by = question
        .as_deref()
        .map(states::askers)
        .unwrap_or_default()
        .into_iter()
        .map(str::to_string)
        .collect();
    Ok(Record {
        ngo,
        country,
        decision,
        request,
        asked_by,
        question,
        vote: None,
        locator,
    })
}

/// The part after a separator is a question when it names an asking state or starts the
/// way questions do ("as the representative of ...", "le représentant ...", lower case).
fn reads_as_question(text: &str) -> bool {
    static START: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^(?:[a-zà-ÿ]|The representative|The representatives|Le |La |Les |As |While )")
    });
    let text = text.trim_start();
    START.is_match(text) || !states::askers(text).is_empty()
}

/// Every split of `text` at `sep` outside parentheses: (before, after).
fn top_level_splits<'a>(text: &'a str, sep: &str) -> Vec<(&'a str, &'a str)> {
    let mut splits = Vec::new();
    let mut depth: i32 = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ if depth == 0 && text[i..].starts_with(sep) => {
                splits.push((&text[..i], &text[i + sep.len()..]));
            }
            _ => {}
        }
    }
    splits
}

/// An intro sentence before a list: which decision, which request, how many it announces.
struct Intro {
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

fn read_intro(prefix: &str, default_kind: Option<Decision>) -> Option<Intro> {
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

fn status_kind(lower: &str) -> Option<Decision> {
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

/// A block that continues the list: not a heading, not the Committee's prose.
static PROSE_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:The Committee|Also|In addition|By |Speaking|Delegates|Le Comité|Prior to|Introducing|Taking up|Following|During|Meanwhile|Further|Members|Several|Today|Il |Elle |Par |Au cours|Committee|In total|Overall|At the|When|Before|After|Next|Other|It |They |Ms\. |Mr\. |Mme |M\. )",
    )
});
static CONTINUATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:The|the|Also,? the) representatives? of|[A-Z][\w ]+['’]s (?:representative|delegate)|Le représentant|La représentante|Les représentants)",
    )
});
static VOTE_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?P<n>{COUNT})\s+(?:recorded\s+)?(?:votes?\s+)?(?P<k>in\s+favour|against|abstentions?|abstaining|abstained)\s*(?:\((?P<l>[^()]*(?:\([^()]*\)[^()]*)*)\))?"
    ))
});
static VOTE_FR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?P<n>{COUNT})\s+(?:voix\s+)?(?P<k>pour|contre|abstentions?)\s*(?:\((?P<l>[^()]*(?:\([^()]*\)[^()]*)*)\))?"
    ))
});
static HAS_VOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)recorded vote|votes? in favour|in favour\s*\(|voix pour|vote enregistré")
});
static COMMITTEE_DECIDED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the committee|le comité|delegates|it)\s+(?:then\s+|also\s+|further\s+|subsequently\s+|today\s+)?(?:decided\s+to\s+|voted\s+to\s+|agreed\s+to\s+|a\s+décidé\s+de\s+)?(?P<verb>took note of the withdrawal|noted the withdrawal|closed|postponed|deferred|rejected|decided not to recommend|recommended|granted|a pris note du retrait|a clos|a reporté|a rejeté|a recommandé)",
    )
});

static APPLICATION_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:application|request)\s+(?:of|from|by)\s+(?:the\s+)?(?:non-governmental\s+organization\s+|organization\s+|NGO\s+)?(?P<name>\p{Lu}[^.;:()]{2,200}?)\s*(?:\.(?:\s|$)|;|$)",
    )
});

/// The decision words of a sentence say.
fn decision_in(lower: &str, default_kind: Option<Decision>) -> Option<Decision> {
    if lower.contains("not to recommend")
        || lower.contains("reject")
        || lower.contains("rejet")
        || lower.contains("declin")
    {
        Some(Decision::Rejected)
    } else if lower.contains("withdr") || lower.contains("retrait") {
        Some(Decision::Withdrawn)
    } else if lower.contains("clos") {
        Some(Decision::Closed)
    } else if lower.contains("postpon") || lower.contains("defer") || lower.contains("report") {
        Some(Decision::Deferred)
    } else if lower.contains("recommend") || lower.contains("grant") || lower.contains("recommand")
    {
        Some(
            status_kind(lower)
                .or(default_kind)
                .unwrap_or(Decision::RecommendedSpecial),
        )
    } else {
        None
    }
}

/// The first NGO named in prose: the text between a preposition and the first
/// parenthesised group that names a country.
fn ngo_in_prose(text: &str) -> Option<(String, String)> {
    let mut depth = 0;
    let mut open = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let group = text[open + 1..i].trim();
                    if !is_country_like(group) {
                        continue;
                    }
                    let before = &text[..open];
                    let start = [
                        " of ", " from ", " to ", " for ", " by ", " de ", " du ", " à ", " d’",
                        " d'",
                    ]
                    .iter()
                    .filter_map(|p| before.rfind(p).map(|at| at + p.len()))
                    .max()?;
                    let name = before[start..].trim();
                    let name = name.strip_prefix("the ").unwrap_or(name).trim();
                    if name.chars().next().is_some_and(char::is_uppercase) {
                        return Some((name.to_string(), group.to_string()));
                    }
                    return None;
                }
            }
            _ => {}
        }
    }
    None
}

fn parse_vote(text: &str) -> Option<Vote> {
    let mut vote = Vote::default();
    let mut found = false;
    for caps in VOTE_EN
        .captures_iter(text)
        .chain(VOTE_FR.captures_iter(text))
    {
        let n = count(&caps["n"]);
        let states: Vec<String> = caps
            .name("l")
            .map(|l| states::mentioned(l.as_str()))
            .unwrap_or_default()
            .into_iter()
            .map(str::to_string)
            .collect();
        let kind = caps["k"].to_lowercase();
        let (list, stated) = if kind.contains("favour") || kind == "pour" {
            (&mut vote.in_favour, &mut vote.stated.in_favour)
        } else if kind.contains("against") || kind == "contre" {
            (&mut vote.against, &mut vote.stated.against)
        } else {
            (&mut vote.abstaining, &mut vote.stated.abstaining)
        };
        if stated.is_none() {
            *stated = n;
            *list = states;
            found = true;
        }
    }
    found.then_some(vote)
}

impl Parser {
    fn finish_list(&mut self, list: Option<ListState>) {
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

    fn push_items(&mut self, text: &str, list: &mut ListState, block_locator: &str) {
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

    fn vote_block(&mut self, text: &str, locator: &str, default_kind: Option<Decision>) {
        let Some(vote) = parse_vote(text) else {
            self.problem(
                locator,
                "a recorded vote whose counts could not be read",
                text,
            );
            return;
        };
        // The record the vote decided: one already read whose name this block repeats ...
        if let Some(record) = self
            .records
            .iter_mut()
            .rev()
            .find(|r| r.vote.is_none() && text.contains(r.ngo.as_str()))
        {
            record.vote = Some(vote);
            return;
        }
        // ... or the one this block names.
        let without_lists = VOTE_EN.replace_all(text, "");
        let without_lists = VOTE_FR.replace_all(&without_lists, "");
        let lower = without_lists.to_lowercase();
        // A named NGO with its country, or one named after "the application of" without
        // a country ("... to close the application of the non-governmental organization X.").
        let named = ngo_in_prose(&without_lists)
            .map(|(ngo, country)| (ngo, Some(country)))
            .or_else(|| {
                APPLICATION_OF
                    .captures(&without_lists)
                    .map(|c| (c["name"].trim().to_string(), None))
            });
        match (named, decision_in(&lower, default_kind)) {
            (Some((ngo, country)), Some(decision)) => self.records.push(Record {
                ngo,
                country,
                decision,
                request: Request::Status,
                asked_by: Vec::new(),
                question: None,
                vote: Some(vote),
                locator: locator.to_string(),
            }),
            _ => self.problem(
                locator,
                "a recorded vote not tied to one application (an amendment, a motion, or prose the parser does not read)",
                text,
            ),
        }
    }

    fn prose_block(&mut self, text: &str, locator: &str, default_kind: Option<Decision>) {
        let Some(caps) = COMMITTEE_DECIDED.captures(text) else {
            return;
        };
        let verb = caps["verb"].to_lowercase();
        let rest = &text[caps.get(0).expect("whole match").start()..];
        // Only a decision about an application, in this sentence.
        let sentence = rest.split(". ").next().unwrap_or(rest);
        // A general remark ("postponed consideration of applications when ...") names no
        // NGO; only a sentence with a parenthesised group can.
        if !sentence.contains('(') {
            return;
        }
        match (
            ngo_in_prose(sentence),
            decision_in(&format!("{verb} {}", sentence.to_lowercase()), default_kind),
        ) {
            (Some((ngo, country)), Some(decision)) => self.records.push(Record {
                ngo,
                country: Some(country),
                decision,
                request: Request::Status,
                asked_by: Vec::new(),
                question: None,
                vote: None,
                locator: locator.to_string(),
            }),
            _ => self.problem(
                locator,
                "a decision in prose the parser could not tie to one NGO and country",
                sentence,
            ),
        }
    }
}

struct ListState {
    intro: Intro,
    intro_text: String,
    section: Request,
    locator: String,
    parsed: u32,
}

fn heading_section(lower: &str) -> Option<(Request, Option<Decision>)> {
    if lower.contains("reclassif") || lower.contains("reclassement") {
        Some((Request::Reclassification, None))
    } else if lower.contains("quadrenn") || lower.contains("quadrienn") {
        Some((Request::QuadrennialReport, None))
    } else if lower.contains("general consultative") || lower.contains("consultatif général") {
        Some((Request::Status, Some(Decision::RecommendedGeneral)))
    } else if lower.contains("roster") {
        Some((Request::Status, Some(Decision::RecommendedRoster)))
    } else if lower.contains("special consultative")
        || lower.contains("consultatif spécial")
        || lower.contains("new applications")
        || lower.contains("deferred applications")
        || lower.contains("nouvelles demandes")
    {
        Some((Request::Status, Some(Decision::RecommendedSpecial)))
    } else {
        None
    }
}

/// A short line without closing punctuation that names a section.
fn is_heading(block: &Block) -> bool {
    block.heading
        || (block.text.chars().count() <= 70
            && !block.text.ends_with(['.', ':', ';', ','])
            && heading_section(&block.text.to_lowercase()).is_some())
}

/// Parse one release page. `url` is where it came from (it also tells the language when the
/// page does not).
pub fn parse(html: &str, url: Option<&str>) -> Release {
    let mut parser = Parser {
        problems: Vec::new(),
        records: Vec::new(),
    };
    if page::nested_deeper_than(html, page::MAX_NESTING) {
        parser.problem(
            "page",
            format!(
                "the page nests more than {} elements deep: not read (a release page nests about 30)",
                page::MAX_NESTING
            ),
            "",
        );
        return Release {
            url: url.map(str::to_string),
            // Unread: the address's language, else English, as for a page that does not say.
            lang: if url.is_some_and(|u| u.contains("/fr/")) {
                "fr"
            } else {
                "en"
            }
            .to_string(),
            title: None,
            doctype: None,
            symbol: None,
            symbols: Vec::new(),
            date: None,
            meeting: None,
            session: None,
            headline_counts: BTreeMap::new(),
            is_placeholder: false,
            records: Vec::new(),
            problems: parser.problems,
        };
    }
    let page = Page::read(html);

    let body: &[Block] = page.body.as_deref().unwrap_or(&[]);
    if page.body.is_none() {
        parser.problem(
            "body",
            "no body field (.field--name-body): the page's structure is not the one this parser knows",
            page.title.as_deref().unwrap_or(""),
        );
    }
    let top: Vec<&str> = page
        .preamble
        .iter()
        .chain(body.iter().take(4))
        .map(|b| b.text.as_str())
        .collect();

    let symbol = top
        .iter()
        .find_map(|t| SYMBOL.find(t))
        .map(|m| m.as_str().trim().to_string());
    let symbols: Vec<String> = symbol
        .as_deref()
        .map(|s| {
            SYMBOL_PART
                .captures_iter(s)
                .map(|c| format!("{}/{}", c[1].replace("NG0", "NGO"), &c[2]))
                .collect()
        })
        .unwrap_or_default();
    if symbol.is_none() {
        parser.problem(
            "top",
            "no document symbol (NGO/…, ECOSOC/…) near the top",
            "",
        );
    }

    let lang = page
        .lang
        .as_deref()
        .and_then(|l| l.get(..2))
        .map(str::to_string)
        .or_else(|| url.filter(|u| u.contains("/fr/")).map(|_| "fr".to_string()))
        .or_else(|| {
            symbols
                .iter()
                .any(|s| s.starts_with("ONG"))
                .then(|| "fr".to_string())
        })
        .unwrap_or_else(|| "en".to_string());

    let mut meeting_year = None;
    let meeting = top.iter().find_map(|t| {
        let caps = MEETING_EN.captures(t).or_else(|| MEETING_FR.captures(t))?;
        meeting_year = caps.get(1).and_then(|y| y.as_str().parse::<i32>().ok());
        Some(caps[2].to_string())
    });

    let date = parse_date(&page);
    if date.is_none() {
        parser.problem("date", "no date (time[datetime] of the date field)", "");
    }

    let lead: Vec<&str> = body
        .iter()
        .filter(|b| !is_heading(b))
        .take(3)
        .map(|b| b.text.as_str())
        .filter(|t| SYMBOL.find(t).is_none_or(|m| m.len() + 3 < t.len()))
        .collect();
    let mut session_texts: Vec<&str> = lead.clone();
    session_texts.extend(page.title.as_deref());
    let session = session_from_text(&session_texts).or_else(|| {
        let date = date?;
        let mut s = session_from_date(date);
        if let Some(y) = meeting_year {
            s.year = y;
        }
        parser.problem(
            "lead",
            "the session is not named in the title or lead; taken from the date",
            lead.first().copied().unwrap_or(""),
        );
        Some(s)
    });

    let mut counts = BTreeMap::new();
    if let Some(title) = &page.title {
        headline_counts(title, &mut counts);
    }
    if let Some(first) = lead.first() {
        let first_sentences: String = first.split(". ").take(2).collect::<Vec<_>>().join(". ");
        headline_counts(&first_sentences, &mut counts);
    }

    // The body, block by block.
    let mut section = Request::Status;
    let mut default_kind: Option<Decision> = None;
    let mut list: Option<ListState> = None;
    for (i, block) in body.iter().enumerate() {
        let locator = format!("p{}", i + 1);
        let text = block.text.as_str();
        if is_heading(block) {
            parser.finish_list(list.take());
            if let Some((s, kind)) = heading_section(&text.to_lowercase()) {
                section = s;
                default_kind = kind.or(default_kind);
            } else {
                section = Request::Status;
            }
            continue;
        }
        // An intro ending in ":" (the items may follow in the same block).
        if let Some(colon) = text.find(':') {
            let prefix = &text[..colon];
            if let Some(intro) = read_intro(prefix, default_kind) {
                parser.finish_list(list.take());
                let mut state = ListState {
                    intro,
                    intro_text: prefix.to_string(),
                    section,
                    locator: locator.clone(),
                    parsed: 0,
                };
                let rest = text[colon + 1..].trim();
                if !rest.is_empty() {
                    parser.push_items(rest, &mut state, &locator);
                }
                list = Some(state);
                continue;
            }
        }
        if let Some(state) = list.as_mut() {
            if CONTINUATION.is_match(text) {
                // The next sentence of the previous entry: another state's question.
                if let Some(record) = parser.records.last_mut() {
                    let question = match record.question.take() {
                        Some(q) => format!("{q}. {}", text.trim_end_matches(['.', ';'])),
                        None => text.trim_end_matches(['.', ';']).to_string(),
                    };
                    for state in states::askers(&question) {
                        if !record.asked_by.iter().any(|s| s == state) {
                            record.asked_by.push(state.to_string());
                        }
                    }
                    record.question = Some(question);
                    continue;
                }
            }
            let looks_like_item = !PROSE_START.is_match(text)
                && !HAS_VOTE.is_match(text)
                && (text.contains(" — ")
                    || text.contains('(')
                    || text.ends_with(';')
                    || text.chars().count() < 200);
            if looks_like_item {
                parser.push_items(text, state, &locator);
                continue;
            }
        }
        parser.finish_list(list.take());
        if HAS_VOTE.is_match(text) {
            parser.vote_block(text, &locator, default_kind);
        } else {
            parser.prose_block(text, &locator, default_kind);
        }
    }
    parser.finish_list(list.take());

    let placeholder_text = body.iter().any(|b| PLACEHOLDER.is_match(&b.text))
        || page
            .title
            .as_deref()
            .is_some_and(|t| PLACEHOLDER.is_match(t));
    let is_placeholder = placeholder_text && parser.records.is_empty();

    // What the headline states against what was read.
    let mut read: BTreeMap<&str, u32> = BTreeMap::new();
    for record in &parser.records {
        if record.request == Request::Status {
            *read.entry(record.decision.headline_key()).or_default() += 1;
        }
    }
    if !is_placeholder {
        for (key, stated) in &counts {
            if let Some(found) = read.get(key.as_str()) {
                if found != stated {
                    let message =
                        format!("the headline states {stated} {key}, {found} records were read");
                    parser.problem("headline", message, page.title.as_deref().unwrap_or(""));
                }
            }
        }
    }

    Release {
        url: url.map(str::to_string),
        lang,
        title: page.title,
        doctype: page.doctype,
        symbol,
        symbols,
        date: date.map(|d| d.to_string()),
        meeting,
        session,
        headline_counts: counts,
        is_placeholder,
        records: parser.records,
        problems: parser.problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_split_name_country_and_question() {
        let record = parse_item(
            "Example Rights Network (Utopia) — as the representative of China asked for a breakdown of its 2022 income by donor;",
            Decision::Deferred,
            Request::Status,
            "p1".into(),
        )
        .expect("an item");
        assert_eq!(record.ngo, "Example Rights Network");
        assert_eq!(record.country.as_deref(), Some("Utopia"));
        assert_eq!(record.asked_by, ["China"]);
        assert_eq!(
            record.question.as_deref(),
            Some(
                "as the representative of China asked for a breakdown of its 2022 income by donor"
            )
        );

        let record = parse_item(
            "and “Voices (of) Hope” — Network (NGO-VH) (Venezuela (Bolivarian Republic of)).",
            Decision::RecommendedSpecial,
            Request::Status,
            "p2".into(),
        )
        .expect("an item");
        assert_eq!(record.ngo, "“Voices (of) Hope” — Network (NGO-VH)");
        assert_eq!(
            record.country.as_deref(),
            Some("Venezuela (Bolivarian Republic of)")
        );

        let record = parse_item(
            "Sample Institute (SI)",
            Decision::RecommendedSpecial,
            Request::Status,
            "p3".into(),
        )
        .expect("an item");
        assert_eq!(record.ngo, "Sample Institute (SI)");
        assert_eq!(record.country, None);

        let record = parse_item(
            "Example Society, a national organization in Canada, seeking to promote literacy",
            Decision::Deferred,
            Request::Status,
            "p4".into(),
        )
        .expect("an item");
        assert_eq!(record.ngo, "Example Society");
        assert_eq!(record.country.as_deref(), Some("Canada"));
    }

    #[test]
    fn headline_counts_in_words_and_digits() {
        let mut counts = BTreeMap::new();
        headline_counts(
            "Committee Recommends Special Consultative Status to 12 Entities, Defers Action on Forty Others, Closes Applications of 3",
            &mut counts,
        );
        assert_eq!(counts.get("recommended"), Some(&12));
        assert_eq!(counts.get("deferred"), Some(&40));
        assert_eq!(counts.get("closed"), Some(&3));
        let mut counts = BTreeMap::new();
        headline_counts(
            "The 19-member Committee, resuming its 2023 session, recommended one entity and postponed Fifty-nine requests",
            &mut counts,
        );
        assert_eq!(counts.get("recommended"), Some(&1));
        assert_eq!(counts.get("deferred"), Some(&59));
    }

    #[test]
    fn sessions_in_their_phrasings() {
        for (text, year, part) in [
            ("as it opened its 2024 session", 2024, "regular"),
            ("as it resumed its 2023 session", 2023, "resumed"),
            ("its 2023 resumed session", 2023, "resumed"),
            ("its regular session for 2018", 2018, "regular"),
            ("closed its resumed session for 2022", 2022, "resumed"),
            ("la reprise de sa session de 2023", 2023, "resumed"),
            ("sa session ordinaire de 2024", 2024, "regular"),
        ] {
            assert_eq!(
                session_from_text(&[text]),
                Some(SessionRef { year, part }),
                "{text}"
            );
        }
    }

    #[test]
    fn votes_in_either_order() {
        let vote = parse_vote("By a recorded vote of 6 against (China, Cuba, Nicaragua, Pakistan, Russian Federation, Türkiye) to 5 in favour (Israel, United States, United Kingdom, Estonia, Georgia), with no abstentions").expect("a vote");
        assert_eq!(vote.stated.against, Some(6));
        assert_eq!(vote.against.len(), 6);
        assert_eq!(vote.in_favour[1], "United States");
        assert_eq!(vote.stated.abstaining, Some(0));
        let vote = parse_vote(
            "par 10 voix pour (Chine, Cuba), 5 voix contre (États-Unis) et 2 abstentions (Inde, Mexique)",
        )
        .expect("a vote");
        assert_eq!(vote.in_favour, ["China", "Cuba"]);
        assert_eq!(vote.against, ["United States"]);
        assert_eq!(vote.abstaining, ["India", "Mexico"]);
    }
}
