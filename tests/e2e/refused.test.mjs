// A feed on another origin whose server is down (connection refused): a clear message, and
// Retry works once the server is up. The policy is the reference one with that origin added
// to connect-src, as README tells portal owners to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startReader, assertClean, DIST } from './helpers.mjs';
import { CSP, startServer } from './server.mjs';
import { freePort } from './nginx-control.mjs';

test('connection refused, then the feed server comes up: Retry recovers', async () => {
  const port = await freePort(); // nothing listens here yet
  const feedOrigin = `http://127.0.0.1:${port}`;
  // The feed's pictures are relative to it, so that (plain-http, test) origin needs img-src too.
  const csp = CSP.replace("connect-src 'self'", `connect-src 'self' ${feedOrigin}`).replace("img-src 'self'", `img-src 'self' ${feedOrigin}`);
  const reader = await startReader({ csp });
  let feedServer;
  try {
    reader.server.setFault('/config.json', { body: JSON.stringify({ feed: `${feedOrigin}/feed.json` }) });
    const page = await reader.open('/', { allowErrors: [/Failed to load resource/, /net::ERR_CONNECTION_REFUSED/] });
    const panel = page.locator('main [role=alert]');
    await panel.waitFor({ timeout: 20000 });
    assert.match(await panel.textContent(), /Không kết nối được tới máy chủ/);
    assert.match(await panel.textContent(), new RegExp(`${feedOrigin}/feed\\.json`));
    feedServer = await startServer({ root: DIST, port, cors: true });
    await panel.getByRole('button', { name: 'Thử lại' }).click();
    await page.locator('main .main-list article').first().waitFor();
    assert.equal(await page.locator('main .main-list article').count(), 10);
    assertClean(page);
  } finally {
    await feedServer?.close();
    await reader.close();
  }
});
