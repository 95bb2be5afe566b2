//! The seam between the pages and the server: a [`Backend`] the binary implements over its
//! database and provides as Leptos context, so server functions stay free of SQL.

use std::{future::Future, pin::Pin, sync::Arc};

use leptos::prelude::*;

use crate::{
    error::AppError,
    model::{
        ApiReference, CiteBasis, Methodology, OrganizationDetail, Overview, Rates, RatesQuery,
        RecordRequest, Rendered, SearchQuery, SearchResults, SessionDetail, SessionKey, SessionRow,
        StateDetail, StateSummary, TimeToDecision, UrlQuery, WaitQuery, WhoAsks, WhoAsksQuery,
    },
};

/// A boxed future, so that [`Backend`] can be used as a trait object.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What the pages need from the server's data layer.
pub trait Backend: Send + Sync + 'static {
    fn overview(&self) -> BoxFuture<'_, Result<Overview, AppError>>;
    fn rates(&self, query: RatesQuery) -> BoxFuture<'_, Result<Rates, AppError>>;
    /// Waiting curves by focus area for a cohort.
    fn time_to_decision(&self, query: WaitQuery)
        -> BoxFuture<'_, Result<TimeToDecision, AppError>>;
    /// Questions and votes by member state.
    fn who_asks(&self, query: WhoAsksQuery) -> BoxFuture<'_, Result<WhoAsks, AppError>>;
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
    /// What a "Cite this" names besides the view (the public address, the versions).
    fn cite_basis(&self) -> BoxFuture<'_, Result<CiteBasis, AppError>>;
    /// The `/api/v1` routes as their OpenAPI document describes them, for the API page.
    fn api_reference(&self) -> BoxFuture<'_, Result<ApiReference, AppError>>;
}

/// The shared handle the server puts into context.
pub type SharedBackend = Arc<dyn Backend>;

/// The words of what this server function renders: `lang`'s, for every view and sentence
/// made under the current owner (see [`crate::i18n::i18n`]).
pub fn provide_i18n(locale: crate::i18n::Locale) {
    provide_context(crate::i18n::I18n::new(crate::i18n::locale_catalogue(
        locale,
    )));
}

/// Render a record page's body to HTML, in a reactive owner of its own.
fn render(title: String, view: impl FnOnce() -> AnyView) -> Rendered {
    Rendered {
        title,
        html: render_html(view),
    }
}

/// Render a view to HTML, in a reactive owner of its own.
pub fn render_html(view: impl FnOnce() -> AnyView) -> String {
    let owner = Owner::new();
    owner.with(|| view().to_html())
}

/// Fetch what `request` shows and render its body. Every query is checked by the same parser
/// as the URL's and the API's, also when it did not come from a URL.
pub async fn render_record(request: RecordRequest) -> Result<Rendered, AppError> {
    use crate::routes::{
        api::ApiDetails, methodology::Details, organization::Passport, organizations::Results,
        session::SessionView, sessions::SessionsView, state::StateView, states::StatesTable,
        waiting::WaitView, who_asks::WhoAsksView,
    };
    let backend = backend()?;
    let i18n = crate::i18n::i18n();
    let t = |key: &str| i18n.t(key);
    Ok(match request {
        RecordRequest::Search(query) => {
            let query = query.checked().map_err(AppError::BadRequest)?;
            let results = backend.search(query).await?;
            render(t("nav-organizations"), move || {
                view! { <Results results/> }.into_any()
            })
        }
        RecordRequest::Organization(id) => {
            let mut detail = backend.organization(id).await?;
            // Cited in the page's language, at the page's address.
            detail.cite = backend.cite_basis().await?.organization(id, &detail.name);
            render(detail.name.clone(), move || {
                view! { <Passport detail/> }.into_any()
            })
        }
        RecordRequest::Sessions => {
            let rows = backend.sessions().await?;
            let cite = backend.cite_basis().await?.sessions();
            render(t("nav-sessions"), move || {
                view! { <SessionsView rows cite/> }.into_any()
            })
        }
        RecordRequest::Session(key) => {
            let key = SessionKey::parse(&key).map_err(AppError::BadRequest)?;
            let detail = backend.session(key).await?;
            let title = i18n.session(detail.session.year, &detail.session.part);
            render(title, move || view! { <SessionView detail/> }.into_any())
        }
        RecordRequest::States => {
            let rows = backend.states().await?;
            render(t("nav-states"), move || {
                view! { <StatesTable rows/> }.into_any()
            })
        }
        RecordRequest::State { name, page } => {
            check_state_address(&name, page)?;
            let detail = backend.state(name, page).await?;
            render(i18n.country(&detail.summary.name), move || {
                view! { <StateView detail/> }.into_any()
            })
        }
        RecordRequest::WhoAsks(query) => {
            let query = query.checked().map_err(AppError::BadRequest)?;
            let answer = backend.who_asks(query).await?;
            render(t("nav-who-asks"), move || {
                view! { <WhoAsksView answer/> }.into_any()
            })
        }
        RecordRequest::TimeToDecision(query) => {
            let query = query.checked().map_err(AppError::BadRequest)?;
            let answer = backend.time_to_decision(query).await?;
            render(t("nav-time-to-decision"), move || {
                view! { <WaitView answer/> }.into_any()
            })
        }
        RecordRequest::Methodology => {
            let m = backend.methodology().await?;
            render(t("nav-methodology"), move || {
                view! { <Details m/> }.into_any()
            })
        }
        RecordRequest::Api => {
            let reference = backend.api_reference().await?;
            render("API".into(), move || {
                view! { <ApiDetails reference/> }.into_any()
            })
        }
    })
}

/// A member state's page address within bounds: a name of at most 100 characters, a page
/// from 1.
fn check_state_address(name: &str, page: u32) -> Result<(), AppError> {
    if name.chars().count() > 100 || !(1..=100_000).contains(&page) {
        return Err(AppError::BadRequest(
            "a state name has at most 100 characters and pages start at 1".to_string(),
        ));
    }
    Ok(())
}

/// The backend from context; an error (logged) when the server forgot to provide it.
pub fn backend() -> Result<SharedBackend, AppError> {
    use_context::<SharedBackend>().ok_or_else(|| {
        tracing::error!("no Backend in the Leptos context: the server must provide one");
        AppError::Database
    })
}
