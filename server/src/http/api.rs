//! `/api/v1`: the data behind every figure, as JSON and CSV, for journalists and scripts.
//! Every response names its sources; parameters are checked and a bad one gets a 400 that
//! names it and what it allows.
//!
//! Routes are added only with `utoipa_axum`'s `routes!`, which routes a handler's path and
//! documents it from its `#[utoipa::path]` in one step: the OpenAPI document
//! ([`document`], served at `/api/v1/openapi.json`) lists exactly the routes served.

use std::{collections::HashMap, sync::Arc};

use axum::{
    extract::{Query, State},
    http::header,
    response::{IntoResponse, Response},
    Json, Router,
};
use serde::Serialize;
use tokio::sync::Semaphore;
use utoipa::openapi::OpenApi;
use utoipa_axum::{router::OpenApiRouter, routes};

use app::{
    i18n::{I18n, Lang, Locale},
    model::{Overview, Rates, RatesQuery},
};

use self::{
    answers::{
        listed_once, DisagreementsAnswer, Listed, Paging, PressReleasesAnswer, PressSessionsAnswer,
        SessionsAnswer, DISAGREEMENT_DEFINITIONS, PRESS_SESSION_DEFINITIONS, SESSION_DEFINITIONS,
    },
    document::{PRESS, RATES, RECORD, SESSIONS},
    params::{ChartLanguage, LabelLanguages, PageParams, ProblemsOnly},
};
use super::{
    error::{ApiError, BadParameter, Busy, ErrorEnvelope},
    limits::shed,
    AppState, REQUEST_TIMEOUT,
};
use crate::db::Db;

pub mod answers;
pub mod document;
pub mod methodology;
pub mod params;
pub mod records;
pub mod waiting;
pub mod who_asks;

/// The API. Chart files and the data package are rendered on the CPU: at most `images`
/// permits' worth at once, the rest shed with a 503.
pub fn router(images: Arc<Semaphore>) -> Router<AppState> {
    let (router, _) = answers().merge(bounded(files(), images)).split_for_parts();
    router
        .fallback(no_such_address)
        .method_not_allowed_fallback(read_only)
}

/// The OpenAPI document of exactly the routes that [`router`] serves.
pub fn openapi() -> OpenApi {
    answers().merge(files()).into_openapi()
}

/// Every route but the files, each with its documentation.
fn answers() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(document::base())
        .merge(records::routes())
        .merge(waiting::routes())
        .merge(who_asks::routes())
        .merge(methodology::routes())
        .routes(routes!(overview))
        .routes(routes!(sessions_json))
        .routes(routes!(sessions_csv))
        .routes(routes!(press_sessions))
        .routes(routes!(press_releases))
        .routes(routes!(disagreements_json))
        .routes(routes!(disagreements_csv))
        .routes(routes!(rates_json))
        .routes(routes!(rates_csv))
        .routes(routes!(document::openapi_json))
}

/// The chart files and the data package, which [`router`] bounds separately.
fn files() -> OpenApiRouter<AppState> {
    OpenApiRouter::default()
        .routes(routes!(rates_svg))
        .routes(routes!(rates_png))
        .merge(waiting::images())
        .merge(who_asks::images())
        .routes(routes!(export_zip))
}

/// `routes` with at most the semaphore's permits in flight (see [`shed`]); their
/// documentation is kept.
fn bounded(routes: OpenApiRouter<AppState>, permits: Arc<Semaphore>) -> OpenApiRouter<AppState> {
    let (router, documented) = routes.split_for_parts();
    let mut bounded = OpenApiRouter::from(shed(router, permits, REQUEST_TIMEOUT));
    *bounded.get_openapi_mut() = documented;
    bounded
}

/// The rates for the request's parameters; a bad one (also a country code the M49 table does
/// not know) is a 400 naming it.
pub(crate) async fn rates_for(
    db: &Db,
    params: &HashMap<String, String>,
) -> Result<(RatesQuery, Rates), ApiError> {
    let query = RatesQuery::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(ApiError::BadRequest)?;
    let place = crate::countries::restriction(&query).map_err(ApiError::BadRequest)?;
    let rates = crate::answers::rates(db, &query, place).await?;
    Ok((query, rates))
}

/// Take `name` (a comma-separated list of UN language codes) out of the parameters, before
/// the rates query reads them; a bad code is a 400 naming it.
fn take_languages(params: &mut HashMap<String, String>, name: &str) -> Result<Vec<Lang>, ApiError> {
    params
        .remove(name)
        .map_or(Ok(vec![]), |text| Lang::parse_list(&text))
        .map_err(|e| ApiError::BadRequest(format!("`{name}`: {e}")))
}

/// Each row's focus area named in each of `langs`.
fn add_labels(rates: &mut Rates, langs: &[Lang]) {
    for row in &mut rates.rows {
        for lang in langs {
            let label = I18n::new(app::i18n::catalogue(*lang)).area(&row.area);
            row.labels.insert(lang.code().to_string(), label);
        }
    }
}

/// Deferral rates by focus area
///
/// One row per focus area and one for all applications: how many were deferred
/// (`numerator`) out of how many (`denominator`), the rate with its 95% Wilson interval,
/// whether so few were counted that the rate is unstable (`small_n`), and the rate against
/// all other applications in the same sessions (`rate_ratio`, with its interval). With the
/// definition of what was counted, a sentence that sums the rows up, how many applications
/// have a known country, the data version and how to cite it.
#[utoipa::path(
    get,
    path = "/rates",
    tag = RATES,
    params(RatesQuery, LabelLanguages),
    responses((status = 200, description = "The rates.", body = Rates), BadParameter)
)]
async fn rates_json(
    State(db): State<Db>,
    Query(mut params): Query<HashMap<String, String>>,
) -> Result<Json<Rates>, ApiError> {
    let langs = take_languages(&mut params, "labels")?;
    let mut rates = rates_for(&db, &params).await?.1;
    add_labels(&mut rates, &langs);
    Ok(Json(rates))
}

const RATES_CSV_HEADERS: &[&str] = &[
    "area",
    "label",
    "numerator",
    "denominator",
    "rate",
    "ci_low",
    "ci_high",
    "small_n",
    "rate_ratio",
    "rate_ratio_low",
    "rate_ratio_high",
    "measure",
    "n",
    "from",
    "to",
    "consideration",
    "region",
    "country",
    "data_version",
    "citation",
];

/// One CSV row; its fields are in the order of [`RATES_CSV_HEADERS`] (the csv crate cannot
/// write flattened structs).
#[derive(Serialize)]
struct RatesCsvRow<'a> {
    area: &'a str,
    label: &'a str,
    numerator: i64,
    denominator: i64,
    rate: Option<f64>,
    ci_low: Option<f64>,
    ci_high: Option<f64>,
    small_n: bool,
    rate_ratio: Option<f64>,
    rate_ratio_low: Option<f64>,
    rate_ratio_high: Option<f64>,
    measure: &'a str,
    n: u32,
    from: i32,
    to: i32,
    consideration: &'a str,
    region: &'a str,
    country: &'a str,
    data_version: &'a str,
    citation: &'a str,
}

/// Deferral rates by focus area, as CSV
///
/// The rows of the JSON answer, one line each, every line with the parameters it was asked
/// for, the data version and the citation, so that a spreadsheet keeps them; then a label
/// column per language asked for.
#[utoipa::path(
    get,
    path = "/rates.csv",
    tag = RATES,
    params(RatesQuery, LabelLanguages),
    responses(
        (
            status = 200,
            description = "The rates; the example is the header line.",
            body = String,
            content_type = "text/csv",
            example = json!(RATES_CSV_HEADERS.join(","))
        ),
        BadParameter
    )
)]
async fn rates_csv(
    State(db): State<Db>,
    Query(mut params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let langs = take_languages(&mut params, "labels")?;
    let (query, mut rates) = rates_for(&db, &params).await?;
    add_labels(&mut rates, &langs);
    let rows: Vec<RatesCsvRow> = rates
        .rows
        .iter()
        .map(|row| RatesCsvRow {
            area: &row.area,
            label: &row.label,
            numerator: row.numerator,
            denominator: row.denominator,
            rate: row.rate,
            ci_low: row.ci_low,
            ci_high: row.ci_high,
            small_n: row.small_n,
            rate_ratio: row.rate_ratio,
            rate_ratio_low: row.rate_ratio_low,
            rate_ratio_high: row.rate_ratio_high,
            measure: query.measure.as_str(),
            n: query.n,
            from: query.from,
            to: query.to,
            consideration: query.consideration.as_str(),
            region: query.region.as_deref().unwrap_or(""),
            country: query.country.as_deref().unwrap_or(""),
            data_version: rates.data_version.as_deref().unwrap_or(""),
            citation: &rates.citation,
        })
        .collect();
    let extra: Vec<(String, Vec<String>)> = langs
        .iter()
        .map(|lang| {
            let code = lang.code();
            let cells = rates.rows.iter().map(|r| r.labels[code].clone()).collect();
            (format!("label_{code}"), cells)
        })
        .collect();
    let response = csv_response("ecosoc-watch-rates.csv", RATES_CSV_HEADERS, &rows)?;
    with_columns(response, &extra).await
}

/// A CSV answer with `columns` (a header and a cell per row) added after its own.
async fn with_columns(
    response: Response,
    columns: &[(String, Vec<String>)],
) -> Result<Response, ApiError> {
    if columns.is_empty() {
        return Ok(response);
    }
    let encoding = |e: &dyn std::fmt::Display| ApiError::Encoding(e.to_string());
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .map_err(|e| encoding(&e))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_ref());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for (i, record) in reader.records().enumerate() {
        let mut cells: Vec<String> = record
            .map_err(|e| encoding(&e))?
            .iter()
            .map(String::from)
            .collect();
        for (header, values) in columns {
            let cell = if i == 0 {
                header
            } else {
                values.get(i - 1).map_or("", String::as_str)
            };
            cells.push(neutralise_cell(cell));
        }
        writer.write_record(&cells).map_err(|e| encoding(&e))?;
    }
    let body = writer.into_inner().map_err(|e| encoding(&e))?;
    Ok(Response::from_parts(parts, axum::body::Body::from(body)))
}

/// The whole record, as one data package
///
/// Every table of the database as a CSV file, with `datapackage.json` describing every
/// column (a Frictionless Data Package), a README with the methodology in short, the sources
/// and their licences, and a `CITATION.cff`, zipped. The file name carries the data version:
/// the same data gives the same file.
#[utoipa::path(
    get,
    path = "/export.zip",
    tag = RECORD,
    responses(
        (status = 200, description = "The data package.", content(("application/zip"))),
        Busy
    )
)]
async fn export_zip(State(db): State<Db>) -> Result<Response, ApiError> {
    let failed = |e: crate::export::ExportError| match e {
        crate::export::ExportError::Database(e) => ApiError::Internal(e),
        other => ApiError::Encoding(other.to_string()),
    };
    let package = crate::export::build(&db).await.map_err(failed)?;
    let bytes = package.zip().map_err(failed)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"ecosoc-watch-{}.zip\"",
                    package.version
                ),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The chart for the request's parameters, exactly as the home page draws it, in the
/// language `lang` names (English without it), with Arabic-Indic digits for `ar-u-nu-arab`.
async fn chart_svg(db: &Db, params: &HashMap<String, String>) -> Result<String, ApiError> {
    let mut params = params.clone();
    let lang = match params.remove("lang") {
        None => Locale::of(Lang::En),
        Some(code) => Locale::parse(code.trim()).ok_or_else(|| {
            ApiError::BadRequest(format!(
                "`lang`: unknown language `{code}`: one of ar, zh, en, fr, ru, es, or \
                 {} (Arabic with Arabic-Indic digits)",
                Locale::ARABIC_INDIC
            ))
        })?,
    };
    let (query, rates) = rates_for(db, &params).await?;
    Ok(app::i18n::with_lang(lang, || {
        let i18n = app::i18n::i18n();
        let title = i18n.t(&format!("measure-{}", query.measure.as_str()));
        app::chart::rates_svg(&rates.rows, &title, &app::chart::summary(&rates))
    }))
}

/// The deferral-rate chart, as PNG
///
/// The chart of the home page for the same parameters, as an image twice the size of the
/// SVG file.
#[utoipa::path(
    get,
    path = "/rates.png",
    tag = RATES,
    params(RatesQuery, ChartLanguage),
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
async fn rates_png(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    png_response(chart_svg(&db, &params).await?, "ecosoc-watch-rates.png").await
}

/// The deferral-rate chart, as SVG
///
/// The chart of the home page for the same parameters, drawn by the same code, as a
/// vector file for print or the web.
#[utoipa::path(
    get,
    path = "/rates.svg",
    tag = RATES,
    params(RatesQuery, ChartLanguage),
    responses(
        (status = 200, description = "The chart.", body = String, content_type = "image/svg+xml"),
        BadParameter
    )
)]
async fn rates_svg(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    Ok(svg_response(
        chart_svg(&db, &params).await?,
        "ecosoc-watch-rates.svg",
    ))
}

/// A chart's SVG rasterised on the server, as a PNG download named `file_name`. The
/// `x-fonts` header says whether the rasteriser found fonts for the text.
pub(crate) async fn png_response(svg: String, file_name: &str) -> Result<Response, ApiError> {
    let png = tokio::task::spawn_blocking(move || crate::render::svg_to_png(&svg, 2.0))
        .await
        .map_err(|e| ApiError::Encoding(e.to_string()))?
        .map_err(ApiError::Encoding)?;
    let fonts = if crate::render::fonts_available() {
        "available"
    } else {
        "missing: the image has no text"
    };
    Ok((
        [
            (header::CONTENT_TYPE, "image/png".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
            (
                header::HeaderName::from_static("x-fonts"),
                fonts.to_string(),
            ),
        ],
        png,
    )
        .into_response())
}

/// A chart's SVG as a download named `file_name`.
pub(crate) fn svg_response(svg: String, file_name: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "image/svg+xml; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        svg,
    )
        .into_response()
}

/// An address under `/api/v1` that does not exist: the JSON envelope, not the page 404.
pub(crate) async fn no_such_address(
    axum::extract::OriginalUri(uri): axum::extract::OriginalUri,
) -> ApiError {
    ApiError::NotFound(format!(
        "no API address {}; the README lists them",
        uri.path()
    ))
}

/// The API only reads.
async fn read_only(method: axum::http::Method) -> Response {
    let body = ErrorEnvelope::new(
        "method_not_allowed",
        format!("the API only answers GET (and HEAD), not {method}"),
    );
    (
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        [(header::ALLOW, "GET, HEAD")],
        Json(body),
    )
        .into_response()
}

/// The most rows a list answer carries per page (and its default page size); the CSV
/// downloads carry every row.
pub const MAX_LIST_PAGE: u32 = 500;

/// Page `page` (from 1) of `rows`, `per_page` rows at most, from the query's `page` and
/// `per_page`; with the answer's `paging` object (page, per_page, pages). A page past the end is
/// empty, not an error: the total says where the rows end.
fn paginate<T>(
    params: &HashMap<String, String>,
    rows: Vec<T>,
) -> Result<(Vec<T>, Paging), ApiError> {
    let number = |name: &str, range| {
        params
            .get(name)
            .map(|v| app::model::int_param(name, v, range))
            .transpose()
            .map_err(ApiError::BadRequest)
    };
    let page = number("page", 1..=app::model::MAX_PAGE)?.unwrap_or(1);
    let per_page = number("per_page", 1..=MAX_LIST_PAGE)?.unwrap_or(MAX_LIST_PAGE);
    let pages = rows.len().div_ceil(per_page as usize).max(1);
    let skip = (page as usize - 1).saturating_mul(per_page as usize);
    let rows = rows
        .into_iter()
        .skip(skip)
        .take(per_page as usize)
        .collect();
    Ok((
        rows,
        Paging {
            page,
            pages,
            per_page,
        },
    ))
}

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
    let body = neutralise_formulas(&body).map_err(|e| ApiError::Encoding(e.to_string()))?;
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

/// The CSV with every cell a spreadsheet would read as a formula made text: a cell that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's advice for
/// CSV injection). Names and questions come from outside; a number such as `-0.5` is left as
/// it is. Every CSV answer passes through here.
pub(crate) fn neutralise_formulas(csv_bytes: &[u8]) -> Result<Vec<u8>, csv::Error> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_bytes);
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    for record in reader.records() {
        let record = record?;
        let cells: Vec<String> = record.iter().map(neutralise_cell).collect();
        writer.write_record(&cells)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

fn neutralise_cell(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.trim().parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// What the database holds
///
/// Per source, how many documents are stored and when they were last fetched; per table,
/// how many rows; when the data last changed, and the state of the last press scrape.
#[utoipa::path(
    get,
    path = "/overview",
    tag = RECORD,
    responses((status = 200, description = "The counts.", body = Overview), Busy)
)]
async fn overview(State(db): State<Db>) -> Result<Json<Overview>, ApiError> {
    Ok(Json(db.load_overview().await?))
}

/// Every session of the Committee, with its counts
///
/// One row per session the reports cover, regular (around January) and resumed (around
/// May): the status applications considered, recommended, deferred (new and previously
/// deferred), closed, rejected and withdrawn; the report each count comes from, and where
/// the report disagrees with itself (`flags`). With the definitions, the data version and
/// how to cite the reports. Each report is listed once, in `sources`; a session's `sources`
/// are places in that list, from 0.
#[utoipa::path(
    get,
    path = "/sessions",
    tag = SESSIONS,
    responses((status = 200, description = "The sessions.", body = Listed<SessionsAnswer>), BadParameter)
)]
async fn sessions_json(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    check_params(&params, &[])?;
    let sessions = db.sessions().await?;
    let overview = db.load_overview().await?;
    listed_once(SessionsAnswer {
        citation: crate::sources::steinert::citation(),
        cite: db.cite_basis().await?.sessions(),
        data_version: overview.last_update,
        definitions: SESSION_DEFINITIONS,
        sessions,
    })
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

/// Every session of the Committee, as CSV
///
/// The sessions' counts, one line per session, with the flags and the addresses of the
/// reports.
#[utoipa::path(
    get,
    path = "/sessions.csv",
    tag = SESSIONS,
    responses(
        (
            status = 200,
            description = "The sessions; the example is the header line.",
            body = String,
            content_type = "text/csv",
            example = json!(SESSION_CSV_HEADERS.join(","))
        ),
        BadParameter
    )
)]
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

const DISAGREEMENT_HEADERS: &[&str] = &[
    "organization_id",
    "organization",
    "application_id",
    "year",
    "part",
    "kind",
    "reports_decision",
    "press_decision",
    "press_url",
];

/// Where the press releases and the reports disagree
///
/// Each application at a session on which the two sources do not agree: both decisions and
/// the release, kept side by side; neither source is corrected by the other. A page at a
/// time, with the total.
#[utoipa::path(
    get,
    path = "/disagreements",
    tag = PRESS,
    params(PageParams),
    responses(
        (status = 200, description = "A page of disagreements.", body = DisagreementsAnswer),
        BadParameter
    )
)]
async fn disagreements_json(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<DisagreementsAnswer>, ApiError> {
    check_params(&params, &["page", "per_page"])?;
    let rows = db.disagreements().await?;
    let count = rows.len();
    let (disagreements, paging) = paginate(&params, rows)?;
    Ok(Json(DisagreementsAnswer {
        count,
        definitions: DISAGREEMENT_DEFINITIONS,
        disagreements,
        paging,
    }))
}

/// Where the press releases and the reports disagree, as CSV
///
/// Every application at a session on which the two sources do not agree, one line each,
/// with both decisions and the address of the release.
#[utoipa::path(
    get,
    path = "/disagreements.csv",
    tag = PRESS,
    responses(
        (
            status = 200,
            description = "The disagreements; the example is the header line.",
            body = String,
            content_type = "text/csv",
            example = json!(DISAGREEMENT_HEADERS.join(","))
        ),
        BadParameter
    )
)]
async fn disagreements_csv(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    check_params(&params, &[])?;
    let rows = db.disagreements().await?;
    csv_response(
        "ecosoc-watch-disagreements.csv",
        DISAGREEMENT_HEADERS,
        &rows,
    )
}

/// What the press releases hold, per session
///
/// Per session: how many releases, how many only say the meeting was not covered, the
/// applications they record by decision, the questions asked, and where reading fell short
/// (a headline that states other counts than were read, passages that could not be read).
#[utoipa::path(
    get,
    path = "/press/sessions",
    tag = PRESS,
    responses(
        (status = 200, description = "The sessions.", body = PressSessionsAnswer),
        BadParameter
    )
)]
async fn press_sessions(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<PressSessionsAnswer>, ApiError> {
    check_params(&params, &[])?;
    Ok(Json(PressSessionsAnswer {
        definitions: PRESS_SESSION_DEFINITIONS,
        sessions: db.press_sessions().await?,
    }))
}

/// Every press release read
///
/// Each stored release, newest first: its address, symbol, date and session, how many
/// records were read from it, and the passages that could not be read. A page at a time,
/// with the total.
#[utoipa::path(
    get,
    path = "/press/releases",
    tag = PRESS,
    params(ProblemsOnly, PageParams),
    responses(
        (status = 200, description = "A page of releases.", body = PressReleasesAnswer),
        BadParameter
    )
)]
async fn press_releases(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<PressReleasesAnswer>, ApiError> {
    check_params(&params, &["problems", "page", "per_page"])?;
    let only_problems = match params.get("problems").map(String::as_str) {
        None | Some("0") => false,
        Some("1") => true,
        Some(other) => {
            return Err(ApiError::BadRequest(format!(
                "parameter `problems` must be 0 or 1, not {other:?}"
            )))
        }
    };
    let releases = db.press_releases(only_problems).await?;
    let count = releases.len();
    let (releases, paging) = paginate(&params, releases)?;
    Ok(Json(PressReleasesAnswer {
        count,
        paging,
        releases,
    }))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::neutralise_formulas;

    fn cells(csv_bytes: &[u8]) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(csv_bytes)
            .records()
            .map(|r| r.expect("a record").iter().map(String::from).collect())
            .collect()
    }

    fn write(rows: &[Vec<String>]) -> Vec<u8> {
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        for row in rows {
            writer.write_record(row).expect("written");
        }
        writer.into_inner().expect("flushed")
    }

    #[test]
    fn formula_cells_become_text_and_numbers_stay_numbers() {
        let input = write(&[
            vec!["name".into(), "rate".into()],
            vec!["=HYPERLINK(\"http://x\")".into(), "-0.5".into()],
            vec!["+1+2".into(), "@SUM(A1)".into()],
            vec!["\tTab".into(), "Plain, with comma".into()],
        ]);
        let out = cells(&neutralise_formulas(&input).expect("csv"));
        assert_eq!(out[1], ["'=HYPERLINK(\"http://x\")", "-0.5"]);
        assert_eq!(out[2], ["'+1+2", "'@SUM(A1)"]);
        assert_eq!(out[3], ["'\tTab", "Plain, with comma"]);
        assert_eq!(out[0], ["name", "rate"]);
    }

    proptest! {
        #[test]
        fn no_cell_starts_a_formula(rows in prop::collection::vec(
            prop::collection::vec(any::<String>(), 1..5), 1..6)
        ) {
            let out = cells(&neutralise_formulas(&write(&rows)).expect("csv"));
            prop_assert_eq!(out.len(), rows.len());
            for (row, original) in out.iter().zip(&rows) {
                prop_assert_eq!(row.len(), original.len());
                for (cell, before) in row.iter().zip(original) {
                    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
                    prop_assert!(!formula || cell.trim().parse::<f64>().is_ok(), "{cell:?}");
                    // Nothing else changes: the cell is the original, or "'" and the original.
                    let quoted = format!("'{before}");
                    prop_assert!(cell == before || *cell == quoted, "{:?} from {:?}", cell, before);
                }
            }
        }
    }
}
