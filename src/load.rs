//! Loading config.json and the feed it names, without Leptos: the reader's first load (run
//! by `boot` before the Leptos app has even been downloaded), the reader's Retry and the
//! embed widget all read them through here.

use crate::config::{parse_config, Config};
use crate::feed::{parse_feed, Feed, FeedError};
use crate::net::{describe, fetch_text, FetchError};
use crate::web::{mark, resolve};
use std::future::Future;
use std::task::Poll;
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
    parsed(&text)
}

fn parsed(text: &str) -> Result<Feed, LoadError> {
    mark("bantin:feed-fetched");
    let parsed = parse_feed(text).map_err(LoadError::Feed);
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
///
/// The feed is most often where config.json names it by default, and index.html preloads it
/// there: that one is requested alongside config.json rather than after it, and is the feed
/// if the config names it (given the configured time, counted from its request); otherwise
/// it is dropped and the configured feed fetched.
pub async fn first(app_url: &str, cancel: Option<&AbortSignal>) -> FirstLoad {
    let usual_url = resolve(app_url, &Config::default().feed);
    let started = crate::web::now();
    // Its own time limit is set once the config is known; until then, only the longest.
    let give_up = web_sys::AbortController::new().ok();
    let usual_cancel = match (&give_up, cancel) {
        (Some(own), Some(cancel)) => Some(AbortSignal::any(&js_sys::Array::of2(&own.signal(), cancel))),
        (Some(own), None) => Some(own.signal()),
        (None, cancel) => cancel.cloned(),
    };
    let mut usual = Box::pin(fetch_text(&usual_url, crate::config::MAX_TIMEOUT_SECONDS, usual_cancel.as_ref()));
    let mut usual_text = None;
    let mut config_load = Box::pin(config(app_url, cancel));
    let (config, problems) = std::future::poll_fn(|cx| {
        // Polling starts the request; a finished future must not be polled again.
        if usual_text.is_none() {
            if let Poll::Ready(text) = usual.as_mut().poll(cx) {
                usual_text = Some(text);
            }
        }
        config_load.as_mut().poll(cx)
    })
    .await;
    let feed_url = resolve(app_url, &config.feed);
    let seconds = config.timeout_seconds;
    let usual_text = match usual_text {
        Some(text) => Some(text),
        None if feed_url == usual_url => {
            let left = f64::from(seconds) * 1000.0 - (crate::web::now() - started);
            let mut limit = Box::pin(crate::web::sleep(left));
            std::future::poll_fn(|cx| match usual.as_mut().poll(cx) {
                Poll::Ready(text) => Poll::Ready(Some(text)),
                Poll::Pending => limit.as_mut().poll(cx).map(|()| None),
            })
            .await
            .or(Some(Err(FetchError::Timeout { seconds })))
        }
        None => None,
    };
    if let Some(own) = &give_up {
        own.abort(); // nothing left to wait for: a dropped request must not linger
    }
    let feed = match usual_text {
        Some(text) if feed_url == usual_url => text.map_err(LoadError::Fetch).and_then(|text| parsed(&text)),
        _ => feed(&feed_url, seconds, cancel).await,
    };
    FirstLoad { config, problems, feed_url, feed }
}
