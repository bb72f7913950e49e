//! What happens around a route change, and the keyboard shortcuts.
//!
//! - A new page starts at the top (the router scrolls on link navigation); Back and Forward
//!   return to where the reader was on that page (positions are kept per URL for this visit).
//! - After a route change, focus moves to the new page's `h1` and a polite live region says
//!   the page title, so screen-reader users know the page changed.
//! - `/` search, `j`/`k` next/previous article of the list, `Enter` opens it (the title link
//!   has focus), `?` the list of shortcuts.

use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;

thread_local! {
    /// Scroll positions by URL (path and query), for Back and Forward; a list, not a map:
    /// a visit has few pages, and a hash map costs kilobytes of wasm.
    static POSITIONS: RefCell<Vec<(String, f64)>> = const { RefCell::new(Vec::new()) };
    /// The URL whose scroll position the page shows now.
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
    /// Set by a popstate (Back/Forward).
    static POPPED: Cell<bool> = const { Cell::new(false) };
    /// The page being left had its position saved by the link click.
    static SAVED_ON_CLICK: Cell<bool> = const { Cell::new(false) };
    /// Set while `rehearse_link` clicks its link.
    static REHEARSING: Cell<bool> = const { Cell::new(false) };
    /// Set by the first route change: the reader has run a route change's code already.
    static NAVIGATED: Cell<bool> = const { Cell::new(false) };
}

/// Pages whose scroll position is kept (the most recent).
const MAX_POSITIONS: usize = 50;

/// Frames to wait at most for the restored page to be tall enough to scroll back to.
const RESTORE_FRAMES: u32 = 20;

/// Listens for link clicks and Back/Forward; call once, before the router is created: the
/// router draws the new page (in the microtasks after its own popstate listener) knowing
/// already whether a scroll position will be restored (`later` builds such a page whole).
pub fn watch_navigation() {
    if let Ok(history) = window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    // A page's position is saved when it is left: on the click that follows a link (capture
    // phase, before the router handles the click and scrolls to the top), else (Back,
    // Forward, a search typed) when the URL changes. Only a click on a link the router may
    // follow counts: a button's click (copy, print, display options) leaves the page where
    // it is, and the position is saved when the page is left.
    let on_click = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        if follows_link(&event) {
            if REHEARSING.with(Cell::get) {
                // A rehearsal's click: the page comes back as it is, focus and all. (Its
                // position is not read either: with the article in place, reading it would
                // lay the article out, and a shorter page would move the list's scroll.)
                return;
            }
            save_position(&CURRENT.with(|c| c.borrow().clone()));
            SAVED_ON_CLICK.with(|s| s.set(true));
            let_go_of_focus();
        }
    });
    let on_popstate = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        POPPED.with(|p| p.set(true));
        let_go_of_focus();
    });
    let _ = window().add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    let _ = window().add_event_listener_with_callback_and_bool("popstate", on_popstate.as_ref().unchecked_ref(), true);
    // Both live as long as the page.
    on_click.forget();
    on_popstate.forget();
}

/// Whether the route rehearsal or the link rehearsal is following its links now.
pub fn rehearsing() -> bool {
    REHEARSING.with(Cell::get)
}

/// Opens an article kept built on the shelf and comes back to the page on screen, out of
/// sight, once the reader is idle: the code of a route change (the router's link handling,
/// the article route's match, the page taken from the shelf and the page left put on it,
/// and the way back) then runs for the first time here rather than in the reader's first
/// tap. V8 compiles a wasm function when it first runs: ~190 of them, ~50 ms at 4x CPU
/// slowdown, were compiled in the first tap on an article after the other rehearsals.
///
/// Nothing is seen or changed. Both links are followed in this one task (each route change
/// is done in the microtasks after its click, awaited here), so no frame ever shows the
/// article; the router replaces the history entry each time (the address ends as it was,
/// no entry is added) and does not scroll (`noscroll`); the pages shown load nothing
/// (`shelf::quiet_article`, `shelf::page`) and what would follow their paint is dropped
/// (`later::after_paint`: title, head tags, read mark, focus, announcement). Not while
/// anything has the focus (the reader is typing or moving through the page) or the address
/// has a fragment; then, as when no article is on the shelf, the link rehearsal
/// (`rehearse_link`) warms the router's link handling alone. Neither once the reader has
/// changed route: that ran the code. `list`: the page on screen is
/// a list, which builds its first articles ahead (waited for a while). Returns whether the
/// route change was rehearsed.
pub async fn rehearse_route_change(state: crate::state::AppState, list: bool) -> bool {
    let quiet_article = || match state.load.get_untracked() {
        crate::state::Load::Ready(feed) => super::shelf::quiet_article(state, &feed),
        _ => None,
    };
    let mut article = quiet_article();
    for _ in 0..if list { SHELF_WAITS } else { 0 } {
        if article.is_some() {
            break;
        }
        crate::web::timer(SHELF_WAIT_MS).await;
        crate::web::idle(SHELF_WAIT_MS.unsigned_abs()).await;
        article = quiet_article();
    }
    if NAVIGATED.with(Cell::get) {
        // The reader's own route change came first (and may still be on its way to the
        // screen): its code has run, and nothing is to come in its way.
        return false;
    }
    let location = window().location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else { return false };
    let here = format!("{path}{search}");
    // Anything focused (a search box being typed in, a card tabbed to) is left alone: the
    // page's nodes leave for a moment, and the search box follows the address.
    let focused = document().active_element().is_some_and(|e| document().body().is_none_or(|body| !body.is_same_node(Some(&e))));
    let (Some(article), true, false) = (article, hash.is_empty(), focused) else {
        rehearse_link();
        return false;
    };
    let there = crate::web::absolute_url(&article);
    let (Some(to_article), Some(back)) = (hidden_link(&there), hidden_link(&here)) else { return false };
    let rehearsal = Rehearsal::start();
    to_article.click();
    let opened = settle(|| location.href().is_ok_and(|href| href == there)).await;
    back.click();
    let returned = settle(|| location.pathname().ok().zip(location.search().ok()).is_some_and(|(p, s)| p + &s == here)).await;
    drop(rehearsal);
    to_article.remove();
    back.remove();
    opened && returned
}

/// Awaits microtasks (never a task: no frame can come in between) until `done`, and a few
/// more for the effects the change set off; whether `done` came.
async fn settle(done: impl Fn() -> bool) -> bool {
    let mut ticks = 0;
    while !done() && ticks < SETTLE_TICKS {
        microtask().await;
        ticks += 1;
    }
    for _ in 0..AFTER_SETTLED_TICKS {
        microtask().await;
    }
    ticks < SETTLE_TICKS
}

/// How often, and how long each time, the route rehearsal waits for a list's first article
/// to be built ahead (`pages::article::build_ahead`, once the list is on screen).
const SHELF_WAITS: u32 = 20;
const SHELF_WAIT_MS: i32 = 100;

/// Microtasks a route change takes at most (~6 in practice).
const SETTLE_TICKS: u32 = 100;
/// Microtasks awaited after it for its effects.
const AFTER_SETTLED_TICKS: u32 = 8;

async fn microtask() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED)).await;
}

/// Follows a link to the page on screen once, out of sight, while the reader is idle: the
/// router's code for a link (its click handler, the URL's parse, the route's match) then runs
/// for the first time here rather than in the reader's first tap, which was ~20 ms longer at
/// 4x CPU slowdown for it (V8 compiles a wasm function when it first runs). Nothing changes:
/// the address is the same (the entry is replaced by itself, none added), the router does not
/// scroll (`noscroll`), the link's default action is prevented once the router has seen the
/// click, and the page's own listener leaves the page as it is.
pub fn rehearse_link() {
    let location = window().location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else { return };
    if !hash.is_empty() {
        return; // the router would scroll to the fragment's element
    }
    let Some(link) = hidden_link(&format!("{path}{search}")) else { return };
    let rehearsal = Rehearsal::start();
    link.click();
    drop(rehearsal);
    link.remove();
}

/// While it lives, a rehearsal follows its links: `rehearsing()` says so, and the default
/// action of a click is prevented once the router has seen it (the listener is added after
/// the router's own, so it runs after it): a link the router let through must not leave the
/// page.
struct Rehearsal(wasm_bindgen::closure::Closure<dyn Fn(web_sys::Event)>);

impl Rehearsal {
    fn start() -> Self {
        let prevent = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| event.prevent_default());
        let _ = window().add_event_listener_with_callback("click", prevent.as_ref().unchecked_ref());
        REHEARSING.with(|r| r.set(true));
        Rehearsal(prevent)
    }
}

impl Drop for Rehearsal {
    fn drop(&mut self) {
        REHEARSING.with(|r| r.set(false));
        let _ = window().remove_event_listener_with_callback("click", self.0.as_ref().unchecked_ref());
    }
}

/// A link to `href` for the router to follow out of sight: hidden, out of the tab order and
/// the accessibility tree, not scrolling, replacing the history entry rather than adding one
/// (the browser's history code runs once before the first tap too).
fn hidden_link(href: &str) -> Option<web_sys::HtmlElement> {
    let doc = document();
    let (Some(body), Ok(link)) = (doc.body(), doc.create_element("a")) else { return None };
    for (name, value) in [("href", href), ("noscroll", ""), ("hidden", ""), ("tabindex", "-1"), ("aria-hidden", "true")] {
        let _ = link.set_attribute(name, value);
    }
    let _ = js_sys::Reflect::set(&link, &"replace".into(), &wasm_bindgen::JsValue::TRUE);
    let _ = body.append_child(&link);
    link.dyn_into::<web_sys::HtmlElement>().ok()
}

/// Blurs the focused element if it is in the page about to be replaced (the heading focused by
/// the last route change, the link just clicked). Removing a focused element makes the
/// browser dispatch its blur events and recalculate style in the middle of the removal
/// (~5 ms at 4x CPU slowdown); blurred first, the page is removed as any other nodes. The
/// new page's heading gets the focus after its paint, as before.
fn let_go_of_focus() {
    let focused = document().active_element();
    if let Some(element) = focused.filter(|e| e.closest("main").ok().flatten().is_some()).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.blur();
    }
}

/// Whether a click is on a link that opens in this page (the router's to follow).
fn follows_link(event: &web_sys::Event) -> bool {
    let link = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a[href]").ok().flatten());
    link.is_some_and(|a| !a.has_attribute("download") && a.get_attribute("target").is_none_or(|t| t.is_empty() || t == "_self"))
}

/// Installs the route-change behaviour; call once inside the router, after `watch_navigation`.
pub fn route_change_effects() {
    let state = use_app();
    let location = use_location();

    let first = Cell::new(true);
    Effect::new(move |_| {
        let url = page_key(location.pathname.get(), location.search.get());
        if REHEARSING.with(Cell::get) {
            return; // the route rehearsal comes back to the page on screen
        }
        let previous = CURRENT.with(|c| c.replace(url.clone()));
        if first.replace(false) || previous == url {
            return; // the first page, or the page on screen again: nothing to announce
        }
        NAVIGATED.with(|n| n.set(true));
        if !SAVED_ON_CLICK.with(|s| s.replace(false)) {
            save_position(&previous);
        }
        // The heading of the page being left: the new page may render a few frames later.
        let old_heading = document().get_element_by_id("tieu-de-trang");
        // By the next frame every listener of the event that changed the URL has run.
        super::later::in_next_frame(move || {
            let restore_to = POPPED.with(|p| p.replace(false)).then(|| POSITIONS.with(|p| p.borrow().iter().find(|(u, _)| *u == url).map(|(_, y)| *y))).flatten();
            when_rendered(old_heading, RESTORE_FRAMES * 10, move || {
                if let Some(y) = restore_to {
                    restore_scroll(y, RESTORE_FRAMES);
                }
                // Focus and the announcement change nothing on screen but cost style and
                // layout work: they follow the frame that shows the new page, after the new
                // title (queued before, in the click).
                super::later::after_paint(move || {
                    // Someone typing in the search box keeps typing there (the results
                    // page follows the typing); everyone else lands on the new heading.
                    let typing = document().active_element().is_some_and(|e| e.id() == "q");
                    if let Some(heading) = document().get_element_by_id("tieu-de-trang").and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()).filter(|_| !typing) {
                        let options = web_sys::FocusOptions::new();
                        options.set_prevent_scroll(true);
                        let _ = heading.focus_with_options(&options);
                    }
                    state.announce(document().title());
                });
            });
        });
    });
}

/// Runs `then` once the page heading is no longer `old` (the new page is on screen), or
/// after `frames_left` frames at most.
fn when_rendered(old: Option<web_sys::Element>, frames_left: u32, then: impl FnOnce() + 'static) {
    let current = document().get_element_by_id("tieu-de-trang");
    let same = match (&old, &current) {
        (Some(o), Some(c)) => o.is_same_node(Some(c)),
        (_, None) => true,
        (None, Some(_)) => false,
    };
    if same && frames_left > 0 {
        super::later::in_next_frame(move || when_rendered(old, frames_left - 1, then));
    } else {
        then();
    }
}

/// The key of a page's scroll position: its path and query.
pub fn page_key(path: String, query: String) -> String {
    path + &query
}

/// Whether the page at `url` is being shown by Back or Forward and will be scrolled to where
/// the reader left it (anywhere but the top).
pub fn restores_position(url: &str) -> bool {
    POPPED.with(Cell::get) && POSITIONS.with(|p| p.borrow().iter().any(|(u, y)| u == url && *y > 0.0))
}

fn save_position(url: &str) {
    let y = window().scroll_y().unwrap_or(0.0);
    POSITIONS.with(|p| {
        let mut positions = p.borrow_mut();
        positions.retain(|(u, _)| u != url);
        positions.push((url.to_string(), y));
        let excess = positions.len().saturating_sub(MAX_POSITIONS);
        positions.drain(..excess);
    });
}

/// Scrolls to `y` once the page is tall enough (the list may still be rendering).
fn restore_scroll(y: f64, frames_left: u32) {
    let height = document().document_element().map_or(0.0, |e| f64::from(e.scroll_height()));
    let viewport = crate::web::viewport_height();
    if height - viewport >= y || frames_left == 0 {
        window().scroll_to_with_x_and_y(0.0, y);
    } else {
        request_animation_frame(move || restore_scroll(y, frames_left - 1));
    }
}

/// The `id` of the shortcuts dialog.
const SHORTCUTS_ID: &str = "phim-tat";

/// Installs the keyboard shortcuts; call once.
pub fn keyboard_shortcuts() {
    let handle = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_a_field(&ev) {
            return;
        }
        match ev.key().as_str() {
            "/" => {
                if let Some(input) = document().get_element_by_id("q").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    ev.prevent_default();
                    let _ = input.focus();
                }
            }
            "j" => move_in_list(1),
            "k" => move_in_list(-1),
            "?" => open_shortcuts(),
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

/// Opens the shortcuts dialog (from `?` or the footer button).
pub fn open_shortcuts() {
    if let Some(dialog) = document().get_element_by_id(SHORTCUTS_ID).and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok()) {
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
    }
}

fn typing_in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.closest("[contenteditable]").ok().flatten().is_some()
    })
}

/// Focuses the title link of the next (`+1`) or previous (`-1`) article of the page's main
/// list; from outside the list, `j` starts at the first.
fn move_in_list(delta: i32) {
    // Not the cards of a page left and kept hidden in the document (`shelf`).
    let Ok(links) = document().query_selector_all("main .cards .card-title a:not([data-set-aside] *)") else { return };
    let count = links.length();
    if count == 0 {
        return;
    }
    let active = document().active_element();
    let at = (0..count).find(|&i| links.item(i).is_some_and(|l| active.as_ref().is_some_and(|a| a.is_same_node(Some(&l)))));
    let next = match (at, delta > 0) {
        (None, _) => 0,
        (Some(i), true) => (i + 1).min(count - 1),
        (Some(i), false) => i.saturating_sub(1),
    };
    if let Some(link) = links.item(next).and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = link.focus();
        if let Some(card) = link.closest("article").ok().flatten() {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            card.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// The list of shortcuts, a modal `<dialog>` opened with `?` (Escape closes it).
#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let state = use_app();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    view! {
        <dialog id=SHORTCUTS_ID class="shortcuts" node_ref=dialog aria-labelledby="phim-tat-tieu-de">
            // One reactive piece for the whole content: it changes only with the language.
            {move || {
                let s = state.tracked_lang().strings();
                let rows = [("/", s.shortcut_search), ("j", s.shortcut_next), ("k", s.shortcut_previous), ("Enter", s.shortcut_open), ("?", s.shortcut_help)];
                view! {
                    <h2 id="phim-tat-tieu-de">{s.shortcuts}</h2>
                    <dl>{rows.into_iter().map(|(key, what)| view! { <div><dt><kbd>{key}</kbd></dt><dd>{what}</dd></div> }).collect_view()}</dl>
                    <button type="button" class="button" on:click=move |_| { if let Some(d) = dialog.get_untracked() { d.close(); } }>{s.close}</button>
                }
            }}
        </dialog>
    }
}
