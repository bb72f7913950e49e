#!/usr/bin/env bash
# Release build into dist/ (after setup).
#   scripts/build.sh                     the app served at the site root
#   scripts/build.sh --base /tin-tuc/    the app served under a sub-path
# Other arguments go to `trunk build` (e.g. --dist other-dir).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

base="/"
dist="dist"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --dist) dist="$2"; args+=("$1" "$2"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
case "$base" in /*/|/) ;; *) echo "--base must start and end with /, e.g. /tin-tuc/" >&2; exit 2 ;; esac

# Release compiler settings (build-std, panic, erase_components): one place, shared with setup.
source "$root/scripts/wasm-release-env.sh"
# Lazy routes: the wasm is split by a cargo wrapper between cargo and wasm-bindgen
# (scripts/wasm-split/cargo), then the chunks are installed next to the app.
PATH="$root/scripts/wasm-split:$PATH" trunk build --release "${args[@]}"
node scripts/install-split.mjs "$dist" "$root/target/wasm-split"

# No inline script may remain: the CSP allows scripts from 'self' only.
node scripts/externalize-start.mjs "$dist"

# The embed widget's page (nhung.html): its own small wasm, without Leptos and not split.
# Trunk empties its output directory and always names the page index.html, so it builds
# into a staging directory first.
widget_dist="$root/target/widget-dist"
trunk build nhung.html --release --dist "$widget_dist"
mv "$widget_dist/index.html" "$widget_dist/nhung.html"
node scripts/externalize-start.mjs "$widget_dist" nhung.html widget-start
cp "$widget_dist"/* "$dist"/

# Assets are relative to <base href>; the base is the only thing a sub-path changes.
if [ "$base" != "/" ]; then
  node -e '
    const fs = require("fs"); const [file, base] = process.argv.slice(1);
    const html = fs.readFileSync(file, "utf8");
    const out = html.replace(/<base href=("\/"|\/)>/, `<base href="${base}">`);
    if (out === html) { console.error("no <base href=/> in " + file); process.exit(1); }
    fs.writeFileSync(file, out);' "$dist/index.html" "$base"
  echo "dist/ set up for $base"
fi

# .br and .gz siblings for nginx brotli_static/gzip_static (after the base edit: index.html changes).
node scripts/compress.mjs "$dist"
