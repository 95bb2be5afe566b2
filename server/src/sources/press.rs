//! UN meetings-coverage press releases (press.un.org) → what the Committee decided about
//! each NGO, its country, which states asked what, and recorded votes. A pure function
//! ([`parse`]): HTML in, a [`Release`] out, never a panic. What it cannot read goes into
//! `problems` with where it was, so nothing is dropped silently and nothing is invented.
//!
//! The structure by era is in `../shared/docs/sources.md` §2. 2016 onwards is read
//! completely; 2007–2015 pages (prose entries, inline lists without countries, header blocks)
//! and French releases are read on a best-effort basis.

mod body;
mod fragment;
mod header;
mod headline;
mod items;
pub mod listing;
mod lists;
pub mod page;
mod prose;
mod release;
pub mod states;
mod votes;
pub mod words;

use std::collections::BTreeMap;

use regex::Regex;

use header::Header;
use page::{Block, Page};
pub use release::{Decision, Problem, Record, Release, Request, SessionRef, Vote, VoteCounts};

/// A regular expression written in this parser's source.
fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a regular expression written in the press parser's source")
}

/// A problem's text, shortened to 160 characters.
fn shorten(text: &str) -> String {
    const MAX: usize = 160;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// What the parse of one page has read so far: records and problems, in order.
struct Parser {
    problems: Vec<Problem>,
    records: Vec<Record>,
}

impl Parser {
    /// Records whose name reads as a fragment of prose become problems: a record becomes an
    /// organization, and a fragment is none.
    fn drop_fragments(&mut self) {
        let records = std::mem::take(&mut self.records);
        for record in records {
            match fragment::fragment(&record.ngo, false) {
                Some(why) => self.problem(
                    record.locator.clone(),
                    format!("a name that reads as a fragment ({why}): not a record"),
                    &record.ngo,
                ),
                None => self.records.push(record),
            }
        }
    }

    /// Record something that could not be read, at `locator`.
    fn problem(&mut self, locator: impl Into<String>, message: impl Into<String>, text: &str) {
        self.problems.push(Problem {
            locator: locator.into(),
            message: message.into(),
            text: shorten(text),
        });
    }
}

/// Parse one release page. `url` is where it came from (it also tells the language when the
/// page does not).
pub fn parse(html: &str, url: Option<&str>) -> Release {
    let mut parser = Parser {
        problems: Vec::new(),
        records: Vec::new(),
    };
    if page::nested_deeper_than(html, page::MAX_NESTING) {
        parser.problem(
            "page",
            format!(
                "the page nests more than {} elements deep: not read (a release page nests about 30)",
                page::MAX_NESTING
            ),
            "",
        );
        return unread(url, parser.problems);
    }
    let page = Page::read(html);

    let body: &[Block] = page.body.as_deref().unwrap_or(&[]);
    if page.body.is_none() {
        parser.problem(
            "body",
            "no body field (.field--name-body): the page's structure is not the one this parser knows",
            page.title.as_deref().unwrap_or(""),
        );
    }
    let header = Header::read(&page, body, url, &mut parser);
    let lead = header::lead(body);
    let session = header.session(&lead, page.title.as_deref(), &mut parser);
    let counts = headline::stated_counts(page.title.as_deref(), lead.first().copied());

    parser.read_body(body);
    parser.drop_fragments();

    let is_placeholder =
        header::says_placeholder(page.title.as_deref(), body) && parser.records.is_empty();
    // What the headline states against what was read.
    if !is_placeholder {
        parser.check_headline(&counts, page.title.as_deref().unwrap_or(""));
    }

    Release {
        url: url.map(str::to_string),
        lang: header.lang,
        title: page.title,
        doctype: page.doctype,
        symbol: header.symbol,
        symbols: header.symbols,
        date: header.date.map(|d| d.to_string()),
        meeting: header.meeting,
        session,
        headline_counts: counts,
        is_placeholder,
        records: parser.records,
        problems: parser.problems,
    }
}

/// The release of a page that was not read: only its address, its language and `problems`.
fn unread(url: Option<&str>, problems: Vec<Problem>) -> Release {
    Release {
        url: url.map(str::to_string),
        // Unread: the address's language, else English, as for a page that does not say.
        lang: if url.is_some_and(|u| u.contains("/fr/")) {
            "fr"
        } else {
            "en"
        }
        .to_string(),
        title: None,
        doctype: None,
        symbol: None,
        symbols: Vec::new(),
        date: None,
        meeting: None,
        session: None,
        headline_counts: BTreeMap::new(),
        is_placeholder: false,
        records: Vec::new(),
        problems,
    }
}
