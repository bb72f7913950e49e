//! The app's URLs, built and read in one place. Paths are relative to the router base,
//! so the same build works at `/` and under a sub-path such as `/tin-tuc/`.

/// Query key for list pages: `?trang=2`.
pub const PAGE_KEY: &str = "trang";

pub fn home(page: usize) -> String {
    with_page("/".to_string(), page)
}

pub fn category(slug: &str, page: usize) -> String {
    with_page(format!("/chuyen-muc/{slug}"), page)
}

pub fn article(slug: &str) -> String {
    format!("/bai-viet/{slug}")
}

/// Path of the search page.
pub const SEARCH: &str = "/tim-kiem";
/// Query key for the search words: `/tim-kiem?q=dân+vận`.
pub const QUERY_KEY: &str = "q";

pub fn search(query: &str, page: usize) -> String {
    let path = if query.trim().is_empty() { SEARCH.to_string() } else { format!("{SEARCH}?{QUERY_KEY}={}", encode_component(query.trim())) };
    if page > 1 {
        let sep = if path.contains('?') { '&' } else { '?' };
        format!("{path}{sep}{PAGE_KEY}={page}")
    } else {
        path
    }
}

/// Percent-encodes everything but the URL-unreserved characters (as `encodeURIComponent`).
pub fn encode_component(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX.get(usize::from(b >> 4)).copied().unwrap_or(b'0')));
            out.push(char::from(HEX.get(usize::from(b & 15)).copied().unwrap_or(b'0')));
        }
    }
    out
}

fn with_page(path: String, page: usize) -> String {
    if page > 1 {
        format!("{path}?{PAGE_KEY}={page}")
    } else {
        path
    }
}

/// The page number from the query: absent → 1; anything else that is not a positive
/// number also → 1, since a garbled share link should still show the list.
pub fn parse_page(raw: Option<&str>) -> usize {
    raw.and_then(|s| s.trim().parse::<usize>().ok()).filter(|&n| n >= 1).unwrap_or(1)
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub start: usize,
    pub end: usize,
    pub page: usize,
    pub pages: usize,
}

impl Page {
    /// This page's part of `items` (empty if `items` is shorter than the page assumed).
    pub fn of<'a, T>(&self, items: &'a [T]) -> &'a [T] {
        items.get(self.start..self.end).unwrap_or(&[])
    }
}

/// The slice of `len` items shown on `page`, or `None` past the last page.
/// An empty list has one (empty) page.
pub fn paginate(len: usize, page_size: usize, page: usize) -> Option<Page> {
    let page_size = page_size.max(1);
    let pages = len.div_ceil(page_size).max(1);
    if page == 0 || page > pages {
        return None;
    }
    let start = (page - 1) * page_size;
    Some(Page { start, end: (start + page_size).min(len), page, pages })
}

/// Page numbers to offer around `page`: always the first and last, the current one and
/// its neighbours; `None` stands for a gap (`…`).
pub fn page_window(page: usize, pages: usize) -> Vec<Option<usize>> {
    let mut out = Vec::new();
    for n in 1..=pages {
        let near = n + 1 >= page && n <= page + 1;
        if n == 1 || n == pages || near || (page <= 3 && n <= 4) || (page + 2 >= pages && n + 3 >= pages) {
            out.push(Some(n));
        } else if out.last() != Some(&None) {
            out.push(None);
        }
    }
    out
}

/// The router base from the document's base URL path: `/tin-tuc/` → `/tin-tuc`, `/` → ``.
pub fn router_base(base_path: &str) -> String {
    let trimmed = base_path.trim_end_matches('/');
    if trimmed.is_empty() || !trimmed.starts_with('/') {
        String::new()
    } else {
        trimmed.to_string()
    }
}

/// Whether a navigation link to `href` is the page at `path` (trailing slashes aside): it
/// gets `aria-current="page"`.
pub fn is_current(path: &str, href: &str) -> bool {
    path.trim_end_matches('/') == href.trim_end_matches('/')
}

/// Which page an address shows, for code that runs before the router (the first paint).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Home { page: usize },
    Category { slug: String, page: usize },
    Article { slug: String },
    /// Search, not found: left to the app.
    Other,
}

/// `path` is the address's path, `base` the router base (`""` or e.g. `/tin-tuc`), `page`
/// the `?trang=` number; matches the routes declared in `app.rs`.
pub fn screen(path: &str, base: &str, page: usize) -> Screen {
    let Some(rest) = path.strip_prefix(base) else { return Screen::Other };
    let rest = if rest.len() > 1 { rest.strip_suffix('/').unwrap_or(rest) } else { rest };
    let one_segment = |prefix: &str| rest.strip_prefix(prefix).filter(|s| !s.is_empty() && !s.contains('/')).map(str::to_string);
    if rest.is_empty() || rest == "/" {
        Screen::Home { page }
    } else if let Some(slug) = one_segment("/chuyen-muc/") {
        Screen::Category { slug, page }
    } else if let Some(slug) = one_segment("/bai-viet/") {
        Screen::Article { slug }
    } else {
        Screen::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_links() {
        for (path, href, expected) in [
            ("/", "/", true),
            ("", "/", true),
            ("/tin-tuc/", "/tin-tuc/", true),
            ("/tin-tuc", "/tin-tuc/", true),
            ("/chuyen-muc/van-hoa", "/chuyen-muc/van-hoa", true),
            ("/chuyen-muc/van-hoa/", "/chuyen-muc/van-hoa", true),
            ("/chuyen-muc/van-hoa", "/", false),
            ("/chuyen-muc/van-hoa-the-thao", "/chuyen-muc/van-hoa", false),
        ] {
            assert_eq!(is_current(path, href), expected, "{path:?} vs {href:?}");
        }
    }

    #[test]
    fn screens() {
        let category = |slug: &str, page| Screen::Category { slug: slug.into(), page };
        let article = |slug: &str| Screen::Article { slug: slug.into() };
        for (path, base, page, expected) in [
            ("/", "", 1, Screen::Home { page: 1 }),
            ("/", "", 3, Screen::Home { page: 3 }),
            ("/tin-tuc/", "/tin-tuc", 1, Screen::Home { page: 1 }),
            ("/tin-tuc", "/tin-tuc", 1, Screen::Home { page: 1 }),
            ("/chuyen-muc/dang-doan-the", "", 2, category("dang-doan-the", 2)),
            ("/chuyen-muc/dang-doan-the/", "", 1, category("dang-doan-the", 1)),
            ("/tin-tuc/chuyen-muc/van-hoa", "/tin-tuc", 1, category("van-hoa", 1)),
            ("/bai-viet/hoi-nghi-12", "", 1, article("hoi-nghi-12")),
            ("/tin-tuc/bai-viet/hoi-nghi-12", "/tin-tuc", 1, article("hoi-nghi-12")),
            ("/chuyen-muc/", "", 1, Screen::Other),
            ("/chuyen-muc/a/b", "", 1, Screen::Other),
            ("/bai-viet/", "", 1, Screen::Other),
            ("/tim-kiem", "", 1, Screen::Other),
            ("/khong-co", "", 1, Screen::Other),
            ("/bai-viet/hoi-nghi-12", "/tin-tuc", 1, Screen::Other),
        ] {
            assert_eq!(screen(path, base, page), expected, "{path:?} under {base:?}");
        }
    }

    #[test]
    fn paths() {
        for (got, expected) in [
            (home(1), "/"),
            (home(2), "/?trang=2"),
            (category("dang-doan-the", 1), "/chuyen-muc/dang-doan-the"),
            (category("dang-doan-the", 3), "/chuyen-muc/dang-doan-the?trang=3"),
            (article("hoi-nghi-12"), "/bai-viet/hoi-nghi-12"),
            (search("", 1), "/tim-kiem"),
            (search(" dân vận ", 1), "/tim-kiem?q=d%C3%A2n%20v%E1%BA%ADn"),
            (search("a&b=\"c\"#", 2), "/tim-kiem?q=a%26b%3D%22c%22%23&trang=2"),
            (search("", 3), "/tim-kiem?trang=3"),
        ] {
            assert_eq!(got, expected);
        }
    }

    #[test]
    fn page_numbers() {
        for (raw, expected) in [(None, 1), (Some("2"), 2), (Some(" 7 "), 7), (Some("0"), 1), (Some("-3"), 1), (Some("abc"), 1), (Some("99999999999999999999999"), 1)] {
            assert_eq!(parse_page(raw), expected, "{raw:?}");
        }
    }

    fn check_page(len: usize, size: usize, page: usize, expected: Option<(usize, usize, usize)>) {
        let got = paginate(len, size, page).map(|p| (p.start, p.end, p.pages));
        assert_eq!(got, expected, "paginate({len}, {size}, {page})");
    }

    #[test]
    fn pagination() {
        check_page(45, 10, 1, Some((0, 10, 5)));
        check_page(45, 10, 5, Some((40, 45, 5)));
        check_page(45, 10, 6, None);
        check_page(40, 10, 4, Some((30, 40, 4)));
        check_page(0, 10, 1, Some((0, 0, 1)));
        check_page(0, 10, 2, None);
        check_page(5, 0, 1, Some((0, 1, 5)));
        check_page(5, 10, 0, None);
    }

    fn check_window(page: usize, pages: usize, expected: &str) {
        let got: Vec<String> = page_window(page, pages).iter().map(|p| p.map_or("…".into(), |n| n.to_string())).collect();
        assert_eq!(got.join(" "), expected, "page_window({page}, {pages})");
    }

    #[test]
    fn page_windows() {
        check_window(1, 1, "1");
        check_window(1, 3, "1 2 3");
        check_window(1, 10, "1 2 3 4 … 10");
        check_window(5, 10, "1 … 4 5 6 … 10");
        check_window(10, 10, "1 … 7 8 9 10");
        check_window(3, 10, "1 2 3 4 … 10");
        check_window(4, 10, "1 … 3 4 5 … 10");
    }

    #[test]
    fn bases() {
        for (path, expected) in [("/", ""), ("/tin-tuc/", "/tin-tuc"), ("/a/b", "/a/b"), ("", ""), ("x/", "")] {
            assert_eq!(router_base(path), expected, "{path:?}");
        }
    }
}
