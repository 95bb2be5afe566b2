//! `/api/v1/states/measures`: who asks, per member state — questions, considerations
//! questioned and those that ended in deferral, over-representation by focus area, recorded
//! votes — as JSON, as CSV (one row per state and area, `all` first) and as the page's charts
//! (SVG, PNG; `chart=questions` or `ratios`).

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    response::Response,
    Json,
};
use serde::Serialize;
use utoipa_axum::{router::OpenApiRouter, routes};

use app::{
    chart::{
        who_asks::{questions_svg, ratios_summary, ratios_svg, summary},
        Layout,
    },
    model::{VoteTally, WhoAsks, WhoAsksQuery},
};

use super::{csv_response, document::WHO_ASKS, params::WhoAsksChart, png_response, svg_response};
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

/// The answer for the request's `from`, `to` and `area`; a bad parameter is a 400 naming it.
pub(crate) async fn answer(db: &Db, params: &HashMap<String, String>) -> Result<WhoAsks, ApiError> {
    let query = WhoAsksQuery::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::BadRequest)?;
    Ok(crate::answers::who_asks(db, &query).await?)
}

/// Who asks: questions and votes by member state
///
/// Per member state, in the sessions it sat in: the questions it asked applicants (as the
/// press releases record them), the considerations it questioned and those that ended in
/// deferral — an attribution, not a cause —, how its questions fall by focus area against
/// each area's share of the considerations (over-representation, with a 95% interval), and
/// its votes in recorded votes. With the definition, the coverage of the releases, the data
/// version and how to cite it.
#[utoipa::path(
    get,
    path = "/states/measures",
    tag = WHO_ASKS,
    operation_id = "who_asks",
    params(WhoAsksQuery),
    responses((status = 200, description = "The states' measures.", body = WhoAsks), BadParameter)
)]
async fn json(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<WhoAsks>, ApiError> {
    Ok(Json(answer(&db, &params).await?))
}

/// One of the page's charts: how it is drawn, the sentence that sums it up, its file name.
pub(crate) struct Chart {
    pub draw: fn(&WhoAsks, Layout) -> String,
    pub summary: fn(&WhoAsks) -> String,
    pub file: &'static str,
}

/// Which chart a file or embed request wants: `chart=questions` (the default) or `ratios`.
pub(crate) fn chart(params: &mut HashMap<String, String>) -> Result<Chart, ApiError> {
    match params.remove("chart").as_deref() {
        None | Some("questions") => Ok(Chart {
            draw: questions_svg,
            summary,
            file: "ecosoc-watch-who-asks",
        }),
        Some("ratios") => Ok(Chart {
            draw: ratios_svg,
            summary: ratios_summary,
            file: "ecosoc-watch-who-asks-ratios",
        }),
        Some(other) => Err(ApiError::BadRequest(format!(
            "parameter `chart` must be questions or ratios, not {other:?}"
        ))),
    }
}

/// A who-asks chart, as SVG
///
/// One of the charts of the who-asks page for the same years and area, drawn by the same
/// code, as a vector file for print or the web.
#[utoipa::path(
    get,
    path = "/states/measures.svg",
    tag = WHO_ASKS,
    operation_id = "who_asks_svg",
    params(WhoAsksQuery, WhoAsksChart),
    responses(
        (status = 200, description = "The chart.", body = String, content_type = "image/svg+xml"),
        BadParameter
    )
)]
async fn svg(
    State(db): State<Db>,
    Query(mut params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let Chart { draw, file, .. } = chart(&mut params)?;
    let answer = answer(&db, &params).await?;
    Ok(svg_response(
        draw(&answer, Layout::Wide),
        &format!("{file}.svg"),
    ))
}

/// A who-asks chart, as PNG
///
/// The same chart as an image twice the size of the SVG file.
#[utoipa::path(
    get,
    path = "/states/measures.png",
    tag = WHO_ASKS,
    operation_id = "who_asks_png",
    params(WhoAsksQuery, WhoAsksChart),
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
    Query(mut params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let Chart { draw, file, .. } = chart(&mut params)?;
    let answer = answer(&db, &params).await?;
    png_response(draw(&answer, Layout::Wide), &format!("{file}.png")).await
}

const HEADERS: &[&str] = &[
    "state",
    "iso3",
    "area",
    "member_sessions",
    "covered_sessions",
    "releases_read",
    "sessions_as_observer",
    "questions",
    "considerations_questioned",
    "deferral_linked",
    "questioned_all",
    "area_considerations",
    "all_considerations",
    "over_representation",
    "over_representation_low",
    "over_representation_high",
    "unstable",
    "votes_in_favour",
    "votes_against",
    "votes_abstaining",
    "votes_absent",
    "from",
    "to",
    "area_filter",
    "data_version",
];

/// One state and area; fields in the order of [`HEADERS`]. The `all` row has the state's
/// totals (narrowed by `area_filter` when the request has one) and no comparison.
#[derive(Serialize)]
struct Row<'a> {
    state: &'a str,
    iso3: &'a str,
    area: &'a str,
    member_sessions: i64,
    covered_sessions: i64,
    releases_read: i64,
    sessions_as_observer: i64,
    questions: i64,
    considerations_questioned: i64,
    deferral_linked: i64,
    questioned_all: Option<i64>,
    area_considerations: Option<i64>,
    all_considerations: Option<i64>,
    over_representation: Option<f64>,
    over_representation_low: Option<f64>,
    over_representation_high: Option<f64>,
    unstable: Option<bool>,
    votes_in_favour: i64,
    votes_against: i64,
    votes_abstaining: i64,
    votes_absent: i64,
    from: i32,
    to: i32,
    area_filter: &'a str,
    data_version: &'a str,
}

/// Who asks, as CSV
///
/// One line per member state and focus area, the state's totals (area `all`) first: its
/// sessions, questions, considerations questioned and those that ended in deferral, the
/// over-representation with its interval, and its votes. Every line has the years, the area
/// asked for and the data version.
#[utoipa::path(
    get,
    path = "/states/measures.csv",
    tag = WHO_ASKS,
    operation_id = "who_asks_csv",
    params(WhoAsksQuery),
    responses(
        (
            status = 200,
            description = "The measures; the example is the header line.",
            body = String,
            content_type = "text/csv",
            example = json!(HEADERS.join(","))
        ),
        BadParameter
    )
)]
async fn csv(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let answer = answer(&db, &params).await?;
    let data_version = answer.data_version.as_deref().unwrap_or_default();
    let area_filter = answer.query.area.as_deref().unwrap_or("all");
    let mut rows = Vec::new();
    for s in &answer.states {
        let row = |area: &'static str, counts: (i64, i64, i64), votes: &VoteTally| Row {
            state: &s.state,
            iso3: s.iso3.as_deref().unwrap_or_default(),
            area,
            member_sessions: s.member_sessions,
            covered_sessions: s.covered_sessions,
            releases_read: s.releases_read,
            sessions_as_observer: s.sessions_as_observer,
            questions: counts.0,
            considerations_questioned: counts.1,
            deferral_linked: counts.2,
            questioned_all: None,
            area_considerations: None,
            all_considerations: None,
            over_representation: None,
            over_representation_low: None,
            over_representation_high: None,
            unstable: None,
            votes_in_favour: votes.in_favour,
            votes_against: votes.against,
            votes_abstaining: votes.abstaining,
            votes_absent: votes.absent,
            from: answer.query.from,
            to: answer.query.to,
            area_filter,
            data_version,
        };
        rows.push(row(
            "all",
            (s.questions, s.considerations_questioned, s.deferral_linked),
            &s.votes,
        ));
        for a in &s.areas {
            let area = app::model::FOCUS_AREAS
                .iter()
                .find(|x| **x == a.area)
                .copied()
                .unwrap_or("other");
            rows.push(Row {
                questioned_all: Some(a.questioned_all),
                area_considerations: Some(a.area_considerations),
                all_considerations: Some(a.all_considerations),
                over_representation: a.over_representation.map(|r| r.estimate),
                over_representation_low: a.over_representation.map(|r| r.low),
                over_representation_high: a.over_representation.map(|r| r.high),
                unstable: Some(a.small_n),
                ..row(
                    area,
                    (a.questions, a.considerations_questioned, a.deferral_linked),
                    &a.votes,
                )
            });
        }
    }
    csv_response("ecosoc-watch-who-asks.csv", HEADERS, &rows)
}
