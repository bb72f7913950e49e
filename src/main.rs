//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    bantin::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("bantin runs in the browser: build it with `trunk build --release` (see README).");
}
