//! The counts a release's title and lead state ("Recommends 12 ..., Defers 40 ..."), and
//! their check against the records read.

use std::{collections::BTreeMap, sync::LazyLock};

use regex::Regex;

use super::{
    re,
    words::{count, COUNT},
    Parser, Request,
};

static HEADLINE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?i)\b({COUNT})\b(-member|-year|-day|th|st|nd)?")));
static CLAUSE_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)[,;:—–]|\s(?:and|as|while|et|but|after)\s"));

/// Which decision a clause or an intro sentence speaks of; the order matters ("Recommends
/// Reclassification" is a reclassification, "postpones consideration" a deferral).
pub(super) fn clause_category(lower: &str) -> Option<&'static str> {
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

/// The counts the title and the first two sentences of the lead state; the title's win.
pub(super) fn stated_counts(title: Option<&str>, lead: Option<&str>) -> BTreeMap<String, u32> {
    let mut counts = BTreeMap::new();
    if let Some(title) = title {
        headline_counts(title, &mut counts);
    }
    if let Some(first) = lead {
        let first_sentences: String = first.split(". ").take(2).collect::<Vec<_>>().join(". ");
        headline_counts(&first_sentences, &mut counts);
    }
    counts
}

impl Parser {
    /// A problem for each count the headline states that differs from the status records read.
    pub(super) fn check_headline(&mut self, counts: &BTreeMap<String, u32>, title: &str) {
        let mut read: BTreeMap<&str, u32> = BTreeMap::new();
        for record in &self.records {
            if record.request == Request::Status {
                *read.entry(record.decision.headline_key()).or_default() += 1;
            }
        }
        // A decision on status the headline counts and no record has is a shortfall too
        // ("rejects 1", none read); counts of other kinds (considered, reclassified) are not
        // read as status records and are not compared.
        const STATUS_DECISIONS: [&str; 5] =
            ["recommended", "deferred", "closed", "rejected", "withdrawn"];
        for (key, stated) in counts {
            let found = match read.get(key.as_str()) {
                Some(found) => *found,
                None if STATUS_DECISIONS.contains(&key.as_str()) => 0,
                None => continue,
            };
            if found != *stated {
                let read = if found == 1 {
                    "record was"
                } else {
                    "records were"
                };
                let message = format!("the headline states {stated} {key}, {found} {read} read");
                self.problem("headline", message, title);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
