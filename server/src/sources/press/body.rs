//! The body of a release, block by block: section headings, lists after their intros,
//! recorded votes and the Committee's prose.

use std::sync::LazyLock;

use regex::Regex;

use super::{
    lists::{read_intro, ListState},
    page::Block,
    re, states,
    votes::HAS_VOTE,
    Decision, Parser, Request,
};

/// A block that continues the list: not a heading, not the Committee's prose.
static PROSE_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:The Committee|Also|In addition|By |Speaking|Delegates|Le Comité|Prior to|Introducing|Taking up|Following|During|Meanwhile|Further|Members|Several|Today|Il |Elle |Par |Au cours|Committee|In total|Overall|At the|When|Before|After|Next|Other|It |They |Ms\. |Mr\. |Mme |M\. )",
    )
});
static CONTINUATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:The|the|Also,? the) representatives? of|[A-Z][\w ]+['’]s (?:representative|delegate)|Le représentant|La représentante|Les représentants)",
    )
});

/// The section a heading opens, and the kind of status its lists recommend when it says.
fn heading_section(lower: &str) -> Option<(Request, Option<Decision>)> {
    if lower.contains("reclassif") || lower.contains("reclassement") {
        Some((Request::Reclassification, None))
    } else if lower.contains("quadrenn") || lower.contains("quadrienn") {
        Some((Request::QuadrennialReport, None))
    } else if lower.contains("general consultative") || lower.contains("consultatif général") {
        Some((Request::Status, Some(Decision::RecommendedGeneral)))
    } else if lower.contains("roster") {
        Some((Request::Status, Some(Decision::RecommendedRoster)))
    } else if lower.contains("special consultative")
        || lower.contains("consultatif spécial")
        || lower.contains("new applications")
        || lower.contains("deferred applications")
        || lower.contains("nouvelles demandes")
    {
        Some((Request::Status, Some(Decision::RecommendedSpecial)))
    } else {
        None
    }
}

/// A short line without closing punctuation that names a section.
pub(super) fn is_heading(block: &Block) -> bool {
    block.heading
        || (block.text.chars().count() <= 70
            && !block.text.ends_with(['.', ':', ';', ','])
            && heading_section(&block.text.to_lowercase()).is_some())
}

/// The walk through the body: the section and the kind of status recommended when an intro
/// does not say (both set by headings), and the list being read.
struct BodyReader<'p> {
    parser: &'p mut Parser,
    section: Request,
    default_kind: Option<Decision>,
    list: Option<ListState>,
}

impl Parser {
    /// Read the body's blocks into records and problems.
    pub(super) fn read_body(&mut self, body: &[Block]) {
        let mut reader = BodyReader {
            parser: self,
            section: Request::Status,
            default_kind: None,
            list: None,
        };
        for (i, block) in body.iter().enumerate() {
            reader.block(block, format!("p{}", i + 1));
        }
        reader.finish_list();
    }
}

impl BodyReader<'_> {
    /// One block: a heading, a list's intro or entries, a recorded vote, or prose.
    fn block(&mut self, block: &Block, locator: String) {
        let text = block.text.as_str();
        if is_heading(block) {
            self.heading(text);
            return;
        }
        if self.open_list(text, &locator) || self.continue_list(text, &locator) {
            return;
        }
        self.finish_list();
        if HAS_VOTE.is_match(text) {
            self.parser.vote_block(text, &locator, self.default_kind);
        } else {
            self.parser.prose_block(text, &locator, self.default_kind);
        }
    }

    /// Close the list being read, if any.
    fn finish_list(&mut self) {
        self.parser.finish_list(self.list.take());
    }

    /// A heading closes the list and opens a section.
    fn heading(&mut self, text: &str) {
        self.finish_list();
        if let Some((section, kind)) = heading_section(&text.to_lowercase()) {
            self.section = section;
            self.default_kind = kind.or(self.default_kind);
        } else {
            self.section = Request::Status;
        }
    }

    /// An intro ending in ":" opens a list (the items may follow in the same block).
    fn open_list(&mut self, text: &str, locator: &str) -> bool {
        let Some(colon) = text.find(':') else {
            return false;
        };
        let prefix = &text[..colon];
        let Some(intro) = read_intro(prefix, self.default_kind) else {
            return false;
        };
        self.finish_list();
        let mut list = ListState::new(intro, prefix, self.section, locator);
        let rest = text[colon + 1..].trim();
        if !rest.is_empty() {
            self.parser.push_items(rest, &mut list, locator);
        }
        self.list = Some(list);
        true
    }

    /// A block that continues the list being read: another state's question about the last
    /// entry, or more entries. False when there is no list or the block does not continue it.
    fn continue_list(&mut self, text: &str, locator: &str) -> bool {
        let Some(list) = self.list.as_mut() else {
            return false;
        };
        if CONTINUATION.is_match(text) && add_question(self.parser, text) {
            return true;
        }
        let looks_like_item = !PROSE_START.is_match(text)
            && !HAS_VOTE.is_match(text)
            && (text.contains(" — ")
                || text.contains('(')
                || text.ends_with(';')
                || text.chars().count() < 200);
        if looks_like_item {
            self.parser.push_items(text, list, locator);
        }
        looks_like_item
    }
}

/// The next sentence of the previous entry: another state's question, added to the last
/// record read. False when no record was read yet.
fn add_question(parser: &mut Parser, text: &str) -> bool {
    let Some(record) = parser.records.last_mut() else {
        return false;
    };
    let question = match record.question.take() {
        Some(q) => format!("{q}. {}", text.trim_end_matches(['.', ';'])),
        None => text.trim_end_matches(['.', ';']).to_string(),
    };
    for state in states::askers(&question) {
        if !record.asked_by.iter().any(|s| s == state) {
            record.asked_by.push(state.to_string());
        }
    }
    record.question = Some(question);
    true
}
