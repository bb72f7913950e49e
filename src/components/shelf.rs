//! Pages kept built off the document: the page the reader just left, and the articles a list's
//! first screen links to, built ahead while the browser is idle.
//!
//! A route change to a page on the shelf moves its nodes into the document (one insertion)
//! instead of building them, and the page left goes on the shelf (one removal) instead of
//! being torn down: Back to a list shows the very nodes the reader left, scrolled cards,
//! loaded pictures and all, and opening an article built ahead costs no build. Building the
//! new page and tearing down the old were most of a route change's task at 4x CPU slowdown
//! (~12 of ~30 ms for an article; a list's rebuild on Back more).
//!
//! The page just left stays in the document, hidden in place (`data-set-aside`, which the
//! stylesheet makes `content-visibility: hidden`), when the new page went in before it, as a
//! route change puts it: the browser keeps its styles and layout, and Back to it only shows
//! it again. Re-inserted, a list was styled and laid out anew in Back's frame (style and
//! layout ~17 ms there at 4x CPU slowdown, ~6 ms shown in place; Back 59 -> 54 and 60 -> 50
//! ms at the median, bench/route-ab.mjs). One page at most is kept so; the others wait off the
//! document. A page hidden in place is out of sight, of the tab order, of the accessibility
//! tree and of find-in-page (as `content-visibility: hidden` does), and marked `aria-hidden`
//! for what reads the DOM without styles (reader views); its `id`s are set aside
//! (`data-set-aside-id`) so that the page on screen owns its own; and it comes after the
//! page on screen, so `main h1` is that page's.
//!
//! A kept page stays live (its reactive parts follow signals, a read mark shows on a card),
//! but is only used again for the same address and the same feed, config and language
//! (`Basis`); anything else is disposed of. What a page changes outside itself (document
//! title, head tags, read mark, focus) is not part of the kept view: the page components do
//! it each time they show one.

use super::later::Deferral;
use crate::config::Config;
use crate::feed::Feed;
use crate::i18n::Lang;
use crate::state::AppState;
use leptos::prelude::*;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use send_wrapper::SendWrapper;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Pages the shelf holds at most (besides the one on screen): the list left and the
/// articles of its first screen, with room to spare.
pub const MAX_KEPT: usize = 6;

/// What a page was built from: a page built from anything else is stale.
#[derive(Clone)]
struct Basis {
    feed: Arc<Feed>,
    config: Arc<Config>,
    lang: Lang,
}

impl Basis {
    fn now(state: AppState, feed: &Arc<Feed>) -> Self {
        Basis { feed: feed.clone(), config: state.config.get_untracked(), lang: state.lang() }
    }

    fn same(&self, other: &Basis) -> bool {
        Arc::ptr_eq(&self.feed, &other.feed) && Arc::ptr_eq(&self.config, &other.config) && self.lang == other.lang
    }
}

/// A built page: its address, what it was built from, the owner of its reactive parts, and
/// its nodes.
struct Kept {
    url: String,
    basis: Basis,
    owner: Owner,
    view: AnyViewState,
    /// In the document, hidden where it was shown (`set_aside`).
    in_place: bool,
}

thread_local! {
    /// Oldest first.
    static SHELF: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
    /// The owner kept pages' owners belong to: the app's (so they find its context), not the
    /// route's, which goes with the route.
    static ROOT: RefCell<Option<Owner>> = const { RefCell::new(None) };
    /// What the last page shown was built from: a page left after that changed is disposed of.
    static LAST_BASIS: RefCell<Option<Basis>> = const { RefCell::new(None) };
    /// Pages shown that were on the shelf (for tests and diagnostics).
    static TAKEN: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Sets the owner kept pages are built under; the app calls it once, with its own.
pub fn set_root(owner: Owner) {
    ROOT.with(|r| *r.borrow_mut() = Some(owner));
}

/// The page at `url` from `feed`: the shelf's if it holds that page built from the same, else
/// `build()` now. Either way it goes on the shelf when the reader leaves it. `shown_again`
/// gets a page from the shelf's elements before they go in the document.
pub fn page(state: AppState, url: &str, feed: &Arc<Feed>, build: impl FnOnce() -> AnyView, shown_again: fn(&[Element])) -> AnyView {
    let Some(root) = ROOT.with(|r| r.borrow().clone()) else {
        return build(); // no app to keep pages for (a page mounted on its own)
    };
    let basis = Basis::now(state, feed);
    LAST_BASIS.with(|b| *b.borrow_mut() = Some(basis.clone()));
    let (kept, stale) = SHELF.with(|shelf| {
        let mut shelf = shelf.borrow_mut();
        let (stale, fresh): (Vec<Kept>, Vec<Kept>) = shelf.drain(..).partition(|k| !k.basis.same(&basis));
        *shelf = fresh;
        let kept = shelf.iter().position(|k| k.url == url).map(|i| shelf.remove(i));
        (kept, stale)
    });
    dispose_later(stale);
    let deferral = use_context::<Deferral>();
    let kept = match kept {
        Some(kept) => {
            let roots = kept.view.elements();
            // The route rehearsal's pages are never painted: nothing of theirs loads or
            // waits for a frame (`navigation::rehearse_route_change`). A page hidden in
            // place is shown as it was: laid out, its pictures loaded.
            if !super::navigation::rehearsing() && !kept.in_place {
                shown_again(&roots);
                if deferral.is_some_and(Deferral::defers) {
                    super::later::unveil(roots);
                }
            }
            TAKEN.with(|n| n.set(n.get() + 1));
            crate::web::mark("bantin:page-from-shelf");
            kept
        }
        None => build_kept(&root, url, basis, deferral, build),
    };
    Shelved(SendWrapper::new(Some(kept))).into_any()
}

/// For `page`: nothing to do for a page shown again.
pub fn as_it_was(_: &[Element]) {}

/// Builds the page at `url` from `feed` onto the shelf, unless it is there: whole (nothing is
/// left for later, since no frame shows it) and never in the document.
pub fn build_ahead(state: AppState, url: &str, feed: &Arc<Feed>, build: impl FnOnce() -> AnyView) {
    let basis = Basis::now(state, feed);
    let Some(root) = ROOT.with(|r| r.borrow().clone()) else { return };
    if holds(url, &basis) {
        return;
    }
    let kept = build_kept(&root, url, basis, Some(Deferral::WHOLE), build);
    shelve(kept);
    crate::web::mark("bantin:built-ahead");
}

/// Whether the shelf holds the page at `url` built from what `state` and `feed` hold now.
pub fn holds_page(state: AppState, url: &str, feed: &Arc<Feed>) -> bool {
    holds(url, &Basis::now(state, feed))
}

fn holds(url: &str, basis: &Basis) -> bool {
    SHELF.with(|s| s.borrow().iter().any(|k| k.url == url && k.basis.same(basis)))
}

/// The address of an article page on the shelf, built from what `state` and `feed` hold now,
/// with nothing in it that loads by being in the document (a player's frame, a video, a
/// sound): the page the route rehearsal opens (`navigation::rehearse_route_change`).
pub fn quiet_article(state: AppState, feed: &Arc<Feed>) -> Option<String> {
    let basis = Basis::now(state, feed);
    let prefix = crate::routes::article("");
    SHELF.with(|shelf| {
        shelf
            .borrow()
            .iter()
            .filter(|k| k.url.starts_with(&prefix) && k.basis.same(&basis))
            .find(|k| k.view.elements().iter().all(|root| root.query_selector(LOADS_WHEN_PLACED).ok().flatten().is_none()))
            .map(|k| k.url.clone())
    })
}

/// What starts loading once it is in the document, seen or not.
const LOADS_WHEN_PLACED: &str = "iframe, video, audio, object, embed";

/// How many pages shown so far came from the shelf.
pub fn taken() -> u32 {
    TAKEN.with(std::cell::Cell::get)
}

fn build_kept(root: &Owner, url: &str, basis: Basis, deferral: Option<Deferral>, build: impl FnOnce() -> AnyView) -> Kept {
    let owner = root.with(Owner::new);
    let view = owner.with(|| {
        if let Some(deferral) = deferral {
            provide_context(deferral);
        }
        build().build()
    });
    Kept { url: url.to_string(), basis, owner, view, in_place: false }
}

/// Puts a page left on the shelf (the latest last); the oldest beyond `MAX_KEPT`, and a page
/// built from what has changed since, are disposed of.
fn shelve(kept: Kept) {
    let current = LAST_BASIS.with(|b| b.borrow().as_ref().is_none_or(|basis| basis.same(&kept.basis)));
    if !current {
        dispose_later(vec![kept]);
        return;
    }
    let gone = SHELF.with(|shelf| {
        let mut shelf = shelf.borrow_mut();
        if kept.in_place {
            // One page hidden in place at most: the one just left.
            for other in shelf.iter_mut().filter(|k| k.in_place) {
                take_out(other);
            }
        }
        let mut gone: Vec<Kept> = Vec::new();
        if let Some(i) = shelf.iter().position(|k| k.url == kept.url) {
            gone.push(shelf.remove(i));
        }
        shelf.push(kept);
        let excess = shelf.len().saturating_sub(MAX_KEPT);
        gone.extend(shelf.drain(..excess));
        gone
    });
    dispose_later(gone);
}

/// Disposes of pages in a task of their own: a page goes off the shelf in a route change's
/// task, and tearing down its reactive parts need not be part of it.
fn dispose_later(pages: Vec<Kept>) {
    if pages.is_empty() {
        return;
    }
    set_timeout(
        move || {
            for mut kept in pages {
                take_out(&mut kept);
                kept.owner.cleanup();
                drop(kept.view);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// What marks a page hidden in place (style/main.css hides it with `content-visibility`).
const SET_ASIDE_ATTR: &str = "data-set-aside";
/// Where a page hidden in place keeps the `id`s of its elements.
const SET_ASIDE_ID_ATTR: &str = "data-set-aside-id";

/// Hides the page left where it is, if the page now shown went in before it (the router puts
/// the new page before the old); else takes it out of the document.
fn set_aside(kept: &mut Kept) {
    if kept.in_place {
        return;
    }
    let roots = kept.view.elements();
    let after_new_page = roots.first().is_some_and(|first| {
        std::iter::successors(first.previous_element_sibling(), web_sys::Element::previous_element_sibling).any(|e| !e.has_attribute(SET_ASIDE_ATTR))
    });
    if !after_new_page {
        kept.view.unmount();
        return;
    }
    // Focus in a page going out of sight would be lost at the next frame, with its events
    // then; it goes now, as a removal would take it.
    if let Some(focused) = document().active_element().filter(|f| roots.iter().any(|r| r.contains(Some(f)))) {
        if let Ok(focused) = focused.dyn_into::<web_sys::HtmlElement>() {
            let _ = focused.blur();
        }
    }
    for root in &roots {
        for element in with_attribute(root, "id") {
            let id = element.id();
            let _ = element.set_attribute(SET_ASIDE_ID_ATTR, &id);
            let _ = element.remove_attribute("id");
        }
        let _ = root.set_attribute(SET_ASIDE_ATTR, "");
        // `content-visibility: hidden` keeps it from screen readers; this from whatever reads
        // the DOM itself (a browser's reader view, an extension saving the article).
        let _ = root.set_attribute("aria-hidden", "true");
    }
    kept.in_place = true;
}

/// Shows a page hidden in place again as it was, its `id`s back.
fn show_in_place(kept: &mut Kept) {
    for root in kept.view.elements() {
        let _ = root.remove_attribute(SET_ASIDE_ATTR);
        let _ = root.remove_attribute("aria-hidden");
        for element in with_attribute(&root, SET_ASIDE_ID_ATTR) {
            if let Some(id) = element.get_attribute(SET_ASIDE_ID_ATTR) {
                element.set_id(&id);
                let _ = element.remove_attribute(SET_ASIDE_ID_ATTR);
            }
        }
    }
    kept.in_place = false;
}

/// Takes a page hidden in place out of the document, to be kept off it (or disposed of).
fn take_out(kept: &mut Kept) {
    if kept.in_place {
        kept.view.unmount();
        show_in_place(kept);
    }
}

/// `root` and the elements in it that have the attribute `name`.
fn with_attribute(root: &web_sys::Element, name: &str) -> Vec<web_sys::Element> {
    let inner = root.query_selector_all(&format!("[{name}]")).ok();
    let inner = inner.iter().flat_map(|list| (0..list.length()).filter_map(move |i| list.item(i))).filter_map(|n| n.dyn_into::<web_sys::Element>().ok());
    std::iter::once(root.clone()).filter(|r| r.has_attribute(name)).chain(inner).collect()
}

/// A kept page as a view: building it hands over the nodes already built.
struct Shelved(SendWrapper<Option<Kept>>);

/// A kept page in the view tree; dropped (the reader left it), it goes back on the shelf.
pub struct ShelvedState(Option<Kept>);

impl Drop for ShelvedState {
    fn drop(&mut self) {
        if let Some(mut kept) = self.0.take() {
            set_aside(&mut kept);
            shelve(kept);
        }
    }
}

impl Render for Shelved {
    type State = ShelvedState;

    fn build(self) -> ShelvedState {
        ShelvedState(self.0.take())
    }

    fn rebuild(self, state: &mut ShelvedState) {
        let mut new = self.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

impl Mountable for ShelvedState {
    /// The page left: hidden in place or taken out (`set_aside`).
    fn unmount(&mut self) {
        if let Some(kept) = &mut self.0 {
            set_aside(kept);
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        if let Some(kept) = &mut self.0 {
            // A page hidden in place is shown where it is; moved, it would be styled and
            // laid out anew.
            if kept.in_place && kept.view.elements().iter().all(|e| e.parent_node().is_some_and(|p| p.is_same_node(Some(parent)))) {
                show_in_place(kept);
                return;
            }
            take_out(kept);
            kept.view.mount(parent, marker);
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.0.as_ref().is_some_and(|kept| kept.view.insert_before_this(child))
    }

    fn elements(&self) -> Vec<Element> {
        self.0.as_ref().map(|kept| kept.view.elements()).unwrap_or_default()
    }
}

impl AddAnyAttr for Shelved {
    type Output<SomeNewAttr: Attribute> = Self;

    /// A kept page is built already: nothing is added to it (and no page adds anything).
    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self
    }
}

/// Client-side only: the app renders no HTML on a server.
impl RenderHtml for Shelved {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(self, _buf: &mut String, _position: &mut Position, _escape: bool, _mark_branches: bool, _extra_attrs: Vec<AnyAttribute>) {}

    fn hydrate<const FROM_SERVER: bool>(self, _cursor: &Cursor, _position: &PositionState) -> Self::State {
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}
