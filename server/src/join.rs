//! The join of press records with the history from the reports: each record is linked to the
//! organization its name resolves to (the same name keys the reports import uses) and to one
//! of its applications, and becomes a consideration of source `press_release` with the
//! asking states' questions and any recorded vote. A consideration of the reports for the
//! same application and session is never touched: where the two disagree, both stay, and
//! [`disagreements`](crate::db::press) lists them.
//!
//! The join is derived data: it is recomputed from all stored records after every scrape,
//! re-parse and reports import, writing only the difference (row ids stay stable): it reads
//! what is stored (`read`), plans the rows it should hold in pure code (`plan`) and
//! writes the difference (`store`), like the reports importer.

mod plan;
mod read;
mod store;

use sqlx::AnyConnection;

use crate::db::write::{seed_member_states, Changes};

/// What the join did.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct JoinSummary {
    /// Records considered (status and reclassification requests with a known session).
    pub records: u64,
    /// Of these, records whose name resolved to an organization of the reports dataset.
    pub linked_to_history: u64,
    /// Organizations known only from press releases, created by this run.
    pub organizations_created: u64,
    pub changes: Changes,
}

/// Recompute the join for every stored record; writes only what changed.
pub async fn link_press_records(conn: &mut AnyConnection) -> Result<JoinSummary, sqlx::Error> {
    let mut changes = Changes::new();
    let states = seed_member_states(conn, &mut changes).await?;
    let names = read::name_index(conn).await?;
    let apps = read::load_applications(conn).await?;
    let records = read::load_records(conn).await?;
    let plan = plan::plan(&records, names, apps, &states);
    let changes = store::store_plan(conn, &plan, &records, &states, changes).await?;
    Ok(JoinSummary {
        records: plan.records,
        linked_to_history: plan.linked_to_history,
        organizations_created: plan.organizations_created,
        changes,
    })
}

/// The join, then focus areas for any organization it made, in the caller's transaction.
pub async fn link_and_classify(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
) -> Result<JoinSummary, sqlx::Error> {
    let mut joined = link_press_records(tx).await?;
    let classified = crate::db::focus::classify_all(tx).await?;
    if classified.total() > 0 {
        joined.changes.insert("focus_area_assignment", classified);
    }
    Ok(joined)
}
