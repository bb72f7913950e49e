# Sourced by scripts/build.sh and scripts/setup.sh: how the release .wasm is compiled.
#
# Size is the budget that binds (app shell ≤ 150 KB brotli), so the release build recompiles
# the standard library for wasm with the app (`build-std`) instead of linking the prebuilt one:
#   - `-Cpanic=immediate-abort`: a panic is a bare trap, with no formatting machinery behind it
#     (the app never panics on input anyway: clippy denies unwrap/expect/panic/indexing in src/);
#   - `-Zfmt-debug=none`, `-Zlocation-detail=none`: no Debug impls, no file/line strings;
#   - `--cfg erase_components`: Leptos type-erases component bodies (fewer monomorphised views);
#   - the path remap keeps registry paths out of the .wasm.
# Together −13 KB brotli (148.8 → 135.6 KB). These are unstable flags, so the compiler is
# pinned in rust-toolchain.toml and RUSTC_BOOTSTRAP is set for this build only (the Leptos
# book recommends the same flags on nightly; a pinned stable compiler is more reproducible).
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# (`--emit-relocs`, which wasm-split-cli needs to cut the lazy routes out, is set for the
# reader's binary only, in build.rs.)
export RUSTFLAGS="${RUSTFLAGS:-} -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none --cfg erase_components --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/="
