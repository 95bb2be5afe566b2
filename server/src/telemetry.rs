//! Logging: `tracing` with an env filter (`RUST_LOG`, default `info`), to stderr so that a
//! command's real output on stdout stays clean.

use tracing_subscriber::{fmt, EnvFilter};

/// Install the global subscriber once; later calls are ignored (tests call it repeatedly).
pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let _ = fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
