//! The sanitiser's allowlist: which elements, attributes and URLs may reach the page.
//! Pure data and checks; `sanitize::dom` applies them to a parsed DOM tree.
//!
//! Anything not listed here is removed. Elements in [`DROP_WITH_CONTENT`] vanish with
//! everything inside them; other unknown elements are unwrapped (their text stays).

/// What to do with an element found in a feed body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementRule {
    /// Keep it, with at most these attributes.
    Keep { tag: &'static str, attrs: &'static [&'static str] },
    /// Remove the element, keep its children.
    Unwrap,
    /// Remove the element and everything inside it.
    Drop,
}

/// Elements whose content is code, a document of its own, or interactive: never shown.
pub const DROP_WITH_CONTENT: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "form", "input", "button", "select", "option", "textarea", "head",
    "title", "meta", "link", "base", "audio", "video", "source", "track", "canvas", "dialog",
    "portal", "xmp", "plaintext", "noembed", "noframes",
];

const NONE: &[&str] = &[];
const CELL: &[&str] = &["colspan", "rowspan"];

pub fn element_rule(tag: &str) -> ElementRule {
    let tag = tag.to_ascii_lowercase();
    if DROP_WITH_CONTENT.contains(&tag.as_str()) {
        return ElementRule::Drop;
    }
    let keep = |tag: &'static str, attrs: &'static [&'static str]| ElementRule::Keep { tag, attrs };
    match tag.as_str() {
        "p" => keep("p", NONE),
        "br" => keep("br", NONE),
        "hr" => keep("hr", NONE),
        // The page title is the only h1; body headings start one level down.
        "h1" | "h2" => keep("h2", NONE),
        "h3" => keep("h3", NONE),
        "h4" => keep("h4", NONE),
        "h5" => keep("h5", NONE),
        "h6" => keep("h6", NONE),
        "strong" | "b" => keep("strong", NONE),
        "em" | "i" => keep("em", NONE),
        "u" => keep("u", NONE),
        "s" | "del" | "strike" => keep("s", NONE),
        "sub" => keep("sub", NONE),
        "sup" => keep("sup", NONE),
        "small" => keep("small", NONE),
        "mark" => keep("mark", NONE),
        "blockquote" => keep("blockquote", NONE),
        "q" => keep("q", NONE),
        "cite" => keep("cite", NONE),
        "abbr" => keep("abbr", &["title"]),
        "time" => keep("time", &["datetime"]),
        "pre" => keep("pre", NONE),
        "code" => keep("code", NONE),
        "ul" => keep("ul", NONE),
        "ol" => keep("ol", &["start"]),
        "li" => keep("li", NONE),
        "dl" => keep("dl", NONE),
        "dt" => keep("dt", NONE),
        "dd" => keep("dd", NONE),
        "a" => keep("a", &["href", "title"]),
        "img" => keep("img", &["src", "alt", "title", "width", "height"]),
        "figure" => keep("figure", NONE),
        "figcaption" => keep("figcaption", NONE),
        "table" => keep("table", NONE),
        "caption" => keep("caption", NONE),
        "thead" => keep("thead", NONE),
        "tbody" => keep("tbody", NONE),
        "tfoot" => keep("tfoot", NONE),
        "tr" => keep("tr", NONE),
        "th" => keep("th", &["colspan", "rowspan", "scope"]),
        "td" => keep("td", CELL),
        _ => ElementRule::Unwrap,
    }
}

/// Where a URL will be used: links may also be `mailto:`/`tel:`, images may be inline data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlUse {
    Link,
    Image,
}

/// The URL to use, or `None` when its scheme is not allowed. Checks what a browser would
/// see: tabs and newlines anywhere and control characters or spaces at the ends are
/// ignored by URL parsers, so `java\tscript:` is still `javascript:`.
pub fn check_url(raw: &str, usage: UrlUse) -> Option<String> {
    let cleaned: String = raw.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let cleaned = cleaned.trim_matches(|c: char| c <= ' ');
    if cleaned.is_empty() {
        return None;
    }
    let Some(scheme) = scheme_of(cleaned) else {
        return Some(cleaned.to_string()); // relative: resolved against the feed later
    };
    let allowed = match (scheme.as_str(), usage) {
        ("http" | "https", _) => true,
        ("mailto" | "tel", UrlUse::Link) => true,
        ("data", UrlUse::Image) => {
            let mime = cleaned.get(5..).unwrap_or("").split([';', ',']).next().unwrap_or("").trim().to_ascii_lowercase();
            matches!(mime.as_str(), "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "image/avif")
        }
        _ => false,
    };
    allowed.then(|| cleaned.to_string())
}

/// The lower-cased scheme, if the URL has one (RFC 3986: ALPHA *( ALPHA / DIGIT / + - . ) ":").
fn scheme_of(url: &str) -> Option<String> {
    let (candidate, _) = url.split_once(':')?;
    let mut chars = candidate.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then(|| candidate.to_ascii_lowercase())
}

/// An `<iframe src>` is kept only for an https URL on one of the configured video hosts
/// (exact host names, e.g. `www.youtube-nocookie.com`); nothing passes when none are set.
pub fn check_iframe_src(src: &str, video_hosts: &[String]) -> Option<String> {
    let url = check_url(src, UrlUse::Link)?;
    let rest = url.get(..8).filter(|s| s.eq_ignore_ascii_case("https://")).and(url.get(8..))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') || authority.contains('\\') {
        return None; // credentials or backslashes: a host that is not what it seems
    }
    let host = authority.split(':').next().unwrap_or("").to_ascii_lowercase();
    video_hosts.iter().any(|allowed| allowed.eq_ignore_ascii_case(&host)).then_some(url)
}

/// What every kept iframe is confined to: it may run its own player, nothing more
/// (no top navigation, no forms, no downloads).
pub const IFRAME_SANDBOX: &str = "allow-scripts allow-same-origin allow-presentation allow-popups";

/// True for URLs that leave the portal: they open in a new tab with `noopener`.
pub fn is_external(resolved: &str, own_origin: &str) -> bool {
    let lower = resolved.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")) && !lower.starts_with(&format!("{}/", own_origin.to_ascii_lowercase())) && lower != own_origin.to_ascii_lowercase()
}

/// `width`/`height` must be plain small numbers.
pub fn check_dimension(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty() && v.len() <= 5 && v.bytes().all(|b| b.is_ascii_digit())).then(|| v.to_string())
}

/// Table spans must be small positive numbers.
pub fn check_span(value: &str) -> Option<String> {
    check_dimension(value).filter(|v| v.parse::<u32>().is_ok_and(|n| (1..=100).contains(&n)))
}

/// Filters one attribute of a kept element: `None` removes it.
pub fn check_attribute(tag: &str, attr: &str, value: &str) -> Option<String> {
    let ElementRule::Keep { attrs, .. } = element_rule(tag) else {
        return None;
    };
    let attr = attr.to_ascii_lowercase();
    if !attrs.contains(&attr.as_str()) {
        return None;
    }
    match attr.as_str() {
        "href" => check_url(value, UrlUse::Link),
        "src" => check_url(value, UrlUse::Image),
        "width" | "height" | "start" => check_dimension(value),
        "colspan" | "rowspan" => check_span(value),
        "scope" => matches!(value, "row" | "col" | "rowgroup" | "colgroup").then(|| value.to_string()),
        _ => Some(value.chars().take(500).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, usage: UrlUse, expected: Option<&str>) {
        assert_eq!(check_url(raw, usage).as_deref(), expected, "check_url({raw:?}, {usage:?})");
    }

    #[test]
    fn urls() {
        use UrlUse::*;
        for (raw, usage, expected) in [
            ("https://ubnd.example.vn/tin", Link, Some("https://ubnd.example.vn/tin")),
            ("HTTP://A.VN", Link, Some("HTTP://A.VN")),
            ("  /anh/1.jpg ", Image, Some("/anh/1.jpg")),
            ("anh/1.jpg", Image, Some("anh/1.jpg")),
            ("//cdn.example/x.png", Image, Some("//cdn.example/x.png")),
            ("?trang=2", Link, Some("?trang=2")),
            ("#muc-1", Link, Some("#muc-1")),
            ("mailto:ubnd@example.vn", Link, Some("mailto:ubnd@example.vn")),
            ("tel:+842403123456", Link, Some("tel:+842403123456")),
            ("mailto:x@y", Image, None),
            ("javascript:alert(1)", Link, None),
            ("JaVaScRiPt:alert(1)", Link, None),
            ("java\tscript:alert(1)", Link, None),
            ("java\nscript:alert(1)", Link, None),
            ("\u{1}javascript:alert(1)", Link, None),
            (" javascript:alert(1)", Link, None),
            ("vbscript:msgbox", Link, None),
            ("data:text/html,<script>alert(1)</script>", Link, None),
            ("data:text/html;base64,PHNjcmlwdD4=", Image, None),
            ("data:image/svg+xml,<svg onload=alert(1)>", Image, None),
            ("data:image/png;base64,iVBORw0KGgo=", Image, Some("data:image/png;base64,iVBORw0KGgo=")),
            ("data:image/png;base64,iVBORw0KGgo=", Link, None),
            ("file:///etc/passwd", Link, None),
            ("blob:https://x/1", Image, None),
            ("", Link, None),
            ("   ", Image, None),
            ("/duong-dan/a:b", Link, Some("/duong-dan/a:b")),
            ("1javascript:alert(1)", Link, Some("1javascript:alert(1)")),
        ] {
            check(raw, usage, expected);
        }
    }

    #[test]
    fn elements() {
        for (tag, expected) in [
            ("P", "keep p"),
            ("h1", "keep h2"),
            ("b", "keep strong"),
            ("figcaption", "keep figcaption"),
            ("script", "drop"),
            ("SCRIPT", "drop"),
            ("svg", "drop"),
            ("math", "drop"),
            ("iframe", "drop"),
            ("base", "drop"),
            ("meta", "drop"),
            ("form", "drop"),
            ("font", "unwrap"),
            ("o:p", "unwrap"),
            ("section", "unwrap"),
        ] {
            let got = match element_rule(tag) {
                ElementRule::Keep { tag, .. } => format!("keep {tag}"),
                ElementRule::Unwrap => "unwrap".into(),
                ElementRule::Drop => "drop".into(),
            };
            assert_eq!(got, expected, "{tag}");
        }
    }

    #[test]
    fn attributes() {
        for (tag, attr, value, expected) in [
            ("a", "href", "https://a.vn", Some("https://a.vn")),
            ("a", "href", "javascript:x", None),
            ("a", "onclick", "x()", None),
            ("a", "style", "color:red", None),
            ("img", "src", "data:image/gif;base64,R0lG", Some("data:image/gif;base64,R0lG")),
            ("img", "onerror", "alert(1)", None),
            ("img", "srcset", "x 1x", None),
            ("img", "width", "640", Some("640")),
            ("img", "width", "100%;x", None),
            ("td", "colspan", "2", Some("2")),
            ("td", "colspan", "0", None),
            ("th", "scope", "col", Some("col")),
            ("th", "scope", "x", None),
            ("p", "class", "x", None),
            ("script", "src", "a.js", None),
            ("abbr", "title", "Ủy ban nhân dân", Some("Ủy ban nhân dân")),
        ] {
            assert_eq!(check_attribute(tag, attr, value).as_deref(), expected, "{tag} {attr}={value:?}");
        }
    }

    #[test]
    fn iframes_only_from_configured_video_hosts() {
        let hosts = vec!["www.youtube-nocookie.com".to_string(), "player.vimeo.com".to_string()];
        for (src, expected) in [
            ("https://www.youtube-nocookie.com/embed/abc", true),
            ("HTTPS://WWW.YOUTUBE-NOCOOKIE.COM/embed/abc", true),
            ("https://player.vimeo.com:443/video/1?x=1", true),
            ("http://www.youtube-nocookie.com/embed/abc", false),
            ("https://www.youtube-nocookie.com.evil.example/embed", false),
            ("https://evil.example/?https://www.youtube-nocookie.com", false),
            ("https://www.youtube-nocookie.com@evil.example/", false),
            ("//www.youtube-nocookie.com/embed/abc", false),
            ("javascript:alert(1)", false),
            ("/embed/abc", false),
        ] {
            assert_eq!(check_iframe_src(src, &hosts).is_some(), expected, "{src}");
        }
        assert_eq!(check_iframe_src("https://www.youtube-nocookie.com/embed/abc", &[]), None, "none allowed by default");
    }

    #[test]
    fn external_links() {
        for (url, expected) in [
            ("https://other.vn/x", true),
            ("https://portal.vn/tin", false),
            ("https://portal.vn", false),
            ("https://portal.vn.evil.com/", true),
            ("mailto:a@b", false),
        ] {
            assert_eq!(is_external(url, "https://portal.vn"), expected, "{url}");
        }
    }
}
