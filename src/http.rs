//! HTTP details the reader acts on, parsed without I/O.

/// The longest wait we honour from `Retry-After`: beyond this the reader just offers Retry.
pub const MAX_RETRY_AFTER_SECONDS: u32 = 300;

/// `Retry-After` in delta-seconds (`"120"`), if sane. HTTP dates are not honoured: they
/// depend on the reader's clock, which is often wrong on cheap phones.
pub fn parse_retry_after(value: &str) -> Option<u32> {
    let v = value.trim();
    if v.is_empty() || v.len() > 6 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse::<u32>().ok().filter(|&s| s <= MAX_RETRY_AFTER_SECONDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after() {
        for (value, expected) in [
            ("30", Some(30)),
            (" 0 ", Some(0)),
            ("300", Some(300)),
            ("301", None),
            ("86400", None),
            ("-1", None),
            ("1.5", None),
            ("Wed, 21 Oct 2026 07:28:00 GMT", None),
            ("", None),
            ("99999999999999999999", None),
        ] {
            assert_eq!(parse_retry_after(value), expected, "{value:?}");
        }
    }
}
