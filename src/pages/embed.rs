//! `/nhung?category=…&limit=…` — the embed widget's content, shown in an iframe on other
//! pages of the portal (public/embed.js puts it there). A compact list, no site frame; links
//! open in the top window or a new tab, never inside the iframe. The page reports its height
//! to the parent page, which sizes the iframe to it.

use crate::embed::{embedding_allowed, parse_options, EmbedOptions, Heading, Sort};
use crate::feed::{Feed, Item};
use crate::format::{machine_time, short_date, views_label};
use crate::routes;
use crate::sanitize::dom::resolve;
use crate::sanitize::policy::UrlUse;
use crate::state::{use_app, AppState, Load};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn EmbedPage() -> impl IntoView {
    let state = use_app();
    let query = use_query_map();
    let (options, warnings) = query.with_untracked(|q| parse_options(q.into_iter().map(|(k, v)| (k.as_ref(), v))));
    for warning in &warnings {
        web_sys::console::warn_1(&format!("bantin widget: {warning}").into());
    }
    // The widget's theme and language are its own: applied, not remembered.
    state.settings.update(|s| {
        s.theme = options.theme;
        if options.lang.is_some() {
            s.lang = options.lang;
        }
    });
    add_widget_stylesheet();
    report_height_on_changes();
    let options = Arc::new(options);
    let parent = parent_origin();
    move || {
        state.tracked_lang();
        let allowed = state.config.with(|c| embedding_allowed(&c.embed_origins, parent.as_deref()));
        let view = match state.load.get() {
            Load::Loading => view! { <p class="widget-status" role="status">{state.strings().loading}</p> }.into_any(),
            _ if !allowed => {
                web_sys::console::warn_1(&format!("bantin widget: {} is not in config.json embed_origins", parent.as_deref().unwrap_or("?")).into());
                view! { <p class="widget-status" role="status">{state.strings().embed_not_allowed}</p> }.into_any()
            }
            Load::Failed(_) => failed(state),
            Load::Ready(feed) => widget(state, &feed, &options),
        };
        let painted = matches!(state.load.get_untracked(), Load::Ready(_));
        request_animation_frame(move || {
            if painted {
                crate::state::mark("bantin:widget-painted"); // for the benchmark
            }
            report_height();
        });
        view
    }
}

/// A small, polite message and a plain link to the news: never a broken box.
fn failed(state: AppState) -> AnyView {
    let s = state.strings();
    view! {
        <p class="widget-status" role="status">
            {s.error_title}". "
            <a href=state.href("/") target="_top">{s.go_home}</a>
        </p>
    }
    .into_any()
}

fn widget(state: AppState, feed: &Arc<Feed>, options: &EmbedOptions) -> AnyView {
    let s = state.strings();
    let lang = state.lang();
    let category = match &options.category {
        Some(slug) => match feed.category(slug) {
            Some(c) => Some(c.clone()),
            None => {
                web_sys::console::warn_1(&format!("bantin widget: no category \"{slug}\" in the feed").into());
                return view! {
                    <p class="widget-status" role="status">
                        {s.category_not_found}" "<a href=state.href("/") target=options.target.attr()>{s.go_home}</a>
                    </p>
                }
                .into_any();
            }
        },
        None => None,
    };
    let mut items: Vec<Arc<Item>> = match &category {
        Some(c) => feed.in_category(&c.slug).cloned().collect(),
        None => feed.items.clone(),
    };
    if options.sort == Sort::MostViewed {
        items.retain(|i| i.views.is_some());
        crate::feed::sort_desc_stable(&mut items, |i| i.views.map_or(-1, |v| i64::try_from(v).unwrap_or(i64::MAX)));
    }
    items.truncate(options.limit);
    let heading = match &options.heading {
        Heading::Hidden => None,
        Heading::Text(text) => Some(text.clone()),
        Heading::Default => Some(match (&category, options.sort) {
            (Some(c), _) => c.name.clone(),
            (None, Sort::MostViewed) => s.most_viewed.to_string(),
            (None, Sort::Newest) => s.latest_news.to_string(),
        }),
    };
    let more = state.href(&category.as_ref().map_or_else(|| routes::home(1), |c| routes::category(&c.slug, 1)));
    let target = options.target.attr();
    let rel = (options.target == crate::embed::Target::Blank).then_some("noopener noreferrer");
    let show = options.show;
    let feed_url = state.feed_url.get_untracked();
    let entries = items
        .into_iter()
        .map(|item| {
            let title = item.title.clone().unwrap_or_else(|| s.untitled.to_string());
            let image = show.image.then(|| item.image.as_deref().and_then(|src| resolve(src, &feed_url, UrlUse::Image))).flatten();
            let date = show.date.then(|| item.date().map(|d| view! { <time datetime=machine_time(d)>{short_date(d, lang)}</time> })).flatten();
            let views = show.views.then(|| item.views.map(|v| view! { <span>{views_label(v, lang)}</span> })).flatten();
            let summary = show.summary.then(|| item.excerpt(140)).flatten();
            view! {
                <li class="widget-item">
                    {image.map(|src| view! { <img class="widget-thumb" src=src alt="" loading="lazy" referrerpolicy="no-referrer"/> })}
                    <div>
                        <a class="widget-title" href=state.href(&routes::article(&item.slug)) target=target rel=rel>{title}</a>
                        {(date.is_some() || views.is_some()).then(|| view! { <p class="widget-meta">{date}{views}</p> })}
                        {summary.map(|text| view! { <p class="widget-summary">{text}</p> })}
                    </div>
                </li>
            }
            .into_any()
        })
        .collect_view();
    let label = heading.clone().unwrap_or_else(|| s.latest_news.to_string());
    view! {
        <section class="widget" aria-label=label>
            {heading.map(|h| view! { <h1 class="widget-heading">{h}</h1> })}
            <ul class="widget-list">{entries}</ul>
            <p class="widget-more"><a href=more target=target rel=rel>{s.read_more}" ›"</a></p>
        </section>
    }
    .into_any()
}

/// The origin of the page the widget is framed in: `location.ancestorOrigins` where the
/// browser has it, else the referrer's; `None` outside a frame.
fn parent_origin() -> Option<String> {
    let in_frame = window().parent().ok().flatten().is_some_and(|p| !js_sys::Object::is(&p, &window()));
    if !in_frame {
        return None;
    }
    let location = window().location();
    let ancestors = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok();
    let first = ancestors.and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok()).and_then(|o| o.as_string());
    first.or_else(|| {
        let referrer = document().referrer();
        web_sys::Url::new(&referrer).ok().map(|u| u.origin())
    })
}

/// The widget's own styles (public/widget.css) are not in the app's stylesheet: they are
/// fetched by this page only.
fn add_widget_stylesheet() {
    let Some(head) = document().head() else { return };
    if let Ok(link) = document().create_element("link") {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", "widget.css");
        let on_load = wasm_bindgen::closure::Closure::<dyn Fn()>::new(report_height);
        let _ = link.add_event_listener_with_callback("load", on_load.as_ref().unchecked_ref());
        on_load.forget();
        let _ = head.append_child(&link);
    }
}

/// Tells the parent page how tall the widget is (embed.js checks who says it).
fn report_height() {
    let Some(parent) = window().parent().ok().flatten() else { return };
    // The content's own height: the document's scroll height never falls below the iframe's
    // current height, so it could only ever grow.
    let Some(main) = document().get_element_by_id("noi-dung") else { return };
    let height = main.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"bantin:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // The height is not a secret; the parent may be any page of the portal.
    let _ = parent.post_message(&message, "*");
}

/// Again whenever the content's size changes (text size, fonts loading, images, theme).
fn report_height_on_changes() {
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(report_height);
    if let (Ok(observer), Some(body)) = (web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()), document().body()) {
        observer.observe(&body);
        if let Some(main) = document().get_element_by_id("noi-dung") {
            observer.observe(&main);
        }
    }
    if let Ok(ready) = document().fonts().ready() {
        let on_fonts = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| report_height());
        let _ = ready.then(&on_fonts);
        on_fonts.forget();
    }
    let _ = window().add_event_listener_with_callback("load", callback.as_ref().unchecked_ref());
    callback.forget(); // lives as long as the widget
}
