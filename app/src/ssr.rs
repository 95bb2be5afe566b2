//! The seam between the pages and the server: a [`Backend`] the binary implements over its
//! database and provides as Leptos context, so server functions stay free of SQL.

use std::{future::Future, pin::Pin, sync::Arc};

use leptos::prelude::use_context;

use crate::{
    error::AppError,
    model::{
        Methodology, OrganizationDetail, Overview, Rates, RatesQuery, SearchQuery, SearchResults,
        SessionDetail, SessionKey, SessionRow, StateDetail, StateSummary,
    },
};

/// A boxed future, so that [`Backend`] can be used as a trait object.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What the pages need from the server's data layer.
pub trait Backend: Send + Sync + 'static {
    fn overview(&self) -> BoxFuture<'_, Result<Overview, AppError>>;
    fn rates(&self, query: RatesQuery) -> BoxFuture<'_, Result<Rates, AppError>>;
    /// Organizations by any spelling, with facets.
    fn search(&self, query: SearchQuery) -> BoxFuture<'_, Result<SearchResults, AppError>>;
    /// One organization's whole record; [`AppError::NotFound`] for an unknown id.
    fn organization(&self, id: i64) -> BoxFuture<'_, Result<OrganizationDetail, AppError>>;
    /// Every session the reports cover, with its counts.
    fn sessions(&self) -> BoxFuture<'_, Result<Vec<SessionRow>, AppError>>;
    /// One session; [`AppError::NotFound`] when no source has it.
    fn session(&self, key: SessionKey) -> BoxFuture<'_, Result<SessionDetail, AppError>>;
    /// Every member state that asked a question or voted.
    fn states(&self) -> BoxFuture<'_, Result<Vec<StateSummary>, AppError>>;
    /// One state's questions (page `page`) and votes; [`AppError::NotFound`] for an unknown name.
    fn state(&self, name: String, page: u32) -> BoxFuture<'_, Result<StateDetail, AppError>>;
    /// The rules, the linking and the coverage, for the methodology page.
    fn methodology(&self) -> BoxFuture<'_, Result<Methodology, AppError>>;
}

/// The shared handle the server puts into context.
pub type SharedBackend = Arc<dyn Backend>;

/// The backend from context; an error (logged) when the server forgot to provide it.
pub fn backend() -> Result<SharedBackend, AppError> {
    use_context::<SharedBackend>().ok_or_else(|| {
        tracing::error!("no Backend in the Leptos context: the server must provide one");
        AppError::Database
    })
}
