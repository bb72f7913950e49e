//! What a page tells search engines and link previews: description and schema.org
//! `NewsArticle` JSON-LD. Pure; `components::meta` puts it into `<head>`.

use crate::json::quote;

/// The facts of an article, already resolved to absolute URLs and ISO dates.
pub struct ArticleFacts<'a> {
    pub headline: &'a str,
    pub url: &'a str,
    pub description: Option<&'a str>,
    pub date_published: Option<String>,
    pub date_modified: Option<String>,
    pub image: Option<&'a str>,
    pub authors: &'a [String],
    pub publisher: &'a str,
    pub section: Option<&'a str>,
}

/// schema.org `NewsArticle` as JSON-LD; every string escaped (including `<`), so the text
/// can go into a `<script type="application/ld+json">` as it is.
pub fn news_article(f: &ArticleFacts) -> String {
    let mut fields = vec![
        ("@context".to_string(), quote("https://schema.org")),
        ("@type".to_string(), quote("NewsArticle")),
        ("headline".to_string(), quote(f.headline)),
        ("mainEntityOfPage".to_string(), quote(f.url)),
        ("url".to_string(), quote(f.url)),
    ];
    let mut optional = |key: &str, value: Option<String>| {
        if let Some(v) = value {
            fields.push((key.to_string(), v));
        }
    };
    optional("description", f.description.map(quote));
    optional("datePublished", f.date_published.as_deref().map(quote));
    // dateModified falls back to datePublished, as Google's guidelines suggest.
    optional("dateModified", f.date_modified.as_deref().or(f.date_published.as_deref()).map(quote));
    optional("image", f.image.map(|i| format!("[{}]", quote(i))));
    optional("articleSection", f.section.map(quote));
    let authors: Vec<String> = f.authors.iter().map(|a| format!("{{\"@type\":\"Person\",\"name\":{}}}", quote(a))).collect();
    optional("author", (!authors.is_empty()).then(|| format!("[{}]", authors.join(","))));
    optional("publisher", Some(format!("{{\"@type\":\"Organization\",\"name\":{}}}", quote(f.publisher))));
    let body: Vec<String> = fields.into_iter().map(|(k, v)| format!("{}:{v}", quote(&k))).collect();
    format!("{{{}}}", body.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{parse, Value};

    #[test]
    fn news_article_json_ld() {
        let authors = vec!["Ban Tuyên giáo".to_string()];
        let text = news_article(&ArticleFacts {
            headline: "Hội nghị </script><script>alert(1)</script>",
            url: "https://tin.example.vn/bai-viet/hoi-nghi-1",
            description: Some("Tóm tắt"),
            date_published: Some("2026-02-20T10:30:00+07:00".into()),
            date_modified: None,
            image: Some("https://tin.example.vn/anh/1.png"),
            authors: &authors,
            publisher: "UBND huyện",
            section: Some("Đảng - đoàn thể"),
        });
        assert!(!text.contains('<'), "no raw < that could end the script element: {text}");
        let v = parse(&text).expect("valid JSON");
        let s = |path: &[&str]| path.iter().try_fold(&v, |v, k| v.get(k)).and_then(Value::as_str).map(str::to_string);
        assert_eq!(s(&["@type"]).as_deref(), Some("NewsArticle"));
        assert_eq!(s(&["headline"]).as_deref(), Some("Hội nghị </script><script>alert(1)</script>"));
        assert_eq!(s(&["dateModified"]), s(&["datePublished"]));
        assert_eq!(s(&["publisher", "name"]).as_deref(), Some("UBND huyện"));
        assert!(matches!(v.get("author"), Some(Value::Array(a)) if a.len() == 1));
        assert!(matches!(v.get("image"), Some(Value::Array(a)) if a.len() == 1));
    }

    #[test]
    fn optional_facts_are_left_out() {
        let text = news_article(&ArticleFacts {
            headline: "Tin",
            url: "https://x.vn/bai-viet/tin-1",
            description: None,
            date_published: None,
            date_modified: None,
            image: None,
            authors: &[],
            publisher: "Bản tin",
            section: None,
        });
        let v = parse(&text).expect("valid JSON");
        for key in ["description", "datePublished", "dateModified", "image", "author", "articleSection"] {
            assert!(v.get(key).is_none(), "{key} in {text}");
        }
    }
}
