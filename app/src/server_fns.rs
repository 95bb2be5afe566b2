//! Server functions: what the pages ask the server for. The bodies run on the server only and
//! reach the database through the [`crate::ssr::Backend`] that the binary provides as context;
//! no SQL lives in this crate.

use leptos::prelude::*;

use crate::{
    error::AppError,
    model::{
        Methodology, OrganizationDetail, Overview, Rates, RatesQuery, SearchQuery, SearchResults,
        SessionDetail, SessionRow, StateDetail, StateSummary,
    },
};

/// What the database holds, for the home page.
#[server(prefix = "/api/fn", endpoint = "overview")]
pub async fn get_overview() -> Result<Overview, AppError> {
    crate::ssr::backend()?.overview().await
}

/// Rates by focus area for the home page's chart and table.
#[server(prefix = "/api/fn", endpoint = "rates")]
pub async fn get_rates(query: RatesQuery) -> Result<Rates, AppError> {
    // The same check as the URL's and the API's: a query that did not come from a URL
    // (a hand-made server-function call) is held to it too.
    let query = RatesQuery::from_params(
        query
            .to_params()
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str())),
    )
    .map_err(AppError::BadRequest)?;
    crate::ssr::backend()?.rates(query).await
}

/// Organizations by any spelling, with facets.
#[server(prefix = "/api/fn", endpoint = "search")]
pub async fn search_organizations(query: SearchQuery) -> Result<SearchResults, AppError> {
    let query = SearchQuery::from_params(
        query
            .to_params()
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str())),
    )
    .map_err(AppError::BadRequest)?;
    crate::ssr::backend()?.search(query).await
}

/// One organization's whole record.
#[server(prefix = "/api/fn", endpoint = "organization")]
pub async fn get_organization(id: i64) -> Result<OrganizationDetail, AppError> {
    crate::ssr::backend()?.organization(id).await
}

/// Every session with its counts.
#[server(prefix = "/api/fn", endpoint = "sessions")]
pub async fn get_sessions() -> Result<Vec<SessionRow>, AppError> {
    crate::ssr::backend()?.sessions().await
}

/// One session: applications, releases, reconciliation.
#[server(prefix = "/api/fn", endpoint = "session")]
pub async fn get_session(key: String) -> Result<SessionDetail, AppError> {
    let key = crate::model::SessionKey::parse(&key).map_err(AppError::BadRequest)?;
    crate::ssr::backend()?.session(key).await
}

/// Every member state that asked or voted.
#[server(prefix = "/api/fn", endpoint = "states")]
pub async fn get_states() -> Result<Vec<StateSummary>, AppError> {
    crate::ssr::backend()?.states().await
}

/// One member state's record.
#[server(prefix = "/api/fn", endpoint = "state")]
pub async fn get_state(name: String, page: u32) -> Result<StateDetail, AppError> {
    if name.chars().count() > 100 || page == 0 || page > 100_000 {
        return Err(AppError::BadRequest(
            "a state name has at most 100 characters and pages start at 1".to_string(),
        ));
    }
    crate::ssr::backend()?.state(name, page).await
}

/// The rules, linking and coverage.
#[server(prefix = "/api/fn", endpoint = "methodology")]
pub async fn get_methodology() -> Result<Methodology, AppError> {
    crate::ssr::backend()?.methodology().await
}
