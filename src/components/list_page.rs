//! A list page's body (home, a category): heading, cards, pages, the most-viewed block, all
//! decided by the pure `listing` module. `first_paint::list_page` draws the same markup
//! before Leptos has arrived; tests/e2e/first-paint.test.mjs keeps the two equal.

use super::article_card::{ArticleCard, CardSize};
use super::article_body::prepare_articles;
use super::later::below_the_fold;
use super::most_viewed::SideList;
use super::pagination::Pagination;
use super::status::Empty;
use crate::listing::{page_link, Listing, FIRST_SCREEN_CARDS};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn ListPage(listing: Listing) -> impl IntoView {
    let state = use_app();
    let s = state.strings();
    let Listing { heading, category, items, page, most_viewed, empty } = listing;
    let crumbs = category.is_some().then(|| view! { <p class="crumbs"><a href=state.href("/")>{s.home}</a>" › "<span>{s.categories}</span></p> });
    let (cards, side) = (NodeRef::new(), NodeRef::new());
    // The articles a reader is likely to open next.
    prepare_articles(state, items.iter().take(FIRST_SCREEN_CARDS).cloned().collect());
    let mut items = items.into_iter().enumerate().map(|(i, item)| view! { <ArticleCard item size=CardSize::Full eager_image=i < 2/> });
    let first: Vec<_> = items.by_ref().take(FIRST_SCREEN_CARDS).collect();
    let rest: Vec<_> = items.collect();
    let most_viewed = (!most_viewed.is_empty()).then(|| view! {
        <div class="side" node_ref=side>
            {below_the_fold(side, move || view! { <SideList title=s.most_viewed id="tin-xem-nhieu" items=most_viewed/> }.into_any())}
        </div>
    });
    view! {
        <div class="columns">
            <section class="main-list" aria-labelledby="tieu-de-trang">
                {crumbs}
                <h1 id="tieu-de-trang" class="page-title" tabindex="-1">{heading}</h1>
                {first.is_empty().then(|| view! { <Empty message=empty/> })}
                <div class="cards" node_ref=cards>
                    {first}
                    {below_the_fold(cards, move || rest.into_any())}
                </div>
                <Pagination page link=move |n| page_link(category.as_deref(), n)/>
            </section>
            {most_viewed}
        </div>
    }
}
