//! The lines behind considerations — each source row (the reports' file, sheet and row, the
//! release paragraph), the questions asked, the country a release prints — read for one
//! organization or one session, keyed by consideration. Passports and session pages show the
//! same lines, so they read them the same way.

use std::collections::HashMap;

use app::model::{Evidence, QuestionDetail, SourceRef};
use sqlx::Row;

use super::Db;

/// Whose considerations.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    Organization(i64),
    Session(i64),
}

impl Scope {
    /// The condition on `consideration c` (joined to `application a`) and its one parameter.
    fn condition(self) -> (&'static str, i64) {
        match self {
            Scope::Organization(id) => ("a.organization_id = $1", id),
            Scope::Session(id) => ("c.session_id = $1", id),
        }
    }
}

/// Per consideration id.
#[derive(Debug, Default)]
pub struct Lines {
    /// The reports' rows first, then the release paragraphs (`URL#p12`) by release date.
    pub evidence: HashMap<i64, Vec<Evidence>>,
    /// The asking states' questions, in order.
    pub questions: HashMap<i64, Vec<QuestionDetail>>,
    /// The country the (latest) release prints.
    pub countries: HashMap<i64, String>,
}

impl Db {
    /// Every line behind the considerations in `scope`.
    pub async fn consideration_lines(&self, scope: Scope) -> Result<Lines, sqlx::Error> {
        let (condition, id) = scope.condition();
        let mut lines = Lines::default();
        for r in sqlx::query(&format!(
            "select e.consideration_id, e.locator, e.name_as_printed, d.source, d.url, d.file_name \
             from consideration_evidence e \
             join consideration c on c.consideration_id = e.consideration_id \
             join application a on a.application_id = c.application_id \
             join source_document d on d.source_document_id = e.source_document_id \
             where {condition} order by e.consideration_evidence_id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?
        {
            lines
                .evidence
                .entry(r.try_get("consideration_id")?)
                .or_default()
                .push(Evidence {
                    locator: r.try_get("locator")?,
                    name_as_printed: r.try_get("name_as_printed")?,
                    source: super::source_ref(&r)?,
                });
        }
        // Press records behind press considerations: the release line, with its address.
        for r in sqlx::query(&format!(
            "select r.consideration_id, r.locator, r.ngo, r.country, p.url \
             from press_record r join press_release p on p.press_release_id = r.press_release_id \
             join consideration c on c.consideration_id = r.consideration_id \
             join application a on a.application_id = c.application_id \
             where {condition} order by p.dated_on is null, p.dated_on, r.press_record_id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?
        {
            let consideration_id: i64 = r.try_get("consideration_id")?;
            let url: String = r.try_get("url")?;
            let locator: String = r.try_get("locator")?;
            if let Some(country) = r.try_get::<Option<String>, _>("country")? {
                lines.countries.insert(consideration_id, country);
            }
            lines
                .evidence
                .entry(consideration_id)
                .or_default()
                .push(Evidence {
                    locator: format!("{url}#{locator}"),
                    name_as_printed: r.try_get("ngo")?,
                    source: SourceRef {
                        source: "press_release".to_string(),
                        url,
                        file_name: None,
                    },
                });
        }
        for r in sqlx::query(&format!(
            "select q.consideration_id, m.name, q.text from question q \
             join member_state m on m.member_state_id = q.member_state_id \
             join consideration c on c.consideration_id = q.consideration_id \
             join application a on a.application_id = c.application_id \
             where {condition} order by q.consideration_id, q.seq, q.question_id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?
        {
            lines
                .questions
                .entry(r.try_get("consideration_id")?)
                .or_default()
                .push(QuestionDetail {
                    state: r.try_get("name")?,
                    text: r.try_get("text")?,
                });
        }
        Ok(lines)
    }
}
