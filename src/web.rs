//! Small browser helpers without Leptos, shared by the reader and the embed widget.

/// A `performance.mark` for the benchmark (bench/run.mjs) and for DevTools timelines.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// The page's own URL as the browser resolves relative links: `<base href>` if present.
pub fn app_base_url() -> String {
    let document = web_sys::window().and_then(|w| w.document());
    let base = document.as_ref().and_then(|d| d.base_uri().ok().flatten());
    base.or_else(|| document.and_then(|d| d.location()).and_then(|l| l.href().ok())).unwrap_or_default()
}

/// The router base (`""` or e.g. `/tin-tuc`) from the page's base URL.
pub fn router_base() -> String {
    web_sys::Url::new(&app_base_url()).map(|u| crate::routes::router_base(&u.pathname())).unwrap_or_default()
}

/// `relative` resolved against `base` as a browser resolves a link; the input unchanged if
/// either cannot be parsed.
pub fn resolve(base: &str, relative: &str) -> String {
    web_sys::Url::new_with_base(relative, base).map(|u| u.href()).unwrap_or_else(|_| relative.to_string())
}

/// The app page's absolute URL, as shared and as canonical.
pub fn absolute_url(app_path: &str) -> String {
    resolve(&app_base_url(), app_path.trim_start_matches('/'))
}

/// Milliseconds since the page started loading (`performance.now()`); 0 without a clock.
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_default()
}

/// The window's height in CSS pixels: the first screen (0 without a window).
pub fn viewport_height() -> f64 {
    web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or_default()
}

/// Whether `container` ends above the bottom of the screen, so that what is added to it
/// would start on screen. The rule by which the first paint and the app's route changes
/// decide whether a part below the first screen may wait a frame (measuring lays out what
/// the coming paint would lay out anyway).
pub fn ends_on_screen(container: &web_sys::Element) -> bool {
    container.get_bounding_client_rect().bottom() < viewport_height()
}

/// Resolves after `ms` milliseconds (at once for 0 or less, or without a window).
pub async fn sleep(ms: f64) {
    if ms <= 0.0 {
        return;
    }
    // Beyond i32 milliseconds (24 days) means never, for a time limit.
    timer(ms.min(f64::from(i32::MAX)) as i32).await;
}

/// Resolves in a task of its own (a zero-delay timer): what follows runs after what the
/// browser has queued meanwhile, so one long task becomes two.
pub async fn next_task() {
    timer(0).await;
}

/// Resolves in a timer's task `ms` milliseconds from now (at once without a window).
pub async fn timer(ms: i32) {
    let Some(window) = web_sys::window() else { return };
    let done = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(done).await;
}

/// Does this browser have a share sheet (`navigator.share`)?
pub fn can_share_natively() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Resolves in the next animation frame, before its style, layout and paint: what is done
/// then is in the frame that comes.
pub async fn next_frame() {
    let Some(window) = web_sys::window() else { return };
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&resolve));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
}

/// Resolves once the browser has rendered a frame with what is in the document now (an
/// animation frame, then a task queued from it, which runs after that frame's paint).
pub async fn after_next_paint() {
    next_frame().await;
    next_task().await;
}

/// Resolves when the browser has nothing else to do (`requestIdleCallback`), at most `max_ms`
/// later; where there is no such callback, after `max_ms`.
pub async fn idle(max_ms: u32) {
    let Some(window) = web_sys::window() else { return };
    let done = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(max_ms);
        if window.request_idle_callback_with_options(&resolve, &options).is_err() {
            let timeout = i32::try_from(max_ms).unwrap_or(i32::MAX);
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, timeout);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(done).await;
}
