//! One entry of a list → a [`Record`]: the NGO's name, its country, and the question the
//! states asked, split at the separator after the country.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, states, words::last_group, Decision, Record, Request};

/// A parenthesised group that names a country or territory, not an acronym or a status
/// note or a list of voters.
pub(super) fn is_country_like(group: &str) -> bool {
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
pub(super) fn parse_item(
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
    let (left, right) = split_at_separator(item, decision);
    let left = left.trim_end_matches(['.', ';', ',']).trim();
    let (ngo, country) = name_and_country(left);
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

/// An item split into the part naming the NGO and the question after the separator, if any.
fn split_at_separator(item: &str, decision: Decision) -> (String, Option<String>) {
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
    match separator {
        Some((l, r)) => (l.trim().to_string(), Some(r.trim().to_string())),
        None => match sentence_after_country(item) {
            Some((l, r)) => (l.to_string(), Some(r.to_string())),
            None => (item.to_string(), None),
        },
    }
}

/// The NGO's name and its country: a last parenthesised group that names a country, or
/// "Name, a national organization in Country"; else the whole text and no country.
fn name_and_country(left: &str) -> (String, Option<String>) {
    if let Some((name, group)) = last_group(left) {
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
    }
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
}
