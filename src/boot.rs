//! The reader's start-up, called by `main`, without Leptos: it applies the reader's stored
//! settings to `<html>`, loads config and feed (`load`), paints the page the address asks
//! for with plain DOM calls (`first_paint`), and only then runs the Leptos app, which is a
//! wasm chunk of its own (`app::run`) and takes over what was loaded.
//!
//! Why: the app's wasm (Leptos, the router, every page) is most of the download. The main
//! module is only this, the loading, the pure core and the first paint (~53 KB brotli against
//! ~121 KB for the app), so on a slow phone network the articles are on screen while the rest
//! is still arriving.

use crate::first_paint;
use crate::i18n::Lang;
use crate::load;
use crate::settings::Settings;
use crate::web::{app_base_url, mark};

pub fn start() {
    mark("bantin:start");
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let stored = crate::storage::settings();
    apply_settings(&doc, &stored, None);
    // The app's chunk is downloading meanwhile (the loader starts it once this module runs,
    // see scripts/install-split.mjs); it is compiled and run once the page is painted, so
    // the first paint has the processor to itself.
    wasm_bindgen_futures::spawn_local(async move {
        let first = load::first(&app_base_url(), None).await;
        let lang = stored.lang.unwrap_or(first.config.language);
        apply_settings(&doc, &stored, Some(lang));
        if let Err(e) = first_paint::paint(&doc, &first, lang) {
            web_sys::console::warn_1(&format!("bantin: the first paint failed: {}", e.as_string().unwrap_or_default()).into());
        }
        if crate::app::run(first).await.is_err() {
            first_paint::app_unavailable(&doc, lang);
        }
    });
}

/// Theme, text size and language on `<html>`, as the app sets them: the first paint must
/// look like the app (a dark-theme reader does not get a light page from it).
pub fn apply_settings(doc: &web_sys::Document, stored: &Settings, lang: Option<Lang>) {
    let Some(root) = doc.document_element() else { return };
    let _ = root.set_attribute("data-theme", stored.theme.code());
    let _ = root.set_attribute("data-text", &stored.text_step.to_string());
    if let Some(lang) = lang {
        let _ = root.set_attribute("lang", lang.code());
    }
}
