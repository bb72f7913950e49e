//! Unknown routes. Shown without waiting for the feed, so it follows the config itself.

use crate::components::set_document_title;
use crate::components::status::NotFound;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let state = use_app();
    set_document_title(move || Some(state.tracked_lang().strings().not_found_title.to_string()));
    move || view! { <NotFound message=state.tracked_lang().strings().not_found_text/> }
}
