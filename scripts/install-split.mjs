// After `trunk build`: puts the lazily loaded wasm chunks (cut by scripts/wasm-split/cargo)
// into dist/, optimised like the main module and named by content hash, and the loader
// `__wasm_split.js` beside the app's JS, pointing at them.
//
// The loader keeps its fixed name (the app's JS imports it by that name, so the JS, its
// Trunk hash and its SRI stay untouched); it is tiny and served "no-cache" (revalidated, as
// index.html is), while the chunks are content-hashed and cached for a year.
//   node scripts/install-split.mjs dist target/wasm-split
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dist = 'dist', splitDir = 'target/wasm-split'] = process.argv.slice(2);
const LOADER = '__wasm_split.js';
// The pinned wasm-opt (npm binaryen), as Trunk uses for the main module.
const WASM_OPT = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'wasm-opt');
const fail = (why) => { console.error(`install-split: ${why}`); process.exit(1); };

let loader;
try { loader = readFileSync(join(splitDir, LOADER), 'utf8'); } catch { fail(`no ${LOADER} in ${splitDir}: was the wasm split?`); }
const mainJs = readdirSync(dist).find((f) => /^bantin-[0-9a-f]+\.js$/.test(f)) ?? fail(`no bantin-<hash>.js in ${dist}`);
if (!loader.includes('"./bantin.js"')) fail('the loader does not import ./bantin.js');
loader = loader.replace('"./bantin.js"', `"./${mainJs}"`);

// Chunks: every .wasm the loader fetches. The same wasm-opt settings as the main module.
for (const old of readdirSync(dist).filter((f) => /^split-.*\.wasm/.test(f))) rmSync(join(dist, old));
const chunks = [...loader.matchAll(/"\.\/([^"]+\.wasm)"/g)].map((m) => m[1]);
if (chunks.length === 0) fail('the loader names no chunks');
let total = 0;
for (const chunk of chunks) {
  const optimised = join(splitDir, `opt-${chunk}`);
  execFileSync(WASM_OPT, ['-Oz', '--converge', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', join(splitDir, chunk), '-o', optimised], { stdio: ['ignore', 'ignore', 'pipe'] }); // stderr only on failure
  const bytes = readFileSync(optimised);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  // split___article_route_view_1175… → split-article-route-view-<hash>.wasm
  const stem = chunk.replace(/\.wasm$/, '').replace(/^split_+/, '').replace(/_\d{6,}$/, '').replace(/_+/g, '-');
  const name = `split-${stem}-${hash}.wasm`;
  writeFileSync(join(dist, name), bytes);
  loader = loader.replaceAll(`"./${chunk}"`, `"./${name}"`);
  total += bytes.length;
}
// A deep link to a lazy route would otherwise fetch its chunk only after the main module has
// started: begin now, in parallel with the main module (the loader runs as soon as the app's
// JS is evaluated). The later fetch by the loader is served by the HTTP cache.
const ROUTES = { 'article-route-view': '/bai-viet/', 'category-route-view': '/chuyen-muc/', 'search-route-view': '/tim-kiem' };
const named = Object.entries(ROUTES).map(([stem, path]) => [path, loader.match(new RegExp(`"\\./(split-${stem}-[0-9a-f]+\\.wasm)"`))?.[1]]);
if (named.some(([, file]) => !file)) fail(`a lazy route has no chunk: ${JSON.stringify(named)}`);
const shared = [...loader.matchAll(/"\.\/(split-chunk-[^"]+\.wasm)"/g)].map((m) => m[1]);
loader += `
// Added by scripts/install-split.mjs: the current route's chunk starts downloading at once.
for (const [path, file] of ${JSON.stringify(named)}) {
    if (location.pathname.includes(path)) {
        for (const f of [file, ...${JSON.stringify(shared)}]) fetch(new URL("./" + f, import.meta.url)).catch(() => {});
    }
}
`;
writeFileSync(join(dist, LOADER), loader);
console.log(`wasm split: ${chunks.length} lazily loaded chunks (${(total / 1000).toFixed(1)} KB raw) and ${LOADER} in ${dist}`);
