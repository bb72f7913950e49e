// The benchmark: bantin against the fastest possible page, in one run, through the shipped
// nginx config, in headless Chromium with mobile emulation (4× CPU, slow 4G).
// Usage: [BENCH_DEBUG=1] node bench/run.mjs [--runs 5] [--sizes 100,1000,10000,50000]
//        [--lighthouse-runs 3] [--no-lighthouse]
//        [--dist DIR --label NAME]   another build (e.g. an older commit's) for an A/B in the
//                                    same session: printed and saved as bench/results/*-NAME.json
//                                    only; BENCHMARKS.md and latest.json are left alone.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './site.mjs';
import { routeChange } from './route.mjs';
import { startNginx } from '../tests/e2e/nginx-control.mjs';
import { CHROMIUM_ARGS } from '../scripts/screenshot.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const RUNS = Number(arg('runs', 5));
const SIZES = arg('sizes', '100,1000,10000,50000').split(',').map(Number);
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');
// Lighthouse's blocking time moves by hundreds of milliseconds between runs of one build: each
// page and preset is run this many times and the run with the median performance score kept.
const LIGHTHOUSE_RUNS = Number(arg('lighthouse-runs', 3));
const DIST = arg('dist', join(ROOT, 'dist'));
const LABEL = arg('label', DIST === join(ROOT, 'dist') ? null : 'other');
const CHROME = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Slow 4G as Lighthouse defines it: 150 ms RTT, 1.6 Mbps down, 750 kbps up.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36' };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const log = (...a) => console.error('[bench]', ...a);
const dbg = (...a) => process.env.BENCH_DEBUG && console.error('[dbg]', new Date().toISOString().slice(11, 19), ...a);

// Records, in the page, when the first <article> of the main content is painted, and LCP;
// says so on the console ("bench:article"), and again once the app has taken over from the
// first paint ("bench:app"; at once for the static baseline, which has no boot shell).
//
// "Painted" is the frame's paint, by Element Timing: when the first article appears, the
// probe marks the page's `h1` (drawn in the same frame) with an `elementtiming` attribute,
// and the browser reports when that frame was painted, its style, layout and paint included.
// (Until session 6 this was the start of that frame, a requestAnimationFrame callback: it
// left out the frame's own layout and paint, for the baseline and the app alike, and moved
// with whatever layout a page forced before it. It is still recorded, as frameStart.)
// The harness listens to the console instead of polling: Playwright's polling injects its
// own script into the page (~100 ms of main thread at 4× CPU), which had landed on the
// static baseline's critical path (+50 ms) but in the app's network wait.
const PROBE = `
  window.__bench = {};
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.wasm = e.detail.wasm; });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.identifier !== 'bench-first-article' || window.__bench.article != null) continue;
      window.__bench.article = e.renderTime || e.startTime;
      console.log('bench:article');
    }
  }).observe({ type: 'element', buffered: true });
  const seen = () => {
    if (!window.__bench.articleSeen && document.querySelector('main article')) {
      window.__bench.articleSeen = true;
      const text = document.querySelector('main h1') ?? document.querySelector('main article a');
      text?.setAttribute('elementtiming', 'bench-first-article');
      requestAnimationFrame(() => { window.__bench.frameStart = performance.now(); });
    }
    if (window.__bench.articleSeen && !window.__bench.appSeen && !document.getElementById('boot')) {
      window.__bench.appSeen = true;
      requestAnimationFrame(() => setTimeout(() => console.log('bench:app'), 0));
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
`;

async function throttled(context, page, { network = true } = {}) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

function classify(url, type) {
  const path = new URL(url).pathname;
  if (type === 'Document') return 'html';
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('config.json')) return 'config';
  if (path.endsWith('feed.json')) return 'feed';
  return 'other';
}

/** One cold (or, with `context` reused, warm) load; returns timings and bytes by kind. */
async function load(browser, url, { context, network = true } = {}) {
  const own = !context;
  context ??= await browser.newContext(MOBILE);
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await throttled(context, page, { network });
  const kinds = new Map();
  const bytes = {};
  cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, classify(e.response.url, e.type)));
  cdp.on('Network.loadingFinished', (e) => {
    const kind = kinds.get(e.requestId);
    if (kind) bytes[kind] = (bytes[kind] ?? 0) + e.encodedDataLength;
  });
  const said = (text) => page.waitForEvent('console', { predicate: (m) => m.text() === text, timeout: 120_000 })
    .catch((e) => { throw new Error(`${url}: no ${text} within 120 s (${e.message})`); });
  // The reader paints the list before its Leptos app has arrived (src/first_paint.rs): wait
  // for the app to take over (the boot shell leaves), so that the bytes below are those of the
  // working app and route changes are the app's.
  const painted = Promise.all([said('bench:article'), said('bench:app')]);
  await page.goto(url, { waitUntil: 'commit' });
  await painted;
  await page.waitForTimeout(300); // let LCP settle
  const result = await page.evaluate(() => {
    const mark = (n) => performance.getEntriesByName(n)[0]?.startTime;
    return { article: window.__bench.article, frameStart: window.__bench.frameStart, lcp: window.__bench.lcp, start: mark('bantin:start'), ready: mark('bantin:app-ready'), fetched: mark('bantin:feed-fetched'),
      kept: mark('bantin:kept-screen'), firstPaint: mark('bantin:first-paint'),
      parsed: mark('bantin:feed-parsed'), dom: document.getElementsByTagName('*').length,
      wasmMemory: window.__bench.wasm?.memory?.buffer?.byteLength,
      fromWorker: performance.getEntriesByType('navigation')[0]?.deliveryType === 'cache-storage',
      nav: performance.getEntriesByType('navigation')[0]?.responseEnd };
  });
  result.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  result.bytes = { ...bytes }; // a snapshot: later route changes on this page fetch lazily loaded chunks
  return { result, page, context, cdp, close: async () => { await page.close(); if (own) await context.close(); } };
}

/** The embed demo page (a portal page with three widgets), cold, mobile, throttled: time from
 * navigation to the first widget's list painted (the widget's own mark, on the page's clock),
 * the host page's own first contentful paint (the loader must not hold it back), and the bytes
 * a portal visitor downloads for the widgets (everything but the host page). */
async function widgetLoad(browser, url) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  const cdp = await throttled(context, page);
  let bytes = 0;
  const host = new Set();
  cdp.on('Network.requestWillBeSent', (e) => { if (/embed-demo\.(html|css)$/.test(e.request.url)) host.add(e.requestId); });
  cdp.on('Network.loadingFinished', (e) => { if (!host.has(e.requestId)) bytes += e.encodedDataLength; });
  await page.goto(url, { waitUntil: 'commit' });
  const frame = page.frameLocator('[data-bantin-widget] iframe').first();
  await frame.locator('.widget-list li').first().waitFor({ timeout: 600_000 });
  await page.waitForTimeout(1500);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const painted = await frame.locator('html').evaluate(() => performance.timeOrigin + (performance.getEntriesByName('bantin:widget-painted')[0]?.startTime ?? NaN));
  const hostFcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await context.close();
  return { paintMs: painted - origin, hostFcpMs, bytes };
}

function lighthouse(url, preset) {
  const out = mkdtempSync(join(tmpdir(), 'bantin-lh-'));
  const args = [url, '--output=json', `--output-path=${join(out, 'report.json')}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')} --user-data-dir=${join(out, 'profile')}`];
  if (preset === 'desktop') args.push('--preset=desktop');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'lighthouse'), args, { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'pipe'] });
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  const score = (c) => Math.round(report.categories[c].score * 100);
  return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
    lcp: report.audits['largest-contentful-paint'].numericValue, fcp: report.audits['first-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    failed: Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id) };
}

async function main() {
  const site = mkdtempSync(join(tmpdir(), 'bantin-bench-'));
  log('laying out the site (app, static baseline, generated feeds)…');
  const { feedBytes, articlePath } = buildSite(DIST, site, SIZES);
  const nginx = await startNginx(site);
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROMIUM_ARGS });
  const results = { date: new Date().toISOString(), commit: LABEL ?? execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
    runs: RUNS, conditions: 'mobile 412×823, CPU 4× slower, slow 4G (150 ms RTT, 1.6 Mbps down)', nginx: nginx.origin };
  try {
    const cold = { baseline: [], home: [], article: [], repeat: [], baselineRepeat: [] };
    const routes = { forward: [], back: [], first: [], later: [], baseline: [] };
    let sizes;
    for (let i = 0; i < RUNS; i++) {
      log(`cold loads, run ${i + 1}/${RUNS}`);
      const base = await load(browser, `${nginx.url}static/`);
      cold.baseline.push(base.result);
      const baseAgain = await load(browser, `${nginx.url}static/`, { context: base.context });
      cold.baselineRepeat.push(baseAgain.result);
      await base.context.close();
      dbg('home');
      const home = await load(browser, nginx.url);
      cold.home.push(home.result);
      sizes ??= home.result.bytes;
      // Three round trips per run: the first click of a visit and the ones after it.
      for (let k = 0; k < 3; k++) {
        // A different article each time, as a reader goes: text never laid out before costs
        // more than the same article again. The first click of a visit costs more still
        // (its code and the article page's styles are used for the first time): kept apart.
        dbg('route', k);
        const rc = await routeChange(home.page, k + 1);
        routes.forward.push(rc.forward);
        routes.back.push(rc.back);
        routes.baseline.push(rc.baseline);
        (k === 0 ? routes.first : routes.later).push(rc.forward);
      }
      // A reader comes back later, when the service worker registered on this visit
      // (public/sw.js) has kept its index.html: wait for that before the return visit.
      dbg('sw wait');
      await home.page.evaluate(async () => {
        if (!navigator.serviceWorker || document.querySelector('meta[name="bantin-service-worker"][content="off"]')) return;
        for (let i = 0; i < 300; i++) {
          if (await caches.match(new URL('index.html', document.baseURI).href).catch(() => null)) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      });
      dbg('repeat');
      const again = await load(browser, nginx.url, { context: home.context });
      cold.repeat.push(again.result);
      await home.context.close();
      dbg('article');
      const article = await load(browser, `${nginx.url}${articlePath}`);
      cold.article.push(article.result);
      await article.close();
    }
    const widgets = [];
    for (let i = 0; i < RUNS; i++) {
      log(`embed widget, run ${i + 1}/${RUNS}`);
      widgets.push(await widgetLoad(browser, `${nginx.url}embed-demo.html`));
    }
    results.widget = { paintMs: median(widgets.map((w) => w.paintMs)), hostFcpMs: median(widgets.map((w) => w.hostFcpMs)), bytes: median(widgets.map((w) => w.bytes)) };
    const med = (list, key) => median(list.map((r) => r[key]).filter((v) => v != null));
    results.transfer = sizes;
    results.shell = (sizes.js ?? 0) + (sizes.wasm ?? 0) + (sizes.css ?? 0);
    results.cold = Object.fromEntries(Object.entries(cold).map(([k, list]) => [k, { article: med(list, 'article'), frameStart: med(list, 'frameStart'), lcp: med(list, 'lcp'), start: med(list, 'start'), fetched: med(list, 'fetched'), ready: med(list, 'ready'), kept: med(list, 'kept'), firstPaint: med(list, 'firstPaint'), fromWorker: list.filter((r) => r.fromWorker).length, nav: med(list, 'nav') }]));
    results.routeChange = { forward: median(routes.forward), back: median(routes.back), firstForward: median(routes.first), laterForward: median(routes.later), baseline: median(routes.baseline),
      samples: { forward: routes.forward, back: routes.back, baseline: routes.baseline } }; // in run order, three per visit: for comparisons

    results.bigFeeds = [];
    for (const n of SIZES) {
      log(`feed of ${n} items (${(feedBytes[n] / 1e6).toFixed(1)} MB)`);
      const runs = [];
      for (let i = 0; i < (n >= 10000 ? 1 : Math.min(RUNS, 3)); i++) {
        // The network is not throttled here: a 50,000-item feed is tens of MB.
        const r = await load(browser, `${nginx.url}f${n}/`, { network: false });
        // Rendering must not grow with the feed: a route change on it, too.
        const rc = await routeChange(r.page);
        r.result.routeForward = rc.forward;
        r.result.routeBack = rc.back;
        runs.push(r.result);
        await r.close();
      }
      const parse = med(runs, 'parsed') - med(runs, 'fetched');
      results.bigFeeds.push({ items: n, feedMB: feedBytes[n] / 1e6, parseMs: parse, parseMsPer1000: (parse / n) * 1000,
        firstPageMs: med(runs, 'article'), heapMB: med(runs, 'heap') / 1e6, wasmMB: med(runs, 'wasmMemory') / 1e6, domNodes: med(runs, 'dom'),
        routeForwardMs: med(runs, 'routeForward'), routeBackMs: med(runs, 'routeBack') });
    }

    if (LIGHTHOUSE) {
      results.lighthouse = {};
      for (const [name, path] of [['home', ''], ['article', articlePath]]) {
        for (const preset of ['mobile', 'desktop']) {
          const runs = [];
          for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
            log(`lighthouse ${preset} ${name}, run ${i + 1}/${LIGHTHOUSE_RUNS}`);
            runs.push(lighthouse(`${nginx.url}${path}`, preset));
          }
          const byScore = [...runs].sort((a, b) => a.performance - b.performance);
          results.lighthouse[`${preset} ${name}`] = { ...byScore[(byScore.length - 1) >> 1], performanceRuns: runs.map((l) => l.performance), tbtRuns: runs.map((l) => l.tbt) };
        }
      }
    }
  } finally {
    await browser.close();
    nginx.stop();
    rmSync(site, { recursive: true, force: true });
  }
  const table = render(results);
  console.log(table);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', `${results.date.slice(0, 10)}-${results.commit}.json`), `${JSON.stringify(results, null, 2)}\n`);
  if (LABEL) return;
  writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const doc = join(ROOT, 'BENCHMARKS.md');
  const previous = readFileSync(doc, 'utf8');
  const marker = '<!-- bench:latest -->';
  const [head] = previous.split(marker);
  writeFileSync(doc, `${head}${marker}\n${table}\n`);
}

function render(r) {
  const kb = (b) => (b / 1000).toFixed(1);
  const ms = (v) => (v == null || Number.isNaN(v) ? '–' : `${Math.round(v)} ms`);
  const x = (v, base) => (v && base ? `${(v / base).toFixed(2)}×` : '–');
  const lines = [];
  lines.push(`Run ${r.date} at ${r.commit}; ${r.conditions}; median of ${r.runs} runs; served by the reference nginx config.`, '');
  lines.push('**1. Transfer sizes** (bytes on the wire, brotli from nginx, app home cold load, everything until the app has taken over from the first paint)', '');
  lines.push('| html | js | wasm | css | config | feed | app shell (js+wasm+css) |', '|---|---|---|---|---|---|---|');
  const t = r.transfer;
  lines.push(`| ${kb(t.html ?? 0)} KB | ${kb(t.js ?? 0)} KB | ${kb(t.wasm ?? 0)} KB | ${kb(t.css ?? 0)} KB | ${kb(t.config ?? 0)} KB | ${kb(t.feed ?? 0)} KB | **${kb(r.shell)} KB** |`, '');
  lines.push('**2. Loads** (time to the first article painted, and LCP; ratio to the static-HTML baseline of the same run)', '');
  lines.push('| page | first article | ratio | LCP | ratio | main module starts | feed received | app ready |', '|---|---|---|---|---|---|---|---|');
  const b = r.cold.baseline;
  const app = (c) => `${ms(c.start)} | ${ms(c.fetched)} | ${ms(c.ready)}`;
  lines.push(`| static HTML baseline, cold | ${ms(b.article)} | 1.00× | ${ms(b.lcp)} | 1.00× | – | – | – |`);
  lines.push(`| app home, cold | ${ms(r.cold.home.article)} | ${x(r.cold.home.article, b.article)} | ${ms(r.cold.home.lcp)} | ${x(r.cold.home.lcp, b.lcp)} | ${app(r.cold.home)} |`);
  lines.push(`| app article deep link, cold | ${ms(r.cold.article.article)} | ${x(r.cold.article.article, b.article)} | ${ms(r.cold.article.lcp)} | ${x(r.cold.article.lcp, b.lcp)} | ${app(r.cold.article)} |`);
  lines.push(`| static HTML baseline, repeat visit | ${ms(r.cold.baselineRepeat.article)} | 1.00× | ${ms(r.cold.baselineRepeat.lcp)} | 1.00× | – | – | – |`);
  lines.push(`| app home, repeat visit | ${ms(r.cold.repeat.article)} | ${x(r.cold.repeat.article, r.cold.baselineRepeat.article)} | ${ms(r.cold.repeat.lcp)} | ${x(r.cold.repeat.lcp, r.cold.baselineRepeat.lcp)} | ${app(r.cold.repeat)} |`, '');
  const rep = r.cold.repeat;
  if (rep.kept != null) {
    lines.push(`Repeat visit: index.html came from the service worker (public/sw.js, kept on the first visit) in ${rep.fromWorker} of ${r.runs} visits, at ${ms(rep.nav)} (the baseline's, revalidated with the server: ${ms(r.cold.baselineRepeat.nav)}); what is painted first is the kept screen (the first screen of the earlier visit, drawn by kept-screen.js from localStorage at ${ms(rep.kept)}, before the main module starts); this visit's own news is drawn over it by the first paint at ${ms(rep.firstPaint)} (the mark after its DOM is built, before that frame's paint) — ${x(rep.firstPaint, r.cold.baselineRepeat.article)} the baseline's paint.`, '');
  }
  const start = (c) => ms(c.frameStart);
  lines.push(`First article painted = the paint of the frame that shows it (Element Timing). The start of that frame, the definition before session 6: baseline ${start(b)}, home ${start(r.cold.home)} (${x(r.cold.home.frameStart, b.frameStart)}), deep link ${start(r.cold.article)} (${x(r.cold.article.frameStart, b.frameStart)}); repeat: baseline ${start(r.cold.baselineRepeat)}, home ${start(r.cold.repeat)} (${x(r.cold.repeat.frameStart, r.cold.baselineRepeat.frameStart)}).`, '');
  if (r.widget) {
    lines.push(`**Embed widget** (embed-demo.html, three widgets, cold, same conditions): the portal page's own first contentful paint ${ms(r.widget.hostFcpMs)}; first widget list painted ${ms(r.widget.paintMs)} after navigation (static baseline above: ${ms(b.article)}); ${kb(r.widget.bytes)} KB on the wire for the widgets (embed.js, nhung.html ×3, the widget's wasm, JS and CSS, config, feed, thumbnails).`, '');
  }
  lines.push(`**3. Route changes** (click to the paint of the frame showing the new page, CPU 4×; a different article each time, three per visit; median of ${r.runs * 3}, and apart: of the ${r.runs} first clicks of a visit and of the ${r.runs * 2} after them)`, '');
  const rc = r.routeChange;
  lines.push('| home → article | article → back to home | first click of a visit (home → article) | later clicks of a visit | baseline: the same change in plain JS |', '|---|---|---|---|---|',
    `| ${ms(rc.forward)}${rc.baseline ? ` (${x(rc.forward, rc.baseline)})` : ''} | ${ms(rc.back)} | ${ms(rc.firstForward)} | ${ms(rc.laterForward)} | ${rc.baseline ? ms(rc.baseline) : '–'} |`, '');
  if (rc.baseline) lines.push(`Baseline: on the same page, the list's \`<main>\` replaced by a copy of the article's (as the app's first frame shows it) in plain JS, timed the same way — what the browser itself takes to show that page here, the physical limit of a route change; no history entry, title or framework. The ratio is the app's forward median to it.`, '');
  lines.push('**4. Big feeds** (CPU 4×, network unthrottled)', '');
  lines.push('| items | feed | parse | parse per 1,000 | first page shown | JS heap | wasm memory | DOM nodes | route change → / ← |', '|---|---|---|---|---|---|---|---|---|');
  for (const f of r.bigFeeds) lines.push(`| ${f.items.toLocaleString('en')} | ${f.feedMB.toFixed(1)} MB | ${ms(f.parseMs)} | ${f.parseMsPer1000.toFixed(1)} ms | ${ms(f.firstPageMs)} | ${f.heapMB.toFixed(1)} MB | ${(f.wasmMB ?? 0).toFixed(0)} MB | ${f.domNodes} | ${ms(f.routeForwardMs)} / ${ms(f.routeBackMs)} |`);
  if (r.lighthouse) {
    const runs = Object.values(r.lighthouse)[0]?.performanceRuns?.length ?? 1;
    lines.push('', `**5. Lighthouse 12** (system Chromium; ${runs > 1 ? `${runs} runs of each, the one with the median performance score shown, every run's score and total blocking time in brackets` : 'one run of each'})`, '');
    lines.push('| run | performance | accessibility | best practices | SEO | FCP | LCP | TBT | failed audits |', '|---|---|---|---|---|---|---|---|---|');
    for (const [name, l] of Object.entries(r.lighthouse)) {
      const all = l.performanceRuns?.length > 1 ? ` (${l.performanceRuns.join(', ')})` : '';
      const tbts = l.tbtRuns?.length > 1 ? ` (${l.tbtRuns.map(ms).join(', ')})` : '';
      lines.push(`| ${name} | ${l.performance}${all} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${ms(l.fcp)} | ${ms(l.lcp)} | ${l.tbt == null ? '–' : ms(l.tbt)}${tbts} | ${l.failed.join(', ') || '–'} |`);
    }
  }
  return lines.join('\n');
}

await main();
