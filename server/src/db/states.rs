//! Member states as the record shows them: the questions each asked (with the release
//! paragraph that says so) and its votes in recorded votes.

use std::collections::{BTreeMap, HashMap, HashSet};

use app::model::{area_label, FacetCount, StateQuestion, StateSummary, StateVote, FOCUS_AREAS};
use sqlx::Row;

use super::Db;
use crate::member_states::state_key;

/// Questions per page of a state's record.
pub const QUESTIONS_PER_PAGE: u32 = 50;

/// What the summaries are made of, per member state.
#[derive(Default)]
struct Tally {
    questions: i64,
    applications: i64,
    votes: i64,
    years: Vec<i64>,
}

impl Db {
    /// Every member state with at least one question or vote, by name.
    pub async fn states(&self) -> Result<Vec<StateSummary>, sqlx::Error> {
        self.state_summaries(None).await
    }

    pub(crate) async fn state_summaries(
        &self,
        only: Option<i64>,
    ) -> Result<Vec<StateSummary>, sqlx::Error> {
        let (filter_q, filter_v, filter_m) = match only {
            Some(_) => (
                "where q.member_state_id = $1",
                "and v.member_state_id = $1",
                "where member_state_id = $1",
            ),
            None => ("", "", ""),
        };
        let mut tallies: HashMap<i64, Tally> = HashMap::new();
        let sql = format!(
            "select q.member_state_id, count(*) as questions, \
               count(distinct c.application_id) as applications, \
               min(s.year) as first_year, max(s.year) as last_year \
             from question q join consideration c on c.consideration_id = q.consideration_id \
             join session s on s.session_id = c.session_id {filter_q} \
             group by q.member_state_id"
        );
        let asked: Vec<(i64, i64, i64, i64, i64)> = super::with_optional_id(&sql, only)
            .fetch_all(self.pool())
            .await?;
        for (state, questions, applications, first_year, last_year) in asked {
            let tally = tallies.entry(state).or_default();
            tally.questions = questions;
            tally.applications = applications;
            tally.years.push(first_year);
            tally.years.push(last_year);
        }
        let sql = format!(
            "select v.member_state_id, count(*) as votes, min(s.year) as first_year, \
               max(s.year) as last_year \
             from vote v join recorded_vote r on r.recorded_vote_id = v.recorded_vote_id \
             join session s on s.session_id = r.session_id where {primary} {filter_v} \
             group by v.member_state_id",
            primary = super::primary_vote("r")
        );
        let voted: Vec<(i64, i64, i64, i64)> = super::with_optional_id(&sql, only)
            .fetch_all(self.pool())
            .await?;
        for (state, votes, first_year, last_year) in voted {
            let tally = tallies.entry(state).or_default();
            tally.votes = votes;
            tally.years.push(first_year);
            tally.years.push(last_year);
        }
        let sql = format!("select member_state_id, name, iso3 from member_state {filter_m}");
        let mut states = Vec::new();
        let members: Vec<(i64, String, Option<String>)> = super::with_optional_id(&sql, only)
            .fetch_all(self.pool())
            .await?;
        for (id, name, iso3) in members {
            let tally = tallies.remove(&id);
            // A state asked for by name has a summary even with nothing recorded.
            if tally.is_none() && only.is_none() {
                continue;
            }
            let tally = tally.unwrap_or_default();
            states.push(StateSummary {
                name,
                iso3,
                questions: tally.questions,
                applications_questioned: tally.applications,
                votes: tally.votes,
                first_year: tally.years.iter().min().copied(),
                last_year: tally.years.iter().max().copied(),
            });
        }
        states.sort_by_cached_key(|s| s.name.to_lowercase());
        Ok(states)
    }

    /// The member state a name or spelling means: its short name (without regard to case) or
    /// any spelling the member-state table knows.
    pub(crate) async fn find_state(&self, name: &str) -> Result<Option<i64>, sqlx::Error> {
        let key = state_key(name);
        if key.is_empty() {
            return Ok(None);
        }
        let by_spelling: Option<i64> =
            sqlx::query_scalar("select member_state_id from member_state_name where name_key = $1")
                .bind(&key)
                .fetch_optional(self.pool())
                .await?;
        if by_spelling.is_some() {
            return Ok(by_spelling);
        }
        for r in sqlx::query("select member_state_id, name from member_state")
            .fetch_all(self.pool())
            .await?
        {
            let short: String = r.try_get("name")?;
            if state_key(&short) == key {
                return Ok(Some(r.try_get("member_state_id")?));
            }
        }
        Ok(None)
    }
}

impl Db {
    /// Page `page` of a state's questions, newest first, each with its source: the release
    /// paragraph that names this state among the askers, else the consideration's first
    /// paragraph, else the question's own document.
    pub(crate) async fn state_questions(
        &self,
        id: i64,
        name: &str,
        page: u32,
        per_page: u32,
    ) -> Result<Vec<StateQuestion>, sqlx::Error> {
        let rows = sqlx::query(
            "select q.question_id, q.consideration_id, q.text, c.decision, s.year, s.part, \
               s.adopted_on as date, o.organization_id, o.name as organization, d.url \
             from question q join consideration c on c.consideration_id = q.consideration_id \
             join application a on a.application_id = c.application_id \
             join organization o on o.organization_id = a.organization_id \
             join session s on s.session_id = c.session_id \
             join source_document d on d.source_document_id = q.source_document_id \
             where q.member_state_id = $1 \
             order by s.year desc, s.part desc, lower(o.name), o.organization_id, q.question_id \
             limit $2 offset $3",
        )
        .bind(id)
        .bind(i64::from(per_page))
        .bind(i64::from(page.saturating_sub(1)) * i64::from(per_page))
        .fetch_all(self.pool())
        .await?;
        let paragraphs = self.question_paragraphs(id, name).await?;
        rows.into_iter()
            .map(|r| {
                let consideration_id: i64 = r.try_get("consideration_id")?;
                let url: String = r.try_get("url")?;
                let source = paragraphs.get(&consideration_id).cloned().unwrap_or(url);
                Ok(StateQuestion {
                    organization_id: r.try_get("organization_id")?,
                    organization: r.try_get("organization")?,
                    session: super::session_of(&r)?,
                    text: r.try_get("text")?,
                    decision: r.try_get("decision")?,
                    source: Some(source),
                })
            })
            .collect()
    }

    /// Consideration → the release paragraph (`URL#p12`) behind a state's question there:
    /// the first that names the state among the askers, else the first.
    async fn question_paragraphs(
        &self,
        id: i64,
        name: &str,
    ) -> Result<HashMap<i64, String>, sqlx::Error> {
        // consideration → (its paragraph, whether that paragraph names this state).
        let mut paragraphs: HashMap<i64, (String, bool)> = HashMap::new();
        let needle = serde_json::to_string(name).unwrap_or_default();
        for r in sqlx::query(
            "select r.consideration_id, r.locator, r.asked_by, p.url \
             from press_record r join press_release p on p.press_release_id = r.press_release_id \
             where r.consideration_id in \
               (select q.consideration_id from question q where q.member_state_id = $1) \
             order by p.dated_on is null, p.dated_on, r.press_record_id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        {
            let asked_by: String = r.try_get("asked_by")?;
            let names_state = asked_by.contains(&needle);
            let url: String = r.try_get("url")?;
            let locator: String = r.try_get("locator")?;
            let paragraph = (format!("{url}#{locator}"), names_state);
            let held = paragraphs
                .entry(r.try_get("consideration_id")?)
                .or_insert_with(|| paragraph.clone());
            if names_state && !held.1 {
                *held = paragraph;
            }
        }
        Ok(paragraphs
            .into_iter()
            .map(|(k, (link, _))| (k, link))
            .collect())
    }

    /// Every vote a state cast, newest first (a roll call both sources hold counts once).
    pub(crate) async fn state_votes(&self, id: i64) -> Result<Vec<StateVote>, sqlx::Error> {
        sqlx::query(&format!(
            "select s.year, s.part, s.adopted_on as date, rv.topic, rv.outcome, v.vote, v.locator, \
               o.organization_id, o.name as organization, d.source, d.url, d.file_name \
             from vote v join recorded_vote rv on rv.recorded_vote_id = v.recorded_vote_id \
             join session s on s.session_id = rv.session_id \
             join source_document d on d.source_document_id = rv.source_document_id \
             left join consideration c on c.consideration_id = rv.consideration_id \
             left join application a on a.application_id = c.application_id \
             left join organization o on o.organization_id = a.organization_id \
             where v.member_state_id = $1 and {} \
             order by s.year desc, s.part desc, rv.topic, v.vote_id",
            super::primary_vote("rv")
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            Ok(StateVote {
                session: super::session_of(&r)?,
                topic: r.try_get("topic")?,
                organization_id: r.try_get("organization_id")?,
                organization: r.try_get("organization")?,
                vote: r.try_get("vote")?,
                outcome: r.try_get("outcome")?,
                source: super::source_ref(&r)?,
                locator: r.try_get("locator")?,
            })
        })
        .collect()
    }

    /// The organizations a state questioned, per effective focus area (an organization in
    /// several areas counts in each; every area listed, zeros included).
    pub(crate) async fn questioned_by_area(&self, id: i64) -> Result<Vec<FacetCount>, sqlx::Error> {
        let questioned: HashSet<i64> = sqlx::query_scalar(
            "select distinct a.organization_id from question q \
             join consideration c on c.consideration_id = q.consideration_id \
             join application a on a.application_id = c.application_id \
             where q.member_state_id = $1",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .collect();
        let index = self.search_index().await?;
        let mut by_area: BTreeMap<&str, i64> = BTreeMap::new();
        for organization in &questioned {
            for area in index.areas(*organization) {
                if let Some(known) = FOCUS_AREAS.iter().find(|a| **a == area) {
                    *by_area.entry(*known).or_default() += 1;
                }
            }
        }
        Ok(FOCUS_AREAS
            .iter()
            .map(|area| FacetCount {
                value: area.to_string(),
                label: area_label(area).to_string(),
                count: by_area.get(area).copied().unwrap_or(0),
            })
            .collect())
    }
}
