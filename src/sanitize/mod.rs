//! The HTML sanitiser. `policy` is the allowlist (pure, host-tested); `dom` applies it in
//! the browser, walking a tree parsed by the browser's own HTML parser, so what we check
//! is exactly what would render (no parser-differential / mutation XSS).

pub mod policy;

#[cfg(target_arch = "wasm32")]
pub mod dom;
