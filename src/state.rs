//! App-wide state: the config and the feed, loaded once at start and again on Retry.

use crate::config::Config;
use crate::feed::{next_page, Diagnostic, Feed, NextPage, MAX_FEED_PAGES};
use crate::i18n::{Lang, Strings};
pub use crate::load::LoadError;
use crate::load::{self, FirstLoad};
use crate::settings::{self, Settings};
use crate::storage;
use crate::web::{app_base_url, resolve};
use leptos::prelude::*;
use std::sync::Arc;

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
    /// Theme, text size and language as the reader chose them (remembered locally).
    pub settings: RwSignal<Settings>,
    /// Id tokens of the articles this browser has opened, oldest first.
    pub read: RwSignal<Vec<String>>,
    /// Text for the polite live region: the new page's title after a route change.
    pub announcement: RwSignal<String>,
    generation: RwSignal<u32>,
}

impl AppState {
    pub fn new() -> Self {
        AppState {
            config: RwSignal::new(Arc::new(Config::default())),
            config_problems: RwSignal::new(Vec::new()),
            load: RwSignal::new(Load::Loading),
            feed_url: RwSignal::new(String::new()),
            base: StoredValue::new(crate::web::router_base()),
            settings: RwSignal::new(storage::settings()),
            read: RwSignal::new(storage::read_marks()),
            announcement: RwSignal::new(String::new()),
            generation: RwSignal::new(0),
        }
    }

    /// Changes the settings and remembers them.
    pub fn update_settings(&self, change: impl FnOnce(Settings) -> Settings) {
        let next = change(self.settings.get_untracked());
        storage::save(settings::SETTINGS_KEY, &next.to_json());
        crate::kept_screen::forget();
        self.settings.set(next);
    }

    /// Remembers that the article with this id was opened.
    pub fn mark_read(&self, id: &str) {
        let token = crate::slug::id_token(id);
        if let Some(next) = self.read.with_untracked(|read| settings::mark_read(read, &token)) {
            storage::save(settings::READ_KEY, &settings::strings_json(&next));
            self.read.set(next);
        }
    }

    pub fn is_read(&self, id: &str) -> bool {
        let token = crate::slug::id_token(id);
        self.read.with(|read| read.contains(&token))
    }

    /// Says `text` through the polite live region (emptied first, so a repeat is spoken too).
    pub fn announce(&self, text: String) {
        let announcement = self.announcement;
        announcement.set(String::new());
        request_animation_frame(move || announcement.set(text));
    }

    pub fn forget_read(&self) {
        storage::save(settings::READ_KEY, "[]");
        crate::kept_screen::forget();
        self.read.set(Vec::new());
    }

    /// A link target for an app path from `routes`, with the router base in front.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base.get_value())
    }

    /// The UI language now: the reader's choice, else config.json's. Untracked: the feed gate
    /// re-renders pages when it changes; the frame around them tracks it itself.
    pub fn lang(&self) -> Lang {
        self.settings.with_untracked(|s| s.lang).unwrap_or_else(|| self.config.with_untracked(|c| c.language))
    }

    /// The UI language, re-running the caller when the choice or the config changes.
    pub fn tracked_lang(&self) -> Lang {
        self.settings.with(|s| s.lang).unwrap_or_else(|| self.config.with(|c| c.language))
    }

    pub fn strings(&self) -> &'static Strings {
        self.lang().strings()
    }

    /// Takes over what `boot` loaded before the app was there (nothing is fetched twice), and
    /// goes on reading the feed's following pages.
    pub fn adopt(self, first: FirstLoad) {
        let generation = self.generation.get_untracked() + 1;
        self.generation.set(generation);
        let cancel = fresh_cancel_signal();
        self.settle(first, generation, cancel);
    }

    /// Loads config.json, then the feed it names: Retry. A newer call wins over an older one
    /// still in flight.
    pub fn reload(self) {
        let generation = self.generation.get_untracked() + 1;
        self.generation.set(generation);
        self.load.set(Load::Loading);
        // Whatever the previous load still had in flight is cancelled.
        let cancel = fresh_cancel_signal();
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = load::first(&app_base_url(), cancel.as_ref()).await;
            self.settle(loaded, generation, cancel);
        });
    }

    /// Shows a finished load, then follows the feed's pages in the background.
    fn settle(self, loaded: FirstLoad, generation: u32, cancel: Option<web_sys::AbortSignal>) {
        if self.generation.get_untracked() != generation {
            return;
        }
        let FirstLoad { config, problems, feed_url, feed } = loaded;
        for p in &problems {
            web_sys::console::warn_1(&format!("bantin: {p}").into());
        }
        let timeout = config.timeout_seconds;
        self.config.set(Arc::new(config));
        self.config_problems.set(problems);
        self.feed_url.set(feed_url.clone());
        match feed {
            Ok(feed) => {
                self.load.set(Load::Ready(Arc::new(feed.clone())));
                wasm_bindgen_futures::spawn_local(async move {
                    let feed = self.follow_pages(feed, feed_url, timeout, cancel.as_ref(), generation).await;
                    for d in &feed.diagnostics {
                        web_sys::console::warn_1(&format!("bantin feed: {d}").into());
                    }
                });
            }
            Err(e) => {
                web_sys::console::warn_1(&format!("bantin: the feed {feed_url} could not be shown: {e}").into());
                self.load.set(Load::Failed(e));
            }
        }
    }

    /// Reads the following pages of a paginated feed (`next_url`) in the background, showing
    /// each as it arrives; stops at the end, at a loop, after `MAX_FEED_PAGES`, or on an error
    /// (kept as a diagnostic: what was read stays on screen).
    async fn follow_pages(self, mut feed: Feed, first_url: String, timeout: u32, cancel: Option<&web_sys::AbortSignal>, generation: u32) -> Feed {
        let mut read = vec![first_url];
        let known_problems = feed.diagnostics.len();
        loop {
            let base = read.last().cloned().unwrap_or_default();
            let next = feed.next_url.as_deref().map(|u| resolve(&base, u));
            let url = match next_page(&read, next.as_deref()) {
                NextPage::Done => break,
                NextPage::Fetch(url) => url,
                NextPage::Loop(url) => {
                    feed.diagnostics.push(Diagnostic::feed("next_url", format!("loops back to {url}; stopped there")));
                    break;
                }
                NextPage::TooMany => {
                    feed.diagnostics.push(Diagnostic::feed("next_url", format!("more than {MAX_FEED_PAGES} pages; the rest is not read")));
                    break;
                }
            };
            let page = load::feed(&url, timeout, cancel).await.map_err(|e| e.to_string());
            if self.generation.get_untracked() != generation {
                return feed;
            }
            match page {
                Ok(page) => feed.merge(page),
                Err(why) => {
                    feed.diagnostics.push(Diagnostic::feed("next_url", format!("{url} could not be read ({why}); stopped there")));
                    break;
                }
            }
            read.push(url);
            self.load.set(Load::Ready(Arc::new(feed.clone())));
        }
        feed.next_url = None;
        // Only a new problem needs one more render: every page read was shown as it came.
        if self.generation.get_untracked() == generation && feed.diagnostics.len() > known_problems {
            self.load.set(Load::Ready(Arc::new(feed.clone())));
        }
        feed
    }
}

thread_local! {
    static IN_FLIGHT: std::cell::RefCell<Option<web_sys::AbortController>> = const { std::cell::RefCell::new(None) };
}

/// A signal for this load's requests; aborts the previous load's.
fn fresh_cancel_signal() -> Option<web_sys::AbortSignal> {
    IN_FLIGHT.with(|slot| {
        if let Some(previous) = slot.borrow_mut().take() {
            previous.abort();
        }
        let controller = web_sys::AbortController::new().ok()?;
        let signal = controller.signal();
        *slot.borrow_mut() = Some(controller);
        Some(signal)
    })
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_app() -> AppState {
    use_context::<AppState>().unwrap_or_default()
}
