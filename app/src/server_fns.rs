//! Server functions: what the pages ask the server for. The bodies run on the server only and
//! reach the database through the [`crate::ssr::Backend`] that the binary provides as context;
//! no SQL lives in this crate.

use leptos::prelude::*;

use crate::{error::AppError, model::Overview};

/// What the database holds, for the home page.
#[server(prefix = "/api/fn", endpoint = "overview")]
pub async fn get_overview() -> Result<Overview, AppError> {
    crate::ssr::backend()?.overview().await
}
