//! The one error type of the `/api/v1` API: one status code per kind and one JSON envelope,
//! `{"error": {"code": "...", "message": "..."}}`. Internal detail is logged, never sent.

use axum::{
    http::StatusCode,
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
    #[error("internal error")]
    Internal(#[from] sqlx::Error),
    #[error("the response could not be encoded")]
    Encoding(String),
}

impl ApiError {
    pub fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Internal(_) | ApiError::Encoding(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest(_) => "bad_request",
            ApiError::NotFound(_) => "not_found",
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
        (self.status_code(), Json(body)).into_response()
    }
}
