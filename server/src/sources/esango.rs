//! iCSO / esango (esango.un.org/civilsociety): the UN's register of NGOs. Two pages are read:
//! the list of organizations in consultative status (each with its profile code) and one
//! organization's profile, whose two-column label/value tables carry its headquarters, its
//! status and year, and its self-declared "Areas of expertise & Fields of activity" (a
//! two-level list: a heading such as "Economic and Social", and fields under it such as
//! "Human Rights"; or a heading alone, such as "Gender Issues and Advancement of Women").
//!
//! Pure functions, bytes in, records out. What an organization declares is its own account,
//! not a rule's reading of its name: [`declared_areas`] maps the fields that name our focus
//! areas, which curators see as evidence beside the rules' areas.

use scraper::{ElementRef, Html, Selector};

/// Raised when the reading of a profile changes, so stored profiles can be read again.
pub const PARSER_VERSION: i64 = 1;

/// The most organizations the list page shows (its `show=` parameter below): a list this
/// long may have been cut, and the run says so.
pub const LIST_PAGE_SIZE: usize = 10_000;

/// The list of organizations in consultative status, all on one page.
pub const LIST_PATH: &str = "/civilsociety/getByAllHavingStatus.do?method=getByAllHavingStatus\
                             &searchType=csSearch&show=10000&sessionCheck=false";

/// One organization's profile.
pub fn profile_path(code: &str) -> String {
    format!("/civilsociety/showProfileDetail.do?method=showProfileDetails&profileCode={code}")
}

/// A profile code: digits only (anything else in a link is not followed).
pub fn valid_code(code: &str) -> bool {
    !code.is_empty() && code.len() <= 12 && code.bytes().all(|b| b.is_ascii_digit())
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ListEntry {
    pub profile_code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Expertise {
    /// The first level ("Economic and Social"), or the field itself when it stands alone.
    pub heading: String,
    /// The field under the heading; `None` when the heading stands alone.
    pub field: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Profile {
    pub name: String,
    pub status: Option<String>,
    pub status_year: Option<i32>,
    pub headquarters: Option<String>,
    pub expertise: Vec<Expertise>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EsangoError {
    #[error("no organization's name on the profile page: not a profile, or its layout changed")]
    NoName,
    #[error("no profile link on the list page: not the list, or its layout changed")]
    EmptyList,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid CSS selector written in this file")
}

/// Text of an element, spaces collapsed.
fn text(element: ElementRef) -> String {
    collapse(&element.text().collect::<String>())
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The list page: every link to a profile, with its code and the organization's name.
pub fn parse_list(html: &str) -> Result<Vec<ListEntry>, EsangoError> {
    let document = Html::parse_document(html);
    let mut entries: Vec<ListEntry> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for link in document.select(&selector("a[href*='profileCode=']")) {
        let href = link.value().attr("href").unwrap_or_default();
        let code = href
            .split(['?', '&'])
            .find_map(|pair| pair.strip_prefix("profileCode="))
            .unwrap_or_default();
        let name = text(link);
        if !valid_code(code) || name.is_empty() {
            continue;
        }
        if seen.insert(code.to_string()) {
            entries.push(ListEntry {
                profile_code: code.to_string(),
                name,
            });
        }
    }
    if entries.is_empty() {
        return Err(EsangoError::EmptyList);
    }
    Ok(entries)
}

/// A label as printed, lower case, without its colon: "Organization's name:" → "organization's name".
fn label_key(label: &str) -> String {
    collapse(label)
        .trim_end_matches(':')
        .trim()
        .replace('’', "'")
        .to_lowercase()
}

/// The profile page: its label/value rows, and the expertise list.
pub fn parse_profile(html: &str) -> Result<Profile, EsangoError> {
    let document = Html::parse_document(html);
    let cell = selector(":scope > td, :scope > th");
    let mut profile = Profile {
        name: String::new(),
        status: None,
        status_year: None,
        headquarters: None,
        expertise: Vec::new(),
    };
    for row in document.select(&selector("tr")) {
        let cells: Vec<ElementRef> = row.select(&cell).collect();
        let [label, value] = cells.as_slice() else {
            continue;
        };
        let value_text = text(*value);
        let some = || (!value_text.is_empty()).then(|| value_text.clone());
        match label_key(&text(*label)).as_str() {
            "organization's name" | "organization name" | "name" if profile.name.is_empty() => {
                profile.name = value_text.clone();
            }
            "consultative status" | "status" => profile.status = some(),
            "year" | "status granted" | "year status granted" => {
                profile.status_year = year_in(&value_text);
            }
            "headquarters" | "country" | "headquarters address" => {
                profile.headquarters = headquarters(*value);
            }
            key if key.starts_with("areas of expertise") => {
                profile.expertise = expertise(*value);
            }
            _ => {}
        }
    }
    if profile.name.is_empty() {
        return Err(EsangoError::NoName);
    }
    Ok(profile)
}

fn year_in(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .find(|y| (1945..=2100).contains(y))
}

/// The country of an address: its last line (the register prints the country last).
fn headquarters(value: ElementRef) -> Option<String> {
    value
        .text()
        .map(collapse)
        .filter(|line| !line.is_empty())
        .last()
}

/// The register lists a few dozen categories; a page with more, or with longer ones, is not
/// the register's list, and what is past these bounds is not read.
const MAX_EXPERTISE: usize = 200;
const MAX_TEXT: usize = 300;

/// The two-level list: each top-level item is a heading; the items of a list inside it are
/// its fields.
fn expertise(value: ElementRef) -> Vec<Expertise> {
    let items = selector(":scope > ul > li, :scope > ol > li");
    let mut out = Vec::new();
    for item in value.select(&items) {
        if out.len() >= MAX_EXPERTISE {
            break;
        }
        // The heading is the item's own text, outside its inner list.
        let own: String = item
            .children()
            .filter_map(|child| match child.value() {
                scraper::Node::Text(t) => Some(t.to_string()),
                scraper::Node::Element(e) if !matches!(e.name(), "ul" | "ol") => {
                    ElementRef::wrap(child).map(|e| e.text().collect::<String>())
                }
                _ => None,
            })
            .collect();
        let heading = collapse(&own);
        let fields: Vec<String> = item
            .select(&items)
            .map(text)
            .filter(|f| !f.is_empty() && f.len() <= MAX_TEXT)
            .take(MAX_EXPERTISE)
            .collect();
        if (heading.is_empty() && fields.is_empty()) || heading.len() > MAX_TEXT {
            continue;
        }
        if fields.is_empty() {
            out.push(Expertise {
                heading,
                field: None,
            });
            continue;
        }
        for field in fields {
            out.push(Expertise {
                heading: heading.clone(),
                field: Some(field),
            });
        }
    }
    out
}

/// The register's categories that name one of our focus areas. There is no LGBTI category.
const DECLARED: &[(&str, &str)] = &[
    ("gender issues and advancement of women", "women"),
    ("women/gender equality", "women"),
    ("women", "women"),
    ("gender equality", "women"),
    ("minority rights", "minority"),
    ("indigenous peoples", "minority"),
    ("indigenous issues", "minority"),
    ("human rights", "human_rights"),
];

/// The focus areas an organization's declared fields name, each with the field that names
/// it, in the order declared, once per area.
pub fn declared_areas(expertise: &[Expertise]) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    // A heading names an area too ("Gender Issues and Advancement of Women" with fields
    // under it), as does a field.
    let named = expertise
        .iter()
        .flat_map(|e| std::iter::once(e.heading.as_str()).chain(e.field.as_deref()));
    for text in named {
        let key = collapse(text).to_lowercase();
        if let Some((_, area)) = DECLARED.iter().find(|(name, _)| *name == key) {
            if !out.iter().any(|(a, _)| a == area) {
                out.push((area, text.to_string()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROFILE: &str = r#"<!-- TEST FIXTURE --><html><body><table class="profile">
      <tr><td class="label">Organization&#39;s name:</td><td>Test Women &amp; Minorities Network</td></tr>
      <tr><td class="label">Headquarters address:</td><td>1 Test Street<br>Testville<br> Utopia </td></tr>
      <tr><td class="label">Consultative status:</td><td>Special</td></tr>
      <tr><td class="label">Year:</td><td>2019</td></tr>
      <tr><td class="label">Areas of expertise &amp; Fields of activity:</td><td><ul>
        <li>Gender Issues and Advancement of Women</li>
        <li>Economic and Social<ul><li>Human Rights</li><li>Minority Rights</li><li>Education</li></ul></li>
      </ul></td></tr></table></body></html>"#;

    #[test]
    fn a_profile_reads_whole() {
        let profile = parse_profile(PROFILE).expect("a profile");
        assert_eq!(profile.name, "Test Women & Minorities Network");
        assert_eq!(profile.status.as_deref(), Some("Special"));
        assert_eq!(profile.status_year, Some(2019));
        assert_eq!(profile.headquarters.as_deref(), Some("Utopia"));
        let fields: Vec<(&str, Option<&str>)> = profile
            .expertise
            .iter()
            .map(|e| (e.heading.as_str(), e.field.as_deref()))
            .collect();
        assert_eq!(
            fields,
            [
                ("Gender Issues and Advancement of Women", None),
                ("Economic and Social", Some("Human Rights")),
                ("Economic and Social", Some("Minority Rights")),
                ("Economic and Social", Some("Education")),
            ]
        );
        let areas: Vec<&str> = declared_areas(&profile.expertise)
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        assert_eq!(areas, ["women", "human_rights", "minority"]);
    }

    #[test]
    fn a_year_is_the_first_plausible_one_and_a_heading_names_an_area() {
        assert_eq!(year_in("since 1234, granted 2019"), Some(2019));
        assert_eq!(year_in("n/a"), None);
        let entries = [Expertise {
            heading: "Gender Issues and Advancement of Women".into(),
            field: Some("Education".into()),
        }];
        assert_eq!(
            declared_areas(&entries),
            [(
                "women",
                "Gender Issues and Advancement of Women".to_string()
            )]
        );
    }

    #[test]
    fn the_list_address_asks_for_the_page_size_the_run_checks() {
        assert!(
            LIST_PATH.contains(&format!("&show={LIST_PAGE_SIZE}&")),
            "{LIST_PATH}"
        );
    }

    #[test]
    fn a_page_that_is_not_a_profile_is_an_error() {
        assert_eq!(
            parse_profile("<html><body><p>Session expired</p></body></html>"),
            Err(EsangoError::NoName)
        );
        assert_eq!(parse_list("<html></html>"), Err(EsangoError::EmptyList));
    }

    #[test]
    fn list_links_give_codes_and_names_and_odd_codes_are_skipped() {
        let html = r#"<table><tr><td><a href="showProfileDetail.do?method=showProfileDetails&amp;profileCode=123">A  Test
            Body</a></td></tr><tr><td><a href="x?profileCode=12;drop">Bad</a></td></tr>
            <tr><td><a href="y?profileCode=123">A Test Body</a></td></tr></table>"#;
        assert_eq!(
            parse_list(html).expect("a list"),
            [ListEntry {
                profile_code: "123".into(),
                name: "A Test Body".into()
            }]
        );
    }
}
