//! What the press releases add, read back: where they disagree with the reports, and each
//! session's records against the totals the releases state.

use serde::Serialize;
use sqlx::Row;

use super::Db;

/// One application at one session on which the two sources do not agree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disagreement {
    pub organization_id: i64,
    pub organization: String,
    pub application_id: i64,
    pub year: i64,
    pub part: String,
    /// `decision`: both sources consider it there and decide differently; `session`: the
    /// press release has it at a session where the reports do not list this application.
    pub kind: &'static str,
    pub reports_decision: Option<String>,
    pub press_decision: String,
    /// The release that gives the press decision.
    pub press_url: String,
}

impl Db {
    /// Disagreements between the reports and the press releases, by session and name. Only
    /// sessions the reports cover are compared ("recommended" in the reports agrees with
    /// any "recommended_*" in a release).
    pub async fn disagreements(&self) -> Result<Vec<Disagreement>, sqlx::Error> {
        let rows = sqlx::query(
            "select o.organization_id, o.name, c.application_id, s.year, s.part, r.decision, c.decision, d.url \
             from consideration c \
             join application a on a.application_id = c.application_id \
             join organization o on o.organization_id = a.organization_id \
             join session s on s.session_id = c.session_id \
             join source_document d on d.source_document_id = c.source_document_id \
             left join consideration r on r.application_id = c.application_id \
                and r.session_id = c.session_id and r.source = 'steinert' \
             where c.source = 'press_release' \
               and exists (select 1 from consideration x where x.session_id = c.session_id and x.source = 'steinert') \
               and (r.consideration_id is null or not (r.decision = c.decision \
                    or (r.decision = 'recommended' and c.decision like 'recommended%'))) \
             order by s.year, s.part, o.name, c.application_id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|r| {
                let reports_decision: Option<String> = r.try_get(5)?;
                Ok(Disagreement {
                    organization_id: r.try_get(0)?,
                    organization: r.try_get(1)?,
                    application_id: r.try_get(2)?,
                    year: r.try_get(3)?,
                    part: r.try_get(4)?,
                    kind: if reports_decision.is_some() {
                        "decision"
                    } else {
                        "session"
                    },
                    reports_decision,
                    press_decision: r.try_get(6)?,
                    press_url: r.try_get(7)?,
                })
            })
            .collect()
    }
}
