// The first paint (src/first_paint.rs): the main module draws home and category pages with
// plain DOM calls before the Leptos app (its own wasm chunk) has arrived; the app then takes
// over. Held back here, the app's chunk lets the test read the first paint, then the app's
// page, and compare them node by node: any difference would be a jump on the reader's screen.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertClean, settled, startReader } from './helpers.mjs';

let reader;
before(async () => { reader = await startReader(); });
after(() => reader.close());

/** The frame (skip link, header, main, footer) under `root` as an indented outline: tags,
 *  sorted attributes, text; comments (Leptos' markers) and blank text left out. */
const OUTLINE = (root) => {
  const lines = [];
  const walk = (node, depth) => {
    let text = '';
    const flush = () => { if (text.trim()) lines.push(`${'  '.repeat(depth)}${JSON.stringify(text)}`); text = ''; };
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) { text += child.textContent; continue; }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      flush();
      const attrs = [...child.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      lines.push(`${'  '.repeat(depth)}<${child.localName} ${attrs.join(' ')}>`);
      walk(child, depth + 1);
    }
    flush();
  };
  for (const part of root.querySelectorAll(':scope > .skip-link, :scope > header, :scope > main, :scope > footer')) {
    lines.push(`<${part.localName} ${[...part.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ')}>`);
    walk(part, 1);
  }
  return lines;
};

/** Sets exactly these localStorage items (pages of one browser share the storage). */
const STORE = (items) => { localStorage.clear(); for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); };

/** Opens `path` with exactly `storage` in localStorage and the app's chunk held back until
 *  `release()`; returns once the first paint's list is there. */
async function openHeld(path, { storage = {}, width = 1280 } = {}) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const page = await reader.open(path, {
    width,
    beforeGoto: async (p) => {
      await p.addInitScript(STORE, storage);
      await p.route(/split-reader-app-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
    },
  });
  await page.locator('#boot main article').first().waitFor();
  // The first paint draws what is below the first screen a frame later: wait for all of it.
  await page.waitForFunction(() => performance.getEntriesByName('bantin:first-paint-complete').length > 0);
  return { page, release };
}

/** Opens `path` with the app's chunk held back; returns both outlines and the page. */
async function bothPaints(path, options) {
  const { page, release } = await openHeld(path, options);
  assert.equal(await page.locator('#app').count(), 0, 'the app is not there yet');
  const first = await page.locator('#boot').evaluate(OUTLINE);
  const title = await page.title();
  release();
  await settled(page);
  assert.equal(await page.locator('#boot').count(), 0, 'the first paint is gone');
  const app = await page.locator('#app').evaluate(OUTLINE);
  return { first, app, title, page };
}

function checkSame(what, first, app) {
  assert.ok(app.length > 50, `${what}: the app drew almost nothing`);
  const at = [...Array(Math.max(first.length, app.length)).keys()].find((i) => first[i] !== app[i]);
  if (at !== undefined) {
    const near = (lines) => lines.slice(Math.max(0, at - 4), at + 4).join('\n');
    assert.fail(`${what}: the first paint differs from the app at line ${at}\n--- app:\n${near(app)}\n--- first paint:\n${near(first)}`);
  }
}

/** `path`'s first paint has a line matching each of `expected`, and is the app's page, with
 *  the same document title. */
async function checkFirstPaint(path, storage, expected = []) {
  const { first, app, title, page } = await bothPaints(path, { storage });
  for (const pattern of expected) assert.ok(first.some((line) => pattern.test(line)), `${path}: the first paint has ${pattern}`);
  checkSame(path, first, app);
  assert.equal(await page.title(), title, `${path}: the same document title`);
  assertClean(page);
  await page.close();
}

test('the first paint is the page the app then draws: home, pages, categories, read marks', async () => {
  // A read mark, so the "read" badge and class are compared too (token of the article id 1043).
  const read = { 'bantin.v1.read': '["1043"]' };
  for (const [path, storage] of [['/', read], ['/?trang=3', {}], ['/chuyen-muc/dang-doan-the', read], ['/chuyen-muc/kinh-te-xa-hoi', {}]]) {
    await checkFirstPaint(path, storage);
  }
});

test('articles too: body with pictures and captions, attachments, plain-text body, untitled', async () => {
  const read = { 'bantin.v1.read': '["1040"]' };
  const article = /<h1 class="article-title"/;
  for (const [path, storage, expect] of [
    ['/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', read, /<figcaption >/],
    ['/bai-viet/thong-bao-nghi-tet-nguyen-dan-binh-ngo-nam-2026-1042', {}, /<section aria-labelledby="tep-dinh-kem"/],
    ['/bai-viet/thong-bao-cat-dien-de-bao-duong-luoi-dien-1025', {}, /^ *"Khu vực mất điện: /],
    ['/bai-viet/bai-viet-1045', {}, /"\(Bài viết chưa có tiêu đề\)"/],
  ]) {
    await checkFirstPaint(path, storage, [expect, article]);
  }
});

test('the first paint follows the stored settings: dark theme, larger text, English', async () => {
  const storage = { 'bantin.v1.settings': '{"theme":"dark","text":3,"lang":"en"}' };
  for (const [path, english] of [['/', '"Latest news"'], ['/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', 'Back to the list"']]) {
    const { first, app, page } = await bothPaints(path, { storage, width: 375 });
    checkSame(`${path} (dark, English)`, first, app);
    assert.ok(first.some((line) => line.includes(english)), `${path}: English in the first paint`);
    const root = await page.locator('html').evaluate((html) => [html.dataset.theme, html.dataset.text, html.lang]);
    assert.deepEqual(root, ['dark', '3', 'en']);
    assertClean(page);
    await page.close();
  }
});

test('the first paint draws the first screen first: below it, the rest follows a frame later', async () => {
  // What each frame holds, from the one that first shows the first paint's list or article.
  const FRAMES = () => {
    // A first visit: a screen kept by an earlier visit (the phone's, here) would come first.
    localStorage.clear();
    window.__frames = [];
    const count = () => ({ cards: document.querySelectorAll('#boot main .cards > article').length, side: document.querySelectorAll('#boot main .side .card').length });
    const observer = new MutationObserver(() => {
      if (!document.querySelector('#boot main article')) return;
      observer.disconnect();
      const frame = (n) => requestAnimationFrame(() => { window.__frames.push(count()); if (n > 1) frame(n - 1); });
      frame(6);
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  const framesOf = async (path, width, height) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const page = await reader.open(path, {
      width,
      height,
      beforeGoto: async (p) => {
        await p.addInitScript(FRAMES);
        await p.route(/split-reader-app-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
      },
    });
    await page.waitForFunction(() => window.__frames?.length === 6);
    const frames = await page.evaluate(() => window.__frames);
    release();
    await settled(page);
    assertClean(page);
    await page.close();
    return frames;
  };
  const phone = await framesOf('/', 412, 823);
  assert.deepEqual(phone[0], { cards: 4, side: 0 }, 'a phone: the first screen of the list first');
  assert.deepEqual(phone.at(-1), { cards: 10, side: 5 }, 'then the rest');
  const article = await framesOf('/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', 412, 823);
  assert.deepEqual([article[0].side, article.at(-1).side], [0, 10], 'related and most viewed are below the article on a phone');
  const wide = await framesOf('/', 1280, 800);
  assert.deepEqual(wide[0], { cards: 10, side: 5 }, 'a wide screen shows the side column and more cards: all in the first frame');
});

test('the app takes over only with its page whole: the parts below the first screen, built in a task of their own, are there', async () => {
  // What the app's page holds at the moment it replaces the first paint (its `bantin:app-ready` mark).
  const AT_TAKE_OVER = () => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      if (name === 'bantin:app-ready') {
        window.__atTakeOver = { boot: !!document.getElementById('boot'), cards: document.querySelectorAll('#app main .cards > article').length, side: document.querySelectorAll('#app main .side .card').length };
      }
      return mark(name, ...rest);
    };
  };
  for (const [path, expected] of [['/', { boot: false, cards: 10, side: 5 }], ['/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', { boot: false, cards: 0, side: 10 }]]) {
    const page = await reader.open(path, { width: 412, height: 823, beforeGoto: (p) => p.addInitScript(AT_TAKE_OVER) });
    await page.waitForFunction(() => window.__atTakeOver);
    assert.deepEqual(await page.evaluate(() => window.__atTakeOver), expected, path);
    await settled(page);
    assertClean(page);
    await page.close();
  }
});

test('the first paint comes in tasks of its own: the feed parsed, the page built, the page put on screen', async () => {
  // A timer queued at the feed's parse, and one queued by that timer, both run before the
  // first paint's mark only if building the page and putting it on screen wait for a task
  // each (the three were one task: the load's second longest).
  const ORDER = () => {
    window.__order = [];
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      if (name === 'bantin:feed-parsed') setTimeout(() => { window.__order.push('task queued at the parse'); setTimeout(() => window.__order.push('task queued by that task')); });
      if (name === 'bantin:first-paint') window.__order.push('first paint');
      return mark(name, ...rest);
    };
  };
  for (const path of ['/', '/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043']) {
    const page = await reader.open(path, { width: 412, height: 823, beforeGoto: (p) => p.addInitScript(ORDER) });
    await page.waitForFunction(() => window.__order.length === 3);
    assert.deepEqual(await page.evaluate(() => window.__order), ['task queued at the parse', 'task queued by that task', 'first paint'], path);
    await settled(page);
    assertClean(page);
    await page.close();
  }
});

test('links in the first paint work before the app is there, and the article they open is painted first too', async () => {
  const { page, release } = await openHeld('/');
  const link = page.locator('#boot main .cards article').first().locator('.card-title a');
  const href = await link.getAttribute('href');
  assert.match(href, /^\/bai-viet\/[a-z0-9-]+$/);
  // Opening an article before the app has arrived is a plain page load of its address.
  await link.click();
  await page.waitForURL((url) => url.pathname === href);
  await page.locator('#boot main h1.article-title').waitFor();
  assert.equal(await page.locator('#app').count(), 0, 'the article is on screen before the app');
  release();
  await settled(page);
  assert.ok((await page.locator('main h1').textContent()).length > 5);
  assertClean(page);
});

test('focus and words typed into the search box carry over from the first paint to the app', async () => {
  const card = '#boot main .cards article:nth-child(3) .card-title a';
  const article = '/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043';
  for (const [what, path, act, target, check] of [
    ['search box', '/', (p) => p.locator('#boot #q').pressSequentially('dân vận'), '#boot #q',
      async (p) => assert.deepEqual(await p.evaluate(() => [document.activeElement.id, document.activeElement.value, !!document.activeElement.closest('#app')]), ['q', 'dân vận', true])],
    ['third card', '/', (p) => p.locator(card).focus(), card,
      async (p, href) => assert.deepEqual(await p.evaluate(() => [document.activeElement.getAttribute('href'), !!document.activeElement.closest('#app main .cards')]), [href, true])],
    ["an article's back link", article, (p) => p.locator('#boot .article-back a').focus(), '#boot .article-back a',
      async (p, href) => assert.deepEqual(await p.evaluate(() => [document.activeElement.getAttribute('href'), !!document.activeElement.closest('#app main .article-back')]), [href, true])],
  ]) {
    const { page, release } = await openHeld(path);
    const href = await page.locator(target).getAttribute('href');
    await act(page);
    release();
    await settled(page);
    await check(page, href).catch((e) => { e.message = `${what}: ${e.message}`; throw e; });
    assertClean(page);
    await page.close();
  }
});

test("an article's body moves over to the app whole: the same picture, a focused link keeps the focus", async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const page = await reader.open('/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', {
    beforeGoto: async (p) => {
      await p.addInitScript(STORE, {});
      await p.route(/split-reader-app-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
      // A link in the body, to focus before the app arrives.
      await p.route(/\/feed\.json$/, async (route) => {
        const feed = await (await route.fetch()).json();
        const item = feed.items.find((i) => String(i.id) === '1043');
        item.content_html += '<p><a href="https://example.org/le-hoi">Xem thêm</a></p>';
        await route.fulfill({ json: feed, headers: { 'content-type': 'application/feed+json' } });
      });
    },
  });
  await page.locator('#boot .article-body a').waitFor();
  await page.locator('#boot .article-body img').evaluate((img) => { img.dataset.seen = ''; window.firstPicture = img; });
  await page.locator('#boot .article-body a').focus();
  release();
  await settled(page);
  assert.equal(await page.locator('#app .article-body img').evaluate((img) => img === window.firstPicture), true, 'the same picture element');
  assert.deepEqual(await page.evaluate(() => [document.activeElement.textContent, !!document.activeElement.closest('#app .article-body')]), ['Xem thêm', true]);
  assertClean(page);
  await page.close();
});

test('on a search address, which has no first paint, the app is fetched at once', async () => {
  const page = await reader.open('/tim-kiem?q=d%C3%A2n%20v%E1%BA%ADn');
  await settled(page);
  const [fetched, shown] = await page.evaluate(() => [
    Math.min(...performance.getEntriesByType('resource').filter((r) => /split-reader-app-/.test(r.name)).map((r) => r.startTime)),
    performance.getEntriesByName('bantin:first-paint-shown')[0]?.startTime,
  ]);
  assert.ok(fetched < shown, `the chunk was requested at ${fetched} ms, before the app would otherwise ask for it (${shown} ms)`);
  assertClean(page);
  await page.close();
});

test('display options opened before the app say they are coming, and are there once it is', async () => {
  const { page, release } = await openHeld('/', { width: 375 });
  await page.locator('#boot details.display-options summary').click();
  const early = page.locator('#boot details.display-options[open] [role=status]');
  assert.equal(await early.textContent(), 'Đang tải tùy chọn hiển thị…');
  release();
  await settled(page);
  const panel = page.locator('#app details.display-options[open] .options-panel');
  await panel.locator('fieldset').first().waitFor();
  assert.ok((await panel.textContent()).includes('Cỡ chữ'), await panel.textContent());
  assertClean(page);
  await page.close();
});

test('the app is downloaded once the first paint is on screen with its pictures, and waits at most a second for them', async () => {
  const article = '/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043'; // its body's picture is on the first screen
  for (const [what, holdPictureMs, expectChunkAfterPicture] of [['a picture that takes 700 ms', 700, true], ['a picture that never comes', null, false]]) {
    const events = [];
    const page = await reader.open(article, {
      beforeGoto: async (p) => {
        await p.addInitScript(STORE, {});
        p.on('request', (r) => { if (/split-reader-app-/.test(r.url())) events.push(['chunk requested', Date.now()]); });
        await p.route(/anh\/cau-song\.png$/, async (route) => {
          if (holdPictureMs === null) return; // never answered
          await new Promise((r) => setTimeout(r, holdPictureMs));
          events.push(['picture answered', Date.now()]);
          await route.continue();
        });
      },
    });
    await settled(page);
    const order = events.map(([e]) => e);
    if (expectChunkAfterPicture) {
      assert.deepEqual(order, ['picture answered', 'chunk requested'], `${what}: the app's chunk waits for the picture`);
    } else {
      assert.deepEqual(order, ['chunk requested'], `${what}: the app comes anyway`);
    }
    assert.equal(await page.locator('#boot').count(), 0, `${what}: the app took over`);
    await page.close();
  }
});

test('when the app cannot be downloaded, the first paint stays readable and says how to recover', async () => {
  const page = await reader.open('/', {
    allowErrors: [/Failed to load resource|split-reader-app|ERR_FAILED|503/],
    beforeGoto: async (p) => {
      await p.addInitScript(STORE, {});
      await p.route(/split-reader-app-[0-9a-f]+\.wasm$/, (route) => route.fulfill({ status: 503, body: 'busy' }));
    },
  });
  const alert = page.locator('#boot [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /^Chưa tải được đầy đủ trang tin\. Hãy kiểm tra kết nối mạng rồi tải lại trang\.$/);
  assert.equal(await alert.locator('a').getAttribute('href'), `${reader.server.url}`);
  assert.equal(await page.locator('#boot main .cards article').count(), 10, 'the list stays');
  assert.deepEqual(page.problems.filter((p) => p.startsWith('uncaught')), [], 'no panic');
});
