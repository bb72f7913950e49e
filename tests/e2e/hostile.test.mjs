// A hostile feed: every payload of tests/hostile/payloads.json in titles, summaries, bodies,
// captions, tags, categories, authors and URLs. Every page of it is opened and nothing may
// run, no script URL may reach the DOM, and the text must still be readable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startReader, settled } from './helpers.mjs';

const { html: PAYLOADS, urls: URLS } = JSON.parse(readFileSync(new URL('../hostile/payloads.json', import.meta.url), 'utf8'));

function hostileFeed() {
  const items = PAYLOADS.map((p, i) => ({
    id: String(i + 1),
    title: `Tin ${i + 1} ${p}`,
    summary: `Tóm tắt ${i + 1} ${p}`,
    content_html: `<p>Đoạn mở đầu ${i + 1}.</p>${p}<figure><img src="anh/le-hoi.png" onerror="alert(1)" alt="${p.replace(/"/g, '&quot;')}"><figcaption>Chú thích ${i + 1} ${p}</figcaption></figure><p>Đoạn kết ${i + 1}.</p>`,
    date_published: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T08:00:00+07:00`,
    url: URLS[i % URLS.length],
    external_url: URLS[(i + 1) % URLS.length],
    image: i % 3 === 0 ? URLS[(i + 2) % URLS.length] : 'anh/le-hoi.png',
    tags: [`Thẻ ${p}`],
    authors: [{ name: `Tác giả ${p}`, url: URLS[i % URLS.length] }],
    attachments: [{ url: URLS[(i + 3) % URLS.length], title: `Tệp ${p}` }, { url: 'tep/a.pdf', title: `Tệp an toàn ${p}` }],
    _bantin: { views: i * 37, category: i % 4 === 0 ? `Chuyên mục ${p}` : 'Tin tức - Sự kiện' },
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: '<script>alert(1)</script>', next_url: 'javascript:alert(1)', items });
}

let reader;
before(async () => {
  reader = await startReader();
  reader.server.setFault('/feed.json', { body: hostileFeed() });
  reader.server.setFault('/config.json', { body: JSON.stringify({ site_name: '<img src=x onerror=alert(1)> Cổng tin', page_size: 20 }) });
});
after(async () => { await reader?.close(); });

const TRAP = () => {
  window.__ran = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...a) => window.__ran.push(`${name}(${a.join()})`);
  // eval needs no trap: the CSP has no 'unsafe-eval', and a refused eval is a console error.
  window.addEventListener('error', (e) => window.__ran.push(`error: ${e.message ?? e.target?.outerHTML}`), true);
};

/** What a payload would leave behind in the DOM if the sanitiser let it through. */
const inspect = () => {
  const bad = [];
  const scriptUrl = /^\s*(javascript|vbscript|data:text)/i;
  for (const el of document.querySelectorAll('body *')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) bad.push(`${el.tagName} ${attr.name}`);
      if (/^(href|src|action|formaction|xlink:href|data|background|srcdoc|style)$/i.test(attr.name) && (scriptUrl.test(attr.value) || attr.name === 'srcdoc' || attr.name === 'style')) {
        bad.push(`${el.tagName} ${attr.name}=${attr.value}`);
      }
    }
    // The app's own controls (search, display options, share, shortcuts) hold no feed content.
    const ownControl = el.closest('form.search-box, .options-panel, .display-options > summary, section.share, dialog.shortcuts, .footer-help');
    if (!ownControl && /^(SCRIPT|IFRAME|OBJECT|EMBED|FORM|INPUT|BUTTON|TEXTAREA|SELECT|BASE|META|LINK|STYLE|svg|math|TEMPLATE|FRAMESET|VIDEO|AUDIO)$/i.test(el.tagName)) bad.push(`element ${el.tagName}`);
    if (el.tagName === 'A' && el.target === '_blank' && !/noopener/.test(el.rel)) bad.push(`a target=_blank without noopener: ${el.href}`);
  }
  if (document.querySelector('base')?.getAttribute('href') !== '/') bad.push('base href changed');
  return { bad, ran: window.__ran ?? [], text: document.querySelector('main')?.innerText ?? '' };
};

test(`${PAYLOADS.length} payloads × 9 places: nothing runs, nothing dangerous in the DOM, text readable`, async () => {
  const page = await reader.open('/', { allowErrors: [/Failed to load resource/, /net::ERR_/] });
  await page.addInitScript(TRAP);
  const problems = [];
  const visit = async (path, expectText) => {
    await page.goto(reader.server.url + path.replace(/^\//, ''));
    await settled(page);
    await page.waitForTimeout(30);
    const { bad, ran, text } = await page.evaluate(inspect);
    problems.push(...bad.map((b) => `${path}: ${b}`), ...ran.filter((r) => !r.startsWith('error: <img')).map((r) => `${path}: ran ${r}`));
    if (expectText && !text.includes(expectText)) problems.push(`${path}: "${expectText}" not readable`);
    return page;
  };
  await visit('/', 'Tin ');
  const lists = await page.locator('nav.cat-nav a, .pager-pages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(lists.length >= 5, 'hostile category names still give navigable categories');
  for (const path of lists) await visit(path);
  for (let i = 1; i <= PAYLOADS.length; i++) {
    // By id (the slug part does not matter). Text before the payload must be readable; text
    // after it may belong to an element the payload leaves open (<style>, <noscript>, …).
    await visit(`/bai-viet/x-${i}`, `Đoạn mở đầu ${i}.`);
    const h1 = await page.locator('h1').textContent();
    if (!h1.startsWith(`Tin ${i} `)) problems.push(`article ${i}: title not shown as text: ${h1}`);
  }
  // Payload text is shown as text: the first one, literally.
  await visit('/bai-viet/x-1');
  assert.equal(await page.locator('h1').textContent(), `Tin 1 ${PAYLOADS[0]}`);
  assert.equal(await page.title(), `Tin 1 ${PAYLOADS[0]} — <img src=x onerror=alert(1)> Cổng tin`);
  assert.deepEqual(problems, []);
  console.log(`# hostile: ${PAYLOADS.length} html payloads and ${URLS.length} URL payloads, ${PAYLOADS.length + lists.length + 2} pages, 0 executed`);
});
