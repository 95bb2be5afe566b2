//! `/api/v1/methodology`: the tables of the methodology page — the focus-area rules and their
//! exceptions, spellings by how they were linked, what each source holds per year, and the
//! Committee's members per year — as JSON, and each table as CSV beside it
//! (`/api/v1/methodology/rules.csv`), as every table on every page has.

use std::collections::HashMap;

use axum::{
    extract::{Path, Query, State},
    response::Response,
    Json,
};
use utoipa_axum::{router::OpenApiRouter, routes};

use app::model::Methodology;

use super::{check_params, csv_response, document::RECORD, params::MethodologyTable};
use crate::{
    db::Db,
    http::{
        error::{ApiError, BadParameter, NoSuchRecord},
        AppState,
    },
};

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(json))
        .routes(routes!(csv))
}

/// The method behind the numbers, as data
///
/// The focus-area rules with their version and exceptions, how many spellings each linking
/// rule joined, what the reports and the press releases hold per year, the Committee's
/// members per year with how many rows are unchecked, and the last scrape.
#[utoipa::path(
    get,
    path = "/methodology",
    tag = RECORD,
    responses((status = 200, description = "The methodology's tables.", body = Methodology), BadParameter)
)]
async fn json(
    State(db): State<Db>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<Methodology>, ApiError> {
    check_params(&params, &[])?;
    Ok(Json(crate::answers::methodology(&db).await?))
}

/// The tables and their header lines, as `{table}` names them.
pub const TABLES: [(&str, &[&str]); 6] = [
    ("rules.csv", &["id", "area", "lang", "phrases"]),
    (
        "exceptions.csv",
        &["id", "area", "if_any", "unless_any", "note"],
    ),
    (
        "known.csv",
        &["id", "names", "areas", "not_areas", "reason", "source"],
    ),
    ("link_rules.csv", &["rule", "label", "spellings"]),
    (
        "coverage.csv",
        &[
            "year",
            "reports",
            "press_releases",
            "press_records",
            "questions",
        ],
    ),
    ("membership.csv", &["year", "members", "unchecked"]),
];

/// One table of the methodology, as CSV
///
/// `rules.csv` (phrases joined by `; `), `exceptions.csv`, `known.csv`, `link_rules.csv`, `coverage.csv`
/// or `membership.csv`: the same rows as the methodology page's table.
#[utoipa::path(
    get,
    path = "/methodology/{table}",
    tag = RECORD,
    params(MethodologyTable),
    responses(
        (
            status = 200,
            description = "The table; the example is the rules' header line.",
            body = String,
            content_type = "text/csv",
            example = json!(TABLES[0].1.join(","))
        ),
        NoSuchRecord
    )
)]
async fn csv(
    State(db): State<Db>,
    Path(table): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    check_params(&params, &[])?;
    let Some((_, headers)) = TABLES.iter().find(|(name, _)| *name == table) else {
        let names: Vec<&str> = TABLES.iter().map(|(name, _)| *name).collect();
        return Err(ApiError::NotFound(format!(
            "no methodology table {table:?}: one of {}",
            names.join(", ")
        )));
    };
    let m = crate::answers::methodology(&db).await?;
    let file = format!("ecosoc-watch-methodology-{table}");
    let joined = |items: &[String]| items.join("; ");
    match table.as_str() {
        "rules.csv" => {
            let rows: Vec<_> = m
                .rules
                .iter()
                .map(|r| (&r.id, &r.area, &r.lang, joined(&r.phrases)))
                .collect();
            csv_response(&file, headers, &rows)
        }
        "exceptions.csv" => {
            let rows: Vec<_> = m
                .exceptions
                .iter()
                .map(|e| {
                    (
                        &e.id,
                        &e.area,
                        joined(&e.if_any),
                        joined(&e.unless_any),
                        &e.note,
                    )
                })
                .collect();
            csv_response(&file, headers, &rows)
        }
        "known.csv" => {
            let rows: Vec<_> = m
                .known
                .iter()
                .map(|k| {
                    (
                        &k.id,
                        joined(&k.names),
                        joined(&k.areas),
                        joined(&k.not_areas),
                        &k.reason,
                        &k.source,
                    )
                })
                .collect();
            csv_response(&file, headers, &rows)
        }
        "link_rules.csv" => csv_response(&file, headers, &m.link_rules),
        "coverage.csv" => csv_response(&file, headers, &m.coverage),
        _ => csv_response(&file, headers, &m.membership),
    }
}
