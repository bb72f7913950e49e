// The app under the strict Content-Security-Policy of the reference nginx config: every page
// of the sample feed opens with zero policy violations and no errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, settled } from './helpers.mjs';
import { rawGet, startNginx } from './nginx-control.mjs';
import { launch } from '../../scripts/screenshot.mjs';

let nginx;
before(async () => { nginx = await startNginx(DIST); });
after(() => nginx?.stop());

const headers = async (path) => (await rawGet(nginx.origin + path)).headers;

test('the policy is strict and sent with the security headers', async () => {
  for (const path of ['/', '/bai-viet/x', '/feed.json']) {
    const h = await headers(path);
    const csp = h['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", 'frame-ancestors']) {
      assert.ok(csp.includes(directive), `${path}: ${directive} in ${csp}`);
    }
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/, path);
    assert.equal(h['x-content-type-options'], 'nosniff', path);
    assert.equal(h['referrer-policy'], 'strict-origin-when-cross-origin', path);
  }
  assert.doesNotMatch(readFileSync(join(DIST, 'index.html'), 'utf8'), /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
});

test('every page of the sample feed runs with zero violations', async () => {
  // Paths from the app itself: home pages, categories, then every article it links to.
  const browser = await launch();
  const violations = [];
  const errors = [];
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations = [...(window.__violations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
      });
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    let kept = 0;
    const visit = async (path) => {
      await page.goto(nginx.url + path.replace(/^\//, ''));
      await settled(page);
      // A page opened before: drawn first by kept-screen.js, a script the policy allows.
      kept += await page.evaluate(() => performance.getEntriesByName('bantin:kept-screen').length);
      await page.waitForTimeout(50);
      violations.push(...(await page.evaluate(() => window.__violations ?? [])).map((v) => `${path}: ${v}`));
    };
    await visit('/');
    const lists = await page.locator('nav.cat-nav a, .pager-pages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const articles = new Set();
    for (const path of ['/', ...lists, '/khong-co-trang-nay']) {
      await visit(path);
      for (const href of await page.locator('main a[href^="/bai-viet/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) articles.add(href);
    }
    assert.ok(articles.size >= 40, `${articles.size} articles found`);
    for (const path of articles) await visit(path);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    assert.ok(kept >= 1, `the kept screen ran on the return visits (${kept})`);
    console.log(`# csp: ${articles.size + lists.length + 2} pages, ${violations.length} violations`);
  } finally {
    await browser.close();
  }
});
