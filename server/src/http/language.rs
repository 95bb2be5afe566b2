//! Every page lives under its language (`/fr/organizations/12`, see `app::i18n`). An address
//! without one — an old link, a typed `/`, a search engine's — is sent on to the language the
//! browser asks for: a temporary redirect that varies with `Accept-Language`, so no cache
//! keeps one person's language for another.

use axum::{
    extract::Request,
    http::{header, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

use app::i18n::{Lang, Locale};

/// The first segments that are not pages: the API, the front end's files, feeds, embeds,
/// the health check, the server functions.
const NOT_PAGES: [&str; 5] = ["api", "pkg", "feeds", "embed", "healthz"];

/// Redirect a page's address without a language to the browser's language.
pub async fn prefix(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    // Under `/api/` only the API and the server functions live: anything else there is the
    // API's 404, not a page whose language is "api".
    if path.starts_with("/api/") && !path.starts_with("/api/v1") && !path.starts_with("/api/fn/") {
        let uri = axum::extract::OriginalUri(request.uri().clone());
        return super::api::no_such_address(uri).await.into_response();
    }
    // The bare name of a place that holds no page (`/feeds`, `/embed`) would otherwise match
    // the pages' `/{lang}` route as a language called "feeds": it is the 404 page, in English.
    let first = path.trim_start_matches('/').trim_end_matches('/');
    if NOT_PAGES.contains(&first) && first != "api" {
        let uri = format!("/en/{first}").parse().ok();
        let mut request = request;
        if let Some(uri) = uri {
            *request.uri_mut() = uri;
        }
        return next.run(request).await;
    }
    let target = match (Locale::of_path(path), path.strip_suffix('/')) {
        // `/fr/` is `/fr`: the home page has one address.
        (Some(locale), Some(bare)) if bare == format!("/{}", locale.code()) => bare.to_string(),
        (Some(_), _) => return next.run(request).await,
        (None, _) if !is_page(path) => return next.run(request).await,
        (None, _) => {
            let locale = request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map_or(Locale::of(Lang::En), Locale::negotiate);
            let rest = if path == "/" { "" } else { path };
            format!("/{}{rest}", locale.code())
        }
    };
    let location = match request.uri().query() {
        Some(query) => format!("{target}?{query}"),
        None => target,
    };
    let Ok(location) = HeaderValue::from_str(&location) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    (
        StatusCode::FOUND,
        [
            (header::LOCATION, location),
            (header::VARY, HeaderValue::from_static("accept-language")),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
    )
        .into_response()
}

/// Whether an address without a language is a page's (the API's own page is `/api`).
fn is_page(path: &str) -> bool {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    path == "/api" || !NOT_PAGES.contains(&first)
}

#[cfg(test)]
mod tests {
    use super::is_page;

    #[test]
    fn pages_are_told_from_the_rest() {
        for page in [
            "/",
            "/organizations/12",
            "/api",
            "/who-asks",
            "/favicon.ico",
        ] {
            assert!(is_page(page), "{page}");
        }
        for other in [
            "/api/v1/sessions",
            "/pkg/app.wasm",
            "/feeds/x",
            "/embed/rates",
            "/healthz",
        ] {
            assert!(!is_page(other), "{other}");
        }
    }
}
