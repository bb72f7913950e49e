//! What a reader chooses and the browser remembers: theme, text size, language, and the
//! articles already read. Pure: `storage` moves the strings in and out of localStorage.
//!
//! Stored values are untrusted (another version of the app, an extension, a hand edit):
//! anything unreadable falls back to the default, field by field.

use crate::i18n::Lang;
use crate::json::{self, Value};

/// localStorage keys; the `v1` changes if a format ever changes incompatibly.
pub const SETTINGS_KEY: &str = "bantin.v1.settings";
pub const READ_KEY: &str = "bantin.v1.read";
/// The kept screens (`kept_screen`): one key per address, this prefix and the address's
/// path and query; and the list of those addresses, newest first.
pub const SCREEN_KEY_PREFIX: &str = "bantin.v1.screen:";
pub const SCREENS_KEY: &str = "bantin.v1.screens";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn parse(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// Root font sizes, in percent of the browser's own; the reader steps through them.
pub const TEXT_SIZES: [u16; 5] = [90, 100, 115, 130, 150];
pub const DEFAULT_TEXT_STEP: usize = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub theme: Theme,
    /// Index into [`TEXT_SIZES`].
    pub text_step: usize,
    /// The reader's choice; `None` follows config.json.
    pub lang: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { theme: Theme::System, text_step: DEFAULT_TEXT_STEP, lang: None }
    }
}

impl Settings {
    pub fn parse(stored: &str) -> Settings {
        let Ok(value) = json::parse(stored) else { return Settings::default() };
        let defaults = Settings::default();
        Settings {
            theme: value.get("theme").and_then(Value::as_str).and_then(Theme::parse).unwrap_or(defaults.theme),
            text_step: value
                .get("text")
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok())
                .filter(|&n| n < TEXT_SIZES.len())
                .unwrap_or(defaults.text_step),
            lang: value.get("lang").and_then(Value::as_str).and_then(Lang::parse),
        }
    }

    pub fn to_json(self) -> String {
        let lang = self.lang.map_or_else(|| "null".to_string(), |l| json::quote(l.code()));
        format!("{{\"theme\":{},\"text\":{},\"lang\":{lang}}}", json::quote(self.theme.code()), self.text_step)
    }

    pub fn text_percent(self) -> u16 {
        TEXT_SIZES.get(self.text_step).copied().unwrap_or(100)
    }

    /// One step bigger (`+1`) or smaller (`-1`), staying within the steps.
    pub fn step_text(self, delta: isize) -> Settings {
        let step = self.text_step.saturating_add_signed(delta).min(TEXT_SIZES.len() - 1);
        Settings { text_step: step, ..self }
    }
}

/// How many read articles are remembered; the oldest are forgotten first.
pub const MAX_READ: usize = 500;

/// Read articles as a JSON array of short id tokens (`slug::id_token`), oldest first.
pub fn parse_read(stored: &str) -> Vec<String> {
    let Ok(Value::Array(values)) = json::parse(stored) else { return Vec::new() };
    let mut tokens: Vec<String> = values
        .iter()
        .filter_map(Value::as_str)
        .filter(|t| !t.is_empty() && t.len() <= 64)
        .map(str::to_string)
        .collect();
    let excess = tokens.len().saturating_sub(MAX_READ);
    tokens.drain(..excess);
    tokens
}

/// A JSON array of strings: the read marks, the kept screens' addresses.
pub fn strings_json(tokens: &[String]) -> String {
    let quoted: Vec<String> = tokens.iter().map(|t| json::quote(t)).collect();
    format!("[{}]", quoted.join(","))
}

/// `tokens` with `token` added as the newest, or `None` if it was already there.
pub fn mark_read(tokens: &[String], token: &str) -> Option<Vec<String>> {
    if tokens.iter().any(|t| t == token) {
        return None;
    }
    let mut out = tokens.to_vec();
    out.push(token.to_string());
    let excess = out.len().saturating_sub(MAX_READ);
    out.drain(..excess);
    Some(out)
}

/// How many addresses keep their first screen; the least recently kept are forgotten.
pub const MAX_SCREENS: usize = 5;

/// The addresses with a kept screen (a JSON array of strings, newest first).
pub fn parse_screens(stored: &str) -> Vec<String> {
    let Ok(Value::Array(values)) = json::parse(stored) else { return Vec::new() };
    let mut paths: Vec<String> = Vec::new();
    for path in values.iter().filter_map(Value::as_str).filter(|p| p.starts_with('/')) {
        if !paths.iter().any(|p| p == path) {
            paths.push(path.to_string());
        }
    }
    paths
}

/// The list with `path` as the newest, and the addresses to forget (beyond `MAX_SCREENS`).
pub fn keep_screen(paths: &[String], path: &str) -> (Vec<String>, Vec<String>) {
    let mut kept = vec![path.to_string()];
    kept.extend(paths.iter().filter(|p| *p != path).cloned());
    let forgotten = kept.split_off(kept.len().min(MAX_SCREENS));
    (kept, forgotten)
}

/// Reading time in whole minutes (at least 1) for a text of `words` words.
///
/// Written Vietnamese separates syllables (tiếng), not words, with spaces, so `words` counts
/// syllables. Adults read Vietnamese at roughly 200–250 syllables a minute on paper; 200 is
/// used, the slower end, for reading on a phone screen.
pub const WORDS_PER_MINUTE: usize = 200;

pub fn reading_minutes(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_settings(stored: &str, expected: Settings) {
        assert_eq!(Settings::parse(stored), expected, "Settings::parse({stored:?})");
    }

    #[test]
    fn stored_settings() {
        let default = Settings::default();
        check_settings("", default);
        check_settings("not json", default);
        check_settings("[1,2]", default);
        check_settings(r#"{"theme":"dark","text":3,"lang":"en"}"#, Settings { theme: Theme::Dark, text_step: 3, lang: Some(Lang::En) });
        check_settings(r#"{"theme":"purple","text":99,"lang":"fr"}"#, default);
        check_settings(r#"{"theme":7,"text":"big","lang":null}"#, default);
        check_settings(r#"{"text":-1}"#, default);
        check_settings(r#"{"theme":"light"}"#, Settings { theme: Theme::Light, ..default });
    }

    #[test]
    fn settings_round_trip() {
        for settings in [Settings::default(), Settings { theme: Theme::Dark, text_step: 4, lang: Some(Lang::Vi) }] {
            assert_eq!(Settings::parse(&settings.to_json()), settings);
        }
    }

    #[test]
    fn text_steps_stay_in_range() {
        let mut s = Settings::default();
        for _ in 0..10 {
            s = s.step_text(1);
        }
        assert_eq!(s.text_percent(), 150);
        for _ in 0..10 {
            s = s.step_text(-1);
        }
        assert_eq!(s.text_percent(), 90);
    }

    #[test]
    fn read_marks() {
        assert_eq!(parse_read("garbage"), Vec::<String>::new());
        assert_eq!(parse_read(r#"["a", 7, "", "b"]"#), ["a", "b"]);
        let marked = mark_read(&["a".into()], "b").unwrap_or_default();
        assert_eq!(marked, ["a", "b"]);
        assert_eq!(mark_read(&marked, "a"), None);
        assert_eq!(parse_read(&strings_json(&marked)), marked);
        let many: Vec<String> = (0..MAX_READ).map(|n| n.to_string()).collect();
        let more = mark_read(&many, "new").unwrap_or_default();
        assert_eq!((more.len(), more.first().map(String::as_str), more.last().map(String::as_str)), (MAX_READ, Some("1"), Some("new")));
    }

    #[test]
    fn kept_screens() {
        fn check(stored: &str, path: &str, kept: &[&str], forgotten: &[&str]) {
            let strings = |list: &[&str]| list.iter().map(|p| p.to_string()).collect::<Vec<_>>();
            assert_eq!(keep_screen(&parse_screens(stored), path), (strings(kept), strings(forgotten)), "{stored} + {path}");
        }
        check("", "/", &["/"], &[]);
        check("not json", "/a", &["/a"], &[]);
        // Not an address (no leading slash), not a string, twice: dropped.
        check(r#"["/a", "x", 7, "/a", "/b"]"#, "/c", &["/c", "/a", "/b"], &[]);
        check(r#"["/a", "/b"]"#, "/b", &["/b", "/a"], &[]);
        check(r#"["/1", "/2", "/3", "/4", "/5"]"#, "/6", &["/6", "/1", "/2", "/3", "/4"], &["/5"]);
        check(r#"["/1", "/2", "/3", "/4", "/5"]"#, "/3", &["/3", "/1", "/2", "/4", "/5"], &[]);
        check(r#"["/1", "/2", "/3", "/4", "/5", "/6", "/7"]"#, "/1", &["/1", "/2", "/3", "/4", "/5"], &["/6", "/7"]);
    }

    #[test]
    fn reading_time() {
        for (words, minutes) in [(0, 1), (1, 1), (200, 1), (201, 2), (1000, 5)] {
            assert_eq!(reading_minutes(words), minutes, "{words} words");
        }
    }
}
