//! Name normalisation: one organization, many spellings.
//!
//! [`name_key`] folds the differences that never distinguish two NGOs: Unicode compatibility
//! forms (NFKC), curly quotes and dashes, runs of white space (U+00A0 included), case,
//! parenthesised status notes such as "(special, 2021)" or "(in special consultative
//! status)", and trailing punctuation. [`compact_key`] also drops spaces and punctuation, so
//! that "Kirch en" meets "Kirchen". Both are pure functions.

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// A status note in parentheses: "(special, 2021)", "(general)", "(roster, 1998)",
/// "(in special consultative status)", "(an organization not in status with the Council)".
static STATUS_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\(\s*(?:(?:special|general|roster)(?:\s*,\s*\d{4})?|[^()]*\bstatus\b[^()]*)\s*\)",
    )
    .expect("a valid regular expression")
});

/// Fold typographic variants to ASCII look-alikes and collapse white space, keeping case.
/// This is also how a name "exactly as written" is cleaned for display: entities decoded
/// elsewhere, white space collapsed, trimmed.
pub fn clean(name: &str) -> String {
    let folded: String =
        name.nfkc()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`'
                | '\u{00B4}' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
                | '\u{00BB}' => '"',
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
                | '\u{2212}' => '-',
                c if c.is_whitespace() => ' ',
                c => c,
            })
            .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key two spellings of the same organization share.
pub fn name_key(name: &str) -> String {
    let cleaned = clean(name);
    let without_notes = STATUS_NOTE.replace_all(&cleaned, " ");
    let lower = without_notes.to_lowercase();
    let spaced = lower
        .replace(" - ", "-")
        .replace("( ", "(")
        .replace(" )", ")");
    let collapsed = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_end_matches(['.', ',', ';', ':', ' '])
        .trim_start_matches([',', ';', ':', ' '])
        .to_string()
}

/// [`name_key`] without spaces and punctuation: only letters and digits.
pub fn compact_key(name: &str) -> String {
    name_key(name)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The digits of a key, in order: two names whose digits differ ("Branch 1", "Branch 2")
/// are never linked by fuzzy matching.
pub fn digits(key: &str) -> String {
    key.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_typography_case_space_and_status_notes() {
        let a = name_key("Entrepreneurs Council of India (special, 2021)");
        assert_eq!(a, "entrepreneurs council of india");
        assert_eq!(
            name_key("Stiftung Brot für Alle (in special consultative status) "),
            "stiftung brot für alle"
        );
        assert_eq!(
            name_key("Hilfswerk der Evangelischen Kirchen Schweiz (an organization not in status with the Council)"),
            "hilfswerk der evangelischen kirchen schweiz"
        );
        assert_eq!(
            name_key("Centre  de\u{a0}documentation, de recherche et d\u{2019}information."),
            "centre de documentation, de recherche et d'information"
        );
        assert_eq!(name_key("“Quoted” Name – Branch"), "\"quoted\" name-branch");
        assert_eq!(name_key("ＦＵＬＬＷＩＤＴＨ"), "fullwidth");
    }

    #[test]
    fn keys_keep_parentheses_that_are_part_of_the_name() {
        assert_eq!(
            name_key("Africa Foundation for Community Development (AFCOD-Uganda)"),
            "africa foundation for community development (afcod-uganda)"
        );
        assert_eq!(
            name_key("International Harm Reduction Association (IHRA) (special, 2007)"),
            "international harm reduction association (ihra)"
        );
    }

    #[test]
    fn compact_key_joins_split_words() {
        assert_eq!(
            compact_key("Hilfswerk der Evangelischen Kirch en Schweiz"),
            compact_key("Hilfswerk der Evangelischen Kirchen Schweiz")
        );
        assert_ne!(compact_key("Branch 1"), compact_key("Branch 2"));
    }

    #[test]
    fn clean_keeps_case_and_collapses_space() {
        assert_eq!(clean("  The\u{a0}Fishermen \n"), "The Fishermen");
    }
}
