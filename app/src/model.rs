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
