//! Small text helpers of the release parser: counts written as digits or words, splitting at
//! top-level separators (outside parentheses), the last parenthesised group.

/// A count written as digits or English/French words: "12", "one", "Fifty-nine", "no",
/// "vingt-deux". `None` when the token is not a count.
pub fn count(token: &str) -> Option<u32> {
    let token = token
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    if token.is_empty() {
        return None;
    }
    if token.chars().all(|c| c.is_ascii_digit()) {
        return token.parse().ok();
    }
    let lower = token.to_lowercase();
    let mut total = 0;
    for part in lower.split(['-', ' ']) {
        total += word(part)?;
    }
    Some(total)
}

fn word(word: &str) -> Option<u32> {
    Some(match word {
        "no" | "zero" | "aucune" | "aucun" => 0,
        "one" | "un" | "une" => 1,
        "two" | "deux" => 2,
        "three" | "trois" => 3,
        "four" | "quatre" => 4,
        "five" | "cinq" => 5,
        "six" => 6,
        "seven" | "sept" => 7,
        "eight" | "huit" => 8,
        "nine" | "neuf" => 9,
        "ten" | "dix" => 10,
        "eleven" | "onze" => 11,
        "twelve" | "douze" => 12,
        "thirteen" | "treize" => 13,
        "fourteen" | "quatorze" => 14,
        "fifteen" | "quinze" => 15,
        "sixteen" | "seize" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" | "vingt" => 20,
        "thirty" | "trente" => 30,
        "forty" | "quarante" => 40,
        "fifty" | "cinquante" => 50,
        "sixty" | "soixante" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "et" => 0,
        _ => return None,
    })
}

/// The pattern of a count token, for regular expressions: digits or number words.
pub const COUNT: &str = r"(?:\d+|(?i:(?:no|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante)(?:-(?:one|two|three|four|five|six|seven|eight|nine|et-un|deux|trois|quatre|cinq|six|sept|huit|neuf))?))";

/// Split at `sep` where it is not inside parentheses or brackets.
pub fn split_top_level(text: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth: i32 = 0;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            c if c == sep && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// When `text` ends with a parenthesised group, its content and the text before it. Nested
/// parentheses inside the group are kept ("Venezuela (Bolivarian Republic of)").
pub fn last_group(text: &str) -> Option<(&str, &str)> {
    let trimmed = text.trim_end();
    if !trimmed.ends_with(')') {
        return None;
    }
    let mut depth = 0;
    for (i, c) in trimmed.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    let inner = &trimmed[i + 1..trimmed.len() - 1];
                    return Some((trimmed[..i].trim_end(), inner.trim()));
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_digits_and_words() {
        for (token, n) in [
            ("12", Some(12)),
            ("one", Some(1)),
            ("Fifty-nine", Some(59)),
            ("no", Some(0)),
            ("vingt-deux", Some(22)),
            ("twenty one", Some(21)),
            ("others", None),
            ("", None),
        ] {
            assert_eq!(count(token), n, "{token}");
        }
    }

    #[test]
    fn splits_outside_parentheses_and_finds_the_last_group() {
        assert_eq!(
            split_top_level("A (x; y); B; and C (Z)", ';'),
            ["A (x; y)", " B", " and C (Z)"]
        );
        assert_eq!(
            last_group("Friends (of Pets) (Venezuela (Bolivarian Republic of))"),
            Some(("Friends (of Pets)", "Venezuela (Bolivarian Republic of)"))
        );
        assert_eq!(last_group("No country"), None);
        assert_eq!(last_group("Broken )"), None);
    }
}
