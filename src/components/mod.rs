//! Pieces shared by pages.

pub mod article_body;
pub mod article_card;
pub mod header_tools;
pub mod later;
pub mod layout;
pub mod list_page;
pub mod most_viewed;
pub mod navigation;
pub mod page_meta;
pub mod pagination;
pub mod share;
pub mod shelf;
pub mod status;

use crate::state::use_app;
use leptos::prelude::*;

/// Sets `document.title` to `page — site` whenever either changes, after the paint of the
/// frame that shows the page (`later::after_paint`; the route change's announcement, which
/// reads the title, is queued there after it).
pub fn set_document_title(page: impl Fn() -> Option<String> + 'static) {
    title_effect(Box::new(page));
}

fn title_effect(page: Box<dyn Fn() -> Option<String>>) {
    let state = use_app();
    Effect::new(move |_| {
        let site = state.config.with(|c| c.site_name.clone());
        let title = crate::format::document_title(page().as_deref(), &site);
        later::after_paint(move || document().set_title(&title));
    });
}
