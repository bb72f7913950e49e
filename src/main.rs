//! Starts the reader; everything else lives in the library (`boot` paints the first page,
//! then runs the Leptos app from its own wasm chunk).

#[cfg(target_arch = "wasm32")]
fn main() {
    bantin::boot::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("bantin runs in the browser: build it with `trunk build --release` (see README).");
}
