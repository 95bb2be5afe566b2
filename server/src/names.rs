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

/// Legal forms and registration notes that follow a name and never tell two organizations
/// apart, as words of a [`name_key`] (punctuation gone): ", Inc.", ", e.V.", ", NPC"...
const LEGAL_FORMS: [&[&str]; 22] = [
    &["inc"],
    &["incorporated"],
    &["ltd"],
    &["limited"],
    &["llc"],
    &["npc"],
    &["nfp"],
    &["charity"],
    &["registered", "charity"],
    &["ev"],
    &["e", "v"],
    &["eingetragener", "verein"],
    &["registered", "association"],
    &["gmbh"],
    &["ggmbh"],
    &["asbl"],
    &["a", "s", "b", "l"],
    &["aisbl"],
    &["vzw"],
    &["ry"],
    &["ac"],
    &["a", "c"],
];

/// Words that never tell two organizations' names apart: English articles and "of".
const FUNCTION_WORDS: [&str; 4] = ["the", "of", "a", "an"];

/// What is left of a name when the parts that never tell two organizations apart are gone:
/// [`name_key`], then a last parenthesised acronym or place of one or two words ("(NDI)",
/// "(Maroc)"), legal forms at the end (", Inc.", ", charity", ", e.V.", ", Registered
/// Association"), a trailing ", The", English articles and "of" anywhere; punctuation as
/// spaces. Two organizations can share a core key (a national chapter and its federation),
/// so linking by it is guarded by the organizations' histories ([`crate::linking`]).
pub fn core_key(name: &str) -> String {
    let mut key = name_key(name);
    if let Some(open) = key.rfind('(') {
        let inside = key[open + 1..].trim_end_matches(')');
        if key.ends_with(')') && open > 0 && (1..=2).contains(&inside.split_whitespace().count()) {
            key.truncate(open);
        }
    }
    let mut words: Vec<&str> = key
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    loop {
        let before = words.len();
        for form in LEGAL_FORMS {
            if words.len() > form.len() && words.ends_with(form) {
                words.truncate(words.len() - form.len());
            }
        }
        if words.len() == before {
            break;
        }
    }
    words.retain(|w| !FUNCTION_WORDS.contains(w));
    words.join(" ")
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
    fn core_keys_drop_articles_legal_forms_and_a_last_bracket() {
        let same = [
            (
                "Center for Victims of Torture, The",
                "Center for Victims of Torture",
            ),
            ("Nonviolent Peaceforce, Inc.", "Nonviolent Peaceforce"),
            (
                "National Democratic Institute for International Affairs (NDI)",
                "National Democratic Institute for International Affairs",
            ),
            (
                "Foundation for Research and Support of Indigenous Peoples of Crimea",
                "Foundation for Research and Support of the Indigenous Peoples of Crimea",
            ),
            (
                "Centre des droits des gens (Maroc)",
                "Centre des droits des gens",
            ),
            ("Hope for Children, charity", "Hope for Children"),
            (
                "Deutsche Stiftung Weltbevölkerung, e.V.",
                "Deutsche Stiftung Weltbevölkerung",
            ),
            ("Lawyers for Human Rights, NPC", "Lawyers for Human Rights"),
            ("Peace Union, Ltd., Registered Association", "Peace Union"),
        ];
        for (a, b) in same {
            assert_eq!(core_key(a), core_key(b), "{a} / {b}");
        }
        let different = [
            ("Women's League of Austria", "Women's League of Australia"),
            (
                "Amnesty International (Nepal Section Chapter)",
                "Amnesty International",
            ),
            ("Inc", "Ltd"),
        ];
        for (a, b) in different {
            assert_ne!(core_key(a), core_key(b), "{a} / {b}");
        }
        // A name that is only a legal form keeps it; a bracket that is the whole name stays.
        assert_eq!(core_key("Limited"), "limited");
        assert_eq!(core_key("(ABC)"), "abc");
    }

    #[test]
    fn clean_keeps_case_and_collapses_space() {
        assert_eq!(clean("  The\u{a0}Fishermen \n"), "The Fishermen");
    }
}

/// Properties of the keys over arbitrary and name-shaped text. `PROPTEST_CASES` sets the
/// number of cases (default 256).
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Unicode's bounds on how much NFKC can lengthen a text (UAX #15, "Stream-Safe Text
    /// Format" and its table of expansion factors): ×18 in code points, ×11 in UTF-8 bytes.
    const NFKC_MAX_CHARS: usize = 18;
    const NFKC_MAX_BYTES: usize = 11;

    /// Pieces of real names and of what a transcription does to them: status notes,
    /// acronyms, typographic quotes and dashes, odd white space, full-width forms, the
    /// longest NFKC expansion (U+FDFA), Greek capitals, and any character at all.
    fn name_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[A-Za-z]{1,9}",
            1 => "[0-9]{1,4}",
            1 => prop::sample::select(vec![
                "(special, 2021)", "(general)", "(roster, 1998)",
                "(in special consultative status)",
                "(an organization not in status with the Council)", "( Special )", "(IHRA)",
                "(AFCOD-Uganda)", "(formerly X)",
            ]).prop_map(String::from),
            2 => prop::sample::select(vec![
                " ", "  ", "\u{a0}", "\t", "\n", "\u{3000}", "\u{202f}", " - ", " – ", "—", "-",
                ",", ".", ";", ":", "'", "\"", "\u{2019}", "\u{201c}", "\u{201d}", "\u{ab}", "`",
                "&", "/", "ＦＵＬＬ", "＝", "１２", "\u{fdfa}", "\u{3300}", "ΟΔΟΣ", "İ", "ß",
                "e\u{301}", "\u{301}",
            ]).prop_map(String::from),
            1 => any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..16).prop_map(|pieces| pieces.concat())
    }

    /// A name-shaped text without parentheses and without the characters whose NFKC form
    /// is not what `clean` folds (see `typographic_variants_fold_to_ascii`).
    fn ascii_name() -> impl Strategy<Value = String> {
        "[A-Za-z0-9 ,.;:'\"&/-]{0,60}"
    }

    fn single_spaced(text: &str) -> bool {
        text == text.trim()
            && !text.contains("  ")
            && text.chars().all(|c| c == ' ' || !c.is_whitespace())
    }

    proptest! {
        #[test]
        fn clean_is_idempotent_single_spaced_and_bounded(name in name_like()) {
            let cleaned = clean(&name);
            prop_assert_eq!(clean(&cleaned), cleaned.clone());
            prop_assert!(single_spaced(&cleaned), "{:?} → {:?}", name, cleaned);
            prop_assert!(cleaned.chars().count() <= NFKC_MAX_CHARS * name.chars().count());
            prop_assert!(cleaned.len() <= NFKC_MAX_BYTES * name.len());
        }

        #[test]
        fn clean_never_lengthens_ascii(name in "[ -~\t\n]{0,80}") {
            let cleaned = clean(&name);
            prop_assert!(cleaned.len() <= name.len(), "{:?} → {:?}", name, cleaned);
            // Only white space and the backtick change: everything else is kept, in order.
            let kept = name.split_whitespace().collect::<Vec<_>>().join(" ").replace('`', "'");
            prop_assert_eq!(cleaned, kept);
        }

        #[test]
        fn keys_are_lower_case_single_spaced_and_cleaning_first_changes_nothing(
            name in name_like(),
        ) {
            let key = name_key(&name);
            prop_assert_eq!(name_key(&clean(&name)), key.clone());
            prop_assert!(single_spaced(&key), "{:?} → {:?}", name, key);
            prop_assert_eq!(key.to_lowercase(), key.clone());
            prop_assert!(!key.ends_with(['.', ',', ';', ':']), "{:?}", key);
            prop_assert!(!key.starts_with([',', ';', ':']), "{:?}", key);
            // Lower case lengthens only U+0130 (İ → i̇): two characters for one.
            prop_assert!(key.chars().count() <= 2 * clean(&name).chars().count());
        }

        #[test]
        fn keys_without_parentheses_are_idempotent(name in name_like()) {
            let name = name.replace(['(', ')'], " ");
            let key = name_key(&name);
            prop_assert_eq!(name_key(&key), key.clone(), "{:?}", name);
        }

        #[test]
        fn ascii_keys_ignore_case_and_never_lengthen(name in ascii_name()) {
            let key = name_key(&name);
            prop_assert_eq!(name_key(&name.to_ascii_uppercase()), key.clone());
            prop_assert_eq!(name_key(&name.to_ascii_lowercase()), key.clone());
            prop_assert!(key.len() <= name.len());
            prop_assert_eq!(name_key(&key), key);
        }

        /// Full-width forms (U+FF01–U+FF5E, U+3000) are NFKC-equivalent to ASCII: "ＦＵＬＬ＝"
        /// has the key of "FULL=".
        #[test]
        fn full_width_forms_have_the_ascii_key(name in "[ -~]{0,60}") {
            let wide: String = name
                .chars()
                .map(|c| match c {
                    ' ' => '\u{3000}',
                    c => char::from_u32(c as u32 - 0x21 + 0xFF01).expect("a full-width form"),
                })
                .collect();
            prop_assert_eq!(clean(&wide), clean(&name));
            prop_assert_eq!(name_key(&wide), name_key(&name));
            prop_assert_eq!(compact_key(&wide), compact_key(&name));
        }

        /// Each typographic variant `clean` documents folds to its ASCII look-alike, and any
        /// white space to one space.
        #[test]
        fn typographic_variants_fold_to_ascii(
            name in ascii_name(),
            choices in prop::collection::vec(0usize..7, 60),
        ) {
            // U+2033 (″) and U+00B4 (´) are in `clean`'s table but NFKC turns them into
            // "′′" and " ́" before the table is consulted, so they are not listed here.
            const APOSTROPHES: [char; 6] =
                ['\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}', '\u{2032}', '`'];
            const QUOTES: [char; 6] =
                ['\u{201C}', '\u{201D}', '\u{201E}', '\u{201F}', '\u{AB}', '\u{BB}'];
            const DASHES: [char; 7] = [
                '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}',
            ];
            const SPACES: [char; 7] =
                ['\u{A0}', '\u{2003}', '\u{202F}', '\u{3000}', '\t', '\n', '\u{85}'];
            let varied: String = name
                .chars()
                .zip(choices.iter().cycle())
                .map(|(c, &i)| match c {
                    '\'' => APOSTROPHES[i % APOSTROPHES.len()],
                    '"' => QUOTES[i % QUOTES.len()],
                    '-' => DASHES[i % DASHES.len()],
                    ' ' => SPACES[i % SPACES.len()],
                    c => c,
                })
                .collect();
            prop_assert_eq!(clean(&varied), clean(&name), "{:?}", varied);
            prop_assert_eq!(name_key(&varied), name_key(&name));
        }

        #[test]
        fn compact_keys_are_letters_and_digits_of_the_key(name in name_like()) {
            let compact = compact_key(&name);
            prop_assert!(compact.chars().all(char::is_alphanumeric), "{:?}", compact);
            prop_assert_eq!(compact_key(&clean(&name)), compact.clone());
            // The key's letters and digits, in order: nothing added, nothing dropped.
            let from_key: String =
                name_key(&name).chars().filter(|c| c.is_alphanumeric()).collect();
            prop_assert_eq!(&compact, &from_key);
            prop_assert_eq!(digits(&compact), digits(&name_key(&name)));
        }

        /// What `compact_key` is for: a space inside a word ("Kirch en") does not matter.
        #[test]
        fn compact_keys_ignore_spaces_between_latin_words(
            words in prop::collection::vec("[A-Za-zÀ-ÿ0-9]{1,8}", 1..6),
            joins in prop::collection::vec(
                prop::sample::select(vec![" ", "", "\u{a0}", " - ", "-"]),
                6,
            ),
        ) {
            let spaced: String = words
                .iter()
                .zip(&joins)
                .map(|(w, j)| format!("{w}{j}"))
                .collect();
            prop_assert_eq!(compact_key(&spaced), compact_key(&words.concat()));
        }

        #[test]
        fn digits_are_the_ascii_digits_in_order(text in any::<String>()) {
            let d = digits(&text);
            prop_assert!(d.chars().all(|c| c.is_ascii_digit()));
            prop_assert_eq!(digits(&d), d.clone());
            let expected: String = text.chars().filter(char::is_ascii_digit).collect();
            prop_assert_eq!(d, expected);
        }
    }
}
