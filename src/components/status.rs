//! Loading, error, empty and not-found states, and the gate that picks between them.

use crate::feed::{Feed, FeedError};
use crate::net::FetchError;
use crate::components::page_meta::{set_page_meta, PageMeta};
use crate::state::{use_app, Load, LoadError};
use crate::components::later;
use crate::components::navigation::page_key;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

/// Renders `render(feed)` once the feed is there; loading and error states until then.
pub fn with_feed(render: impl Fn(Arc<Feed>) -> AnyView + Send + Sync + 'static) -> AnyView {
    feed_gate(Box::new(render))
}

// One non-generic instance for every page: reactive views are costly in wasm size.
fn feed_gate(render: Box<dyn Fn(Arc<Feed>) -> AnyView + Send + Sync>) -> AnyView {
    let state = use_app();
    let location = use_location();
    (move || {
        state.tracked_lang(); // a language switch renders the page again
        match state.load.get() {
            Load::Loading => view! { <Loading/> }.into_any(),
            Load::Failed(error) => view! { <ErrorPanel error/> }.into_any(),
            Load::Ready(feed) => {
                let url = page_key(location.pathname.get_untracked(), location.search.get_untracked());
                provide_context(later::page_drawn(&url));
                render(feed)
            }
        }
    })
    .into_any()
}

/// Skeleton cards: the page keeps its shape while the feed arrives.
#[component]
pub fn Loading() -> impl IntoView {
    let s = use_app().strings();
    view! {
        <div class="loading" role="status" aria-live="polite" aria-busy="true">
            <p class="visually-hidden">{s.loading}</p>
            {(0..4).map(|_| view! {
                <div class="card skeleton" aria-hidden="true">
                    <div class="sk-thumb"></div>
                    <div class="sk-lines"><span></span><span></span><span class="short"></span></div>
                </div>
            }).collect_view()}
        </div>
    }
}

#[component]
pub fn ErrorPanel(error: LoadError) -> impl IntoView {
    let state = use_app();
    let s = state.strings();
    let (message, detail) = match &error {
        LoadError::Fetch(FetchError::Http { status, retry_after: Some(wait), .. }) => {
            // The server said when to come back (503/429 with Retry-After): do so by ourselves.
            let wait = *wait;
            let still_failing = move || matches!(state.load.get_untracked(), Load::Failed(_));
            set_timeout(move || if still_failing() { state.reload() }, std::time::Duration::from_secs(u64::from(wait)));
            (format!("{} (HTTP {status}). {} {wait} {}.", s.err_busy, s.retrying_in, s.seconds), error.to_string())
        }
        LoadError::Fetch(FetchError::Http { status, .. }) => (format!("{} (HTTP {status}).", s.err_http), error.to_string()),
        LoadError::Fetch(FetchError::Network(_)) => (s.err_network.to_string(), error.to_string()),
        LoadError::Fetch(FetchError::Timeout { .. }) => (s.err_timeout.to_string(), error.to_string()),
        LoadError::Feed(FeedError::NotJson { line, column, .. }) => {
            (format!("{} ({line}:{column}).", s.err_not_json), error.to_string())
        }
        LoadError::Feed(FeedError::NotAFeed(_)) => (format!("{}.", s.err_not_feed), error.to_string()),
    };
    let feed_url = state.feed_url.get_untracked();
    view! {
        <section class="panel panel-error" role="alert">
            <h1>{s.error_title}</h1>
            <p class="panel-message">{message}</p>
            <p class="panel-detail"><code>{feed_url}</code>" — "{detail}</p>
            <button type="button" class="button" on:click=move |_| state.reload()>{s.retry}</button>
        </section>
    }
}

/// A friendly dead end with a way home.
#[component]
pub fn NotFound(#[prop(into)] message: String) -> impl IntoView {
    let state = use_app();
    let s = state.strings();
    // Nothing of the previous page (its canonical link, its JSON-LD) may stay in <head>.
    set_page_meta(PageMeta { title: Some(s.not_found_title.to_string()), description: message.clone(), path: None, image: None, kind: "website", json_ld: None });
    view! {
        <section class="panel panel-not-found">
            <h1 id="tieu-de-trang" tabindex="-1">{s.not_found_title}</h1>
            <p class="panel-message">{message}</p>
            <p><a class="button" href=state.href("/")>{s.go_home}</a></p>
        </section>
    }
}

/// An empty list: said plainly, not an empty box.
#[component]
pub fn Empty(#[prop(into)] message: String) -> impl IntoView {
    view! { <p class="empty">{message}</p> }
}
