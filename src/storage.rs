//! localStorage, for the reader's settings and read marks. Every failure (storage disabled,
//! private mode, quota) is silent: the app then simply does not remember.

pub fn load(key: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
}

/// The reader's stored settings (defaults where unreadable).
pub fn settings() -> crate::settings::Settings {
    load(crate::settings::SETTINGS_KEY).map(|s| crate::settings::Settings::parse(&s)).unwrap_or_default()
}

/// The id tokens of the articles this browser has opened.
pub fn read_marks() -> Vec<String> {
    load(crate::settings::READ_KEY).map(|s| crate::settings::parse_read(&s)).unwrap_or_default()
}

pub fn save(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.remove_item(key);
    }
}
