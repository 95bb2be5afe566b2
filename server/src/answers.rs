//! One service per computed answer. Each reads what it needs through [`Db`](crate::db::Db)
//! (the measures' inputs are kept per data version there), runs the pure measure, and adds
//! the wording (`app::chart`) and the provenance. The HTTP layer — the API, the pages'
//! backend, feeds and embeds — calls these; the database layer never calls up into them.

pub mod methodology;
pub mod rates;
pub mod state;
pub mod time_to_decision;
pub mod who_asks;

pub use self::{
    methodology::methodology, rates::rates, state::state, time_to_decision::time_to_decision,
    who_asks::who_asks,
};
