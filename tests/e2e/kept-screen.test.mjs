// The kept screen (src/kept_screen.rs, public/kept-screen.js): a return visit to an address
// shows what the first paint showed there last time before the app's code has started; the
// visit's own first paint then replaces it. localStorage is untrusted: the entry is data,
// drawn through fixed lists of elements and attributes, never as HTML.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertClean, DIST, settled, startReader } from './helpers.mjs';

let reader;
before(async () => { reader = await startReader(); });
after(() => reader.close());

const KEY = (path) => `bantin.v1.screen:${path}`;
const MAIN_WASM = /\/bantin-[0-9a-f]+_bg\.wasm$/;
const KEPT_SCRIPT = /\/kept-screen-[0-9a-f]+\.js$/;

/** Opens `path` with nothing stored (the pages of one browser share their storage), waits
 *  until its first screen is kept, and returns the page and the entry. */
async function firstVisit(path, options = {}) {
  const page = await reader.open(path, { width: 375, height: 800, ...options });
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction((key) => localStorage.getItem(key), KEY(path));
  await settled(page);
  return { page, entry: JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY(path))) };
}

/** Goes to `path` again with the main module's wasm held back until `release()`: what is on
 *  screen meanwhile is what index.html and kept-screen.js drew. */
async function returnHeld(page, path) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(MAIN_WASM, async (route) => { await held; await route.continue(); });
  // The script arriving late (not cached, a slow disk) changes nothing but the wait.
  await page.route(KEPT_SCRIPT, async (route) => { await new Promise((r) => setTimeout(r, 200)); await route.continue(); });
  await page.goto(new URL(path.replace(/^\//, ''), reader.server.url).href, { waitUntil: 'commit' });
  // Parsed to the end: kept-screen.js, a parser-blocking script after #boot, has run (the
  // skeleton alone is there before it, while the script loads).
  await page.waitForFunction(() => document.readyState !== 'loading');
  return async () => {
    release();
    await settled(page);
    await page.unroute(MAIN_WASM);
    await page.unroute(KEPT_SCRIPT);
  };
}

const cardTitles = (page, root) => page.locator(`${root} main .cards article .card-title`).allTextContents();
const marks = (page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));

test('a return visit shows the kept screen before the app starts; the visit\'s first paint replaces it', async () => {
  const { page } = await firstVisit('/');
  const seen = (await cardTitles(page, '#app')).slice(0, 4);
  const title = await page.title();
  const release = await returnHeld(page, '/');
  const boot = page.locator('#boot');
  assert.equal(await boot.getAttribute('data-kept'), '', 'the kept screen is drawn');
  assert.equal(await boot.getAttribute('aria-busy'), 'true', 'and said to be still loading');
  assert.deepEqual(await cardTitles(page, '#boot'), seen, 'the first screen of the last visit');
  assert.equal(await page.locator('#boot main h1').textContent(), 'Tin mới nhất');
  assert.equal(await page.title(), title);
  assert.equal(await page.locator('#boot .skeleton').count(), 0, 'no skeleton');
  const before = await marks(page);
  assert.ok(before.includes('bantin:kept-screen'), 'kept-screen.js drew it');
  assert.ok(!before.includes('bantin:start'), 'before the main module has started');
  await release();
  assert.ok((await marks(page)).includes('bantin:first-paint'), 'the first paint came over it');
  assert.equal(await page.locator('#boot').count(), 0, 'then the app');
  assert.deepEqual((await cardTitles(page, '#app')).slice(0, 4), seen);
  assertClean(page);
});

test('each address keeps its own screen; one never kept shows the skeleton', async () => {
  const { page } = await firstVisit('/');
  const category = '/chuyen-muc/dang-doan-the';
  let release = await returnHeld(page, category);
  assert.equal(await page.locator('#boot[data-kept]').count(), 0, 'nothing kept for the category yet');
  assert.ok(await page.locator('#boot .skeleton').count() > 0);
  await release();
  await page.waitForFunction((key) => localStorage.getItem(key), KEY(category));
  release = await returnHeld(page, category);
  assert.equal(await page.locator('#boot main h1').textContent(), 'Đảng - đoàn thể');
  await release();
  release = await returnHeld(page, '/?trang=2');
  assert.equal(await page.locator('#boot[data-kept]').count(), 0, 'the query is part of the address');
  await release();
  assertClean(page);
});

test('words typed and the focus on the kept screen carry over to the first paint and the app', async () => {
  const { page } = await firstVisit('/');
  const release = await returnHeld(page, '/');
  await page.locator('#boot #q').click();
  await page.keyboard.type('lễ hội');
  await release();
  assert.equal(await page.locator('#app #q').inputValue(), 'lễ hội');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
  assertClean(page);
});

test('a tampered entry draws only allowed elements, attributes and URLs, as text', async () => {
  const { page, entry } = await firstVisit('/');
  const hostile = {
    ...entry,
    title: 'Giả mạo',
    tree: [
      ['main', { id: 'noi-dung', class: 'wrap site-main' },
        ['h1', { class: 'page-title', onclick: 'window.__pwned = 1', style: 'color: red', elementtiming: 'x' }, 'Tin giả'],
        ['script', {}, 'window.__pwned = 2'],
        ['img', { src: 'favicon.png', onerror: 'window.__pwned = 3', name: 'querySelector', alt: '' }],
        ['a', { href: 'javascript:window.__pwned = 4', class: 'one' }, 'một'],
        ['a', { href: ' java\tscript:window.__pwned = 5', class: 'two' }, 'hai'],
        ['a', { href: 'https://example.org/tin', class: 'three' }, 'ba'],
        ['iframe', { src: 'https://example.org/' }],
        ['form', { name: 'getElementById', action: 'javascript:window.__pwned = 6' },
          ['input', { name: 'q', id: 'q', autofocus: '', onfocus: 'window.__pwned = 7' }]],
        ['img', { src: 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD04PC9zY3JpcHQ+', class: 'data' }],
        ['article', { class: 'card' }, '<img src=x onerror="window.__pwned = 9">'],
      ],
    ],
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY('/'), JSON.stringify(hostile)]);
  const release = await returnHeld(page, '/');
  await page.waitForTimeout(300); // a moment for anything that would run
  const found = await page.evaluate(() => {
    const boot = document.getElementById('boot');
    const attrs = (sel) => [...(boot.querySelector(sel)?.attributes ?? [])].map((a) => a.name).sort();
    return {
      kept: boot.hasAttribute('data-kept'),
      pwned: window.__pwned ?? null,
      title: document.title,
      h1: attrs('h1'),
      scripts: boot.querySelectorAll('script, iframe').length,
      img: attrs('img'),
      hrefs: [...boot.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      form: attrs('form'),
      input: attrs('input'),
      dataImg: attrs('img.data'),
      article: [boot.querySelector('article')?.textContent, boot.querySelectorAll('article *').length],
      documentIntact: typeof document.querySelector === 'function' && typeof document.getElementById === 'function',
    };
  });
  assert.deepEqual(found, {
    kept: true,
    pwned: null,
    title: 'Giả mạo',
    h1: ['class'],
    scripts: 0,
    img: ['alt', 'src'],
    hrefs: [null, null, 'https://example.org/tin'],
    form: [],
    input: ['id', 'name'],
    dataImg: ['class'],
    article: ['<img src=x onerror="window.__pwned = 9">', 0],
    documentIntact: true,
  });
  await release();
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assertClean(page);
});

test('a damaged, foreign or old entry is not drawn: the skeleton stays, nothing breaks', async () => {
  const { page, entry } = await firstVisit('/');
  const deep = (n) => (n ? ['div', {}, deep(n - 1)] : 'sâu');
  const cases = {
    'not JSON': '{"v":1,',
    'not an entry': '[1, 2]',
    'another build': JSON.stringify({ ...entry, build: './main-0000.css ./start-0000.js' }),
    'another version': JSON.stringify({ ...entry, v: 2 }),
    'eight days old': JSON.stringify({ ...entry, at: Date.now() - 8 * 24 * 3600 * 1000 }),
    'from the future': JSON.stringify({ ...entry, at: Date.now() + 3600 * 1000 }),
    'a node of another shape': JSON.stringify({ ...entry, tree: [['div', {}, 5]] }),
    'attributes of another shape': JSON.stringify({ ...entry, tree: [['div', ['class', 'x']]] }),
    'nested too deep': JSON.stringify({ ...entry, tree: [deep(60)] }),
  };
  for (const [what, stored] of Object.entries(cases)) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY('/'), stored]);
    const release = await returnHeld(page, '/');
    assert.equal(await page.locator('#boot[data-kept]').count(), 0, what);
    assert.ok(await page.locator('#boot .skeleton').count() > 0, `${what}: the skeleton stays`);
    await release();
    assert.ok(await page.locator('#app main article').count() > 0, `${what}: the app works`);
  }
  assertClean(page);
});

test('changing a setting or clearing the read marks forgets every kept screen', async () => {
  const { page } = await firstVisit('/');
  const kept = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bantin.v1.screen')).sort());
  assert.deepEqual(await kept(), ['bantin.v1.screen:/', 'bantin.v1.screens']);
  await page.locator('details.display-options summary').click();
  await page.locator('input[name=theme][value=dark]').check();
  assert.deepEqual(await kept(), [], 'the theme changed: a kept screen would show the old one');
  // The page opened again is kept again, in the new theme.
  await page.reload();
  await page.waitForFunction(() => localStorage.getItem('bantin.v1.screen:/'));
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('bantin.v1.screen:/'))).theme, 'dark');
  await settled(page);
  await page.locator('main .cards article .card-title a').first().click();
  await page.locator('h1.article-title').waitFor();
  await page.locator('details.display-options summary').click();
  await page.getByRole('button', { name: 'Xoá đánh dấu tin đã đọc' }).click();
  assert.deepEqual(await kept(), [], 'read marks cleared: a kept screen would still show them');
  assertClean(page);
});

test('a portal can turn kept screens off: nothing is kept, and what was kept goes', async () => {
  const { page } = await firstVisit('/');
  const kept = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bantin.v1.screen')));
  const config = JSON.parse(readFileSync(join(DIST, 'config.json'), 'utf8'));
  reader.server.setFault('/config.json', { body: JSON.stringify({ ...config, keep_screens: false }) });
  try {
    // This visit still shows the screen kept before (config.json is read after it is drawn);
    // once it has read the config, the kept screens are gone and none is kept again.
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('bantin:first-paint').length);
    await settled(page);
    assert.deepEqual(await kept(), []);
    const release = await returnHeld(page, '/');
    assert.equal(await page.locator('#boot[data-kept]').count(), 0, 'nothing drawn from storage');
    assert.ok(await page.locator('#boot .skeleton').count() > 0);
    await release();
    assert.deepEqual(await kept(), []);
  } finally {
    reader.server.clearFaults();
  }
  assertClean(page);
});
