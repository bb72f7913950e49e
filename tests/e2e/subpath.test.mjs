// Deployed under a sub-path by editing one line (<base href>) of the built index.html, as
// README tells portal owners: same dist/, no rebuild.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReader, assertClean, settled, DIST } from './helpers.mjs';

let reader;
before(async () => {
  const root = mkdtempSync(join(tmpdir(), 'bantin-subpath-'));
  cpSync(DIST, root, { recursive: true });
  const index = join(root, 'index.html');
  const html = readFileSync(index, 'utf8');
  const edited = html.replace(/<base href=("\/"|\/)>/, '<base href="/tin-tuc/">');
  assert.notEqual(edited, html, 'dist/index.html has <base href="/">');
  writeFileSync(index, edited);
  reader = await startReader({ root, prefix: '/tin-tuc/' });
});
after(async () => { await reader?.close(); });

test('under /tin-tuc/: lists, links, deep links and images all stay under the sub-path', async () => {
  const page = await reader.open('/');
  assert.equal(page.url(), `${reader.server.origin}/tin-tuc/`);
  await settled(page);
  assert.equal(await page.locator('main .main-list article').count(), 10);
  const hrefs = await page.locator('main a, nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => h.startsWith('/tin-tuc/')), hrefs.filter((h) => !h.startsWith('/tin-tuc/')).join());

  await page.locator('nav.cat-nav').getByRole('link', { name: 'Văn hóa - Thể thao' }).click();
  await page.waitForURL(`${reader.server.origin}/tin-tuc/chuyen-muc/van-hoa-the-thao`);
  await page.locator('h1', { hasText: 'Văn hóa - Thể thao' }).waitFor();
  await page.getByRole('link', { name: 'Rực rỡ sắc màu Ngày hội Quốc khánh' }).first().click();
  await page.waitForURL(/\/tin-tuc\/bai-viet\/ruc-ro-sac-mau-ngay-hoi-quoc-khanh-1040$/);
  await page.reload();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Rực rỡ sắc màu Ngày hội Quốc khánh');
  await page.locator('.article-body img').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('.article-body img')?.naturalWidth > 0);
  assert.equal(await page.locator('.article-body img').getAttribute('src'), `${reader.server.origin}/tin-tuc/anh/le-hoi.png`);
  await page.goBack();
  await page.waitForURL(`${reader.server.origin}/tin-tuc/chuyen-muc/van-hoa-the-thao`);
  await page.locator('h1', { hasText: 'Văn hóa - Thể thao' }).waitFor();
  assertClean(page);

  const missing = await reader.open('/khong-co');
  await missing.locator('main .panel').waitFor();
  assert.equal(await missing.locator('main .panel a').getAttribute('href'), '/tin-tuc/');
  assertClean(missing);
});

test('under /tin-tuc/: the embed widget reads the same config and feed and links under the sub-path', async () => {
  const page = await reader.open('/nhung.html?limit=3&show=date,views,image');
  assert.equal(page.url(), `${reader.server.origin}/tin-tuc/nhung.html?limit=3&show=date,views,image`);
  await page.locator('.widget-list li').first().waitFor();
  assert.equal(await page.locator('.widget-title').count(), 3);
  const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(hrefs.every((h) => h.startsWith(`${reader.server.origin}/tin-tuc/`)), hrefs.join());
  assert.match(hrefs[0], /\/tin-tuc\/bai-viet\/[a-z0-9-]+$/);
  assert.equal(hrefs.at(-1), `${reader.server.origin}/tin-tuc/`);
  const images = await page.locator('.widget-thumb').evaluateAll((imgs) => imgs.map((i) => i.src));
  assert.ok(images.length > 0 && images.every((src) => src.startsWith(`${reader.server.origin}/tin-tuc/anh/`)), images.join());
  assertClean(page);
});

test('under /tin-tuc/: the service worker works for the sub-path only, and answers its return visits', async () => {
  const page = await reader.open('/');
  await settled(page);
  const scope = await page.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active && await caches.match(new URL('index.html', document.baseURI).href)) return registration.scope;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  });
  assert.equal(scope, `${reader.server.origin}/tin-tuc/`);
  await page.goto(`${reader.server.origin}/tin-tuc/bai-viet/ruc-ro-sac-mau-ngay-hoi-quoc-khanh-1040`);
  await settled(page);
  assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation')[0].deliveryType), 'cache-storage');
  assert.equal(await page.locator('h1').textContent(), 'Rực rỡ sắc màu Ngày hội Quốc khánh');
  assertClean(page);
});

test('under /tin-tuc/: the route rehearsal opens an article under the sub-path and comes back to the address it left', async () => {
  const page = await reader.open('/chuyen-muc/van-hoa-the-thao', {
    beforeGoto: (p) => p.addInitScript(() => addEventListener('DOMContentLoaded', () => { window.__entries = history.length; })),
  });
  await page.waitForFunction(() => performance.getEntriesByName('bantin:link-rehearsed').length > 0, null, { timeout: 10000 });
  const after = await page.evaluate(() => ({
    rehearsed: performance.getEntriesByName('bantin:route-rehearsed').length, url: location.href, entries: history.length - window.__entries,
    heading: document.querySelector('main h1')?.textContent,
  }));
  assert.deepEqual(after, { rehearsed: 1, url: `${reader.server.origin}/tin-tuc/chuyen-muc/van-hoa-the-thao`, entries: 0, heading: 'Văn hóa - Thể thao' });
  assertClean(page);
});
