//! The server's implementation of the pages' [`app::ssr::Backend`]: the database, and the
//! state of a background load. Database errors are logged here, once, and reach the browser
//! only as [`AppError::Database`].

use app::{
    error::AppError,
    model::{Overview, Rates, RatesQuery},
    ssr::{Backend, BoxFuture},
};

use crate::{
    autoload::{current, LoadStatus},
    db::Db,
};

pub struct PageBackend {
    pub db: Db,
    pub load: LoadStatus,
}

impl Backend for PageBackend {
    fn overview(&self) -> BoxFuture<'_, Result<Overview, AppError>> {
        Box::pin(async move {
            let mut overview = self.db.load_overview().await.map_err(database_error)?;
            overview.load = current(&self.load);
            Ok(overview)
        })
    }

    fn rates(&self, query: RatesQuery) -> BoxFuture<'_, Result<Rates, AppError>> {
        Box::pin(async move { self.db.rates(&query).await.map_err(database_error) })
    }
}

fn database_error(error: sqlx::Error) -> AppError {
    tracing::error!(%error, "database query for a page failed");
    AppError::Database
}
