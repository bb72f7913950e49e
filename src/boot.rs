//! The reader's start-up, called by `main`, without Leptos: it applies the reader's stored
//! settings to `<html>`, loads config and feed (`load`), paints the page the address asks
//! for with plain DOM calls (`first_paint`), and only then runs the Leptos app, which is a
//! wasm chunk of its own (`app::run`) and takes over what was loaded.
//!
//! Why: the app's wasm (Leptos, the router, every page) is most of the download. The main
//! module is only this, the loading, the pure core and the first paint (~53 KB brotli against
//! ~121 KB for the app), so on a slow phone network the articles are on screen while the rest
//! is still arriving.

use crate::first_paint::{self, Painted};
use crate::kept_screen;
use crate::i18n::Lang;
use crate::load;
use crate::settings::Settings;
use crate::web::{app_base_url, mark};

pub fn start() {
    mark("bantin:start");
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let stored = crate::storage::settings();
    apply_settings(&doc, &stored, None);
    // The app's chunk is downloaded, compiled and run once the page is painted (on search
    // addresses, which have no first paint, the loader starts the download at once: see
    // scripts/install-split.mjs), so the first paint has the network and the processor to
    // itself.
    wasm_bindgen_futures::spawn_local(async move {
        let first = load::first(&app_base_url(), None).await;
        let lang = stored.lang.unwrap_or(first.config.language);
        apply_settings(&doc, &stored, Some(lang));
        // Kept for the next visit at this address once on screen, off the painted frame
        // (unless the portal turned that off: then what earlier visits kept goes).
        let keep = first.config.keep_screens;
        if !keep {
            kept_screen::forget();
        }
        // The feed was parsed in this task; the page is built in the next, and put on screen
        // in the one after (`first_paint::draw`).
        crate::web::next_task().await;
        let painted = match first_paint::draw(&doc, &first, lang) {
            Ok(Some(drawn)) => {
                crate::web::next_task().await;
                first_paint::paint(drawn, &first)
            }
            Ok(None) => Ok(Painted::Nothing),
            Err(e) => Err(e),
        };
        let painted = match painted {
            Ok(Painted::FirstScreen(rest)) => {
                // Below the first screen, a frame later; in the frame that shows the first
                // screen if it starts on it (a wide screen's side column, a short list).
                crate::web::next_frame().await;
                let painted_now = first_paint::rest_on_screen(rest.boot()).then(|| first_paint::paint_rest(&rest));
                crate::web::after_next_paint().await;
                if keep {
                    kept_screen::keep(&doc, rest.boot());
                }
                painted_now.unwrap_or_else(|| first_paint::paint_rest(&rest))
            }
            Ok(Painted::Nothing) => Ok(()),
            Err(e) => Err(e),
        };
        if let Err(e) = painted {
            web_sys::console::warn_1(&format!("bantin: the first paint failed: {}", e.as_string().unwrap_or_default()).into());
        }
        // The app's chunk is downloaded only now, once the first paint is on screen with its
        // pictures: the bandwidth goes to what the reader sees first (on a slow network the
        // 110 KB chunk would otherwise hold the pictures back), and the app cannot replace
        // the first paint before it was ever shown. A picture slower than a second is not
        // waited for. (In a background tab, which renders no frames, the app comes when the
        // tab is shown.)
        shown(&doc, crate::web::now() + first_paint::PICTURES_WAIT_MS).await;
        mark("bantin:first-paint-shown");
        if crate::app::run(first).await.is_err() {
            first_paint::app_unavailable(&doc, lang);
        }
    });
}

/// Resolves once the first paint's pictures on screen have loaded (or `deadline`, a
/// `performance.now()` time, has passed) and the page has been on screen with them: decoded,
/// then two more frames, as a frame is presented a little after its paint.
async fn shown(doc: &web_sys::Document, deadline: f64) {
    crate::web::after_next_paint().await;
    while !first_paint::pictures_on_screen_loaded(doc) && crate::web::now() < deadline {
        crate::web::after_next_paint().await;
    }
    for picture in first_paint::pictures_on_screen(doc).iter().filter(|p| p.complete()) {
        // A picture that cannot be decoded (broken) rejects: nothing to wait for then.
        let _ = wasm_bindgen_futures::JsFuture::from(picture.decode()).await;
    }
    crate::web::after_next_paint().await;
    crate::web::after_next_paint().await;
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
