//! What a release says about itself, near the top and in the lead: document symbol,
//! language, meeting, date, session, and whether it is a placeholder for coverage to come.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::{
    body::is_heading,
    page::{Block, Page},
    re, Parser, SessionRef,
};

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

/// What the top of a release says: symbol, language, meeting and date.
pub(super) struct Header {
    /// As printed.
    pub(super) symbol: Option<String>,
    /// Split on "-", "NG0" read as "NGO".
    pub(super) symbols: Vec<String>,
    pub(super) lang: String,
    /// As printed, without a session prefix.
    pub(super) meeting: Option<String>,
    /// The year of the session prefix of the meeting line, when it has one.
    pub(super) meeting_year: Option<i32>,
    pub(super) date: Option<NaiveDate>,
}

impl Header {
    /// Read the preamble and the first blocks of the body; what is missing becomes a problem.
    pub(super) fn read(
        page: &Page,
        body: &[Block],
        url: Option<&str>,
        parser: &mut Parser,
    ) -> Header {
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

        let lang = language(page, url, &symbols);

        let mut meeting_year = None;
        let meeting = top.iter().find_map(|t| {
            let caps = MEETING_EN.captures(t).or_else(|| MEETING_FR.captures(t))?;
            meeting_year = caps.get(1).and_then(|y| y.as_str().parse::<i32>().ok());
            Some(caps[2].to_string())
        });

        let date = parse_date(page);
        if date.is_none() {
            parser.problem("date", "no date (time[datetime] of the date field)", "");
        }
        Header {
            symbol,
            symbols,
            lang,
            meeting,
            meeting_year,
            date,
        }
    }

    /// The session the title or lead names, else the one the date falls in (a problem).
    pub(super) fn session(
        &self,
        lead: &[&str],
        title: Option<&str>,
        parser: &mut Parser,
    ) -> Option<SessionRef> {
        let mut session_texts: Vec<&str> = lead.to_vec();
        session_texts.extend(title);
        session_from_text(&session_texts).or_else(|| {
            let date = self.date?;
            let mut s = session_from_date(date);
            if let Some(y) = self.meeting_year {
                s.year = y;
            }
            parser.problem(
                "lead",
                "the session is not named in the title or lead; taken from the date",
                lead.first().copied().unwrap_or(""),
            );
            Some(s)
        })
    }
}

/// The page's language, else the address's, else the symbol's ("ONG/…" is French), else
/// English.
fn language(page: &Page, url: Option<&str>, symbols: &[String]) -> String {
    page.lang
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
        .unwrap_or_else(|| "en".to_string())
}

/// The lead: the first three blocks of the body that are not headings, without a block that
/// is only the symbol.
pub(super) fn lead(body: &[Block]) -> Vec<&str> {
    body.iter()
        .filter(|b| !is_heading(b))
        .take(3)
        .map(|b| b.text.as_str())
        .filter(|t| SYMBOL.find(t).is_none_or(|m| m.len() + 3 < t.len()))
        .collect()
}

/// The title or a block says the meeting is not covered (yet).
pub(super) fn says_placeholder(title: Option<&str>, body: &[Block]) -> bool {
    body.iter().any(|b| PLACEHOLDER.is_match(&b.text))
        || title.is_some_and(|t| PLACEHOLDER.is_match(t))
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
