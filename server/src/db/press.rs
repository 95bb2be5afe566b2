//! What the press releases add, read back: where they disagree with the reports, and each
//! session's records against the totals the releases state.

use serde::Serialize;
use sqlx::Row;

use super::Db;

/// One application at one session on which the two sources do not agree.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
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

/// What the press releases hold for one session, and how well they were read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PressSession {
    pub year: i64,
    pub part: String,
    pub releases: i64,
    /// Releases that are only a placeholder ("not covered", "coverage will be available").
    pub placeholders: i64,
    /// Records of status applications, by decision.
    pub records: std::collections::BTreeMap<String, i64>,
    /// Records of reclassification requests and quadrennial reports.
    pub other_records: i64,
    /// Distinct (state, NGO) questions.
    pub questions: i64,
    /// Releases whose headline counts differ from the records read from them.
    pub releases_differing_from_headline: i64,
    /// Parse problems over all releases of the session.
    pub problems: i64,
}

impl Db {
    /// Per session: releases, placeholders, records by decision, and where reading fell short
    /// (a headline that states other counts than were read, problems). Releases without a
    /// session are listed under year 0.
    pub async fn press_sessions(&self) -> Result<Vec<PressSession>, sqlx::Error> {
        let releases = sqlx::query(
            "select coalesce(s.year, 0), coalesce(s.part, ''), p.is_placeholder, p.problems, \
               (select count(*) from press_record r where r.press_release_id = p.press_release_id \
                  and r.request = 'status') \
             from press_release p left join session s on s.session_id = p.session_id",
        )
        .fetch_all(self.pool())
        .await?;
        let mut sessions: std::collections::BTreeMap<(i64, String), PressSession> =
            std::collections::BTreeMap::new();
        for r in releases {
            let key: (i64, String) = (r.try_get(0)?, r.try_get(1)?);
            let entry = sessions.entry(key.clone()).or_insert_with(|| PressSession {
                year: key.0,
                part: key.1.clone(),
                ..PressSession::default()
            });
            entry.releases += 1;
            entry.placeholders += r.try_get::<i64, _>(2)?;
            let problems: String = r.try_get(3)?;
            let problems: Vec<serde_json::Value> =
                serde_json::from_str(&problems).unwrap_or_default();
            entry.problems += problems.len() as i64;
            entry.releases_differing_from_headline += i64::from(
                problems
                    .iter()
                    .any(|p| p.get("locator").and_then(|l| l.as_str()) == Some("headline")),
            );
        }
        let records = sqlx::query(
            "select coalesce(s.year, 0), coalesce(s.part, ''), r.request, r.decision, count(*) \
             from press_record r join press_release p on p.press_release_id = r.press_release_id \
             left join session s on s.session_id = p.session_id \
             group by coalesce(s.year, 0), coalesce(s.part, ''), r.request, r.decision",
        )
        .fetch_all(self.pool())
        .await?;
        for r in records {
            let key: (i64, String) = (r.try_get(0)?, r.try_get(1)?);
            let Some(entry) = sessions.get_mut(&key) else {
                continue;
            };
            let request: String = r.try_get(2)?;
            let n: i64 = r.try_get(4)?;
            if request == "status" {
                entry.records.insert(r.try_get(3)?, n);
            } else {
                entry.other_records += n;
            }
        }
        let questions = sqlx::query(
            "select s.year, s.part, count(*) from question q \
             join consideration c on c.consideration_id = q.consideration_id \
             join session s on s.session_id = c.session_id \
             where c.source = 'press_release' group by s.year, s.part",
        )
        .fetch_all(self.pool())
        .await?;
        for r in questions {
            let key: (i64, String) = (r.try_get(0)?, r.try_get(1)?);
            if let Some(entry) = sessions.get_mut(&key) {
                entry.questions = r.try_get(2)?;
            }
        }
        Ok(sessions.into_values().collect())
    }
}

/// One stored release: where it is, what it holds, and what could not be read.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PressRelease {
    pub url: String,
    pub symbol: Option<String>,
    pub date: Option<String>,
    pub year: Option<i64>,
    pub part: Option<String>,
    pub title: Option<String>,
    pub lang: String,
    pub is_placeholder: bool,
    pub records: i64,
    pub problems: serde_json::Value,
    pub parser_version: String,
    pub last_fetched_at: String,
}

impl Db {
    /// Every stored release, newest first; with `only_problems`, those with parse problems.
    pub async fn press_releases(
        &self,
        only_problems: bool,
    ) -> Result<Vec<PressRelease>, sqlx::Error> {
        let rows = sqlx::query(
            "select p.url, p.symbol, p.dated_on, s.year, s.part, p.title, p.lang, p.is_placeholder, \
               (select count(*) from press_record r where r.press_release_id = p.press_release_id), \
               p.problems, p.parser_version, p.last_fetched_at \
             from press_release p left join session s on s.session_id = p.session_id \
             order by p.dated_on desc, p.url",
        )
        .fetch_all(self.pool())
        .await?;
        let mut releases = Vec::with_capacity(rows.len());
        for r in rows {
            let problems: String = r.try_get(9)?;
            let problems: serde_json::Value =
                serde_json::from_str(&problems).unwrap_or(serde_json::Value::Null);
            if only_problems && problems.as_array().is_none_or(|p| p.is_empty()) {
                continue;
            }
            releases.push(PressRelease {
                url: r.try_get(0)?,
                symbol: r.try_get(1)?,
                date: r.try_get(2)?,
                year: r.try_get(3)?,
                part: r.try_get(4)?,
                title: r.try_get(5)?,
                lang: r.try_get(6)?,
                is_placeholder: r.try_get::<i64, _>(7)? != 0,
                records: r.try_get(8)?,
                problems,
                parser_version: r.try_get(10)?,
                last_fetched_at: r.try_get(11)?,
            });
        }
        Ok(releases)
    }
}
