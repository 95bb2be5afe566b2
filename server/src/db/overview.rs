//! What the database holds: rows per source and per table, and the last successful update.

use app::i18n::year_arg;
use app::model::{source_label, JobRun, Overview, SourceSummary, TableCount};
use sqlx::Row;

use super::Db;

/// The sources the home page always lists, even before anything was loaded from them.
const LISTED_SOURCES: [&str; 2] = ["steinert", "press_release"];

/// Tables shown on the home page, with what one row is.
const TABLES: [(&str, &str); 11] = [
    ("press_release", "Press releases"),
    ("press_record", "NGO entries read from press releases"),
    ("organization", "Organizations"),
    ("organization_name", "Organization names (spellings)"),
    ("application", "Applications"),
    ("session", "Sessions"),
    (
        "consideration",
        "Considerations (an application at a session)",
    ),
    ("question", "Questions asked by member states"),
    ("recorded_vote", "Recorded votes"),
    ("vote", "Member-state votes"),
    ("focus_area_assignment", "Focus-area assignments"),
];

impl Db {
    pub async fn load_overview(&self) -> Result<Overview, sqlx::Error> {
        let rows = sqlx::query(
            "select source, count(*) as documents, \
                    cast(coalesce(sum(byte_len), 0) as bigint) as bytes, \
                    max(fetched_at) as last_fetched \
             from source_document group by source order by source",
        )
        .fetch_all(self.pool())
        .await?;
        let mut sources: Vec<SourceSummary> = Vec::new();
        for row in rows {
            let source: String = row.try_get("source")?;
            sources.push(SourceSummary {
                label: source_label(&source).to_string(),
                source,
                documents: row.try_get("documents")?,
                bytes: row.try_get("bytes")?,
                last_fetched: row.try_get("last_fetched")?,
            });
        }
        for listed in LISTED_SOURCES {
            if !sources.iter().any(|s| s.source == listed) {
                sources.push(SourceSummary {
                    source: listed.to_string(),
                    label: source_label(listed).to_string(),
                    documents: 0,
                    bytes: 0,
                    last_fetched: None,
                });
            }
        }

        let mut tables = Vec::with_capacity(TABLES.len());
        for (table, label) in TABLES {
            // The table names are constants above, never user input.
            let rows: i64 = sqlx::query_scalar(&format!("select count(*) from {table}"))
                .fetch_one(self.pool())
                .await?;
            tables.push(TableCount {
                table: table.to_string(),
                label: label.to_string(),
                rows,
            });
        }

        let last_update: Option<String> = sqlx::query_scalar(
            "select max(finished_at) from import_run where status = 'succeeded'",
        )
        .fetch_one(self.pool())
        .await?;

        Ok(Overview {
            sources,
            tables,
            last_update,
            load: None,
            last_scrape: self.last_run("press_release").await?,
        })
    }

    /// The latest run of `source` in the run log, with what it did in one line.
    pub async fn last_run(&self, source: &str) -> Result<Option<JobRun>, sqlx::Error> {
        let row = sqlx::query(
            "select started_at, finished_at, status, summary from import_run \
             where source = $1 order by started_at desc, import_run_id desc limit 1",
        )
        .bind(source)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let summary: Option<String> = row.try_get("summary")?;
        let summary: serde_json::Value = summary
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        let count = |key: &str| summary.get(key).and_then(|v| v.as_i64()).unwrap_or(0);
        let outcome = match summary.get("error").and_then(|e| e.as_str()) {
            Some(error) => error.to_string(),
            // The page words it again in its language (`I18n::reworded`).
            None => app::i18n::english(
                "methodology-run-outcome",
                &["fetched", "updated", "unchanged", "failed"]
                    .map(|key| (key, year_arg(count(key)))),
            ),
        };
        Ok(Some(JobRun {
            started_at: row.try_get("started_at")?,
            finished_at: row.try_get("finished_at")?,
            status: row.try_get("status")?,
            outcome,
        }))
    }
}
