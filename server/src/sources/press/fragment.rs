//! Whether a name read from a release is a whole organization's name or a fragment of the
//! Committee's prose ("Human Rights" cut from "the Arab Centre for the Study of Human
//! Rights"). A fragment is a problem, never a record: a record becomes an organization.

/// Phrases that name no organization however they are capitalised.
const GENERIC: [&str; 16] = [
    "human rights",
    "the committee",
    "committee",
    "the organization",
    "organization",
    "the organizations",
    "organizations",
    "the ngo",
    "ngo",
    "the application",
    "application",
    "non-governmental organization",
    "non-governmental organizations",
    "the following organizations",
    "following organizations",
    "consultative status",
];

/// Words that carry no name of their own.
const FUNCTION_WORDS: [&str; 24] = [
    "of", "the", "for", "and", "a", "an", "in", "on", "to", "at", "by", "with", "de", "des", "du",
    "la", "le", "les", "et", "el", "los", "las", "del", "y",
];

/// Why `name` is a fragment, or `None` when it reads as a whole name. `strict` (for names cut
/// out of a sentence) also asks for two words that are not function words: "Golan" alone is
/// where a cut ended, not an organization; a list item keeps its one-word names ("Oxfam").
pub(super) fn fragment(name: &str, strict: bool) -> Option<&'static str> {
    let name = name.trim();
    let Some(first) = name.chars().next() else {
        return Some("an empty name");
    };
    // A lower-case start is a cut in a sentence; in a list it is one only when the first
    // word is a function word ("of the Society"): "mothers2mothers", "streetfootballworld"
    // and "i-Smile International" are real names.
    let first_word = name
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let mid_phrase = if strict {
        first.is_lowercase()
    } else {
        FUNCTION_WORDS.contains(&first_word)
    };
    if mid_phrase || first.is_ascii_punctuation() && !"\"'([".contains(first) {
        return Some("it starts in the middle of a phrase");
    }
    if !balanced(name) {
        return Some("its brackets or quotation marks are unbalanced");
    }
    let folded = name.to_lowercase();
    let folded = folded.trim_end_matches(['.', ',', ';', ':']);
    if GENERIC.contains(&folded) {
        return Some("it is a generic phrase, not a name");
    }
    let meaningful = folded
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|w| !FUNCTION_WORDS.contains(w))
        .count();
    if strict && meaningful < 2 {
        return Some("it has fewer than two words of its own");
    }
    if meaningful == 0 {
        return Some("it has no word of its own");
    }
    None
}

/// Brackets nest and close, and quotation marks pair up.
fn balanced(name: &str) -> bool {
    let mut stack = Vec::new();
    for c in name.chars() {
        match c {
            '(' | '[' => stack.push(c),
            ')' if stack.pop() != Some('(') => return false,
            ']' if stack.pop() != Some('[') => return false,
            _ => {}
        }
    }
    let count = |c: char| name.chars().filter(|&x| x == c).count();
    stack.is_empty()
        && count('\u{201C}') == count('\u{201D}')
        && count('\u{00AB}') == count('\u{00BB}')
        && count('"') % 2 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_names_pass() {
        for name in [
            "Arab Zeta Centre for the Study of Human Rights",
            "“Tau” Youth Network",
            "Psi Friendship Society (PFS)",
            "Association des femmes de l'Ouest",
            "Fundación Kappa de Derechos Humanos",
        ] {
            assert_eq!(fragment(name, true), None, "{name}");
        }
        // One word is a name in a list, not in a sentence.
        assert_eq!(fragment("Oxfam", false), None);
        assert!(fragment("Oxfam", true).is_some());
        // Real names that start in lower case, in a list.
        for name in [
            "mothers2mothers South Africa",
            "streetfootballworld",
            "i-Smile International",
        ] {
            assert_eq!(fragment(name, false), None, "{name}");
        }
        assert!(fragment("streetfootballworld", true).is_some());
    }

    #[test]
    fn fragments_say_why() {
        let cases = [
            ("Human Rights", "generic"),
            ("the Study of Human Rights", "middle"),
            ("of the Testland Valley Society", "middle"),
            ("“Tau Three Youth Network", "quotation"),
            ("Sigma Heritage Trust (Chile", "brackets"),
            ("Sigma) Heritage Trust", "brackets"),
            ("", "empty"),
            ("The Organization.", "generic"),
            ("Of The", "no word"),
        ];
        for (name, why) in cases {
            let reason = fragment(name, false).unwrap_or_else(|| panic!("{name:?} passed"));
            assert!(reason.contains(why), "{name:?}: {reason}");
        }
        assert!(fragment("Golan", true)
            .expect("strict")
            .contains("two words"));
        assert!(fragment("Testland Valley", true).is_none());
    }
}
