//! Loading config.json and the feed it names, without Leptos: the reader's first load (run
//! by `boot` before the Leptos app has even been downloaded), the reader's Retry and the
//! embed widget all read them through here.

use crate::config::{parse_config, Config};
use crate::feed::{parse_feed, Feed, FeedError};
use crate::net::{describe, fetch_text, FetchError};
use crate::web::{mark, resolve};
use web_sys::AbortSignal;

/// Why the feed is not on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Fetch(FetchError),
    Feed(FeedError),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Fetch(e) => f.write_str(&describe(e)),
            LoadError::Feed(e) => write!(f, "{e}"),
        }
    }
}

/// config.json next to the app (at `app_url`), with what was wrong in it; never fails: the
/// defaults stand in for whatever is missing.
pub async fn config(app_url: &str, cancel: Option<&AbortSignal>) -> (Config, Vec<String>) {
    match fetch_text(&resolve(app_url, "config.json"), 15, cancel).await {
        Ok(text) => parse_config(&text),
        Err(e) => (Config::default(), vec![format!("config.json could not be loaded ({})", describe(&e))]),
    }
}

/// One page of the feed, fetched and parsed.
pub async fn feed(url: &str, timeout_seconds: u32, cancel: Option<&AbortSignal>) -> Result<Feed, LoadError> {
    let text = fetch_text(url, timeout_seconds, cancel).await.map_err(LoadError::Fetch)?;
    mark("bantin:feed-fetched");
    let parsed = parse_feed(&text).map_err(LoadError::Feed);
    mark("bantin:feed-parsed");
    parsed
}

/// What the first load found: handed from `boot` to the reader, which goes on from there
/// (following pages, Retry) without fetching anything twice.
pub struct FirstLoad {
    pub config: Config,
    /// What was wrong with config.json.
    pub problems: Vec<String>,
    /// The feed's absolute URL: the base of relative URLs inside it.
    pub feed_url: String,
    pub feed: Result<Feed, LoadError>,
}

/// Config, then the feed it names (relative to the app, from the site root, or elsewhere):
/// at start, and again on Retry (`cancel` then stops the previous attempt's requests).
pub async fn first(app_url: &str, cancel: Option<&AbortSignal>) -> FirstLoad {
    let (config, problems) = config(app_url, cancel).await;
    let feed_url = resolve(app_url, &config.feed);
    let feed = feed(&feed_url, config.timeout_seconds, cancel).await;
    FirstLoad { config, problems, feed_url, feed }
}
