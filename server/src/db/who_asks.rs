//! Who asks: the press layer's questions and votes loaded for
//! [`crate::measures::who_asks`] (the answer is [`crate::answers::who_asks`]).

use std::sync::Arc;

use sqlx::Row;

use super::Db;
use crate::measures::who_asks::{AskedQuestion, CastVote, PressInputs, Session, StateName};

fn session_of(year: i64, part: &str) -> Result<Session, sqlx::Error> {
    Ok((year as i32, super::part_order(part)?))
}

impl Db {
    /// What [`crate::measures::who_asks`] reads from the press layer, kept per data version.
    pub async fn press_inputs(&self) -> Result<Arc<PressInputs>, sqlx::Error> {
        let stamp = self.stamp().await?;
        self.press_inputs
            .get(stamp, || self.load_press_inputs())
            .await
    }

    /// The states, the questions on status applications (each with its decision at that
    /// session: the reports', else the release's), the recorded votes that count on status
    /// applications, the sessions and the releases read per session. Kept per data version.
    async fn load_press_inputs(&self) -> Result<PressInputs, sqlx::Error> {
        let mut press = PressInputs::default();
        for r in sqlx::query("select member_state_id, name, iso3 from member_state order by name")
            .fetch_all(self.pool())
            .await?
        {
            press.states.push(StateName {
                id: r.try_get("member_state_id")?,
                name: r.try_get("name")?,
                iso3: r.try_get("iso3")?,
            });
        }
        let sql = "select q.member_state_id, c.application_id, a.organization_id, s.year, s.part, \
               coalesce(rc.decision, c.decision) as decision \
             from question q join consideration c on c.consideration_id = q.consideration_id \
             join application a on a.application_id = c.application_id \
             join session s on s.session_id = c.session_id \
             left join consideration rc on rc.application_id = c.application_id \
               and rc.session_id = c.session_id and rc.source = 'steinert' \
             where a.kind = 'status' order by q.question_id";
        for r in sqlx::query(sql).fetch_all(self.pool()).await? {
            press.questions.push(AskedQuestion {
                state_id: r.try_get("member_state_id")?,
                application_id: r.try_get("application_id")?,
                organization_id: r.try_get("organization_id")?,
                session: session_of(r.try_get("year")?, &r.try_get::<String, _>("part")?)?,
                decision: r.try_get("decision")?,
            });
        }
        let sql = format!(
            "select v.member_state_id, a.organization_id, s.year, s.part, v.vote \
             from vote v join recorded_vote rv on rv.recorded_vote_id = v.recorded_vote_id \
             join consideration c on c.consideration_id = rv.consideration_id \
             join application a on a.application_id = c.application_id \
             join session s on s.session_id = rv.session_id \
             where a.kind = 'status' and {} order by v.vote_id",
            super::primary_vote("rv")
        );
        for r in sqlx::query(&sql).fetch_all(self.pool()).await? {
            press.votes.push(CastVote {
                state_id: r.try_get("member_state_id")?,
                organization_id: r.try_get("organization_id")?,
                session: session_of(r.try_get("year")?, &r.try_get::<String, _>("part")?)?,
                vote: r.try_get("vote")?,
            });
        }
        for r in sqlx::query("select year, part from session")
            .fetch_all(self.pool())
            .await?
        {
            press.sessions.insert(session_of(
                r.try_get("year")?,
                &r.try_get::<String, _>("part")?,
            )?);
        }
        let sql = "select s.year, s.part, count(*) as releases from press_release p \
             join session s on s.session_id = p.session_id where p.is_placeholder = 0 \
             group by s.year, s.part";
        for r in sqlx::query(sql).fetch_all(self.pool()).await? {
            press.releases.insert(
                session_of(r.try_get("year")?, &r.try_get::<String, _>("part")?)?,
                r.try_get("releases")?,
            );
        }
        press.incomplete = self.incomplete_releases_by_session().await?;
        Ok(press)
    }

    /// Per session, the releases whose records differ from their headlines' counts (a
    /// placeholder is never one: its headline is not checked).
    async fn incomplete_releases_by_session(
        &self,
    ) -> Result<std::collections::BTreeMap<Session, i64>, sqlx::Error> {
        let mut incomplete = std::collections::BTreeMap::new();
        for release in self.incomplete_releases().await? {
            if let Some(session) = release.session {
                *incomplete
                    .entry(session_of(session.year, &session.part)?)
                    .or_default() += 1;
            }
        }
        Ok(incomplete)
    }
}
