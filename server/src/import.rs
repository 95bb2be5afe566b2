//! Loading sources into the database. Each importer reads and checks everything first, plans
//! the rows it wants (a pure step), then writes the difference in one transaction: a second
//! run changes nothing, and a failure or a kill leaves the database as it was.

pub mod plan;
pub mod steinert;
pub mod store;

use serde::Serialize;

/// Rows written to one table by one run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TableChanges {
    pub inserted: u64,
    pub updated: u64,
    pub deleted: u64,
}

impl TableChanges {
    pub fn total(&self) -> u64 {
        self.inserted + self.updated + self.deleted
    }
}
