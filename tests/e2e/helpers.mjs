// Shared set-up for the end-to-end tests: the built dist/ behind the test server, one
// headless Chromium, and pages that record every console error and uncaught exception.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launch } from '../../scripts/screenshot.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, '..', '..', 'dist');
export const ARTIFACTS = join(here, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export async function startReader({ root = DIST, prefix = '/', timezoneId, csp } = {}) {
  const server = await startServer({ root, prefix, ...(csp ? { csp } : {}) });
  const browser = await launch({ timezoneId });
  const pages = [];
  return {
    server,
    /** Opens `path` (relative to the app) in a new page that records console errors. */
    async open(path = '', { width = 1280, height = 900, allowErrors = [], beforeGoto } = {}) {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height });
      const problems = [];
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        const text = m.text();
        if (!allowErrors.some((re) => re.test(text))) problems.push(`console.error: ${text}`);
      });
      page.problems = problems;
      pages.push(page);
      await beforeGoto?.(page);
      await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Asserts the page had no uncaught exception (a Rust panic shows as one) and no console error. */
export function assertClean(page) {
  assert.deepEqual(page.problems, [], 'console errors or uncaught exceptions');
}

export async function texts(locator) {
  return (await locator.allTextContents()).map((t) => t.trim());
}

/** Waits until the app has taken over from the first paint (src/first_paint.rs draws the
 *  list before the app is there) and its page has rendered (or an error / not-found panel,
 *  or a search page). */
export async function settled(page) {
  await page.locator('#app main').waitFor({ timeout: 20000 });
  await page.locator('main article, main .panel, main .empty, main .no-results, main .search-hint').first().waitFor({ timeout: 20000 });
  // After a route change, what starts below the first screen, the title, the head tags and
  // the focus follow once the first screen is on screen (src/components/later.rs,
  // `ON_SCREEN_AFTER`, 100 ms after its frame): a few frames and 150 ms more, and the page is whole.
  await page.evaluate(() => new Promise((done) => {
    const frames = (n) => (n ? requestAnimationFrame(() => frames(n - 1)) : setTimeout(done, 150));
    frames(3);
  }));
}
