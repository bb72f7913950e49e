//! The root component: state, layout and routes.

use crate::components::layout::Layout;
use crate::components::navigation::{keyboard_shortcuts, route_change_effects};
use crate::pages::{article::ArticlePage, category::CategoryPage, home::HomePage, not_found::NotFoundPage, search::SearchPage};
use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{lazy_route, path, Lazy, LazyRoute};

/// Entry point called by `main`.
pub fn start() {
    // No panic hook: its message formatting costs ~1 KB of brotli, and panics are ruled out by
    // the clippy lints on src/ (a panic would still show as "RuntimeError: unreachable").
    crate::state::mark("bantin:start");
    leptos::mount::mount_to_body(App);
    // The static boot shell in index.html painted while the wasm loaded; the app has its own now.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    state.reload();

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
