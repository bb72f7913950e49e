// Broken feeds and configs: a clear message, Retry, recovery, and never a blank page.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReader, assertClean, settled, DIST } from './helpers.mjs';

let reader;
before(async () => { reader = await startReader(); });
after(async () => { await reader?.close(); });
afterEach(() => reader.server.clearFaults());

// The browser logs failed fetches itself; those are expected here, nothing else is.
const FAILED_LOAD = [/Failed to load resource/, /net::ERR_/];

async function expectError(page, message) {
  const panel = page.locator('main [role=alert]');
  await panel.waitFor({ timeout: 20000 });
  assert.equal(await panel.locator('h1').textContent(), 'Không tải được tin tức');
  assert.match(await panel.textContent(), message);
  assert.equal(await panel.getByRole('button', { name: 'Thử lại' }).count(), 1);
  return panel;
}

test('an HTTP error shows the status and Retry recovers once the feed is back', async () => {
  reader.server.setFault('/feed.json', 500);
  const page = await reader.open('/', { allowErrors: FAILED_LOAD });
  const panel = await expectError(page, /HTTP 500/);
  reader.server.clearFaults();
  await panel.getByRole('button', { name: 'Thử lại' }).click();
  await page.locator('main .main-list article').first().waitFor();
  assert.equal(await page.locator('main .main-list article').count(), 10);
  assertClean(page);
});

test('documents that are not a feed each get their own message', async () => {
  for (const [fault, message] of [
    [404, /HTTP 404/],
    [503, /HTTP 503/],
    ['html', /không đúng định dạng JSON \(1:1\)/],
    ['truncated', /không đúng định dạng JSON/],
    ['not-feed', /không phải là nguồn tin JSON Feed/],
    ['items-object', /không phải là nguồn tin JSON Feed/],
    ['refuse', /Không kết nối được tới máy chủ/],
  ]) {
    reader.server.setFault('/feed.json', fault);
    const page = await reader.open('/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', { allowErrors: FAILED_LOAD });
    await expectError(page, message);
    assertClean(page);
    reader.server.clearFaults();
  }
});

test('503 with Retry-After: says the server is busy, and retries by itself when told', async () => {
  reader.server.setFault('/feed.json', { status: 503, headers: { 'retry-after': '2' }, body: 'bảo trì', type: 'text/plain' });
  const page = await reader.open('/', { allowErrors: FAILED_LOAD });
  await expectError(page, /Máy chủ đang bận hoặc đang bảo trì \(HTTP 503\)\. Tự động thử lại sau 2 giây\./);
  reader.server.clearFaults();
  // No click: the reader comes back on its own after the 2 seconds the server asked for.
  await page.locator('main .main-list article').first().waitFor({ timeout: 10000 });
  assertClean(page);
});

test('a slow trickle is given up after the timeout, like silence', async () => {
  reader.server.setFault('/config.json', { body: JSON.stringify({ timeout_seconds: 2 }) });
  reader.server.setFault('/feed.json', 'trickle');
  const page = await reader.open('/', { allowErrors: FAILED_LOAD });
  await expectError(page, /Máy chủ không phản hồi kịp thời/);
  assertClean(page);
});

test('invalid UTF-8 in the feed: the rest still shows, bad bytes become U+FFFD', async () => {
  const good = Buffer.from('{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Tin hỏng ');
  const body = Buffer.concat([good, Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' mã", "content_text": "Nội dung vẫn đọc được."}]}')]);
  reader.server.setFault('/feed.json', { body });
  const page = await reader.open('/bai-viet/x-1');
  await page.locator('h1.article-title').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Tin hỏng \u{FFFD}\u{FFFD}\u{FFFD} mã');
  assert.equal(await page.locator('.article-body p').textContent(), 'Nội dung vẫn đọc được.');
  assertClean(page);
});

test('a 30 MB feed: the first page shows, the DOM stays small', async () => {
  const { generatedFeed } = await import('../../bench/site.mjs');
  const body = JSON.stringify(generatedFeed(23000));
  assert.ok(Buffer.byteLength(body) > 30e6, `${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB`);
  reader.server.setFault('/feed.json', { body });
  const page = await reader.open('/');
  await page.locator('main .main-list article').first().waitFor({ timeout: 60000 });
  assert.equal(await page.locator('main .main-list article').count(), 10);
  assert.ok(await page.evaluate(() => document.getElementsByTagName('*').length) < 400);
  assertClean(page);
});

test('an empty feed says so', async () => {
  reader.server.setFault('/feed.json', 'empty-feed');
  const page = await reader.open('/');
  await page.locator('main .empty').waitFor();
  assert.equal(await page.locator('main .empty').textContent(), 'Hiện chưa có tin nào được đăng.');
  assertClean(page);
});

test('one bad item among good ones: the good ones show, the problems are listed', async () => {
  const feed = JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8'));
  feed.items.splice(1, 0, { title: 'Không có id' }, 42, { id: 'x1', title: 'Ngày sai', date_published: 'hôm qua', _bantin: { views: -1 } });
  reader.server.setFault('/feed.json', { body: JSON.stringify(feed) });
  const page = await reader.open('/');
  await settled(page);
  assert.equal(await page.locator('main .main-list article').count(), 10);
  const details = page.locator('footer details.diagnostics');
  assert.match(await details.locator('summary').textContent(), /\(4\)$/);
  assertClean(page);
});

test('a server that never answers: the reader gives up after the configured timeout', async () => {
  reader.server.setFault('/config.json', { body: JSON.stringify({ timeout_seconds: 1 }) });
  reader.server.setFault('/feed.json', 'hang');
  const started = Date.now();
  // A first visit (the tests' pages share their storage: no screen kept by an earlier one).
  const page = await reader.open('/', { allowErrors: FAILED_LOAD, beforeGoto: (p) => p.addInitScript(() => localStorage.clear()) });
  // While waiting, the page keeps its shape and says it is loading.
  await page.locator('main .loading[aria-busy=true]').waitFor();
  assert.equal(await page.locator('main .loading .visually-hidden').textContent(), 'Đang tải tin…');
  const panel = await expectError(page, /Máy chủ không phản hồi kịp thời/);
  assert.match(await panel.textContent(), /no answer within 1 s/);
  // The feed was requested before config.json was read (src/load.rs): the configured limit
  // still holds for it, not the default 15 s.
  assert.ok(Date.now() - started < 8000, `gave up after ${Date.now() - started} ms`);
  assertClean(page);
});

test('a return visit whose feed never answers: the kept screen shows while loading, then the error takes its place', async () => {
  const page = await reader.open('/', { allowErrors: FAILED_LOAD });
  await page.waitForFunction(() => localStorage.getItem('bantin.v1.screen:/'));
  await settled(page);
  reader.server.setFault('/config.json', { body: JSON.stringify({ timeout_seconds: 1 }) });
  reader.server.setFault('/feed.json', 'hang');
  await page.reload({ waitUntil: 'commit' });
  // The last visit's first screen, said to be loading, not a blank wait.
  await page.locator('#boot[data-kept][aria-busy=true] main .cards article').first().waitFor();
  const panel = await expectError(page, /Máy chủ không phản hồi kịp thời/);
  assert.ok(await panel.getByRole('button', { name: 'Thử lại' }).isVisible());
  assert.equal(await page.locator('#boot').count(), 0, 'the kept screen is gone: it is not this visit\'s news');
  assertClean(page);
});

test('config.json missing, invalid or wrong: a notice names the problem and defaults keep the app running', async () => {
  for (const [fault, problem] of [
    [404, /config\.json could not be loaded \(HTTP 404/],
    [{ body: '{ "site_name": "Thiếu ngoặc"' }, /not valid JSON: the data ends too early/],
    [{ body: '{"page_size": "mười", "language": "fr", "feed": "javascript:alert(1)"}' }, /"page_size" must be[\s\S]*"language" must be|"language" must be[\s\S]*"page_size" must be/],
  ]) {
    reader.server.setFault('/config.json', fault);
    const page = await reader.open('/', { allowErrors: FAILED_LOAD });
    await settled(page);
    const notice = page.locator('.notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), problem);
    assert.equal(await page.locator('main .main-list article').count(), 10, 'defaults still show the sample feed');
    assert.equal(await page.locator('.brand-name').textContent(), 'Bản tin');
    assertClean(page);
    reader.server.clearFaults();
  }
});

test('English UI from config: strings, lang attribute and number grouping follow', async () => {
  reader.server.setFault('/config.json', { body: JSON.stringify({ language: 'en', site_name: 'Dong Thanh News', page_size: 4 }) });
  const page = await reader.open('/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043');
  await page.locator('.article-views').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('.article-views').textContent(), 'Views: 4,129');
  assert.equal(await page.locator('.article-date').textContent(), 'Published 20 Feb 2026 | 10:30');
  assert.equal(await page.title(), 'Khai hội xuân Bính Ngọ tại đền Bến Đền — Dong Thanh News');
  const home = await reader.open('/');
  await settled(home);
  assert.equal(await home.locator('main .main-list article').count(), 4);
  assert.equal(await home.locator('main h1').textContent(), 'Latest news');
  assertClean(page);
  assertClean(home);
});

test('a paginated feed is read through next_url; a next_url loop stops, once', async () => {
  const page2 = { version: 'https://jsonfeed.org/version/1.1', next_url: 'feed.json', items: [
    { id: 'p2-1', title: 'Tin ở trang hai của nguồn tin', date_published: '2010-01-01T08:00:00+07:00', _bantin: { category: 'Lưu trữ' } },
  ] };
  const page1 = JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8'));
  page1.next_url = 'feed-2.json';
  reader.server.setFault('/feed.json', { body: JSON.stringify(page1) });
  reader.server.setFault('/feed-2.json', { body: JSON.stringify(page2) }); // …which points back at page 1
  const requests = [];
  const page = await reader.open('/', { beforeGoto: (p) => p.on('request', (r) => requests.push(r.url().split('/').pop())) });
  await settled(page);
  await page.locator('nav.cat-nav a', { hasText: 'Lưu trữ' }).waitFor();
  await page.locator('nav.cat-nav a', { hasText: 'Lưu trữ' }).click();
  await page.locator('main .main-list article', { hasText: 'Tin ở trang hai của nguồn tin' }).waitFor();
  await page.locator('footer details.diagnostics summary').click();
  assert.match(await page.locator('footer details.diagnostics').textContent(), /next_url: loops back to .*feed\.json; stopped there/);
  await page.waitForTimeout(500);
  assert.deepEqual(requests.filter((u) => /^feed/.test(u)), ['feed.json', 'feed-2.json'], 'each page once: the loop back to feed.json is not followed');
  assertClean(page);
});
