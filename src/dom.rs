//! Building DOM with plain web-sys calls, for the code that runs without Leptos (the first
//! paint, the embed widget). Text always goes in as text nodes, never as markup.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Node};

/// A DOM call's result: they fail only in a broken document, where nothing can be shown.
pub type Dom<T> = Result<T, JsValue>;

/// `<tag class=…>` (no class attribute for `""`).
pub fn element(doc: &Document, tag: &str, class: &str) -> Dom<Element> {
    let el = doc.create_element(tag)?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    Ok(el)
}

/// An element holding `text` as text.
pub fn text_element(doc: &Document, tag: &str, class: &str, text: &str) -> Dom<Element> {
    let el = element(doc, tag, class)?;
    el.set_text_content(Some(text));
    Ok(el)
}

/// Sets the attributes in order.
pub fn set_attributes(el: &Element, pairs: &[(&str, &str)]) -> Dom<()> {
    pairs.iter().try_for_each(|(name, value)| el.set_attribute(name, value))
}

pub fn append(parent: &Element, child: &impl AsRef<Node>) -> Dom<()> {
    parent.append_child(child.as_ref()).map(drop)
}

pub fn append_text(parent: &Element, text: &str) -> Dom<()> {
    parent.append_with_str_1(text)
}
