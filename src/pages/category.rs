//! `/chuyen-muc/:slug` — one category, newest first, paginated.

use crate::components::article_card::{ArticleCard, CardSize};
use crate::components::most_viewed::SideList;
use crate::components::pagination::Pagination;
use crate::components::page_meta::{set_page_meta, PageMeta};
use crate::components::set_document_title;
use crate::components::status::{with_feed, Empty, NotFound};
use crate::routes::{self, paginate, parse_page, PAGE_KEY};
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
        let slug = slug.get();
        let Some(category) = feed.category(&slug) else {
            return view! { <NotFound message=s.category_not_found/> }.into_any();
        };
        let items: Vec<_> = feed.in_category(&slug).cloned().collect();
        let Some(slice) = paginate(items.len(), config.page_size, page.get()) else {
            return view! { <NotFound message=s.page_not_found/> }.into_any();
        };
        let shown = slice.of(&items).to_vec();
        let most_viewed = feed.most_viewed(config.most_viewed);
        let name = category.name.clone();
        set_page_meta(PageMeta {
            title: Some(name.clone()),
            description: format!("{} — {}", name, s.site_description),
            path: Some(routes::category(&slug, slice.page)),
            image: None,
            kind: "website",
            json_ld: None,
        });
        let link_slug = slug.clone();
        view! {
            <div class="columns">
                <section class="main-list" aria-labelledby="tieu-de-trang">
                    <p class="crumbs"><a href=state.href("/")>{s.home}</a>" › "<span>{s.categories}</span></p>
                    <h1 id="tieu-de-trang" class="page-title" tabindex="-1">{name}</h1>
                    {shown.is_empty().then(|| view! { <Empty message=s.empty_category/> })}
                    <div class="cards">
                        {shown.into_iter().enumerate().map(|(i, item)| view! { <ArticleCard item size=CardSize::Full eager_image=i < 2/> }).collect_view()}
                    </div>
                    <Pagination page=slice link=move |n| routes::category(&link_slug, n)/>
                </section>
                <SideList title=s.most_viewed id="tin-xem-nhieu" items=most_viewed/>
            </div>
        }
        .into_any()
    })
}
