//! The article body: sanitised `content_html`, else `content_text` as paragraphs.

use crate::feed::Item;
use crate::sanitize::dom::{load_first_picture_at_once, sanitize_body};
use crate::state::{use_app, AppState};
use crate::text::paragraphs;
use leptos::html::Div;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::JsValue;
use web_sys::DocumentFragment;

/// The JS property of a body's `div` that says which body it shows.
const SHOWS: &str = "bantinBody";

/// Bodies sanitised ahead of a click (`prepare`), newest last.
pub const MAX_PREPARED: usize = 8;

/// What the sanitiser's output depends on; a prepared body is used only for the same.
#[derive(PartialEq)]
struct BodyInputs {
    html: String,
    feed_url: String,
    video_hosts: Vec<String>,
    image_alt: &'static str,
}

impl BodyInputs {
    fn of(state: AppState, html: &str) -> Self {
        BodyInputs {
            html: html.to_string(),
            feed_url: state.feed_url.get_untracked(),
            video_hosts: state.config.with_untracked(|c| c.video_hosts.clone()),
            image_alt: state.strings().image_alt,
        }
    }

    /// Every picture lazy: a body not on screen loads none of them.
    fn sanitise(&self) -> Option<DocumentFragment> {
        sanitize_body(&self.html, &self.feed_url, &self.video_hosts, self.image_alt, false)
    }
}

thread_local! {
    static PREPARED: RefCell<Vec<(BodyInputs, DocumentFragment)>> = const { RefCell::new(Vec::new()) };
    /// How many bodies were copied from a prepared one (for tests and diagnostics).
    static PREPARED_USED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Whether `prepare` holds this body now (for tests and diagnostics).
pub fn is_prepared(state: AppState, html: &str) -> bool {
    holds(&BodyInputs::of(state, html))
}

fn holds(inputs: &BodyInputs) -> bool {
    PREPARED.with(|p| p.borrow().iter().any(|(i, _)| i == inputs))
}

/// How many article bodies so far were copies of prepared ones.
pub fn prepared_used() -> u32 {
    PREPARED_USED.with(std::cell::Cell::get)
}

/// Sanitises a body now, while the reader has nothing else for the page to do, so that
/// opening its article later costs a copy of the nodes (one `cloneNode`) instead of a parse
/// and a walk of the whole body (~2 ms of a route change at 4x CPU slowdown). For the
/// articles a reader is likely to open next: a list's first cards, an article's newer and
/// older. Its pictures are all lazy, so none is downloaded before its article is opened.
pub fn prepare(state: AppState, html: &str) {
    let inputs = BodyInputs::of(state, html);
    if holds(&inputs) {
        return;
    }
    if let Some(fragment) = inputs.sanitise() {
        keep_prepared(inputs, fragment);
    }
}

/// Prepares the bodies of `items`' articles (`prepare`) once the page being drawn is on
/// screen: one per idle period of the browser.
pub fn prepare_articles(state: AppState, items: Vec<Arc<Item>>) {
    super::later::after_paint(move || {
        leptos::task::spawn_local(async move {
            for item in items {
                let Some(html) = item.content_html.as_deref() else { continue };
                crate::web::idle(PREPARE_WAIT_MS).await;
                prepare(state, html);
            }
            crate::web::mark("bantin:bodies-prepared");
        });
    });
}

/// Longest a body's preparation waits for the browser to be idle.
const PREPARE_WAIT_MS: u32 = 3000;

/// The sanitised body, every picture lazy: a copy of the prepared one if there is one, else
/// sanitised now. `keep`: a body sanitised now is also kept as prepared (a page built off
/// screen, in idle time): the preparation of the same body that follows it (`prepare`, for
/// a list's first cards) finds it done instead of sanitising it a second time in the idle
/// time a reader's first click lands in.
fn sanitised(inputs: BodyInputs, keep: bool) -> Option<DocumentFragment> {
    let copy = PREPARED.with(|p| {
        p.borrow().iter().find(|(i, _)| *i == inputs).and_then(|(_, fragment)| fragment.clone_node_with_deep(true).ok())
    });
    if let Some(copy) = copy {
        PREPARED_USED.with(|n| n.set(n.get() + 1));
        crate::web::mark("bantin:prepared-body");
        return Some(wasm_bindgen::JsCast::unchecked_into(copy));
    }
    let fragment = inputs.sanitise()?;
    if keep {
        if let Ok(copy) = fragment.clone_node_with_deep(true) {
            keep_prepared(inputs, wasm_bindgen::JsCast::unchecked_into(copy));
        }
    }
    Some(fragment)
}

/// Keeps `fragment` as the prepared body for `inputs`: newest last, the oldest beyond
/// `MAX_PREPARED` dropped.
fn keep_prepared(inputs: BodyInputs, fragment: DocumentFragment) {
    PREPARED.with(|p| {
        let mut prepared = p.borrow_mut();
        prepared.push((inputs, fragment));
        let excess = prepared.len().saturating_sub(MAX_PREPARED);
        prepared.drain(..excess);
    });
}

/// `picture_on_top`: the page shows no picture above the body (`sanitize_body`).
#[component]
pub fn ArticleBody(html: Option<String>, text: Option<String>, picture_on_top: bool) -> impl IntoView {
    let state = use_app();
    if let Some(html) = html {
        let body = NodeRef::<Div>::new();
        // The sanitiser builds fresh nodes; they are appended once the div is in the DOM.
        Effect::new(move |_| {
            let Some(div) = body.get() else { return };
            // What the div shows, kept on it: when one article follows another, the view
            // keeps its elements and this div with them, holding the last article's body
            // (nodes the view does not know of).
            let wanted = JsValue::from_str(&format!("{}{html}", u8::from(picture_on_top)));
            let shows = js_sys::Reflect::get(&div, &SHOWS.into()).ok().filter(|v| !v.is_undefined());
            let _ = js_sys::Reflect::set(&div, &SHOWS.into(), &wanted);
            if shows.as_ref().is_some_and(|v| *v == wanted) {
                return;
            }
            // The app's first page, drawn while the first paint is still on screen: the first
            // paint's body (the same article through the same sanitiser) is moved in at the
            // takeover (`first_paint::hand_over`): no second parse, and its pictures stay.
            if shows.is_none() && (crate::first_paint::body_to_hand_over(&document()) || div.child_element_count() > 0) {
                return; // still to come, or already moved in
            }
            div.set_text_content(None);
            let on_screen = div.is_connected();
            if let Some(fragment) = sanitised(BodyInputs::of(state, &html), !on_screen) {
                // Only on screen: an article page built off screen (the rehearsal) loads no
                // picture.
                if picture_on_top && on_screen {
                    load_first_picture_at_once(&fragment);
                }
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
