//! Per-session decision counts from the reports dataset, with their sources and flags.

use std::collections::HashMap;

use app::model::{SessionFlag, SessionRow, SourceRef};
use sqlx::Row;

use super::Db;

/// `sql`, with the session id bound to `$1` when there is one.
pub(crate) fn bind_session(
    sql: &str,
    session: Option<i64>,
) -> sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments<'_>> {
    let query = sqlx::query(sql);
    match session {
        Some(id) => query.bind(id),
        None => query,
    }
}

impl Db {
    /// One row per session, oldest first. Counts are of status applications as the reports
    /// dataset codes them; `considered` is every such application listed in the session.
    /// Kept while the data does not change (see `Db::stamp`): the query reads every
    /// consideration.
    pub async fn sessions(&self) -> Result<Vec<SessionRow>, sqlx::Error> {
        let stamp = self.stamp().await?;
        let rows = self
            .sessions
            .get(stamp, || self.sessions_where(None))
            .await?;
        Ok(rows.as_ref().clone())
    }

    /// The row of [`Db::sessions`] for one session, when the reports cover it.
    pub async fn session_row(&self, session_id: i64) -> Result<Option<SessionRow>, sqlx::Error> {
        Ok(self.sessions_where(Some(session_id)).await?.pop())
    }

    async fn sessions_where(&self, session: Option<i64>) -> Result<Vec<SessionRow>, sqlx::Error> {
        // One session or all: the filter only narrows the same queries.
        let (only_s, only_c, only_f) = match session {
            Some(_) => (
                "and s.session_id = $1",
                "where c.session_id = $1",
                "where session_id = $1",
            ),
            None => ("", "", ""),
        };
        let sql = format!(
            "select s.session_id, s.year, s.part, s.adopted_on, \
               count(c.consideration_id) as considered, \
               coalesce(sum(case when c.decision like 'recommended%' then 1 else 0 end), 0) as recommended, \
               coalesce(sum(case when c.decision = 'deferred' then 1 else 0 end), 0) as deferred, \
               coalesce(sum(case when c.decision = 'deferred' and c.is_new = 1 then 1 else 0 end), 0) as deferred_new, \
               coalesce(sum(case when c.decision = 'deferred' and c.is_new = 0 then 1 else 0 end), 0) as deferred_previously, \
               coalesce(sum(case when c.decision = 'closed' then 1 else 0 end), 0) as closed, \
               coalesce(sum(case when c.decision = 'rejected' then 1 else 0 end), 0) as rejected, \
               coalesce(sum(case when c.decision = 'withdrawn' then 1 else 0 end), 0) as withdrawn \
             from session s left join ( \
               select c.consideration_id, c.session_id, c.decision, c.is_new from consideration c \
               join application a on a.application_id = c.application_id \
               where a.kind = 'status' and c.source = 'steinert') c on c.session_id = s.session_id \
             where exists (select 1 from consideration r where r.session_id = s.session_id and r.source = 'steinert') {only_s} \
             group by s.session_id, s.year, s.part, s.adopted_on \
             order by s.year, s.part",
        );
        let rows = bind_session(&sql, session).fetch_all(self.pool()).await?;

        let mut sources: HashMap<i64, Vec<SourceRef>> = HashMap::new();
        let sql = format!(
            "select distinct c.session_id, d.source, d.url, d.file_name from consideration c \
             join consideration_evidence e on e.consideration_id = c.consideration_id \
             join source_document d on d.source_document_id = e.source_document_id {only_c} \
             order by c.session_id, d.url",
        );
        for row in bind_session(&sql, session).fetch_all(self.pool()).await? {
            sources.entry(row.try_get(0)?).or_default().push(SourceRef {
                source: row.try_get(1)?,
                url: row.try_get(2)?,
                file_name: row.try_get(3)?,
            });
        }
        let mut flags: HashMap<i64, Vec<SessionFlag>> = HashMap::new();
        let sql = format!(
            "select session_id, kind, item_count, detail from reconciliation_flag {only_f} \
             order by session_id, kind"
        );
        for row in bind_session(&sql, session).fetch_all(self.pool()).await? {
            flags.entry(row.try_get(0)?).or_default().push(SessionFlag {
                kind: row.try_get(1)?,
                count: row.try_get(2)?,
                detail: row.try_get(3)?,
            });
        }

        rows.into_iter()
            .map(|row| {
                let id: i64 = row.try_get("session_id")?;
                Ok(SessionRow {
                    year: row.try_get("year")?,
                    part: row.try_get("part")?,
                    date: row.try_get("adopted_on")?,
                    considered: row.try_get("considered")?,
                    recommended: row.try_get("recommended")?,
                    deferred: row.try_get("deferred")?,
                    deferred_new: row.try_get("deferred_new")?,
                    deferred_previously: row.try_get("deferred_previously")?,
                    closed: row.try_get("closed")?,
                    rejected: row.try_get("rejected")?,
                    withdrawn: row.try_get("withdrawn")?,
                    sources: sources.remove(&id).unwrap_or_default(),
                    flags: flags.remove(&id).unwrap_or_default(),
                })
            })
            .collect()
    }
}
