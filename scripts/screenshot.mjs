// Takes screenshots of app pages in headless Chromium, for looking at what we build.
// Usage: node scripts/screenshot.mjs BASE_URL OUT_DIR path [path...]
// Each path gives OUT_DIR/<name>-desktop.png (1280 wide) and <name>-mobile.png (375 wide).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

export async function launch({ timezoneId } = {}) {
  // A fresh profile every time; Playwright passes --headless itself.
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bantin-chromium-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, timezoneId,
  });
}

if (process.argv[1]?.endsWith('screenshot.mjs')) {
  const [base, out, ...paths] = process.argv.slice(2);
  mkdirSync(out, { recursive: true });
  const context = await launch();
  for (const path of paths) {
    const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    for (const [label, width, height] of [['desktop', 1280, 900], ['mobile', 375, 812]]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(new URL(path.replace(/^\//, ''), base).href);
      await page.waitForSelector('main article, .panel', { timeout: 15000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `${name}-${label}.png`), fullPage: true });
      await page.close();
    }
  }
  await context.close();
}
