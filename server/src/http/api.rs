//! `/api/v1`: the data behind every figure, as JSON and CSV, for journalists and scripts.
//! Every response names its sources; parameters are checked and a bad one gets a 400 that
//! names it and what it allows.

use std::collections::HashMap;

use axum::{
    extract::{Path, Query, State},
    http::header,
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use serde::Serialize;
use serde_json::json;

use super::{error::ApiError, AppState};
use crate::{db::Db, sources::steinert::UPSTREAM_COMMIT};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/overview", get(overview))
        .route("/sessions", get(sessions_json))
        .route("/sessions.csv", get(sessions_csv))
        .route("/organizations", get(organizations))
        .route("/organizations/{id}", get(organization))
}

/// How to cite the reports dataset.
pub fn steinert_citation() -> String {
    format!(
        "Steinert, Christoph Valentin. ECOSOC_Status: decisions of the UN Committee on NGOs, \
         coded from its official reports (MIT licence), commit {}; via ecosoc-watch.",
        &UPSTREAM_COMMIT[..7]
    )
}

/// Only the named parameters are accepted: a typo is an error, not a silently ignored filter.
pub(crate) fn check_params(
    params: &HashMap<String, String>,
    allowed: &[&str],
) -> Result<(), ApiError> {
    let mut unknown: Vec<&str> = params
        .keys()
        .map(String::as_str)
        .filter(|k| !allowed.contains(k))
        .collect();
    unknown.sort_unstable();
    match unknown.first() {
        None => Ok(()),
        Some(first) => Err(ApiError::BadRequest(format!(
            "unknown parameter `{first}`; allowed: {}",
            allowed.join(", ")
        ))),
    }
}

/// An integer parameter within `range`, or its default.
pub(crate) fn int_param(
    params: &HashMap<String, String>,
    name: &str,
    default: u32,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, ApiError> {
    match params.get(name) {
        None => Ok(default),
        Some(text) => text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|v| range.contains(v))
            .ok_or_else(|| {
                ApiError::BadRequest(format!(
                    "parameter `{name}` must be a whole number from {} to {}, not {text:?}",
                    range.start(),
                    range.end()
                ))
            }),
    }
}

/// A CSV download named `file_name`. The header row is written even when there are no rows.
pub(crate) fn csv_response<T: Serialize>(
    file_name: &str,
    headers: &[&str],
    rows: &[T],
) -> Result<Response, ApiError> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    writer
        .write_record(headers)
        .map_err(|e| ApiError::Encoding(e.to_string()))?;
    for row in rows {
        writer
            .serialize(row)
            .map_err(|e| ApiError::Encoding(e.to_string()))?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| ApiError::Encoding(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// What the database holds: documents per source, rows per table, last update.
async fn overview(State(db): State<Db>) -> Result<Json<app::model::Overview>, ApiError> {
    Ok(Json(db.load_overview().await?))
}

async fn sessions_json(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<serde_json::Value>, ApiError> {
    check_params(&params, &[])?;
    let sessions = db.sessions().await?;
    let overview = db.load_overview().await?;
    Ok(Json(json!({
        "data_version": overview.last_update,
        "citation": steinert_citation(),
        "definitions": {
            "considered": "status applications listed in the session's report",
            "deferred_new": "new applications deferred at their first consideration",
            "deferred_previously": "applications deferred again after an earlier deferral",
            "closed": "closed without prejudice after three reminders went unanswered",
        },
        "sessions": sessions,
    })))
}

const SESSION_CSV_HEADERS: &[&str] = &[
    "year",
    "part",
    "date",
    "considered",
    "recommended",
    "deferred",
    "deferred_new",
    "deferred_previously",
    "closed",
    "rejected",
    "withdrawn",
    "flags",
    "sources",
];

/// One CSV row; its fields are in the order of [`SESSION_CSV_HEADERS`].
#[derive(Serialize)]
struct SessionCsvRow<'a> {
    year: i64,
    part: &'a str,
    date: Option<&'a str>,
    considered: i64,
    recommended: i64,
    deferred: i64,
    deferred_new: i64,
    deferred_previously: i64,
    closed: i64,
    rejected: i64,
    withdrawn: i64,
    flags: String,
    sources: String,
}

async fn sessions_csv(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    check_params(&params, &[])?;
    let sessions = db.sessions().await?;
    let rows: Vec<SessionCsvRow> = sessions
        .iter()
        .map(|s| SessionCsvRow {
            year: s.year,
            part: &s.part,
            date: s.date.as_deref(),
            considered: s.considered,
            recommended: s.recommended,
            deferred: s.deferred,
            deferred_new: s.deferred_new,
            deferred_previously: s.deferred_previously,
            closed: s.closed,
            rejected: s.rejected,
            withdrawn: s.withdrawn,
            flags: s
                .flags
                .iter()
                .map(|f| format!("{} ({})", f.kind, f.count))
                .collect::<Vec<_>>()
                .join("; "),
            sources: s
                .sources
                .iter()
                .map(|r| r.url.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect();
    csv_response("ecosoc-watch-sessions.csv", SESSION_CSV_HEADERS, &rows)
}

async fn organizations(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<app::model::OrganizationPage>, ApiError> {
    check_params(&params, &["q", "page", "per_page"])?;
    let query = params.get("q").map(|q| q.trim()).unwrap_or("");
    if query.chars().count() > 200 {
        return Err(ApiError::BadRequest(
            "parameter `q` must be at most 200 characters".into(),
        ));
    }
    let page = int_param(&params, "page", 1, 1..=100_000)?;
    let per_page = int_param(&params, "per_page", 25, 1..=100)?;
    Ok(Json(db.search_organizations(query, page, per_page).await?))
}

async fn organization(
    State(db): State<Db>,
    Path(id): Path<String>,
) -> Result<Json<app::model::OrganizationDetail>, ApiError> {
    let id: i64 = id.parse().map_err(|_| {
        ApiError::BadRequest(format!(
            "organization id must be a whole number, not {id:?}"
        ))
    })?;
    db.organization(id)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::NotFound(format!("no organization with id {id}")))
}
