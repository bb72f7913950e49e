//! Print and share for an article: copy link (with a visible confirmation), the device's
//! share sheet where the browser has one (Web Share API), and plain links for Facebook, Zalo
//! and e-mail. No third-party script is loaded: the share links are ordinary URLs.

use crate::article::share_links;
use crate::state::use_app;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ShareBar(url: String, title: String) -> impl IntoView {
    let state = use_app();
    let s = state.strings();
    let status = RwSignal::new(String::new());
    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            leptos::task::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(window().navigator().clipboard().write_text(&url)).await;
                status.set(if done.is_ok() { s.link_copied } else { s.copy_failed }.to_string());
            });
        }
    };
    let native = crate::web::can_share_natively().then(|| {
        let (url, title) = (url.clone(), title.clone());
        let share = move |_| {
            let data = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&data, &"title".into(), &title.as_str().into());
            let _ = js_sys::Reflect::set(&data, &"url".into(), &url.as_str().into());
            let navigator = window().navigator();
            if let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
                // The reader may cancel the sheet: the rejected promise is fine to ignore.
                if let Ok(promise) = share.call1(&navigator, &data).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
                    leptos::task::spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                    });
                }
            }
        };
        view! { <button type="button" class="button button-quiet" on:click=share>{s.share_device}</button> }
    });
    let links = share_links(&url, &title, s.email);
    view! {
        <section class="share no-print" aria-label=s.share>
            <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>
                {s.print}
            </button>
            <button type="button" class="button button-quiet" on:click=copy>{s.copy_link}</button>
            {native}
            {links.into_iter().map(|(label, href)| view! {
                <a class="button button-quiet" href=href target="_blank" rel="noopener noreferrer">{label}</a>
            }).collect_view()}
            <p class="share-status" role="status">{move || status.get()}</p>
        </section>
    }
}
