//! `<head>` tags for the page on screen: meta description, canonical link, Open Graph, and
//! JSON-LD on article pages. Link previews only see these where the previewer runs
//! JavaScript; search engines that render pages (Google) do.

use crate::state::use_app;
use leptos::prelude::*;

/// What one page says about itself.
pub struct PageMeta {
    /// The page's own title (without the site name), as for `set_document_title`.
    pub title: Option<String>,
    pub description: String,
    /// App path (`routes::…`), made absolute against the app's URL; `None` for a page that
    /// does not exist (no canonical link, no `og:url`).
    pub path: Option<String>,
    pub image: Option<String>,
    /// `article` for articles, else `website`.
    pub kind: &'static str,
    /// schema.org JSON-LD (from `metadata`); removed when `None`.
    pub json_ld: Option<String>,
}

use crate::web::absolute_url;

pub fn set_page_meta(meta: PageMeta) {
    describe_page_later(Box::new(move || meta));
}

/// As `set_page_meta`, with the description worked out after the paint too (an article's
/// excerpt and JSON-LD).
pub fn describe_page_later(describe: Box<dyn FnOnce() -> PageMeta>) {
    let site = use_app().config.with_untracked(|c| c.site_name.clone());
    // Nothing on screen: after the paint of the frame that shows the page.
    super::later::after_paint(move || write_head_tags(describe(), &site));
}

fn write_head_tags(meta: PageMeta, site: &str) {
    let url = meta.path.as_deref().map(absolute_url);
    let title = crate::format::document_title(meta.title.as_deref(), site);
    set_head_tag("meta", "name", "description", "content", &meta.description);
    match &url {
        Some(url) => set_head_tag("link", "rel", "canonical", "href", url),
        None => remove_head_tag("link", "rel", "canonical"),
    }
    for (property, value) in [
        ("og:title", Some(title.as_str())),
        ("og:description", Some(meta.description.as_str())),
        ("og:url", url.as_deref()),
        ("og:type", Some(meta.kind)),
        ("og:image", meta.image.as_deref()),
    ] {
        match value {
            Some(v) => set_head_tag("meta", "property", property, "content", v),
            None => remove_head_tag("meta", "property", property),
        }
    }
    match meta.json_ld {
        // textContent, never parsed as HTML; `metadata` escapes `<` besides.
        Some(json) => set_head_tag("script", "type", "application/ld+json", "textContent", &json),
        None => remove_head_tag("script", "type", "application/ld+json"),
    }
}

fn find(tag: &str, key: &str, key_value: &str) -> Option<web_sys::Element> {
    document().head()?.query_selector(&format!("{tag}[{key}=\"{key_value}\"]")).ok().flatten()
}

/// Creates or updates `<tag key="key_value" attr="value">` in `<head>`.
fn set_head_tag(tag: &str, key: &str, key_value: &str, attr: &str, value: &str) {
    let Some(head) = document().head() else { return };
    let element = find(tag, key, key_value).or_else(|| {
        let el = document().create_element(tag).ok()?;
        el.set_attribute(key, key_value).ok()?;
        head.append_child(&el).ok()?;
        Some(el)
    });
    if let Some(el) = element {
        if attr == "textContent" {
            el.set_text_content(Some(value));
        } else {
            let _ = el.set_attribute(attr, value);
        }
    }
}

fn remove_head_tag(tag: &str, key: &str, key_value: &str) {
    if let Some(el) = find(tag, key, key_value) {
        el.remove();
    }
}
