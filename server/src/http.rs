//! The HTTP surface: the Leptos pages and server functions, `/healthz`, the `/api/v1` JSON and
//! CSV API, static files, and the layers every response passes (compression, timeouts, traces).

pub mod answer_cache;
pub mod api;
pub mod backend;
pub mod embed;
pub mod encoding;
pub mod error;
pub mod feeds;
pub mod held_version;
pub mod language;
pub mod limits;

use std::{
    sync::{Arc, LazyLock},
    time::Duration,
};

use app::error::AppError;
use app::{shell, ssr::SharedBackend, App};
use axum::{
    extract::State,
    http::{header, HeaderValue, StatusCode},
    middleware,
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use leptos::prelude::{provide_context, LeptosOptions};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use serde_json::json;
use tokio::sync::Semaphore;
use tower_http::{
    compression::CompressionLayer, limit::RequestBodyLimitLayer,
    set_header::SetResponseHeaderLayer, trace::TraceLayer,
};

use self::{
    backend::PageBackend,
    limits::{shed, Limits},
};
use crate::{autoload::LoadStatus, db::Db};

/// A request that takes longer than this gets a 503 rather than hanging a connection.
pub(crate) const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The largest request body accepted (server-function arguments are a few hundred bytes).
const MAX_REQUEST_BODY: usize = 64 * 1024;

/// The Content-Security-Policy of every response that is not a page.
pub const OTHER_POLICY: &str = "default-src 'none'; frame-ancestors 'none'";

/// Shared state of the HTTP handlers.
#[derive(Clone, axum::extract::FromRef)]
pub struct AppState {
    pub db: Db,
    pub leptos_options: LeptosOptions,
    /// The state of a background load, shown on the home page.
    pub load: LoadStatus,
}

/// Leptos options for serving the built site from `site_root` (cargo-leptos writes
/// `target/site`), without reading `Cargo.toml` or cargo-leptos's environment at run time.
///
/// A release build names the front end's files by their content (cargo-leptos `hash-files`,
/// the names in `SITE_ROOT/hash.txt`), so browsers keep them for a year; pages link the
/// names that file gives. Without it (a build without cargo-leptos, the tests), the plain names.
pub fn leptos_options(site_root: &str, addr: std::net::SocketAddr) -> LeptosOptions {
    let hash_file = std::env::current_dir()
        .unwrap_or_default()
        .join(site_root)
        .join(HASH_FILE);
    LeptosOptions::builder()
        .output_name("ecosoc-watch")
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .env(leptos::config::Env::PROD)
        .hash_files(hash_file.is_file())
        .hash_file(Arc::from(hash_file.to_string_lossy().as_ref()))
        .build()
}

/// Where cargo-leptos writes the hashed names (`hash-file-name` in `Cargo.toml`, relative to
/// the server binary's folder, lands here), relative to the site root.
const HASH_FILE: &str = "hash.txt";

/// The front end's files under `/pkg`: sent precompressed to clients that accept it (see
/// `ecosoc-watch precompress`); files named by their content kept for a year, others
/// revalidated.
fn front_end(site_root: &str) -> Router<AppState> {
    let files = tower_http::services::ServeDir::new(std::path::Path::new(site_root).join("pkg"))
        .precompressed_br()
        .precompressed_gzip();
    Router::new()
        .nest_service("/pkg", files)
        .layer(middleware::from_fn(front_end_caching))
}

async fn front_end_caching(request: axum::extract::Request, next: middleware::Next) -> Response {
    let named_by_content = is_named_by_content(request.uri().path());
    let mut response = next.run(request).await;
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        // ServeDir picks the precompressed copy by Accept-Encoding but does not say so: a
        // shared cache must not hand a brotli copy to a client that cannot read it.
        response
            .headers_mut()
            .append(header::VARY, HeaderValue::from_static("accept-encoding"));
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if named_by_content {
                "public, max-age=31536000, immutable"
            } else {
                "public, no-cache"
            }),
        );
    }
    response
}

/// `NAME.HASH.EXT`, with cargo-leptos's hash: 22 characters of URL-safe base64 (an MD5).
fn is_named_by_content(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let mut parts = name.rsplitn(3, '.');
    let (_extension, hash, stem) = (parts.next(), parts.next(), parts.next());
    stem.is_some_and(|s| !s.is_empty())
        && hash.is_some_and(|h| {
            h.len() == 22
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// The whole application as one router with the default [`Limits`], for in-process tests.
pub fn router(state: AppState) -> Router {
    router_with(state, Limits::default())
}

/// The whole application as one router, for `serve`: every request but `/healthz` within
/// `limits`, shed with a 503 beyond them.
pub fn router_with(state: AppState, limits: Limits) -> Router {
    let images = Arc::new(Semaphore::new(limits.images));
    // One read of the data version serves the API, the feeds and the pages.
    let version = held_version::HeldVersion::new(
        state.db.clone(),
        limits.data_check,
        answer_cache::build_id(),
    );
    // Any site may read the API from a browser (GET, no credentials), 304s included.
    let api = api::router(images)
        .layer(middleware::from_fn_with_state(
            answer_cache::CacheState::new(version.clone()),
            answer_cache::cached,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        ));
    // Feeds are kept per data version like the API's answers; embeds like pages.
    let feeds = feeds::router().layer(middleware::from_fn_with_state(
        answer_cache::CacheState::new(version.clone()),
        answer_cache::cached,
    ));
    let app = pages(
        Router::new()
            .nest("/api/v1", api)
            .nest("/feeds", feeds)
            .nest("/embed", embed::router())
            .merge(front_end(&state.leptos_options.site_root)),
        &state,
        version,
    );
    let in_flight = Arc::new(Semaphore::new(limits.in_flight));
    // `/healthz` is added after the limit: a full server still answers it.
    let app = shed(app, in_flight, REQUEST_TIMEOUT).route("/healthz", get(healthz));
    every_response(app).with_state(state)
}

/// `router` with the Leptos pages (rendered with the database as their backend, kept per
/// data version) and the fallback for addresses no route knows.
fn pages(
    router: Router<AppState>,
    state: &AppState,
    version: Arc<held_version::HeldVersion>,
) -> Router<AppState> {
    let backend: SharedBackend = Arc::new(PageBackend {
        db: state.db.clone(),
        load: state.load.clone(),
    });
    let leptos_options = state.leptos_options.clone();
    let cache = answer_cache::PageCacheState {
        answers: answer_cache::CacheState::new(version),
        load: state.load.clone(),
    };
    router
        .leptos_routes_with_context(
            state,
            route_list().to_vec(),
            move || {
                provide_context(backend.clone());
                // Pages are kept per data version, so they are rendered with a placeholder;
                // `answer_cache::pages` gives every response its own nonce.
                provide_context(leptos::nonce::Nonce::from_value(
                    answer_cache::nonce_placeholder(),
                ));
            },
            move || shell(leptos_options.clone()),
        )
        .fallback(fallback)
        .layer(middleware::from_fn_with_state(cache, answer_cache::pages))
        // Before the kept pages: where an address without a language leads depends on the
        // browser's languages, and is never kept.
        .layer(middleware::from_fn(language::prefix))
}

/// The layers every response passes: security headers, the server functions' status, the
/// body limit, compression and tracing.
fn every_response(router: Router<AppState>) -> Router<AppState> {
    router
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        // Pages send their own policy with the nonce of their scripts (`app::page_policy`);
        // everything else (JSON, CSV, chart files, static files) may load and run nothing,
        // and nothing may be framed by another site.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(OTHER_POLICY),
        ))
        .layer(middleware::map_response(server_fn_status))
        // The app only reads: no request needs a body larger than a server function's
        // arguments, and a bigger one is refused before it is buffered.
        .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BODY))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
}

/// An address no route knows: under `/api/` the API's JSON 404 (also `/api/v1/` itself,
/// which the nested router does not see), elsewhere a static file or the page 404.
async fn fallback(
    uri: axum::http::Uri,
    state: State<AppState>,
    request: axum::extract::Request,
) -> Response {
    if uri.path().starts_with("/api/") {
        return api::no_such_address(axum::extract::OriginalUri(uri))
            .await
            .into_response();
    }
    leptos_axum::file_and_error_handler::<AppState, _>(shell)(uri, state, request).await
}

/// Leptos answers every failed server function with a 500; the status follows the error it
/// carries instead (a request it could not read is a 400, an unknown record a 404, a
/// database that cannot be read a 503), so a client's mistake is never logged as ours.
async fn server_fn_status(response: Response) -> Response {
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(SERVER_FN_ERROR_HEADER)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, 64 * 1024).await {
        Ok(bytes) => bytes,
        Err(_) => return (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response(),
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(error.status()).unwrap_or(parts.status);
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// The application's routes, generated once per process.
///
/// Generating them renders the app with a process-wide flag set that makes every resource
/// polled meanwhile wait forever (leptos_server's `SuppressResourceLoad`, leptos issue #4773).
/// Routers built while another thread renders a page — tests do that in parallel — hung a
/// page render until CI's time ran out. Generated once, before the first router exists, no
/// render can overlap it.
fn route_list() -> &'static [AxumRouteListing] {
    static ROUTES: LazyLock<Vec<AxumRouteListing>> = LazyLock::new(|| generate_route_list(App));
    &ROUTES
}

/// 200 when the database answers, 503 when it does not.
async fn healthz(State(db): State<Db>) -> impl IntoResponse {
    match db.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(json!({"status": "ok", "database": db.engine().name()})),
        ),
        Err(error) => {
            tracing::error!(%error, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"status": "unavailable", "database": db.engine().name()})),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_with_a_content_hash_are_kept_for_a_year() {
        assert!(is_named_by_content(
            "/pkg/ecosoc-watch.AbCdEfGhIjKlMnOpQrSt_-.wasm"
        ));
        assert!(!is_named_by_content("/pkg/ecosoc-watch.wasm"));
        assert!(!is_named_by_content("/pkg/ecosoc-watch_bg.wasm"));
        assert!(!is_named_by_content("/pkg/ecosoc-watch.css"));
        assert!(!is_named_by_content("/pkg/.AbCdEfGhIjKlMnOpQrSt_-.js"));
        assert!(!is_named_by_content("/pkg/x.AbCdEfGhIjKlMnOpQrSt!-.js"));
    }
}
