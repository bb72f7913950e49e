#!/usr/bin/env bash
# Release build into dist/ (after setup). Extra arguments go to `trunk build`,
# e.g. `scripts/build.sh --public-url /tin-tuc/` for a sub-path deployment.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
# Size: `erase_components` lets Leptos type-erase component bodies (fewer monomorphised
# views); the path remap keeps registry paths out of panic locations in the .wasm.
export RUSTFLAGS="${RUSTFLAGS:-} --cfg erase_components --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/="
trunk build --release "$@"
