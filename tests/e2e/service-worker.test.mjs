// The service worker (public/sw.js, registered by kept-screen.js): a return visit to one of
// the reader's addresses is answered with the index.html kept from an earlier visit, without
// waiting for the server; the server's index.html is kept for the visit after. Files,
// the feed and config are not its business; a kept copy whose files are gone is not used; a
// portal can turn it off from index.html.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertClean, DIST, settled, startReader } from './helpers.mjs';

// A copy of dist/ of its own: the tests deploy a new index.html into it.
const root = mkdtempSync(join(tmpdir(), 'bantin-sw-'));
cpSync(DIST, root, { recursive: true });
const INDEX = join(root, 'index.html');
const ORIGINAL = readFileSync(INDEX, 'utf8');
const deploy = (edit) => writeFileSync(INDEX, edit(ORIGINAL));
const withMarker = (html, n) => html.replace('</head>', `<meta name="deploy" content="${n}"></head>`);

// A browser of its own for each test: the pages of one browser share their service worker,
// Cache Storage and HTTP cache, and an earlier test's worker would keep copies meanwhile.
let reader;
beforeEach(async () => { reader = await startReader({ root }); });
afterEach(() => reader.close());

/** Until the worker has kept an index.html (for which `test` holds, if given). */
async function keptIndex(page, test = '') {
  const found = await page.evaluate(async (test) => {
    for (let i = 0; i < 200; i++) {
      const kept = await caches.match(new URL('index.html', document.baseURI).href);
      if (kept && (await kept.text()).includes(test)) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }, test);
  assert.ok(found, `the worker keeps index.html${test ? ` with ${test}` : ''}`);
}

/** A first visit to `index.html` as `edit` deploys it, until the worker has kept it. */
async function keptFirstVisit(edit, test = '') {
  deploy(edit);
  const page = await reader.open('/');
  await settled(page);
  await keptIndex(page, test);
  return page;
}

/** A first visit to deploy 1, kept by the worker; then deploy 2 on the server. */
async function keptThenRedeployed() {
  const page = await keptFirstVisit((html) => withMarker(html, 1), 'content="1"');
  deploy((html) => withMarker(html, 2));
  return page;
}

const answeredByWorker = (page) => page.evaluate(() => performance.getEntriesByType('navigation')[0].deliveryType === 'cache-storage');
const marker = (page) => page.evaluate(() => document.querySelector('meta[name="deploy"]')?.content ?? null);
const url = (path) => new URL(path.replace(/^\//, ''), reader.server.url).href;

/** Retries `check` (which may meet a page in the middle of a navigation) for up to 15 s. */
async function eventually(check, what) {
  let last;
  for (let i = 0; i < 150; i++) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${what}${last ? ` (${last.message})` : ''}`);
}

test('a return visit is answered at once with the kept index.html, even while the server does not answer', async () => {
  deploy((html) => html);
  const page = await reader.open('/');
  await settled(page);
  assert.equal(await answeredByWorker(page), false, 'a first visit comes from the server');
  await keptIndex(page);
  const href = await page.locator('main .cards article .card-title a').first().getAttribute('href');
  const title = (await page.locator('main .cards article .card-title').first().textContent()).trim();
  // The server stops answering for the app's addresses (and index.html): the return visit
  // does not need it for them. The feed and config still come from it.
  for (const path of ['/', href, '/index.html']) reader.server.setFault(path, 'hang');
  try {
    await page.goto(url(href));
    await settled(page);
    assert.equal(await answeredByWorker(page), true);
    assert.equal(await page.locator('main h1').textContent(), title);
    await page.goto(url('/chuyen-muc/van-hoa-the-thao?trang=1'));
    await settled(page);
    assert.equal(await answeredByWorker(page), true, 'any address of the reader, with a query too');
    await page.locator('h1', { hasText: 'Văn hóa - Thể thao' }).waitFor();
  } finally {
    reader.server.clearFaults();
  }
  assertClean(page);
});

test('files are not the worker\'s: a page with an extension comes from the server', async () => {
  const page = await keptFirstVisit((html) => html);
  const demo = readFileSync(join(root, 'embed-demo.html'), 'utf8');
  writeFileSync(join(root, 'embed-demo.html'), demo.replace('</head>', '<meta name="deploy" content="demo"></head>'));
  try {
    await page.goto(url('/embed-demo.html'));
    assert.equal(await answeredByWorker(page), false);
    assert.equal(await marker(page), 'demo', 'the file as it is on the server now');
  } finally {
    writeFileSync(join(root, 'embed-demo.html'), demo);
  }
});

test('a new deploy reaches the reader one visit late, without being asked for', async () => {
  const page = await keptThenRedeployed();
  await page.goto(url('/'));
  await settled(page);
  assert.equal(await marker(page), '1', 'this visit: the kept index.html');
  // In the background, a few seconds into the visit: the server's index.html, kept.
  await keptIndex(page, 'content="2"');
  await page.goto(url('/'));
  await settled(page);
  assert.equal(await answeredByWorker(page), true);
  assert.equal(await marker(page), '2', 'the visit after: the new deploy');
  assertClean(page);
});

test('a kept index.html whose files have left the HTTP cache is not used: the visit goes to the server', async () => {
  const page = await keptThenRedeployed();
  // The browser's cache emptied, as eviction does: the kept copy's files would have to come
  // from the server, which may no longer have them after a deploy.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.goto(url('/'));
  await settled(page);
  assert.equal(await answeredByWorker(page), false);
  assert.equal(await marker(page), '2');
  assert.equal(await page.locator('main .cards article').count(), 10);
  assertClean(page);
});

test('a copy kept over a week ago is not used: after a long absence the visit waits for the server', async () => {
  const page = await keptThenRedeployed();
  // The kept copy as if the last visit were eight days ago.
  await page.evaluate(async () => {
    const key = new URL('index.html', document.baseURI).href;
    const cache = await caches.open('bantin-shell-v1');
    const kept = await cache.match(key);
    const headers = new Headers(kept.headers);
    headers.set('date', new Date(Date.now() - 8 * 24 * 3600 * 1000).toUTCString());
    await cache.put(key, new Response(await kept.text(), { status: 200, headers }));
  });
  await page.goto(url('/'));
  await settled(page);
  assert.equal(await answeredByWorker(page), false);
  assert.equal(await marker(page), '2');
  assertClean(page);
});

test('once the server says index.html is gone (the reader moved or was taken down), the worker leaves', async () => {
  const page = await keptFirstVisit((html) => html);
  reader.server.setFault('/index.html', 404);
  try {
    await page.goto(url('/'));
    await settled(page);
    assert.equal(await answeredByWorker(page), true, 'this visit: the kept copy, as ever');
    await eventually(async () => (await page.evaluate(() => navigator.serviceWorker.getRegistrations())).length === 0, 'the worker is unregistered');
    assert.equal(await page.evaluate(() => caches.has('bantin-shell-v1')), false, 'and its copy deleted');
    await page.goto(url('/'));
    assert.equal(await answeredByWorker(page), false);
  } finally {
    reader.server.clearFaults();
  }
});

test('<meta name="bantin-service-worker" content="off"> in index.html: none is registered, and one already there is removed', async () => {
  deploy((html) => html.replace('</head>', '<meta name="bantin-service-worker" content="off"></head>'));
  const page = await reader.open('/');
  await settled(page);
  // One left from before the portal turned it off.
  await page.evaluate(async () => {
    await navigator.serviceWorker.register(new URL('sw.js', document.baseURI).href);
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await settled(page);
  await eventually(async () => (await page.evaluate(() => navigator.serviceWorker.getRegistrations())).length === 0, 'the worker is unregistered');
  await page.goto(url('/'));
  await settled(page);
  assert.equal(await answeredByWorker(page), false);
  assertClean(page);
});
