//! Below the first screen, one frame later.
//!
//! On a route change, the parts of the new page that start below the first screen (the list's
//! cards after the first few, the side blocks on a phone) are built in the frame after the one
//! that shows the page: building and laying out a whole page (~250 nodes) was most of a
//! route change at 4× CPU slowdown, and the reader sees the top of the page that much sooner.
//!
//! What would be on the first screen is never late: in the frame that shows the page, before
//! it is painted, the deferred part's container is measured, and if it starts on screen (the
//! side column of a wide screen, a short list on a tall one), the part is built at once.
//! A page is built whole when nothing may move or blink: the app taking over the first paint,
//! the same address drawn again (a language switch, a feed reloaded), and Back or Forward to a
//! page whose scroll position is restored.
//!
//! What a page changes off screen (the document title, the head tags, the read marks) waits
//! for the paint of the frame that shows it (`after_paint`).

use super::navigation;
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The address of the page the feed gate drew last ("" before the first).
    static LAST_DRAWN: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Whether the page now being drawn may build its below-the-fold parts a frame later;
/// provided as context by the feed gate for the page it draws.
#[derive(Clone, Copy)]
pub struct Deferral(bool);

/// Called by the feed gate each time it draws a page at `url` (path and query).
pub fn page_drawn(url: &str) -> Deferral {
    let previous = LAST_DRAWN.with(|last| last.replace(url.to_string()));
    Deferral(!previous.is_empty() && previous != url && !navigation::restores_position(url))
}

/// `content`, built now, or a frame after the page is shown if `container` (the element it
/// goes into) starts below the first screen then.
pub fn below_the_fold(container: NodeRef<Div>, content: impl FnOnce() -> AnyView + Send + 'static) -> AnyView {
    if !use_context::<Deferral>().is_some_and(|d| d.0) {
        return content();
    }
    deferred(container, Box::new(content))
}

/// Runs `work` in a task after the next frame's paint. For what changes nothing on screen:
/// done in a route change's click, the document title, the head tags and the read mark cost
/// ~6 ms at 4x CPU slowdown before the new page could be painted. Callbacks run in the order
/// they were given.
pub fn after_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, std::time::Duration::ZERO));
}

// One non-generic instance: reactive views are costly in wasm size.
fn deferred(container: NodeRef<Div>, content: Box<dyn FnOnce() -> AnyView + Send>) -> AnyView {
    let shown = RwSignal::new(false);
    let content = StoredValue::new_local(Some(content));
    // Runs in the frame that shows the new page, before its paint; measuring lays out what
    // that paint would lay out anyway.
    request_animation_frame(move || {
        let on_screen = container.try_get_untracked().flatten().is_none_or(|c| crate::web::ends_on_screen(&c));
        if on_screen {
            let _ = shown.try_set(true);
        } else {
            request_animation_frame(move || {
                let _ = shown.try_set(true);
            });
        }
    });
    (move || shown.get().then(|| content.try_update_value(Option::take).flatten().map(|build| build()))).into_any()
}
