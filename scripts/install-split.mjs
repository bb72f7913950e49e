// After `trunk build`: puts the lazily loaded wasm chunks (cut by scripts/wasm-split/cargo)
// into dist/, optimised like the main module, and the loader that fetches them beside the
// app's JS.
//
// Every file gets a content-derived name, so all of them are cached for a year and a repeat
// visit revalidates none of them (the loader used to keep a fixed name and be revalidated on
// every visit, before the app's JS, which imports it, could run). The loader is named from its text and
// the app's JS and wasm; the app's JS, whose import of the loader changes with that name, is
// renamed from its new text, and index.html (link, SRI, start-up import) follows.
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
// The Leptos app is one chunk (src/app.rs `run`); the main module paints home, category and
// article pages before it (src/first_paint.rs) and downloads it only once that paint is on
// screen with its pictures (src/boot.rs), so the first paint has the bandwidth. Search has
// no first paint: there the download starts at once, in parallel with the main module (the
// loader runs as soon as the app's JS is evaluated); the loader's own fetch later is served
// by the HTTP cache.
const fileOf = (stem) => loader.match(new RegExp(`"\\./(split-${stem}-[0-9a-f]+\\.wasm)"`))?.[1];
const app = fileOf('reader-app') ?? fail('no chunk for the Leptos app (reader-app)');
const shared = [...loader.matchAll(/"\.\/(split-chunk-[^"]+\.wasm)"/g)].map((m) => m[1]);
loader += `
// Added by scripts/install-split.mjs: on search addresses the app's chunk starts downloading early.
if (/\\/tim-kiem$/.test(location.pathname)) {
    for (const f of ${JSON.stringify([app, ...shared])}) fetch(new URL("./" + f, import.meta.url)).catch(() => {});
}
`;

const sha = (algorithm, ...parts) => parts.reduce((h, p) => h.update(p), createHash(algorithm));
const appJs = readFileSync(join(dist, mainJs), 'utf8');
const mainWasm = readdirSync(dist).find((f) => /^bantin-[0-9a-f]+_bg\.wasm$/.test(f)) ?? fail(`no bantin-<hash>_bg.wasm in ${dist}`);
const loaderName = `__wasm_split-${sha('sha256', loader, appJs, readFileSync(join(dist, mainWasm))).digest('hex').slice(0, 16)}.js`;
// Only the import statements: the wasm's own import module name ("./__wasm_split.js", the
// keys of the imports object) stays as it is.
const imports = /(\bfrom\s*)"\.\/__wasm_split\.js"/g;
if (!imports.test(appJs)) fail(`${mainJs} does not import ./${LOADER}`);
const newAppJs = appJs.replace(imports, `$1"./${loaderName}"`);
const newMainJs = `bantin-${sha('sha256', newAppJs).digest('hex').slice(0, 16)}.js`;
for (const old of readdirSync(dist).filter((f) => f === mainJs || f.startsWith('__wasm_split'))) rmSync(join(dist, old));
writeFileSync(join(dist, newMainJs), newAppJs);
writeFileSync(join(dist, loaderName), loader.replace('"./bantin.js"', `"./${newMainJs}"`));

// index.html: the app's JS under its new name and integrity, the loader preloaded by name.
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8').replaceAll(mainJs, newMainJs);
const sri = `sha384-${sha('sha384', newAppJs).digest('base64')}`;
const withSri = html.replace(new RegExp(`(<link[^>]*${newMainJs.replace('.', '\\.')}[^>]*integrity=)"?sha384-[^" >]+"?`), `$1${sri}`);
if (withSri === html) fail(`no integrity for ${newMainJs} in index.html`);
html = withSri.replace(/href=("?)(\.\/)?__wasm_split\.js\1/, `href=./${loaderName}`);
if (!html.includes(`href=./${loaderName}`)) fail('index.html does not preload __wasm_split.js');
writeFileSync(indexPath, html);
console.log(`wasm split: ${chunks.length} lazily loaded chunks (${(total / 1000).toFixed(1)} KB raw), ${loaderName} and ${newMainJs} in ${dist}`);
