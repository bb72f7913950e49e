//! Unknown routes.

use crate::components::set_document_title;
use crate::components::status::NotFound;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let state = use_app();
    set_document_title(move || Some(state.strings().not_found_title.to_string()));
    view! { <NotFound message=state.strings().not_found_text/> }
}
