//! Server functions: what the pages ask the server for. The bodies run on the server only and
//! reach the database through the [`crate::ssr::Backend`] that the binary provides as context;
//! no SQL lives in this crate.

use leptos::prelude::*;

use crate::{
    error::AppError,
    i18n::Locale,
    model::{RatesQuery, RatesSection, RecordRequest, Rendered},
};

/// Rates by focus area for the home page, in `lang` (language and digits): the chart's numbers and the rest of the
/// section.
#[server(prefix = "/api/fn", endpoint = "rates")]
pub async fn get_rates(query: RatesQuery, lang: Locale) -> Result<RatesSection, AppError> {
    use crate::model::UrlQuery;
    // The same check as the URL's and the API's (see `UrlQuery::checked`).
    let query = query.checked().map_err(AppError::BadRequest)?;
    use crate::routes::home::{EmptyState, RatesDetails};
    crate::ssr::provide_i18n(lang);
    let backend = crate::ssr::backend()?;
    let overview = backend.overview().await?;
    if overview.is_empty() {
        return Ok(RatesSection {
            query,
            rows: vec![],
            summary: String::new(),
            details: crate::ssr::render_html(move || {
                view! { <EmptyState load=overview.load/> }.into_any()
            }),
        });
    }
    let mut rates = backend.rates(query).await?;
    let i18n = crate::i18n::i18n();
    // A region or a country is named in the page's words.
    match (rates.query.region.clone(), &rates.query.country) {
        (Some(slug), None) => {
            let region = i18n.t(&format!("region-{slug}"));
            rates.countries.restricted_to =
                Some(i18n.f("region-restriction", &[("region", region.into())]));
        }
        (_, Some(_)) => {
            let english = rates.countries.restricted_to.take();
            rates.countries.restricted_to = english.map(|name| i18n.country(&name));
        }
        (None, None) => {}
    }
    // The backend's words are English (the API's); the page's are its language's.
    rates.definition = crate::chart::definition(&rates);
    rates.summary = crate::chart::summary(&rates);
    rates.cite = backend
        .cite_basis()
        .await?
        .rates(&rates.query, rates.countries.restricted_to.as_deref());
    Ok(RatesSection {
        query: rates.query.clone(),
        rows: rates.rows.clone(),
        summary: rates.summary.clone(),
        details: crate::ssr::render_html(move || {
            view! { <RatesDetails rates overview/> }.into_any()
        }),
    })
}

/// A record page's body in `lang` (language and digits), rendered on the server (see `model::Rendered`). The views
/// live behind `ssr` in their route files, so the WASM front end carries none of them.
#[server(prefix = "/api/fn", endpoint = "record")]
pub async fn record_page(request: RecordRequest, lang: Locale) -> Result<Rendered, AppError> {
    crate::ssr::provide_i18n(lang);
    crate::ssr::render_record(request).await
}
