//! Writing as a difference, the toolkit every job shares (the reports import, the press
//! scrape and its join, classification): a row is written only when it differs from what is
//! stored, rows a source no longer holds are deleted, and every write is counted per table in
//! [`Changes`], so a second run of the same job changes nothing and says so.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use sqlx::{Any, AnyConnection, Row};

use crate::member_states::member_states;

/// Rows written to one table by one run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TableChanges {
    pub inserted: u64,
    pub updated: u64,
    pub deleted: u64,
}

impl TableChanges {
    pub fn total(&self) -> u64 {
        self.inserted + self.updated + self.deleted
    }
}

pub type Changes = BTreeMap<&'static str, TableChanges>;

/// Run an insert whose query ends in `returning <table>_id`; the new row's id (the one
/// column it returns).
pub(crate) async fn insert_id<'q>(
    conn: &mut AnyConnection,
    query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
) -> Result<i64, sqlx::Error> {
    let row = query.fetch_one(conn).await?;
    row.try_get(0)
}

pub(crate) type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

/// A job's stored rows by natural key, each with its id and the values a write compares:
/// `query` selects them as the typed row `R` (the key's columns, the id, then the values)
/// and `split` cuts a row into `(key, (id, values))`.
pub(crate) async fn stored<'q, R, K, V>(
    conn: &mut AnyConnection,
    query: sqlx::query::QueryAs<'q, Any, R, sqlx::any::AnyArguments<'q>>,
    split: impl Fn(R) -> (K, (i64, V)),
) -> Result<HashMap<K, (i64, V)>, sqlx::Error>
where
    R: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
    K: Eq + std::hash::Hash,
{
    Ok(query
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(split)
        .collect())
}

/// Write one row as a difference: nothing when the stored values equal `desired`, an update
/// when they differ, an insert (whose query returns the new id) when there is no row yet.
/// Returns the row's id and counts what was written.
pub(crate) async fn write_row<V: PartialEq>(
    conn: &mut AnyConnection,
    changes: &mut Changes,
    table: &'static str,
    existing: Option<&(i64, V)>,
    desired: &V,
    update: impl FnOnce(i64) -> AnyQuery<'static>,
    insert: impl FnOnce() -> AnyQuery<'static>,
) -> Result<i64, sqlx::Error> {
    match existing {
        Some((id, stored)) if stored == desired => Ok(*id),
        Some((id, _)) => {
            update(*id).execute(&mut *conn).await?;
            changes.entry(table).or_default().updated += 1;
            Ok(*id)
        }
        None => {
            let id = insert_id(conn, insert()).await?;
            changes.entry(table).or_default().inserted += 1;
            Ok(id)
        }
    }
}

/// Delete the rows of `existing` (id first) that this run did not keep.
pub(crate) async fn delete_stale<'a, V: 'a>(
    conn: &mut AnyConnection,
    table: &'static str,
    existing: impl IntoIterator<Item = &'a (i64, V)>,
    kept: &HashSet<i64>,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    delete_ids(conn, table, unkept(existing, kept), changes).await
}

/// The ids of the rows of `existing` (id first) that this run did not keep.
pub(crate) fn unkept<'a, V: 'a>(
    existing: impl IntoIterator<Item = &'a (i64, V)>,
    kept: &HashSet<i64>,
) -> Vec<i64> {
    existing
        .into_iter()
        .map(|(id, _)| *id)
        .filter(|id| !kept.contains(id))
        .collect()
}

pub(crate) async fn delete_ids(
    conn: &mut AnyConnection,
    table: &'static str,
    ids: impl IntoIterator<Item = i64>,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    let sql = format!("delete from {table} where {table}_id = $1");
    for id in ids {
        sqlx::query(&sql).bind(id).execute(&mut *conn).await?;
        changes.entry(table).or_default().deleted += 1;
    }
    Ok(())
}

/// Delete applications no consideration of any source refers to any more.
pub(crate) async fn sweep_empty_applications(
    conn: &mut AnyConnection,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    let empty: Vec<i64> = sqlx::query_scalar(
        "select a.application_id from application a where not exists \
         (select 1 from consideration c where c.application_id = a.application_id)",
    )
    .fetch_all(&mut *conn)
    .await?;
    delete_ids(conn, "application", empty, changes).await
}

/// Delete organizations nothing refers to any more — no application, press record, event or
/// curator override, and no name but those a press release gave — with those names and
/// their focus areas. Either source's writer calls it after its own sweep.
pub(crate) async fn sweep_orphan_organizations(
    conn: &mut AnyConnection,
    changes: &mut Changes,
) -> Result<(), sqlx::Error> {
    let orphans: Vec<i64> = sqlx::query_scalar(
        "select o.organization_id from organization o where \
         not exists (select 1 from application a where a.organization_id = o.organization_id) and \
         not exists (select 1 from press_record r where r.organization_id = o.organization_id) and \
         not exists (select 1 from organization_event e where e.organization_id = o.organization_id) and \
         not exists (select 1 from focus_area_override f where f.organization_id = o.organization_id) and \
         not exists (select 1 from organization_name n left join source_document d \
                     on d.source_document_id = n.source_document_id \
                     where n.organization_id = o.organization_id and coalesce(d.source, '') <> 'press_release')",
    )
    .fetch_all(&mut *conn)
    .await?;
    for id in &orphans {
        for table in ["organization_name", "focus_area_assignment"] {
            sqlx::query(&format!("delete from {table} where organization_id = $1"))
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
    }
    delete_ids(conn, "organization", orphans, changes).await
}

/// Keep a snapshot's bytes as a source document (one row per address and content: a changed
/// page adds a row, the older one stays) and return its id.
pub async fn store_document(
    conn: &mut AnyConnection,
    source: &str,
    url: &str,
    file_name: Option<&str>,
    file: &crate::sources::fetch::Fetched,
    fetched_at: &str,
    default_content_type: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "insert into source_document (source, url, file_name, fetched_at, sha256, http_status, etag, \
         last_modified, content_type, byte_len, body) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         on conflict (url, sha256) do nothing",
    )
    .bind(source)
    .bind(url)
    .bind(file_name)
    .bind(fetched_at)
    .bind(&file.sha256)
    .bind(file.http_status.map(i64::from))
    .bind(file.etag.clone())
    .bind(file.last_modified.clone())
    .bind(
        file.content_type
            .clone()
            .unwrap_or_else(|| default_content_type.to_string()),
    )
    .bind(file.body.len() as i64)
    .bind(file.body.clone())
    .execute(&mut *conn)
    .await?;
    sqlx::query_scalar(
        "select source_document_id from source_document where url = $1 and sha256 = $2",
    )
    .bind(url)
    .bind(&file.sha256)
    .fetch_one(&mut *conn)
    .await
}

/// Make sure every member state of the table and each of its spellings is stored; returns
/// short name → member_state_id.
pub async fn seed_member_states(
    conn: &mut AnyConnection,
    changes: &mut Changes,
) -> Result<HashMap<String, i64>, sqlx::Error> {
    let mut ids: HashMap<String, i64> =
        sqlx::query_as::<_, (String, i64)>("select name, member_state_id from member_state")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .collect();
    let known_keys: HashSet<String> = sqlx::query_scalar("select name_key from member_state_name")
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .collect();
    for state in member_states().iter() {
        let id = match ids.get(state.name) {
            Some(id) => *id,
            None => {
                let id = insert_id(
                    conn,
                    sqlx::query("insert into member_state (name, iso3) values ($1, $2) returning member_state_id")
                        .bind(state.name)
                        .bind(state.iso3),
                )
                .await?;
                changes.entry("member_state").or_default().inserted += 1;
                ids.insert(state.name.to_string(), id);
                id
            }
        };
        for spelling in std::iter::once(state.name).chain(state.variants.iter().copied()) {
            let key = crate::member_states::state_key(spelling);
            if !known_keys.contains(&key) {
                sqlx::query("insert into member_state_name (member_state_id, name, name_key) values ($1, $2, $3) on conflict (name_key) do nothing")
                    .bind(id)
                    .bind(spelling)
                    .bind(&key)
                    .execute(&mut *conn)
                    .await?;
                changes.entry("member_state_name").or_default().inserted += 1;
            }
        }
    }
    Ok(ids)
}

/// A recorded vote as a job wants it stored: where, on what, how it ended, the consideration
/// it decided, the document that says so, and each member state's vote in writing order.
pub(crate) struct RecordedVoteRow {
    pub session_id: i64,
    pub topic: String,
    pub outcome: Option<String>,
    pub consideration_id: Option<i64>,
    pub source_document_id: i64,
    /// (member state, its vote, where the source says so).
    pub votes: Vec<(i64, String, Option<String>)>,
}

/// A recorded vote's outcome, consideration and document.
type RecordedVoteValues = (Option<String>, Option<i64>, i64);
/// A stored recorded vote: session, topic, id, then its values.
type RecordedVoteRecord = (i64, String, i64, Option<String>, Option<i64>, i64);
/// A state's vote and where the source says so.
type StateVoteValues = (String, Option<String>);

/// Writes one source's recorded votes (the reports' roll calls, the releases' recorded
/// votes) as a difference: it reads what the source has stored, writes each vote the job
/// wants, and hands back the ids no longer wanted, which the job deletes in its own sweep.
pub(crate) struct RecordedVoteWriter {
    source: &'static str,
    /// (session, topic) → (id, values).
    stored: HashMap<(i64, String), (i64, RecordedVoteValues)>,
    /// (recorded vote, member state) → (id, values).
    stored_votes: HashMap<(i64, i64), (i64, StateVoteValues)>,
    kept: HashSet<i64>,
    kept_votes: HashSet<i64>,
}

impl RecordedVoteWriter {
    /// What `source` has stored: its recorded votes, then their states' votes.
    pub async fn read(conn: &mut AnyConnection, source: &'static str) -> Result<Self, sqlx::Error> {
        let recorded = stored(
            conn,
            sqlx::query_as(
                "select session_id, topic, recorded_vote_id, outcome, consideration_id, \
                   source_document_id from recorded_vote where source = $1",
            )
            .bind(source),
            |(session, topic, id, outcome, consideration, document): RecordedVoteRecord| {
                ((session, topic), (id, (outcome, consideration, document)))
            },
        )
        .await?;
        let stored_votes = stored(
            conn,
            sqlx::query_as(
                "select v.recorded_vote_id, v.member_state_id, v.vote_id, v.vote, v.locator \
                 from vote v join recorded_vote r on r.recorded_vote_id = v.recorded_vote_id \
                 where r.source = $1",
            )
            .bind(source),
            |(recorded, state, id, vote, locator): (i64, i64, i64, String, Option<String>)| {
                ((recorded, state), (id, (vote, locator)))
            },
        )
        .await?;
        Ok(RecordedVoteWriter {
            source,
            stored: recorded,
            stored_votes,
            kept: HashSet::new(),
            kept_votes: HashSet::new(),
        })
    }

    /// Write one recorded vote, then each state's vote in it; returns the recorded vote's id.
    pub async fn write(
        &mut self,
        conn: &mut AnyConnection,
        changes: &mut Changes,
        row: &RecordedVoteRow,
    ) -> Result<i64, sqlx::Error> {
        let values: RecordedVoteValues = (
            row.outcome.clone(),
            row.consideration_id,
            row.source_document_id,
        );
        let source = self.source;
        let recorded_id = write_row(
            conn,
            changes,
            "recorded_vote",
            self.stored.get(&(row.session_id, row.topic.clone())),
            &values,
            |id| {
                sqlx::query(
                    "update recorded_vote set outcome = $1, consideration_id = $2, \
                     source_document_id = $3 where recorded_vote_id = $4",
                )
                .bind(values.0.clone())
                .bind(values.1)
                .bind(values.2)
                .bind(id)
            },
            || {
                sqlx::query(
                    "insert into recorded_vote (session_id, topic, outcome, consideration_id, \
                     source, source_document_id) values ($1, $2, $3, $4, $5, $6) \
                     returning recorded_vote_id",
                )
                .bind(row.session_id)
                .bind(row.topic.clone())
                .bind(values.0.clone())
                .bind(values.1)
                .bind(source)
                .bind(values.2)
            },
        )
        .await?;
        self.kept.insert(recorded_id);
        for (state_id, vote, locator) in &row.votes {
            let values: StateVoteValues = (vote.clone(), locator.clone());
            let vote_id = write_row(
                conn,
                changes,
                "vote",
                self.stored_votes.get(&(recorded_id, *state_id)),
                &values,
                |id| {
                    sqlx::query("update vote set vote = $1, locator = $2 where vote_id = $3")
                        .bind(values.0.clone())
                        .bind(values.1.clone())
                        .bind(id)
                },
                || {
                    sqlx::query(
                        "insert into vote (recorded_vote_id, member_state_id, vote, locator) \
                         values ($1, $2, $3, $4) returning vote_id",
                    )
                    .bind(recorded_id)
                    .bind(*state_id)
                    .bind(values.0.clone())
                    .bind(values.1.clone())
                },
            )
            .await?;
            self.kept_votes.insert(vote_id);
        }
        Ok(recorded_id)
    }

    /// The stored ids this run did not write: (recorded votes, states' votes).
    pub fn unkept(&self) -> (Vec<i64>, Vec<i64>) {
        (
            unkept(self.stored.values(), &self.kept),
            unkept(self.stored_votes.values(), &self.kept_votes),
        )
    }
}
