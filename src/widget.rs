//! The embed widget's page, `nhung.html`: the news box that `public/embed.js` puts in an
//! iframe on other pages of the portal. It is its own small wasm (`src/bin/widget.rs`), not
//! the reader on another route: no Leptos, no router, a handful of DOM calls, so a portal page
//! downloads a fraction of the reader's shell. Choosing the articles is pure
//! (`embed::select`, host-tested); this module fetches (through `net`), builds the list and
//! tells the parent page its height.

use crate::dom::{element, text_element, Dom};
use crate::embed::{embedding_allowed, parse_options, select, EmbedOptions, Target, OPTION_KEYS};
use crate::feed::Feed;
use crate::format::{machine_time, short_date, views_label};
use crate::i18n::Lang;
use crate::routes;
use crate::sanitize::dom::resolve;
use crate::sanitize::policy::UrlUse;
use crate::web::{self, app_base_url, mark};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

/// Id of the element the widget fills (in nhung.html).
pub const ROOT_ID: &str = "noi-dung";

/// Entry point of the widget's wasm: reads the options from the page's query, loads config
/// and feed, shows the list (or a polite message) and keeps the parent informed of the height.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(root) = doc.get_element_by_id(ROOT_ID) else { return };
        let options = options_from_url(&doc);
        // As the reader does: the stylesheet reads `data-theme` (light, dark; system: the device).
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("data-theme", options.theme.code());
        }
        // nhung.html's own address: the reader's directory, where config.json, the feed and
        // the article pages are, whatever sub-path the portal deployed it under.
        let reader = app_base_url();
        let (config, problems) = crate::load::config(&reader, None).await;
        for p in &problems {
            warn(&format!("bantin widget: {p}"));
        }
        let lang = options.lang.unwrap_or(config.language);
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        let parent = parent_origin(&doc);
        let content = if !embedding_allowed(&config.embed_origins, parent.as_deref()) {
            warn(&format!("bantin widget: {} is not in config.json embed_origins", parent.unwrap_or_default()));
            status(&doc, lang.strings().latest_news, lang.strings().embed_not_allowed, None)
        } else {
            // As the reader does: config.json may name the feed relative to the reader, from the
            // site root, or on another origin.
            let feed_url = web::resolve(&reader, &config.feed);
            match crate::load::feed(&feed_url, config.timeout_seconds, None).await {
                Ok(feed) => render(&doc, &feed, &options, lang, &Links { reader: &reader, feed_url: &feed_url }),
                Err(why) => {
                    warn(&format!("bantin widget: the feed {feed_url} could not be shown: {why}"));
                    let s = lang.strings();
                    status(&doc, s.latest_news, &format!("{}.", s.error_title), Some((absolute(&reader, &routes::home(1)), s.go_home, options.target)))
                }
            }
        };
        match content {
            Ok(content) => root.replace_children_with_node_1(&content),
            Err(e) => warn(&format!("bantin widget: could not build the list: {}", e.as_string().unwrap_or_default())),
        }
        mark("bantin:widget-painted"); // for the benchmark
        report_height_on_changes(&doc);
    });
}

/// Where links and images point: the reader's own address, and the feed's (relative URLs
/// inside the feed are relative to it).
pub struct Links<'a> {
    pub reader: &'a str,
    pub feed_url: &'a str,
}

/// The widget's content for `feed`: a heading, the list and a "more news" link, or a polite
/// message when the category does not exist.
pub fn render(doc: &Document, feed: &Feed, options: &EmbedOptions, lang: Lang, links: &Links) -> Dom<Element> {
    let s = lang.strings();
    let list = match select(feed, options, s) {
        Ok(list) => list,
        Err(slug) => {
            warn(&format!("bantin widget: no category \"{slug}\" in the feed"));
            return status(doc, s.latest_news, s.category_not_found, Some((absolute(links.reader, &routes::home(1)), s.go_home, options.target)));
        }
    };
    let section = element(doc, "section", "widget")?;
    section.set_attribute("aria-label", &list.label)?;
    // Without a visible heading (`data-title="none"`) the list keeps one for assistive tech.
    let (heading, class) = list.heading.as_ref().map_or((&list.label, "visually-hidden"), |h| (h, "widget-heading"));
    append(&section, text_element(doc, "h1", class, heading)?)?;
    let ul = element(doc, "ul", "widget-list")?;
    let show = options.show;
    for item in &list.items {
        let li = element(doc, "li", "widget-item")?;
        if let Some(src) = show.image.then(|| item.image.as_deref().and_then(|src| resolve(src, links.feed_url, UrlUse::Image))).flatten() {
            let img = element(doc, "img", "widget-thumb")?;
            for (name, value) in [("loading", "lazy"), ("decoding", "async"), ("referrerpolicy", "no-referrer"), ("src", src.as_str()), ("alt", "")] {
                img.set_attribute(name, value)?;
            }
            append(&li, img)?;
        }
        let text = element(doc, "div", "")?;
        let title = item.title.as_deref().unwrap_or(s.untitled);
        append(&text, link(doc, "widget-title", &absolute(links.reader, &routes::article(&item.slug)), title, options.target)?)?;
        let date = show.date.then(|| item.date()).flatten();
        let views = show.views.then_some(item.views).flatten();
        if date.is_some() || views.is_some() {
            let meta = element(doc, "p", "widget-meta")?;
            if let Some(date) = date {
                let time = text_element(doc, "time", "", &short_date(date, lang))?;
                time.set_attribute("datetime", &machine_time(date))?;
                append(&meta, time)?;
            }
            if let Some(views) = views {
                append(&meta, text_element(doc, "span", "", &views_label(views, lang))?)?;
            }
            append(&text, meta)?;
        }
        if let Some(summary) = show.summary.then(|| item.excerpt(140)).flatten() {
            append(&text, text_element(doc, "p", "widget-summary", &summary)?)?;
        }
        append(&li, text)?;
        append(&ul, li)?;
    }
    append(&section, ul)?;
    let more = element(doc, "p", "widget-more")?;
    append(&more, link(doc, "", &absolute(links.reader, &list.more), &format!("{} ›", s.read_more), options.target)?)?;
    append(&section, more)?;
    Ok(section)
}

/// A short message in the box, with a link to the news when there is somewhere to go.
/// Under a heading for assistive tech, as the list has one.
fn status(doc: &Document, heading: &str, message: &str, link_to: Option<(String, &str, Target)>) -> Dom<Element> {
    let section = element(doc, "section", "")?;
    append(&section, text_element(doc, "h1", "visually-hidden", heading)?)?;
    let p = text_element(doc, "p", "widget-status", message)?;
    p.set_attribute("role", "status")?;
    if let Some((href, label, target)) = link_to {
        p.append_child(&doc.create_text_node(" "))?;
        append(&p, link(doc, "", &href, label, target)?)?;
    }
    append(&section, p)?;
    Ok(section)
}

/// The options as the page's query string carries them (embed.js copies them there).
fn options_from_url(doc: &Document) -> EmbedOptions {
    let query = doc.location().and_then(|l| l.search().ok()).unwrap_or_default();
    let pairs: Vec<(&str, String)> = match web_sys::UrlSearchParams::new_with_str(&query) {
        Ok(params) => OPTION_KEYS.iter().filter_map(|&key| params.get(key).map(|value| (key, value))).collect(),
        Err(_) => Vec::new(),
    };
    let (options, warnings) = parse_options(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    for w in &warnings {
        warn(&format!("bantin widget: {w}"));
    }
    options
}

/// An app path from `routes` (`/bai-viet/…`) as an absolute URL under the reader's address
/// `base`, whatever sub-path the reader lives under.
fn absolute(base: &str, app_path: &str) -> String {
    web::resolve(base, &format!(".{app_path}"))
}

/// The origin of the page the widget is framed in: `location.ancestorOrigins` where the
/// browser has it, else the referrer's; `None` outside a frame.
fn parent_origin(doc: &Document) -> Option<String> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if js_sys::Object::is(&parent, &window) {
        return None;
    }
    let location = doc.location()?;
    let ancestors = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok();
    let first = ancestors.and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok()).and_then(|o| o.as_string());
    first.or_else(|| web_sys::Url::new(&doc.referrer()).ok().map(|u| u.origin()))
}

/// A link out of the frame: the top window, or a new tab without access to this one.
fn link(doc: &Document, class: &str, href: &str, text: &str, target: Target) -> Dom<Element> {
    let a = text_element(doc, "a", class, text)?;
    a.set_attribute("href", href)?;
    a.set_attribute("target", target.attr())?;
    if target == Target::Blank {
        a.set_attribute("rel", "noopener noreferrer")?;
    }
    Ok(a)
}

fn append(parent: &Element, child: Element) -> Dom<()> {
    crate::dom::append(parent, &child)
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Tells the parent page how tall the widget is (embed.js checks who says it).
fn report_height() {
    let Some(window) = web_sys::window() else { return };
    let Some(parent) = window.parent().ok().flatten() else { return };
    // The content's own height: the document's scroll height never falls below the iframe's
    // current height, so it could only ever grow.
    let Some(root) = window.document().and_then(|d| d.get_element_by_id(ROOT_ID)) else { return };
    let height = root.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"bantin:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // The height is not a secret; the parent may be any page of the portal.
    let _ = parent.post_message(&message, "*");
}

/// Now, and again whenever the content's size changes (text size, fonts, pictures, theme).
fn report_height_on_changes(doc: &Document) {
    report_height();
    let callback = Closure::<dyn Fn()>::new(report_height);
    if let (Ok(observer), Some(root)) = (web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()), doc.get_element_by_id(ROOT_ID)) {
        observer.observe(&root);
    }
    if let Ok(ready) = doc.fonts().ready() {
        let on_fonts = Closure::<dyn FnMut(JsValue)>::new(|_| report_height());
        let _ = ready.then(&on_fonts);
        on_fonts.forget();
    }
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("load", callback.as_ref().unchecked_ref());
    }
    callback.forget(); // lives as long as the widget
}
