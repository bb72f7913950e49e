//! What a list page (home, a category) shows, decided once and host-tested: which articles,
//! which heading, which pages, the title. The app's `ListPage` and the first paint
//! (`first_paint`, before Leptos has arrived) both draw a `Listing`, so they cannot disagree.

use crate::config::Config;
use crate::feed::{Feed, Item};
use crate::i18n::Lang;
use crate::routes::{self, paginate, Page};
use std::sync::Arc;

/// Cards a phone's first screen shows (about four): on a route change (`later`) and in the
/// first paint, the cards after them follow a frame later unless the screen shows them.
pub const FIRST_SCREEN_CARDS: usize = 4;

#[derive(Debug, Clone)]
pub struct Listing {
    /// The page's `h1`.
    pub heading: String,
    /// The category's slug on category pages (which also show a breadcrumb).
    pub category: Option<String>,
    /// This page's articles, newest first.
    pub items: Vec<Arc<Item>>,
    pub page: Page,
    /// The "most viewed" block (empty: not shown).
    pub most_viewed: Vec<Arc<Item>>,
    /// Said instead of an empty list.
    pub empty: &'static str,
}

impl Listing {
    /// The app path of page `n` of this list.
    pub fn link(&self, n: usize) -> String {
        page_link(self.category.as_deref(), n)
    }
}

/// The app path of page `n` of a category's list, or of the home list.
pub fn page_link(category: Option<&str>, n: usize) -> String {
    match category {
        Some(slug) => routes::category(slug, n),
        None => routes::home(n),
    }
}

/// The home page's own part of the document title: none on page 1 (the site name alone),
/// "Trang 3" further on. Needs no feed, so the title is right while the feed loads.
pub fn home_title(page: usize, lang: Lang) -> Option<String> {
    (page > 1).then(|| crate::format::page_of(page, 0, lang).replace("/0", ""))
}

impl Listing {
    /// This page's own part of the document title (the site name follows it).
    pub fn title(&self, lang: Lang) -> Option<String> {
        match &self.category {
            Some(_) => Some(self.heading.clone()),
            None => home_title(self.page.page, lang),
        }
    }
}

/// The home page: every article, newest first. `Err` is the not-found message (past the
/// last page).
pub fn home(feed: &Feed, config: &Config, page: usize, lang: Lang) -> Result<Listing, &'static str> {
    let s = lang.strings();
    let slice = paginate(feed.items.len(), config.page_size, page).ok_or(s.page_not_found)?;
    let heading = if slice.page > 1 { format!("{} — {}", s.latest_news, crate::format::page_of(slice.page, slice.pages, lang)) } else { s.latest_news.to_string() };
    Ok(Listing {
        heading,
        category: None,
        items: slice.of(&feed.items).to_vec(),
        page: slice,
        most_viewed: feed.most_viewed(config.most_viewed),
        empty: s.empty_feed,
    })
}

/// One category's page. `Err` is the not-found message (no such category, or past its last
/// page).
pub fn category(feed: &Feed, config: &Config, slug: &str, page: usize, lang: Lang) -> Result<Listing, &'static str> {
    let s = lang.strings();
    let category = feed.category(slug).ok_or(s.category_not_found)?;
    let slice = paginate(feed.in_category(slug).count(), config.page_size, page).ok_or(s.page_not_found)?;
    Ok(Listing {
        heading: category.name.clone(),
        category: Some(slug.to_string()),
        items: feed.in_category(slug).skip(slice.start).take(slice.end - slice.start).cloned().collect(),
        page: slice,
        most_viewed: feed.most_viewed(config.most_viewed),
        empty: s.empty_category,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::parse_feed;

    fn sample() -> Feed {
        let items: Vec<String> = (1..=23)
            .map(|n| {
                let category = if n % 2 == 0 { "Văn hóa" } else { "Kinh tế" };
                format!(r#"{{"id": "{n}", "title": "Tin {n}", "date_published": "2024-01-{n:02}T08:00:00+07:00", "_bantin": {{"views": {}, "category": "{category}"}}}}"#, n * 10)
            })
            .collect();
        let text = format!(r#"{{"version": "https://jsonfeed.org/version/1.1", "items": [{}]}}"#, items.join(","));
        parse_feed(&text).unwrap()
    }

    /// (heading, first and last title, page, pages, first most viewed)
    fn check(got: Result<Listing, &'static str>, expected: Result<(&str, &str, &str, usize, usize), &str>) {
        let got = got.map(|l| {
            let title = |i: Option<&Arc<Item>>| i.and_then(|i| i.title.clone()).unwrap_or_default();
            (l.heading.clone(), title(l.items.first()), title(l.items.last()), l.page.page, l.page.pages)
        });
        let expected = expected.map(|(h, first, last, page, pages)| (h.to_string(), first.to_string(), last.to_string(), page, pages));
        assert_eq!(got, expected);
    }

    #[test]
    fn lists() {
        let feed = sample();
        let config = Config { page_size: 10, most_viewed: 3, ..Config::default() };
        let (vi, en) = (Lang::Vi, Lang::En);
        check(home(&feed, &config, 1, vi), Ok(("Tin mới nhất", "Tin 23", "Tin 14", 1, 3)));
        check(home(&feed, &config, 3, vi), Ok(("Tin mới nhất — Trang 3/3", "Tin 3", "Tin 1", 3, 3)));
        check(home(&feed, &config, 4, vi), Err(vi.strings().page_not_found));
        check(home(&feed, &config, 2, en), Ok(("Latest news — Page 2/3", "Tin 13", "Tin 4", 2, 3)));
        check(category(&feed, &config, "van-hoa", 1, vi), Ok(("Văn hóa", "Tin 22", "Tin 4", 1, 2)));
        check(category(&feed, &config, "van-hoa", 2, vi), Ok(("Văn hóa", "Tin 2", "Tin 2", 2, 2)));
        check(category(&feed, &config, "van-hoa", 3, vi), Err(vi.strings().page_not_found));
        check(category(&feed, &config, "khong-co", 1, vi), Err(vi.strings().category_not_found));
        let listing = category(&feed, &config, "kinh-te", 2, vi).unwrap();
        assert_eq!(listing.link(3), "/chuyen-muc/kinh-te?trang=3");
        let views: Vec<_> = listing.most_viewed.iter().map(|i| i.views.unwrap_or_default()).collect();
        assert_eq!(views, [230, 220, 210], "the most viewed block is the whole feed's");
        assert_eq!(home(&feed, &config, 1, vi).unwrap().link(2), "/?trang=2");
        assert_eq!(home(&feed, &config, 1, vi).unwrap().title(vi), None);
        assert_eq!(home(&feed, &config, 3, vi).unwrap().title(vi).as_deref(), Some("Trang 3"));
        assert_eq!(listing.title(vi).as_deref(), Some("Kinh tế"));
    }

    #[test]
    fn an_empty_feed_has_one_empty_page() {
        let feed = parse_feed(r#"{"version": "https://jsonfeed.org/version/1.1", "items": []}"#).unwrap();
        let listing = home(&feed, &Config::default(), 1, Lang::Vi).unwrap();
        assert!(listing.items.is_empty());
        assert_eq!(listing.empty, Lang::Vi.strings().empty_feed);
    }
}
