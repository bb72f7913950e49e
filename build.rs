//! Link settings that differ between the two wasm binaries.
fn main() {
    // The reader's wasm is cut into lazily loaded chunks after linking (scripts/wasm-split/),
    // which needs the linker's relocations. Only that binary: in the widget's wasm they would
    // be ~0.9 MB of dead weight.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=bantin=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
