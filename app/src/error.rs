//! The one error type the front end sees. Internal detail (SQL, file paths) is logged on the
//! server and never sent: a client gets a message a person can act on.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The database could not be read; the server log has the detail.
    #[error("the database could not be read; please try again later")]
    Database,
    /// A request parameter was out of range; the message names it and its allowed values.
    #[error("{0}")]
    BadRequest(String),
    /// Nothing by that identifier.
    #[error("not found: {0}")]
    NotFound(String),
    /// Transport or encoding failure between the browser and the server.
    #[error("the server could not be reached: {0}")]
    ServerFn(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::ServerFn(value.to_string())
    }
}
