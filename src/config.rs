//! `config.json`: what a portal owner changes without rebuilding. Every key has a default,
//! unknown keys are ignored, and a wrong value is reported and replaced by its default.

use crate::i18n::Lang;
use crate::json::{self, Value};

/// The longest `timeout_seconds` a config may set.
pub const MAX_TIMEOUT_SECONDS: u32 = 300;

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Feed URL, resolved against the app's own URL.
    pub feed: String,
    pub site_name: String,
    pub language: Lang,
    /// Articles per list page.
    pub page_size: usize,
    /// Entries in the "most viewed" block; 0 hides it.
    pub most_viewed: usize,
    /// Entries in "other news in this category" on article pages; 0 hides it.
    pub related: usize,
    /// Give up on a request after this long.
    pub timeout_seconds: u32,
    /// Hosts whose video players (`<iframe>`) may appear in articles, e.g.
    /// `www.youtube-nocookie.com`. Empty: no iframes at all.
    pub video_hosts: Vec<String>,
    /// Sites allowed to show the embed widget, as origins (`https://xa.example.vn`). Empty:
    /// any site. The reference nginx config enforces the same list with `frame-ancestors`.
    pub embed_origins: Vec<String>,
    /// Whether a return visit shows what the address showed last time while the news is
    /// fetched (`kept_screen`); off, nothing is kept in the browser and what was is forgotten.
    pub keep_screens: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            feed: "feed.json".into(),
            site_name: "Bản tin".into(),
            language: Lang::Vi,
            page_size: 10,
            most_viewed: 5,
            related: 5,
            timeout_seconds: 15,
            video_hosts: Vec::new(),
            embed_origins: Vec::new(),
            keep_screens: true,
        }
    }
}

/// The config and what was wrong with it. Never fails: a broken file means defaults.
pub fn parse_config(text: &str) -> (Config, Vec<String>) {
    let mut config = Config::default();
    let mut problems = Vec::new();
    let root = match json::parse(text.strip_prefix('\u{feff}').unwrap_or(text)) {
        Ok(v) => v,
        Err(e) => {
            problems.push(format!("config.json is not valid JSON: {}", e.message()));
            return (config, problems);
        }
    };
    let Value::Object(map) = root else {
        problems.push("config.json must be a JSON object".into());
        return (config, problems);
    };
    let mut wrong = |key: &str, expected: &str, got: &Value| {
        problems.push(format!("\"{key}\" must be {expected}, not {}; using the default", crate::feed::describe_value(got)));
    };
    for (key, value) in &map.0 {
        match key.as_str() {
            "feed" => match value.as_str().map(str::trim) {
                Some(url) if crate::sanitize::policy::check_url(url, crate::sanitize::policy::UrlUse::Link).is_some() && !url.starts_with("mailto:") && !url.starts_with("tel:") => config.feed = url.to_string(),
                _ => wrong(key, "an http(s) or relative URL", value),
            },
            "site_name" => match value.as_str().map(crate::text::collapse_whitespace) {
                Some(name) if !name.is_empty() => config.site_name = name,
                _ => wrong(key, "a non-empty string", value),
            },
            "language" => match value.as_str().and_then(Lang::parse) {
                Some(lang) => config.language = lang,
                None => wrong(key, "\"vi\" or \"en\"", value),
            },
            "page_size" => match bounded(value, 1, 100) {
                Some(n) => config.page_size = n,
                None => wrong(key, "a whole number from 1 to 100", value),
            },
            "most_viewed" => match bounded(value, 0, 20) {
                Some(n) => config.most_viewed = n,
                None => wrong(key, "a whole number from 0 to 20", value),
            },
            "related" => match bounded(value, 0, 20) {
                Some(n) => config.related = n,
                None => wrong(key, "a whole number from 0 to 20", value),
            },
            "timeout_seconds" => match bounded(value, 1, u64::from(MAX_TIMEOUT_SECONDS)) {
                Some(n) => config.timeout_seconds = n as u32,
                None => wrong(key, "a whole number of seconds from 1 to 300", value),
            },
            "video_hosts" => match value {
                Value::Array(hosts) if hosts.iter().all(|h| h.as_str().is_some_and(is_host_name)) => {
                    config.video_hosts = hosts.iter().filter_map(Value::as_str).map(str::to_ascii_lowercase).collect();
                }
                _ => wrong(key, "a list of host names such as \"www.youtube-nocookie.com\"", value),
            },
            "embed_origins" => match value {
                Value::Array(origins) if origins.iter().all(|o| o.as_str().is_some_and(is_origin)) => {
                    config.embed_origins = origins.iter().filter_map(Value::as_str).map(|o| o.trim_end_matches('/').to_ascii_lowercase()).collect();
                }
                _ => wrong(key, "a list of origins such as \"https://xa.example.vn\"", value),
            },
            "keep_screens" => match value {
                Value::Bool(on) => config.keep_screens = *on,
                _ => wrong(key, "true or false", value),
            },
            _ => {} // unknown keys are for other tools or later versions
        }
    }
    (config, problems)
}

/// `https://host` or `http://host:port`, nothing after: what `frame-ancestors` and
/// `location.ancestorOrigins` compare.
fn is_origin(text: &str) -> bool {
    let text = text.trim_end_matches('/');
    let Some(rest) = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://")) else { return false };
    let (host, port) = rest.split_once(':').unwrap_or((rest, "0"));
    is_host_name(host) && !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit())
}

/// A plain DNS host name: letters, digits, hyphens and dots, nothing that could smuggle a
/// path, a port or credentials.
fn is_host_name(s: &str) -> bool {
    !s.is_empty() && s.len() <= 253 && s.contains('.') && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

fn bounded(value: &Value, min: u64, max: u64) -> Option<usize> {
    value.as_u64().filter(|n| (min..=max).contains(n)).map(|n| n as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Config, problems: usize) {
        let (config, found) = parse_config(text);
        assert_eq!(config, expected, "{text}");
        assert_eq!(found.len(), problems, "{text}: {found:?}");
    }

    #[test]
    fn configs() {
        let d = Config::default;
        check("{}", d(), 0);
        check("{\"unknown\": 1, \"theme\": \"dark\"}", d(), 0);
        check(
            r#"{"feed": "https://ubnd.example.vn/feed.json", "site_name": " Cổng  TTĐT ", "language": "en", "page_size": 20, "most_viewed": 0, "related": 3, "timeout_seconds": 30}"#,
            Config { feed: "https://ubnd.example.vn/feed.json".into(), site_name: "Cổng TTĐT".into(), language: Lang::En, page_size: 20, most_viewed: 0, related: 3, timeout_seconds: 30, video_hosts: Vec::new(), embed_origins: Vec::new(), keep_screens: true },
            0,
        );
        check(r#"{"feed": "/api/tin.json"}"#, Config { feed: "/api/tin.json".into(), ..d() }, 0);
        check(r#"{"feed": "javascript:alert(1)"}"#, d(), 1);
        check(r#"{"feed": 42, "language": "fr", "page_size": 0, "most_viewed": -1, "site_name": ""}"#, d(), 5);
        check(r#"{"page_size": "10", "timeout_seconds": 1e9}"#, d(), 2);
        check(r#"{"video_hosts": ["WWW.YouTube-nocookie.com", "player.vimeo.com"]}"#, Config { video_hosts: vec!["www.youtube-nocookie.com".into(), "player.vimeo.com".into()], ..d() }, 0);
        check(r#"{"video_hosts": ["evil.example/path"]}"#, d(), 1);
        check(r#"{"video_hosts": "www.youtube.com"}"#, d(), 1);
        check(r#"{"embed_origins": ["https://Xa.example.vn/", "http://127.0.0.1:8081"]}"#, Config { embed_origins: vec!["https://xa.example.vn".into(), "http://127.0.0.1:8081".into()], ..d() }, 0);
        check(r#"{"embed_origins": ["xa.example.vn"]}"#, d(), 1);
        check(r#"{"embed_origins": ["https://xa.example.vn/tin"]}"#, d(), 1);
        check(r#"{"keep_screens": false}"#, Config { keep_screens: false, ..d() }, 0);
        check(r#"{"keep_screens": "no"}"#, d(), 1);
        check(r#"{"keep_screens": 0}"#, d(), 1);
        check("not json", d(), 1);
        check("[1, 2]", d(), 1);
        check("", d(), 1);
        check("\u{feff}{\"page_size\": 5}", Config { page_size: 5, ..d() }, 0);
    }
}
