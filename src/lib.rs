#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::string_slice))]
//! bantin: a JSON Feed news reader.
//!
//! The pure core (feed, slug, date, format, text, config, routes, sanitiser policy) builds
//! and is tested on any target. The UI (app, pages, components, net, sanitize::dom) only
//! exists on wasm32: the browser crates are wasm-only dependencies.

pub mod config;
pub mod date;
pub mod embed;
pub mod feed;
pub mod format;
pub mod http;
pub mod i18n;
pub mod json;
pub mod metadata;
pub mod routes;
pub mod sanitize;
pub mod search;
pub mod settings;
pub mod slug;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod net;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;
