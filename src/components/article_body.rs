//! The article body: sanitised `content_html`, else `content_text` as paragraphs.

use crate::sanitize::dom::sanitize_body;
use crate::state::use_app;
use crate::text::paragraphs;
use leptos::html::Div;
use leptos::prelude::*;

/// `picture_on_top`: the page shows no picture above the body (`sanitize_body`).
#[component]
pub fn ArticleBody(html: Option<String>, text: Option<String>, picture_on_top: bool) -> impl IntoView {
    let state = use_app();
    if let Some(html) = html {
        let body = NodeRef::<Div>::new();
        // The sanitiser builds fresh nodes; they are appended once the div is in the DOM.
        Effect::new(move |_| {
            let Some(div) = body.get() else { return };
            // The app's first page, drawn while the first paint is still on screen: the first
            // paint's body (the same article through the same sanitiser) is moved in at the
            // takeover (`first_paint::hand_over`): no second parse, and its pictures stay.
            if crate::first_paint::body_to_hand_over(&document()) || div.child_element_count() > 0 {
                return; // still to come, or already moved in
            }
            let feed_url = state.feed_url.get_untracked();
            let config = state.config.get_untracked();
            if let Some(fragment) = sanitize_body(&html, &feed_url, &config.video_hosts, state.strings().image_alt, picture_on_top) {
                div.set_text_content(None);
                let _ = div.append_child(&fragment);
            }
        });
        return view! { <div class="article-body" node_ref=body></div> }.into_any();
    }
    let paras = text.as_deref().map(paragraphs).unwrap_or_default();
    view! {
        <div class="article-body">
            {paras.into_iter().map(|lines| {
                let last = lines.len().saturating_sub(1);
                view! {
                    <p>{lines.into_iter().enumerate().map(|(i, line)| view! {
                        {line}{(i < last).then(|| view! { <br/> })}
                    }).collect_view()}</p>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}
