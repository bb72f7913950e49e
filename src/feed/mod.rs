//! JSON Feed 1.0/1.1 parsing into the reader's model, leniently.
//!
//! `parse_feed` never panics and never gives up on a whole feed because one item is bad:
//! every problem becomes a [`Diagnostic`] and everything usable is kept (rust-analyzer's
//! "partial result plus errors"). Only a document that is not JSON or not a feed at all is
//! an error. No I/O and no DOM here: the network layer hands us text.

mod model;

pub use model::{next_page, Attachment, Category, CategoryRef, Diagnostic, Feed, FeedError, Item, NextPage, MAX_FEED_PAGES};
pub(crate) use model::sort_desc_stable;
pub use model::by_views;

use crate::date::parse_rfc3339;
use crate::sanitize::policy::{check_url, UrlUse};
use crate::slug::{article_slug, id_token, slugify};
use crate::text::quoted;
use crate::json::{self, Object, Value};
use std::collections::HashMap;
use std::sync::Arc;

/// Parses a feed document. `Err` only when there is nothing to show at all.
pub fn parse_feed(text: &str) -> Result<Feed, FeedError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text); // a BOM is common from Windows CMSs
    let root = json::parse(text).map_err(|e| FeedError::NotJson { line: e.line, column: e.column, message: e.message() })?;
    let Value::Object(root) = root else {
        return Err(FeedError::NotAFeed("the document is not a JSON object".into()));
    };
    let mut diagnostics = Vec::new();
    let version = root.get("version").and_then(Value::as_str).unwrap_or("");
    let is_json_feed = version.starts_with("https://jsonfeed.org/version/");
    let items = match root.get("items") {
        Some(Value::Array(items)) => items,
        Some(_) => return Err(FeedError::NotAFeed("\"items\" is not an array".into())),
        None if is_json_feed => return Err(FeedError::NotAFeed("the feed has no \"items\"".into())),
        None => return Err(FeedError::NotAFeed("no JSON Feed \"version\" and no \"items\"".into())),
    };
    if !is_json_feed {
        diagnostics.push(Diagnostic::feed("version", format!("not a JSON Feed version: {}; reading it anyway", quoted(version))));
    }

    let mut feed = Feed {
        title: string_field(&root, "title", &mut diagnostics),
        description: string_field(&root, "description", &mut diagnostics),
        home_page_url: url_field(&root, "home_page_url", UrlUse::Link, &mut diagnostics),
        next_url: url_field(&root, "next_url", UrlUse::Link, &mut diagnostics),
        ..Feed::default()
    };

    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    let mut seen_slugs: HashMap<String, usize> = HashMap::new();
    let mut categories: Vec<Category> = Vec::new();
    for (index, value) in items.iter().enumerate() {
        let Some((mut item, category_name)) = parse_item(index, value, &mut diagnostics) else { continue };
        if seen_ids.insert(item.id.clone(), index).is_some() {
            diagnostics.push(Diagnostic::item(index, Some(&item.id), "id", "duplicate id; the first item with it is kept".into()));
            continue;
        }
        // Two different ids may hash to the same token: the later one gets a numbered slug.
        if let Some(n) = seen_slugs.get_mut(&item.slug) {
            *n += 1;
            item.slug = format!("{}-{}", item.slug, n);
        }
        seen_slugs.insert(item.slug.clone(), 1);
        if let Some(name) = category_name {
            // Names that slug alike ("Tin tức", "Tin Tức") are one category, named as first seen.
            item.category = Some(model::count_in(&mut categories, &category_slug(&name), &name));
        }
        feed.items.push(Arc::new(item));
    }
    // Newest first; undated items keep their feed order at the end (the sort is stable).
    model::sort_newest_first(&mut feed.items);
    feed.categories = categories;
    feed.rank();
    feed.diagnostics = diagnostics;
    Ok(feed)
}

/// Slug for a category name; names with no Latin letters get a stable hashed slug.
pub fn category_slug(name: &str) -> String {
    let slug = slugify(name);
    if slug.is_empty() {
        format!("chuyen-muc-{}", id_token(name))
    } else {
        slug
    }
}

/// One item, with its category name still to be registered by the caller.
fn parse_item(index: usize, value: &Value, diagnostics: &mut Vec<Diagnostic>) -> Option<(Item, Option<String>)> {
    let Value::Object(obj) = value else {
        diagnostics.push(Diagnostic::item(index, None, "item", format!("not an object ({}); skipped", type_name(value))));
        return None;
    };
    let usable_id = obj.get("id").and_then(|v| match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => n.integer_text(),
        _ => None,
    });
    let Some(id) = usable_id else {
        let why = match obj.get("id") {
            None => "missing".to_string(),
            Some(v) => format!("not a usable id ({})", describe_value(v)),
        };
        diagnostics.push(Diagnostic::item(index, None, "id", format!("{why}; item skipped")));
        return None;
    };
    let id_ref = Some(id.as_str());
    let mut d = |field: &'static str, message: String| diagnostics.push(Diagnostic::item(index, id_ref, field, message));

    let title = line_field(obj, "title", &mut d);
    let summary = line_field(obj, "summary", &mut d);
    let content_html = text_field(obj, "content_html", &mut d).filter(|t| !t.trim().is_empty());
    let content_text = text_field(obj, "content_text", &mut d).filter(|t| !t.trim().is_empty());
    let url = url_in(obj, "url", UrlUse::Link, &mut d);
    let external_url = url_in(obj, "external_url", UrlUse::Link, &mut d);
    let image = url_in(obj, "image", UrlUse::Image, &mut d).or_else(|| url_in(obj, "banner_image", UrlUse::Image, &mut d));
    let date_published = date_in(obj, "date_published", &mut d);
    let date_modified = date_in(obj, "date_modified", &mut d);

    let mut tags = Vec::new();
    match obj.get("tags") {
        None | Some(Value::Null) => {}
        Some(Value::Array(values)) => {
            for v in values {
                match v.as_str().map(str::trim) {
                    Some(t) if !t.is_empty() => tags.push(t.to_string()),
                    Some(_) => {}
                    None => d("tags", format!("a tag is not a string ({}); ignored", type_name(v))),
                }
            }
        }
        Some(Value::String(s)) if !s.trim().is_empty() => {
            d("tags", "a string, not an array; used as one tag".into());
            tags.push(s.trim().to_string());
        }
        Some(v) => d("tags", format!("not an array ({}); ignored", type_name(v))),
    }

    let mut authors = Vec::new();
    let mut push_author = |v: &Value, d: &mut dyn FnMut(&'static str, String)| match v.get("name").and_then(Value::as_str).map(str::trim) {
        Some(name) if !name.is_empty() => authors.push(name.to_string()),
        _ if v.is_object() => {}
        _ => d("authors", format!("an author is not an object ({})", type_name(v))),
    };
    match obj.get("authors") {
        Some(Value::Array(values)) => values.iter().for_each(|v| push_author(v, &mut d)),
        Some(Value::Null) | None => {}
        Some(v) => d("authors", format!("not an array ({}); ignored", type_name(v))),
    }
    if let Some(v) = obj.get("author").filter(|v| !v.is_null()) {
        push_author(v, &mut d); // JSON Feed 1.0
    }

    let mut attachments = Vec::new();
    match obj.get("attachments") {
        None | Some(Value::Null) => {}
        Some(Value::Array(values)) => {
            for v in values {
                let Value::Object(a) = v else {
                    d("attachments", format!("an attachment is not an object ({})", type_name(v)));
                    continue;
                };
                // Its own field names, reported under "attachments".
                let mut da = |_: &'static str, message: String| d("attachments", message);
                let Some(url) = url_in(a, "url", UrlUse::Link, &mut da) else {
                    if a.get("url").is_none() {
                        da("url", "an attachment without a url; ignored".into());
                    }
                    continue;
                };
                let title = line_field(a, "title", &mut da);
                let mime_type = text_field(a, "mime_type", &mut da).map(|t| t.trim().to_ascii_lowercase()).filter(|t| !t.is_empty());
                let size_in_bytes = match a.get("size_in_bytes") {
                    Some(Value::Number(n)) => n.as_whole_u64(),
                    _ => None,
                };
                attachments.push(model::Attachment { url, title, mime_type, size_in_bytes });
            }
        }
        Some(v) => d("attachments", format!("not an array ({}); ignored", type_name(v))),
    }

    let mut views = None;
    let mut category_name = None;
    match obj.get("_bantin") {
        None | Some(Value::Null) => {}
        Some(Value::Object(ext)) => {
            views = match ext.get("views") {
                None | Some(Value::Null) => None,
                Some(v) => {
                    let parsed = match v {
                        Value::Number(n) => n.as_whole_u64(),
                        Value::String(s) => s.trim().parse::<u64>().ok(),
                        _ => None,
                    };
                    if parsed.is_none() {
                        d("_bantin.views", format!("not a non-negative integer: {}", describe_value(v)));
                    }
                    parsed
                }
            };
            category_name = match ext.get("category") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(crate::text::collapse_whitespace(s)).filter(|s| !s.is_empty()),
                Some(v) => {
                    d("_bantin.category", format!("not a string ({})", type_name(v)));
                    None
                }
            };
        }
        Some(v) => d("_bantin", format!("not an object ({}); ignored", type_name(v))),
    }
    let category_name = category_name.or_else(|| tags.first().cloned());

    let item = Item {
        slug: article_slug(title.as_deref(), &id),
        id,
        title,
        summary,
        content_html,
        content_text,
        url,
        external_url,
        image,
        date_published,
        date_modified,
        authors,
        tags,
        views,
        category: None,
        attachments,
    };
    Some((item, category_name))
}

/// A short, safe rendering of a JSON value for diagnostics: scalars as written (strings
/// cut short), containers by type. Avoids pulling a JSON serialiser into the app.
pub fn describe_value(v: &Value) -> String {
    match v {
        Value::String(s) => quoted(&crate::text::excerpt(s, 40)),
        Value::Number(n) => n.integer_text().unwrap_or_else(|| "a fractional number".into()),
        Value::Bool(b) => if *b { "true" } else { "false" }.into(),
        other => type_name(other).into(),
    }
}

fn type_name(v: &Value) -> &'static str {
    v.type_name()
}

/// A one-line text: white space collapsed, empty as absent.
fn line_field(obj: &Object, key: &'static str, d: &mut dyn FnMut(&'static str, String)) -> Option<String> {
    text_field(obj, key, d).map(|s| crate::text::collapse_whitespace(&s)).filter(|s| !s.is_empty())
}

fn text_field(obj: &Object, key: &'static str, d: &mut dyn FnMut(&'static str, String)) -> Option<String> {
    match obj.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(v @ Value::Number(n)) => n.integer_text().or_else(|| {
            d(key, format!("not a string ({}); ignored", type_name(v)));
            None
        }),
        Some(v) => {
            d(key, format!("not a string ({}); ignored", type_name(v)));
            None
        }
    }
}

fn url_in(obj: &Object, key: &'static str, usage: UrlUse, d: &mut dyn FnMut(&'static str, String)) -> Option<String> {
    let raw = text_field(obj, key, d)?;
    let checked = check_url(&raw, usage);
    if checked.is_none() && !raw.trim().is_empty() {
        d(key, format!("unsafe or unusable URL {}; ignored", quoted(&crate::text::excerpt(&raw, 60))));
    }
    checked
}

fn date_in(obj: &Object, key: &'static str, d: &mut dyn FnMut(&'static str, String)) -> Option<crate::date::Timestamp> {
    let raw = text_field(obj, key, d)?;
    let parsed = parse_rfc3339(&raw);
    if parsed.is_none() {
        d(key, format!("not an RFC 3339 date: {}; ignored", quoted(&crate::text::excerpt(&raw, 40))));
    }
    parsed
}

fn string_field(obj: &Object, key: &'static str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    let mut d = |field: &'static str, message: String| diagnostics.push(Diagnostic::feed(field, message));
    line_field(obj, key, &mut d)
}

fn url_field(obj: &Object, key: &'static str, usage: UrlUse, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
    let mut d = |field: &'static str, message: String| diagnostics.push(Diagnostic::feed(field, message));
    url_in(obj, key, usage, &mut d)
}

#[cfg(test)]
mod tests;
