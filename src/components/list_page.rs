//! A list page's body (home, a category): heading, cards, pages, the most-viewed block, all
//! decided by the pure `listing` module. `first_paint::list_page` draws the same markup
//! before Leptos has arrived; tests/e2e/first-paint.test.mjs keeps the two equal.

use super::article_card::{ArticleCard, CardSize};
use super::most_viewed::SideList;
use super::pagination::Pagination;
use super::status::Empty;
use crate::listing::{page_link, Listing};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ListPage(listing: Listing) -> impl IntoView {
    let state = use_app();
    let s = state.strings();
    let Listing { heading, category, items, page, most_viewed, empty } = listing;
    let crumbs = category.is_some().then(|| view! { <p class="crumbs"><a href=state.href("/")>{s.home}</a>" › "<span>{s.categories}</span></p> });
    view! {
        <div class="columns">
            <section class="main-list" aria-labelledby="tieu-de-trang">
                {crumbs}
                <h1 id="tieu-de-trang" class="page-title" tabindex="-1">{heading}</h1>
                {items.is_empty().then(|| view! { <Empty message=empty/> })}
                <div class="cards">
                    {items.into_iter().enumerate().map(|(i, item)| view! { <ArticleCard item size=CardSize::Full eager_image=i < 2/> }).collect_view()}
                </div>
                <Pagination page link=move |n| page_link(category.as_deref(), n)/>
            </section>
            <SideList title=s.most_viewed id="tin-xem-nhieu" items=most_viewed/>
        </div>
    }
}
