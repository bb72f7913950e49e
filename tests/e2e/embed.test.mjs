// The embed widget on a portal page of another origin: embed.js turns each
// [data-bantin-widget] into an iframe of the reader's nhung.html, sized by postMessage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { ARTIFACTS, DIST, assertClean, startReader } from './helpers.mjs';
import { startServer } from './server.mjs';
import { freePort } from './nginx-control.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FEED = JSON.parse(readFileSync(new URL('../../public/feed.json', import.meta.url), 'utf8'));
const byDate = [...FEED.items].sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published));
const title = (i) => i.title ?? '(Bài viết chưa có tiêu đề)';

let reader;
let portal;
let hostDir;
before(async () => {
  reader = await startReader();
  hostDir = mkdtempSync(join(tmpdir(), 'bantin-portal-'));
  // The portal is another origin (another port), with no CSP of ours.
  portal = await startServer({ root: hostDir, csp: '' });
});
after(async () => { await portal?.close(); await reader?.close(); });

function hostPage(name, body, script = `${reader.server.url}embed.js`) {
  writeFileSync(join(hostDir, `${name}.html`), `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Cổng xã</title></head>
<body><h1>Trang của xã</h1>${body}<script src="${script}" async></script></body></html>`);
  return `${portal.url}${name}.html`;
}

const frameOf = (page, n) => page.frameLocator('[data-bantin-widget] iframe').nth(n);

test('embed.js is small and has one global', () => {
  const source = readFileSync(join(DIST, 'embed.js'));
  assert.ok(gzipSync(source, { level: 9 }).length <= 2000, `${gzipSync(source).length} bytes gzipped`);
  assert.doesNotMatch(source.toString(), /\bwindow\.(?!bantinEmbed|addEventListener)[a-zA-Z]+\s*=/);
});

test('widgets show the right articles in order, size to their content and link out of the frame', async () => {
  const url = hostPage('portal', `
    <div id="w1" data-bantin-widget data-category="dang-doan-the" data-limit="5"><a href="${reader.server.url}">Tin tức</a></div>
    <div id="w2" data-bantin-widget data-sort="most-viewed" data-limit="3" data-theme="dark" data-target="_blank" data-show="views,image"><a href="${reader.server.url}">Tin tức</a></div>
    <div id="w3" data-bantin-widget data-limit="100" data-sort="oldest"><a href="${reader.server.url}">Tin tức</a></div>`);
  // Listening from the start: the widget warns about its options as soon as it runs.
  const warnings = [];
  const page = await reader.open(url, {
    width: 420, height: 900,
    beforeGoto: (p) => p.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }),
  });
  for (const n of [0, 1, 2]) await frameOf(page, n).locator('.widget-list li').first().waitFor();

  const party = byDate.filter((i) => i._bantin?.category === 'Đảng - đoàn thể').slice(0, 5).map(title);
  assert.deepEqual((await frameOf(page, 0).locator('.widget-title').allTextContents()).map((t) => t.trim()), party);
  assert.equal(await frameOf(page, 0).locator('.widget-heading').textContent(), 'Đảng - đoàn thể');
  const mostViewed = [...FEED.items].filter((i) => i._bantin?.views != null).sort((a, b) => b._bantin.views - a._bantin.views).slice(0, 3).map(title);
  assert.deepEqual((await frameOf(page, 1).locator('.widget-title').allTextContents()).map((t) => t.trim()), mostViewed);
  assert.equal(await frameOf(page, 1).locator('html').getAttribute('data-theme'), 'dark');
  // Invalid options: defaults (5 newest) and a warning for each.
  assert.equal(await frameOf(page, 2).locator('.widget-title').count(), 5);
  await page.waitForTimeout(200);
  assert.ok(warnings.some((w) => /data-limit="100"/.test(w)) && warnings.some((w) => /data-sort="oldest"/.test(w)), warnings.join('\n'));

  // Links leave the frame: the top window by default, a new tab when asked.
  const targets = async (n) => frameOf(page, n).locator('a').evaluateAll((as) => [...new Set(as.map((a) => `${a.target}|${a.rel}`))]);
  assert.deepEqual(await targets(0), ['_top|']);
  assert.deepEqual(await targets(1), ['_blank|noopener noreferrer']);
  assert.match(await frameOf(page, 0).locator('.widget-more a').getAttribute('href'), /chuyen-muc\/dang-doan-the$/);

  // The iframe is exactly as tall as its content: no inner scrollbar; the fallback gave way.
  const heights = (n) => page.evaluate(async (n) => {
    const frame = document.querySelectorAll('[data-bantin-widget] iframe')[n];
    await new Promise((r) => setTimeout(r, 300));
    return frame.getBoundingClientRect().height;
  }, n);
  const content = (n) => frameOf(page, n).locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
  // Pictures and fonts may still be arriving: the iframe must catch up with its content.
  const caughtUp = async (n) => {
    for (let i = 0; i < 30; i++) {
      const [outer, inner] = [await heights(n), await content(n)];
      if (outer === inner) return true;
    }
    return false;
  };
  for (const n of [0, 1, 2]) {
    assert.ok(await caughtUp(n), `widget ${n + 1}: as tall as its content`);
    assert.ok(await frameOf(page, n).locator('html').evaluate((h) => h.scrollHeight <= h.clientHeight), `widget ${n + 1}: nothing to scroll`);
    assert.equal(await page.locator('[data-bantin-widget] > a').nth(n).isVisible(), false);
    assert.ok(await page.locator('[data-bantin-widget] iframe').nth(n).getAttribute('title'));
  }
  // Bigger text inside: the iframe follows.
  const before = await heights(0);
  await frameOf(page, 0).locator('html').evaluate((h) => h.setAttribute('data-text', '4'));
  await page.waitForFunction((b) => document.querySelector('#w1 iframe').getBoundingClientRect().height > b + 20, before);
  assert.ok(await caughtUp(0), 'the iframe followed the bigger text');
  // And back: the iframe shrinks with its content, too.
  await frameOf(page, 0).locator('html').evaluate((h) => h.setAttribute('data-text', '1'));
  await page.waitForFunction((b) => Math.abs(document.querySelector('#w1 iframe').getBoundingClientRect().height - b) < 2, before);

  // A forged height from the portal page itself, or from another frame, is ignored.
  const settledHeight = await heights(0);
  await page.evaluate(() => {
    window.postMessage({ type: 'bantin:height', height: 1234 }, '*');
    const other = document.createElement('iframe');
    other.srcdoc = '<script>parent.postMessage({type: "bantin:height", height: 999}, "*")<\/script>';
    document.body.append(other);
  });
  await page.waitForTimeout(400);
  assert.equal(await heights(0), settledHeight);

  // Keyboard focus moves from the portal page into the widget's links.
  let inside = null;
  for (let i = 0; i < 6 && !inside; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName) === 'IFRAME') {
      inside = await frameOf(page, 0).locator('html').evaluate(() => document.activeElement?.className);
    }
  }
  assert.equal(inside, 'widget-title');
  await page.screenshot({ path: join(ARTIFACTS, 'embed-portal.png'), fullPage: true });
  assertClean(page);
});

test('the fallback link stays when the reader is unreachable or its embed page fails', async () => {
  const closed = await freePort();
  const down = hostPage('down', `<div data-bantin-widget><a id="fallback" href="https://news.example.vn/">Tin tức</a></div>`, `http://127.0.0.1:${closed}/embed.js`);
  const page = await reader.open(down, { allowErrors: [/ERR_CONNECTION_REFUSED|Failed to load resource/] });
  await page.waitForTimeout(500);
  assert.ok(await page.locator('#fallback').isVisible());

  reader.server.setFault('/nhung.html', 503);
  const failing = hostPage('failing', `<div data-bantin-widget><a id="fallback" href="https://news.example.vn/">Tin tức</a></div>`);
  const page2 = await reader.open(failing, { allowErrors: [/503|Failed to load resource/] });
  await page2.locator('[data-bantin-widget] iframe').waitFor({ state: 'attached' });
  await page2.waitForTimeout(1000);
  assert.ok(await page2.locator('#fallback').isVisible());
  assert.equal(await page2.locator('[data-bantin-widget] iframe').evaluate((f) => f.getBoundingClientRect().height), 0);
  reader.server.clearFaults();

  // The feed down: a small message and a link inside the widget, never a broken box.
  reader.server.setFault('/feed.json', 500);
  const page3 = await reader.open(hostPage('feed-down', `<div data-bantin-widget><a href="https://news.example.vn/">Tin tức</a></div>`), { allowErrors: [/500|Failed to load resource/] });
  await frameOf(page3, 0).locator('.widget-status a').waitFor();
  assert.match(await frameOf(page3, 0).locator('.widget-status').textContent(), /Không tải được tin tức/);
  reader.server.clearFaults();
  assertClean(page3);
});

test('widgets added later and a second copy of embed.js are handled once each', async () => {
  const url = hostPage('late', `<div data-bantin-widget data-limit="2"></div><script src="${reader.server.url}embed.js" async></script>`);
  const page = await reader.open(url);
  await frameOf(page, 0).locator('.widget-list li').first().waitFor();
  await page.evaluate(() => { const d = document.createElement('div'); d.setAttribute('data-bantin-widget', ''); d.setAttribute('data-limit', '1'); document.body.append(d); });
  await frameOf(page, 1).locator('.widget-list li').first().waitFor();
  assert.equal(await page.locator('[data-bantin-widget] iframe').count(), 2);
  assert.equal(await frameOf(page, 1).locator('.widget-title').count(), 1);
  assertClean(page);
});

test('the demo page works from another origin, and an unknown category is said politely', async () => {
  const demo = readFileSync(join(DIST, 'embed-demo.html'), 'utf8')
    .replace('src="embed.js"', `src="${reader.server.url}embed.js"`)
    .replace('href="embed-demo.css"', `href="${reader.server.url}embed-demo.css"`)
    .replace('href="favicon.png"', 'href="data:,"');
  writeFileSync(join(hostDir, 'demo.html'), demo);
  const fetched = [];
  const page = await reader.open(`${portal.url}demo.html`, {
    width: 1280,
    beforeGoto: (p) => p.on('request', (r) => { if (r.url().startsWith(reader.server.url)) fetched.push(new URL(r.url()).pathname.slice(1)); }),
  });
  for (const n of [0, 1, 2]) await frameOf(page, n).locator('.widget-list li').first().waitFor();
  // Only what the widget needs: its page, its own small wasm and JS, the styles, config and
  // feed (and pictures) — nothing of the reader's shell or its app chunk.
  const kinds = [...new Set(fetched.map((f) => f.replace(/-[0-9a-f]{8,16}(?=[._])/, '-#')))].sort();
  assert.deepEqual(kinds.filter((f) => !f.startsWith('anh/')), ['config.json', 'embed-demo.css', 'embed.js', 'feed.json', 'main-#.css', 'nhung.html', 'widget-#.css', 'widget-#.js', 'widget-#_bg.wasm', 'widget-start-#.js']);
  assert.equal(await frameOf(page, 0).locator('.widget-heading').textContent(), 'Tin Đảng - đoàn thể');
  assert.equal(await frameOf(page, 1).locator('.widget-thumb').count(), 4);
  assert.equal(await frameOf(page, 2).locator('.widget-title').count(), 5);
  assertClean(page);

  const unknown = hostPage('unknown', `<div data-bantin-widget data-category="khong-co"><a href="https://news.example.vn/">Tin tức</a></div>`);
  const page2 = await reader.open(unknown);
  await frameOf(page2, 0).locator('.widget-status a').waitFor();
  assert.match(await frameOf(page2, 0).locator('.widget-status').textContent(), /Không có chuyên mục này/);
  assertClean(page2);
});

test('config.json embed_origins: only the listed sites get the news', async () => {
  const config = JSON.parse(readFileSync(join(DIST, 'config.json'), 'utf8'));
  reader.server.setFault('/config.json', { body: JSON.stringify({ ...config, embed_origins: ['https://xa.example.vn'] }) });
  const page = await reader.open(hostPage('elsewhere', `<div data-bantin-widget><a href="https://news.example.vn/">Tin tức</a></div>`));
  await frameOf(page, 0).locator('.widget-status').waitFor();
  assert.match(await frameOf(page, 0).locator('.widget-status').textContent(), /chưa được phép/);
  assert.equal(await frameOf(page, 0).locator('.widget-list').count(), 0);
  reader.server.setFault('/config.json', { body: JSON.stringify({ ...config, embed_origins: [portal.origin] }) });
  const allowed = await reader.open(hostPage('listed', `<div data-bantin-widget><a href="https://news.example.vn/">Tin tức</a></div>`));
  await frameOf(allowed, 0).locator('.widget-list li').first().waitFor();
  reader.server.clearFaults();
  assertClean(allowed);
});

test('axe-core finds no violations inside the widgets, light and dark, and in a message', async () => {
  const url = hostPage('axe', `
    <div data-bantin-widget data-category="dang-doan-the" data-show="date,views,image,summary"></div>
    <div data-bantin-widget data-sort="most-viewed" data-theme="dark" data-show="image,views" data-target="_blank"></div>
    <div data-bantin-widget data-theme="dark" data-lang="en" data-title="none"></div>
    <div data-bantin-widget data-category="khong-co"></div>`);
  const page = await reader.open(url, { width: 375 });
  for (const n of [0, 1, 2]) await frameOf(page, n).locator('.widget-list li').first().waitFor();
  await frameOf(page, 3).locator('.widget-status').waitFor();
  const frames = page.frames().filter((f) => f.url().includes('/nhung.html'));
  assert.equal(frames.length, 4);
  for (const frame of frames) {
    await frame.evaluate(AXE); // through DevTools: not subject to the widget's CSP
    const result = await frame.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    assert.deepEqual(found, [], frame.url());
  }
  assert.equal(await frameOf(page, 2).locator('html').getAttribute('lang'), 'en');
  assert.equal(await frameOf(page, 2).locator('.widget-more a').textContent(), 'Read more ›');
  assertClean(page);
});

test('config.json may name the feed by an absolute URL, as for the reader', async () => {
  const config = JSON.parse(readFileSync(join(DIST, 'config.json'), 'utf8'));
  reader.server.setFault('/config.json', { body: JSON.stringify({ ...config, feed: `${reader.server.url}feed.json` }) });
  const page = await reader.open(hostPage('absolute-feed', `<div data-bantin-widget data-limit="2"><a href="https://news.example.vn/">Tin tức</a></div>`));
  await frameOf(page, 0).locator('.widget-list li').first().waitFor();
  assert.equal(await frameOf(page, 0).locator('.widget-title').count(), 2);
  reader.server.clearFaults();
  assertClean(page);
});
