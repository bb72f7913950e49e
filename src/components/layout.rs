//! The page frame: header with the site name and category navigation, notices, footer.

use super::header_tools::{DisplayOptions, SearchBox};
use super::later::apart;
use super::navigation::{open_shortcuts, ShortcutsDialog};
use crate::routes;
use crate::feed::Feed;
use crate::state::{use_app, AppState, Load};
use std::sync::Arc;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let state = use_app();
    let s = move || state.tracked_lang().strings();
    let site_name = move || state.config.with(|c| c.site_name.clone());
    view! {
        <a class="skip-link" href="#noi-dung">{move || s().skip_to_content}</a>
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href=state.href("/")>
                    <span class="brand-mark" aria-hidden="true">"▤"</span>
                    <span class="brand-name">{site_name}</span>
                </a>
                <div class="header-tools">
                    {apart(|| view! { <SearchBox/><DisplayOptions/> }.into_any())}
                </div>
            </div>
            {apart(|| view! { <CategoryNav/> }.into_any())}
        </header>
        <ConfigNotice/>
        <main id="noi-dung" class="wrap site-main" tabindex="-1">{apart(children)}</main>
        {apart(move || view! {
            <footer class="site-footer">
                <div class="wrap">
                    <p><strong>{site_name}</strong>" · "{move || s().footer_note}</p>
                    <FeedDiagnostics/>
                    <p class="footer-help no-print">
                        <button type="button" class="link-button" on:click=move |_| open_shortcuts()>{move || s().shortcuts}" ("<kbd>"?"</kbd>")"</button>
                    </p>
                </div>
            </footer>
            <ShortcutsDialog/>
        }.into_any())}
        <div class="visually-hidden" role="status" aria-live="polite">{move || state.announcement.get()}</div>
    }
}

/// Home plus every category of the feed; the current one is marked for assistive tech.
#[component]
fn CategoryNav() -> impl IntoView {
    let state = use_app();
    let location = use_location();
    let current = move || location.pathname.get();
    let link = move |path: String, label: String| {
        let href = state.href(&path);
        let target = href.clone();
        let is_current = move || routes::is_current(&current(), &target).then_some("page");
        view! { <li><a href=href aria-current=is_current>{label}</a></li> }
    };
    view! {
        <nav class="cat-nav" aria-label=move || state.tracked_lang().strings().main_navigation>
            <ul class="wrap">
                {move || link(routes::home(1), state.tracked_lang().strings().home.to_string())}
                {move || match state.load.get() {
                    Load::Ready(feed) => feed.categories.iter().map(|c| link(routes::category(&c.slug, 1), c.name.clone())).collect_view().into_any(),
                    _ => ().into_any(),
                }}
            </ul>
        </nav>
    }
}

/// What was wrong with config.json, for the portal owner; the app runs on defaults.
#[component]
fn ConfigNotice() -> impl IntoView {
    let state = use_app();
    move || {
        let problems = state.config_problems.get();
        state.tracked_lang();
        (!problems.is_empty()).then(|| config_notice(state, problems))
    }
}

/// Only when there is something to say.
fn config_notice(state: AppState, problems: Vec<String>) -> AnyView {
    view! {
        <div class="notice wrap" role="status">
            <p><strong>{state.strings().config_problem}":"</strong></p>
            <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
        </div>
    }
    .into_any()
}

/// At most this many feed problems are listed (all are counted): a hostile feed must not
/// grow the DOM without bound.
const MAX_LISTED_DIAGNOSTICS: usize = 50;

/// Feed problems that did not stop the reader, folded away in the footer.
#[component]
fn FeedDiagnostics() -> impl IntoView {
    let state = use_app();
    move || {
        state.tracked_lang();
        match state.load.get() {
            Load::Ready(feed) if !feed.diagnostics.is_empty() => Some(feed_diagnostics(state, feed)),
            _ => None,
        }
    }
}

/// The list itself.
fn feed_diagnostics(state: AppState, feed: Arc<Feed>) -> AnyView {
    let hidden = feed.diagnostics.len().saturating_sub(MAX_LISTED_DIAGNOSTICS);
    view! {
        <details class="diagnostics">
            <summary>{format!("{} ({})", state.strings().feed_problems, feed.diagnostics.len())}</summary>
            <ul>
                {feed.diagnostics.iter().take(MAX_LISTED_DIAGNOSTICS).map(|d| view! { <li><code>{d.to_string()}</code></li> }).collect_view()}
                {(hidden > 0).then(|| view! { <li>{format!("… +{hidden}")}</li> })}
            </ul>
        </details>
    }
    .into_any()
}
