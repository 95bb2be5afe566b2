//! `/api/v1/time-to-decision`: the waiting curves by focus area as JSON (everything: groups,
//! medians, log-rank tests, life tables), as CSV (the life table, one row per area and
//! session; `table=summary` for one row per area) and as the page's chart (SVG, PNG).

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    response::Response,
    Json,
};
use serde::Serialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use app::{
    chart::{waiting::waiting_svg, Layout},
    model::{TimeToDecision, WaitQuery},
};

use super::{csv_response, document::WAITING, params::WaitTable, png_response, svg_response};
use crate::{
    db::Db,
    http::{
        error::{ApiError, BadParameter},
        AppState,
    },
};

/// The answers, each with its documentation (see [`super`]).
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(routes!(json))
        .routes(routes!(csv))
}

/// The chart files, which [`super::router`] bounds separately.
pub fn images() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(routes!(svg))
        .routes(routes!(png))
}

/// The answer for the request's `by`, `from` and `to`; a bad parameter is a 400 naming it.
pub(crate) async fn answer(
    db: &Db,
    params: &HashMap<String, String>,
) -> Result<TimeToDecision, ApiError> {
    let query = WaitQuery::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::BadRequest)?;
    Ok(crate::answers::time_to_decision(db, &query).await?)
}

/// How long applications wait for a decision, by focus area
///
/// For the applications first considered in the chosen years, followed to the end of the
/// data: per focus area, the share still waiting after each session (a Kaplan–Meier curve
/// with its 95% interval) and the shares recommended, closed, rejected and withdrawn by
/// then; the median number of sessions to a decision and to a recommendation; the share
/// still waiting after 4 and 8 sessions; and a log-rank test against applications in none of
/// the areas. With the definition, the data version and how to cite it.
#[utoipa::path(
    get,
    path = "/time-to-decision",
    tag = WAITING,
    operation_id = "time_to_decision",
    params(WaitQuery),
    responses(
        (status = 200, description = "The waiting curves.", body = TimeToDecision),
        BadParameter
    )
)]
async fn json(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<TimeToDecision>, ApiError> {
    Ok(Json(answer(&db, &params).await?))
}

/// The time-to-decision chart, as SVG
///
/// The waiting curves of the time-to-decision page for the same years, drawn by the same
/// code, as a vector file for print or the web.
#[utoipa::path(
    get,
    path = "/time-to-decision.svg",
    tag = WAITING,
    operation_id = "time_to_decision_svg",
    params(WaitQuery),
    responses(
        (status = 200, description = "The chart.", body = String, content_type = "image/svg+xml"),
        BadParameter
    )
)]
async fn svg(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let answer = answer(&db, &params).await?;
    Ok(svg_response(
        waiting_svg(&answer, Layout::Wide),
        "ecosoc-watch-time-to-decision.svg",
    ))
}

/// The time-to-decision chart, as PNG
///
/// The same chart as an image twice the size of the SVG file.
#[utoipa::path(
    get,
    path = "/time-to-decision.png",
    tag = WAITING,
    operation_id = "time_to_decision_png",
    params(WaitQuery),
    responses(
        (
            status = 200,
            description = "The chart.",
            content(("image/png")),
            headers(("x-fonts" = String, description = "Whether the server had fonts for the chart's text."))
        ),
        BadParameter
    )
)]
async fn png(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let answer = answer(&db, &params).await?;
    png_response(
        waiting_svg(&answer, Layout::Wide),
        "ecosoc-watch-time-to-decision.png",
    )
    .await
}

const LIFE_TABLE_HEADERS: &[&str] = &[
    "area",
    "label",
    "sessions",
    "at_risk",
    "recommended",
    "closed",
    "rejected",
    "withdrawn",
    "censored",
    "waiting",
    "waiting_low",
    "waiting_high",
    "recommended_share",
    "closed_share",
    "rejected_share",
    "withdrawn_share",
    "from",
    "to",
    "data_version",
];

/// One life-table row; fields in the order of [`LIFE_TABLE_HEADERS`].
#[derive(Serialize)]
struct LifeTableRow<'a> {
    area: &'a str,
    label: &'a str,
    sessions: u32,
    at_risk: i64,
    recommended: i64,
    closed: i64,
    rejected: i64,
    withdrawn: i64,
    censored: i64,
    waiting: f64,
    waiting_low: f64,
    waiting_high: f64,
    recommended_share: f64,
    closed_share: f64,
    rejected_share: f64,
    withdrawn_share: f64,
    from: i32,
    to: i32,
    data_version: &'a str,
}

const SUMMARY_HEADERS: &[&str] = &[
    "area",
    "label",
    "applications",
    "recommended",
    "closed",
    "rejected",
    "withdrawn",
    "pending",
    "small_n",
    "median_to_decision",
    "median_to_decision_low",
    "median_to_decision_high",
    "median_to_recommendation",
    "waiting_after_4",
    "waiting_after_4_low",
    "waiting_after_4_high",
    "waiting_after_8",
    "waiting_after_8_low",
    "waiting_after_8_high",
    "log_rank_observed",
    "log_rank_expected",
    "log_rank_chi_square",
    "log_rank_p",
    "from",
    "to",
    "data_version",
];

/// One area's summary; fields in the order of [`SUMMARY_HEADERS`]. Empty cells: not reached
/// (medians), nobody followed that long (waiting after), no test (log-rank).
#[derive(Serialize)]
struct SummaryRow<'a> {
    area: &'a str,
    label: &'a str,
    applications: i64,
    recommended: i64,
    closed: i64,
    rejected: i64,
    withdrawn: i64,
    pending: i64,
    small_n: bool,
    median_to_decision: Option<u32>,
    median_to_decision_low: Option<u32>,
    median_to_decision_high: Option<u32>,
    median_to_recommendation: Option<u32>,
    waiting_after_4: Option<f64>,
    waiting_after_4_low: Option<f64>,
    waiting_after_4_high: Option<f64>,
    waiting_after_8: Option<f64>,
    waiting_after_8_low: Option<f64>,
    waiting_after_8_high: Option<f64>,
    log_rank_observed: Option<i64>,
    log_rank_expected: Option<f64>,
    log_rank_chi_square: Option<f64>,
    log_rank_p: Option<f64>,
    from: i32,
    to: i32,
    data_version: &'a str,
}

/// How long applications wait for a decision, as CSV
///
/// The life table — one line per focus area and session: still waiting, decided each way,
/// followed no further, and the estimates — or, with `table=summary`, one line per focus
/// area with its medians, the share still waiting after 4 and 8 sessions and the log-rank
/// test. Every line has the years and the data version.
#[utoipa::path(
    get,
    path = "/time-to-decision.csv",
    tag = WAITING,
    operation_id = "time_to_decision_csv",
    params(WaitQuery, WaitTable),
    responses(
        (
            status = 200,
            description = "The table; the example is the life table's header line.",
            body = String,
            content_type = "text/csv",
            example = json!(LIFE_TABLE_HEADERS.join(","))
        ),
        BadParameter
    )
)]
async fn csv(
    State(db): State<Db>,
    Query(mut params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let summary = match params.remove("table").as_deref() {
        None | Some("life") => false,
        Some("summary") => true,
        Some(other) => {
            return Err(ApiError::BadRequest(format!(
                "parameter `table` must be life or summary, not {other:?}"
            )))
        }
    };
    let answer = answer(&db, &params).await?;
    if summary {
        csv_response(
            "ecosoc-watch-time-to-decision-summary.csv",
            SUMMARY_HEADERS,
            &summary_rows(&answer),
        )
    } else {
        csv_response(
            "ecosoc-watch-time-to-decision.csv",
            LIFE_TABLE_HEADERS,
            &life_table_rows(&answer),
        )
    }
}

fn life_table_rows(answer: &TimeToDecision) -> Vec<LifeTableRow<'_>> {
    let version = answer.data_version.as_deref().unwrap_or("");
    answer
        .groups
        .iter()
        .flat_map(|g| {
            g.steps.iter().map(move |s| LifeTableRow {
                area: &g.area,
                label: &g.label,
                sessions: s.sessions,
                at_risk: s.at_risk,
                recommended: s.recommended,
                closed: s.closed,
                rejected: s.rejected,
                withdrawn: s.withdrawn,
                censored: s.censored,
                waiting: s.waiting.estimate,
                waiting_low: s.waiting.low,
                waiting_high: s.waiting.high,
                recommended_share: s.recommended_share,
                closed_share: s.closed_share,
                rejected_share: s.rejected_share,
                withdrawn_share: s.withdrawn_share,
                from: answer.query.from,
                to: answer.query.to,
                data_version: version,
            })
        })
        .collect()
}

fn summary_rows(answer: &TimeToDecision) -> Vec<SummaryRow<'_>> {
    let version = answer.data_version.as_deref().unwrap_or("");
    answer
        .groups
        .iter()
        .map(|g| {
            let (four, eight) = (g.waiting_at(4), g.waiting_at(8));
            let test = g.log_rank.as_ref();
            SummaryRow {
                area: &g.area,
                label: &g.label,
                applications: g.applications,
                recommended: g.recommended,
                closed: g.closed,
                rejected: g.rejected,
                withdrawn: g.withdrawn,
                pending: g.pending,
                small_n: g.small_n,
                median_to_decision: g.median_to_decision.estimate,
                median_to_decision_low: g.median_to_decision.low,
                median_to_decision_high: g.median_to_decision.high,
                median_to_recommendation: g.median_to_recommendation,
                waiting_after_4: four.map(|e| e.estimate),
                waiting_after_4_low: four.map(|e| e.low),
                waiting_after_4_high: four.map(|e| e.high),
                waiting_after_8: eight.map(|e| e.estimate),
                waiting_after_8_low: eight.map(|e| e.low),
                waiting_after_8_high: eight.map(|e| e.high),
                log_rank_observed: test.map(|t| t.observed),
                log_rank_expected: test.map(|t| t.expected),
                log_rank_chi_square: test.map(|t| t.chi_square),
                log_rank_p: test.map(|t| t.p_value),
                from: answer.query.from,
                to: answer.query.to,
                data_version: version,
            }
        })
        .collect()
}
