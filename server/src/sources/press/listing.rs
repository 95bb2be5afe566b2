//! The Committee's listing pages on press.un.org, newest first, 0-based
//! (`/en/committee-non-governmental-organizations?page=N`): `div.view-content >
//! div.views-row`, each with a `time[datetime]`, a title link and a teaser.

use std::sync::LazyLock;

use scraper::{Html, Selector};
use url::Url;

use super::page::{collapse, nested_deeper_than, MAX_NESTING};

/// The path of the English listing, relative to the site's base URL.
pub const LISTING_PATH: &str = "/en/committee-non-governmental-organizations";

/// One row of a listing page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingEntry {
    /// Absolute address of the release.
    pub url: String,
    pub title: String,
    /// `time[datetime]`, first ten characters, when they are an ISO date.
    pub date: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    pub entries: Vec<ListingEntry>,
    /// Rows whose link could not be read (kept for the scrape's problems).
    pub unreadable_rows: usize,
    /// The page has a "next" link in its pager.
    pub has_next: bool,
    /// The page nests deeper than [`MAX_NESTING`] elements and was not read.
    pub too_deep: bool,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid CSS selector written in this file")
}

static ROW: LazyLock<Selector> = LazyLock::new(|| selector("div.view-content div.views-row"));
static LINK: LazyLock<Selector> = LazyLock::new(|| selector("a[href]"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static NEXT: LazyLock<Selector> = LazyLock::new(|| selector("li.pager__item--next a, a[rel=next]"));

/// The address of listing page `page` under `base` (e.g. `https://press.un.org`).
pub fn listing_url(base: &str, page: u32) -> String {
    format!("{}{LISTING_PATH}?page={page}", base.trim_end_matches('/'))
}

/// Read one listing page; links are resolved against `page_url`.
pub fn parse_listing(html: &str, page_url: &str) -> Listing {
    if nested_deeper_than(html, MAX_NESTING) {
        return Listing {
            too_deep: true,
            ..Listing::default()
        };
    }
    let document = Html::parse_document(html);
    let base = Url::parse(page_url).ok();
    let mut listing = Listing {
        has_next: document.select(&NEXT).next().is_some(),
        ..Listing::default()
    };
    for row in document.select(&ROW) {
        // The release link: the first link to a `.doc.htm` page, else the first link.
        let links: Vec<_> = row.select(&LINK).collect();
        let link = links
            .iter()
            .find(|a| {
                a.value()
                    .attr("href")
                    .is_some_and(|h| h.contains(".doc.htm"))
            })
            .or(links.first());
        let resolved = link.and_then(|a| {
            let href = a.value().attr("href")?;
            let url = match &base {
                Some(base) => base.join(href).ok()?,
                None => Url::parse(href).ok()?,
            };
            // `javascript:`, `mailto:` and the like are not releases.
            if !matches!(url.scheme(), "http" | "https") {
                return None;
            }
            Some((url.to_string(), collapse(&a.text().collect::<String>())))
        });
        let Some((url, title)) = resolved else {
            listing.unreadable_rows += 1;
            continue;
        };
        let date = row
            .select(&TIME)
            .next()
            .and_then(|t| t.value().attr("datetime"))
            .and_then(|d| d.get(..10))
            .filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
            .map(str::to_string);
        listing.entries.push(ListingEntry { url, title, date });
    }
    listing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_links_dates_and_the_pager() {
        let html = r#"<div class="view-content">
          <div class="views-row"><time datetime="2024-05-21T12:00:00Z">21 May 2024</time>
            <h3><a href="/en/2024/ngo980.doc.htm">Committee Recommends 2</a></h3><p>Teaser</p></div>
          <div class="views-row"><span>no link here</span></div>
          <div class="views-row"><a href="https://press.un.org/en/2023/ngo962.doc.htm">Other</a></div>
        </div><ul class="pager"><li class="pager__item pager__item--next"><a href="?page=1">Next</a></li></ul>"#;
        let listing = parse_listing(
            html,
            "https://press.un.org/en/committee-non-governmental-organizations?page=0",
        );
        assert!(listing.has_next);
        assert_eq!(listing.unreadable_rows, 1);
        assert_eq!(
            listing.entries,
            [
                ListingEntry {
                    url: "https://press.un.org/en/2024/ngo980.doc.htm".into(),
                    title: "Committee Recommends 2".into(),
                    date: Some("2024-05-21".into())
                },
                ListingEntry {
                    url: "https://press.un.org/en/2023/ngo962.doc.htm".into(),
                    title: "Other".into(),
                    date: None
                }
            ]
        );
        assert!(!parse_listing("<p>moved</p>", "https://x.org/").has_next);
    }
}

/// Properties of [`parse_listing`] over arbitrary text and over listing-shaped pages built
/// from the parts real rows have (and the ways links go wrong). `PROPTEST_CASES` sets the
/// number of cases (default 256).
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    const PAGE_URLS: [&str; 3] = [
        "https://press.un.org/en/committee-non-governmental-organizations?page=3",
        "http://localhost:8080/en/list",
        "not an address",
    ];

    /// Hrefs as listings carry them, and as they go wrong.
    const HREFS: [&str; 14] = [
        "/en/2024/ngo980.doc.htm",
        "ngo962.doc.htm",
        "../2023/ngo950.doc.htm#top",
        "https://press.un.org/en/2023/ngo962.doc.htm",
        "//press.un.org/fr/2023/ong970.doc.htm",
        "http://example.org/elsewhere",
        "?page=2",
        "",
        " /en/2024/ngo981.doc.htm ",
        "http://[::1",
        "https://",
        "javascript:alert(1)",
        "mailto:press@un.org",
        "data:text/html,<b>x</b>",
    ];

    /// Texts that must come out as text: markup, entities, odd white space, length.
    const TEXTS: [&str; 10] = [
        "Committee Recommends 12 Organizations",
        "  spaced \u{a0}out\n\ttitle  ",
        "<script>alert(1)</script>",
        "\" onload=\"x",
        "Droits & l'homme ]]>",
        "",
        "\u{202f}",
        "ÉCOSOC — « Comité »",
        "Ｗｉｄｅ",
        "a very long title that goes on and on and on and on and on and on and on and on",
    ];

    const DATETIMES: [&str; 6] = [
        "2024-05-21T12:00:00Z",
        "2024-05-21",
        "2024",
        "",
        "２０２４-05-21T00:00",
        "ééééé-trailing",
    ];

    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    #[derive(Debug, Clone)]
    struct Row {
        datetime: Option<&'static str>,
        /// (href, link text), in document order.
        links: Vec<(&'static str, &'static str)>,
        teaser: &'static str,
    }

    fn row() -> impl Strategy<Value = Row> {
        (
            prop::option::of(prop::sample::select(DATETIMES.to_vec())),
            prop::collection::vec(
                (
                    prop::sample::select(HREFS.to_vec()),
                    prop::sample::select(TEXTS.to_vec()),
                ),
                0..4,
            ),
            prop::sample::select(TEXTS.to_vec()),
        )
            .prop_map(|(datetime, links, teaser)| Row {
                datetime,
                links,
                teaser,
            })
    }

    fn render(rows: &[Row]) -> String {
        let mut html = String::from(
            r#"<html><body><nav><a href="/en">Home</a></nav><div class="view-content">"#,
        );
        for row in rows {
            html.push_str(r#"<div class="views-row">"#);
            if let Some(datetime) = row.datetime {
                html.push_str(&format!(
                    r#"<time datetime="{}">x</time>"#,
                    escape(datetime)
                ));
            }
            for (href, text) in &row.links {
                html.push_str(&format!(
                    r#"<h3><a href="{}">{}</a></h3>"#,
                    escape(href),
                    escape(text)
                ));
            }
            html.push_str(&format!("<p>{}</p></div>", escape(row.teaser)));
        }
        html.push_str("</div></body></html>");
        html
    }

    /// What every listing must satisfy, whatever the page.
    fn check_entries(listing: &Listing, html: &str) -> Result<(), TestCaseError> {
        for entry in &listing.entries {
            let url = Url::parse(&entry.url);
            prop_assert!(url.is_ok(), "not an absolute URL: {:?}", entry.url);
            prop_assert_eq!(entry.title.trim(), entry.title.as_str());
            prop_assert!(!entry.title.contains("  "), "{:?}", entry.title);
            prop_assert!(
                entry.title.chars().all(|c| c == ' ' || !c.is_whitespace()),
                "{:?}",
                entry.title
            );
            if let Some(date) = &entry.date {
                prop_assert_eq!(date.len(), 10, "{:?}", date);
            }
        }
        // Every row is an entry or counted as unreadable: nothing dropped, nothing invented.
        let rows = Html::parse_document(html).select(&ROW).count();
        prop_assert_eq!(listing.entries.len() + listing.unreadable_rows, rows);
        Ok(())
    }

    proptest! {
        #[test]
        fn arbitrary_text_gives_sound_entries(
            text in ".{0,400}",
            page in prop::sample::select(PAGE_URLS.to_vec()),
        ) {
            let listing = parse_listing(&text, page);
            check_entries(&listing, &text)?;
        }

        /// Arbitrary text inside the listing's frame, so that rows and links do occur.
        #[test]
        fn arbitrary_rows_give_sound_entries(
            cells in prop::collection::vec(".{0,60}", 0..6),
            page in prop::sample::select(PAGE_URLS.to_vec()),
        ) {
            let body: String = cells
                .iter()
                .map(|c| {
                    format!(
                        r#"<div class="views-row"><a href="{c}">{c}</a><time datetime="{c}"></time></div>"#
                    )
                })
                .collect();
            let html = format!(r#"<div class="view-content">{body}</div>"#);
            let listing = parse_listing(&html, page);
            check_entries(&listing, &html)?;
        }

        /// Listing-shaped pages: each row is one entry or one unreadable row, in order; the
        /// entry's address is the page's address joined with the row's release link (its
        /// first `.doc.htm` link, else its first link), when that is an http(s) address; titles are the link's text with white space collapsed; dates
        /// are the first ten bytes of `datetime` when they are an ISO date.
        #[test]
        fn listing_shaped_pages_give_one_entry_or_problem_per_row(
            rows in prop::collection::vec(row(), 0..8),
            page in prop::sample::select(PAGE_URLS.to_vec()),
            has_next in any::<bool>(),
        ) {
            let mut html = render(&rows);
            if has_next {
                html.push_str(
                    r#"<ul><li class="pager__item pager__item--next"><a href="?page=4">Next</a></li></ul>"#,
                );
            }
            let listing = parse_listing(&html, page);
            check_entries(&listing, &html)?;
            prop_assert_eq!(listing.has_next, has_next);
            prop_assert_eq!(listing.entries.len() + listing.unreadable_rows, rows.len());

            let base = Url::parse(page).ok();
            let mut entries = listing.entries.iter();
            for row in &rows {
                let chosen = row
                    .links
                    .iter()
                    .find(|(href, _)| href.contains(".doc.htm"))
                    .or(row.links.first());
                let Some((href, text)) = chosen else { continue };
                let resolved = match &base {
                    Some(base) => base.join(href),
                    None => Url::parse(href),
                };
                // Only web addresses are releases: `javascript:` and the like are unreadable rows.
                let Ok(resolved) = resolved else { continue };
                if !matches!(resolved.scheme(), "http" | "https") {
                    continue;
                }
                let entry = entries.next();
                prop_assert!(entry.is_some(), "a readable row without its entry: {:?}", row);
                let entry = entry.expect("checked");
                prop_assert_eq!(&entry.url, resolved.as_str());
                let title = text.split_whitespace().collect::<Vec<_>>().join(" ");
                prop_assert_eq!(&entry.title, &title);
                let date = row
                    .datetime
                    .and_then(|d| d.get(..10))
                    .filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
                    .map(str::to_string);
                prop_assert_eq!(&entry.date, &date);
            }
            prop_assert!(entries.next().is_none(), "more entries than readable rows");
        }
    }
}
