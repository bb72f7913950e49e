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
pub mod status;

use crate::state::use_app;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The document title the page on screen asked for, until it is set.
    static PENDING_TITLE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Sets `document.title` to `page — site` whenever either changes, after the paint of the
/// frame that shows the page (`later::after_paint`).
pub fn set_document_title(page: impl Fn() -> Option<String> + 'static) {
    title_effect(Box::new(page));
}

fn title_effect(page: Box<dyn Fn() -> Option<String>>) {
    let state = use_app();
    Effect::new(move |_| {
        let site = state.config.with(|c| c.site_name.clone());
        let title = crate::format::document_title(page().as_deref(), &site);
        PENDING_TITLE.with(|pending| pending.replace(Some(title)));
        later::after_paint(apply_pending_title);
    });
}

/// Sets the document title the page on screen asked for, if not yet done; for whatever reads
/// the title after a route change (the announcement).
pub fn apply_pending_title() {
    if let Some(title) = PENDING_TITLE.with(RefCell::take) {
        document().set_title(&title);
    }
}
