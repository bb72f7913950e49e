//! The kept screen: what the first paint showed at an address, kept in localStorage, so that
//! the next visit there shows it at once — before the app's code has even started — while
//! this visit's config and feed are fetched; the first paint then draws the news of the
//! visit over it. A return visit then paints about as soon as a static page would.
//!
//! Kept as data (elements with their attributes, and text), never as HTML: the script that
//! draws it (public/kept-screen.js, a classic script at the end of index.html, run before
//! the wasm) builds elements and attributes from fixed lists and checks every URL, so a
//! tampered or damaged entry can neither run code nor break the page; it is then simply not
//! drawn. The entry names the build it was taken with (the stylesheet and the start-up
//! script, both content-hashed), so a new release never shows an old release's markup.

use crate::settings::{keep_screen, parse_screens, strings_json, SCREENS_KEY, SCREEN_KEY_PREFIX};
use crate::storage;
use crate::json::quote;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// The entry format; public/kept-screen.js draws only this version.
const VERSION: u32 = 1;

/// More nodes than a first screen ever has (a first screen with its side column has about
/// 300): the page is not kept beyond that.
const MAX_NODES: usize = 3000;

/// The build's identity, as public/kept-screen.js computes it from the same two elements.
fn build_key(doc: &Document) -> String {
    let attr = |selector: &str, name: &str| doc.query_selector(selector).ok().flatten().and_then(|e| e.get_attribute(name)).unwrap_or_default();
    format!("{} {}", attr("link[rel=stylesheet]", "href"), attr("script[type=module]", "src"))
}

/// Keeps what `boot` shows now as the kept screen of the current address.
pub fn keep(doc: &Document, boot: &Element) {
    let Some(location) = doc.location() else { return };
    let (Ok(path), Ok(query)) = (location.pathname(), location.search()) else { return };
    let address = format!("{path}{query}");
    let root = doc.document_element();
    let root_attr = |name: &str| quote(&root.as_ref().and_then(|r| r.get_attribute(name)).unwrap_or_default());
    // Written as JSON here rather than through JS objects: less glue in the main module.
    let mut json = format!(
        "{{\"v\":{VERSION},\"build\":{},\"at\":{},\"title\":{},\"lang\":{},\"theme\":{},\"text\":{},\"tree\":",
        quote(&build_key(doc)),
        js_sys::Date::now() as u64,
        quote(&doc.title()),
        root_attr("lang"),
        root_attr("data-theme"),
        root_attr("data-text"),
    );
    json.push('[');
    let mut budget = MAX_NODES;
    if children(boot, &mut json, &mut budget).is_none() {
        return;
    }
    json.push_str("]}");
    let (kept, forgotten) = keep_screen(&parse_screens(&storage::load(SCREENS_KEY).unwrap_or_default()), &address);
    for old in forgotten {
        storage::remove(&format!("{SCREEN_KEY_PREFIX}{old}"));
    }
    storage::save(&format!("{SCREEN_KEY_PREFIX}{address}"), &json);
    storage::save(SCREENS_KEY, &strings_json(&kept));
}

/// Forgets every kept screen: they show the reader's settings (theme, text size, language)
/// and read marks as they were, so a change to those must not be shown undone, even for a
/// moment, on the next visit.
pub fn forget() {
    storage::remove_prefixed(SCREEN_KEY_PREFIX);
    storage::remove(SCREENS_KEY);
}

/// `parent`'s children as kept-screen nodes, onto `out` as JSON, comma-separated: a text is
/// a string, an element `[tag, {attributes}, ...children]`; comments are left out. `None`
/// past the node budget.
fn children(parent: &Node, out: &mut String, budget: &mut usize) -> Option<()> {
    let mut child = parent.first_child();
    let mut first = true;
    while let Some(node) = child {
        *budget = budget.checked_sub(1)?;
        let kind = node.node_type();
        if (kind == Node::TEXT_NODE || kind == Node::ELEMENT_NODE) && !std::mem::replace(&mut first, false) {
            out.push(',');
        }
        if kind == Node::TEXT_NODE {
            out.push_str(&quote(&node.text_content().unwrap_or_default()));
        } else if kind == Node::ELEMENT_NODE {
            let element: &Element = node.unchecked_ref();
            out.push('[');
            out.push_str(&quote(&element.local_name()));
            out.push_str(",{");
            for (i, name) in element.get_attribute_names().iter().filter_map(|n| n.as_string()).enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&quote(&name));
                out.push(':');
                out.push_str(&quote(&element.get_attribute(&name).unwrap_or_default()));
            }
            out.push('}');
            out.push(',');
            let before = out.len();
            children(&node, out, budget)?;
            if out.len() == before {
                out.pop(); // no children (or only comments): no comma either
            }
            out.push(']');
        }
        child = node.next_sibling();
    }
    Some(())
}
