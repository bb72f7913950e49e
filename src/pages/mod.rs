//! One module per route. Pages read the URL and the feed, and compose components.

pub mod article;
pub mod category;
pub mod home;
pub mod not_found;
pub mod search;
