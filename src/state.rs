//! App-wide state: the config and the feed, loaded once at start and again on Retry.

use crate::config::{parse_config, Config};
use crate::feed::{parse_feed, Feed, FeedError};
use crate::i18n::{Lang, Strings};
use crate::net::{fetch_text, FetchError};
use leptos::prelude::*;
use std::sync::Arc;

/// Why the feed is not on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Fetch(FetchError),
    Feed(FeedError),
}

#[derive(Debug, Clone)]
pub enum Load {
    Loading,
    Ready(Arc<Feed>),
    Failed(LoadError),
}

/// Shared through context; cheap to copy (signals are handles).
#[derive(Clone, Copy)]
pub struct AppState {
    pub config: RwSignal<Arc<Config>>,
    /// What was wrong with config.json; shown as a notice, defaults are used instead.
    pub config_problems: RwSignal<Vec<String>>,
    pub load: RwSignal<Load>,
    /// Absolute feed URL, the base for relative URLs inside the feed.
    pub feed_url: RwSignal<String>,
    /// Router base path (`""` or e.g. `/tin-tuc`), fixed at start from `<base href>`.
    pub base: StoredValue<String>,
    generation: RwSignal<u32>,
}

impl AppState {
    pub fn new() -> Self {
        AppState {
            config: RwSignal::new(Arc::new(Config::default())),
            config_problems: RwSignal::new(Vec::new()),
            load: RwSignal::new(Load::Loading),
            feed_url: RwSignal::new(String::new()),
            base: StoredValue::new(
                web_sys::Url::new(&app_base_url()).map(|u| crate::routes::router_base(&u.pathname())).unwrap_or_default(),
            ),
            generation: RwSignal::new(0),
        }
    }

    /// A link target for an app path from `routes`, with the router base in front.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base.get_value())
    }

    /// The UI language now. Untracked: pages render after the feed loads, which is after
    /// the config; the frame around them (header, footer) tracks `config` itself.
    pub fn lang(&self) -> Lang {
        self.config.with_untracked(|c| c.language)
    }

    /// The UI language, re-running the caller when the config changes.
    pub fn tracked_lang(&self) -> Lang {
        self.config.with(|c| c.language)
    }

    pub fn strings(&self) -> &'static Strings {
        self.lang().strings()
    }

    /// Loads config.json, then the feed it names. Called at start and by Retry; a newer
    /// call wins over an older one still in flight.
    pub fn reload(self) {
        let generation = self.generation.get_untracked() + 1;
        self.generation.set(generation);
        self.load.set(Load::Loading);
        leptos::task::spawn_local(async move {
            let app_url = app_base_url();
            let (config, problems) = match fetch_text(&resolve(&app_url, "config.json"), 15).await {
                Ok(text) => parse_config(&text),
                Err(e) => (Config::default(), vec![format!("config.json could not be loaded ({})", describe_fetch(&e))]),
            };
            let feed_url = resolve(&app_url, &config.feed);
            let timeout = config.timeout_seconds;
            if self.generation.get_untracked() != generation {
                return;
            }
            for p in &problems {
                web_sys::console::warn_1(&format!("bantin: {p}").into());
            }
            self.config.set(Arc::new(config));
            self.config_problems.set(problems);
            self.feed_url.set(feed_url.clone());
            let result = match fetch_text(&feed_url, timeout).await {
                Ok(text) => {
                    mark("bantin:feed-fetched");
                    let parsed = parse_feed(&text).map_err(LoadError::Feed);
                    mark("bantin:feed-parsed");
                    parsed
                }
                Err(e) => Err(LoadError::Fetch(e)),
            };
            if self.generation.get_untracked() != generation {
                return;
            }
            self.load.set(match result {
                Ok(feed) => {
                    for d in &feed.diagnostics {
                        web_sys::console::warn_1(&format!("bantin feed: {d}").into());
                    }
                    Load::Ready(Arc::new(feed))
                }
                Err(e) => {
                    web_sys::console::warn_1(&format!("bantin: the feed {feed_url} could not be shown: {e}").into());
                    Load::Failed(e)
                }
            });
        });
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Fetch(e) => f.write_str(&describe_fetch(e)),
            LoadError::Feed(e) => write!(f, "{e}"),
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_app() -> AppState {
    use_context::<AppState>().unwrap_or_default()
}

/// A `performance.mark` for the benchmark (bench/run.mjs) and for DevTools timelines.
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// The app's own URL as the browser resolves relative links: `<base href>` if present.
pub fn app_base_url() -> String {
    document().base_uri().ok().flatten().unwrap_or_else(|| window().location().href().unwrap_or_default())
}

/// `relative` resolved against `base`; the input unchanged if either cannot be parsed.
pub fn resolve(base: &str, relative: &str) -> String {
    web_sys::Url::new_with_base(relative, base).map(|u| u.href()).unwrap_or_else(|_| relative.to_string())
}

/// Technical detail for messages and logs (English: it is for the portal's webmaster).
pub fn describe_fetch(e: &FetchError) -> String {
    match e {
        FetchError::Http { status, status_text } => format!("HTTP {status} {status_text}").trim().to_string(),
        FetchError::Network(msg) => msg.clone(),
        FetchError::Timeout { seconds } => format!("no answer within {seconds} s"),
    }
}
