//! `/` — newest first, paginated, with the most-viewed block.

use crate::components::list_page::ListPage;
use crate::components::page_meta::{set_page_meta, PageMeta};
use crate::components::set_document_title;
use crate::components::shelf;
use crate::listing::FIRST_SCREEN_CARDS;
use crate::components::status::{with_feed, NotFound};
use crate::routes::{parse_page, PAGE_KEY};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app();
    let query = use_query_map();
    let page = Memo::new(move |_| parse_page(query.read().get(PAGE_KEY).as_deref()));
    set_document_title(move || crate::listing::home_title(page.get(), state.lang()));
    with_feed(move |feed| {
        let s = state.strings();
        let config = state.config.get_untracked();
        let listing = match crate::listing::home(&feed, &config, page.get(), state.lang()) {
            Ok(listing) => listing,
            Err(message) => return view! { <NotFound message/> }.into_any(),
        };
        set_page_meta(PageMeta {
            title: (listing.page.page > 1).then(|| listing.heading.clone()),
            description: feed.description.clone().unwrap_or_else(|| s.site_description.to_string()),
            path: Some(listing.link(listing.page.page)),
            image: None,
            kind: "website",
            json_ld: None,
        });
        crate::pages::article::build_ahead(state, feed.clone(), listing.items.iter().take(FIRST_SCREEN_CARDS).cloned().collect());
        shelf::page(state, &listing.link(listing.page.page), &feed, move || view! { <ListPage listing/> }.into_any(), shelf::as_it_was)
    })
}
