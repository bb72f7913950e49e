//! The root component: state, layout and routes.

use crate::components::layout::Layout;
use crate::components::navigation::{keyboard_shortcuts, route_change_effects};
use crate::pages::{article::ArticlePage, category::CategoryPage, home::HomePage, not_found::NotFoundPage, search::SearchPage};
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{lazy_route, path, Lazy, LazyRoute};

/// How long the first render waits for config and feed before it draws the loading state.
const FIRST_RENDER_WAIT: std::time::Duration = std::time::Duration::from_millis(300);

/// Entry point called by `main`.
pub fn start() {
    // No panic hook: its message formatting costs ~1 KB of brotli, and panics are ruled out by
    // the clippy lints on src/ (a panic would still show as "RuntimeError: unreachable").
    crate::web::mark("bantin:start");
    let state = AppState::new();
    state.reload();
    // index.html preloads config and feed while the wasm downloads, so they are usually here
    // already: the first render waits for them (briefly), and draws the page at once instead
    // of a loading state first and the page a moment later — on a cheap phone that first
    // layout costs ~100 ms before the feed can even be read. The static boot shell, which
    // looks like the loading state, stays on screen meanwhile.
    let mounted = std::rc::Rc::new(std::cell::Cell::new(false));
    let mount = move || {
        if !mounted.replace(true) {
            leptos::mount::mount_to_body(move || view! { <App state/> });
            // The static boot shell painted while the wasm loaded; the app has its own now.
            if let Some(boot) = document().get_element_by_id("boot") {
                boot.remove();
            }
        }
    };
    state.when_settled(mount.clone());
    set_timeout(mount, FIRST_RENDER_WAIT);
}

#[component]
pub fn App(state: AppState) -> impl IntoView {
    provide_context(state);

    // `<html>` carries the UI language and the reader's theme and text size (CSS reads
    // `data-theme` and `data-text`; attributes, not inline styles, which the CSP forbids).
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", state.tracked_lang().code());
            let settings = state.settings.get();
            let _ = root.set_attribute("data-theme", settings.theme.code());
            let _ = root.set_attribute("data-text", &settings.text_step.to_string());
        }
    });
    keyboard_shortcuts();

    // The router base is the path of `<base href>`, so one build can live under a sub-path.
    let base = state.base.get_value();

    view! {
        <Router base=base>
            <RouteChanges/>
            <Layout>
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/chuyen-muc/:slug") view={Lazy::<CategoryRoute>::new()}/>
                    <Route path=path!("/bai-viet/:slug") view={Lazy::<ArticleRoute>::new()}/>
                    <Route path=path!("/tim-kiem") view={Lazy::<SearchRoute>::new()}/>
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

/// A route whose page is loaded from its own wasm chunk the first time it is needed: the
/// first download holds only the home list, the frame and the error states.
macro_rules! lazy_page {
    ($(#[$doc:meta])* $route:ident => $page:ident) => {
        $(#[$doc])*
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_this: Self) -> AnyView {
                $page().into_any()
            }
        }
    };
}

lazy_page!(
    /// The article page, with the sanitiser, sharing and metadata code.
    ArticleRoute => ArticlePage
);
lazy_page!(
    /// Category pages.
    CategoryRoute => CategoryPage
);
lazy_page!(
    /// The search page and its index.
    SearchRoute => SearchPage
);
