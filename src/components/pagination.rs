//! Page links for lists: shareable URLs (`?trang=N`), previous/next and numbers.

use crate::routes::{page_window, Page};
use crate::state::use_app;
use leptos::prelude::*;

/// `link(n)` gives the app path of page `n`. Renders nothing for a single page.
#[component]
pub fn Pagination(page: Page, link: impl Fn(usize) -> String + 'static) -> impl IntoView {
    let state = use_app();
    let s = state.strings();
    if page.pages <= 1 {
        return None;
    }
    let href = move |n: usize| state.href(&link(n));
    let prev = (page.page > 1).then(|| view! { <a class="pager-step" rel="prev" href=href(page.page - 1)>"‹ "{s.previous_page}</a> });
    let next = (page.page < page.pages).then(|| view! { <a class="pager-step" rel="next" href=href(page.page + 1)>{s.next_page}" ›"</a> });
    let numbers = page_window(page.page, page.pages)
        .into_iter()
        .map(|n| match n {
            Some(n) if n == page.page => view! { <li><span class="pager-current" aria-current="page">{n}</span></li> }.into_any(),
            Some(n) => view! { <li><a href=href(n) aria-label=format!("{} {n}", s.page)>{n}</a></li> }.into_any(),
            None => view! { <li class="pager-gap" aria-hidden="true">"…"</li> }.into_any(),
        })
        .collect_view();
    Some(view! {
        <nav class="pager" aria-label=s.pagination>
            {prev}
            <ol class="pager-pages">{numbers}</ol>
            {next}
            <p class="pager-status">{crate::format::page_of(page.page, page.pages, state.lang())}</p>
        </nav>
    })
}
