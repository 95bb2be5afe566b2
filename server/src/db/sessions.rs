//! Per-session decision counts from the reports dataset, with their sources and flags.

use std::collections::HashMap;

use app::model::{SessionFlag, SessionRow, SourceRef};

use super::{with_optional_id, Db};

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
        let only_s = if session.is_some() {
            "and s.session_id = $1"
        } else {
            ""
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
        let counts: Vec<CountsRow> = with_optional_id(&sql, session)
            .fetch_all(self.pool())
            .await?;
        let mut sources = self.sources_by_session(session).await?;
        let mut flags = self.flags_by_session(session).await?;

        Ok(counts
            .into_iter()
            .map(|row| SessionRow {
                year: row.year,
                part: row.part,
                date: row.adopted_on,
                considered: row.considered,
                recommended: row.recommended,
                deferred: row.deferred,
                deferred_new: row.deferred_new,
                deferred_previously: row.deferred_previously,
                closed: row.closed,
                rejected: row.rejected,
                withdrawn: row.withdrawn,
                sources: sources.remove(&row.session_id).unwrap_or_default(),
                flags: flags.remove(&row.session_id).unwrap_or_default(),
            })
            .collect())
    }
}

impl Db {
    /// The documents the reports' rows of each session (or of `session` only) come from.
    async fn sources_by_session(
        &self,
        session: Option<i64>,
    ) -> Result<HashMap<i64, Vec<SourceRef>>, sqlx::Error> {
        let only = if session.is_some() {
            "where c.session_id = $1"
        } else {
            ""
        };
        let sql = format!(
            "select distinct c.session_id, d.source, d.url, d.file_name from consideration c \
             join consideration_evidence e on e.consideration_id = c.consideration_id \
             join source_document d on d.source_document_id = e.source_document_id {only} \
             order by c.session_id, d.url",
        );
        let rows: Vec<(i64, String, String, Option<String>)> = with_optional_id(&sql, session)
            .fetch_all(self.pool())
            .await?;
        let mut sources: HashMap<i64, Vec<SourceRef>> = HashMap::new();
        for (session_id, source, url, file_name) in rows {
            sources.entry(session_id).or_default().push(SourceRef {
                source,
                url,
                file_name,
            });
        }
        Ok(sources)
    }

    /// The reports' own inconsistencies flagged per session (or for `session` only).
    async fn flags_by_session(
        &self,
        session: Option<i64>,
    ) -> Result<HashMap<i64, Vec<SessionFlag>>, sqlx::Error> {
        let only = if session.is_some() {
            "where session_id = $1"
        } else {
            ""
        };
        let sql = format!(
            "select session_id, kind, item_count, detail from reconciliation_flag {only} \
             order by session_id, kind"
        );
        let rows: Vec<(i64, String, i64, String)> = with_optional_id(&sql, session)
            .fetch_all(self.pool())
            .await?;
        let mut flags: HashMap<i64, Vec<SessionFlag>> = HashMap::new();
        for (session_id, kind, count, detail) in rows {
            flags.entry(session_id).or_default().push(SessionFlag {
                kind,
                count,
                detail,
            });
        }
        Ok(flags)
    }
}

/// A row of [`Db::sessions`]' count query.
#[derive(sqlx::FromRow)]
struct CountsRow {
    session_id: i64,
    year: i64,
    part: String,
    adopted_on: Option<String>,
    considered: i64,
    recommended: i64,
    deferred: i64,
    deferred_new: i64,
    deferred_previously: i64,
    closed: i64,
    rejected: i64,
    withdrawn: i64,
}
