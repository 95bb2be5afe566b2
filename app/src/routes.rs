//! One page per file.

pub mod api;
pub mod home;
pub mod methodology;
pub mod not_found;
pub mod organization;
pub mod organizations;
pub mod session;
pub mod sessions;
pub mod state;
pub mod states;
pub mod waiting;
pub mod who_asks;
