// A route change builds the new page's first screen first (src/components/later.rs): what
// starts below it (the list's cards after the first four, the side blocks on a phone) follows
// a frame later; whatever the screen shows is in the first frame, and a page whose scroll
// position Back restores is built whole.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertClean, DIST, settled, startReader } from './helpers.mjs';

let reader;
before(async () => { reader = await startReader(); });
after(async () => { await reader?.close(); });

/** Follows the first card's link (or goes Back) and returns what the page shows in the
 *  frame that first shows `selector`, and a moment later (a page kept built off the
 *  document has all of its nodes, but hides what follows). */
const frames = (page, action, selector) => page.evaluate(([action, selector]) => new Promise((resolve) => {
  const shown = (selector) => [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility()).length;
  const holds = () => ({
    cards: shown('main .cards > article'),
    side: shown('main .side .card'),
    y: Math.round(window.scrollY),
  });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const first = holds();
      setTimeout(() => resolve({ first, later: holds() }), 300);
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
  if (action === 'back') history.back(); else document.querySelector(action).click();
}), [action, selector]);

const ARTICLE = ['main .cards article .card-title a', 'h1.article-title'];
const HOME = ['back', 'main .cards article'];

test('on a phone, the side blocks and the cards below the first screen follow a frame later; the list left comes back whole', async () => {
  const page = await reader.open('/', { width: 412, height: 823 });
  await settled(page);
  const there = await frames(page, ...ARTICLE);
  assert.equal(there.first.side, 0, 'related and most viewed are below the article on a phone');
  assert.ok(there.later.side > 0, 'and follow');
  const back = await frames(page, ...HOME);
  // Kept in the document, laid out, while the article was shown (components/shelf.rs): shown
  // again whole, with nothing to lay out anew.
  assert.deepEqual([back.first.cards, back.first.side], [10, 5], 'the list left, whole at once');
  assert.deepEqual([back.later.cards, back.later.side], [10, 5]);
  assertClean(page);
});

test('on a wide screen, the side column is on the first screen: it comes in the first frame', async () => {
  const page = await reader.open('/', { width: 1280, height: 800 });
  await settled(page);
  const there = await frames(page, ...ARTICLE);
  assert.equal(there.first.side, 10, 'related and most viewed beside the article');
  const back = await frames(page, ...HOME);
  assert.equal(back.first.side, 5, 'most viewed beside the list');
  assertClean(page);
});

test('a tall screen gets every card it shows in the first frame', async () => {
  const page = await reader.open('/', { width: 412, height: 2000 });
  await settled(page);
  await frames(page, ...ARTICLE);
  const back = await frames(page, ...HOME);
  assert.equal(back.first.cards, 10);
  assertClean(page);
});

test('Back to a list scrolled down builds it whole, at the reader’s place, in the first frame', async () => {
  const page = await reader.open('/', { width: 412, height: 823 });
  await settled(page);
  await page.evaluate(() => window.scrollTo(0, 1200));
  await page.waitForTimeout(100);
  const y = await page.evaluate(() => Math.round(window.scrollY));
  assert.ok(y > 1000, `scrolled to ${y}`);
  await page.locator('main .cards article .card-title a').nth(6).click();
  await page.locator('h1.article-title').waitFor();
  await settled(page);
  const back = await frames(page, ...HOME);
  assert.deepEqual(back.first, { cards: 10, side: 5, y }, 'whole, and already where the reader was');
  assertClean(page);
});

const SITE = 'Cổng thông tin điện tử huyện Đông Thành';
const mark = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).length > 0, name);
const frames3 = (page) => page.evaluate(() => new Promise((done) => {
  const next = (n) => (n ? requestAnimationFrame(() => next(n - 1)) : setTimeout(done, 50));
  next(3);
}));

test('a list page rehearses the article page off screen once the reader is idle; nothing outside it changes', async () => {
  // The rehearsed page is laid out once in the document: seen here as it was added.
  const watchStages = () => {
    window.__stages = [];
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeType !== 1 || !n.classList.contains('offstage')) continue;
        window.__stages.push({ inert: n.hasAttribute('inert'), hidden: n.getAttribute('aria-hidden'), title: n.querySelector('h1.article-title')?.textContent ?? null,
          body: n.querySelectorAll('.article-body > *').length, media: n.querySelectorAll('img, iframe').length,
          withAddress: n.querySelectorAll('[src], [srcset], [poster]').length, connected: n.isConnected });
      }
    }).observe(document, { childList: true, subtree: true });
  };
  const page = await reader.open('/', { width: 412, height: 823, beforeGoto: async (p) => { await p.addInitScript(() => localStorage.removeItem('bantin.v1.read')); await p.addInitScript(watchStages); } });
  await settled(page);
  await page.waitForFunction(() => performance.getEntriesByName('bantin:rehearsed').length > 0, null, { timeout: 5000 });
  await frames3(page);
  const stages = await page.evaluate(() => window.__stages);
  assert.equal(stages.length, 1, 'laid out once');
  const [stage] = stages;
  assert.ok(stage.title && stage.body > 0, 'the whole article page, body included');
  assert.ok(stage.inert && stage.hidden === 'true', 'out of reach of focus and assistive tech');
  assert.ok(stage.media > 0, 'a page with pictures');
  assert.equal(stage.withAddress, 0, 'its pictures have no address: nothing is fetched for it');
  assert.equal(stage.connected, false, 'taken out again in the same task');
  assert.equal(await page.title(), SITE, 'the title is the list’s');
  assert.equal(await page.evaluate(() => localStorage.getItem('bantin.v1.read')), null, 'no article marked read');
  assert.equal(await page.locator('script[type="application/ld+json"]').count(), 0, 'no article JSON-LD in <head>');
  assert.equal(await page.locator('meta[property="og:type"]').getAttribute('content'), 'website');
  assert.equal(await page.locator('.article-full, .article-body').count(), 0, 'nothing of it in the document');
  assert.equal(await page.locator('h1').count(), 1);
  // The article the reader then opens is the real one: marked read, its title and head tags.
  await page.locator('main .cards article .card-title a').nth(1).click();
  await page.locator('h1.article-title').waitFor();
  await settled(page);
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('bantin.v1.read')).length), 1);
  assert.match(await page.title(), /^Chuyển đổi số trong nông nghiệp/);
  assert.equal(await page.locator('meta[property="og:type"]').getAttribute('content'), 'article');
  assertClean(page);
});

test('the articles of a list’s first screen are built while the reader is idle; one opened is that page, showing what its own address shows', async () => {
  const page = await reader.open('/', { width: 412, height: 823 });
  await settled(page);
  await page.waitForFunction(() => performance.getEntriesByName('bantin:built-ahead').length >= 4, null, { timeout: 10000 });
  await page.waitForFunction(() => performance.getEntriesByName('bantin:bodies-prepared').length > 0, null, { timeout: 10000 });
  // The route rehearsal, done by now, takes a page from the shelf too.
  await page.waitForFunction(() => performance.getEntriesByName('bantin:link-rehearsed').length > 0, null, { timeout: 10000 });
  const link = page.locator('main .cards article .card-title a').nth(2);
  const href = await link.getAttribute('href');
  const count = (name) => page.evaluate((n) => performance.getEntriesByName(n).length, name);
  const preparedBefore = await count('bantin:bodies-prepared');
  const fromShelf = await count('bantin:page-from-shelf');
  await link.click();
  await page.locator('h1.article-title').waitFor();
  assert.equal(await count('bantin:page-from-shelf'), fromShelf + 1, 'the page built ahead was shown');
  const body = await page.locator('.article-body').innerHTML();
  assert.match(body, /<figure>|<img /, 'a body with a picture');
  const direct = await reader.open(new URL(href, page.url()).pathname, { width: 412, height: 823 });
  await settled(direct);
  assert.equal(await direct.locator('.article-body').innerHTML(), body);
  // (Not the list left, kept hidden after it: components/shelf.rs.)
  assert.equal(await direct.locator('main .columns').evaluate((e) => e.outerHTML.replace(/ data-later=""/g, '')),
    await page.locator('main .columns:not([data-set-aside])').evaluate((e) => e.outerHTML.replace(/ data-later=""/g, '')), 'the same page, side blocks and all');
  // An article page prepares the older and the newer article.
  await page.waitForFunction((n) => performance.getEntriesByName('bantin:bodies-prepared').length > n, preparedBefore, { timeout: 10000 });
  const used = await count('bantin:prepared-body');
  const title = await page.locator('h1.article-title').textContent();
  await page.locator('.article-steps a[rel="next"]').click();
  await page.locator('h1.article-title').filter({ hasNotText: title }).waitFor();
  assert.equal(await count('bantin:prepared-body'), used + 1, 'the older article’s body was prepared');
  // Its own body, not the one before it (the view keeps the body's element from one article to the next).
  const older = await reader.open(new URL(page.url()).pathname, { width: 412, height: 823 });
  await settled(older);
  // (`:visible`: not the article left, kept hidden after it.)
  assert.equal(await page.locator('.article-body:visible').innerHTML(), await older.locator('.article-body').innerHTML());
  assert.notEqual(await page.locator('.article-body:visible').innerHTML(), body);
  assertClean(older);
  assertClean(page);
  assertClean(direct);
});

test('a page built ahead fetches nothing until it is opened; Back shows the very list left, and both stay live', async () => {
  // The second article's body gets a picture found nowhere on the list.
  const feed = JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8'));
  const picture = 'anh/bong-da.png?trong-bai';
  feed.items[1].content_html = `<p>Ảnh trong bài.</p><figure><img src="${picture}" alt="Sân bóng xã" width="480" height="270"></figure>${feed.items[1].content_html}`;
  const fetched = [];
  const page = await reader.open('/', { width: 412, height: 823, beforeGoto: async (p) => {
    await p.addInitScript(() => localStorage.removeItem('bantin.v1.read'));
    await p.route('**/feed.json', (route) => route.fulfill({ contentType: 'application/feed+json', body: JSON.stringify(feed) }));
    p.on('request', (r) => fetched.push(r.url()));
  } });
  await settled(page);
  await page.waitForFunction(() => performance.getEntriesByName('bantin:built-ahead').length >= 4, null, { timeout: 10000 });
  await frames3(page);
  assert.equal(fetched.filter((u) => u.endsWith(picture)).length, 0, 'the built page’s picture is not fetched');
  assert.equal(await page.locator('.article-full, .article-body').count(), 0, 'nothing of it in the document');
  assert.equal(await page.locator('h1').count(), 1);
  await page.evaluate(() => { document.querySelector('main h1').dataset.probe = 'the list left'; });
  await page.locator('main .cards article .card-title a').nth(1).click();
  await page.locator('h1.article-title').waitFor();
  await settled(page);
  await page.waitForFunction((p) => [...document.querySelectorAll('.article-body img')].some((i) => i.complete && i.src.endsWith(p)), picture, { timeout: 5000 });
  assert.equal(fetched.filter((u) => u.endsWith(picture)).length, 1, 'fetched once opened');
  assert.match(await page.title(), /^Chuyển đổi số trong nông nghiệp/);
  assert.equal(await page.locator('meta[property="og:type"]').getAttribute('content'), 'article');
  await page.goBack();
  await page.locator('main .cards article').first().waitFor();
  await settled(page);
  assert.equal(await page.locator('main h1').getAttribute('data-probe'), 'the list left', 'the same nodes');
  assert.equal(await page.title(), SITE);
  assert.equal(await page.locator('meta[property="og:type"]').getAttribute('content'), 'website');
  // Off the document, the list followed the read mark: its card says so.
  assert.equal(await page.locator('main .cards article').nth(1).locator('.card-read').count(), 1);
  assert.equal(await page.locator('h1').count(), 1);
  assertClean(page);
});

test('the router follows a link to the page on screen once the reader is idle; nothing changes', async () => {
  for (const path of ['/', '/chuyen-muc/van-hoa-the-thao?trang=1', '/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043']) {
    const page = await reader.open(path, { width: 412, height: 823 });
    await page.waitForFunction(() => performance.getEntriesByName('bantin:app-ready').length > 0);
    await page.evaluate(() => {
      window.scrollTo(0, 300);
      document.querySelector('main h1').dataset.probe = 'before';
      document.querySelector('main h1').focus({ preventScroll: true });
      window.__before = { history: history.length, url: location.href, title: document.title };
      window.__changes = 0;
      new MutationObserver((records) => { window.__changes += records.length; })
        .observe(document.querySelector('main'), { childList: true, subtree: true, attributes: true, characterData: true });
    });
    await page.waitForFunction(() => performance.getEntriesByName('bantin:link-rehearsed').length > 0, null, { timeout: 10000 });
    await frames3(page);
    const after = await page.evaluate(() => ({ probe: document.querySelector('main h1').dataset.probe, y: Math.round(scrollY), changes: window.__changes,
      focused: document.activeElement === document.querySelector('main h1'),
      same: history.length === window.__before.history && location.href === window.__before.url && document.title === window.__before.title,
      leftover: document.querySelectorAll('body > a').length }));
    assert.deepEqual(after, { probe: 'before', y: 300, changes: 0, focused: true, same: true, leftover: 0 }, path);
    // The reader's focus is on the page: the route change is not rehearsed (the focus would
    // leave with the page's nodes), only the link. (Typing in the search box: kept-screen.test.mjs.)
    assert.equal(await mark(page, 'bantin:route-rehearsed'), false, path);
    assertClean(page);
  }
});

test('once the reader is idle, the router opens an article built ahead and comes back in one task: no frame shows it, nothing the reader has changes', async () => {
  // The bodies of the list's first articles get pictures found nowhere else.
  const feed = JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8'));
  const pictures = feed.items.slice(0, 4).map((item, i) => {
    const picture = `anh/le-hoi.png?dien-tap-${i}`;
    item.content_html = `<figure><img src="${picture}" alt="Lễ hội" width="480" height="270"></figure>${item.content_html}`;
    return picture;
  });
  const fetched = [];
  const page = await reader.open('/', { width: 412, height: 823, beforeGoto: async (p) => {
    await p.addInitScript(() => localStorage.removeItem('bantin.v1.read'));
    // What every frame shows, from its animation callback (before its paint).
    await p.addInitScript(() => {
      window.__frames = [];
      const each = () => {
        const h = document.querySelector('main h1');
        window.__frames.push(h ? `${h.className}|${h.dataset.probe ?? ''}` : 'none');
        requestAnimationFrame(each);
      };
      requestAnimationFrame(each);
    });
    await p.route('**/feed.json', (route) => route.fulfill({ contentType: 'application/feed+json', body: JSON.stringify(feed) }));
    p.on('request', (r) => fetched.push(r.url()));
  } });
  await page.waitForFunction(() => performance.getEntriesByName('bantin:app-ready').length > 0);
  await page.evaluate(() => {
    window.scrollTo(0, 300);
    document.querySelector('main h1').dataset.probe = 'before';
    document.querySelector('main .cards > article').dataset.probe = 'card';
    const status = document.querySelector('[role="status"][aria-live]');
    window.__before = { history: history.length, url: location.href, said: status.textContent };
    window.__frames = [];
  });
  await page.waitForFunction(() => performance.getEntriesByName('bantin:link-rehearsed').length > 0, null, { timeout: 10000 });
  assert.equal(await mark(page, 'bantin:route-rehearsed'), true, 'the route change was rehearsed');
  await frames3(page);
  const after = await page.evaluate(() => {
    const status = document.querySelector('[role="status"][aria-live]');
    return {
      frames: [...new Set(window.__frames)],
      same: { history: history.length === window.__before.history, url: location.href === window.__before.url, said: status.textContent === window.__before.said },
      // The list's own head tags, whenever they were written: none of the article's.
      head: { title: document.title, type: document.querySelector('meta[property="og:type"]')?.content, url: document.querySelector('link[rel="canonical"]')?.href === location.href,
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length },
      card: document.querySelector('main .cards > article')?.dataset.probe,
      y: Math.round(scrollY), focus: document.activeElement === document.body,
      hidden: document.querySelectorAll('[data-later]').length, leftover: document.querySelectorAll('body > a').length,
      read: localStorage.getItem('bantin.v1.read'), articles: document.querySelectorAll('.article-full, .article-body').length,
    };
  });
  assert.deepEqual(after, {
    frames: ['page-title|before'], same: { history: true, url: true, said: true }, head: { title: SITE, type: 'website', url: true, jsonLd: 0 }, card: 'card',
    y: 300, focus: true, hidden: 0, leftover: 0, read: null, articles: 0,
  });
  assert.deepEqual(pictures.filter((p) => fetched.some((u) => u.endsWith(p))), [], 'no picture of the article opened out of sight is fetched');
  // The article the reader then opens is the real thing: read mark, title, pictures.
  const link = page.locator('main .cards article .card-title a').first();
  const opened = (await link.textContent()).trim();
  await link.click();
  await page.locator('h1.article-title').waitFor();
  await settled(page);
  assert.equal((await page.locator('h1.article-title').textContent()).trim(), opened);
  assert.ok((await page.title()).startsWith(opened), await page.title());
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('bantin.v1.read')).length), 1);
  assert.equal(await page.locator('meta[property="og:type"]').getAttribute('content'), 'article');
  await page.waitForFunction((ps) => [...document.querySelectorAll('.article-body img')].some((i) => i.complete && ps.some((p) => i.src.endsWith(p))), pictures, { timeout: 5000 });
  assertClean(page);
});

test('a reader who opens an article before the rehearsal has run gets none: the tap ran the code, and nothing comes in its way', async () => {
  // The new page's heading does not take the focus here: with the focus on it the rehearsal
  // would stand down anyway; this is about the route change having run.
  const page = await reader.open('/', { width: 412, height: 823, beforeGoto: (p) => p.addInitScript(() => { HTMLElement.prototype.focus = function () {}; }) });
  await page.waitForFunction(() => performance.getEntriesByName('bantin:app-ready').length > 0);
  const before = await page.evaluate(() => {
    const rehearsed = performance.getEntriesByName('bantin:link-rehearsed').length;
    document.querySelector('main .cards article .card-title a').click();
    return rehearsed;
  });
  assert.equal(before, 0, 'the tap came first');
  await page.locator('h1.article-title').waitFor();
  const heading = await page.locator('h1.article-title').textContent();
  await page.waitForFunction(() => performance.getEntriesByName('bantin:link-rehearsed').length > 0, null, { timeout: 10000 });
  await frames3(page);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  assert.equal(await mark(page, 'bantin:route-rehearsed'), false);
  assert.equal(await page.locator('h1.article-title').textContent(), heading, 'the article stays');
  assertClean(page);
});

test('an article opened directly needs no rehearsal: its code has run', async () => {
  const page = await reader.open('/bai-viet/khai-hoi-xuan-binh-ngo-tai-den-ben-den-1043', { width: 412, height: 823 });
  await settled(page);
  await page.waitForFunction(() => performance.getEntriesByName('bantin:app-ready').length > 0);
  await page.waitForTimeout(2500); // longer than the rehearsal waits for an idle moment
  assert.equal(await mark(page, 'bantin:rehearsed'), false);
  assertClean(page);
});

test('the focus is let go before the page holding it is replaced, then lands on the new heading', async () => {
  const page = await reader.open('/', { width: 412, height: 823 });
  await settled(page);
  // As a tap leaves it: the link followed has the focus. Where is the focus when the click
  // reaches the link, and when Back's popstate reaches a late listener?
  const atClick = await page.evaluate(() => new Promise((resolve) => {
    const link = document.querySelector('main .cards article .card-title a');
    link.focus();
    link.addEventListener('click', () => resolve(document.activeElement === link ? 'still on the link' : document.activeElement.tagName), { once: true });
    link.click();
  }));
  assert.equal(atClick, 'BODY', 'let go before the router replaces the list');
  await page.waitForFunction(() => document.activeElement?.id === 'tieu-de-trang');
  const atBack = await page.evaluate(() => new Promise((resolve) => {
    addEventListener('popstate', () => resolve(document.activeElement?.tagName), { once: true });
    history.back();
  }));
  assert.equal(atBack, 'BODY', 'and on Back');
  await page.locator('main .cards article').first().waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'tieu-de-trang');
  assertClean(page);
});

test('the list left stays in the document out of sight, and Back shows those very nodes where they are: not put in again', async () => {
  const page = await reader.open('/', { width: 412, height: 823 });
  await settled(page);
  await page.evaluate(() => { document.querySelector('main h1').dataset.probe = 'the list left'; });
  await page.locator('main .cards article .card-title a').first().click();
  await page.locator('h1.article-title').waitFor();
  await settled(page);
  const away = await page.evaluate(() => {
    const kept = [...document.querySelectorAll('main [data-set-aside]')];
    const list = document.querySelector('[data-probe="the list left"]');
    const link = list.closest('[data-set-aside]')?.querySelector('.card-title a');
    link?.focus();
    return {
      kept: kept.length,
      listKept: kept.some((k) => k.contains(list)),
      listAfterArticle: !!(document.querySelector('h1.article-title').compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING),
      mainH1: document.querySelector('main h1').className,
      heading: document.getElementById('tieu-de-trang')?.className,
      idsOfTheListSetAside: list.id === '' && list.dataset.setAsideId === 'tieu-de-trang',
      // For what reads the DOM without styles (a reader view): the page left is hidden too.
      ariaHidden: kept.map((k) => k.getAttribute('aria-hidden')),
      anyOfTheListSeen: [...kept[0]?.querySelectorAll('*') ?? []].some((e) => e.checkVisibility()),
      focusable: document.activeElement === link,
    };
  });
  assert.deepEqual(away, { kept: 1, listKept: true, listAfterArticle: true, mainH1: 'article-title', heading: 'article-title', idsOfTheListSetAside: true, ariaHidden: ['true'], anyOfTheListSeen: false, focusable: false });
  // Out of the accessibility tree, of the keyboard's card list, and of a printout.
  const tree = await page.locator('body').ariaSnapshot();
  const title = await page.locator('h1.article-title').textContent();
  assert.ok(tree.includes(`heading "${title}"`), 'the article’s heading is read out');
  assert.doesNotMatch(tree, /heading "Tin mới nhất"/, 'the list’s is not');
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest('[data-set-aside]')), false, '`j` moves among the cards on screen only');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main [data-set-aside]')).display), 'none', 'not printed');
  await page.emulateMedia({ media: 'screen' });
  // Back: the list is shown where it is, its ids back; nothing is inserted in <main>.
  const back = await page.evaluate(() => new Promise((resolve) => {
    const added = [];
    const observer = new MutationObserver((records) => { for (const r of records) added.push(...[...r.addedNodes].filter((n) => n.nodeType === 1).map((n) => n.className)); });
    observer.observe(document.querySelector('main'), { childList: true });
    addEventListener('popstate', () => requestAnimationFrame(() => setTimeout(() => {
      observer.disconnect();
      resolve({ added, kept: document.querySelectorAll('[data-set-aside], [data-set-aside-id], main > [aria-hidden]').length, h1s: document.querySelectorAll('h1').length, heading: document.getElementById('tieu-de-trang')?.dataset.probe, seen: document.querySelector('main .cards article').checkVisibility() });
    }, 0)), { once: true });
    history.back();
  }));
  assert.deepEqual(back, { added: [], kept: 0, h1s: 1, heading: 'the list left', seen: true });
  // One page at most is kept so: opening another article, then a category from it, keeps
  // the article (the page just left) and takes the list out.
  await page.locator('main .cards article .card-title a').nth(1).click();
  await page.locator('h1.article-title').waitFor();
  await page.locator('.cat-nav a').nth(1).click();
  await page.waitForFunction(() => document.querySelector('main h1.page-title') && !document.querySelector('main h1.article-title')?.checkVisibility());
  await settled(page);
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('main [data-set-aside]')].map((k) => !!k.querySelector('h1.article-title'))), [true]);
  assert.equal(await page.locator('[data-probe="the list left"]').count(), 0, 'the list is off the document');
  assertClean(page);
});
