//! ecosoc-watch on the server: configuration, database access, the HTTP API, the page
//! server and the command line.
//!
//! Data flow: fetch → raw snapshot → parse (pure) → resolve names → store → classify →
//! measure → serve → draw. Each arrow is one module boundary.

pub mod answers;
pub mod autoload;
pub mod classify;
pub mod cli;
pub mod countries;
pub mod curation;
pub mod db;
pub mod esango;
pub mod export;
pub mod http;
pub mod import;
pub mod jobs;
pub mod join;
pub mod linking;
pub mod measures;
pub mod member_states;
pub mod membership;
pub mod memory;
pub mod names;
pub mod precompress;
pub mod render;
pub mod scrape;
pub mod search;
pub mod serve;
pub mod sources;
pub mod telemetry;
