//! Reading what the join starts from: the stored press records, the organizations' names
//! and the applications with their considerations.

use sqlx::AnyConnection;

use super::plan::{App, Applications, NameIndex, PressRow, Ref, SessionOrder};
use crate::names::compact_key;

/// The place of a session in time.
fn order(year: i64, part: &str) -> Result<SessionOrder, sqlx::Error> {
    Ok((year, i64::from(crate::db::part_order(part)?)))
}

/// Every status and reclassification record of a release that is not a placeholder, in
/// date order.
pub(super) async fn load_records(conn: &mut AnyConnection) -> Result<Vec<PressRow>, sqlx::Error> {
    let rows: Vec<RecordRow> = sqlx::query_as(
        "select r.press_record_id, r.name_key, r.ngo, r.decision, r.request, r.asked_by, r.question, r.vote, \
                r.organization_id, r.consideration_id, p.session_id, s.year, s.part, p.source_document_id \
         from press_record r join press_release p on p.press_release_id = r.press_release_id \
         left join session s on s.session_id = p.session_id \
         where r.request <> 'quadrennial_report' and p.is_placeholder = 0 \
         order by s.year, s.part, p.dated_on, p.press_release_id, r.press_record_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(PressRow {
                id: r.press_record_id,
                name_key: r.name_key,
                ngo: r.ngo,
                decision: r.decision,
                request: r.request,
                asked_by: serde_json::from_str(&r.asked_by).unwrap_or_default(),
                question: r.question,
                vote: r.vote.and_then(|v| serde_json::from_str(&v).ok()),
                organization_id: r.organization_id,
                consideration_id: r.consideration_id,
                session: match (r.session_id, r.year, r.part) {
                    (Some(id), Some(y), Some(p)) => Some((id, order(y, &p)?)),
                    _ => None,
                },
                document: r.source_document_id,
            })
        })
        .collect()
}

/// A row of [`load_records`]' query.
#[derive(sqlx::FromRow)]
struct RecordRow {
    press_record_id: i64,
    name_key: String,
    ngo: String,
    decision: String,
    request: String,
    asked_by: String,
    question: Option<String>,
    vote: Option<String>,
    organization_id: Option<i64>,
    consideration_id: Option<i64>,
    session_id: Option<i64>,
    year: Option<i64>,
    part: Option<String>,
    source_document_id: i64,
}

/// See [`NameIndex`].
pub(super) async fn name_index(conn: &mut AnyConnection) -> Result<NameIndex, sqlx::Error> {
    let rows: Vec<(String, i64, String)> = sqlx::query_as(
        "select n.name_key, n.organization_id, coalesce(d.source, '') from organization_name n \
         left join source_document d on d.source_document_id = n.source_document_id \
         order by n.organization_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut index = NameIndex::default();
    for (key, organization_id, source) in rows {
        let org = Ref::Stored(organization_id);
        let from_reports = source == "steinert";
        index
            .by_compact
            .entry(compact_key(&key))
            .and_modify(|o| match o {
                Some((known, reported)) if *known == org => *reported |= from_reports,
                _ => *o = None,
            })
            .or_insert(Some((org, from_reports)));
        match index.by_key.get(&key) {
            Some((_, true)) => {}
            Some((_, false)) if !from_reports => {}
            _ => {
                index.by_key.insert(key, (org, from_reports));
            }
        }
    }
    Ok(index)
}

/// Every application with the sessions that considered it, by source. Press
/// considerations of an earlier join keep a record on the application it was given (so
/// that applications known only from press releases keep their ids).
pub(super) async fn load_applications(
    conn: &mut AnyConnection,
) -> Result<Applications, sqlx::Error> {
    let rows: Vec<ApplicationRow> = sqlx::query_as(
        "select a.application_id, a.organization_id, a.kind, a.seq, s.year, s.part, c.decision, c.source \
         from application a left join consideration c on c.application_id = a.application_id \
         left join session s on s.session_id = c.session_id order by a.application_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut apps = Applications::new();
    for r in rows {
        let id = Ref::Stored(r.application_id);
        let list = apps
            .entry((Ref::Stored(r.organization_id), r.kind))
            .or_default();
        if list.last().is_none_or(|a| a.id != id) {
            list.push(App::new(id, r.seq));
        }
        let app = list.last_mut().expect("just pushed");
        if let (Some(y), Some(p), Some(d), Some(s)) = (r.year, r.part, r.decision, r.source) {
            let at = order(y, &p)?;
            if s == "steinert" {
                app.steinert.insert(at, d);
            } else {
                app.press.insert(at, d);
            }
        }
    }
    Ok(apps)
}

/// A row of [`load_applications`]' query: an application with one of its considerations.
#[derive(sqlx::FromRow)]
struct ApplicationRow {
    application_id: i64,
    organization_id: i64,
    kind: String,
    seq: i64,
    year: Option<i64>,
    part: Option<String>,
    decision: Option<String>,
    source: Option<String>,
}
