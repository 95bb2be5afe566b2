//! `ecosoc-watch import steinert`: fetch the twelve files (upstream or a local folder), check
//! each against its pinned sha256, parse them all, plan, and write the difference in one
//! transaction, recording the run.

use std::collections::BTreeMap;

use serde::Serialize;
use sqlx::AnyConnection;

use super::{
    plan::{plan, Flag, Plan},
    store::store_plan,
};
use crate::{
    db::{
        now_utc,
        write::{store_document, Changes},
        Db,
    },
    linking::{CuratorAction, CuratorDecision, LinkRule},
    sources::{
        fetch::{fetch_file, http_client, Fetched, Location},
        steinert::{parse_file, upstream_url, ParsedFile, FILES, UPSTREAM_COMMIT},
    },
};

#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub from: Location,
    /// Import files whose sha256 differs from the pinned one.
    pub allow_unverified: bool,
    /// Told each stage as it starts, for a progress display.
    pub progress: Progress,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            from: Location::BaseUrl(crate::sources::steinert::upstream_base_url()),
            allow_unverified: false,
            progress: Progress::default(),
        }
    }
}

impl ImportOptions {
    /// Read from `from`, checking sums, without progress reports.
    pub fn from(from: Location) -> Self {
        ImportOptions {
            from,
            ..ImportOptions::default()
        }
    }
}

/// Where an import reports its stages ("reading 3 of 12 files", "writing").
#[derive(Clone, Default)]
pub struct Progress(Option<std::sync::Arc<ReportFn>>);

type ReportFn = dyn Fn(&str) + Send + Sync;

impl Progress {
    pub fn new(report: impl Fn(&str) + Send + Sync + 'static) -> Self {
        Progress(Some(std::sync::Arc::new(report)))
    }

    pub fn report(&self, stage: &str) {
        if let Some(report) = &self.0 {
            report(stage);
        }
    }
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Progress(..)"
        } else {
            "Progress(none)"
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Fetch(#[from] crate::sources::fetch::FetchError),
    #[error(
        "{file}: sha256 {found} differs from the pinned {expected} (upstream commit {UPSTREAM_COMMIT}); \
         the file changed upstream or was damaged. Nothing was imported. \
         Pass --allow-unverified to import it anyway."
    )]
    Unverified {
        file: String,
        found: String,
        expected: String,
    },
    #[error(transparent)]
    Parse(#[from] crate::sources::steinert::ParseError),
    #[error("planning the import: {0}")]
    Plan(String),
    #[error("writing to the database: {0}")]
    Database(#[from] sqlx::Error),
}

#[derive(Debug, Clone, Serialize)]
pub struct FileSummary {
    pub file: String,
    pub from: String,
    pub sha256: String,
    pub verified: bool,
    pub rows: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImportSummary {
    pub files: Vec<FileSummary>,
    pub sessions: usize,
    pub names: usize,
    pub organizations: usize,
    pub links_by_rule: BTreeMap<&'static str, usize>,
    pub considerations: usize,
    pub recorded_votes: usize,
    pub flags: Vec<Flag>,
    pub changes: Changes,
}

impl ImportSummary {
    pub fn rows_changed(&self) -> u64 {
        self.changes.values().map(|c| c.total()).sum()
    }
}

/// Fetch and verify every file; nothing is written.
pub async fn fetch_all(options: &ImportOptions) -> Result<Vec<(Fetched, bool)>, ImportError> {
    let client = http_client();
    let mut fetched = Vec::with_capacity(FILES.len());
    for (i, spec) in FILES.iter().enumerate() {
        options.progress.report(&format!(
            "reading file {} of {} ({})",
            i + 1,
            FILES.len(),
            spec.name
        ));
        let file = fetch_file(&client, &options.from, spec.name).await?;
        let verified = file.sha256 == spec.sha256;
        if !verified && !options.allow_unverified {
            return Err(ImportError::Unverified {
                file: file.from.clone(),
                found: file.sha256.clone(),
                expected: spec.sha256.to_string(),
            });
        }
        if !verified {
            tracing::warn!(file = %file.from, "importing a file whose sha256 differs from the pinned one");
        }
        tracing::info!(file = %file.from, bytes = file.body.len(), verified, "read");
        fetched.push((file, verified));
    }
    Ok(fetched)
}

/// The curators' merge and split decisions, which every import applies.
pub async fn curator_decisions(db: &Db) -> Result<Vec<CuratorDecision>, sqlx::Error> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "select name_key_a, name_key_b, action from organization_link_decision order by organization_link_decision_id",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(key_a, key_b, action)| CuratorDecision {
            key_a,
            key_b,
            action: if action == "merge" {
                CuratorAction::Merge
            } else {
                CuratorAction::Split
            },
        })
        .collect())
}

/// Parse fetched files and plan the rows (pure apart from the curator decisions read first).
pub fn parse_and_plan(
    fetched: &[(Fetched, bool)],
    decisions: &[CuratorDecision],
) -> Result<(Vec<ParsedFile>, Plan), ImportError> {
    let parsed = FILES
        .iter()
        .zip(fetched)
        .map(|(spec, (file, _))| parse_file(spec, &file.body))
        .collect::<Result<Vec<_>, _>>()?;
    let plan = plan(&parsed, decisions).map_err(ImportError::Plan)?;
    Ok((parsed, plan))
}

/// Run the whole import.
pub async fn import_steinert(
    db: &Db,
    options: &ImportOptions,
) -> Result<ImportSummary, ImportError> {
    let started_at = now_utc();
    let result = run(db, options, &started_at).await;
    if let Err(error) = &result {
        // Recorded after the rollback, in its own statement: the audit trail of a failure.
        let _ = db
            .record_run("steinert", &started_at, "failed", &error.to_string())
            .await;
    }
    result
}

async fn run(
    db: &Db,
    options: &ImportOptions,
    started_at: &str,
) -> Result<ImportSummary, ImportError> {
    let fetched = fetch_all(options).await?;
    options
        .progress
        .report("linking names and writing the records (about a minute)");
    write(db, fetched, &options.from.to_string(), started_at).await
}

/// Pending applications that vanish and come back under a near name as another
/// organization's ([`continuity`](super::continuity)), planned from the stored snapshots
/// with the curators' decisions: what `orgs reappearances` lists for a curator.
pub async fn stored_reappearances(
    db: &Db,
) -> Result<Vec<super::continuity::Reappearance>, ImportError> {
    let fetched = stored_snapshots(db).await?;
    let decisions = curator_decisions(db).await?;
    let (_, plan) = parse_and_plan(&fetched, &decisions)?;
    Ok(super::continuity::reappearances(&plan))
}

/// The newest stored snapshot of each of the twelve files, for re-linking without network.
pub async fn stored_snapshots(db: &Db) -> Result<Vec<(Fetched, bool)>, ImportError> {
    let mut out = Vec::with_capacity(FILES.len());
    for spec in &FILES {
        let (from, sha256, body): (String, String, Vec<u8>) = sqlx::query_as(
            "select url, sha256, body from source_document where source = 'steinert' and file_name = $1 \
             order by source_document_id desc limit 1",
        )
        .bind(spec.name)
        .fetch_optional(db.pool())
        .await?
        .ok_or_else(|| {
            ImportError::Plan(format!(
                "{} has never been imported: run `ecosoc-watch import steinert` first",
                spec.name
            ))
        })?;
        let verified = sha256 == spec.sha256;
        let fetched = Fetched {
            from,
            sha256,
            body,
            http_status: None,
            etag: None,
            last_modified: None,
            content_type: None,
        };
        out.push((fetched, verified));
    }
    Ok(out)
}

/// Re-plan and re-write from the stored snapshots: what a curator's merge or split runs.
pub async fn relink_from_snapshots(db: &Db) -> Result<ImportSummary, ImportError> {
    let started_at = now_utc();
    let fetched = stored_snapshots(db).await?;
    write(db, fetched, "stored snapshots", &started_at).await
}

/// Plan from `fetched` and write the difference in one transaction, recording the run.
async fn write(
    db: &Db,
    fetched: Vec<(Fetched, bool)>,
    from: &str,
    started_at: &str,
) -> Result<ImportSummary, ImportError> {
    let decisions = curator_decisions(db).await?;
    let (parsed, plan) = parse_and_plan(&fetched, &decisions)?;
    tracing::info!(
        sessions = plan.sessions.len(),
        names = plan.linking.names.len(),
        organizations = plan.linking.organizations,
        considerations = plan.considerations.len(),
        "planned; writing the difference"
    );

    let mut tx = db.pool().begin().await?;
    let documents = store_documents(&mut tx, &fetched).await?;
    let mut changes = store_plan(&mut tx, &plan, &documents).await?;
    // Press records follow their names to the organizations this import made.
    let joined = crate::join::link_press_records(&mut tx).await?;
    for (table, c) in joined.changes {
        let entry = changes.entry(table).or_default();
        entry.inserted += c.inserted;
        entry.updated += c.updated;
        entry.deleted += c.deleted;
    }
    // Focus areas are part of loading data: every organization leaves the import classified.
    let classified = crate::db::focus::classify_all(&mut tx).await?;
    if classified.total() > 0 {
        changes.insert("focus_area_assignment", classified);
    }

    let summary = summarize(&fetched, &parsed, &plan, changes);
    record_success(&mut tx, from, started_at, &summary).await?;
    tx.commit().await?;
    let fuzzy = summary
        .links_by_rule
        .get(LinkRule::Fuzzy.as_str())
        .copied()
        .unwrap_or(0);
    tracing::info!(
        organizations = summary.organizations,
        fuzzy_links = fuzzy,
        rows_changed = summary.rows_changed(),
        "import of the reports dataset committed"
    );
    Ok(summary)
}

/// Keep each of the twelve files as a source document; returns their ids in [`FILES`] order.
async fn store_documents(
    conn: &mut AnyConnection,
    fetched: &[(Fetched, bool)],
) -> Result<Vec<i64>, sqlx::Error> {
    let fetched_at = now_utc();
    let mut documents = Vec::with_capacity(FILES.len());
    for (spec, (file, _)) in FILES.iter().zip(fetched) {
        let url = upstream_url(spec.name);
        let id = store_document(
            conn,
            "steinert",
            &url,
            Some(spec.name),
            file,
            &fetched_at,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        .await?;
        documents.push(id);
    }
    Ok(documents)
}

/// What an import read, planned and changed.
fn summarize(
    fetched: &[(Fetched, bool)],
    parsed: &[ParsedFile],
    plan: &Plan,
    changes: Changes,
) -> ImportSummary {
    let mut links_by_rule: BTreeMap<&'static str, usize> = BTreeMap::new();
    for name in &plan.linking.names {
        *links_by_rule.entry(name.rule.as_str()).or_default() += 1;
    }
    ImportSummary {
        files: FILES
            .iter()
            .zip(fetched)
            .zip(parsed)
            .map(|((spec, (file, verified)), parsed)| FileSummary {
                file: spec.name.to_string(),
                from: file.from.clone(),
                sha256: file.sha256.clone(),
                verified: *verified,
                rows: parsed.rows.len(),
            })
            .collect(),
        sessions: plan.sessions.len(),
        names: plan.linking.names.len(),
        organizations: plan.linking.organizations,
        links_by_rule,
        considerations: plan.considerations.len(),
        recorded_votes: plan.votes.len(),
        flags: plan.flags.clone(),
        changes,
    }
}

/// Record the succeeded run in `import_run`, in the import's transaction.
async fn record_success(
    conn: &mut AnyConnection,
    from: &str,
    started_at: &str,
    summary: &ImportSummary,
) -> Result<(), sqlx::Error> {
    let summary_json = serde_json::json!({
        "from": from,
        "organizations": summary.organizations,
        "considerations": summary.considerations,
        "rows_changed": summary.rows_changed(),
    });
    sqlx::query(
        "insert into import_run (source, started_at, finished_at, status, summary) values ('steinert', $1, $2, 'succeeded', $3)",
    )
    .bind(started_at)
    .bind(now_utc())
    .bind(summary_json.to_string())
    .execute(&mut *conn)
    .await?;
    Ok(())
}
