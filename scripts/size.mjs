// Prints the reader's size on the wire (brotli, quality 11) and fails above the budgets.
// The shell is what a first visit downloads before the page shows: the main wasm (start-up,
// loading, the pure core, the first paint), the JS, the CSS. The Leptos app is a wasm chunk
// of its own (`split-reader-app-*.wasm`), downloaded while the first paint is on screen: the
// shell plus it is the whole reader, with its own budget. The embed widget's page
// (nhung.html: its own `widget-*` wasm, JS and CSS, plus the reader's main CSS) is totalled
// on its own, with its own budget: it is what a portal page downloads for a news box.
// Usage: node scripts/size.mjs [dist] [shell-KB] [widget-KB] [whole-reader-KB]
// (defaults: the budgets ./scripts/test checks, 130, 50 and 210 KB)
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? 130) * 1000;
const widgetBudget = Number(process.argv[4] ?? 50) * 1000;
const readerBudget = Number(process.argv[5] ?? 210) * 1000;
const kinds = { '.wasm': 'wasm', '.js': 'js', '.css': 'css' };
// Files for the portal's other pages (the embed loader, the demo page's style), and the
// service worker (public/sw.js: fetched by the browser once a visit has loaded, to register
// it; nothing on the page waits for it).
const NOT_SHELL = new Set(['embed.js', 'embed-demo.css', 'sw.js']);
const rows = [];
for (const name of readdirSync(dist).sort()) {
  const kind = kinds[extname(name)];
  if (!kind || NOT_SHELL.has(name)) continue;
  const raw = readFileSync(join(dist, name));
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  const gz = gzipSync(raw, { level: 9 });
  rows.push({ kind, name, lazy: /^split-.*\.wasm$/.test(name), widget: /^widget-/.test(name), raw: raw.length, gzip: gz.length, brotli: br.length });
}
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const sum = (list) => list.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const line = (name, r) => console.log(`${name.padEnd(48)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
const shell = rows.filter((r) => !r.lazy && !r.widget);
const lazy = rows.filter((r) => r.lazy);
const widget = rows.filter((r) => r.widget || (r.kind === 'css' && /^main-/.test(r.name)));
console.log('app shell size (KB = 1000 bytes)');
console.log(`${'file'.padEnd(48)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
for (const r of shell) line(r.name, r);
const total = sum(shell);
line('total (wasm + js + css)', total);
const reader = sum([...shell, ...lazy]);
if (lazy.length) {
  console.log('the Leptos app, downloaded while the first paint is on screen:');
  for (const r of lazy) line(r.name, r);
  line('whole reader (shell + app)', reader);
}
if (widget.length) {
  console.log('embed widget page (nhung.html):');
  for (const r of widget) line(r.name, r);
  line('total widget', sum(widget));
}
if (!shell.some((r) => r.kind === 'wasm')) {
  console.error(`no .wasm in ${dist}: build first`);
  process.exit(1);
}
if (total.brotli > budget) {
  console.error(`app shell is ${kb(total.brotli)} KB brotli, over the ${budget / 1000} KB budget`);
  process.exit(1);
}
if (!widget.some((r) => r.kind === 'wasm')) {
  console.error(`no widget-*.wasm in ${dist}: was nhung.html built?`);
  process.exit(1);
}
if (sum(widget).brotli > widgetBudget) {
  console.error(`the widget page is ${kb(sum(widget).brotli)} KB brotli, over its ${widgetBudget / 1000} KB budget`);
  process.exit(1);
}
if (reader.brotli > readerBudget) {
  console.error(`the whole reader is ${kb(reader.brotli)} KB brotli, over its ${readerBudget / 1000} KB budget`);
  process.exit(1);
}
console.log(`within the brotli budgets: ${budget / 1000} KB (shell), ${readerBudget / 1000} KB (whole reader), ${widgetBudget / 1000} KB (widget)`);
