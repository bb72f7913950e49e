// Search while typing on a big generated feed, CPU slowed down, in headless Chromium:
//   node bench/search.mjs [items=10000] [cpu-slowdown=4]
// Serves dist/ with the generated feed (the e2e test server), opens the search page, types
// "dân vận" a key every 250 ms (past the 150 ms pause after which results follow the
// typing) and prints the app's marks: the index built once on the first search, then each
// query on it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedFeed } from './site.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { launch } from '../scripts/screenshot.mjs';

const [items = 10000, slowdown = 4] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'bantin-search-'));
cpSync(new URL('../dist', import.meta.url).pathname, dir, { recursive: true });
writeFileSync(join(dir, 'feed.json'), JSON.stringify(generatedFeed(items)));
const server = await startServer({ root: dir });
const browser = await launch({});
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.goto(`${server.url}tim-kiem`);
  await page.locator('main .search-hint').waitFor({ timeout: 300_000 });
  await page.locator('#q').focus();
  for (const key of 'dân vận') {
    await page.keyboard.type(key);
    await page.waitForTimeout(250);
  }
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'dân vận', null, { timeout: 300_000 });
  await page.waitForTimeout(500);
  const r = await page.evaluate(() => {
    const spans = (start, end) => {
      const a = performance.getEntriesByName(start), b = performance.getEntriesByName(end);
      return a.map((s, i) => (b[i] ? b[i].startTime - s.startTime : null)).filter((v) => v != null);
    };
    return { index: spans('bantin:search-index-start', 'bantin:search-index-built'), queries: spans('bantin:search-start', 'bantin:search-done') };
  });
  const ms = (v) => `${Math.round(v)} ms`;
  const sorted = [...r.queries].sort((a, b) => a - b);
  console.log(`${items.toLocaleString('en')} items, CPU ${slowdown}× slower: index built once in ${ms(r.index[0])}; `
    + `${r.queries.length} queries, median ${ms(sorted[sorted.length >> 1])}, slowest ${ms(sorted[sorted.length - 1])} `
    + '(the first query includes the index)');
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
