//! The root component: state, layout and routes.

use crate::components::layout::Layout;
use crate::components::navigation::{keyboard_shortcuts, route_change_effects};
use crate::pages::{article::ArticlePage, category::CategoryPage, embed::EmbedPage, home::HomePage, not_found::NotFoundPage, search::SearchPage};
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
                    <Route path=path!("/nhung") view={Lazy::<EmbedRoute>::new()}/>
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

/// The article page is loaded from its own wasm chunk the first time it is needed (the
/// sanitiser, sharing and metadata code are not in the first download).
struct ArticleRoute;

#[lazy_route]
impl LazyRoute for ArticleRoute {
    fn data() -> Self {
        ArticleRoute
    }

    fn view(_this: Self) -> AnyView {
        view! { <ArticlePage/> }.into_any()
    }
}

/// Category pages, likewise: the home page is the one list in the first download.
struct CategoryRoute;

#[lazy_route]
impl LazyRoute for CategoryRoute {
    fn data() -> Self {
        CategoryRoute
    }

    fn view(_this: Self) -> AnyView {
        view! { <CategoryPage/> }.into_any()
    }
}

/// The embed widget's page, likewise.
struct EmbedRoute;

#[lazy_route]
impl LazyRoute for EmbedRoute {
    fn data() -> Self {
        EmbedRoute
    }

    fn view(_this: Self) -> AnyView {
        view! { <EmbedPage/> }.into_any()
    }
}

/// The search page and its index, likewise in their own chunk.
struct SearchRoute;

#[lazy_route]
impl LazyRoute for SearchRoute {
    fn data() -> Self {
        SearchRoute
    }

    fn view(_this: Self) -> AnyView {
        view! { <SearchPage/> }.into_any()
    }
}
