//! The one error type of the `/api/v1` API: one status code per kind and one JSON envelope,
//! `{"error": {"code": "...", "message": "..."}}`. Internal detail is logged, never sent.

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A parameter is missing or out of range; the message names it and what is allowed.
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    /// A database error; waiting too long for a connection (the server is busy) is a 503.
    #[error("{}", if matches!(.0, sqlx::Error::PoolTimedOut) { "the server is busy; try again in a moment" } else { "internal error" })]
    Internal(#[from] sqlx::Error),
    #[error("the response could not be encoded")]
    Encoding(String),
}

impl ApiError {
    pub fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Internal(sqlx::Error::PoolTimedOut) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) | ApiError::Encoding(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest(_) => "bad_request",
            ApiError::NotFound(_) => "not_found",
            ApiError::Internal(sqlx::Error::PoolTimedOut) => "unavailable",
            ApiError::Internal(_) | ApiError::Encoding(_) => "internal",
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match &self {
            ApiError::Internal(error) => tracing::error!(%error, "API request failed"),
            ApiError::Encoding(error) => tracing::error!(%error, "API response encoding failed"),
            _ => {}
        }
        let body = json!({"error": {"code": self.code(), "message": self.to_string()}});
        let mut response = (self.status_code(), Json(body)).into_response();
        if response.status() == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from(super::limits::RETRY_AFTER.as_secs()),
            );
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pool_timeout_is_a_503_to_retry_and_other_database_errors_a_500_without_detail() {
        let busy = ApiError::Internal(sqlx::Error::PoolTimedOut).into_response();
        assert_eq!(busy.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(busy.headers()[header::RETRY_AFTER], "2");
        let broken = ApiError::Internal(sqlx::Error::Protocol("secret detail".into()));
        assert_eq!(broken.to_string(), "internal error");
        let broken = broken.into_response();
        assert_eq!(broken.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(broken.headers().get(header::RETRY_AFTER).is_none());
    }
}
