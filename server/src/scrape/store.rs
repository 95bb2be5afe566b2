//! Writing one parsed release: its row (keyed by address, so a placeholder that is later
//! expanded is replaced, never duplicated) and its records (keyed by locator), as the
//! difference against what is stored.

use std::collections::{HashMap, HashSet};

use sqlx::AnyConnection;

use crate::{
    db::write::{delete_stale, stored, write_row, AnyQuery, Changes},
    names::name_key,
    sources::press::{Record, Release},
};

/// Bumped whenever the parser's output changes, so `reparse` can say what it re-read. 2:
/// fragments of prose are problems; NGO withdrawals in prose; headline shortfalls of zero.
pub const PARSER_VERSION: &str = "2";

/// What storing one release changed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stored {
    pub new_release: bool,
    pub release_changed: bool,
    pub records_added: u64,
    pub records_changed: u64,
    pub records_removed: u64,
}

/// The session row for (year, part); created when no source has it yet (sessions after the
/// reports dataset ends).
async fn session_id(conn: &mut AnyConnection, year: i32, part: &str) -> Result<i64, sqlx::Error> {
    let found: Option<i64> =
        sqlx::query_scalar("select session_id from session where year = $1 and part = $2")
            .bind(i64::from(year))
            .bind(part)
            .fetch_optional(&mut *conn)
            .await?;
    match found {
        Some(id) => Ok(id),
        None => {
            sqlx::query_scalar(
                "insert into session (year, part, adopted_on) values ($1, $2, null) returning session_id",
            )
            .bind(i64::from(year))
            .bind(part)
            .fetch_one(&mut *conn)
            .await
        }
    }
}

/// A release row's stored values (all but its address and fetch times), named as its
/// columns are.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
struct ReleaseValues {
    lang: String,
    title: Option<String>,
    doctype: Option<String>,
    symbol: Option<String>,
    dated_on: Option<String>,
    meeting: Option<String>,
    session_id: Option<i64>,
    headline_counts: String,
    is_placeholder: i64,
    problems: String,
    parser_version: String,
    source_document_id: i64,
    listed_on: Option<String>,
}

impl ReleaseValues {
    /// The values `release`, read from snapshot `document`, should be stored with.
    fn new(
        release: &Release,
        session_id: Option<i64>,
        document: i64,
        listed_on: Option<String>,
    ) -> ReleaseValues {
        ReleaseValues {
            lang: release.lang.clone(),
            title: release.title.clone(),
            doctype: release.doctype.clone(),
            symbol: release.symbol.clone(),
            dated_on: release.date.clone(),
            meeting: release.meeting.clone(),
            session_id,
            headline_counts: serde_json::to_string(&release.headline_counts)
                .expect("counts serialise"),
            is_placeholder: i64::from(release.is_placeholder),
            problems: serde_json::to_string(&release.problems).expect("problems serialise"),
            parser_version: PARSER_VERSION.to_string(),
            source_document_id: document,
            listed_on,
        }
    }

    /// Bind the values in field order: `$1` … `$13` of the update and the insert alike.
    fn bind(&self, query: AnyQuery<'static>) -> AnyQuery<'static> {
        query
            .bind(self.lang.clone())
            .bind(self.title.clone())
            .bind(self.doctype.clone())
            .bind(self.symbol.clone())
            .bind(self.dated_on.clone())
            .bind(self.meeting.clone())
            .bind(self.session_id)
            .bind(self.headline_counts.clone())
            .bind(self.is_placeholder)
            .bind(self.problems.clone())
            .bind(self.parser_version.clone())
            .bind(self.source_document_id)
            .bind(self.listed_on.clone())
    }
}

/// Bind a record's values in order: `$1` … `$8` of the update and the insert alike.
fn bind_record(v: &RecordValues, query: AnyQuery<'static>) -> AnyQuery<'static> {
    query
        .bind(v.0.clone())
        .bind(v.1.clone())
        .bind(v.2.clone())
        .bind(v.3.clone())
        .bind(v.4.clone())
        .bind(v.5.clone())
        .bind(v.6.clone())
        .bind(v.7.clone())
}

type RecordValues = (
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// Store `release`, read from snapshot `document`, under `url`. `now` is the first fetch
/// time of a release not held yet.
pub async fn store_release(
    conn: &mut AnyConnection,
    url: &str,
    document: i64,
    release: &Release,
    listed_on: Option<&str>,
    now: &str,
) -> Result<Stored, sqlx::Error> {
    let mut changes = Changes::new();
    let session = match release.session {
        Some(s) => Some(session_id(conn, s.year, s.part).await?),
        None => None,
    };
    let existing = stored_release(conn, url).await?;
    // A listing date seen once is kept when a later run reaches the page another way.
    let listed_on = listed_on
        .map(str::to_string)
        .or_else(|| existing.as_ref().and_then(|(_, v)| v.listed_on.clone()));
    let desired = ReleaseValues::new(release, session, document, listed_on);
    let release_id =
        write_release(conn, &mut changes, url, now, existing.as_ref(), &desired).await?;
    write_records(conn, &mut changes, release_id, release).await?;

    let release_changes = changes.get("press_release").copied().unwrap_or_default();
    let record_changes = changes.get("press_record").copied().unwrap_or_default();
    Ok(Stored {
        new_release: existing.is_none(),
        release_changed: release_changes.updated > 0,
        records_added: record_changes.inserted,
        records_changed: record_changes.updated,
        records_removed: record_changes.deleted,
    })
}

/// The release row stored under `url`, if any: its id and values.
async fn stored_release(
    conn: &mut AnyConnection,
    url: &str,
) -> Result<Option<(i64, ReleaseValues)>, sqlx::Error> {
    let row: Option<StoredRelease> = sqlx::query_as(
        "select press_release_id, lang, title, doctype, symbol, dated_on, meeting, session_id, \
                headline_counts, is_placeholder, problems, parser_version, source_document_id, listed_on \
         from press_release where url = $1",
    )
    .bind(url)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| (r.press_release_id, r.values)))
}

/// A release row as [`stored_release`] reads it.
#[derive(sqlx::FromRow)]
struct StoredRelease {
    press_release_id: i64,
    #[sqlx(flatten)]
    values: ReleaseValues,
}

/// Write the release row as the difference against `existing`; returns its id.
async fn write_release(
    conn: &mut AnyConnection,
    changes: &mut Changes,
    url: &str,
    now: &str,
    existing: Option<&(i64, ReleaseValues)>,
    desired: &ReleaseValues,
) -> Result<i64, sqlx::Error> {
    let d = desired;
    write_row(
        conn,
        changes,
        "press_release",
        existing,
        d,
        |id| {
            d.bind(sqlx::query(
                "update press_release set lang = $1, title = $2, doctype = $3, symbol = $4, dated_on = $5, \
                 meeting = $6, session_id = $7, headline_counts = $8, is_placeholder = $9, problems = $10, \
                 parser_version = $11, source_document_id = $12, listed_on = $13 where press_release_id = $14",
            ))
            .bind(id)
        },
        || {
            d.bind(sqlx::query(
                "insert into press_release (lang, title, doctype, symbol, dated_on, meeting, session_id, \
                 headline_counts, is_placeholder, problems, parser_version, source_document_id, listed_on, \
                 url, first_fetched_at, last_fetched_at) \
                 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) \
                 returning press_release_id",
            ))
            .bind(url.to_string())
            .bind(now.to_string())
        },
    )
    .await
}

/// The records stored for release `release_id`, by locator: their ids and values.
async fn stored_records(
    conn: &mut AnyConnection,
    release_id: i64,
) -> Result<HashMap<String, (i64, RecordValues)>, sqlx::Error> {
    stored(
        conn,
        sqlx::query_as(
            "select locator, press_record_id, ngo, name_key, country, decision, request, \
               asked_by, question, vote from press_record where press_release_id = $1",
        )
        .bind(release_id),
        |(locator, id, ngo, key, country, decision, request, asked_by, question, vote): StoredRecord| {
            (
                locator,
                (
                    id,
                    (
                        ngo, key, country, decision, request, asked_by, question, vote,
                    ),
                ),
            )
        },
    )
    .await
}

/// A stored record: its locator, its id, then its values ([`RecordValues`]).
type StoredRecord = (
    String,
    i64,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// A record's stored values (all but its release and locator).
fn record_values(record: &Record) -> RecordValues {
    (
        record.ngo.clone(),
        name_key(&record.ngo),
        record.country.clone(),
        record.decision.as_str().to_string(),
        record.request.as_str().to_string(),
        serde_json::to_string(&record.asked_by).expect("names serialise"),
        record.question.clone(),
        record
            .vote
            .as_ref()
            .map(|v| serde_json::to_string(v).expect("a vote serialises")),
    )
}

/// Write the release's records as the difference against those stored for it, deleting
/// those it no longer has.
async fn write_records(
    conn: &mut AnyConnection,
    changes: &mut Changes,
    release_id: i64,
    release: &Release,
) -> Result<(), sqlx::Error> {
    let existing_records = stored_records(conn, release_id).await?;
    let mut kept = HashSet::new();
    for record in &release.records {
        let v = &record_values(record);
        let id = write_row(
            conn,
            changes,
            "press_record",
            existing_records.get(&record.locator),
            v,
            |id| {
                bind_record(
                    v,
                    sqlx::query(
                        "update press_record set ngo = $1, name_key = $2, country = $3, decision = $4, request = $5, \
                         asked_by = $6, question = $7, vote = $8 where press_record_id = $9",
                    ),
                )
                .bind(id)
            },
            || {
                bind_record(
                    v,
                    sqlx::query(
                        "insert into press_record (ngo, name_key, country, decision, request, asked_by, question, \
                         vote, press_release_id, locator) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                         returning press_record_id",
                    ),
                )
                .bind(release_id)
                .bind(record.locator.clone())
            },
        )
        .await?;
        kept.insert(id);
    }
    delete_stale(
        conn,
        "press_record",
        existing_records.values(),
        &kept,
        changes,
    )
    .await
}
