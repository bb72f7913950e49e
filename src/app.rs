//! The root component: state, layout and routes.

use crate::components::layout::Layout;
use crate::components::navigation::{keyboard_shortcuts, route_change_effects, watch_navigation};
use crate::pages::{article::ArticlePage, category::CategoryPage, home::HomePage, not_found::NotFoundPage, search::SearchPage};
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The Leptos app could not be loaded (its wasm chunk did not arrive).
pub struct AppUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for AppUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        AppUnavailable
    }
}

/// The reader's Leptos app, handed what `boot` loaded and painted. A wasm chunk of its own
/// (the only split point): the first download, the main module, holds only `boot`, the
/// loading, the pure core and the first paint, so the page is on screen before this larger
/// part (every page, the router, Leptos) has arrived.
///
/// The app renders into a detached `<div id="app">` and replaces the first paint once its
/// page is drawn: the reader never sees the page blank out in between, and the document
/// never holds two copies.
#[leptos::wasm_split::wasm_split(reader_app, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn run(first: crate::load::FirstLoad) -> Result<(), AppUnavailable> {
    let root = document().create_element("div").map_err(|_| AppUnavailable)?;
    root.set_id("app");
    // This task compiled the chunk (~45 ms at 4x CPU slowdown): the app is built in the next.
    // (Leptos' own executor is set up by the mount, after this.)
    wasm_bindgen_futures::spawn_local(async move {
        crate::web::next_task().await;
        let state = AppState::new();
        state.adopt(first);
        crate::components::later::set_detached(true);
        leptos::mount::mount_to(root.clone().unchecked_into(), move || view! { <App state/> }).forget();
        let now = crate::web::now();
        // `boot` waited for the pictures before downloading the app; one slower than that gets
        // as long again.
        take_over_when_ready(state, root, now + TAKE_OVER_WAIT_MS, now + crate::first_paint::PICTURES_WAIT_MS);
    });
    Ok(())
}

/// Longest the first paint stays once the app is there, if the app's page never completes.
const TAKE_OVER_WAIT_MS: f64 = 5000.0;

/// Puts the app in place of the first paint once its page has a heading (every page, error
/// and not-found panels included, has one) and the first paint's pictures on screen have
/// loaded, checking once a frame. Replaced while loading, a picture would blink out and in
/// again, and the page's largest paint would wait for the app.
fn take_over_when_ready(state: AppState, root: web_sys::Element, deadline: f64, pictures_deadline: f64) {
    let now = crate::web::now();
    let drawn = root.query_selector("main h1").ok().flatten().is_some() && !crate::components::later::detached_parts_pending();
    let pictures = now >= pictures_deadline || crate::first_paint::pictures_on_screen_loaded(&document());
    if !(drawn && pictures) && now < deadline {
        request_animation_frame(move || take_over_when_ready(state, root, deadline, pictures_deadline));
        return;
    }
    crate::components::later::set_detached(false);
    if let Some(body) = document().body() {
        let _ = body.append_child(&root);
    }
    if let Some(boot) = document().get_element_by_id(crate::first_paint::BOOT_ID) {
        crate::first_paint::hand_over(&boot, &root);
        boot.remove();
    }
    crate::web::mark("bantin:app-ready");
    // The first article a reader opens from a list should not wait for its code to compile.
    // Nor the first link it follows for the router's code, nor the route change itself.
    let list = document().query_selector("main .article-full").ok().flatten().is_none();
    leptos::task::spawn_local(async move {
        crate::web::idle(REHEARSAL_WAIT_MS).await;
        if list {
            crate::pages::article::rehearse(state);
            crate::web::idle(REHEARSAL_WAIT_MS).await;
        }
        if crate::components::navigation::rehearse_route_change(state, list).await {
            crate::web::mark("bantin:route-rehearsed");
        }
        crate::web::mark("bantin:link-rehearsed");
    });
}

/// Longest the article page's rehearsal waits for the browser to be idle after the takeover.
const REHEARSAL_WAIT_MS: u32 = 2000;

#[component]
pub fn App(state: AppState) -> impl IntoView {
    provide_context(state);
    // Kept pages belong to the app, not to the route they were shown on.
    if let Some(owner) = Owner::current() {
        crate::components::shelf::set_root(owner);
    }

    // `<html>` carries the UI language and the reader's theme and text size (CSS reads
    // `data-theme` and `data-text`; attributes, not inline styles, which the CSP forbids).
    Effect::new(move |_| crate::boot::apply_settings(&document(), &state.settings.get(), Some(state.tracked_lang())));
    keyboard_shortcuts();
    watch_navigation();

    // The router base is the path of `<base href>`, so one build can live under a sub-path.
    let base = state.base.get_value();

    view! {
        <Router base=base>
            <RouteChanges/>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/chuyen-muc/:slug") view=CategoryPage/>
                    <Route path=path!("/bai-viet/:slug") view=ArticlePage/>
                    <Route path=path!("/tim-kiem") view=SearchPage/>
                </Routes>
            </Layout>
        </Router>
    }
}

/// Focus, announcement and scroll on route changes; needs the router's context.
#[component]
fn RouteChanges() -> impl IntoView {
    route_change_effects();
}

