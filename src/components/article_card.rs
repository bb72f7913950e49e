//! One article in a list: an `<article>` with link, title, date, category and views.

use crate::feed::Item;
use crate::format::{machine_time, short_date, views_label};
use crate::routes;
use crate::sanitize::dom::resolve;
use crate::sanitize::policy::UrlUse;
use crate::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

/// How much of the article a list shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CardSize {
    /// Thumbnail, title, meta and summary: the main lists.
    Full,
    /// Title and meta only: side blocks.
    Compact,
}

/// Renders a card's title or summary text another way (search results mark the matched
/// words). Passed in, so that the cards know nothing of search.
pub type TextMarker = Arc<dyn Fn(String) -> AnyView + Send + Sync>;

#[component]
pub fn ArticleCard(
    item: Arc<Item>,
    size: CardSize,
    #[prop(optional)] eager_image: bool,
    /// Search results: matched words are marked in the title and summary.
    #[prop(optional)]
    marker: Option<TextMarker>,
) -> impl IntoView {
    let state = use_app();
    let (s, lang) = (state.strings(), state.lang());
    let href = state.href(&routes::article(&item.slug));
    let title = item.title.clone().unwrap_or_else(|| s.untitled.to_string());
    let untitled = item.title.is_none();
    let image = (size == CardSize::Full)
        .then(|| item.image.as_deref().and_then(|src| resolve(src, &state.feed_url.get_untracked(), UrlUse::Image)))
        .flatten();
    let date = item.date().map(|d| view! { <time datetime=machine_time(d)>{short_date(d, lang)}</time> });
    let category = item.category.as_ref().map(|c| {
        view! { <a class="card-category" href=state.href(&routes::category(&c.slug, 1))>{c.name.clone()}</a> }
    });
    let views = item.views.map(|v| view! { <span class="card-views">{views_label(v, lang)}</span> });
    let marked = move |text: String| match &marker {
        Some(mark) => mark(text),
        None => text.into_any(),
    };
    let summary = (size == CardSize::Full).then(|| item.excerpt(220)).flatten().map(|text| view! { <p class="card-summary">{marked(text)}</p> });
    let title = marked(title);
    let read = Memo::new({
        let id = item.id.clone();
        move |_| state.is_read(&id)
    });
    let read_badge = move || read.get().then(|| view! { <span class="card-read">{s.read}</span> });
    let class = match size {
        CardSize::Full => "card",
        CardSize::Compact => "card card-compact",
    };
    view! {
        <article class=class class:is-read=read>
            {image.map(|src| view! {
                <a class="card-thumb" href=href.clone() tabindex="-1" aria-hidden="true">
                    <img loading=if eager_image { "eager" } else { "lazy" } decoding="async" referrerpolicy="no-referrer" src=src alt=""/>
                </a>
            })}
            <div class="card-body">
                <h2 class="card-title">
                    <a href=href class:untitled=untitled>{title}</a>
                </h2>
                <p class="card-meta">{date}{category}{views}{read_badge}</p>
                {summary}
            </div>
        </article>
    }
}
