//! On first start with an empty database, `serve` loads the reports dataset in the
//! background (from upstream, or from a configured folder), so that the run command ends in
//! a dashboard with real data wherever the network allows. Its state is shown on the home
//! page; a source that cannot be reached is said plainly, with the command to load it.

use std::sync::{Arc, RwLock};

use app::model::LoadState;

use crate::{
    db::{now_utc, Db},
    import::steinert::{import_steinert, ImportOptions, Progress},
    sources::fetch::Location,
};

/// Shared between the loading task and the pages.
pub type LoadStatus = Arc<RwLock<Option<LoadState>>>;

pub fn new_status() -> LoadStatus {
    Arc::new(RwLock::new(None))
}

/// Read the state; a poisoned lock (a panicked writer) still holds the last state written.
pub fn current(status: &LoadStatus) -> Option<LoadState> {
    match status.read() {
        Ok(guard) => guard.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

fn set(status: &LoadStatus, state: LoadState) {
    match status.write() {
        Ok(mut guard) => *guard = Some(state),
        Err(poisoned) => *poisoned.into_inner() = Some(state),
    }
}

/// True when the reports dataset has never been loaded into this database.
pub async fn needs_data(db: &Db) -> Result<bool, sqlx::Error> {
    let documents: i64 =
        sqlx::query_scalar("select count(*) from source_document where source = 'steinert'")
            .fetch_one(db.pool())
            .await?;
    Ok(documents == 0)
}

/// Start loading in the background; the returned handle finishes when the load does.
pub fn spawn(db: Db, from: Location, status: LoadStatus) -> tokio::task::JoinHandle<()> {
    let from_text = from.to_string();
    set(
        &status,
        LoadState::Loading {
            from: from_text.clone(),
            stage: "starting".into(),
            started_at: now_utc(),
        },
    );
    let progress_status = status.clone();
    let progress_from = from_text.clone();
    let started_at = now_utc();
    let progress = Progress::new(move |stage| {
        set(
            &progress_status,
            LoadState::Loading {
                from: progress_from.clone(),
                stage: stage.to_string(),
                started_at: started_at.clone(),
            },
        )
    });
    let options = ImportOptions {
        progress,
        ..ImportOptions::from(from)
    };
    tokio::spawn(async move {
        tracing::info!(from = %from_text, "the database is empty: loading the reports dataset in the background");
        match import_steinert(&db, &options).await {
            Ok(summary) => {
                tracing::info!(
                    organizations = summary.organizations,
                    "background load finished"
                );
                set(
                    &status,
                    LoadState::Done {
                        from: from_text,
                        at: now_utc(),
                    },
                );
            }
            Err(error) => {
                tracing::error!(%error, from = %from_text, "background load failed");
                set(
                    &status,
                    LoadState::Failed {
                        from: from_text,
                        error: error.to_string(),
                        at: now_utc(),
                    },
                );
            }
        }
    })
}
