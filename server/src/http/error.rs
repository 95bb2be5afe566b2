//! The one error type of the `/api/v1` API: one status code per kind and one JSON envelope,
//! `{"error": {"code": "...", "message": "..."}}`. Internal detail is logged, never sent.
//! The refusals as the OpenAPI document lists them are here too.

use std::collections::BTreeMap;

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde::Serialize;
use utoipa::{
    openapi::{
        response::{Response as Answer, ResponseBuilder},
        ContentBuilder, HeaderBuilder, Ref, RefOr,
    },
    ToSchema,
};

/// What every refused request gets: `{"error": {"code": "...", "message": "..."}}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorEnvelope {
    #[schema(inline)]
    pub error: ErrorDetail,
}

/// Why a request was refused.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// `bad_request`, `not_found`, `method_not_allowed`, `unavailable` or `internal`.
    pub code: &'static str,
    /// What was wrong, for a person: a bad parameter is named with what it allows.
    pub message: String,
}

impl ErrorEnvelope {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        ErrorEnvelope {
            error: ErrorDetail {
                code,
                message: message.into(),
            },
        }
    }
}

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
        let body = ErrorEnvelope::new(self.code(), self.to_string());
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

/// A refusal in the envelope, as the OpenAPI document lists it; the document's components
/// have the envelope (see `api::document::base`).
fn refusal(status: u16, description: &str) -> (String, RefOr<Answer>) {
    let envelope = Ref::from_schema_name(ErrorEnvelope::name());
    let mut answer = ResponseBuilder::new().description(description).content(
        "application/json",
        ContentBuilder::new().schema(Some(envelope)).build(),
    );
    if status == 503 {
        answer = answer.header(
            "Retry-After",
            HeaderBuilder::new()
                .description(Some("Seconds to wait before asking again."))
                .build(),
        );
    }
    (status.to_string(), answer.build().into())
}

/// The refusals of a route that reads parameters: 400 for a bad one, 503 when busy.
pub struct BadParameter;

impl utoipa::IntoResponses for BadParameter {
    fn responses() -> BTreeMap<String, RefOr<Answer>> {
        BTreeMap::from([
            refusal(
                400,
                "A parameter is unknown or out of range: the message names it and what it allows.",
            ),
            busy(),
        ])
    }
}

/// The refusals of a route that names a record: [`BadParameter`]'s and 404 for one that
/// does not exist.
pub struct NoSuchRecord;

impl utoipa::IntoResponses for NoSuchRecord {
    fn responses() -> BTreeMap<String, RefOr<Answer>> {
        let mut responses = BadParameter::responses();
        responses.extend([refusal(
            404,
            "No such record: the message says how to find the right one.",
        )]);
        responses
    }
}

/// The refusal of a route without parameters: 503 when busy.
pub struct Busy;

impl utoipa::IntoResponses for Busy {
    fn responses() -> BTreeMap<String, RefOr<Answer>> {
        BTreeMap::from([busy()])
    }
}

fn busy() -> (String, RefOr<Answer>) {
    refusal(
        503,
        "The server is busy or the answer took too long: ask again after Retry-After seconds.",
    )
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
