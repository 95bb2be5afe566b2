//! Components used by more than one page.

pub mod chart_frame;
pub mod cite;
pub mod downloads;
pub mod error_view;
pub mod links;
pub mod nav;
pub mod pager;
pub mod record_body;
pub mod year_select;
