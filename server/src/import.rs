//! Loading sources into the database. Each importer reads and checks everything first, plans
//! the rows it wants (a pure step), then writes the difference in one transaction: a second
//! run changes nothing, and a failure or a kill leaves the database as it was.

pub mod continuity;
pub mod plan;
pub mod steinert;
pub mod store;
