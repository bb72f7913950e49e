//! `/tim-kiem?q=…` — search over every loaded article; the query lives in the URL, so a
//! search can be shared and Back works.

use crate::components::article_card::{ArticleCard, CardSize, TextMarker};
use crate::components::page_meta::{set_page_meta, PageMeta};
use crate::components::pagination::Pagination;
use crate::components::set_document_title;
use crate::components::status::{with_feed, NotFound};
use crate::feed::Feed;
use crate::format::results_found;
use crate::routes::{self, paginate, parse_page, PAGE_KEY, QUERY_KEY};
use crate::search::{highlight, Index, Query};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::cell::RefCell;
use std::sync::Arc;

thread_local! {
    /// The index of the feed on screen, built on the first search and kept until the feed
    /// changes (a Retry or the next `next_url` page).
    static INDEX: RefCell<Option<(Arc<Feed>, Arc<Index>)>> = const { RefCell::new(None) };
}

fn index_for(feed: &Arc<Feed>) -> Arc<Index> {
    INDEX.with(|slot| {
        let mut slot = slot.borrow_mut();
        if let Some((indexed, index)) = slot.as_ref() {
            if Arc::ptr_eq(indexed, feed) {
                return Arc::clone(index);
            }
        }
        crate::web::mark("bantin:search-index-start");
        let index = Arc::new(Index::build(&feed.items));
        crate::web::mark("bantin:search-index-built");
        *slot = Some((Arc::clone(feed), Arc::clone(&index)));
        index
    })
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let state = use_app();
    let query_map = use_query_map();
    let raw = Memo::new(move |_| query_map.read().get(QUERY_KEY).unwrap_or_default());
    let page = Memo::new(move |_| parse_page(query_map.read().get(PAGE_KEY).as_deref()));
    let title = move || {
        let s = state.tracked_lang().strings();
        let q = raw.get();
        if q.trim().is_empty() { s.search.to_string() } else { format!("{}: {}", s.search, q.trim()) }
    };
    set_document_title(move || Some(title()));
    with_feed(move |feed| {
        let s = state.strings();
        let text = raw.get();
        let query = Arc::new(Query::parse(&text));
        set_page_meta(PageMeta { title: Some(title()), description: s.search_prompt.to_string(), path: Some(routes::search(&text, page.get())), image: None, kind: "website", json_ld: None });
        let heading = view! { <h1 id="tieu-de-trang" class="page-title" tabindex="-1">{s.search_results}</h1> };
        if query.is_empty() {
            return view! {
                <section class="main-list search-page">{heading}<p class="search-hint">{s.search_prompt}</p></section>
            }
            .into_any();
        }
        crate::web::mark("bantin:search-start");
        let hits = index_for(&feed).search(&query);
        crate::web::mark("bantin:search-done");
        let total = hits.len();
        let Some(slice) = paginate(total, state.config.get_untracked().page_size, page.get()) else {
            return view! { <NotFound message=s.page_not_found/> }.into_any();
        };
        let shown: Vec<_> = slice.of(&hits).iter().filter_map(|&i| feed.items.get(i).cloned()).collect();
        let for_links = text.clone();
        // Matched words in `<mark>`: text nodes only, never markup.
        let marker: TextMarker = {
            let query = Arc::clone(&query);
            Arc::new(move |text: String| {
                highlight(&text, &query)
                    .into_iter()
                    .map(|(piece, hit)| if hit { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() })
                    .collect_view()
                    .into_any()
            })
        };
        let body = if total == 0 {
            let sections = feed.categories.iter().map(|c| view! { <li><a href=state.href(&routes::category(&c.slug, 1))>{c.name.clone()}</a></li> }).collect_view();
            view! {
                <div class="no-results">
                    <p class="result-count" role="status"><strong>{s.no_results}</strong>" “"{text.trim().to_string()}"”."</p>
                    <p>{s.no_results_tips}</p>
                    <p>{s.browse_sections}</p>
                    <ul class="section-links">{sections}</ul>
                </div>
            }
            .into_any()
        } else {
            view! {
                <p class="result-count" role="status">{results_found(total, state.lang())}" — “"{text.trim().to_string()}"”"</p>
                <div class="cards">
                    {shown.into_iter().map(|item| view! { <ArticleCard item size=CardSize::Full marker=Arc::clone(&marker)/> }).collect_view()}
                </div>
                <Pagination page=slice link=move |n| routes::search(&for_links, n)/>
            }
            .into_any()
        };
        view! { <section class="main-list search-page" aria-labelledby="tieu-de-trang">{heading}{body}</section> }.into_any()
    })
}
