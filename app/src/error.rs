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

    /// On the server, arguments that cannot be read are the caller's mistake (a 400, see
    /// [`AppError::status`]), not a failure of ours; in the browser every such error is one of
    /// transport.
    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(message)
            | ServerFnErrorErr::MissingArg(message)
            | ServerFnErrorErr::Deserialization(message)
                if cfg!(feature = "ssr") =>
            {
                AppError::BadRequest(format!("the request could not be read: {message}"))
            }
            other => AppError::ServerFn(other.to_string()),
        }
    }
}

impl AppError {
    /// The HTTP status of a response carrying this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::BadRequest(_) => 400,
            AppError::NotFound(_) => 404,
            AppError::Database | AppError::ServerFn(_) => 503,
        }
    }
}
