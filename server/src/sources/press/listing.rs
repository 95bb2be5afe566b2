//! The Committee's listing pages on press.un.org, newest first, 0-based
//! (`/en/committee-non-governmental-organizations?page=N`): `div.view-content >
//! div.views-row`, each with a `time[datetime]`, a title link and a teaser.

use std::sync::LazyLock;

use scraper::{Html, Selector};
use url::Url;

use super::page::collapse;

/// The path of the English listing, relative to the site's base URL.
pub const LISTING_PATH: &str = "/en/committee-non-governmental-organizations";

/// One row of a listing page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingEntry {
    /// Absolute address of the release.
    pub url: String,
    pub title: String,
    /// `time[datetime]`, first ten characters (ISO date), when present.
    pub date: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    pub entries: Vec<ListingEntry>,
    /// Rows whose link could not be read (kept for the scrape's problems).
    pub unreadable_rows: usize,
    /// The page has a "next" link in its pager.
    pub has_next: bool,
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
