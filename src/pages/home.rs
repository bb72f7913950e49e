//! `/` — newest first, paginated, with the most-viewed block.

use crate::components::article_card::{ArticleCard, CardSize};
use crate::components::most_viewed::SideList;
use crate::components::pagination::Pagination;
use crate::components::page_meta::{set_page_meta, PageMeta};
use crate::components::set_document_title;
use crate::components::status::{with_feed, Empty, NotFound};
use crate::routes::{self, paginate, parse_page, PAGE_KEY};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app();
    let query = use_query_map();
    let page = Memo::new(move |_| parse_page(query.read().get(PAGE_KEY).as_deref()));
    set_document_title(move || {
        let p = page.get();
        (p > 1).then(|| crate::format::page_of(p, 0, state.lang()).replace("/0", ""))
    });
    with_feed(move |feed| {
        let s = state.strings();
        let config = state.config.get_untracked();
        let Some(slice) = paginate(feed.items.len(), config.page_size, page.get()) else {
            return view! { <NotFound message=s.page_not_found/> }.into_any();
        };
        let most_viewed = feed.most_viewed(config.most_viewed);
        let heading = if slice.page > 1 { format!("{} — {}", s.latest_news, crate::format::page_of(slice.page, slice.pages, state.lang())) } else { s.latest_news.to_string() };
        let items = slice.of(&feed.items).to_vec();
        set_page_meta(PageMeta {
            title: (slice.page > 1).then(|| heading.clone()),
            description: feed.description.clone().unwrap_or_else(|| s.site_description.to_string()),
            path: Some(routes::home(slice.page)),
            image: None,
            kind: "website",
            json_ld: None,
        });
        view! {
            <div class="columns">
                <section class="main-list" aria-labelledby="tieu-de-trang">
                    <h1 id="tieu-de-trang" class="page-title" tabindex="-1">{heading}</h1>
                    {items.is_empty().then(|| view! { <Empty message=s.empty_feed/> })}
                    <div class="cards">
                        {items.into_iter().enumerate().map(|(i, item)| view! { <ArticleCard item size=CardSize::Full eager_image=i < 2/> }).collect_view()}
                    </div>
                    <Pagination page=slice link=routes::home/>
                </section>
                <SideList title=s.most_viewed id="tin-xem-nhieu" items=most_viewed/>
            </div>
        }
        .into_any()
    })
}
