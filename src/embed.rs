//! The embed widget's options. `embed.js` copies the host page's `data-*` attributes into the
//! query string of the embed route as they are; they are checked here, once: a value that is
//! not understood falls back to its default, with a warning for the portal owner.

use crate::feed::{by_views, Feed, Item};
use crate::i18n::{Lang, Strings};
use crate::routes;
use crate::settings::Theme;
use std::sync::Arc;

/// Which articles the widget lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Newest,
    MostViewed,
}

/// Where the widget's links open: the portal page itself, or a new tab. Never the iframe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Top,
    Blank,
}

impl Target {
    pub fn attr(self) -> &'static str {
        match self {
            Target::Top => "_top",
            Target::Blank => "_blank",
        }
    }
}

/// The heading above the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Heading {
    /// "Tin mới nhất", "Tin xem nhiều" or the category's name.
    Default,
    /// `data-title="none"`: no heading (the iframe keeps its `title` for assistive tech).
    Hidden,
    Text(String),
}

/// What each entry shows besides its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Show {
    pub date: bool,
    pub views: bool,
    pub image: bool,
    pub summary: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// A category slug; `None` for every category.
    pub category: Option<String>,
    pub limit: usize,
    pub sort: Sort,
    pub theme: Theme,
    pub show: Show,
    /// `None`: the reader's configured language.
    pub lang: Option<Lang>,
    pub target: Target,
    pub heading: Heading,
}

pub const MAX_LIMIT: usize = 20;
/// The query keys of the widget's page: embed.js passes these `data-*` attributes through.
pub const OPTION_KEYS: [&str; 8] = ["category", "limit", "sort", "theme", "show", "lang", "target", "title"];
const MAX_TITLE_CHARS: usize = 80;

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            category: None,
            limit: 5,
            sort: Sort::Newest,
            theme: Theme::System,
            show: Show { date: true, views: true, image: false, summary: false },
            lang: None,
            target: Target::Top,
            heading: Heading::Default,
        }
    }
}

/// The options from the embed route's query pairs, and a warning for each value that was
/// not understood (unknown keys are ignored silently: a newer embed.js may send more).
pub fn parse_options<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (EmbedOptions, Vec<String>) {
    let mut options = EmbedOptions::default();
    let mut warnings = Vec::new();
    let mut invalid = |key: &str, value: &str, expected: &str| {
        warnings.push(format!("data-{key}=\"{value}\" is not valid ({expected}); the default is used"));
    };
    for (key, raw) in pairs {
        let value = raw.trim();
        match key {
            "category" => match crate::slug::slugify(value) {
                slug if !slug.is_empty() => options.category = Some(slug),
                _ => invalid(key, raw, "a category slug such as dang-doan-the"),
            },
            "limit" => match value.parse::<usize>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => options.limit = n,
                _ => invalid(key, raw, "a number from 1 to 20"),
            },
            "sort" => match value {
                "newest" => options.sort = Sort::Newest,
                "most-viewed" => options.sort = Sort::MostViewed,
                _ => invalid(key, raw, "newest or most-viewed"),
            },
            "theme" => match value {
                "auto" => options.theme = Theme::System,
                "light" => options.theme = Theme::Light,
                "dark" => options.theme = Theme::Dark,
                _ => invalid(key, raw, "light, dark or auto"),
            },
            "show" => match parse_show(value) {
                Some(show) => options.show = show,
                None => invalid(key, raw, "a list of date, views, image, summary, or none"),
            },
            "lang" => match Lang::parse(value) {
                Some(lang) => options.lang = Some(lang),
                None => invalid(key, raw, "vi or en"),
            },
            "target" => match value {
                "_top" => options.target = Target::Top,
                "_blank" => options.target = Target::Blank,
                _ => invalid(key, raw, "_top or _blank"),
            },
            "title" => {
                let text = crate::text::collapse_whitespace(value);
                options.heading = match text.as_str() {
                    "" => Heading::Default,
                    "none" => Heading::Hidden,
                    _ => Heading::Text(text.chars().take(MAX_TITLE_CHARS).collect()),
                };
            }
            _ => {}
        }
    }
    (options, warnings)
}

/// May a page of `parent` (its origin; `None` when not in a frame) show the widget? An empty
/// allowlist allows every site.
pub fn embedding_allowed(allowed: &[String], parent: Option<&str>) -> bool {
    match parent {
        None => true,
        Some(origin) => allowed.is_empty() || allowed.iter().any(|a| a.eq_ignore_ascii_case(origin.trim_end_matches('/'))),
    }
}

/// What a widget lists, chosen from the feed by its options.
#[derive(Debug)]
pub struct WidgetList {
    /// `None`: no heading (`data-title="none"`).
    pub heading: Option<String>,
    /// A name for the list even without a visible heading (its `aria-label`).
    pub label: String,
    pub items: Vec<Arc<Item>>,
    /// App path of the "more news" link: the category's page, else the home page.
    pub more: String,
}

/// The widget's articles: the category's (or the whole feed's), newest or most viewed
/// first, at most `limit`. `Err` with the slug when the feed has no such category.
pub fn select(feed: &Feed, options: &EmbedOptions, s: &Strings) -> Result<WidgetList, String> {
    let category = match &options.category {
        Some(slug) => Some(feed.category(slug).ok_or_else(|| slug.clone())?),
        None => None,
    };
    let items: Vec<Arc<Item>> = match (category, options.sort) {
        (Some(c), Sort::Newest) => feed.in_category(&c.slug).take(options.limit).cloned().collect(),
        (Some(c), Sort::MostViewed) => by_views(feed.in_category(&c.slug)).into_iter().take(options.limit).cloned().collect(),
        (None, Sort::Newest) => feed.items.iter().take(options.limit).cloned().collect(),
        (None, Sort::MostViewed) => feed.most_viewed(options.limit),
    };
    let default_heading = match (category, options.sort) {
        (Some(c), _) => c.name.clone(),
        (None, Sort::MostViewed) => s.most_viewed.to_string(),
        (None, Sort::Newest) => s.latest_news.to_string(),
    };
    let heading = match &options.heading {
        Heading::Hidden => None,
        Heading::Text(text) => Some(text.clone()),
        Heading::Default => Some(default_heading.clone()),
    };
    let more = category.map_or_else(|| routes::home(1), |c| routes::category(&c.slug, 1));
    Ok(WidgetList { label: heading.clone().unwrap_or(default_heading), heading, items, more })
}

/// `date,views` (commas or spaces) → the parts to show; `none` → title only.
fn parse_show(value: &str) -> Option<Show> {
    let mut show = Show { date: false, views: false, image: false, summary: false };
    if value == "none" {
        return Some(show);
    }
    let mut any = false;
    for part in value.split([',', ' ']).filter(|p| !p.is_empty()) {
        match part {
            "date" => show.date = true,
            "views" => show.views = true,
            "image" => show.image = true,
            "summary" => show.summary = true,
            _ => return None,
        }
        any = true;
    }
    any.then_some(show)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowlist() {
        let list = ["https://xa.example.vn".to_string()];
        for (allowed, parent, expected) in [
            (&[][..], Some("https://anywhere.example"), true),
            (&list[..], Some("https://xa.example.vn"), true),
            (&list[..], Some("https://XA.example.vn/"), true),
            (&list[..], Some("https://evil.example"), false),
            (&list[..], Some("http://xa.example.vn"), false),
            (&list[..], None, true),
        ] {
            assert_eq!(embedding_allowed(allowed, parent), expected, "{allowed:?} {parent:?}");
        }
    }

    const FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "1", "title": "A", "date_published": "2024-01-01T08:00:00+07:00", "_bantin": {"views": 50, "category": "Đảng - đoàn thể"}},
        {"id": "2", "title": "B", "date_published": "2024-01-02T08:00:00+07:00", "_bantin": {"views": 900, "category": "Kinh tế"}},
        {"id": "3", "title": "C", "date_published": "2024-01-03T08:00:00+07:00", "_bantin": {"category": "Đảng - đoàn thể"}},
        {"id": "4", "title": "D", "date_published": "2024-01-04T08:00:00+07:00", "_bantin": {"views": 50, "category": "Đảng - đoàn thể"}},
        {"id": "5", "title": "E", "date_published": "2024-01-05T08:00:00+07:00", "_bantin": {"views": 7, "category": "Kinh tế"}}
    ]}"#;

    /// The widget's list for `query`: its titles in order, its heading and its "more" path.
    fn check_list(query: &[(&str, &str)], titles: &[&str], heading: Option<&str>, more: &str) {
        let feed = crate::feed::parse_feed(FEED).unwrap();
        let (options, _) = parse_options(query.iter().copied());
        let list = select(&feed, &options, Lang::Vi.strings()).unwrap();
        let got: Vec<&str> = list.items.iter().map(|i| i.title.as_deref().unwrap_or("")).collect();
        assert_eq!(got, titles, "{query:?}");
        assert_eq!(list.heading.as_deref(), heading, "{query:?}");
        assert!(!list.label.is_empty(), "{query:?}");
        assert_eq!(list.more, more, "{query:?}");
    }

    #[test]
    fn chosen_articles() {
        check_list(&[], &["E", "D", "C", "B", "A"], Some("Tin mới nhất"), "/");
        check_list(&[("limit", "2")], &["E", "D"], Some("Tin mới nhất"), "/");
        // Most viewed: only items with a count; the newer first among equals.
        check_list(&[("sort", "most-viewed")], &["B", "D", "A", "E"], Some("Tin xem nhiều"), "/");
        check_list(&[("category", "dang-doan-the")], &["D", "C", "A"], Some("Đảng - đoàn thể"), "/chuyen-muc/dang-doan-the");
        check_list(&[("category", "dang-doan-the"), ("sort", "most-viewed"), ("limit", "1")], &["D"], Some("Đảng - đoàn thể"), "/chuyen-muc/dang-doan-the");
        check_list(&[("category", "kinh-te"), ("title", "Kinh tế xã")], &["E", "B"], Some("Kinh tế xã"), "/chuyen-muc/kinh-te");
        check_list(&[("title", "none")], &["E", "D", "C", "B", "A"], None, "/");
    }

    #[test]
    fn unknown_category_is_named() {
        let feed = crate::feed::parse_feed(FEED).unwrap();
        let (options, _) = parse_options([("category", "khong-co")]);
        assert_eq!(select(&feed, &options, Lang::Vi.strings()).map(|l| l.items.len()), Err("khong-co".to_string()));
    }

    fn check(query: &[(&str, &str)], expected: EmbedOptions, warnings: usize) {
        let (got, said) = parse_options(query.iter().copied());
        assert_eq!(got, expected, "{query:?}");
        assert_eq!(said.len(), warnings, "{query:?}: {said:?}");
    }

    #[test]
    fn options() {
        let d = EmbedOptions::default;
        check(&[], d(), 0);
        check(&[("category", "dang-doan-the"), ("limit", "8"), ("sort", "most-viewed")], EmbedOptions { category: Some("dang-doan-the".into()), limit: 8, sort: Sort::MostViewed, ..d() }, 0);
        check(&[("category", "Đảng - đoàn thể")], EmbedOptions { category: Some("dang-doan-the".into()), ..d() }, 0);
        check(&[("theme", "dark"), ("lang", "en"), ("target", "_blank")], EmbedOptions { theme: Theme::Dark, lang: Some(Lang::En), target: Target::Blank, ..d() }, 0);
        check(&[("show", "image, summary")], EmbedOptions { show: Show { date: false, views: false, image: true, summary: true }, ..d() }, 0);
        check(&[("show", "none")], EmbedOptions { show: Show { date: false, views: false, image: false, summary: false }, ..d() }, 0);
        check(&[("title", "  Tin  của xã "), ("unknown", "x")], EmbedOptions { heading: Heading::Text("Tin của xã".into()), ..d() }, 0);
        check(&[("title", "none")], EmbedOptions { heading: Heading::Hidden, ..d() }, 0);
        // Invalid values: the default, and one warning each.
        check(&[("limit", "0"), ("limit", "21"), ("limit", "nhiều"), ("sort", "oldest"), ("theme", "blue"), ("show", "date,likes"), ("lang", "fr"), ("target", "_self"), ("category", "!!!")], d(), 9);
    }
}
