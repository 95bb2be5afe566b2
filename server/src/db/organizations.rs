//! Organizations: search by any spelling, and one organization's whole record with a source
//! for every line.

use std::collections::HashMap;

use app::model::{
    ApplicationDetail, ConsiderationDetail, Evidence, OrganizationDetail, OrganizationEvent,
    OrganizationName, OrganizationPage, OrganizationSummary, QuestionDetail, SessionRef, SourceRef,
};
use sqlx::{any::AnyRow, Row};

use super::Db;
use crate::names::name_key;

const TERMINAL: [&str; 7] = [
    "recommended",
    "recommended_special",
    "recommended_general",
    "recommended_roster",
    "closed",
    "rejected",
    "withdrawn",
];

/// A consideration that counts: the reports' where they have one for that application and
/// session, a press release's otherwise (sessions after the reports end). Counting both
/// would count one deferral twice.
const PRIMARY: &str = "(c.source = 'steinert' or not exists (select 1 from consideration r \
     where r.application_id = c.application_id and r.session_id = c.session_id and r.source = 'steinert'))";

fn session_ref(row: &AnyRow, prefix: &str) -> Result<Option<SessionRef>, sqlx::Error> {
    let year: Option<i64> = row.try_get(format!("{prefix}year").as_str())?;
    Ok(match year {
        Some(year) => Some(SessionRef {
            year,
            part: row.try_get(format!("{prefix}part").as_str())?,
            date: row.try_get(format!("{prefix}date").as_str())?,
        }),
        None => None,
    })
}

/// `%key%` for LIKE, with LIKE's own wildcards escaped.
fn like_pattern(query: &str) -> String {
    let key = name_key(query)
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{key}%")
}

impl Db {
    /// Organizations any of whose spellings contains `query` (after normalisation), by name.
    pub async fn search_organizations(
        &self,
        query: &str,
        page: u32,
        per_page: u32,
    ) -> Result<OrganizationPage, sqlx::Error> {
        let pattern = like_pattern(query);
        let matching =
            "select organization_id from organization_name where name_key like $1 escape '\\'";
        let total: i64 = sqlx::query_scalar(&format!(
            "select count(*) from organization where organization_id in ({matching})"
        ))
        .bind(&pattern)
        .fetch_one(self.pool())
        .await?;
        let offset = i64::from(page.saturating_sub(1)) * i64::from(per_page);
        let primary = PRIMARY;
        let rows = sqlx::query(&format!(
            "select o.organization_id, o.name, \
               (select count(*) from organization_name x where x.organization_id = o.organization_id) as spellings, \
               (select count(*) from consideration c join application a on a.application_id = c.application_id \
                  where a.organization_id = o.organization_id and {primary}) as considerations, \
               (select count(*) from consideration c join application a on a.application_id = c.application_id \
                  where a.organization_id = o.organization_id and c.decision = 'deferred' and {primary}) as deferrals \
             from organization o where o.organization_id in ({matching}) \
             order by o.name, o.organization_id limit $2 offset $3"
        ))
        .bind(&pattern)
        .bind(i64::from(per_page))
        .bind(offset)
        .fetch_all(self.pool())
        .await?;
        let mut items = Vec::with_capacity(rows.len());
        for row in rows {
            let id: i64 = row.try_get("organization_id")?;
            let (first_session, last_session) = self.session_span(id).await?;
            items.push(OrganizationSummary {
                id,
                name: row.try_get("name")?,
                spellings: row.try_get("spellings")?,
                considerations: row.try_get("considerations")?,
                deferrals: row.try_get("deferrals")?,
                first_session,
                last_session,
            });
        }
        Ok(OrganizationPage {
            query: query.to_string(),
            page,
            per_page,
            total,
            items,
        })
    }

    async fn session_span(
        &self,
        organization_id: i64,
    ) -> Result<(Option<SessionRef>, Option<SessionRef>), sqlx::Error> {
        let rows = sqlx::query(
            "select distinct s.year, s.part, s.adopted_on as date from consideration c \
             join application a on a.application_id = c.application_id \
             join session s on s.session_id = c.session_id \
             where a.organization_id = $1 order by s.year, s.part",
        )
        .bind(organization_id)
        .fetch_all(self.pool())
        .await?;
        let first = rows
            .first()
            .map(|r| session_ref(r, ""))
            .transpose()?
            .flatten();
        let last = rows
            .last()
            .map(|r| session_ref(r, ""))
            .transpose()?
            .flatten();
        Ok((first, last))
    }

    /// One organization's whole record, or `None`.
    pub async fn organization(&self, id: i64) -> Result<Option<OrganizationDetail>, sqlx::Error> {
        let Some(name): Option<String> =
            sqlx::query_scalar("select name from organization where organization_id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?
        else {
            return Ok(None);
        };
        let names = sqlx::query(
            "select name, link_rule, link_score, linked_to_name from organization_name \
             where organization_id = $1 order by organization_name_id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            Ok(OrganizationName {
                name: r.try_get(0)?,
                link_rule: r.try_get(1)?,
                link_score: r.try_get(2)?,
                linked_to: r.try_get(3)?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let events = sqlx::query(
            "select e.kind, s.year, s.part, s.adopted_on as date, e.old_name, e.new_name, e.other_name, \
               d.source, d.url, d.file_name, e.locator \
             from organization_event e left join session s on s.session_id = e.session_id \
             join source_document d on d.source_document_id = e.source_document_id \
             where e.organization_id = $1 order by s.year, s.part, e.organization_event_id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            Ok(OrganizationEvent {
                kind: r.try_get("kind")?,
                session: session_ref(&r, "")?,
                old_name: r.try_get("old_name")?,
                new_name: r.try_get("new_name")?,
                other_name: r.try_get("other_name")?,
                source: SourceRef {
                    source: r.try_get("source")?,
                    url: r.try_get("url")?,
                    file_name: r.try_get("file_name")?,
                },
                locator: r.try_get("locator")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;

        let mut evidence: HashMap<i64, Vec<Evidence>> = HashMap::new();
        for r in sqlx::query(
            "select e.consideration_id, e.locator, e.name_as_printed, d.source, d.url, d.file_name \
             from consideration_evidence e \
             join consideration c on c.consideration_id = e.consideration_id \
             join application a on a.application_id = c.application_id \
             join source_document d on d.source_document_id = e.source_document_id \
             where a.organization_id = $1 order by e.consideration_evidence_id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        {
            evidence.entry(r.try_get(0)?).or_default().push(Evidence {
                locator: r.try_get(1)?,
                name_as_printed: r.try_get(2)?,
                source: SourceRef {
                    source: r.try_get(3)?,
                    url: r.try_get(4)?,
                    file_name: r.try_get(5)?,
                },
            });
        }
        // Press records behind press considerations: the release line, with its address.
        let mut countries: HashMap<i64, String> = HashMap::new();
        for r in sqlx::query(
            "select r.consideration_id, r.locator, r.ngo, r.country, p.url \
             from press_record r join press_release p on p.press_release_id = r.press_release_id \
             where r.organization_id = $1 and r.consideration_id is not null \
             order by p.dated_on, r.press_record_id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        {
            let consideration_id: i64 = r.try_get(0)?;
            let url: String = r.try_get(4)?;
            let locator: String = r.try_get(1)?;
            if let Some(country) = r.try_get::<Option<String>, _>(3)? {
                countries.insert(consideration_id, country);
            }
            evidence
                .entry(consideration_id)
                .or_default()
                .push(Evidence {
                    locator: format!("{url}#{locator}"),
                    name_as_printed: r.try_get(2)?,
                    source: SourceRef {
                        source: "press_release".to_string(),
                        url,
                        file_name: None,
                    },
                });
        }
        let mut questions: HashMap<i64, Vec<QuestionDetail>> = HashMap::new();
        for r in sqlx::query(
            "select q.consideration_id, m.name, q.text from question q \
             join member_state m on m.member_state_id = q.member_state_id \
             join consideration c on c.consideration_id = q.consideration_id \
             join application a on a.application_id = c.application_id \
             where a.organization_id = $1 order by q.consideration_id, q.seq",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        {
            questions
                .entry(r.try_get(0)?)
                .or_default()
                .push(QuestionDetail {
                    state: r.try_get(1)?,
                    text: r.try_get(2)?,
                });
        }
        let mut considerations: HashMap<i64, Vec<ConsiderationDetail>> = HashMap::new();
        for r in sqlx::query(
            "select c.consideration_id, c.application_id, s.year, s.part, s.adopted_on as date, \
               c.decision, c.is_new, c.source \
             from consideration c join application a on a.application_id = c.application_id \
             join session s on s.session_id = c.session_id \
             where a.organization_id = $1 order by s.year, s.part, c.source",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        {
            let consideration_id: i64 = r.try_get("consideration_id")?;
            let is_new: Option<i64> = r.try_get("is_new")?;
            considerations
                .entry(r.try_get("application_id")?)
                .or_default()
                .push(ConsiderationDetail {
                    session: session_ref(&r, "")?.expect("a consideration always has a session"),
                    decision: r.try_get("decision")?,
                    is_new: is_new.map(|v| v != 0),
                    source: r.try_get("source")?,
                    evidence: evidence.remove(&consideration_id).unwrap_or_default(),
                    questions: questions.remove(&consideration_id).unwrap_or_default(),
                    country: countries.remove(&consideration_id),
                });
        }
        let applications = sqlx::query(
            "select application_id, kind, seq from application where organization_id = $1 order by kind, seq",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            let application_id: i64 = r.try_get(0)?;
            let considerations = considerations.remove(&application_id).unwrap_or_default();
            // The counts follow the primary consideration of each session (see PRIMARY);
            // the list keeps both sources, so a disagreement stays visible.
            let reported: Vec<&SessionRef> = considerations
                .iter()
                .filter(|c| c.source == "steinert")
                .map(|c| &c.session)
                .collect();
            let primary: Vec<&ConsiderationDetail> = considerations
                .iter()
                .filter(|c| c.source == "steinert" || !reported.contains(&&c.session))
                .collect();
            let last = primary.last().copied();
            let outcome = last
                .filter(|c| TERMINAL.contains(&c.decision.as_str()))
                .map(|c| c.decision.clone());
            Ok(ApplicationDetail {
                id: application_id,
                kind: r.try_get(1)?,
                seq: r.try_get(2)?,
                first_session: primary.first().map(|c| c.session.clone()),
                deferrals: primary.iter().filter(|c| c.decision == "deferred").count() as i64,
                outcome_session: outcome.as_ref().and(last.map(|c| c.session.clone())),
                pending: outcome.is_none(),
                outcome,
                considerations,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Ok(Some(OrganizationDetail {
            id,
            name,
            names,
            events,
            applications,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn like_wildcards_in_queries_are_literal() {
        assert_eq!(like_pattern("50% Women_Fund"), "%50\\% women\\_fund%");
    }
}
