//! The public sources: where their bytes come from and how they are parsed. Parsers are pure
//! functions (bytes in, records out); they never touch the database.

pub mod esango;
pub mod fetch;
pub mod press;
pub mod steinert;
