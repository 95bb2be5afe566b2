//! Member states in release text: every spelling of `member_states.tsv` (English and French),
//! with or without "the", in possessive form ("China's"), and which of them *asked* — the
//! subject of "the representative of X asked", "X's representative", "the representatives of
//! X and Y", "le représentant de la Chine a demandé" — as opposed to states merely mentioned
//! in a question ("its activities in China").

use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};

use crate::member_states::member_states;

/// An alternation of every spelling, longest first, apostrophes either straight or curly.
fn spellings() -> String {
    let mut all: Vec<&str> = member_states()
        .iter()
        .flat_map(|s| std::iter::once(s.name).chain(s.variants.iter().copied()))
        // Codes of three letters or fewer ("UK", "USA") are not how releases name speakers.
        .filter(|s| s.chars().count() > 3)
        .collect();
    all.sort_by_key(|s| std::cmp::Reverse(s.len()));
    all.dedup();
    all.iter()
        .map(|s| regex::escape(s).replace('\'', "['’]"))
        .collect::<Vec<_>>()
        .join("|")
}

static STATE: LazyLock<String> = LazyLock::new(|| format!(r"(?:{})", spellings()));

/// One state spelling, captured.
static ONE_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:^|[^\p{{L}}])({})(?:$|[^\p{{L}}])", *STATE))
        .expect("the states' alternation is a valid regular expression")
});

/// The places where a state is the one asking.
static ASKERS: LazyLock<Regex> = LazyLock::new(|| {
    let s = &*STATE;
    let the = r"(?:the\s+)?";
    let list = format!(r"{the}{s}(?:\s*,\s*{the}{s})*(?:,?\s+and\s+(?:of\s+)?{the}{s})?");
    let fr_art = r"(?:la\s+|le\s+|les\s+|l['’]\s*)?";
    let fr_of = r"(?:de\s+|du\s+|des\s+|d['’]\s*)";
    let fr_list = format!(
        r"{fr_of}{fr_art}{s}(?:\s*,\s*{fr_of}{fr_art}{s})*(?:,?\s+et\s+{fr_of}{fr_art}{s})?"
    );
    let verbs = r"(?:asked|requested|noted|sought|wanted|wished|enquired|inquired|questioned|raised|requested|pointed|expressed|called|said|voiced|demanded|urged|would like)";
    let fr_verbs = r"(?:a|ont)\s+(?:demandé|souhaité|voulu|prié|relevé|noté|posé|sollicité|invité)";
    RegexBuilder::new(&format!(
        r"(?x)
        (?i:representatives?|delegates?|delegations?)\s+(?:of|for)\s+(?-i:{list})
        | (?-i:{s})['’]s?\s+(?i:representatives?|delegates?|delegation)
        | (?-i:{the}{s})\s+{verbs}\b
        | (?i:représentant(?:e)?s?|délégu(?:é|ée|és|ées)|délégations?)\s+(?-i:{fr_list})
        | (?i:à\s+la\s+demande)\s+(?-i:{fr_list})
        | (?-i:{fr_art}{s})\s+{fr_verbs}
        "
    ))
    .size_limit(64 << 20)
    .build()
    .expect("the askers' pattern is a valid regular expression")
});

/// The short name of the state a spelling names.
pub fn normalise(spelling: &str) -> Option<&'static str> {
    member_states().resolve(spelling).map(|s| s.name)
}

/// Every state named in `text`, normalised, in order of appearance, each once.
pub fn mentioned(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(caps) = ONE_STATE.captures_at(text, at) {
        let m = caps.get(1).expect("group 1 always takes part");
        if let Some(name) = normalise(m.as_str()) {
            if !found.contains(&name) {
                found.push(name);
            }
        }
        at = m.end();
    }
    found
}

/// The states that asked, in order of appearance, each once.
pub fn askers(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for m in ASKERS.find_iter(text) {
        for name in mentioned(m.as_str()) {
            if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn askers_not_mentions() {
        for (text, expected) in [
            (
                "as the representative of China asked about its activities in India",
                vec!["China"],
            ),
            ("as China’s representative requested a list", vec!["China"]),
            (
                "as the representatives of China and Cuba asked about Pakistan",
                vec!["China", "Cuba"],
            ),
            (
                "as the representative of Türkiye asked X, while the representative of the Sudan noted Y",
                vec!["Türkiye", "Sudan"],
            ),
            ("as Turkey's delegate asked", vec!["Türkiye"]),
            (
                "as the representative of the Russian Federation asked. The representative of Nicaragua requested more.",
                vec!["Russian Federation", "Nicaragua"],
            ),
            ("as Pakistan asked about the United States", vec!["Pakistan"]),
            (
                "le représentant de la Chine a demandé des précisions",
                vec!["China"],
            ),
            (
                "les représentants de la Chine et de Cuba ont demandé",
                vec!["China", "Cuba"],
            ),
            ("la représentante du Pakistan a souhaité", vec!["Pakistan"]),
            ("la Turquie a demandé", vec!["Türkiye"]),
            ("la représentante d’Israël a demandé", vec!["Israel"]),
            (
                "les représentants de l’Inde et des États-Unis ont demandé",
                vec!["India", "United States"],
            ),
            (
                "as the representative of Venezuela (Bolivarian Republic of) asked",
                vec!["Venezuela"],
            ),
            ("asked about projects in Nigeria and Chad", vec![]),
        ] {
            assert_eq!(askers(text), expected, "{text}");
        }
    }

    #[test]
    fn mentions_in_order_once() {
        assert_eq!(
            mentioned("Cuba, China, Cuba, the Sudan and Iran (Islamic Republic of)"),
            ["Cuba", "China", "Sudan", "Iran"]
        );
    }
}
