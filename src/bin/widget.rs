//! Starts the embed widget's page (nhung.html); everything else lives in `bantin::widget`.

#[cfg(target_arch = "wasm32")]
fn main() {
    bantin::widget::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the bantin widget runs in the browser: build it with scripts/build.sh (see README).");
}
