//! The server's implementation of the pages' [`app::ssr::Backend`]: the database, and the
//! state of a background load. Database errors are logged here, once, and reach the browser
//! only as [`AppError::Database`].

use app::{
    error::AppError,
    model::{
        ApiReference, Methodology, OrganizationDetail, Overview, Rates, RatesQuery, SearchQuery,
        SearchResults, SessionDetail, SessionKey, SessionRow, StateDetail, StateSummary,
        TimeToDecision, WaitQuery, WhoAsks, WhoAsksQuery,
    },
    ssr::{Backend, BoxFuture},
};

use crate::{
    answers,
    autoload::{current, LoadStatus},
    db::{states::QUESTIONS_PER_PAGE, Db},
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
        Box::pin(async move {
            let place = crate::countries::restriction(&query).map_err(AppError::BadRequest)?;
            answers::rates(&self.db, &query, place)
                .await
                .map_err(database_error)
        })
    }

    fn time_to_decision(
        &self,
        query: WaitQuery,
    ) -> BoxFuture<'_, Result<TimeToDecision, AppError>> {
        Box::pin(async move {
            answers::time_to_decision(&self.db, &query)
                .await
                .map_err(database_error)
        })
    }

    fn who_asks(&self, query: WhoAsksQuery) -> BoxFuture<'_, Result<WhoAsks, AppError>> {
        Box::pin(async move {
            answers::who_asks(&self.db, &query)
                .await
                .map_err(database_error)
        })
    }

    fn search(&self, query: SearchQuery) -> BoxFuture<'_, Result<SearchResults, AppError>> {
        Box::pin(async move { self.db.search(&query).await.map_err(database_error) })
    }

    fn organization(&self, id: i64) -> BoxFuture<'_, Result<OrganizationDetail, AppError>> {
        Box::pin(async move {
            self.db
                .organization(id)
                .await
                .map_err(database_error)?
                .ok_or_else(|| {
                    AppError::NotFound(format!(
                        "no organization with id {id}; search for it by name instead"
                    ))
                })
        })
    }

    fn sessions(&self) -> BoxFuture<'_, Result<Vec<SessionRow>, AppError>> {
        Box::pin(async move { self.db.sessions().await.map_err(database_error) })
    }

    fn session(&self, key: SessionKey) -> BoxFuture<'_, Result<SessionDetail, AppError>> {
        Box::pin(async move {
            self.db
                .session_detail(&key)
                .await
                .map_err(database_error)?
                .ok_or_else(|| AppError::NotFound(session_not_found(&key)))
        })
    }

    fn states(&self) -> BoxFuture<'_, Result<Vec<StateSummary>, AppError>> {
        Box::pin(async move { self.db.states().await.map_err(database_error) })
    }

    fn state(&self, name: String, page: u32) -> BoxFuture<'_, Result<StateDetail, AppError>> {
        Box::pin(async move {
            answers::state(&self.db, &name, page, QUESTIONS_PER_PAGE)
                .await
                .map_err(database_error)?
                .ok_or_else(|| AppError::NotFound(state_not_found(&name)))
        })
    }

    fn methodology(&self) -> BoxFuture<'_, Result<Methodology, AppError>> {
        Box::pin(async move { answers::methodology(&self.db).await.map_err(database_error) })
    }

    fn cite_basis(&self) -> BoxFuture<'_, Result<app::model::CiteBasis, AppError>> {
        Box::pin(async move { self.db.cite_basis().await.map_err(database_error) })
    }

    fn api_reference(&self) -> BoxFuture<'_, Result<ApiReference, AppError>> {
        Box::pin(async move { Ok(crate::http::api::document::reference()) })
    }
}

/// What to say when no source has a session.
pub fn session_not_found(key: &SessionKey) -> String {
    format!(
        "no record of the {}: neither the reports nor a press release cover it; \
         see the list of sessions for those held",
        key.label()
    )
}

/// What to say when a member state's name is unknown.
pub fn state_not_found(name: &str) -> String {
    format!(
        "no member state called {name:?}; use its short English name (e.g. \"Cuba\", \
         \"United States\") or see the list of states"
    )
}

fn database_error(error: sqlx::Error) -> AppError {
    tracing::error!(%error, "database query for a page failed");
    AppError::Database
}
