// The reader, end to end, against the built dist/: lists, articles, routing, pagination, 404.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startReader, assertClean, texts, settled, ARTIFACTS } from './helpers.mjs';

const SITE = 'Cổng thông tin điện tử huyện Đông Thành';
let reader;
// A browser far from Hà Nội: times must still show as the publisher wrote them.
before(async () => { reader = await startReader({ timezoneId: 'America/New_York' }); });
after(async () => { await reader?.close(); });

test('home lists the newest articles with date, category and views, and the most viewed', async () => {
  const page = await reader.open('/');
  await settled(page);
  const cards = page.locator('main .main-list article');
  assert.equal(await cards.count(), 10);
  const titles = await texts(page.locator('main .main-list article .card-title'));
  assert.equal(titles[0], '(Bài viết chưa có tiêu đề)', 'an item without title gets a fallback');
  assert.equal(titles[1], 'Chuyển đổi số trong nông nghiệp: nông dân bán hàng qua mạng');
  for (let i = 0; i < 10; i++) {
    const card = cards.nth(i);
    assert.match(await card.locator('.card-title a').getAttribute('href'), /^\/bai-viet\/[a-z0-9-]+$/);
    assert.match(await card.locator('time').textContent(), /^\d{2}\/\d{2}\/\d{4}$/);
    assert.ok((await card.locator('.card-category').textContent()).length > 0);
    assert.match(await card.locator('.card-views').textContent(), /^Lượt xem: [\d.]+$/);
  }
  const aside = page.locator('aside', { has: page.locator('h2', { hasText: 'Tin xem nhiều' }) });
  assert.equal(await aside.count(), 1);
  assert.deepEqual((await texts(aside.locator('.card-title'))).slice(0, 2), [
    'Tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi',
    'Khuyến cáo phòng, chống dịch bệnh COVID-19 tại nơi công cộng',
  ]);
  assert.equal(await aside.locator('.card-views').first().textContent(), 'Lượt xem: 15.820');
  const nav = await texts(page.locator('nav.cat-nav a'));
  assert.equal(nav[0], 'Trang chủ');
  for (const name of ['Đảng - đoàn thể', 'Kinh tế - Xã hội', 'Văn hóa - Thể thao', 'Quốc phòng - An ninh', 'Giáo dục - Y tế']) {
    assert.ok(nav.includes(name), `navigation has ${name}`);
  }
  assert.equal(await page.locator('nav.cat-nav a[aria-current=page]').textContent(), 'Trang chủ');
  assert.equal(await page.title(), SITE);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await page.screenshot({ path: join(ARTIFACTS, 'home-desktop.png'), fullPage: true });
  assertClean(page);
});

test('an article: title, time as published, views, picture with caption, related news; reload and back', async () => {
  const page = await reader.open('/');
  await settled(page);
  await page.getByRole('link', { name: 'Khai hội xuân Bính Ngọ tại đền Bến Đền' }).first().click();
  await page.waitForURL(/\/bai-viet\/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043$/);
  const check = async () => {
    await settled(page); // after the reload, the article is painted first, then the app takes over
    // `:visible`: not the list left, kept hidden after the article (components/shelf.rs).
    assert.equal(await page.locator('h1:visible').textContent(), 'Khai hội xuân Bính Ngọ tại đền Bến Đền');
    assert.equal(await page.locator('.article-date').textContent(), 'Ngày đăng 20/02/2026 | 10:30');
    assert.equal(await page.locator('.article-views').textContent(), 'Lượt xem: 4.129');
    assert.equal(await page.locator('.article-body figure figcaption').textContent(), 'Cầu Bến Đền ngày khai hội.');
    // Not italic: the oblique face, used nowhere else, would be loaded again for every article
    // with a caption (style/main.css).
    assert.equal(await page.locator('.article-body figure figcaption').evaluate((e) => getComputedStyle(e).fontStyle), 'normal');
    const img = page.locator('.article-body figure img');
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('.article-body figure img')?.naturalWidth > 0);
    assert.match(await img.getAttribute('src'), /\/anh\/cau-song\.png$/);
    assert.match(await page.locator('.article-full .crumbs').textContent(), /Tin tức - Sự kiện/);
    const others = page.locator('aside', { has: page.locator('h2', { hasText: 'Tin liên quan' }) });
    const otherCategories = await texts(others.locator('.card-category'));
    assert.ok(otherCategories.length > 0 && otherCategories.every((c) => c === 'Tin tức - Sự kiện'), otherCategories.join());
    assert.ok(!(await texts(others.locator('.card-title'))).includes('Khai hội xuân Bính Ngọ tại đền Bến Đền'));
    assert.equal(await page.title(), `Khai hội xuân Bính Ngọ tại đền Bến Đền — ${SITE}`);
  };
  await check();
  await page.reload();
  await check();
  await page.goBack();
  await page.waitForURL(reader.server.url);
  await settled(page);
  assert.equal(await page.locator('main .main-list article').count(), 10);
  await page.goForward();
  await page.waitForURL(/\/bai-viet\/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043$/);
  await check();
  assertClean(page);
});

test('times keep the offset the feed wrote, whatever the browser time zone', async () => {
  // 2025-12-05T09:00:00Z: shown as 09:00, neither New York's 04:00 nor Hà Nội's 16:00.
  const page = await reader.open('/bai-viet/tuyen-chon-va-goi-cong-dan-nhap-ngu-nam-2026-1041');
  await page.locator('.article-date').waitFor();
  assert.equal(await page.locator('.article-date').textContent(), 'Ngày đăng 05/12/2025 | 09:00');
  assert.equal(await page.locator('.article-date time').getAttribute('datetime'), '2025-12-05T09:00:00+00:00');
  assertClean(page);
});

test('a text-only article becomes paragraphs; an old link (edited title) still opens it', async () => {
  const page = await reader.open('/bai-viet/tieu-de-cu-1025');
  await page.locator('h1.article-title').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Thông báo cắt điện để bảo dưỡng lưới điện');
  assert.equal(await page.locator('.article-body p').count(), 2);
  assert.equal(await page.locator('.article-body figure').count(), 0);
  assertClean(page);
});

test('attachments are listed with kind and size, and download', async () => {
  const page = await reader.open('/bai-viet/thong-bao-nghi-tet-nguyen-dan-binh-ngo-nam-2026-1042');
  const section = page.locator('section.article-attachments');
  await section.waitFor();
  assert.equal(await section.locator('h2').textContent(), 'Tệp đính kèm');
  const link = section.locator('a');
  assert.equal(await link.textContent(), 'Thông báo số 12/TB-UBND về lịch nghỉ Tết');
  assert.equal(await link.getAttribute('href'), `${reader.server.url}tep/thong-bao-nghi-tet-2026.pdf`);
  assert.equal(await section.locator('.file-meta').textContent(), '(PDF, 1 KB)');
  const response = await page.request.get(await link.getAttribute('href'));
  assert.equal(response.status(), 200);
  assert.match((await response.body()).subarray(0, 5).toString(), /^%PDF-/);
  assertClean(page);
});

test('category page: only that category, newest first, marked in the navigation', async () => {
  const page = await reader.open('/');
  await settled(page);
  await page.locator('nav.cat-nav').getByRole('link', { name: 'Giáo dục - Y tế' }).click();
  await page.waitForURL(/\/chuyen-muc\/giao-duc-y-te$/);
  await page.locator('h1', { hasText: 'Giáo dục - Y tế' }).waitFor();
  await settled(page);
  // `:visible`: not the home page left, kept hidden after it (components/shelf.rs).
  const categories = await texts(page.locator('main .main-list .card-category:visible'));
  assert.ok(categories.length >= 5 && categories.every((c) => c === 'Giáo dục - Y tế'), categories.join());
  const dates = await page.locator('main .main-list time:visible').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  assert.equal(await page.locator('nav.cat-nav a[aria-current=page]').textContent(), 'Giáo dục - Y tế');
  assert.equal(await page.title(), 'Giáo dục - Y tế — Cổng thông tin điện tử huyện Đông Thành');
  assertClean(page);
});

test('pagination: shareable page URLs, next and previous, the last page, and past it', async () => {
  const page = await reader.open('/');
  await settled(page);
  const first = await texts(page.locator('main .main-list .card-title'));
  await page.getByRole('link', { name: /Trang sau/ }).click();
  await page.waitForURL(/\?trang=2$/);
  await page.locator('h1', { hasText: 'Trang 2/5' }).waitFor();
  await settled(page);
  const second = await texts(page.locator('main .main-list .card-title:visible')); // not page 1, kept hidden
  assert.equal(second.length, 10);
  assert.ok(second.every((t) => !first.includes(t)), 'page 2 shows other articles');
  assert.equal(await page.locator('.pager [aria-current=page]:visible').textContent(), '2');
  assert.equal(await page.title(), `Trang 2 — ${SITE}`);
  await page.getByRole('link', { name: /Trang trước/ }).click();
  await page.waitForURL(reader.server.url);
  await page.locator('h1', { hasText: /^Tin mới nhất$/ }).waitFor();

  const last = await reader.open('/?trang=5');
  await settled(last);
  assert.equal(await last.locator('main .main-list article').count(), 5);
  assert.equal(await last.locator('.pager [rel=next]').count(), 0);

  const past = await reader.open('/?trang=9');
  await settled(past);
  assert.equal(await past.locator('main .panel h1').textContent(), 'Không tìm thấy trang');
  assert.match(await past.locator('main .panel').textContent(), /Trang danh sách này không tồn tại/);
  for (const p of [page, last, past]) assertClean(p);
});

test('not found: unknown routes, articles and categories, each with a way home', async () => {
  for (const [path, message] of [
    ['/khong-co-trang-nay', 'Địa chỉ bạn mở không tồn tại'],
    ['/bai-viet/khong-co-bai-nay-zzz', 'Không tìm thấy bài viết'],
    ['/chuyen-muc/khong-co', 'Không có chuyên mục này'],
    ['/a/b/c?x=<script>', 'Địa chỉ bạn mở không tồn tại'],
  ]) {
    const page = await reader.open(path);
    await settled(page);
    assert.match(await page.locator('main .panel').textContent(), new RegExp(message), path);
    assert.match(await page.title(), /^Không tìm thấy trang — /, path);
    await page.locator('main .panel').getByRole('link', { name: 'Về trang chủ' }).click();
    await page.waitForURL(reader.server.url);
    await settled(page);
    assertClean(page);
  }
});

test('phone-sized window: no horizontal scrolling on home and article', async () => {
  for (const [path, name] of [['/', 'home'], ['/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', 'article']]) {
    for (const width of [375, 320]) {
      const page = await reader.open(path, { width, height: 800 });
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} at ${width}px overflows by ${overflow}px`);
      if (width === 375) await page.screenshot({ path: join(ARTIFACTS, `${name}-mobile.png`), fullPage: true });
      assertClean(page);
    }
  }
});
