//! The server's integration tests, in one binary: each module was a test binary of its own,
//! and each of those linked the whole dependency tree again. `testing` holds what they share:
//! fresh databases on both engines, the in-process router, the shared reports dataset.
//!
//! Run one group with `cargo test -p ecosoc-watch --test it -- scrape::`.

mod testing;

mod autoload;
mod esango;
mod focus;
mod focus_eval;
mod http;
mod import_steinert;
mod layers;
mod press_join;
mod press_parse;
mod records;
mod scrape;
