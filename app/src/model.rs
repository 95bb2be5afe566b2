//! Types that cross the wire between the server and the front end (and the `/api/v1` JSON).

use serde::{Deserialize, Serialize};

/// What the database holds, for the home page: honest counts, per source, with dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    /// Stored source documents, one row per source.
    pub sources: Vec<SourceSummary>,
    /// Rows per table of the domain (organizations, considerations, ...).
    pub tables: Vec<TableCount>,
    /// When an import or scrape last finished successfully (RFC 3339, UTC).
    pub last_update: Option<String>,
}

impl Overview {
    /// True when nothing has been loaded yet: the page then says which command loads data.
    pub fn is_empty(&self) -> bool {
        self.sources.iter().all(|s| s.documents == 0)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceSummary {
    /// Machine name: `steinert`, `press_release`, `esango`.
    pub source: String,
    /// Human name with its licence or status.
    pub label: String,
    pub documents: i64,
    pub bytes: i64,
    /// Newest `fetched_at` of its documents (RFC 3339, UTC).
    pub last_fetched: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableCount {
    /// Table name as in the schema.
    pub table: String,
    /// What one row is, for the page.
    pub label: String,
    pub rows: i64,
}

/// The human label of a source's machine name.
pub fn source_label(source: &str) -> &'static str {
    match source {
        "steinert" => "Committee reports 1998–2024 (Steinert's ECOSOC_Status, MIT)",
        "press_release" => "UN meetings-coverage press releases",
        "esango" => "iCSO / esango profiles",
        _ => "Test data",
    }
}

/// A document a figure came from: a file of the reports dataset or a press release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub source: String,
    pub url: String,
    pub file_name: Option<String>,
}

/// Where a source disagrees with itself in a session: shown with its numbers, never fixed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionFlag {
    pub kind: String,
    pub count: i64,
    pub detail: String,
}

/// One session of the Committee with its decision counts (status applications, as the
/// reports dataset codes them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRow {
    pub year: i64,
    /// `regular` or `resumed`.
    pub part: String,
    /// The report's adoption date (ISO).
    pub date: Option<String>,
    pub considered: i64,
    pub recommended: i64,
    pub deferred: i64,
    pub deferred_new: i64,
    pub deferred_previously: i64,
    /// Closed without prejudice (no answer to three reminders).
    pub closed: i64,
    /// Rejected (declined), usually by recorded vote.
    pub rejected: i64,
    pub withdrawn: i64,
    pub sources: Vec<SourceRef>,
    pub flags: Vec<SessionFlag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRef {
    pub year: i64,
    pub part: String,
    pub date: Option<String>,
}

/// One organization in a search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationSummary {
    pub id: i64,
    pub name: String,
    pub spellings: i64,
    pub considerations: i64,
    pub deferrals: i64,
    pub first_session: Option<SessionRef>,
    pub last_session: Option<SessionRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationPage {
    pub query: String,
    pub page: u32,
    pub per_page: u32,
    pub total: i64,
    pub items: Vec<OrganizationSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationName {
    pub name: String,
    /// How this spelling was linked: new, normalised, name_change, merger, fuzzy, curator.
    pub link_rule: String,
    pub link_score: Option<f64>,
    pub linked_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationEvent {
    pub kind: String,
    pub session: Option<SessionRef>,
    pub old_name: String,
    pub new_name: String,
    pub other_name: Option<String>,
    pub source: SourceRef,
    pub locator: String,
}

/// A source row behind a consideration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub locator: String,
    pub name_as_printed: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsiderationDetail {
    pub session: SessionRef,
    pub decision: String,
    /// true: a new application; false: previously deferred; null: the source does not say.
    pub is_new: Option<bool>,
    pub source: String,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApplicationDetail {
    pub id: i64,
    /// `status`, `reclassification` or `status_withdrawal`.
    pub kind: String,
    pub seq: i64,
    pub first_session: Option<SessionRef>,
    pub deferrals: i64,
    /// The final decision, or null while pending.
    pub outcome: Option<String>,
    pub outcome_session: Option<SessionRef>,
    /// Still pending: censored at its last consideration.
    pub pending: bool,
    pub considerations: Vec<ConsiderationDetail>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationDetail {
    pub id: i64,
    pub name: String,
    pub names: Vec<OrganizationName>,
    pub events: Vec<OrganizationEvent>,
    pub applications: Vec<ApplicationDetail>,
}
