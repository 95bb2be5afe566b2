//! One session with both sources side by side: every application considered there with the
//! reports' and the press releases' decisions, the session's releases, and per decision the
//! counts of each source and the totals the releases state.

use std::collections::{BTreeMap, HashMap};

use app::model::{
    Evidence, QuestionDetail, ReconciliationRow, ReleaseLine, SessionApplication, SessionDetail,
    SessionFlag, SessionKey, SessionPart, SessionRow,
};
use sqlx::Row;

use super::{lines::Scope, Db};

/// The decisions the reconciliation compares, in this order.
pub const RECONCILED: [&str; 5] = ["recommended", "deferred", "closed", "rejected", "withdrawn"];

/// "recommended_special" counts as "recommended".
fn reconciled_decision(decision: &str) -> &str {
    if decision.starts_with("recommended") {
        "recommended"
    } else {
        decision
    }
}

/// The whole-number values of a release's stated counts (anything else is left out).
fn headline_counts(text: &str) -> BTreeMap<String, i64> {
    serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text)
        .map(|map| {
            map.into_iter()
                .filter_map(|(k, v)| v.as_i64().map(|n| (k, n)))
                .collect()
        })
        .unwrap_or_default()
}

/// What one application at the session gathers before it becomes a [`SessionApplication`].
#[derive(Default)]
struct Gathered {
    organization_id: i64,
    organization: String,
    kind: String,
    reports: Option<(String, Option<bool>)>,
    press: Option<(String, Option<bool>)>,
    considerations: Vec<i64>,
}

impl Db {
    /// One session, or `None` when no source has it.
    /// The latest `n` sessions with a consideration from either source, newest first.
    pub async fn latest_sessions(&self, n: usize) -> Result<Vec<SessionKey>, sqlx::Error> {
        Ok(self
            .held_sessions()
            .await?
            .into_iter()
            .rev()
            .take(n)
            .collect())
    }

    /// Every session with a consideration from either source, oldest first.
    async fn held_sessions(&self) -> Result<Vec<SessionKey>, sqlx::Error> {
        sqlx::query(
            "select s.year, s.part from session s where exists \
               (select 1 from consideration c where c.session_id = s.session_id) \
             order by s.year, s.part",
        )
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            Ok(SessionKey {
                year: r.try_get("year")?,
                part: r.try_get("part")?,
            })
        })
        .collect()
    }

    /// The session at `key` with both sources side by side; `None` when neither covers it.
    pub async fn session_detail(
        &self,
        key: &SessionKey,
    ) -> Result<Option<SessionDetail>, sqlx::Error> {
        let Some(row) = sqlx::query(
            "select s.session_id, s.adopted_on, \
               (select count(*) from consideration c where c.session_id = s.session_id) as considerations, \
               (select count(*) from press_release p where p.session_id = s.session_id) as releases \
             from session s where s.year = $1 and s.part = $2",
        )
        .bind(key.year)
        .bind(&key.part)
        .fetch_optional(self.pool())
        .await?
        else {
            return Ok(None);
        };
        let session_id: i64 = row.try_get("session_id")?;
        let considerations: i64 = row.try_get("considerations")?;
        let releases: i64 = row.try_get("releases")?;
        if considerations == 0 && releases == 0 {
            return Ok(None);
        }
        let counts = self.session_row(session_id).await?;
        let applications = self.session_applications(session_id).await?;
        let releases = self.session_releases(session_id).await?;

        let press = self.press_decision_counts(session_id).await?;
        let reconciliation = reconciliation(counts.as_ref(), &releases, &press);
        let flags = self.session_flags(session_id).await?;
        let (previous, next) = self.neighbours(key).await?;

        Ok(Some(SessionDetail {
            cite: self.cite_basis().await?.session(key),
            session: key.clone(),
            date: row.try_get("adopted_on")?,
            counts,
            applications,
            releases,
            reconciliation,
            flags,
            previous,
            next,
        }))
    }

    /// The status records the session's releases hold, per reconciled decision.
    async fn press_decision_counts(
        &self,
        session_id: i64,
    ) -> Result<HashMap<String, i64>, sqlx::Error> {
        let mut press: HashMap<String, i64> = HashMap::new();
        for r in sqlx::query(
            "select r.decision, count(*) as records from press_record r \
             join press_release p on p.press_release_id = r.press_release_id \
             where p.session_id = $1 and r.request = 'status' group by r.decision",
        )
        .bind(session_id)
        .fetch_all(self.pool())
        .await?
        {
            let decision: String = r.try_get("decision")?;
            *press
                .entry(reconciled_decision(&decision).to_string())
                .or_default() += r.try_get::<i64, _>("records")?;
        }
        Ok(press)
    }

    /// What the reports and the releases flagged about the session.
    async fn session_flags(&self, session_id: i64) -> Result<Vec<SessionFlag>, sqlx::Error> {
        sqlx::query(
            "select kind, item_count, detail from reconciliation_flag where session_id = $1 \
             order by kind, source",
        )
        .bind(session_id)
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            Ok(SessionFlag {
                kind: r.try_get("kind")?,
                count: r.try_get("item_count")?,
                detail: r.try_get("detail")?,
            })
        })
        .collect()
    }

    /// The sessions held just before and just after `key`.
    async fn neighbours(
        &self,
        key: &SessionKey,
    ) -> Result<(Option<SessionKey>, Option<SessionKey>), sqlx::Error> {
        let held = self.held_sessions().await?;
        // Within a year the regular session comes before the resumed one.
        let at = |year: i64, part: &str| (year, SessionPart::parse(part));
        let here = at(key.year, &key.part);
        let previous = held
            .iter()
            .rev()
            .find(|s| at(s.year, &s.part) < here)
            .cloned();
        let next = held.iter().find(|s| at(s.year, &s.part) > here).cloned();
        Ok((previous, next))
    }

    /// Every application considered at the session, by organization name.
    async fn session_applications(
        &self,
        session_id: i64,
    ) -> Result<Vec<SessionApplication>, sqlx::Error> {
        let mut gathered: BTreeMap<i64, Gathered> = BTreeMap::new();
        for r in sqlx::query(
            "select c.consideration_id, c.application_id, c.decision, c.is_new, c.source, \
               a.kind, a.organization_id, o.name \
             from consideration c join application a on a.application_id = c.application_id \
             join organization o on o.organization_id = a.organization_id \
             where c.session_id = $1 order by c.consideration_id",
        )
        .bind(session_id)
        .fetch_all(self.pool())
        .await?
        {
            let consideration_id: i64 = r.try_get("consideration_id")?;
            let application_id: i64 = r.try_get("application_id")?;
            let source: String = r.try_get("source")?;
            let is_new: Option<i64> = r.try_get("is_new")?;
            let decision = (r.try_get("decision")?, is_new.map(|v| v != 0));
            let entry = gathered.entry(application_id).or_default();
            entry.organization_id = r.try_get("organization_id")?;
            entry.organization = r.try_get("name")?;
            entry.kind = r.try_get("kind")?;
            if source == "steinert" {
                entry.reports = Some(decision);
            } else {
                entry.press = Some(decision);
            }
            entry.considerations.push(consideration_id);
        }

        let mut lines = self.consideration_lines(Scope::Session(session_id)).await?;

        let index = self.search_index().await?;
        let mut applications: Vec<(i64, SessionApplication)> = gathered
            .into_iter()
            .map(|(application_id, g)| {
                let mut evidence: Vec<Evidence> = g
                    .considerations
                    .iter()
                    .flat_map(|c| lines.evidence.remove(c).unwrap_or_default())
                    .collect();
                // The reports' rows first, then the release paragraphs.
                evidence.sort_by_key(|e| e.source.source == "press_release");
                let questions: Vec<QuestionDetail> = g
                    .considerations
                    .iter()
                    .flat_map(|c| lines.questions.remove(c).unwrap_or_default())
                    .collect();
                let name_as_printed = evidence
                    .first()
                    .map(|e| e.name_as_printed.clone())
                    .unwrap_or_else(|| g.organization.clone());
                let is_new = g
                    .reports
                    .as_ref()
                    .and_then(|r| r.1)
                    .or(g.press.as_ref().and_then(|p| p.1));
                let application = SessionApplication {
                    organization_id: g.organization_id,
                    areas: index.areas(g.organization_id),
                    organization: g.organization,
                    name_as_printed,
                    kind: g.kind,
                    reports_decision: g.reports.map(|r| r.0),
                    press_decision: g.press.map(|p| p.0),
                    is_new,
                    questions,
                    evidence,
                };
                (application_id, application)
            })
            .collect();
        applications.sort_by_cached_key(|(id, a)| (a.organization.to_lowercase(), *id));
        Ok(applications.into_iter().map(|(_, a)| a).collect())
    }

    /// The session's press releases, oldest first.
    async fn session_releases(&self, session_id: i64) -> Result<Vec<ReleaseLine>, sqlx::Error> {
        sqlx::query(
            "select p.url, p.symbol, p.dated_on, p.title, p.is_placeholder, p.problems, p.headline_counts, \
               (select count(*) from press_record r where r.press_release_id = p.press_release_id) as records \
             from press_release p where p.session_id = $1 order by p.dated_on is null, p.dated_on, p.url",
        )
        .bind(session_id)
        .fetch_all(self.pool())
        .await?
        .into_iter()
        .map(|r| {
            let problems = super::press::stored_problems(&r.try_get::<String, _>("problems")?);
            let counts: String = r.try_get("headline_counts")?;
            Ok(ReleaseLine {
                url: r.try_get("url")?,
                symbol: r.try_get("symbol")?,
                date: r.try_get("dated_on")?,
                title: r.try_get("title")?,
                is_placeholder: r.try_get::<i64, _>("is_placeholder")? != 0,
                records: r.try_get("records")?,
                problems: problems.count,
                headline_counts: headline_counts(&counts),
                shortfalls: problems.shortfalls,
            })
        })
        .collect()
    }
}

/// Per reconciled decision: the reports' count, the records the releases hold, and the
/// counts the releases state.
fn reconciliation(
    counts: Option<&SessionRow>,
    releases: &[ReleaseLine],
    press: &HashMap<String, i64>,
) -> Vec<ReconciliationRow> {
    RECONCILED
        .iter()
        .map(|decision| {
            let stated: Vec<i64> = releases
                .iter()
                .filter_map(|r| r.headline_counts.get(*decision).copied())
                .collect();
            ReconciliationRow {
                decision: decision.to_string(),
                reports: counts.map(|c| match *decision {
                    "recommended" => c.recommended,
                    "deferred" => c.deferred,
                    "closed" => c.closed,
                    "rejected" => c.rejected,
                    _ => c.withdrawn,
                }),
                press: (!releases.is_empty()).then(|| press.get(*decision).copied().unwrap_or(0)),
                press_stated: (!stated.is_empty()).then(|| stated.iter().sum()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_numbers_of_stated_counts_are_kept() {
        let counts =
            headline_counts(r#"{"recommended": 12, "deferred": 40, "odd": "x", "half": 1.5}"#);
        assert_eq!(counts.len(), 2);
        assert_eq!(counts["deferred"], 40);
        assert!(headline_counts("not json").is_empty());
        assert_eq!(reconciled_decision("recommended_roster"), "recommended");
    }
}
