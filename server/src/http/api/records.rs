//! `/api/v1` for browsing the record: organization search with facets, an organization's
//! passport, a session with both sources side by side, member states. JSON, and CSV beside
//! it where a table is natural (`/api/v1/organizations/12.csv`: the segment ends in `.csv`).

use std::collections::HashMap;

use axum::{
    extract::{Path, Query, State},
    response::Response,
    Json,
};
use serde::Serialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use app::model::{
    OrganizationDetail, QuestionDetail, SearchQuery, SearchResults, SessionDetail, SessionKey,
    StateDetail, StateSummary, MAX_PAGE,
};

use super::{
    answers::{listed_once, Listed, StatesAnswer, STATE_DEFINITIONS},
    check_params, csv_response,
    document::{ORGANIZATIONS, SESSIONS, STATES},
    int_param,
    params::{OrganizationId, SessionSlug, StateName, StatePage},
};
use crate::{
    db::{states::QUESTIONS_PER_PAGE, Db},
    http::{
        backend::{session_not_found, state_not_found},
        error::{ApiError, BadParameter, NoSuchRecord},
        AppState,
    },
};

/// The record's routes, each with its documentation (see [`super`]).
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(routes!(search_json))
        .routes(routes!(search_csv))
        .routes(routes!(organization))
        .routes(routes!(session))
        .routes(routes!(states_json))
        .routes(routes!(states_csv))
        .routes(routes!(state))
}

/// The organization an address names (`12`): a 400 for what is not a number, a 404 for an
/// unknown one. The API, the feeds and the embeds look records up through these three.
pub(crate) async fn organization_detail(db: &Db, id: &str) -> Result<OrganizationDetail, ApiError> {
    let id: i64 = id.parse().map_err(|_| {
        ApiError::BadRequest(format!(
            "organization id must be a whole number, not {id:?}"
        ))
    })?;
    db.organization(id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no organization with id {id}")))
}

/// The session an address names (`2019-resumed`).
pub(crate) async fn session_detail(db: &Db, key: &str) -> Result<SessionDetail, ApiError> {
    let key = SessionKey::parse(key).map_err(ApiError::BadRequest)?;
    db.session_detail(&key)
        .await?
        .ok_or_else(|| ApiError::NotFound(session_not_found(&key)))
}

/// The member state an address names, with page `page` of its questions.
pub(crate) async fn state_detail(
    db: &Db,
    name: &str,
    page: u32,
    per_page: u32,
) -> Result<StateDetail, ApiError> {
    if name.trim().is_empty() || name.chars().count() > 100 {
        return Err(ApiError::BadRequest(
            "a member state's name has 1 to 100 characters".into(),
        ));
    }
    crate::answers::state(db, name, page, per_page)
        .await?
        .ok_or_else(|| ApiError::NotFound(state_not_found(name)))
}

/// A path segment and whether it asked for CSV (`12.csv`).
fn split_csv(segment: &str) -> (&str, bool) {
    match segment.strip_suffix(".csv") {
        Some(stem) => (stem, true),
        None => (segment, false),
    }
}

fn search_query(params: &HashMap<String, String>) -> Result<SearchQuery, ApiError> {
    SearchQuery::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::BadRequest)
}

/// Search the organizations
///
/// Organizations by any spelling of their name, current or former, filtered by focus area,
/// where they stand, the years they were considered and their country; sorted and a page at
/// a time. Each hit has its areas, considerations, deferrals and years pending; the answer
/// counts the hits by area, outcome and country (facets).
#[utoipa::path(
    get,
    path = "/organizations",
    tag = ORGANIZATIONS,
    params(SearchQuery),
    responses((status = 200, description = "A page of hits.", body = SearchResults), BadParameter)
)]
async fn search_json(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<SearchResults>, ApiError> {
    let query = search_query(&params)?;
    Ok(Json(db.search(&query).await?))
}

const SEARCH_CSV_HEADERS: &[&str] = &[
    "id",
    "name",
    "matched_name",
    "areas",
    "country",
    "considerations",
    "deferrals",
    "outcome",
    "first_year",
    "last_year",
    "years_pending",
];

/// One CSV row; its fields are in the order of [`SEARCH_CSV_HEADERS`].
#[derive(Serialize)]
struct SearchCsvRow<'a> {
    id: i64,
    name: &'a str,
    matched_name: Option<&'a str>,
    areas: String,
    country: Option<&'a str>,
    considerations: i64,
    deferrals: i64,
    outcome: &'a str,
    first_year: Option<i64>,
    last_year: Option<i64>,
    years_pending: Option<i64>,
}

/// Search the organizations, as CSV
///
/// The hits of the requested page, one line each.
#[utoipa::path(
    get,
    path = "/organizations.csv",
    tag = ORGANIZATIONS,
    params(SearchQuery),
    responses(
        (
            status = 200,
            description = "A page of hits; the example is the header line.",
            body = String,
            content_type = "text/csv",
            example = json!(SEARCH_CSV_HEADERS.join(","))
        ),
        BadParameter
    )
)]
async fn search_csv(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let query = search_query(&params)?;
    let results = db.search(&query).await?;
    let rows: Vec<SearchCsvRow> = results
        .items
        .iter()
        .map(|hit| SearchCsvRow {
            id: hit.id,
            name: &hit.name,
            matched_name: hit.matched_name.as_deref(),
            areas: hit.areas.join(";"),
            country: hit.country.as_deref(),
            considerations: hit.considerations,
            deferrals: hit.deferrals,
            outcome: hit.outcome.as_str(),
            first_year: hit.first_year,
            last_year: hit.last_year,
            years_pending: hit.years_pending,
        })
        .collect();
    csv_response("ecosoc-watch-organizations.csv", SEARCH_CSV_HEADERS, &rows)
}

/// One organization's whole record
///
/// Every name it has had and how each was linked, its name changes and mergers, its focus
/// areas with the rule or curator that put it there, the countries the press releases print
/// for it, and every application with each consideration: the decision, the source row or
/// release, the states that asked questions and the recorded votes. `12.csv`: one line per
/// consideration.
#[utoipa::path(
    get,
    path = "/organizations/{id}",
    tag = ORGANIZATIONS,
    params(OrganizationId),
    responses(
        (
            status = 200,
            description = "The record; as CSV for an id ending in `.csv` (the example is the header line).",
            content(
                (Listed<OrganizationDetail> = "application/json"),
                (String = "text/csv", example = json!(ORGANIZATION_CSV_HEADERS.join(",")))
            )
        ),
        NoSuchRecord
    )
)]
async fn organization(
    State(db): State<Db>,
    Path(segment): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    check_params(&params, &[])?;
    let (id, csv) = split_csv(&segment);
    let detail = organization_detail(&db, id).await?;
    if csv {
        organization_csv(&detail)
    } else {
        listed_once(detail)
    }
}

const ORGANIZATION_CSV_HEADERS: &[&str] = &[
    "organization_id",
    "organization",
    "application_id",
    "kind",
    "year",
    "part",
    "source",
    "decision",
    "is_new",
    "questions",
    "votes",
    "country",
    "evidence",
    "source_url",
];

/// One CSV row; its fields are in the order of [`ORGANIZATION_CSV_HEADERS`].
#[derive(Serialize)]
struct ConsiderationCsvRow<'a> {
    organization_id: i64,
    organization: &'a str,
    application_id: i64,
    kind: &'a str,
    year: i64,
    part: &'a str,
    source: &'a str,
    decision: &'a str,
    is_new: Option<bool>,
    questions: String,
    votes: String,
    country: Option<&'a str>,
    evidence: String,
    source_url: String,
}

/// "Cuba: text | China" — the asking states and what they asked.
fn questions_cell(questions: &[QuestionDetail]) -> String {
    questions
        .iter()
        .map(|q| match &q.text {
            Some(text) => format!("{}: {text}", q.state),
            None => q.state.clone(),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// "topic (outcome): in_favour: A, B; against: C | ..." — each recorded vote and every state's vote.
fn votes_cell(votes: &[app::model::RecordedVoteDetail]) -> String {
    votes
        .iter()
        .map(|v| {
            let mut by_kind: Vec<(String, Vec<&str>)> = Vec::new();
            for vote in &v.votes {
                match by_kind.iter_mut().find(|(kind, _)| *kind == vote.vote) {
                    Some((_, states)) => states.push(&vote.state),
                    None => by_kind.push((vote.vote.clone(), vec![&vote.state])),
                }
            }
            let votes = by_kind
                .iter()
                .map(|(kind, states)| format!("{kind}: {}", states.join(", ")))
                .collect::<Vec<_>>()
                .join("; ");
            match &v.outcome {
                Some(outcome) => format!("{} ({outcome}): {votes}", v.topic),
                None => format!("{}: {votes}", v.topic),
            }
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn organization_csv(detail: &OrganizationDetail) -> Result<Response, ApiError> {
    let mut rows = Vec::new();
    for application in &detail.applications {
        for c in &application.considerations {
            let mut urls: Vec<&str> = c.evidence.iter().map(|e| e.source.url.as_str()).collect();
            urls.dedup();
            rows.push(ConsiderationCsvRow {
                organization_id: detail.id,
                organization: &detail.name,
                application_id: application.id,
                kind: &application.kind,
                year: c.session.year,
                part: &c.session.part,
                source: &c.source,
                decision: &c.decision,
                is_new: c.is_new,
                questions: questions_cell(&c.questions),
                votes: votes_cell(&c.recorded_votes),
                country: c.country.as_deref(),
                evidence: c
                    .evidence
                    .iter()
                    .map(|e| e.locator.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                source_url: urls.join(" "),
            });
        }
    }
    csv_response(
        &format!("ecosoc-watch-organization-{}.csv", detail.id),
        ORGANIZATION_CSV_HEADERS,
        &rows,
    )
}

/// One session, both sources side by side
///
/// Every application the reports or the press releases list at the session, with each
/// source's decision and whether they disagree, the questions asked, the releases read and
/// how their counts reconcile with the reports. `2019-resumed.csv`: one line per application.
#[utoipa::path(
    get,
    path = "/sessions/{key}",
    tag = SESSIONS,
    params(SessionSlug),
    responses(
        (
            status = 200,
            description = "The session; as CSV for a key ending in `.csv` (the example is the header line).",
            content(
                (Listed<SessionDetail> = "application/json"),
                (String = "text/csv", example = json!(SESSION_CSV_HEADERS.join(",")))
            )
        ),
        NoSuchRecord
    )
)]
async fn session(
    State(db): State<Db>,
    Path(segment): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    check_params(&params, &[])?;
    let (key, csv) = split_csv(&segment);
    let detail = session_detail(&db, key).await?;
    if !csv {
        return listed_once(detail);
    }
    let rows: Vec<SessionCsvRow> = detail
        .applications
        .iter()
        .map(|a| SessionCsvRow {
            year: detail.session.year,
            part: &detail.session.part,
            organization_id: a.organization_id,
            organization: &a.organization,
            name_as_printed: &a.name_as_printed,
            areas: a.areas.join(";"),
            kind: &a.kind,
            reports_decision: a.reports_decision.as_deref(),
            press_decision: a.press_decision.as_deref(),
            disagrees: a.disagrees(),
            is_new: a.is_new,
            questions: questions_cell(&a.questions),
            evidence: a
                .evidence
                .iter()
                .map(|e| e.locator.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect();
    csv_response(
        &format!("ecosoc-watch-session-{}.csv", detail.session.slug()),
        SESSION_CSV_HEADERS,
        &rows,
    )
}

const SESSION_CSV_HEADERS: &[&str] = &[
    "year",
    "part",
    "organization_id",
    "organization",
    "name_as_printed",
    "areas",
    "kind",
    "reports_decision",
    "press_decision",
    "disagrees",
    "is_new",
    "questions",
    "evidence",
];

/// One CSV row; its fields are in the order of [`SESSION_CSV_HEADERS`].
#[derive(Serialize)]
struct SessionCsvRow<'a> {
    year: i64,
    part: &'a str,
    organization_id: i64,
    organization: &'a str,
    name_as_printed: &'a str,
    areas: String,
    kind: &'a str,
    reports_decision: Option<&'a str>,
    press_decision: Option<&'a str>,
    disagrees: bool,
    is_new: Option<bool>,
    questions: String,
    evidence: String,
}

/// Every member state that asked or voted
///
/// Each member state that asked an applicant a question or voted in a recorded vote: its
/// questions, the applications it questioned, its votes, and the years it was active.
#[utoipa::path(
    get,
    path = "/states",
    tag = STATES,
    responses((status = 200, description = "The states.", body = StatesAnswer), BadParameter)
)]
async fn states_json(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<StatesAnswer>, ApiError> {
    check_params(&params, &[])?;
    let states = db.states().await?;
    Ok(Json(StatesAnswer {
        count: states.len(),
        definitions: STATE_DEFINITIONS,
        states,
    }))
}

const STATES_CSV_HEADERS: &[&str] = &[
    "name",
    "iso3",
    "questions",
    "applications_questioned",
    "votes",
    "first_year",
    "last_year",
];

/// Every member state that asked or voted, as CSV
///
/// Each member state that asked or voted, one line each: its questions, the applications it
/// questioned, its votes and the years it was active.
#[utoipa::path(
    get,
    path = "/states.csv",
    tag = STATES,
    responses(
        (
            status = 200,
            description = "The states; the example is the header line.",
            body = String,
            content_type = "text/csv",
            example = json!(STATES_CSV_HEADERS.join(","))
        ),
        BadParameter
    )
)]
async fn states_csv(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    check_params(&params, &[])?;
    let states: Vec<StateSummary> = db.states().await?;
    csv_response("ecosoc-watch-states.csv", STATES_CSV_HEADERS, &states)
}

/// One member state's questions and votes
///
/// What the state asked which applicant at which session, newest first and a page at a
/// time, with the decision that followed; how its questions fall by focus area; and its
/// votes in recorded votes. `Cuba.csv`: that page of its questions, one line each.
#[utoipa::path(
    get,
    path = "/states/{name}",
    tag = STATES,
    params(StateName, StatePage),
    responses(
        (
            status = 200,
            description = "The state; as CSV for a name ending in `.csv` (the example is the header line).",
            content(
                (Listed<StateDetail> = "application/json"),
                (String = "text/csv", example = json!(STATE_CSV_HEADERS.join(",")))
            )
        ),
        NoSuchRecord
    )
)]
async fn state(
    State(db): State<Db>,
    Path(segment): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    check_params(&params, &["page"])?;
    let page = int_param(&params, "page", 1, 1..=MAX_PAGE)?;
    let (name, csv) = split_csv(&segment);
    let detail = state_detail(&db, name, page, QUESTIONS_PER_PAGE).await?;
    if !csv {
        return listed_once(detail);
    }
    let rows: Vec<StateQuestionCsvRow> = detail
        .questions
        .iter()
        .map(|q| StateQuestionCsvRow {
            state: &detail.summary.name,
            organization_id: q.organization_id,
            organization: &q.organization,
            year: q.session.year,
            part: &q.session.part,
            decision: &q.decision,
            question: q.text.as_deref(),
            source: q.source.as_deref(),
        })
        .collect();
    csv_response(
        &format!(
            "ecosoc-watch-state-{}-questions-{page}.csv",
            detail.summary.iso3.as_deref().unwrap_or("state")
        ),
        STATE_CSV_HEADERS,
        &rows,
    )
}

const STATE_CSV_HEADERS: &[&str] = &[
    "state",
    "organization_id",
    "organization",
    "year",
    "part",
    "decision",
    "question",
    "source",
];

/// One CSV row; its fields are in the order of [`STATE_CSV_HEADERS`].
#[derive(Serialize)]
struct StateQuestionCsvRow<'a> {
    state: &'a str,
    organization_id: i64,
    organization: &'a str,
    year: i64,
    part: &'a str,
    decision: &'a str,
    question: Option<&'a str>,
    source: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_suffix_is_split_off() {
        assert_eq!(split_csv("12.csv"), ("12", true));
        assert_eq!(split_csv("2019-resumed"), ("2019-resumed", false));
        assert_eq!(split_csv("Cuba.csv"), ("Cuba", true));
    }

    #[test]
    fn questions_read_as_one_cell() {
        let cell = questions_cell(&[
            QuestionDetail {
                state: "Cuba".into(),
                text: Some("its funding".into()),
            },
            QuestionDetail {
                state: "China".into(),
                text: None,
            },
        ]);
        assert_eq!(cell, "Cuba: its funding | China");
    }
}
