//! What the press releases add, read back: where they disagree with the reports, and each
//! session's records against the totals the releases state.

use serde::Serialize;

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
        let rows: Vec<DisagreementRow> = sqlx::query_as(
            "select o.organization_id, o.name as organization, c.application_id, s.year, s.part, \
               r.decision as reports_decision, c.decision as press_decision, d.url as press_url \
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
        Ok(rows
            .into_iter()
            .map(|r| Disagreement {
                organization_id: r.organization_id,
                organization: r.organization,
                application_id: r.application_id,
                year: r.year,
                part: r.part,
                kind: if r.reports_decision.is_some() {
                    "decision"
                } else {
                    "session"
                },
                reports_decision: r.reports_decision,
                press_decision: r.press_decision,
                press_url: r.press_url,
            })
            .collect())
    }
}

/// A row of [`Db::disagreements`]'s query.
#[derive(sqlx::FromRow)]
struct DisagreementRow {
    organization_id: i64,
    organization: String,
    application_id: i64,
    year: i64,
    part: String,
    reports_decision: Option<String>,
    press_decision: String,
    press_url: String,
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

/// A release's stored `problems` (JSON), read once: how many, and the headline's — where the
/// records read differ from the counts its title or lead states.
pub struct StoredProblems {
    pub count: i64,
    pub shortfalls: Vec<String>,
}

/// Read a release's stored `problems`; unreadable JSON reads as none.
pub fn stored_problems(problems_json: &str) -> StoredProblems {
    let problems: Vec<serde_json::Value> = serde_json::from_str(problems_json).unwrap_or_default();
    StoredProblems {
        count: problems.len() as i64,
        shortfalls: problems
            .iter()
            .filter(|p| p.get("locator").and_then(|l| l.as_str()) == Some("headline"))
            .filter_map(|p| {
                p.get("message")
                    .and_then(|m| m.as_str())
                    .map(str::to_string)
            })
            .collect(),
    }
}

impl Db {
    /// Per session: releases, placeholders, records by decision, and where reading fell short
    /// (a headline that states other counts than were read, problems). Releases without a
    /// session are listed under year 0.
    pub async fn press_sessions(&self) -> Result<Vec<PressSession>, sqlx::Error> {
        let releases: Vec<(i64, String, i64, String)> = sqlx::query_as(
            "select coalesce(s.year, 0), coalesce(s.part, ''), p.is_placeholder, p.problems \
             from press_release p left join session s on s.session_id = p.session_id",
        )
        .fetch_all(self.pool())
        .await?;
        let mut sessions: std::collections::BTreeMap<(i64, String), PressSession> =
            std::collections::BTreeMap::new();
        for (year, part, is_placeholder, problems) in releases {
            let entry = sessions
                .entry((year, part.clone()))
                .or_insert_with(|| PressSession {
                    year,
                    part,
                    ..PressSession::default()
                });
            entry.releases += 1;
            entry.placeholders += is_placeholder;
            let problems = stored_problems(&problems);
            entry.problems += problems.count;
            entry.releases_differing_from_headline += i64::from(!problems.shortfalls.is_empty());
        }
        let records: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
            "select coalesce(s.year, 0), coalesce(s.part, ''), r.request, r.decision, count(*) \
             from press_record r join press_release p on p.press_release_id = r.press_release_id \
             left join session s on s.session_id = p.session_id \
             group by coalesce(s.year, 0), coalesce(s.part, ''), r.request, r.decision",
        )
        .fetch_all(self.pool())
        .await?;
        for (year, part, request, decision, n) in records {
            let Some(entry) = sessions.get_mut(&(year, part)) else {
                continue;
            };
            if request == "status" {
                entry.records.insert(decision, n);
            } else {
                entry.other_records += n;
            }
        }
        let questions: Vec<(i64, String, i64)> = sqlx::query_as(
            "select s.year, s.part, count(*) from question q \
             join consideration c on c.consideration_id = q.consideration_id \
             join session s on s.session_id = c.session_id \
             where c.source = 'press_release' group by s.year, s.part",
        )
        .fetch_all(self.pool())
        .await?;
        for (year, part, n) in questions {
            if let Some(entry) = sessions.get_mut(&(year, part)) {
                entry.questions = n;
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
        let rows: Vec<ReleaseRow> = sqlx::query_as(
            "select p.url, p.symbol, p.dated_on, s.year, s.part, p.title, p.lang, p.is_placeholder, \
               (select count(*) from press_record r where r.press_release_id = p.press_release_id) \
                 as records, \
               p.problems, p.parser_version, p.last_fetched_at \
             from press_release p left join session s on s.session_id = p.session_id \
             order by p.dated_on desc, p.url",
        )
        .fetch_all(self.pool())
        .await?;
        let mut releases = Vec::with_capacity(rows.len());
        for r in rows {
            let problems: serde_json::Value =
                serde_json::from_str(&r.problems).unwrap_or(serde_json::Value::Null);
            if only_problems && problems.as_array().is_none_or(|p| p.is_empty()) {
                continue;
            }
            releases.push(PressRelease {
                url: r.url,
                symbol: r.symbol,
                date: r.dated_on,
                year: r.year,
                part: r.part,
                title: r.title,
                lang: r.lang,
                is_placeholder: r.is_placeholder != 0,
                records: r.records,
                problems,
                parser_version: r.parser_version,
                last_fetched_at: r.last_fetched_at,
            });
        }
        Ok(releases)
    }
}

/// A row of [`Db::press_releases`]'s query.
#[derive(sqlx::FromRow)]
struct ReleaseRow {
    url: String,
    symbol: Option<String>,
    dated_on: Option<String>,
    year: Option<i64>,
    part: Option<String>,
    title: Option<String>,
    lang: String,
    is_placeholder: i64,
    records: i64,
    problems: String,
    parser_version: String,
    last_fetched_at: String,
}
