// What a portal reader expects besides reading: search, print, share, newer/older, focus and
// scroll across routes, shortcuts, reading comfort remembered, English UI, metadata, and an
// axe-core accessibility check of every route in both themes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ARTIFACTS, assertClean, settled, startReader, texts } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FEED = JSON.parse(readFileSync(new URL('../../public/feed.json', import.meta.url), 'utf8'));

let reader;
before(async () => { reader = await startReader(); });

/** The browser is one persistent context: each test starts with empty local storage (once
 * per tab, so that a reload still sees what the test stored). */
const fresh = (path, options = {}) => reader.open(path, {
  ...options,
  beforeGoto: async (page) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('bantin-test-fresh')) { localStorage.clear(); sessionStorage.setItem('bantin-test-fresh', '1'); }
    });
    await options.beforeGoto?.(page);
  },
});
after(async () => { await reader?.close(); });

// `:visible`: the page on screen, not the one left and kept hidden after it (components/shelf.rs).
const cardTitles = (page) => texts(page.locator('main .cards .card-title:visible'));

async function search(page, query) {
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.locator('main .result-count').waitFor();
}

test('search is accent-, case- and normalisation-insensitive, with phrases, highlights and a shareable URL', async () => {
  const page = await fresh('/');
  await settled(page);
  // Unaccented, upper case: finds "Hội thi Dân vận khéo năm 2022" first (a title match).
  await search(page, 'DAN VAN');
  assert.match(new URL(page.url()).search, /^\?q=DAN%20VAN$/);
  const titles = await cardTitles(page);
  assert.equal(titles[0], 'Hội thi Dân vận khéo năm 2022');
  assert.match(await page.locator('main .result-count').textContent(), /^Tìm thấy \d+ tin/);
  assert.deepEqual(await texts(page.locator('main .cards article').first().locator('.card-title mark')), ['Dân', 'vận']);
  // Highlights are text, not markup: no element other than <mark> inside titles.
  assert.equal(await page.locator('main .card-title a > :not(mark)').count(), 0);

  // The same query typed decomposed (NFD) finds the same results.
  await search(page, 'Dân vận'.normalize('NFD'));
  assert.deepEqual(await cardTitles(page), titles);

  // đ/d, and a phrase in quotes must match as consecutive words.
  await search(page, 'dang bo huyen');
  const loose = await cardTitles(page);
  await search(page, '"đảng bộ huyện"');
  const phrase = await cardTitles(page);
  assert.ok(phrase.length >= 1 && phrase.length <= loose.length, `${phrase.length} ≤ ${loose.length}`);
  assert.ok(phrase.every((t) => loose.includes(t)), 'a phrase finds a subset of its words');
  const plain = (t) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  assert.match(plain(phrase[0]), /dang bo huyen/, 'title matches first');

  // No results: said plainly, with suggestions and section links.
  await search(page, 'xyzzy không có');
  assert.match(await page.locator('main .no-results').textContent(), /Không tìm thấy tin nào phù hợp/);
  assert.ok(await page.locator('main .no-results .section-links a').count() >= 5);

  // Back returns to the previous search; the URL alone reproduces a search.
  await page.goBack();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '"đảng bộ huyện"');
  await page.locator('main .result-count').waitFor();
  assert.equal(await page.locator('#q').inputValue(), '"đảng bộ huyện"');
  assert.deepEqual(await cardTitles(page), phrase);
  const shared = await fresh('/tim-kiem?q=d%C3%A2n%20v%E1%BA%ADn');
  await shared.locator('main .result-count').waitFor();
  assert.equal((await cardTitles(shared))[0], 'Hội thi Dân vận khéo năm 2022');
  await settled(shared); // the title follows the paint
  assert.match(await shared.title(), /^Tìm kiếm: dân vận — /);
  await shared.screenshot({ path: join(ARTIFACTS, 'search-desktop.png') });
  await shared.setViewportSize({ width: 375, height: 800 });
  await shared.screenshot({ path: join(ARTIFACTS, 'search-mobile.png') });
  assertClean(page);
  assertClean(shared);
});

test('search results follow the typing on the search page and paginate', async () => {
  const page = await fresh('/');
  await settled(page);
  // From the header box: Enter opens the search page, and the focus stays in the box.
  await page.locator('#q').fill('nam');
  await page.locator('#q').press('Enter');
  await page.locator('main .result-count').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  assert.equal(await page.locator('main .cards article:visible').count(), 10);
  assert.ok(await page.locator('main .pager a[rel="next"]:visible').count() === 1, 'more than one page of results');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('ocop');
  await page.waitForURL(/q=ocop/);
  await page.locator('main .cards article').first().waitFor();
  const found = await cardTitles(page);
  assert.equal(found[0], 'Năm sản phẩm của huyện được công nhận OCOP 4 sao', 'the title match first');
  assert.ok(found.length < 5, `${found.length} results for "ocop"`);
  assertClean(page);
});

test('"/" focuses the search box; j/k move through the list, Enter opens, "?" lists the shortcuts', async () => {
  const page = await fresh('/');
  await settled(page);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  await page.locator('main h1').click(); // leave the field
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  const second = (await cardTitles(page))[1];
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), second);
  await page.keyboard.press('Enter');
  await page.locator('h1.article-title').waitFor();
  assert.equal(await page.locator('h1.article-title').textContent(), second);
  await page.keyboard.press('?');
  const dialog = page.locator('dialog.shortcuts');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Phím tắt.*Tin tiếp theo/s);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assertClean(page);
});

test('focus moves to the new page heading and the title is announced; scroll restores on Back', async () => {
  const page = await fresh('/', { height: 700 });
  await settled(page);
  await page.evaluate(() => window.scrollTo(0, 900));
  await page.waitForTimeout(100);
  const y = await page.evaluate(() => window.scrollY);
  assert.ok(y > 500, `scrolled to ${y}`);
  await page.locator('main .cards article .card-title a').nth(6).click();
  await page.locator('h1.article-title').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'tieu-de-trang');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'an article starts at the top');
  const title = await page.title();
  await page.waitForFunction((t) => [...document.querySelectorAll('[aria-live="polite"]')].some((e) => e.textContent === t), title);
  await page.goBack();
  await page.locator('main .cards').waitFor();
  await page.waitForFunction((target) => Math.abs(window.scrollY - target) < 4, y, { timeout: 5000 });
  assertClean(page);
});

test('a click that follows no link does not fix the scroll position kept for the page', async () => {
  const page = await fresh('/', { width: 375, height: 667 });
  await settled(page);
  await page.locator('main .cards article .card-title a').first().click();
  await page.locator('h1.article-title').waitFor();
  await settled(page);
  await page.evaluate(() => window.scrollTo(0, 300));
  await page.locator('.display-options summary').click(); // a button, not a link: opens…
  await page.locator('.display-options summary').click(); // …and closes the options
  await page.evaluate(() => window.scrollTo(0, 1200));
  await page.waitForTimeout(100);
  const y = await page.evaluate(() => Math.round(window.scrollY));
  assert.ok(y > 900, `scrolled to ${y}`);
  await page.goBack();
  await page.locator('main .cards').waitFor();
  await settled(page);
  await page.goForward();
  await page.locator('h1.article-title').waitFor();
  // Where the reader left the article, not where they were at the button's click.
  await page.waitForFunction((target) => Math.abs(window.scrollY - target) < 4, y, { timeout: 5000 })
    .catch(async () => assert.fail(`Forward restored ${await page.evaluate(() => window.scrollY)}, not ${y}`));
  assertClean(page);
});

test('article: print, share links, newer/older in the category, related, reading time, read marks', async () => {
  const page = await fresh('/chuyen-muc/dang-doan-the');
  await settled(page);
  const list = await cardTitles(page);
  await page.locator('main .cards .card-title a').nth(1).click();
  await page.locator('h1.article-title').waitFor();
  assert.equal(await page.locator('h1.article-title').textContent(), list[1]);
  assert.equal(await page.locator('.step-prev .step-title').textContent(), list[0], 'newer = the one above in the list');
  assert.equal(await page.locator('.step-next .step-title').textContent(), list[2], 'older = the one below');
  assert.match(await page.locator('.article-reading').textContent(), /^Đọc khoảng \d+ phút$/);
  await page.locator('#tin-lien-quan').waitFor(); // below the first screen: a frame later
  const related = await texts(page.locator('#tin-lien-quan ~ ol .card-title'));
  assert.ok(related.length > 0 && related.every((t) => list.includes(t) && t !== list[1]), 'related: same category, not itself');

  const url = page.url();
  const hrefs = await page.locator('.share a').evaluateAll((as) => as.map((a) => [a.textContent, a.href, a.target, a.rel]));
  const byLabel = Object.fromEntries(hrefs.map(([label, href, target, rel]) => [label, { href, target, rel }]));
  assert.equal(byLabel.Facebook.href, `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
  assert.equal(JSON.parse(atob(new URL(byLabel.Zalo.href).searchParams.get('d'))).url, url);
  const mail = new URL(byLabel['Gửi e-mail'].href);
  assert.equal(mail.protocol, 'mailto:');
  assert.match(decodeURIComponent(mail.search), new RegExp(url.replace(/[.?]/g, '\\$&')));
  for (const { target, rel } of Object.values(byLabel)) assert.deepEqual([target, rel], ['_blank', 'noopener noreferrer']);

  // Copy link: the clipboard gets the URL and the reader sees a confirmation.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await page.locator('.share-status', { hasText: 'Đã sao chép liên kết' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);

  // Print: only the article and its address, black on white.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.share', '.side', '.article-steps']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} hidden in print`);
  }
  assert.equal(await page.locator('.article-url').textContent(), url);
  assert.ok(await page.locator('.article-url').isVisible());
  await page.screenshot({ path: join(ARTIFACTS, 'article-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Back in the list, the article is marked as read; the mark can be cleared.
  await page.goBack();
  await page.locator('main .cards').waitFor();
  const read = page.locator('main .cards article.is-read');
  assert.deepEqual(await texts(read.locator('.card-title')), [list[1]]);
  assert.match(await read.locator('.card-read').textContent(), /Đã đọc/);
  assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('bantin.v1.read'))), [FEED.items.find((i) => i.title === list[1]).id]);
  await page.locator('.display-options summary').click();
  await page.getByRole('button', { name: 'Xoá đánh dấu tin đã đọc' }).click();
  assert.equal(await read.count(), 0);
  assertClean(page);
});

test('theme, text size and language are remembered across a reload', async () => {
  const page = await fresh('/');
  await settled(page);
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await fontSize();
  await page.locator('.display-options summary').click();
  await page.getByLabel('Tăng cỡ chữ').click();
  await page.getByLabel('Tăng cỡ chữ').click();
  await page.getByLabel('Tối').check();
  assert.equal(await fontSize(), before * 1.3);
  await page.reload();
  await settled(page);
  assert.equal(await fontSize(), before * 1.3);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, 'rgb(19, 20, 23)');

  // English: every string of the frame and page, dates and numbers in English formats.
  await page.locator('.display-options summary').click();
  await page.getByLabel('English').check();
  await page.locator('main h1', { hasText: 'Latest news' }).waitFor();
  await page.reload();
  await settled(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('main h1').textContent(), 'Latest news');
  assert.match(await page.locator('main .card-meta time').first().textContent(), /^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  assert.match(await page.locator('#tin-xem-nhieu').textContent(), /Most viewed/);
  assert.match(await page.locator('#tin-xem-nhieu ~ ol .card-views').first().textContent(), /^Views: \d{1,3}(,\d{3})*$/);
  assert.equal(await page.locator('#q').getAttribute('placeholder'), 'Search news…');
  const frame = await page.locator('header, footer').allTextContents();
  assert.doesNotMatch(frame.join(' '), /Trang chủ|Tìm kiếm|Phím tắt|Tin xem nhiều/);
  await page.screenshot({ path: join(ARTIFACTS, 'home-dark-en.png') });
  // Garbage in storage: defaults, no crash.
  await page.evaluate(() => { localStorage.setItem('bantin.v1.settings', '{"theme":1,"text":"x"'); localStorage.setItem('bantin.v1.read', '{'); });
  await page.reload();
  await settled(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'system');
  assertClean(page);
});

test('article pages carry NewsArticle JSON-LD, canonical link, description and Open Graph tags', async () => {
  const item = FEED.items.find((i) => i.id === '1043');
  const page = await fresh('/');
  await settled(page);
  await page.locator('main .cards .card-title a', { hasText: item.title }).click();
  await page.locator('h1.article-title').waitFor();
  await settled(page);
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.headline, item.title);
  assert.equal(ld.datePublished, item.date_published);
  assert.equal(ld.url, page.url());
  assert.equal(ld.publisher.name, 'Cổng thông tin điện tử huyện Đông Thành');
  assert.ok(Array.isArray(ld.image) && ld.image[0].startsWith('http'));
  assert.equal(await page.locator('link[rel="canonical"]').getAttribute('href'), page.url());
  assert.equal(await page.locator('meta[property="og:type"]').getAttribute('content'), 'article');
  assert.equal(await page.locator('meta[property="og:title"]').getAttribute('content'), await page.title());
  assert.ok((await page.locator('meta[name="description"]').getAttribute('content')).length > 20);
  // Every picture has words for screen readers: its own alt, its caption, or a fallback.
  const alts = await page.locator('.article-full img').evaluateAll((imgs) => imgs.map((i) => i.alt));
  assert.ok(alts.length > 0 && alts.every((a) => a.trim().length > 0), JSON.stringify(alts));
  // Leaving the article removes its JSON-LD.
  await page.locator('.cat-nav a').first().click();
  await settled(page);
  assert.equal(await page.locator('script[type="application/ld+json"]').count(), 0);
  assert.equal(await page.locator('meta[property="og:type"]').getAttribute('content'), 'website');
  // From an article to an address that does not exist (client-side): nothing of the article
  // stays in <head>, and a missing page has no canonical link.
  await page.goBack();
  await page.locator('h1.article-title').waitFor();
  await settled(page);
  assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
  await page.evaluate(() => { const a = document.createElement('a'); a.href = 'khong-co-trang-nay'; a.id = 'lien-ket-hong'; a.textContent = '?'; document.body.append(a); });
  await page.locator('#lien-ket-hong').click();
  await settled(page);
  assert.equal(await page.locator('script[type="application/ld+json"]').count(), 0);
  assert.equal(await page.locator('link[rel="canonical"]').count(), 0);
  assertClean(page);
});

const ROUTES = ['/', '/chuyen-muc/dang-doan-the', '/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', '/tim-kiem?q=d%C3%A2n', '/tim-kiem?q=xyzzy', '/khong-co-trang-nay'];

for (const theme of ['light', 'dark']) {
  test(`axe-core finds no violations on any route (${theme} theme)`, async () => {
    const page = await fresh('/', {
      beforeGoto: (p) => p.addInitScript((t) => localStorage.setItem('bantin.v1.settings', JSON.stringify({ theme: t, text: 1, lang: null })), theme),
    });
    for (const route of ROUTES) {
      await page.goto(new URL(route.slice(1), reader.server.url).href);
      await settled(page);
      await page.evaluate(AXE); // evaluated through DevTools: not subject to the page's CSP
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      assert.deepEqual(found, [], `${route} (${theme})`);
    }
    await page.goto(new URL('bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', reader.server.url).href);
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, `article-${theme}.png`) });
    assertClean(page);
  });
}
