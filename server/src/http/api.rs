//! `/api/v1`: the data behind every figure, as JSON and CSV, for journalists and scripts.

use axum::{extract::State, routing::get, Json, Router};

use super::{error::ApiError, AppState};
use crate::db::Db;

pub fn router() -> Router<AppState> {
    Router::new().route("/overview", get(overview))
}

/// What the database holds: documents per source, rows per table, last update.
async fn overview(State(db): State<Db>) -> Result<Json<app::model::Overview>, ApiError> {
    Ok(Json(db.load_overview().await?))
}
