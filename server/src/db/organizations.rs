//! Organizations: search by any spelling, and one organization's whole record with a source
//! for every line.

use std::collections::HashMap;

use app::model::{
    is_final_decision, ApplicationDetail, AreaDetail, AreaOverride, AreaReason,
    ConsiderationDetail, CountryCount, DeclaredArea, OrganizationDetail, OrganizationEvent,
    OrganizationName, RecordedVoteDetail, VoteDetail,
};
use sqlx::Row;

use super::{focus::EffectiveArea, lines::Scope, Db};
use crate::sources::esango;

/// One field an iCSO / esango profile declares that names a focus area, for an organization
/// we hold.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Declared {
    pub organization_id: i64,
    /// The organization's name (ours).
    pub name: String,
    pub area: String,
    /// The field as the profile prints it.
    pub field: String,
    pub profile_url: String,
    /// The register's list named the profile when it was last read whole.
    pub listed: bool,
}

impl Db {
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
        let areas = self
            .effective_areas_of(id)
            .await?
            .into_iter()
            .map(area_detail)
            .collect();
        let cite = self.cite_basis().await?.organization(id, &name);
        Ok(Some(OrganizationDetail {
            id,
            name,
            names: self.names_of(id).await?,
            events: self.events_of(id).await?,
            applications: self.applications_of(id).await?,
            areas,
            area_overrides: self.area_overrides_of(id).await?,
            declared: self.declared_of(id).await?,
            countries: self.countries_of(id).await?,
            waits: self.wait_standings(id).await?,
            cite,
        }))
    }

    /// Every spelling linked to the organization, and how.
    async fn names_of(&self, id: i64) -> Result<Vec<OrganizationName>, sqlx::Error> {
        let rows: Vec<(String, String, Option<f64>, Option<String>)> = sqlx::query_as(
            "select name, link_rule, link_score, linked_to_name from organization_name \
             where organization_id = $1 order by organization_name_id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(name, link_rule, link_score, linked_to)| OrganizationName {
                    name,
                    link_rule,
                    link_score,
                    linked_to,
                },
            )
            .collect())
    }

    /// Its name changes and mergers, as the reports record them.
    async fn events_of(&self, id: i64) -> Result<Vec<OrganizationEvent>, sqlx::Error> {
        sqlx::query(
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
                session: super::session_ref(&r)?,
                old_name: r.try_get("old_name")?,
                new_name: r.try_get("new_name")?,
                other_name: r.try_get("other_name")?,
                source: super::source_ref(&r)?,
                locator: r.try_get("locator")?,
            })
        })
        .collect()
    }

    /// Its applications, each with every consideration (both sources) and the figures of its
    /// primary considerations.
    async fn applications_of(&self, id: i64) -> Result<Vec<ApplicationDetail>, sqlx::Error> {
        let mut lines = self.consideration_lines(Scope::Organization(id)).await?;
        let mut recorded_votes = self.recorded_votes_of(id).await?;
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
                    session: super::session_of(&r)?,
                    decision: r.try_get("decision")?,
                    is_new: is_new.map(|v| v != 0),
                    source: r.try_get("source")?,
                    evidence: lines.evidence.remove(&consideration_id).unwrap_or_default(),
                    questions: lines
                        .questions
                        .remove(&consideration_id)
                        .unwrap_or_default(),
                    country: lines.countries.remove(&consideration_id),
                    recorded_votes: recorded_votes.remove(&consideration_id).unwrap_or_default(),
                });
        }
        let rows: Vec<(i64, String, i64)> = sqlx::query_as(
            "select application_id, kind, seq from application where organization_id = $1 order by kind, seq",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(application_id, kind, seq)| {
                let mut application = ApplicationDetail {
                    id: application_id,
                    kind,
                    seq,
                    first_session: None,
                    deferrals: 0,
                    outcome: None,
                    outcome_session: None,
                    pending: true,
                    considerations: considerations.remove(&application_id).unwrap_or_default(),
                };
                // The counts follow the primary consideration of each session
                // (`ApplicationDetail::primary`: the reports' where they have the session);
                // the list keeps both sources, so a disagreement stays visible.
                let primary = application.primary();
                let first_session = primary.first().map(|c| c.session.clone());
                let deferrals = primary.iter().filter(|c| c.decision == "deferred").count() as i64;
                let last = primary
                    .last()
                    .filter(|c| is_final_decision(&c.decision))
                    .map(|c| (c.decision.clone(), c.session.clone()));
                application.first_session = first_session;
                application.deferrals = deferrals;
                application.pending = last.is_none();
                (application.outcome, application.outcome_session) = last.unzip();
                Ok(application)
            })
            .collect()
    }

    /// The fields its register profile declares that name a focus area.
    async fn declared_of(&self, id: i64) -> Result<Vec<DeclaredArea>, sqlx::Error> {
        Ok(self
            .declared_areas(Some(id))
            .await?
            .into_iter()
            .map(|d| DeclaredArea {
                area: d.area,
                field: d.field,
                source: d.profile_url,
                listed: d.listed,
            })
            .collect())
    }

    /// Every field an iCSO / esango profile declares that names a focus area, per
    /// organization (matched by name key), for one organization or (`None`) for all. A key
    /// that two organizations hold (a curator kept them apart) names neither: the profile
    /// cannot say whose it is.
    pub async fn declared_areas(&self, id: Option<i64>) -> Result<Vec<Declared>, sqlx::Error> {
        let rows: Vec<(i64, String, String, Option<String>, String, i64)> = sqlx::query_as(
            "select n.organization_id, o.name, e.heading, e.field, d.url, p.listed \
             from esango_profile p \
             join organization_name n on n.name_key = p.name_key \
             join organization o on o.organization_id = n.organization_id \
             join esango_expertise e on e.esango_profile_id = p.esango_profile_id \
             join source_document d on d.source_document_id = p.source_document_id \
             where ($1 is null or n.organization_id = $1) \
               and not exists (select 1 from organization_name m \
                               where m.name_key = p.name_key and m.organization_id <> n.organization_id) \
             order by n.organization_id, p.esango_profile_id, e.position",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let mut out: Vec<Declared> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (organization_id, name, heading, field, url, listed) in rows {
            let entry = esango::Expertise { heading, field };
            for (area, field) in esango::declared_areas(std::slice::from_ref(&entry)) {
                if seen.insert((organization_id, area)) {
                    out.push(Declared {
                        organization_id,
                        name: name.clone(),
                        area: area.to_string(),
                        field,
                        profile_url: url.clone(),
                        listed: listed != 0,
                    });
                }
            }
        }
        Ok(out)
    }

    /// Every curator correction of its areas, oldest first.
    async fn area_overrides_of(&self, id: i64) -> Result<Vec<AreaOverride>, sqlx::Error> {
        sqlx::query(
            "select area, action, reason, curator, created_at from focus_area_override \
             where organization_id = $1 order by created_at, focus_area_override_id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            Ok(AreaOverride {
                area: r.try_get("area")?,
                action: r.try_get("action")?,
                reason: r.try_get("reason")?,
                curator: r.try_get("curator")?,
                at: r.try_get("created_at")?,
            })
        })
        .collect()
    }

    /// The countries its press records print, commonest first.
    async fn countries_of(&self, id: i64) -> Result<Vec<CountryCount>, sqlx::Error> {
        sqlx::query(
            "select country, count(*) as records from press_record \
             where organization_id = $1 and country is not null \
             group by country order by count(*) desc, country",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            Ok(CountryCount {
                country: r.try_get("country")?,
                records: r.try_get("records")?,
            })
        })
        .collect()
    }
}

/// One rule's reason as `db::focus` stores it (`{"rules": [{area, rule, lang, matched, text}]}`).
#[derive(serde::Deserialize)]
struct StoredReasons {
    #[serde(default)]
    rules: Vec<StoredReason>,
}

#[derive(serde::Deserialize)]
struct StoredReason {
    rule: String,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    matched: Vec<String>,
    #[serde(default)]
    text: String,
}

/// An effective area with its reasons read: the rules' from their stored JSON, a curator's
/// as rule `curator` with the curator's words.
pub(crate) fn area_detail(area: EffectiveArea) -> AreaDetail {
    let reasons = if area.by == "curator" {
        vec![AreaReason {
            rule: "curator".into(),
            lang: None,
            matched: Vec::new(),
            text: area.reason,
        }]
    } else {
        match serde_json::from_str::<StoredReasons>(&area.reason) {
            Ok(stored) => stored
                .rules
                .into_iter()
                .map(|r| AreaReason {
                    rule: r.rule,
                    lang: r.lang,
                    matched: r.matched,
                    text: r.text,
                })
                .collect(),
            Err(error) => {
                tracing::warn!(%error, area = %area.area, "a stored focus-area reason is not valid JSON");
                Vec::new()
            }
        }
    };
    AreaDetail {
        area: area.area,
        by: area.by,
        reasons,
    }
}

impl Db {
    /// The recorded votes on an organization's applications, by consideration, each with
    /// every state's vote (in favour, against, abstaining, absent; then by state).
    async fn recorded_votes_of(
        &self,
        organization_id: i64,
    ) -> Result<HashMap<i64, Vec<RecordedVoteDetail>>, sqlx::Error> {
        let rows = sqlx::query(&format!(
            "select r.consideration_id, r.recorded_vote_id, r.topic, r.outcome, m.name, v.vote \
             from recorded_vote r \
             join consideration c on c.consideration_id = r.consideration_id \
             join application a on a.application_id = c.application_id \
             left join vote v on v.recorded_vote_id = r.recorded_vote_id \
             left join member_state m on m.member_state_id = v.member_state_id \
             where a.organization_id = $1 and {} \
             order by r.recorded_vote_id, case v.vote when 'in_favour' then 0 when 'against' then 1 \
               when 'abstaining' then 2 else 3 end, m.name",
            super::primary_vote("r")
        ))
        .bind(organization_id)
        .fetch_all(self.pool())
        .await?;
        let mut by_consideration: HashMap<i64, Vec<RecordedVoteDetail>> = HashMap::new();
        let mut last_vote_id = None;
        for r in rows {
            let consideration_id: i64 = r.try_get("consideration_id")?;
            let vote_id: i64 = r.try_get("recorded_vote_id")?;
            let votes = by_consideration.entry(consideration_id).or_default();
            if last_vote_id != Some(vote_id) {
                votes.push(RecordedVoteDetail {
                    topic: r.try_get("topic")?,
                    outcome: r.try_get("outcome")?,
                    votes: Vec::new(),
                });
                last_vote_id = Some(vote_id);
            }
            let state: Option<String> = r.try_get("name")?;
            let vote: Option<String> = r.try_get("vote")?;
            if let (Some(state), Some(vote), Some(current)) = (state, vote, votes.last_mut()) {
                current.votes.push(VoteDetail { state, vote });
            }
        }
        Ok(by_consideration)
    }
}

#[cfg(test)]
mod tests {
    use super::{area_detail, EffectiveArea};

    #[test]
    fn stored_reasons_are_read() {
        let detail = area_detail(EffectiveArea {
            area: "women".into(),
            by: "rule".into(),
            reason: r#"{"rules":[{"area":"women","rule":"women.fr","lang":"fr","matched":["femmes"],"text":"Voix des Femmes"}]}"#.into(),
        });
        assert_eq!(detail.reasons.len(), 1);
        assert_eq!(detail.reasons[0].rule, "women.fr");
        assert_eq!(detail.reasons[0].matched, ["femmes"]);
        let curator = area_detail(EffectiveArea {
            area: "lgbti".into(),
            by: "curator".into(),
            reason: "its charter says so".into(),
        });
        assert_eq!(curator.reasons[0].rule, "curator");
        assert_eq!(curator.reasons[0].text, "its charter says so");
    }
}
