//! Load shedding: when as many requests are in flight as the server allows, the next one is
//! answered at once with 503 and `Retry-After` instead of waiting in an unbounded queue.
//! Pages and the API share one limit; the expensive answers (chart images) have a smaller one
//! of their own on top; `/healthz` has none, so a full server still says it is alive.

use std::{sync::Arc, time::Duration};

use axum::{
    error_handling::HandleErrorLayer,
    extract::OriginalUri,
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    BoxError, Json, Router,
};
use tokio::sync::Semaphore;
use tower::{
    limit::GlobalConcurrencyLimitLayer, load_shed::LoadShedLayer, timeout::TimeoutLayer,
    ServiceBuilder,
};

/// What a client is told to wait before trying again.
pub const RETRY_AFTER: Duration = Duration::from_secs(2);

/// How many requests may be in flight at once, and how often the data version is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Every page, server function and API answer.
    pub in_flight: usize,
    /// Chart images (SVG and PNG files), rendered on the CPU.
    pub images: usize,
    /// How long kept answers are served from the data version last read before it is read
    /// again (see [`super::held_version`]): the longest a change by another process goes
    /// unseen. Zero: on every request.
    pub data_check: Duration,
}

impl Default for Limits {
    /// 256 requests at once (the database pool queues them for at most its acquire timeout);
    /// images: two per core, at least four; the data version read on every request, so that
    /// in-process tests see their own writes at once (`serve` holds it for 250 ms).
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Limits {
            in_flight: 256,
            images: (2 * cores).max(4),
            data_check: Duration::ZERO,
        }
    }
}

/// `router` with at most the semaphore's permits in flight at once: the rest are answered
/// with 503 at once, and so are requests that outlast `timeout`. One semaphore can guard
/// several routers.
pub fn shed<S: Clone + Send + Sync + 'static>(
    router: Router<S>,
    permits: Arc<Semaphore>,
    timeout: Duration,
) -> Router<S> {
    router.layer(
        ServiceBuilder::new()
            .layer(HandleErrorLayer::new(overloaded))
            .layer(LoadShedLayer::new())
            .layer(GlobalConcurrencyLimitLayer::with_semaphore(permits))
            .layer(TimeoutLayer::new(timeout)),
    )
}

/// 503 with `Retry-After`: the JSON error envelope under `/api/`, a short page elsewhere.
/// Load shed and timed out both end here; the log says which.
async fn overloaded(OriginalUri(uri): OriginalUri, error: BoxError) -> Response {
    let timed_out = error.is::<tower::timeout::error::Elapsed>();
    let message = if timed_out {
        tracing::warn!(path = %uri.path(), "request timed out");
        "the answer took too long; try again in a moment"
    } else {
        tracing::warn!(path = %uri.path(), "overloaded: request shed");
        "the server is busy; try again in a moment"
    };
    let retry = HeaderValue::from(RETRY_AFTER.as_secs());
    let mut response = if uri.path().starts_with("/api/") {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(super::error::ErrorEnvelope::new("unavailable", message)),
        )
            .into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("ecosoc-watch: {message}.\n"),
        )
            .into_response()
    };
    response.headers_mut().insert(header::RETRY_AFTER, retry);
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use tower::ServiceExt;

    async fn status(app: &Router, uri: &str) -> (StatusCode, Option<String>) {
        let response = app
            .clone()
            .oneshot(
                axum::http::Request::get(uri)
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        let retry = response
            .headers()
            .get(header::RETRY_AFTER)
            .map(|v| v.to_str().unwrap().to_string());
        (response.status(), retry)
    }

    #[tokio::test]
    async fn a_full_server_sheds_with_retry_after_and_times_out_slow_answers() {
        let permits = Arc::new(Semaphore::new(1));
        let app = Router::new()
            .route("/api/v1/x", get(|| async { "ok" }))
            .route(
                "/slow",
                get(|| async {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    "late"
                }),
            );
        let app = shed(app, permits.clone(), Duration::from_millis(200));
        assert_eq!(status(&app, "/api/v1/x").await.0, StatusCode::OK);

        // Every permit taken: the next request is shed at once, not queued.
        let held = permits.clone().acquire_owned().await.unwrap();
        let started = std::time::Instant::now();
        let (code, retry) = status(&app, "/api/v1/x").await;
        assert_eq!(code, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(retry.as_deref(), Some("2"));
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "shed, not queued"
        );
        drop(held);
        assert_eq!(status(&app, "/api/v1/x").await.0, StatusCode::OK);

        // A slow answer ends at the timeout as a 503, and frees its permit.
        let (code, retry) = status(&app, "/slow").await;
        assert_eq!(code, StatusCode::SERVICE_UNAVAILABLE);
        assert!(retry.is_some());
        assert_eq!(permits.available_permits(), 1);
    }
}
