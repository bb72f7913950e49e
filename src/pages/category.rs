//! `/chuyen-muc/:slug` — one category, newest first, paginated.

use crate::components::list_page::ListPage;
use crate::components::page_meta::{set_page_meta, PageMeta};
use crate::components::set_document_title;
use crate::components::shelf;
use crate::listing::FIRST_SCREEN_CARDS;
use crate::components::status::{with_feed, NotFound};
use crate::routes::{parse_page, PAGE_KEY};
use crate::state::{use_app, Load};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn CategoryPage() -> impl IntoView {
    let state = use_app();
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let page = Memo::new(move |_| parse_page(query.read().get(PAGE_KEY).as_deref()));
    set_document_title(move || match state.load.get() {
        Load::Ready(feed) => Some(feed.category(&slug.get()).map_or_else(|| state.strings().not_found_title.to_string(), |c| c.name.clone())),
        _ => None,
    });
    with_feed(move |feed| {
        let s = state.strings();
        let config = state.config.get_untracked();
        let listing = match crate::listing::category(&feed, &config, &slug.get(), page.get(), state.lang()) {
            Ok(listing) => listing,
            Err(message) => return view! { <NotFound message/> }.into_any(),
        };
        set_page_meta(PageMeta {
            title: Some(listing.heading.clone()),
            description: format!("{} — {}", listing.heading, s.site_description),
            path: Some(listing.link(listing.page.page)),
            image: None,
            kind: "website",
            json_ld: None,
        });
        crate::pages::article::build_ahead(state, feed.clone(), listing.items.iter().take(FIRST_SCREEN_CARDS).cloned().collect());
        shelf::page(state, &listing.link(listing.page.page), &feed, move || view! { <ListPage listing/> }.into_any(), shelf::as_it_was)
    })
}
