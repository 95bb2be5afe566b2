//! A release page's HTML → the parts the text parser reads: title, date, kind, language, the
//! lines near the top (meeting line and symbol have no class of their own) and the body as
//! blocks of text. Entities are decoded by the HTML parser; white space (U+00A0 included)
//! is collapsed and trimmed here, once.

use std::sync::LazyLock;

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

/// One block of the body: a paragraph, list item or heading, as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub text: String,
    /// A heading element, or a paragraph that is bold throughout.
    pub heading: bool,
}

/// What the parser needs from one page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// `html[lang]`, when the page says.
    pub lang: Option<String>,
    pub title: Option<String>,
    /// `time[datetime]` of the date field, as given.
    pub datetime: Option<String>,
    /// The date field's text ("8 October 2023"), used when `datetime` is missing.
    pub date_text: Option<String>,
    /// "Meetings Coverage" or "Press Release".
    pub doctype: Option<String>,
    /// The blocks of the page's main content before the body (meeting line, symbol).
    pub preamble: Vec<Block>,
    /// The body's blocks; `None` when the page has no body field (its structure changed).
    pub body: Option<Vec<Block>>,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid CSS selector written in this file")
}

static TITLE: LazyLock<Selector> = LazyLock::new(|| selector(".field--name-field-display-title"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector(".field--name-body"));
static DATED: LazyLock<Selector> = LazyLock::new(|| selector(".field--name-field-dated"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time"));
static DOCTYPE: LazyLock<Selector> = LazyLock::new(|| selector(".field--name-field-doctype"));
static HTML: LazyLock<Selector> = LazyLock::new(|| selector("html"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| selector("main, article, body"));

/// Pages nested deeper than this are not parsed. A release page nests about 30 elements deep;
/// the HTML parser's tree building is quadratic in the depth of some nestings (each `<div>`
/// looks down the stack of open elements), so a hostile page 50,000 deep would take minutes.
pub const MAX_NESTING: usize = 2_000;

/// Elements that never have content, so never open a level.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Whether the markup opens more than `limit` elements without closing them, by one linear
/// scan of the tags (comments and the text of `script` and `style` skipped). An estimate
/// that errs high: an end tag the page leaves out (`</p>`, `</li>`) counts as still open.
pub fn nested_deeper_than(html: &str, limit: usize) -> bool {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|b| *b == b'<') {
        at += offset + 1;
        let rest = &html[at..];
        if rest.starts_with("!--") {
            at += rest.find("-->").map_or(rest.len(), |end| end + 3);
            continue;
        }
        let closing = rest.starts_with('/');
        let name: String = rest[usize::from(closing)..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .take(16)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        // A tag name starts with a letter; `a <3 b` is text.
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        // Up to the tag's end, or the next tag's start: every byte is looked at twice at most.
        let tag_end = rest.find(['<', '>']).unwrap_or(rest.len());
        if VOID_ELEMENTS.contains(&name.as_str()) || rest[..tag_end].ends_with('/') {
            continue;
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            at += rest.find(&close).unwrap_or(rest.len());
            continue;
        }
        depth += 1;
        if depth > limit {
            return true;
        }
    }
    false
}

/// Collapse every run of white space (U+00A0, U+202F and the other Unicode spaces too) to one
/// space and trim.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_of(element: ElementRef<'_>) -> String {
    collapse(&element.text().collect::<String>())
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "table",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "pre",
];
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "head", "nav"];

struct Collector {
    blocks: Vec<Block>,
    text: String,
    bold: String,
    heading_depth: usize,
    bold_depth: usize,
}

impl Collector {
    fn flush(&mut self) {
        let text = collapse(&self.text);
        if !text.is_empty() {
            let bold = collapse(&self.bold);
            let heading = self.heading_depth > 0 || bold == text;
            self.blocks.push(Block { text, heading });
        }
        self.text.clear();
        self.bold.clear();
    }

    /// Collect the text under `element` into blocks. The walk is a loop over the tree's open
    /// and close edges, not a recursion: a page nested a million elements deep cannot overflow
    /// the stack.
    fn walk(&mut self, element: ElementRef<'_>, stop_at_body: bool) {
        let root = element.id();
        // A skipped element (script, nav…) whose close edge ends the skip.
        let mut skipping = None;
        for edge in element.traverse() {
            match edge {
                Edge::Open(node) if node.id() != root && skipping.is_none() => match node.value() {
                    Node::Text(text) => {
                        self.text.push_str(text);
                        if self.bold_depth > 0 {
                            self.bold.push_str(text);
                        }
                    }
                    Node::Element(e) => {
                        let name = e.name();
                        if SKIPPED.contains(&name) {
                            skipping = Some(node.id());
                        } else if stop_at_body && e.has_class("field--name-body", CASE_SENSITIVE) {
                            self.flush();
                            return;
                        } else if name == "br" {
                            self.flush();
                        } else {
                            self.enter(name, 1);
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) if node.id() != root => match skipping {
                    Some(skipped) if skipped == node.id() => skipping = None,
                    Some(_) => {}
                    None => {
                        if let Node::Element(e) = node.value() {
                            if e.name() != "br" {
                                self.enter(e.name(), -1);
                            }
                        }
                    }
                },
                _ => {}
            }
        }
    }

    /// Entering (`step` 1) or leaving (-1) an element: a block element ends the text before it
    /// and its own; headings and bold count their depth.
    fn enter(&mut self, name: &str, step: isize) {
        if BLOCK_ELEMENTS.contains(&name) {
            self.flush();
        }
        if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            self.heading_depth = self.heading_depth.saturating_add_signed(step);
        }
        if matches!(name, "strong" | "b") {
            self.bold_depth = self.bold_depth.saturating_add_signed(step);
        }
    }
}

const CASE_SENSITIVE: scraper::CaseSensitivity = scraper::CaseSensitivity::CaseSensitive;

/// The blocks of an element's content; with `stop_at_body`, only those before the body field.
pub fn blocks(element: ElementRef<'_>, stop_at_body: bool) -> Vec<Block> {
    let mut collector = Collector {
        blocks: Vec::new(),
        text: String::new(),
        bold: String::new(),
        heading_depth: 0,
        bold_depth: 0,
    };
    collector.walk(element, stop_at_body);
    collector.flush();
    collector.blocks
}

impl Page {
    /// Read a page. Never fails: what is missing stays `None` for the parser to report.
    pub fn read(html: &str) -> Page {
        let document = Html::parse_document(html);
        let first = |s: &Selector| document.select(s).next();
        let title = first(&TITLE)
            .map(text_of)
            .and_then(non_empty)
            .or_else(|| first(&H1).map(text_of).and_then(non_empty));
        let dated = first(&DATED);
        let time = dated.and_then(|d| d.select(&TIME).next());
        let datetime = time
            .and_then(|t| t.value().attr("datetime"))
            .map(|s| s.trim().to_string())
            .and_then(non_empty);
        let date_text = dated.map(text_of).and_then(non_empty);
        let doctype = first(&DOCTYPE).map(text_of).and_then(non_empty);
        let lang = first(&HTML)
            .and_then(|h| h.value().attr("lang"))
            .map(|l| l.trim().to_lowercase())
            .and_then(non_empty);
        let body = first(&BODY).map(|b| blocks(b, false));
        let preamble = first(&MAIN)
            .map(|m| blocks(m, true))
            .unwrap_or_default()
            .into_iter()
            .take(40)
            .collect();
        Page {
            lang,
            title,
            datetime,
            date_text,
            doctype,
            preamble,
            body,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_split_on_block_elements_and_breaks_and_decode_entities() {
        let page = Page::read(
            r#"<html lang="en"><body><main>
            <div>28th Meeting (PM)</div><div>NGO/946</div>
            <h1>Title &amp; more</h1>
            <div class="field--name-body">
              <p><strong>Special Consultative Status</strong></p>
              <p>Caf&eacute;&nbsp;&nbsp;Society  (Utopia);<br>Second&#160;One (Ruritania).</p>
              <p>The <strong>Committee</strong> met.</p>
            </div></main></body></html>"#,
        );
        assert_eq!(page.title.as_deref(), Some("Title & more"));
        assert_eq!(page.lang.as_deref(), Some("en"));
        let body = page.body.expect("a body");
        assert_eq!(
            body,
            vec![
                Block {
                    text: "Special Consultative Status".into(),
                    heading: true
                },
                Block {
                    text: "Café Society (Utopia);".into(),
                    heading: false
                },
                Block {
                    text: "Second One (Ruritania).".into(),
                    heading: false
                },
                Block {
                    text: "The Committee met.".into(),
                    heading: false
                },
            ]
        );
        let preamble: Vec<_> = page.preamble.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(preamble, ["28th Meeting (PM)", "NGO/946", "Title & more"]);
    }

    #[test]
    fn nesting_is_estimated_from_the_tags() {
        let nested = |n: usize| format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n));
        assert!(!nested_deeper_than(&nested(10), 10));
        assert!(nested_deeper_than(&nested(11), 10));
        // Closed siblings, void and self-closing elements, comments and script text do not nest.
        let flat =
            "<p>a</p><p>b<br><img src=x><x/></p><!-- <div><div> --><script>if (a<b) {}</script>"
                .repeat(50);
        assert!(!nested_deeper_than(&flat, 3));
        assert!(!nested_deeper_than("<<<< <3 </", 0));
    }

    #[test]
    fn a_page_without_body_field_has_no_body() {
        let page = Page::read("<html><body><p>Moved</p></body></html>");
        assert!(page.body.is_none());
        assert!(page.title.is_none());
    }
}
