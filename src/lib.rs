#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::string_slice))]
//! bantin: a JSON Feed news reader.
//!
//! The pure core (feed, listing, slug, date, format, text, config, routes, sanitiser policy)
//! builds and is tested on any target. The browser side (boot, first_paint, load, net, dom,
//! web, sanitize::dom, app, pages, components, widget) only exists on wasm32: the browser
//! crates are wasm-only dependencies. The reader (start-up, first paint, and its Leptos app)
//! is the `app` feature (default); the embed widget's page is built without it.

pub mod article;
pub mod config;
pub mod date;
pub mod embed;
pub mod feed;
pub mod format;
pub mod http;
pub mod i18n;
pub mod json;
pub mod listing;
pub mod metadata;
pub mod routes;
pub mod sanitize;
pub mod search;
pub mod settings;
pub mod slug;
pub mod text;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod app;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod boot;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod first_paint;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod kept_screen;
#[cfg(target_arch = "wasm32")]
pub mod load;
#[cfg(target_arch = "wasm32")]
pub mod net;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod pages;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod state;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
pub mod widget;
