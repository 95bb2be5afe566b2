//! Recorded votes: the counts and the states on each side, and the record a vote decided.

use std::sync::LazyLock;

use regex::Regex;

use super::{
    prose::{decision_in, ngo_in_prose, APPLICATION_OF},
    re, states,
    words::{count, COUNT},
    Decision, Parser, Record, Request, Vote,
};

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
pub(super) static HAS_VOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)recorded vote|votes? in favour|in favour\s*\(|voix pour|vote enregistré")
});

/// The counts and lists of a recorded vote, in English or French, in any order.
pub(super) fn parse_vote(text: &str) -> Option<Vote> {
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
    /// A block with a recorded vote: the vote goes to the record it decided, one already read
    /// or one this block names.
    pub(super) fn vote_block(&mut self, text: &str, locator: &str, default_kind: Option<Decision>) {
        let Some(vote) = parse_vote(text) else {
            // "closed three applications by recorded vote": a vote spoken of, not one counted.
            let lower = text.to_lowercase();
            let counted = [
                "in favour",
                "recorded vote of",
                "votes to",
                "voix pour",
                "against",
            ]
            .iter()
            .any(|w| lower.contains(w));
            if !counted {
                self.prose_block(text, locator, default_kind);
                return;
            }
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
