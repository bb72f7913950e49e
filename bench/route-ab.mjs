// Route changes of two (or more) builds, the builds alternating visit by visit, timed as the
// benchmark times them (bench/route.mjs): for comparing a change against the build before
// it on a machine whose speed drifts. Not part of the benchmark's table.
// Usage: node bench/route-ab.mjs DIST_A [DIST_B ...]   env: VISITS (8), WAIT ms after the app
//        takes over before the first click (300, as the benchmark)
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './site.mjs';
import { routeChange } from './route.mjs';
import { startNginx } from '../tests/e2e/nginx-control.mjs';
import { CHROMIUM_ARGS } from '../scripts/screenshot.mjs';

const dists = process.argv.slice(2);
if (!dists.length) throw new Error('usage: node bench/route-ab.mjs DIST_A [DIST_B ...]');
const VISITS = Number(process.env.VISITS ?? 8);
const WAIT = Number(process.env.WAIT ?? 300);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const list = (xs) => xs.map((x) => x.toFixed(0)).join(', ');

const builds = [];
for (const dist of dists) {
  const root = mkdtempSync(join(tmpdir(), 'bantin-route-ab-'));
  buildSite(dist, root, [100]);
  builds.push({ dist, nginx: await startNginx(root), first: [], later: [], back: [], baseline: [], rehearsed: 0 });
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  for (let v = 0; v < VISITS; v++) {
    for (const b of builds) {
      const context = await browser.newContext(MOBILE);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(b.nginx.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('bantin:app-ready').length > 0, null, { timeout: 120_000, polling: 100 });
      await page.waitForTimeout(WAIT);
      if (await page.evaluate(() => performance.getEntriesByName('bantin:rehearsed').length > 0)) b.rehearsed++;
      for (let k = 0; k < 3; k++) {
        const rc = await routeChange(page, k + 1);
        (k ? b.later : b.first).push(rc.forward);
        b.back.push(rc.back);
        b.baseline.push(rc.baseline);
      }
      await context.close();
    }
  }
  for (const b of builds) {
    console.log(`${b.dist}\n  all clicks ${median([...b.first, ...b.later]).toFixed(0)} ms (median of ${b.first.length + b.later.length}); `
      + `first of a visit ${median(b.first).toFixed(0)} [${list(b.first)}] (rehearsed before it: ${b.rehearsed}/${VISITS}); `
      + `later ${median(b.later).toFixed(0)} [${list([...b.later].sort((x, y) => x - y))}]; back ${median(b.back).toFixed(0)}; baseline ${median(b.baseline).toFixed(0)}`);
  }
} finally {
  await browser.close();
  for (const b of builds) b.nginx.stop();
}
