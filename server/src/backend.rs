//! The server's implementation of the pages' [`app::ssr::Backend`] over the database.
//! Database errors are logged here, once, and reach the browser only as [`AppError::Database`].

use app::{
    error::AppError,
    model::{Overview, Rates, RatesQuery},
    ssr::{Backend, BoxFuture},
};

use crate::db::Db;

impl Backend for Db {
    fn overview(&self) -> BoxFuture<'_, Result<Overview, AppError>> {
        Box::pin(async move { self.load_overview().await.map_err(database_error) })
    }

    fn rates(&self, query: RatesQuery) -> BoxFuture<'_, Result<Rates, AppError>> {
        Box::pin(async move { Db::rates(self, &query).await.map_err(database_error) })
    }
}

fn database_error(error: sqlx::Error) -> AppError {
    tracing::error!(%error, "database query for a page failed");
    AppError::Database
}
