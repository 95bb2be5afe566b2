//! Writing a [`Plan`] as the difference against what the database holds, inside the caller's
//! transaction. Rows are matched on their natural keys; unchanged rows are not written, so a
//! second run of the same import changes nothing and row ids stay stable. Rows this source
//! produced earlier and no longer plans are deleted; rows of other sources are left alone.

mod considerations;
mod events;
mod organizations;
mod votes;

use std::collections::{HashMap, HashSet};

use sqlx::{Any, AnyConnection, Transaction};

use super::plan::{Plan, SessionKey};
use crate::db::write::{
    delete_ids, seed_member_states, stored, sweep_empty_applications, sweep_orphan_organizations,
    unkept, write_row, Changes,
};

/// Write the plan. `documents[i]` is the source_document_id of `FILES[i]`.
pub async fn store_plan(
    tx: &mut Transaction<'_, Any>,
    plan: &Plan,
    documents: &[i64],
) -> Result<Changes, sqlx::Error> {
    let conn: &mut AnyConnection = tx;
    let mut changes = Changes::new();
    let state_ids = seed_member_states(conn, &mut changes).await?;
    let mut writer = Writer {
        conn,
        plan,
        documents,
        changes,
        state_ids,
        session_ids: HashMap::new(),
        org_ids: Vec::new(),
        status_consideration: HashMap::new(),
        stale: Stale::default(),
    };
    writer.sessions().await?;
    let names = writer.stored_names().await?;
    writer.organizations(&names).await?;
    writer.names(names).await?;
    writer.considerations().await?;
    writer.events().await?;
    writer.votes().await?;
    writer.flags().await?;
    writer.sweep().await?;
    Ok(writer.changes)
}

/// The state of one write of a plan: what it writes with, what it counts, and the ids that
/// later phases refer to.
struct Writer<'a> {
    conn: &'a mut AnyConnection,
    plan: &'a Plan,
    /// `documents[i]` is the source_document_id of `FILES[i]`.
    documents: &'a [i64],
    changes: Changes,
    /// Member state short name → member_state_id.
    state_ids: HashMap<String, i64>,
    session_ids: HashMap<SessionKey, i64>,
    /// organization_id of each planned organization, in plan order.
    org_ids: Vec<i64>,
    /// (planned organization, session) → the consideration of its status application.
    status_consideration: HashMap<(usize, SessionKey), i64>,
    stale: Stale,
}

/// What this source produced before and the plan did not keep, by table, for the sweep.
#[derive(Default)]
struct Stale {
    votes: Vec<i64>,
    recorded_votes: Vec<i64>,
    flags: Vec<i64>,
    events: Vec<i64>,
    evidence: Vec<i64>,
    considerations: Vec<i64>,
    /// Stored names the plan no longer holds: (organization_name_id, source_document_id).
    names: Vec<(i64, Option<i64>)>,
}

impl Writer<'_> {
    /// Write the sessions, keyed by (year, part); never deleted (other sources refer to them).
    async fn sessions(&mut self) -> Result<(), sqlx::Error> {
        let existing = stored(
            self.conn,
            sqlx::query_as("select year, part, session_id, adopted_on from session"),
            |(year, part, id, adopted_on): (i64, String, i64, Option<String>)| {
                ((year, part), (id, adopted_on))
            },
        )
        .await?;
        let plan = self.plan;
        for session in &plan.sessions {
            let key = (
                i64::from(session.key.year),
                session.key.part.as_str().to_string(),
            );
            let adopted_on = Some(session.adopted_on.to_string());
            let id = write_row(
                self.conn,
                &mut self.changes,
                "session",
                existing.get(&key),
                &adopted_on,
                |id| {
                    sqlx::query("update session set adopted_on = $1 where session_id = $2")
                        .bind(adopted_on.clone())
                        .bind(id)
                },
                || {
                    sqlx::query("insert into session (year, part, adopted_on) values ($1, $2, $3) returning session_id")
                        .bind(key.0)
                        .bind(key.1.clone())
                        .bind(adopted_on.clone())
                },
            )
            .await?;
            self.session_ids.insert(session.key, id);
        }
        Ok(())
    }

    /// Write the reconciliation flags of this source, keyed by (session, kind).
    async fn flags(&mut self) -> Result<(), sqlx::Error> {
        type FlagValues = (i64, String);
        let existing = stored(
            self.conn,
            sqlx::query_as(
                "select session_id, kind, reconciliation_flag_id, item_count, detail \
                 from reconciliation_flag where source = 'steinert'",
            ),
            |(session, kind, id, count, detail): (i64, String, i64, i64, String)| {
                ((session, kind), (id, (count, detail)))
            },
        )
        .await?;
        let mut kept: HashSet<i64> = HashSet::new();
        let plan = self.plan;
        for flag in &plan.flags {
            let session_id = self.session_ids[&flag.session];
            let values: FlagValues = (flag.count as i64, flag.detail.clone());
            let id = write_row(
                self.conn,
                &mut self.changes,
                "reconciliation_flag",
                existing.get(&(session_id, flag.kind.to_string())),
                &values,
                |id| {
                    sqlx::query("update reconciliation_flag set item_count = $1, detail = $2 where reconciliation_flag_id = $3")
                        .bind(values.0)
                        .bind(values.1.clone())
                        .bind(id)
                },
                || {
                    sqlx::query(
                        "insert into reconciliation_flag (session_id, source, kind, item_count, detail) \
                         values ($1, 'steinert', $2, $3, $4) returning reconciliation_flag_id",
                    )
                    .bind(session_id)
                    .bind(flag.kind)
                    .bind(values.0)
                    .bind(values.1.clone())
                },
            )
            .await?;
            kept.insert(id);
        }
        self.stale.flags = unkept(existing.values(), &kept);
        Ok(())
    }

    /// Delete what this source produced before and no longer plans, children first; then the
    /// applications and organizations left empty.
    async fn sweep(&mut self) -> Result<(), sqlx::Error> {
        let stale = std::mem::take(&mut self.stale);
        for (table, ids) in [
            ("vote", stale.votes),
            ("recorded_vote", stale.recorded_votes),
            ("reconciliation_flag", stale.flags),
            ("organization_event", stale.events),
            ("consideration_evidence", stale.evidence),
        ] {
            delete_ids(self.conn, table, ids, &mut self.changes).await?;
        }
        // A recorded vote of another source may point at a consideration about to go.
        for id in &stale.considerations {
            sqlx::query(
                "update recorded_vote set consideration_id = null where consideration_id = $1",
            )
            .bind(id)
            .execute(&mut *self.conn)
            .await?;
        }
        delete_ids(
            self.conn,
            "consideration",
            stale.considerations,
            &mut self.changes,
        )
        .await?;
        sweep_empty_applications(self.conn, &mut self.changes).await?;
        // Names first seen in any version of this source's files (not only the current one).
        let own_documents: HashSet<i64> = sqlx::query_scalar(
            "select source_document_id from source_document where source = 'steinert'",
        )
        .fetch_all(&mut *self.conn)
        .await?
        .into_iter()
        .collect();
        let names = stale
            .names
            .into_iter()
            .filter(|(_, document)| document.is_some_and(|d| own_documents.contains(&d)))
            .map(|(id, _)| id);
        delete_ids(self.conn, "organization_name", names, &mut self.changes).await?;
        sweep_orphan_organizations(self.conn, &mut self.changes).await
    }
}
