//! Server functions: what the pages ask the server for. The bodies run on the server only and
//! reach the database through the [`crate::ssr::Backend`] that the binary provides as context;
//! no SQL lives in this crate.

use leptos::prelude::*;

use crate::{
    error::AppError,
    model::{Overview, Rates, RatesQuery},
};

/// What the database holds, for the home page.
#[server(prefix = "/api/fn", endpoint = "overview")]
pub async fn get_overview() -> Result<Overview, AppError> {
    crate::ssr::backend()?.overview().await
}

/// Rates by focus area for the home page's chart and table.
#[server(prefix = "/api/fn", endpoint = "rates")]
pub async fn get_rates(query: RatesQuery) -> Result<Rates, AppError> {
    if query.from > query.to {
        return Err(AppError::BadRequest(
            "the first year must not be after the last".to_string(),
        ));
    }
    crate::ssr::backend()?.rates(query).await
}
