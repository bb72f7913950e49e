// A route change builds the new page's first screen first (src/components/later.rs): what
// starts below it (the list's cards after the first four, the side blocks on a phone) follows
// a frame later; whatever the screen shows is in the first frame, and a page whose scroll
// position Back restores is built whole.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, settled, startReader } from './helpers.mjs';

let reader;
before(async () => { reader = await startReader(); });
after(async () => { await reader?.close(); });

/** Follows the first card's link (or goes Back) and returns what the page holds in the
 *  frame that first shows `selector`, and a moment later. */
const frames = (page, action, selector) => page.evaluate(([action, selector]) => new Promise((resolve) => {
  const holds = () => ({
    cards: document.querySelectorAll('main .cards > article').length,
    side: document.querySelectorAll('main .side .card').length,
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

test('on a phone, the side blocks and the cards below the first screen follow a frame later', async () => {
  const page = await reader.open('/', { width: 412, height: 823 });
  await settled(page);
  const there = await frames(page, ...ARTICLE);
  assert.equal(there.first.side, 0, 'related and most viewed are below the article on a phone');
  assert.ok(there.later.side > 0, 'and follow');
  const back = await frames(page, ...HOME);
  assert.deepEqual([back.first.cards, back.first.side], [4, 0], 'the first screen of the list first');
  assert.deepEqual([back.later.cards, back.later.side], [10, 5], 'then the whole page');
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
