//! The header's tools: the search box and the display options (text size, theme,
//! language, read marks). Everything the reader changes here is remembered locally.

use crate::i18n::Lang;
use crate::routes::{self, QUERY_KEY, SEARCH};
use crate::settings::{Theme, TEXT_SIZES};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// While typing on the search page, results follow after this pause.
const TYPING_PAUSE_MS: u64 = 150;

/// A `role="search"` form. Submitting opens the search page; on the search page itself the
/// results also follow the typing.
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_app();
    let s = move || state.tracked_lang().strings();
    let location = use_location();
    let query = use_query_map();
    let navigate = use_navigate();
    let on_search_page = move || location.pathname.with(|p| p.trim_end_matches('/') == state.href(SEARCH));
    let current = move || if on_search_page() { query.read().get(QUERY_KEY).unwrap_or_default() } else { String::new() };
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Typing on the search page makes one history entry, updated as the words change;
    // submitting ends it, so the next search gets its own entry and Back returns here.
    let typing_entry = StoredValue::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let go = move |text: String, replace: bool| navigate(&state.href(&routes::search(&text, 1)), NavigateOptions { replace, scroll: !replace, ..Default::default() });
    let cancel_pending = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    };
    let go_typing = go.clone();
    let on_input = move |ev: leptos::ev::Event| {
        if !on_search_page() {
            return;
        }
        let text = event_target_value(&ev);
        cancel_pending();
        let go = go_typing.clone();
        let handle = set_timeout_with_handle(
            move || {
                go(text, typing_entry.get_value());
                typing_entry.set_value(true);
            },
            std::time::Duration::from_millis(TYPING_PAUSE_MS),
        )
        .ok();
        pending.set_value(handle);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        cancel_pending();
        let text = input.get_untracked().map(|i| i.value()).unwrap_or_default();
        go(text, typing_entry.get_value() && on_search_page());
        typing_entry.set_value(false);
    };
    view! {
        <form class="search-box" role="search" action=state.href(SEARCH) on:submit=on_submit>
            <label class="visually-hidden" for="q">{move || s().search}</label>
            <input node_ref=input id="q" name="q" type="search" autocomplete="off" enterkeyhint="search"
                placeholder=move || s().search_placeholder prop:value=current on:input=on_input aria-keyshortcuts="/"/>
            <button type="submit" class="search-button">
                <span class="search-icon" aria-hidden="true"></span><span class="visually-hidden">{move || s().search}</span>
            </button>
        </form>
    }
}

/// A disclosure (`<details>`) with the reading-comfort controls. The panel's code is loaded
/// the first time the reader opens it (it is not needed to read the news).
#[component]
pub fn DisplayOptions() -> impl IntoView {
    let state = use_app();
    let opened = RwSignal::new(false);
    view! {
        <details class="display-options" on:toggle=move |_| opened.set(true)>
            <summary><span aria-hidden="true">"Aa"</span><span class="visually-hidden">{move || state.tracked_lang().strings().display}</span></summary>
            {move || opened.get().then(|| options_panel(state))}
        </details>
    }
}

/// The panel itself, drawn the first time the reader opens the options.
fn options_panel(state: crate::state::AppState) -> AnyView {
    let s = move || state.tracked_lang().strings();
    let settings = state.settings;
    let step = move |delta: isize| state.update_settings(|st| st.step_text(delta));
    let percent = move || format!("{}%", settings.with(|st| st.text_percent()));
    let at_min = move || settings.with(|st| st.text_step == 0);
    let at_max = move || settings.with(|st| st.text_step + 1 >= TEXT_SIZES.len());
    let theme_label = move |t: Theme| match t {
        Theme::System => s().theme_system,
        Theme::Light => s().theme_light,
        Theme::Dark => s().theme_dark,
    };
    let read_count = move || state.read.with(Vec::len);
    view! {
            <div class="options-panel">
                <fieldset>
                    <legend>{move || s().text_size}</legend>
                    <div class="text-steps">
                        <button type="button" on:click=move |_| step(-1) disabled=at_min aria-label=move || s().smaller_text>"A−"</button>
                        <output aria-live="polite">{percent}</output>
                        <button type="button" on:click=move |_| step(1) disabled=at_max aria-label=move || s().larger_text>"A+"</button>
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{move || s().theme}</legend>
                    {Theme::ALL.into_iter().map(|t| view! {
                        <label class="choice">
                            <input type="radio" name="theme" value=t.code()
                                prop:checked=move || settings.with(|st| st.theme == t)
                                on:change=move |_| state.update_settings(|st| crate::settings::Settings { theme: t, ..st })/>
                            {move || theme_label(t)}
                        </label>
                    }).collect_view()}
                </fieldset>
                <fieldset>
                    <legend>{move || s().language}</legend>
                    {[(Lang::Vi, "Tiếng Việt"), (Lang::En, "English")].into_iter().map(|(l, name)| view! {
                        <label class="choice" lang=l.code()>
                            <input type="radio" name="language" value=l.code()
                                prop:checked=move || state.tracked_lang() == l
                                on:change=move |_| state.update_settings(|st| crate::settings::Settings { lang: Some(l), ..st })/>
                            {name}
                        </label>
                    }).collect_view()}
                </fieldset>
                <button type="button" class="button button-quiet" disabled=move || read_count() == 0
                    on:click=move |_| { state.forget_read(); state.announce(s().read_forgotten.to_string()); }>
                    {move || s().forget_read}
                </button>
            </div>
    }
    .into_any()
}
