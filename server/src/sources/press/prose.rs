//! The Committee's prose: a decision about one NGO written as a sentence ("The Committee
//! then closed its consideration of the application of X (Country)").

use std::sync::LazyLock;

use regex::Regex;

use super::{
    fragment::fragment, items::is_country_like, lists::status_kind, re, Decision, Parser, Record,
    Request,
};

static COMMITTEE_DECIDED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the committee|le comité|delegates|it)\s+(?:then\s+|also\s+|further\s+|subsequently\s+|today\s+)?(?:decided\s+to\s+|voted\s+to\s+|agreed\s+to\s+|a\s+décidé\s+de\s+)?(?P<verb>took note of the withdrawal|noted the withdrawal|took note of (?:the )?quadrennial reports?|approved the request for reclassification|approved the reclassification|reclassified|closed|postponed|deferred|rejected|decided not to recommend|recommended|granted|a pris note du retrait|a clos|a reporté|a rejeté|a recommandé)",
    )
});

pub(super) static APPLICATION_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:application|request)\s+(?:of|from|by)\s+(?:the\s+)?(?:non-governmental\s+organization\s+|organization\s+|NGO\s+)?(?P<name>\p{Lu}[^.;:()]{2,200}?)\s*(?:\.(?:\s|$)|;|$)",
    )
});

/// The decision words of a sentence say.
pub(super) fn decision_in(lower: &str, default_kind: Option<Decision>) -> Option<Decision> {
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
    } else if ["recommend", "grant", "recommand", "approv", "reclassified"]
        .iter()
        .any(|w| lower.contains(w))
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

/// What a prose decision is about: status, a change of category, or a four-yearly report —
/// and the decision it is when it is not one on status ("took note of the quadrennial report
/// of X", "granted the request for reclassification of X").
fn request_in(lower: &str, decision: Decision) -> (Request, Decision) {
    // "report" is also a deferral word (French "a reporté"): a report taken note of is not one.
    let against = ["postpon", "defer", "reject", "clos", "withdr", "ajourn"]
        .iter()
        .any(|w| lower.contains(w));
    if lower.contains("quadrenn") || lower.contains("quadrienn") {
        let noted = ["took note", "noted", "pris note"]
            .iter()
            .any(|w| lower.contains(w));
        let decision = if noted && !against {
            Decision::QuadrennialNoted
        } else {
            decision
        };
        (Request::QuadrennialReport, decision)
    } else if lower.contains("reclassif") || lower.contains("reclassement") {
        let decision = if against {
            decision
        } else {
            Decision::Reclassified
        };
        (Request::Reclassification, decision)
    } else {
        (Request::Status, decision)
    }
}

/// What precedes an NGO's name in the Committee's sentences.
const APPLICATION_WORDS: [&str; 15] = [
    "quadrennial report of ",
    "quadrennial reports of ",
    "reclassification of ",
    "application of ",
    "applications of ",
    "application from ",
    "application by ",
    "request of ",
    "request from ",
    "request by ",
    "consideration of ",
    "demande de ",
    "demande d’",
    "demande d'",
    "candidature de ",
];

/// "Omicron Society (Chile) withdrew its application": a withdrawal the NGO made, in prose.
/// Only an application (a withdrawn request may be a reclassification's); the name is read
/// from the clause before the country ([`withdrawing_ngo`]).
static WITHDREW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<lead>[^.;()]{3,240}?)\s*\((?P<country>[^()]{2,60})\)\s+(?:had\s+|has\s+)?withdr[ae]wn?\s+its\s+application",
    )
});

/// Words after which a withdrawing NGO's name starts ("informed that X (Chile) had withdrawn").
const WITHDRAWAL_LEADS: [&str; 4] = ["that ", "informed ", "noted ", "learned "];

/// The NGO of a withdrawal clause's `lead`, or `None` when the clause is a question or a
/// remark about a withdrawal ("asked why X (Chile) withdrew its application").
fn withdrawing_ngo(lead: &str) -> Option<&str> {
    let lower = lead.to_lowercase();
    // Whole words: "Sharif" and "Show Foundation" ask nothing.
    let asks = [
        "asked",
        "asks",
        "why",
        "whether",
        "how",
        "if",
        "question",
        "questioned",
    ];
    if lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| asks.contains(&w))
    {
        return None;
    }
    let start = WITHDRAWAL_LEADS
        .iter()
        .filter_map(|w| lower.rfind(w).map(|at| at + w.len()))
        .max()
        .unwrap_or(0);
    let name = lead[start..].trim();
    let name = ["the ", "The "]
        .iter()
        .find_map(|article| name.strip_prefix(article))
        .unwrap_or(name)
        .trim();
    name.chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some(name)
}

/// The first NGO named in prose: the text between a preposition and the first
/// parenthesised group that names a country.
pub(super) fn ngo_in_prose(text: &str) -> Option<(String, String)> {
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
                    let last_after = |words: &[&str]| {
                        words
                            .iter()
                            .filter_map(|p| before.rfind(p).map(|at| at + p.len()))
                            .max()
                    };
                    let name_from = |start: usize| {
                        let name = before[start..].trim();
                        let name = name.strip_prefix("the ").unwrap_or(name).trim();
                        name.chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                            .then_some(name)
                    };
                    // The name starts after "application of" where the sentence says it and a
                    // whole name follows: an "of" inside the name ("Centre for the Study of
                    // Human Rights") must not cut it. Else ("the application submitted by X",
                    // "demande de statut consultatif de X") after the last preposition.
                    let anchored = last_after(&APPLICATION_WORDS)
                        .and_then(name_from)
                        .filter(|name| fragment(name, true).is_none());
                    let name = anchored.or_else(|| {
                        name_from(last_after(&[
                            " of ", " from ", " to ", " for ", " by ", " de ", " du ", " à ",
                            " d’", " d'",
                        ])?)
                    })?;
                    return Some((name.to_string(), group.to_string()));
                }
            }
            _ => {}
        }
    }
    None
}

impl Parser {
    /// A block of prose: a record when it says the Committee decided about one NGO and names
    /// its country.
    pub(super) fn prose_block(
        &mut self,
        text: &str,
        locator: &str,
        default_kind: Option<Decision>,
    ) {
        let before = self.records.len();
        self.prose_records(text, locator, default_kind);
        // A record's locator is unique in its release: several from one block are `p5.1`, `p5.2`.
        if self.records.len() - before > 1 {
            for (n, record) in self.records[before..].iter_mut().enumerate() {
                record.locator = format!("{locator}.{}", n + 1);
            }
        }
    }

    /// The records of one block of prose: the NGOs' own withdrawals, then the Committee's
    /// decision.
    fn prose_records(&mut self, text: &str, locator: &str, default_kind: Option<Decision>) {
        // An NGO's own withdrawals, each; the Committee's decisions in the same block follow.
        let mut withdrawn: Vec<String> = Vec::new();
        for caps in WITHDREW.captures_iter(text) {
            let country = caps["country"].trim();
            if let Some(ngo) = withdrawing_ngo(&caps["lead"]).filter(|_| is_country_like(country)) {
                let record = (ngo, country, Request::Status, Decision::Withdrawn);
                self.prose_record(record, locator, &caps[0]);
                withdrawn.push(ngo.to_string());
            }
        }
        // Each sentence where the Committee decides ("… took note of the quadrennial report
        // of X (Kenya). It also approved the request for reclassification of Y (India) …").
        let mut read: Vec<(String, Decision)> = Vec::new();
        for caps in COMMITTEE_DECIDED.captures_iter(text) {
            let verb = caps["verb"].to_lowercase();
            let rest = &text[caps.get(0).expect("whole match").start()..];
            // Only a decision about an application, in this sentence.
            let sentence = rest.split(". ").next().unwrap_or(rest);
            // A general remark ("postponed consideration of applications when ...") names no
            // NGO; only a sentence with a parenthesised group can.
            if !sentence.contains('(') {
                continue;
            }
            let lower = format!("{verb} {}", sentence.to_lowercase());
            match (ngo_in_prose(sentence), decision_in(&lower, default_kind)) {
                // The same withdrawal, said twice in one block, is one record.
                (Some((ngo, _)), Some(Decision::Withdrawn)) if withdrawn.contains(&ngo) => {}
                (Some((ngo, country)), Some(decision)) => {
                    let (request, decision) = request_in(&lower, decision);
                    if read.contains(&(ngo.clone(), decision)) {
                        continue;
                    }
                    let record = (ngo.as_str(), country.as_str(), request, decision);
                    self.prose_record(record, locator, sentence);
                    read.push((ngo, decision));
                }
                _ => self.problem(
                    locator,
                    "a decision in prose the parser could not tie to one NGO and country",
                    sentence,
                ),
            }
        }
    }
}

impl Parser {
    /// A record read from a sentence, or a problem when its name is a fragment of the
    /// sentence rather than a whole name.
    fn prose_record(
        &mut self,
        (ngo, country, request, decision): (&str, &str, Request, Decision),
        locator: &str,
        sentence: &str,
    ) {
        if let Some(why) = fragment(ngo, true) {
            self.problem(
                locator,
                format!("a name cut from the Committee's prose ({why}): not a record"),
                sentence,
            );
            return;
        }
        self.records.push(Record {
            ngo: ngo.to_string(),
            country: Some(country.to_string()),
            decision,
            request,
            asked_by: Vec::new(),
            question: None,
            vote: None,
            locator: locator.to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::withdrawing_ngo;

    #[test]
    fn a_withdrawing_ngo_is_read_from_its_clause_and_a_question_is_not_one() {
        assert_eq!(
            withdrawing_ngo("The Committee was informed that Show Sharif Foundation"),
            Some("Show Sharif Foundation")
        );
        assert_eq!(withdrawing_ngo("Omicron Society"), Some("Omicron Society"));
        assert_eq!(
            withdrawing_ngo("The representative of Cuba asked why Pi Forum"),
            None
        );
        assert_eq!(withdrawing_ngo("It wondered whether Pi Forum"), None);
        assert_eq!(withdrawing_ngo("it noted that the application of pi"), None);
    }
}
