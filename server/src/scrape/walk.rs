//! The listing walk: which releases a scrape fetches, read from the listing pages newest
//! first.

use std::collections::{HashMap, HashSet};

use super::{
    client::{FetchFailure, Outcome, PoliteClient},
    Failure, Held, Progress, ScrapeOptions, ScrapeSummary, MAX_LISTING_PAGES,
};
use crate::sources::press::{
    listing::{listing_url, parse_listing, Listing, ListingEntry},
    page::MAX_NESTING,
};

/// Walk the listing newest first until a release held, `since`, the end, the page limit or
/// a page that lists nothing new (a site that ignores `?page=` answers page 0 forever).
/// Returns the releases to fetch, oldest first: a run cut short then leaves only the newest
/// unfetched, and the next walk (which stops at the first release held) still reaches them.
/// Addresses outside the site are counted and listed in the summary, never requested.
pub(super) async fn walk_listing(
    client: &mut PoliteClient,
    options: &ScrapeOptions,
    held: &HashMap<String, Held>,
    progress: &Progress,
    summary: &mut ScrapeSummary,
) -> Vec<(String, Option<String>)> {
    let max_pages = options
        .max_pages
        .map_or(MAX_LISTING_PAGES, |max| max.min(MAX_LISTING_PAGES));
    let mut walk = Walk {
        options,
        held,
        queue: Vec::new(),
        listed: HashSet::new(),
    };
    for page in 0..max_pages {
        let url = listing_url(&options.base_url, page);
        progress.message(format!("listing page {page}"));
        let body = match client.get(&url, None).await {
            Ok(Outcome::Fetched(f)) => f.body,
            Ok(Outcome::NotModified) => break,
            Err(failure) => {
                // Fetching what the walk found so far would make those releases "held", and
                // the next walk would stop at them before reaching the pages this one could
                // not read: a gap. So nothing new is fetched; the next run walks again.
                listing_failed(summary, url, &failure);
                return Vec::new();
            }
        };
        summary.listing_pages += 1;
        let listing = parse_listing(&String::from_utf8_lossy(&body), &url);
        if !walk.read_page(client, summary, page, &url, listing) {
            break;
        }
        if page + 1 == max_pages && options.max_pages.is_none_or(|max| max > max_pages) {
            summary.listing_stopped = Some(format!(
                "the walk stopped at the limit of {MAX_LISTING_PAGES} listing pages"
            ));
        }
    }
    walk.queue.reverse();
    walk.queue
}

/// Count and list a listing page the walk could not read.
fn listing_failed(summary: &mut ScrapeSummary, url: String, failure: &FetchFailure) {
    tracing::warn!(%url, error = %failure, "listing page not read; no new release is fetched this run");
    summary.failed += 1;
    summary.failures.push(Failure {
        url,
        error: failure.to_string(),
    });
}

/// A listing walk under way.
struct Walk<'a> {
    options: &'a ScrapeOptions,
    held: &'a HashMap<String, Held>,
    /// The releases to fetch, newest first, with the date the listing gives.
    queue: Vec<(String, Option<String>)>,
    /// Every address listed so far.
    listed: HashSet<String>,
}

impl Walk<'_> {
    /// Take the entries of listing page `page` (read from `url`); false when the walk stops
    /// at this page.
    fn read_page(
        &mut self,
        client: &PoliteClient,
        summary: &mut ScrapeSummary,
        page: u32,
        url: &str,
        listing: Listing,
    ) -> bool {
        if listing.too_deep {
            summary.listing_stopped = Some(format!(
                "listing page {page} nests more than {MAX_NESTING} elements deep and was not read; the walk stopped there"
            ));
        }
        if listing.unreadable_rows > 0 {
            tracing::warn!(%url, rows = listing.unreadable_rows, "listing rows without a readable link");
        }
        if listing.entries.is_empty() {
            return false;
        }
        let Some(new_on_page) = self.take_entries(client, summary, url, listing.entries) else {
            return false;
        };
        if new_on_page == 0 {
            summary.listing_stopped = Some(format!(
                "listing page {page} lists only releases of earlier pages; the walk stopped there"
            ));
            return false;
        }
        listing.has_next
    }

    /// Queue the entries not listed before (listed on `url`); returns how many there were,
    /// or `None` when the walk stops at one (older than `since`, or held).
    fn take_entries(
        &mut self,
        client: &PoliteClient,
        summary: &mut ScrapeSummary,
        url: &str,
        entries: Vec<ListingEntry>,
    ) -> Option<u32> {
        let mut new_on_page = 0;
        for entry in entries {
            if !self.listed.insert(entry.url.clone()) {
                continue;
            }
            new_on_page += 1;
            let year = entry
                .date
                .as_deref()
                .and_then(|d| d.get(..4))
                .and_then(|y| y.parse::<i32>().ok());
            if let (Some(since), Some(year)) = (self.options.since, year) {
                if year < since {
                    return None;
                }
            }
            if !client.is_on_site(&entry.url) {
                tracing::warn!(url = %entry.url, listing = %url, "listed address outside the site; refused");
                summary.off_site += 1;
                summary.failures.push(Failure {
                    url: entry.url,
                    error: format!("listed on {url}, outside the site: refused, never requested"),
                });
                continue;
            }
            match self.held.get(&entry.url) {
                Some(h) if !h.is_placeholder && !self.options.refetch => return None,
                _ => self.queue.push((entry.url, entry.date)),
            }
        }
        Some(new_on_page)
    }
}
