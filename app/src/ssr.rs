//! The seam between the pages and the server: a [`Backend`] the binary implements over its
//! database and provides as Leptos context, so server functions stay free of SQL.

use std::{future::Future, pin::Pin, sync::Arc};

use leptos::prelude::use_context;

use crate::{
    error::AppError,
    model::{Overview, Rates, RatesQuery},
};

/// A boxed future, so that [`Backend`] can be used as a trait object.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What the pages need from the server's data layer.
pub trait Backend: Send + Sync + 'static {
    fn overview(&self) -> BoxFuture<'_, Result<Overview, AppError>>;
    fn rates(&self, query: RatesQuery) -> BoxFuture<'_, Result<Rates, AppError>>;
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
