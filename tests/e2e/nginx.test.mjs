// The shipped nginx config, exercised: precompressed files, caching, MIME types, deep links,
// and the app itself loading through it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, assertClean, settled } from './helpers.mjs';
import { rawGet, startNginx } from './nginx-control.mjs';
import { launch } from '../../scripts/screenshot.mjs';

let nginx;
before(async () => { nginx = await startNginx(DIST); });
after(() => nginx?.stop());

const head = (path, encoding) => rawGet(nginx.origin + path, encoding);

const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
const js = readdirSync(DIST).find((f) => /^bantin-.*\.js$/.test(f));

test('hashed assets: precompressed brotli, right type, cached for a year', async () => {
  const r = await head(`/${wasm}`);
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'application/wasm');
  assert.equal(r.headers['content-encoding'], 'br');
  assert.equal(r.length, statSync(join(DIST, `${wasm}.br`)).size, 'the .br file is sent as is');
  assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  assert.match(r.headers.vary ?? '', /Accept-Encoding/i);
  const gz = await head(`/${js}`, 'gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.match(gz.headers['content-type'], /javascript/);
  const plain = await head(`/${js}`, 'identity');
  assert.equal(plain.headers['content-encoding'], undefined);
});

test('entry, config and feed are revalidated; the feed is a JSON Feed', async () => {
  for (const [path, type] of [['/', /^text\/html/], ['/index.html', /^text\/html/], ['/config.json', /^application\/json/], ['/feed.json', /^application\/feed\+json/]]) {
    const r = await head(path);
    assert.equal(r.status, 200, path);
    assert.match(r.headers['content-type'], type, path);
    assert.equal(r.headers['cache-control'], 'no-cache', path);
    assert.ok(r.headers.etag || r.headers['last-modified'], `${path} can be revalidated`);
  }
  assert.equal((await head('/feed.json')).headers['content-encoding'], 'br');
});

test('the service worker keeps its name and is revalidated: a new one reaches readers at once', async () => {
  const r = await head('/sw.js');
  assert.equal(r.status, 200);
  assert.match(r.headers['content-type'], /javascript/);
  assert.equal(r.headers['cache-control'], 'no-cache');
  assert.equal(r.headers['content-encoding'], 'br');
});

test('deep links fall back to index.html; missing files are 404', async () => {
  const deep = await head('/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043');
  assert.equal(deep.status, 200);
  assert.match(deep.headers['content-type'], /^text\/html/);
  assert.equal(deep.headers['cache-control'], 'no-cache');
  assert.equal((await head('/khong-co-123abc.js')).status, 404);
  assert.equal((await head('/anh/khong-co.png')).status, 404);
});

test('only the widget page may be framed by other sites; loaders, chunks and the widget are cached right', async () => {
  const frameAncestors = (csp) => csp.match(/frame-ancestors ([^;]+)/)?.[1];
  const widgetPage = await head('/nhung.html?category=dang-doan-the');
  assert.equal(frameAncestors(widgetPage.headers['content-security-policy']), '*');
  assert.equal(widgetPage.headers['cache-control'], 'no-cache', 'nhung.html names the hashed widget files: revalidated');
  for (const path of ['/', '/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', '/embed-demo.html', '/nhung', '/index.html']) {
    assert.equal(frameAncestors((await head(path)).headers['content-security-policy']), "'self'", path);
  }
  // Every script and wasm has a content-derived name: a repeat visit revalidates none of them.
  const loader = await head(`/${readdirSync(DIST).find((f) => /^__wasm_split-[0-9a-f]{16}\.js$/.test(f))}`);
  assert.match(loader.headers['cache-control'], /immutable/, 'the loader is content-hashed');
  const chunk = readdirSync(DIST).find((f) => /^split-.*\.wasm$/.test(f));
  const c = await head(`/${chunk}`, 'br');
  assert.match(c.headers['content-type'], /^application\/wasm/);
  assert.match(c.headers['cache-control'], /immutable/);
  assert.equal((await head('/embed.js')).headers['cache-control'], 'no-cache', 'embed.js keeps its name: revalidated');
  const widgetWasm = await head(`/${readdirSync(DIST).find((f) => /^widget-.*\.wasm$/.test(f))}`, 'br');
  assert.match(widgetWasm.headers['content-type'], /^application\/wasm/);
  assert.equal(widgetWasm.headers['content-encoding'], 'br');
  assert.match(widgetWasm.headers['cache-control'], /immutable/);
});

test('the app runs through nginx: list, article deep link, reload', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    page.problems = [];
    page.on('pageerror', (e) => page.problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && page.problems.push(m.text()));
    await page.goto(nginx.url);
    await settled(page);
    assert.equal(await page.locator('main .main-list article').count(), 10);
    await page.goto(`${nginx.url}bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043`);
    await page.locator('h1.article-title').waitFor();
    await page.reload();
    await page.locator('h1.article-title').waitFor();
    assert.equal(await page.locator('.article-views').textContent(), 'Lượt xem: 4.129');
    assertClean(page);
  } finally {
    await browser.close();
  }
});
