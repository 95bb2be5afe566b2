//! What a release says, as the parser hands it on: the [`Release`] with its [`Record`]s
//! (one NGO each: [`Decision`], [`Request`], recorded [`Vote`]) and the [`Problem`]s met.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What the Committee did about one NGO, as the release words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    RecommendedSpecial,
    RecommendedGeneral,
    RecommendedRoster,
    Deferred,
    Closed,
    Rejected,
    Withdrawn,
    Reclassified,
    QuadrennialNoted,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::RecommendedSpecial => "recommended_special",
            Decision::RecommendedGeneral => "recommended_general",
            Decision::RecommendedRoster => "recommended_roster",
            Decision::Deferred => "deferred",
            Decision::Closed => "closed",
            Decision::Rejected => "rejected",
            Decision::Withdrawn => "withdrawn",
            Decision::Reclassified => "reclassified",
            Decision::QuadrennialNoted => "quadrennial_noted",
        }
    }

    /// The name of the count a headline states for this decision.
    pub(super) fn headline_key(self) -> &'static str {
        match self {
            Decision::RecommendedSpecial
            | Decision::RecommendedGeneral
            | Decision::RecommendedRoster => "recommended",
            other => other.as_str(),
        }
    }
}

/// What the NGO asked for: status, a change of category, or the Committee's review of its
/// four-yearly report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    Status,
    Reclassification,
    QuadrennialReport,
}

impl Request {
    pub fn as_str(self) -> &'static str {
        match self {
            Request::Status => "status",
            Request::Reclassification => "reclassification",
            Request::QuadrennialReport => "quadrennial_report",
        }
    }
}

/// A recorded vote: the states on each side, normalised, and the counts as stated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub in_favour: Vec<String>,
    pub against: Vec<String>,
    pub abstaining: Vec<String>,
    /// The numbers as printed ("By 5 recorded votes in favour ..."), which may differ from
    /// the length of the lists when the release lists a state the table does not know.
    pub stated: VoteCounts,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteCounts {
    pub in_favour: Option<u32>,
    pub against: Option<u32>,
    pub abstaining: Option<u32>,
}

/// One NGO in one release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The name exactly as written: entities decoded, white space collapsed, trimmed.
    pub ngo: String,
    /// The last parenthesised group, as written; null when there is none.
    pub country: Option<String>,
    pub decision: Decision,
    pub request: Request,
    /// The states that asked, normalised, in order of appearance.
    pub asked_by: Vec<String>,
    /// The text after the separator.
    pub question: Option<String>,
    /// The recorded vote that decided this record.
    pub vote: Option<Vote>,
    /// Where in the body: "p12" (12th block) or "p12.3" (3rd item of it).
    pub locator: String,
}

/// Something the parser could not read, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub locator: String,
    pub message: String,
    /// The text concerned, shortened.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRef {
    pub year: i32,
    /// "regular" or "resumed".
    pub part: &'static str,
}

/// Everything read from one release page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Release {
    pub url: Option<String>,
    pub lang: String,
    pub title: Option<String>,
    /// "Meetings Coverage" or "Press Release".
    pub doctype: Option<String>,
    /// As printed.
    pub symbol: Option<String>,
    /// Split on "-", "NG0" read as "NGO".
    pub symbols: Vec<String>,
    /// ISO date.
    pub date: Option<String>,
    /// As printed, without a session prefix.
    pub meeting: Option<String>,
    pub session: Option<SessionRef>,
    /// As stated in the title or lead: recommended, deferred, closed, rejected, ...
    pub headline_counts: BTreeMap<String, u32>,
    pub is_placeholder: bool,
    pub records: Vec<Record>,
    pub problems: Vec<Problem>,
}
