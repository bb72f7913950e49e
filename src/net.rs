//! The only module that talks to the network.

use gloo_net::http::Request;
use web_sys::AbortSignal;

#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// The server answered, with an error status.
    Http { status: u16, status_text: String },
    /// No answer at all: refused, DNS, CORS, offline.
    Network(String),
    /// No complete answer within the configured time.
    Timeout { seconds: u32 },
}

/// GETs `url` as text, giving up after `timeout_seconds` (the body included).
pub async fn fetch_text(url: &str, timeout_seconds: u32) -> Result<String, FetchError> {
    let signal = AbortSignal::timeout_with_u32(timeout_seconds.saturating_mul(1000));
    let timed_out = |signal: &AbortSignal, e: gloo_net::Error| {
        if signal.aborted() {
            FetchError::Timeout { seconds: timeout_seconds }
        } else {
            FetchError::Network(e.to_string())
        }
    };
    let response = Request::get(url)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(|e| timed_out(&signal, e))?;
    if !response.ok() {
        return Err(FetchError::Http { status: response.status(), status_text: response.status_text() });
    }
    response.text().await.map_err(|e| timed_out(&signal, e))
}
