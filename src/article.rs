//! What an article page shows, decided once and host-tested (value in, value out): title,
//! where "back" goes, reading time, lead picture, source, attachments, share links, the
//! newer and older article, related and most viewed. The app's `ArticlePage` and the first
//! paint (`first_paint`, before Leptos has arrived) both draw an `Article`, so they cannot
//! disagree. URLs are made absolute by the caller's `resolve` (the browser's URL parser).

use crate::config::Config;
use crate::feed::{Feed, Item};
use crate::format;
use crate::i18n::Lang;
use crate::routes::{self, encode_component};
use crate::sanitize::policy::UrlUse;
use std::sync::Arc;

/// Makes a feed URL absolute and checks it for its use; `None` drops it.
pub type Resolve<'a> = &'a dyn Fn(&str, UrlUse) -> Option<String>;

#[derive(Debug, Clone)]
pub struct Article {
    pub item: Arc<Item>,
    /// The `h1` (a stand-in for an untitled article).
    pub title: String,
    /// The app path of the article's list: its category, else home.
    pub back: String,
    /// "Đọc khoảng 3 phút", when the body has words.
    pub reading: Option<String>,
    /// The lead picture, absolute, unless the body already shows it.
    pub lead_image: Option<String>,
    /// The original article's address (`external_url`, else `url`), absolute.
    pub source: Option<String>,
    pub attachments: Vec<Attachment>,
    pub newer: Option<Arc<Item>>,
    pub older: Option<Arc<Item>>,
    pub related: Vec<Arc<Item>>,
    /// The whole feed's most viewed, without this article.
    pub most_viewed: Vec<Arc<Item>>,
}

/// A file under "Tệp đính kèm".
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    pub href: String,
    pub name: String,
    /// "(PDF, 1,2 MB)", or empty.
    pub meta: String,
}

/// The article `slug` names (an old link's id token finds it too); `None`: not in the feed.
pub fn article(feed: &Feed, config: &Config, slug: &str, lang: Lang, resolve: Resolve) -> Option<Article> {
    let item = feed.item_by_slug(slug)?.clone();
    let title = item.title.clone().unwrap_or_else(|| lang.strings().untitled.to_string());
    let back = item.category.as_ref().map_or_else(|| routes::home(1), |c| routes::category(&c.slug, 1));
    let words = item.body_text().map_or(0, |t| t.split_whitespace().count());
    let reading = (words > 0).then(|| format::reading_time(crate::settings::reading_minutes(words), lang));
    let lead_image = lead_image(&item, resolve);
    let source = item.external_url.as_deref().or(item.url.as_deref()).and_then(|u| resolve(u, UrlUse::Link));
    let attachments = item
        .attachments
        .iter()
        .filter_map(|a| {
            let href = resolve(&a.url, UrlUse::Link)?;
            let name = a.title.clone().unwrap_or_else(|| file_name(&a.url));
            let kind_and_size = [format::file_kind(a.mime_type.as_deref(), &a.url), a.size_in_bytes.map(|b| format::file_size(b, lang))];
            let meta = kind_and_size.into_iter().flatten().collect::<Vec<_>>().join(", ");
            Some(Attachment { href, name, meta: if meta.is_empty() { meta } else { format!("({meta})") } })
        })
        .collect();
    let (newer, older) = feed.neighbours(&item);
    let related = feed.related(&item, config.related);
    let mut most_viewed = feed.most_viewed(config.most_viewed + 1);
    most_viewed.retain(|other| other.id != item.id);
    most_viewed.truncate(config.most_viewed);
    Some(Article { title, back, reading, lead_image, source, attachments, newer, older, related, most_viewed, item })
}

/// The picture shown above the body: the item's `image`, absolute, unless the body shows it.
fn lead_image(item: &Item, resolve: Resolve) -> Option<String> {
    item.image
        .as_deref()
        .filter(|src| !item.content_html.as_deref().is_some_and(|h| h.contains(*src)))
        .and_then(|src| resolve(src, UrlUse::Image))
}

/// The last path segment of a URL, for an attachment without a title.
fn file_name(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/').find(|s| !s.is_empty()).unwrap_or(path).to_string()
}

/// Items looked at for the rehearsal's article (`rehearsal_slug`): the first screen of a list.
const REHEARSAL_CANDIDATES: usize = 10;

/// The article the list pages rehearse opening (pages::article::rehearse): the first of the
/// feed's first items that has a title and a picture, as most articles do, so that the
/// rehearsal runs and lays out what a first click will (the title, pictures and captions);
/// else the first item. None for an empty feed.
pub fn rehearsal_slug(feed: &Feed) -> Option<&str> {
    let pictured = |item: &&Arc<Item>| item.title.is_some() && (item.image.is_some() || item.content_html.as_deref().is_some_and(|h| h.contains("<img")));
    let first = feed.items.first()?;
    let chosen = feed.items.iter().take(REHEARSAL_CANDIDATES).find(pictured).unwrap_or(first);
    Some(&chosen.slug)
}

/// Share targets as plain links: (label, URL). No third-party script: ordinary addresses.
pub fn share_links(url: &str, title: &str, email_label: &'static str) -> [(&'static str, String); 3] {
    let u = encode_component(url);
    // Zalo's share endpoint (the one its share button opens) takes the page URL as `d`,
    // base64 of {"url": …}.
    let zalo_data = base64(format!("{{\"url\":{}}}", crate::json::quote(url)).as_bytes());
    [
        ("Facebook", format!("https://www.facebook.com/sharer/sharer.php?u={u}")),
        ("Zalo", format!("https://button-share.zalo.me/share_external?d={}", encode_component(&zalo_data))),
        (email_label, format!("mailto:?subject={}&body={}", encode_component(title), encode_component(&format!("{title}\n{url}")))),
    ]
}

/// Standard base64 with padding (what the browser's `btoa` gives for the same bytes).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let [a, b, c] = [0, 1, 2].map(|i| chunk.get(i).copied().unwrap_or(0) as u32);
        let n = (a << 16) | (b << 8) | c;
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            let sextet = ALPHABET.get(((n >> shift) & 63) as usize).copied().unwrap_or(b'=');
            out.push(if i <= chunk.len() { sextet as char } else { '=' });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::parse_feed;

    /// Absolute against a fixed feed address; `javascript:` and the like are dropped.
    fn resolve(url: &str, usage: UrlUse) -> Option<String> {
        let checked = crate::sanitize::policy::check_url(url, usage)?;
        Some(if checked.contains("://") { checked } else { format!("https://portal.example/{}", checked.trim_start_matches('/')) })
    }

    fn sample() -> Feed {
        parse_feed(
            r#"{"version": "https://jsonfeed.org/version/1.1", "items": [
            {"id": "1", "title": "Hội nghị", "date_published": "2024-01-03T08:00:00+07:00", "image": "anh/a.png",
             "content_html": "<p>Một hai ba bốn năm</p>", "external_url": "https://goc.example/bai",
             "attachments": [{"url": "tep/ke-hoach.pdf", "mime_type": "application/pdf", "size_in_bytes": 1258291},
                             {"url": "javascript:alert(1)", "title": "Bad"}, {"url": "tep/x.docx?v=2", "title": "Biểu mẫu"}],
             "_bantin": {"views": 30, "category": "Văn hóa"}},
            {"id": "2", "title": "Lễ hội", "date_published": "2024-01-02T08:00:00+07:00", "image": "anh/b.png",
             "content_html": "<p><img src=\"anh/b.png\"> Ảnh</p>", "_bantin": {"views": 90, "category": "Văn hóa"}},
            {"id": "3", "date_published": "2024-01-01T08:00:00+07:00", "_bantin": {"views": 50}},
            {"id": "4", "title": "Tin cũ", "date_published": "2023-12-31T08:00:00+07:00", "_bantin": {"views": 10, "category": "Văn hóa"}}
        ]}"#,
        )
        .unwrap()
    }

    /// (title, back, reading, lead image, source, newer, older, related, most viewed)
    type Shown = (String, String, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, Vec<String>, Vec<String>);

    /// The same, as written in the table.
    type Expected<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>, Option<&'a str>, Option<&'a str>, &'a [&'a str], &'a [&'a str]);

    fn check(slug: &str, lang: Lang, expected: Option<Expected>) {
        let config = Config { related: 2, most_viewed: 2, ..Config::default() };
        let id = |i: &Arc<Item>| i.id.clone();
        let got: Option<Shown> = article(&sample(), &config, slug, lang, &resolve).map(|a| {
            (a.title, a.back, a.reading, a.lead_image, a.source, a.newer.as_ref().map(id), a.older.as_ref().map(id), a.related.iter().map(id).collect(), a.most_viewed.iter().map(id).collect())
        });
        let owned = |s: Option<&str>| s.map(str::to_string);
        let expected: Option<Shown> = expected.map(|(t, b, r, i, s, n, o, rel, mv)| {
            let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
            (t.into(), b.into(), owned(r), owned(i), owned(s), owned(n), owned(o), ids(rel), ids(mv))
        });
        assert_eq!(got, expected, "{slug}");
    }

    #[test]
    fn what_an_article_page_shows() {
        let (vi, en) = (Lang::Vi, Lang::En);
        let lead = Some("https://portal.example/anh/a.png");
        check("hoi-nghi-1", vi, Some(("Hội nghị", "/chuyen-muc/van-hoa", Some("Đọc khoảng 1 phút"), lead, Some("https://goc.example/bai"), None, Some("2"), &["2", "4"], &["2", "3"])));
        // The body shows the picture already: no lead picture; no source address.
        check("le-hoi-2", vi, Some(("Lễ hội", "/chuyen-muc/van-hoa", Some("Đọc khoảng 1 phút"), None, None, Some("1"), Some("4"), &["1", "4"], &["3", "1"])));
        // Untitled, uncategorised, no body: home is "back", no neighbours, no reading time.
        check("bai-viet-3", en, Some(("(Untitled article)", "/", None, None, None, None, None, &[], &["2", "1"])));
        // An old link: a different title before the same id token.
        check("ten-cu-4", vi, Some(("Tin cũ", "/chuyen-muc/van-hoa", None, None, None, Some("2"), None, &["1", "2"], &["2", "3"])));
        check("khong-co-bai-nay", vi, None);
    }

    #[test]
    fn attachments_keep_safe_links_with_a_name_kind_and_size() {
        let a = article(&sample(), &Config::default(), "hoi-nghi-1", Lang::Vi, &resolve).unwrap();
        let expected = [
            Attachment { href: "https://portal.example/tep/ke-hoach.pdf".into(), name: "ke-hoach.pdf".into(), meta: "(PDF, 1,3 MB)".into() },
            Attachment { href: "https://portal.example/tep/x.docx?v=2".into(), name: "Biểu mẫu".into(), meta: "(DOCX)".into() },
        ];
        assert_eq!(a.attachments, expected);
    }

    #[test]
    fn the_rehearsal_opens_an_article_with_a_title_and_a_picture() {
        fn check(items: &str, expected: Option<&str>) {
            let feed = parse_feed(&format!(r#"{{"version": "https://jsonfeed.org/version/1.1", "items": [{items}]}}"#)).unwrap();
            assert_eq!(rehearsal_slug(&feed).map(|s| s.rsplit('-').next().unwrap_or(s)), expected, "{items}");
        }
        let untitled = r#"{"id": "1", "content_html": "<p><img src=a.png></p>"}"#;
        let plain = r#"{"id": "2", "title": "Thông báo", "content_html": "<p>Chữ</p>"}"#;
        let lead = r#"{"id": "3", "title": "Lễ hội", "image": "a.png"}"#;
        let in_body = r#"{"id": "4", "title": "Cầu mới", "content_html": "<figure><img src=b.png></figure>"}"#;
        check("", None);
        check(&format!("{untitled}, {plain}, {lead}"), Some("3"));
        check(&format!("{plain}, {in_body}, {lead}"), Some("4"));
        check(&format!("{untitled}, {plain}"), Some("1")); // none with both: the first
        let plain_ones = (10..10 + REHEARSAL_CANDIDATES).map(|id| format!(r#"{{"id": "{id}", "title": "Tin {id}"}}"#));
        let far = plain_ones.chain([lead.to_string()]).collect::<Vec<_>>().join(", ");
        check(&far, Some("10")); // beyond the first screen: not looked at
    }

    #[test]
    fn share_links_are_plain_addresses() {
        let [facebook, zalo, email] = share_links("https://portal.example/bai-viet/a-1", "Tin & ảnh", "Gửi e-mail");
        assert_eq!(facebook, ("Facebook", "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fportal.example%2Fbai-viet%2Fa-1".to_string()));
        // base64 of {"url":"https://portal.example/bai-viet/a-1"}, as btoa gives it.
        assert_eq!(zalo.1, "https://button-share.zalo.me/share_external?d=eyJ1cmwiOiJodHRwczovL3BvcnRhbC5leGFtcGxlL2JhaS12aWV0L2EtMSJ9");
        assert_eq!(email, ("Gửi e-mail", "mailto:?subject=Tin%20%26%20%E1%BA%A3nh&body=Tin%20%26%20%E1%BA%A3nh%0Ahttps%3A%2F%2Fportal.example%2Fbai-viet%2Fa-1".to_string()));
    }

    #[test]
    fn base64_pads_like_btoa() {
        for (input, expected) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("{\"url\":\"x\"}", "eyJ1cmwiOiJ4In0=")] {
            assert_eq!(base64(input.as_bytes()), expected, "{input:?}");
        }
    }
}
