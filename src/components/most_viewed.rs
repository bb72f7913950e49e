//! Side blocks: "Tin xem nhiều" and "Các tin khác", each an `<aside>` landmark.

use super::article_card::{ArticleCard, CardSize};
use crate::feed::Item;
use leptos::prelude::*;
use std::sync::Arc;

/// A titled `<aside>` with a compact list of articles; nothing at all when empty.
#[component]
pub fn SideList(#[prop(into)] title: String, id: &'static str, items: Vec<Arc<Item>>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <aside class="side-block" aria-labelledby=id>
                <h2 id=id class="side-title">{title}</h2>
                <ol class="side-list">
                    {items.into_iter().map(|item| view! { <li><ArticleCard item size=CardSize::Compact/></li> }).collect_view()}
                </ol>
            </aside>
        }
    })
}
