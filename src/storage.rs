//! localStorage, for the reader's settings, read marks and kept screens. Every failure
//! (storage disabled, private mode, quota) is silent: the app then simply does not remember.

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn load(key: &str) -> Option<String> {
    local()?.get_item(key).ok()?
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
    if let Some(storage) = local() {
        let _ = storage.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}

/// Removes every key that starts with `prefix`.
pub fn remove_prefixed(prefix: &str) {
    let Some(storage) = local() else { return };
    let count = storage.length().unwrap_or_default();
    let keys: Vec<String> = (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}
