//! Below the first screen, once the first screen is shown.
//!
//! On a route change, the parts of the new page that start below the first screen (the list's
//! cards after the first few, the side blocks on a phone) are built once the frame that shows
//! the page is on screen: building and laying out a whole page (~250 nodes) was most of a
//! route change at 4× CPU slowdown, and the reader sees the top of the page that much sooner.
//!
//! What would be on the first screen is never late: in the frame that shows the page, before
//! it is painted, the deferred part's container is measured, and if it starts on screen (the
//! side column of a wide screen, a short list on a tall one), the part is built at once.
//! A page is built whole when nothing may move or blink: the same address drawn again (a
//! language switch, a feed reloaded), and Back or Forward to a page whose scroll position is
//! restored. The app's first page, built detached before it takes over the first paint, has
//! its below-the-fold parts built in a task of their own, as are the big parts of the page's
//! frame (`apart`), and is put in place only once they are there (`set_detached`,
//! `detached_parts_pending`).
//!
//! What a page changes off screen (the document title, the head tags, the read marks) waits
//! until the frame that shows it is on screen (`after_paint`), and is not done at all for a
//! page only the route rehearsal shows (`navigation::rehearse_route_change`).

use super::navigation;
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};

thread_local! {
    /// The address of the page the feed gate drew last ("" before the first).
    static LAST_DRAWN: RefCell<String> = const { RefCell::new(String::new()) };
    /// Set while the app builds its first page detached, until it takes over the first paint.
    static DETACHED: Cell<bool> = const { Cell::new(false) };
    /// Parts of that page not built yet.
    static DETACHED_PENDING: Cell<u32> = const { Cell::new(0) };
}

/// Whether the app is building detached, before it takes over the first paint (`app::run`).
/// Meanwhile the parts below the first screen are built in a task of their own: the app's
/// start was the load's longest task (~175 ms at 4x CPU slowdown), and what the reader
/// cannot see yet need not be in it. Nothing is shown before they are there
/// (`detached_parts_pending`), so nothing moves.
pub fn set_detached(detached: bool) {
    DETACHED.with(|d| d.set(detached));
}

/// Whether parts of the detached page are still to be built.
pub fn detached_parts_pending() -> bool {
    DETACHED_PENDING.with(Cell::get) > 0
}

/// Whether the page now being drawn may build its below-the-fold parts once the page is shown;
/// provided as context by the feed gate for the page it draws.
#[derive(Clone, Copy)]
pub struct Deferral(bool);

impl Deferral {
    /// Every part built at once: a page built where no frame shows it (`shelf::build_ahead`).
    pub const WHOLE: Deferral = Deferral(false);

    /// Whether parts below the first screen may follow the page's first frame.
    pub fn defers(self) -> bool {
        self.0
    }
}

/// Called by the feed gate each time it draws a page at `url` (path and query).
pub fn page_drawn(url: &str) -> Deferral {
    let previous = LAST_DRAWN.with(|last| last.replace(url.to_string()));
    Deferral(DETACHED.with(Cell::get) || (!previous.is_empty() && previous != url && !navigation::restores_position(url)))
}

/// `content`, built now, or once the page is on screen if `container` (the element it goes
/// into) starts below the first screen then.
pub fn below_the_fold(container: NodeRef<Div>, content: impl FnOnce() -> AnyView + Send + 'static) -> AnyView {
    if !use_context::<Deferral>().is_some_and(|d| d.0) {
        return content();
    }
    deferred(Some(container), Box::new(content))
}

/// `content`, built in a task of its own while the app builds its first page detached (the
/// takeover waits for it, as for the parts below the fold); at once otherwise. For the big
/// parts of the page's frame (header tools, category navigation, the page, the footer): built
/// in one task, the app's start was the load's longest (~240 ms at 4x CPU slowdown), which
/// Lighthouse counts as blocking time.
pub fn apart(content: impl FnOnce() -> AnyView + Send + 'static) -> AnyView {
    if !DETACHED.with(Cell::get) {
        return content();
    }
    deferred(None, Box::new(content))
}

/// The containers of parts below the first screen (`below_the_fold`), found by class in a
/// page built already (the CSS hides the parts of one marked `data-later`).
const FOLD_CONTAINERS: &str = ".cards, .side";

/// A page built already (`shelf`), shown now: the parts of it below the first screen are
/// hidden for the frame that shows it, and shown once that frame is on screen, unless their
/// container ends on screen then. As `below_the_fold` does for the parts of a page being
/// built: laid out with the page, the side blocks and the later cards made a kept page's
/// frame twice as long (layout 197 objects instead of 59 at 4x CPU slowdown).
pub fn unveil(roots: Vec<web_sys::Element>) {
    let containers: Vec<web_sys::Element> = roots
        .iter()
        .filter_map(|root| root.query_selector_all(FOLD_CONTAINERS).ok())
        .flat_map(|list| (0..list.length()).filter_map(move |i| list.item(i)))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .collect();
    if containers.is_empty() {
        return;
    }
    for container in &containers {
        let _ = container.set_attribute("data-later", "");
    }
    in_next_frame(move || {
        let (now, later): (Vec<_>, Vec<_>) = containers.into_iter().partition(|c| !c.is_connected() || crate::web::ends_on_screen(c));
        for container in now {
            let _ = container.remove_attribute("data-later");
        }
        if !later.is_empty() {
            set_timeout(
                move || {
                    for container in later {
                        let _ = container.remove_attribute("data-later");
                    }
                },
                ON_SCREEN_AFTER,
            );
        }
    });
}

type Work = Box<dyn FnOnce()>;

thread_local! {
    /// What runs in the next animation frame, in order.
    static NEXT_FRAME: RefCell<Vec<Work>> = const { RefCell::new(Vec::new()) };
    /// What runs in a task once the next frame is on screen, in order.
    static AFTER_PAINT: RefCell<Vec<Work>> = const { RefCell::new(Vec::new()) };
}

/// Runs `work` in the next animation frame, before its paint. All that a route change queues
/// for a frame runs in one callback of the browser's: each callback is a call into wasm, and a
/// route change's frame had seven of them.
pub fn in_next_frame(work: impl FnOnce() + 'static) {
    if queue(&NEXT_FRAME, Box::new(work)) {
        request_animation_frame(|| run(&NEXT_FRAME));
    }
}

/// Runs `work` in a task once the next frame is on screen (`ON_SCREEN_AFTER` past it). For
/// what changes nothing on screen: done in a route change's click, the document title, the
/// head tags and the read mark cost ~6 ms at 4x CPU slowdown before the new page could be
/// painted.
///
/// Work queued while the route rehearsal runs is dropped: its pages are never painted, and
/// what they would change (title, head tags, read mark, focus) must stay as it is.
pub fn after_paint(work: impl FnOnce() + 'static) {
    if navigation::rehearsing() {
        return;
    }
    if queue(&AFTER_PAINT, Box::new(work)) {
        in_next_frame(|| set_timeout(|| run(&AFTER_PAINT), ON_SCREEN_AFTER));
    }
}

/// How long after a frame's animation callbacks that frame is taken to be on screen. Its
/// paint is followed by rasterisation and compositing off the main thread, and browsers tell
/// no page when they are over: work run right after the paint (what `after_paint` runs, the
/// parts below the first screen) competed with them for the processor and showed a new page
/// later (route changes ~5 ms slower at the median at 4x CPU slowdown, bench/route-ab.mjs).
const ON_SCREEN_AFTER: std::time::Duration = std::time::Duration::from_millis(100);

/// Adds `work` to `list`; whether it is the first (the list's run is to be scheduled).
fn queue(list: &'static std::thread::LocalKey<RefCell<Vec<Work>>>, work: Work) -> bool {
    list.with(|list| {
        let mut list = list.borrow_mut();
        list.push(work);
        list.len() == 1
    })
}

/// Runs what `list` holds now; what it queues meanwhile waits for the next run.
fn run(list: &'static std::thread::LocalKey<RefCell<Vec<Work>>>) {
    for work in list.with(RefCell::take) {
        work();
    }
}

// One non-generic instance: reactive views are costly in wasm size. `container` is where a
// below-the-fold part goes; `None` for a part only built apart (`apart`).
fn deferred(container: Option<NodeRef<Div>>, content: Box<dyn FnOnce() -> AnyView + Send>) -> AnyView {
    let shown = RwSignal::new(false);
    let content = StoredValue::new_local(Some(content));
    if DETACHED.with(Cell::get) {
        // The app's first page, not in the document yet: in a task of its own, before the
        // app takes over (which waits for it).
        DETACHED_PENDING.with(|n| n.set(n.get() + 1));
        set_timeout(
            move || {
                let _ = shown.try_set(true);
                DETACHED_PENDING.with(|n| n.set(n.get().saturating_sub(1)));
            },
            std::time::Duration::ZERO,
        );
    } else if let Some(container) = container {
        // Runs in the frame that shows the new page, before its paint; measuring lays out
        // what that paint would lay out anyway.
        in_next_frame(move || {
            let on_screen = container.try_get_untracked().flatten().is_none_or(|c| crate::web::ends_on_screen(&c));
            if on_screen {
                let _ = shown.try_set(true);
            } else {
                set_timeout(
                    move || {
                        let _ = shown.try_set(true);
                    },
                    ON_SCREEN_AFTER,
                );
            }
        });
    } else {
        let _ = shown.try_set(true);
    }
    // Built untracked: what the content reads while it is built must not make this closure
    // run again (the content is gone after its one build, and the part with it).
    (move || shown.get().then(|| content.try_update_value(Option::take).flatten().map(|build| untrack(build)))).into_any()
}
