//! The only module that talks to the network.

use gloo_net::http::Request;
use web_sys::AbortSignal;

#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// The server answered, with an error status.
    Http { status: u16, status_text: String, retry_after: Option<u32> },
    /// No answer at all: refused, DNS, CORS, offline.
    Network(String),
    /// No complete answer within the configured time.
    Timeout { seconds: u32 },
}

/// GETs `url` as text, giving up after `timeout_seconds` (the body included) or when
/// `cancel` fires (a newer load replaced this one).
pub async fn fetch_text(url: &str, timeout_seconds: u32, cancel: Option<&AbortSignal>) -> Result<String, FetchError> {
    let timeout = AbortSignal::timeout_with_u32(timeout_seconds.saturating_mul(1000));
    let signal = match cancel {
        Some(cancel) => AbortSignal::any(&js_sys::Array::of2(&timeout, cancel)),
        None => timeout.clone(),
    };
    let failed = |e: gloo_net::Error| {
        if timeout.aborted() {
            FetchError::Timeout { seconds: timeout_seconds }
        } else {
            FetchError::Network(e.to_string())
        }
    };
    let response = Request::get(url)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(failed)?;
    if !response.ok() {
        let retry_after = response.headers().get("retry-after").and_then(|v| crate::http::parse_retry_after(&v));
        return Err(FetchError::Http { status: response.status(), status_text: response.status_text(), retry_after });
    }
    response.text().await.map_err(failed)
}

/// Technical detail for messages and logs (English: it is for the portal's webmaster).
pub fn describe(e: &FetchError) -> String {
    match e {
        FetchError::Http { status, status_text, .. } => format!("HTTP {status} {status_text}").trim().to_string(),
        FetchError::Network(msg) => msg.clone(),
        FetchError::Timeout { seconds } => format!("no answer within {seconds} s"),
    }
}
