//! The embed widget's options. `embed.js` copies the host page's `data-*` attributes into the
//! query string of the embed route as they are; they are checked here, once: a value that is
//! not understood falls back to its default, with a warning for the portal owner.

use crate::i18n::Lang;
use crate::settings::Theme;

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
