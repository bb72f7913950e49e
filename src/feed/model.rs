//! The reader's view of a feed: normalised, checked, sorted newest first.

use crate::date::Timestamp;
use std::fmt;
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct Feed {
    pub title: Option<String>,
    pub description: Option<String>,
    pub home_page_url: Option<String>,
    pub next_url: Option<String>,
    /// Newest first; items without a date last, in feed order.
    pub items: Vec<Arc<Item>>,
    /// In order of first appearance in the feed.
    pub categories: Vec<Category>,
    /// Everything that was wrong but did not stop us.
    pub diagnostics: Vec<Diagnostic>,
    /// The most viewed items, best first, ranked once per feed (not on every render: a
    /// 50,000-item feed must not be sorted at each route change).
    pub(crate) top_viewed: Vec<Arc<Item>>,
}

/// How many of the most viewed are kept ranked: config allows up to 20, plus one spare for
/// pages that leave out the article they show.
const TOP_VIEWED: usize = 21;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub slug: String,
    pub name: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryRef {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    /// Unique within the feed and stable across feed updates: `{title-slug}-{id-token}`.
    pub slug: String,
    pub title: Option<String>,
    pub summary: Option<String>,
    /// Raw, untrusted HTML: only ever rendered through `sanitize`.
    pub content_html: Option<String>,
    pub content_text: Option<String>,
    /// Already scheme-checked; may be relative to the feed URL.
    pub url: Option<String>,
    pub external_url: Option<String>,
    pub image: Option<String>,
    pub date_published: Option<Timestamp>,
    pub date_modified: Option<Timestamp>,
    pub authors: Vec<String>,
    pub tags: Vec<String>,
    pub views: Option<u64>,
    pub category: Option<CategoryRef>,
    /// Files published with the article (JSON Feed `attachments`), URLs already checked.
    pub attachments: Vec<Attachment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub url: String,
    pub title: Option<String>,
    pub mime_type: Option<String>,
    pub size_in_bytes: Option<u64>,
}

impl Item {
    /// The date shown and sorted by: published, else modified.
    pub fn date(&self) -> Option<&Timestamp> {
        self.date_published.as_ref().or(self.date_modified.as_ref())
    }

    /// Orders dated items by instant, undated ones below every dated one.
    pub fn sort_key(&self) -> Option<i64> {
        self.date().map(Timestamp::unix_seconds)
    }

    /// Text for list cards: the summary, else the start of the body.
    pub fn excerpt(&self, max_chars: usize) -> Option<String> {
        let text = match &self.summary {
            Some(s) => s.clone(),
            None => crate::text::collapse_whitespace(&self.body_text()?),
        };
        Some(crate::text::excerpt(&text, max_chars)).filter(|s| !s.is_empty())
    }

    /// The body as plain text: `content_text`, else the text of `content_html`.
    pub fn body_text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match (&self.content_text, &self.content_html) {
            (Some(t), _) => Some(std::borrow::Cow::Borrowed(t)),
            (None, Some(h)) => Some(std::borrow::Cow::Owned(crate::text::html_to_text(h))),
            _ => None,
        }
    }
}

/// A problem found while reading the feed. `item` is the index in the feed's `items`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub item: Option<usize>,
    pub id: Option<String>,
    pub field: &'static str,
    pub message: String,
}

impl Diagnostic {
    pub fn feed(field: &'static str, message: String) -> Self {
        Diagnostic { item: None, id: None, field, message }
    }

    pub fn item(index: usize, id: Option<&str>, field: &'static str, message: String) -> Self {
        Diagnostic { item: Some(index), id: id.map(str::to_string), field, message }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.item, &self.id) {
            (Some(i), Some(id)) => write!(f, "items[{i}] (id {}) {}: {}", crate::text::quoted(id), self.field, self.message),
            (Some(i), None) => write!(f, "items[{i}] {}: {}", self.field, self.message),
            _ => write!(f, "feed {}: {}", self.field, self.message),
        }
    }
}

/// Why a document could not be read as a feed at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedError {
    NotJson { line: usize, column: usize, message: String },
    NotAFeed(String),
}

impl fmt::Display for FeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeedError::NotJson { message, .. } => write!(f, "{message}"),
            FeedError::NotAFeed(why) => write!(f, "{why}"),
        }
    }
}

/// At most this many pages are read through `next_url`.
pub const MAX_FEED_PAGES: usize = 20;

/// What to do about a page's `next_url`, given the (absolute) URLs already read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextPage {
    Fetch(String),
    /// No `next_url`: the feed is complete.
    Done,
    /// `next_url` points back at a page already read.
    Loop(String),
    /// More pages than [`MAX_FEED_PAGES`].
    TooMany,
}

pub fn next_page(read: &[String], next_url: Option<&str>) -> NextPage {
    match next_url {
        None => NextPage::Done,
        Some(url) if read.iter().any(|r| r == url) => NextPage::Loop(url.to_string()),
        Some(_) if read.len() >= MAX_FEED_PAGES => NextPage::TooMany,
        Some(url) => NextPage::Fetch(url.to_string()),
    }
}

/// Counts one more item in the category whose slug is `slug`, adding it (named `name`)
/// when new; returns the category as first seen, so names that slug alike are one category.
pub(crate) fn count_in(categories: &mut Vec<Category>, slug: &str, name: &str) -> CategoryRef {
    match categories.iter_mut().find(|c| c.slug == slug) {
        Some(existing) => {
            existing.count += 1;
            CategoryRef { slug: existing.slug.clone(), name: existing.name.clone() }
        }
        None => {
            categories.push(Category { slug: slug.to_string(), name: name.to_string(), count: 1 });
            CategoryRef { slug: slug.to_string(), name: name.to_string() }
        }
    }
}

impl Feed {
    /// Adds the next page of a paginated feed: new items (by id) join, order and
    /// categories are brought up to date, the page's `next_url` becomes ours.
    pub fn merge(&mut self, page: Feed) {
        let known: std::collections::HashSet<String> = self.items.iter().map(|i| i.id.clone()).collect();
        let mut slugs: std::collections::HashSet<String> = self.items.iter().map(|i| i.slug.clone()).collect();
        for item in page.items {
            if known.contains(&item.id) {
                self.diagnostics.push(Diagnostic::feed("next_url", format!("id {} repeated on a later page; the first is kept", crate::text::quoted(&item.id))));
                continue;
            }
            let item = if slugs.contains(&item.slug) {
                let mut renamed = (*item).clone();
                renamed.slug = format!("{}-p{}", renamed.slug, slugs.len());
                Arc::new(renamed)
            } else {
                item
            };
            slugs.insert(item.slug.clone());
            if let Some(c) = &item.category {
                count_in(&mut self.categories, &c.slug, &c.name);
            }
            self.items.push(item);
        }
        sort_newest_first(&mut self.items);
        self.diagnostics.extend(page.diagnostics);
        self.next_url = page.next_url;
        self.rank();
    }

    pub fn item_by_slug(&self, slug: &str) -> Option<&Arc<Item>> {
        self.items.iter().find(|i| i.slug == slug).or_else(|| {
            // A link made before the title was edited still ends in the same id token;
            // the longest matching token wins, so id "abc-1" beats id "1".
            self.items
                .iter()
                .map(|i| (i, crate::slug::id_token(&i.id)))
                .filter(|(_, token)| slug.strip_suffix(token.as_str()).is_some_and(|head| head.ends_with('-')))
                .max_by_key(|(_, token)| token.len())
                .map(|(i, _)| i)
        })
    }

    pub fn category(&self, slug: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.slug == slug)
    }

    pub fn in_category<'a>(&'a self, slug: &'a str) -> impl Iterator<Item = &'a Arc<Item>> + 'a {
        self.items.iter().filter(move |i| i.category.as_ref().is_some_and(|c| c.slug == slug))
    }

    /// The articles just newer and just older than `item` in its category (the whole feed
    /// for an article without one): `(newer, older)`.
    pub fn neighbours(&self, item: &Item) -> (Option<Arc<Item>>, Option<Arc<Item>>) {
        let same_list = |other: &&Arc<Item>| other.category.as_ref().map(|c| &c.slug) == item.category.as_ref().map(|c| &c.slug);
        // Outwards from the article (ids are unique): the newest articles, the ones read most,
        // find theirs at once, however long the feed.
        let Some(at) = self.items.iter().position(|other| other.id == item.id) else { return (None, None) };
        let newer = self.items.get(..at).and_then(|before| before.iter().rev().find(same_list));
        let older = self.items.get(at + 1..).and_then(|after| after.iter().find(same_list));
        (newer.map(Arc::clone), older.map(Arc::clone))
    }

    /// Up to `n` other articles of `item`'s category: those sharing more tags first, then
    /// newer first. Nothing for an article without a category.
    pub fn related(&self, item: &Item, n: usize) -> Vec<Arc<Item>> {
        let Some(category) = &item.category else { return Vec::new() };
        let others = self.in_category(&category.slug).filter(|other| other.id != item.id);
        let tags: Vec<String> = item.tags.iter().map(|t| crate::search::fold(t)).collect();
        if tags.is_empty() {
            // Nothing to share: newer first, and no further into the feed than that.
            return others.take(n).map(Arc::clone).collect();
        }
        let mut scored: Vec<(usize, &Arc<Item>)> = others
            .map(|other| (other.tags.iter().filter(|t| tags.contains(&crate::search::fold(t))).count(), other))
            .collect();
        sort_desc_stable(&mut scored, |(shared, _)| i64::try_from(*shared).unwrap_or(i64::MAX)); // newer first among equals
        scored.into_iter().take(n).map(|(_, other)| Arc::clone(other)).collect()
    }

    /// Items with a view count, most viewed first; ties go to the newer one.
    pub fn most_viewed(&self, n: usize) -> Vec<Arc<Item>> {
        self.top_viewed.iter().take(n).cloned().collect()
    }

    /// Ranks the most viewed; called whenever `items` changes.
    pub(crate) fn rank(&mut self) {
        self.top_viewed = by_views(self.items.iter()).into_iter().take(TOP_VIEWED).cloned().collect();
    }
}

/// The items that have a view count, most viewed first; newer first among equals (given
/// newest first).
pub fn by_views<'a>(items: impl Iterator<Item = &'a Arc<Item>>) -> Vec<&'a Arc<Item>> {
    let mut ranked: Vec<_> = items.filter(|i| i.views.is_some()).collect();
    sort_desc_stable(&mut ranked, |i| i.views.map_or(-1, |v| i64::try_from(v).unwrap_or(i64::MAX)));
    ranked
}

/// Newest first; undated items after every dated one, in their feed order.
pub(crate) fn sort_newest_first(items: &mut Vec<Arc<Item>>) {
    sort_desc_stable(items, |item| item.sort_key().unwrap_or(i64::MIN));
}

/// Sorts `items` by `key`, highest first, keeping the order of equal keys. Every sort of the
/// reader goes through here, so the wasm holds one sort routine (on `(key, position)` pairs)
/// instead of one per call site and element type: ~9 KB less code.
pub(crate) fn sort_desc_stable<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let mut order: Vec<(std::cmp::Reverse<i64>, usize)> = items.iter().enumerate().map(|(at, item)| (std::cmp::Reverse(key(item)), at)).collect();
    order.sort_unstable(); // the position breaks ties, so the result is stable
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, at)| slots.get_mut(at).and_then(Option::take)));
}
