// Starts and stops the reference nginx site (deploy/nginx-bantin.conf) through scripts/nginx.sh.
import { execFileSync } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'nginx.sh');

export async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** A raw GET: status, headers and body length, with no decompression. */
export function rawGet(url, encoding = 'br, gzip') {
  return new Promise((ok, fail) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let length = 0;
      res.on('data', (c) => { length += c.length; });
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, length }));
    }).on('error', fail);
  });
}

export async function startNginx(root) {
  const port = await freePort();
  const state = execFileSync('bash', [SCRIPT, 'start', String(port), root], { encoding: 'utf8' }).trim();
  const origin = `http://127.0.0.1:${port}`;
  // Wait until it answers.
  for (let i = 0; i < 50; i++) {
    try { await fetch(origin + '/'); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  return { origin, url: `${origin}/`, stop: () => execFileSync('bash', [SCRIPT, 'stop', state]) };
}
