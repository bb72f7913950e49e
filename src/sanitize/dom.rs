//! Applies the allowlist in the browser. The body is parsed by `DOMParser` into an inert
//! document (no scripts run, nothing loads), and a *new* fragment is built from it node by
//! node with `createElement`/`createTextNode`. Nothing is ever assigned to `innerHTML`.

use super::policy::{check_attribute, check_iframe_src, check_url, element_rule, is_external, ElementRule, UrlUse, IFRAME_SANDBOX};
use web_sys::{Document, DocumentFragment, DomParser, Element, Node, SupportedType};

/// Deeper nesting than this is flattened (text kept): no stack exhaustion on hostile input.
const MAX_DEPTH: usize = 64;

/// Where relative URLs point and which links count as external.
pub struct Context<'a> {
    /// Base for relative URLs in the body: the feed's URL.
    pub base_url: &'a str,
    /// The reader's own origin, e.g. `https://portal.example`.
    pub own_origin: &'a str,
    /// Hosts whose `<iframe>` players may stay (config `video_hosts`; empty: none).
    pub video_hosts: &'a [String],
    /// Alt text for a picture that has none and no caption (`Ảnh minh họa`).
    pub image_alt: &'a str,
}

/// The sanitised body as a fragment of the current document, or `None` if the browser
/// could not parse it at all.
pub fn sanitize_html(html: &str, cx: &Context) -> Option<DocumentFragment> {
    let inert = DomParser::new().ok()?.parse_from_string(html, SupportedType::TextHtml).ok()?;
    let source = inert.body()?;
    let target_doc = web_sys::window()?.document()?;
    let fragment = target_doc.create_document_fragment();
    copy_children(&source, fragment.as_ref(), &target_doc, cx, 0);
    Some(fragment)
}

/// An article body for this page: relative URLs against `feed_url`, links judged external
/// against the page's own origin.
/// `picture_on_top`: no picture is shown above the body, so its first one is the article's
/// picture, likely on the first screen and its largest paint: it loads at once, not lazily.
pub fn sanitize_body(html: &str, feed_url: &str, video_hosts: &[String], image_alt: &str, picture_on_top: bool) -> Option<DocumentFragment> {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let body = sanitize_html(html, &Context { base_url: feed_url, own_origin: &origin, video_hosts, image_alt })?;
    if picture_on_top {
        load_first_picture_at_once(&body);
    }
    Some(body)
}

/// A sanitised body's first picture (lazy, as every picture the sanitiser makes) loads at
/// once, and first: for a body with no picture shown above it.
pub fn load_first_picture_at_once(body: &DocumentFragment) {
    if let Ok(Some(first)) = body.query_selector("img") {
        load_at_once(&first);
    }
}

/// A lazy picture loads at once, and first.
pub fn load_at_once(picture: &Element) {
    let _ = picture.remove_attribute("loading");
    let _ = picture.set_attribute("fetchpriority", "high");
}

fn copy_children(from: &Node, to: &Node, doc: &Document, cx: &Context, depth: usize) {
    let mut child = from.first_child();
    while let Some(node) = child {
        copy_node(&node, to, doc, cx, depth);
        child = node.next_sibling();
    }
}

fn copy_node(node: &Node, to: &Node, doc: &Document, cx: &Context, depth: usize) {
    match node.node_type() {
        Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
            if let Some(text) = node.text_content() {
                let _ = to.append_child(&doc.create_text_node(&text));
            }
        }
        Node::ELEMENT_NODE => {
            let Some(element) = wasm_bindgen::JsCast::dyn_ref::<Element>(node) else { return };
            // Only HTML elements: anything the parser put in another namespace is foreign.
            if element.namespace_uri().as_deref() != Some("http://www.w3.org/1999/xhtml") {
                return;
            }
            let name = element.local_name();
            if name == "iframe" {
                copy_iframe(element, to, doc, cx);
                return;
            }
            match element_rule(&name) {
                ElementRule::Drop => {}
                ElementRule::Unwrap => copy_children(node, to, doc, cx, depth),
                ElementRule::Keep { .. } if depth >= MAX_DEPTH => copy_children(node, to, doc, cx, depth),
                ElementRule::Keep { tag, attrs } => {
                    let Ok(copy) = doc.create_element(tag) else { return };
                    if tag == "img" {
                        // Before its address: a picture is fetched as soon as it has one, even
                        // off the document, with the policies it has then.
                        decorate_picture(&copy);
                    }
                    for &attr in attrs {
                        let Some(raw) = element.get_attribute(attr) else { continue };
                        let Some(value) = check_attribute(tag, attr, &raw) else { continue };
                        let value = match attr {
                            "href" => resolve(&value, cx.base_url, UrlUse::Link),
                            "src" => resolve(&value, cx.base_url, UrlUse::Image),
                            _ => Some(value),
                        };
                        if let Some(value) = value {
                            let _ = copy.set_attribute(attr, &value);
                        }
                    }
                    if tag == "img" && copy.get_attribute("alt").is_none() {
                        // Screen readers need words: the figure's caption, else a fallback.
                        let alt = caption_of(element).unwrap_or_else(|| cx.image_alt.to_string());
                        let _ = copy.set_attribute("alt", &alt);
                    }
                    decorate(&copy, tag, cx);
                    if !matches!(tag, "img" | "br" | "hr") {
                        copy_children(node, copy.as_ref(), doc, cx, depth + 1);
                    }
                    let _ = to.append_child(&copy);
                }
            }
        }
        _ => {} // comments, processing instructions, doctypes
    }
}

/// The text of the `<figcaption>` of the `<figure>` around `img`, if any.
fn caption_of(img: &Element) -> Option<String> {
    let caption = img.closest("figure").ok()??.query_selector("figcaption").ok()??.text_content()?;
    let caption = crate::text::collapse_whitespace(&caption);
    (!caption.is_empty()).then_some(caption)
}

/// A video player from an allowed host, sandboxed; anything else is dropped.
fn copy_iframe(element: &Element, to: &Node, doc: &Document, cx: &Context) {
    let Some(src) = element.get_attribute("src").and_then(|s| check_iframe_src(&s, cx.video_hosts)) else { return };
    let Ok(frame) = doc.create_element("iframe") else { return };
    let title = element.get_attribute("title").unwrap_or_default();
    for (name, value) in [
        ("src", src.as_str()),
        ("sandbox", IFRAME_SANDBOX),
        ("allow", "fullscreen; picture-in-picture"),
        ("allowfullscreen", ""),
        ("loading", "lazy"),
        ("referrerpolicy", "strict-origin-when-cross-origin"),
        ("title", if title.is_empty() { "Video" } else { &title }),
    ] {
        let _ = frame.set_attribute(name, value);
    }
    let _ = to.append_child(&frame);
}

/// Attributes the app adds itself to a link: safe targets.
fn decorate(el: &Element, tag: &str, cx: &Context) {
    match tag {
        "a" if el.get_attribute("href").is_some_and(|h| is_external(&h, cx.own_origin)) => {
            let _ = el.set_attribute("target", "_blank");
            let _ = el.set_attribute("rel", "noopener noreferrer");
        }
        _ => {}
    }
}

/// Polite image loading: lazy, decoded off the main thread, and no referrer sent.
fn decorate_picture(img: &Element) {
    let _ = img.set_attribute("loading", "lazy");
    let _ = img.set_attribute("decoding", "async");
    let _ = img.set_attribute("referrerpolicy", "no-referrer");
}

/// A checked URL made absolute against `base`, and checked again once absolute.
/// Fragment-only links stay as they are so in-page anchors keep working.
pub fn resolve(url: &str, base: &str, usage: UrlUse) -> Option<String> {
    if url.starts_with('#') {
        return Some(url.to_string());
    }
    let checked = check_url(url, usage)?;
    let absolute = web_sys::Url::new_with_base(&checked, base).ok()?.href();
    check_url(&absolute, usage)
}
