// A small static server for dist/, as static hosts are configured for a single-page app:
// paths without a file fall back to index.html, so deep links survive a reload.
// Tests can also make it misbehave (HTTP errors, wrong content) per path, in process.
//
// CLI: node tests/e2e/server.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--prefix /]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The same Content-Security-Policy as the reference nginx site, read from it: every test
// against this server runs under the policy that production sends.
const NGINX_CONF = fileURLToPath(new URL('../../deploy/nginx-bantin.conf', import.meta.url));
const NGINX = readFileSync(NGINX_CONF, 'utf8');
export const CSP = NGINX.match(/add_header Content-Security-Policy "([^"]+)"/)?.[1];
if (!CSP) throw new Error(`no Content-Security-Policy in ${NGINX_CONF}`);
// frame-ancestors comes from a map on the path: the widget's page may be framed by other
// sites. Its first entry is the widget page's, its default everything else's.
const FRAME_MAP = NGINX.match(/map \$uri \$bantin_frame_ancestors \{([^}]*)\}/)?.[1] ?? '';
const FRAME_ANCESTORS = {
  embed: FRAME_MAP.match(/^\s*"~[^"]*nhung[^"]*"\s+"([^"]+)"/m)?.[1],
  other: FRAME_MAP.match(/^\s*default\s+"([^"]+)"/m)?.[1],
};
if (!FRAME_ANCESTORS.embed || !FRAME_ANCESTORS.other) throw new Error(`no $bantin_frame_ancestors map in ${NGINX_CONF}`);
/** The policy nginx sends for `path`. */
export const cspFor = (csp, path) => csp.replace('$bantin_frame_ancestors', /\/nhung\.html$/.test(path) ? FRAME_ANCESTORS.embed : FRAME_ANCESTORS.other);

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Faults a test can set for one path: a status code number, or one of
 * 'html' (an HTML page with 200), 'truncated' (the real file cut in half), 'hang' (never answer),
 * 'not-feed' (valid JSON, not a feed), 'items-object', 'empty-feed', 'refuse' (close the socket),
 * 'trickle' (a byte now and then), or an object { status, body, type, headers } for any other answer.
 */
/** Named faults that are just a fixed answer. */
const CANNED = {
  html: { type: MIME['.html'], body: '<!doctype html><title>Lỗi</title><h1>Bảo trì hệ thống</h1>' },
  'not-feed': { body: '{"status": "ok", "data": [1, 2, 3]}' },
  'items-object': { body: '{"version": "https://jsonfeed.org/version/1.1", "items": {"id": "1"}}' },
  'empty-feed': { body: '{"version": "https://jsonfeed.org/version/1.1", "title": "Trống", "items": []}' },
};

export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1', prefix = '/', csp = CSP, cors = false } = {}) {
  const rootDir = resolve(root);
  const faults = new Map();
  const hanging = new Set();
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const fault = faults.get(path);
    if (fault !== undefined) {
      if (await applyFault(fault, path, req, res)) return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': MIME['.txt'] }).end('not found');
      return;
    }
    const relative = path.slice(base.length);
    let file = normalize(join(rootDir, relative));
    if (!file.startsWith(rootDir)) {
      res.writeHead(403).end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info) {
      if (extname(relative)) {
        res.writeHead(404, { 'content-type': MIME['.txt'] }).end('not found');
        return;
      }
      file = join(rootDir, 'index.html'); // SPA fallback for routes
    }
    const body = await readFile(file);
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    const cache = /-[0-9a-f]{8,16}(_bg)?\./.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, {
      'content-type': type, 'cache-control': cache, 'content-length': body.length, 'content-security-policy': cspFor(csp, path),
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  async function applyFault(fault, path, req, res) {
    if (typeof fault === 'object') {
      // { status, body, type }: any answer a test wants.
      res.writeHead(fault.status ?? 200, { 'content-type': fault.type ?? MIME['.json'], 'cache-control': 'no-store', ...fault.headers })
        .end(fault.body ?? '');
      return true;
    }
    if (typeof fault === 'number') {
      res.writeHead(fault, { 'content-type': MIME['.txt'] }).end(`fault ${fault}`);
      return true;
    }
    if (CANNED[fault]) return applyFault(CANNED[fault], path, req, res);
    switch (fault) {
      case 'truncated': {
        const body = await readFile(join(rootDir, path.slice(base.length)));
        res.writeHead(200, { 'content-type': MIME['.json'] }).end(body.subarray(0, body.length >> 1));
        return true;
      }
      case 'hang':
        hanging.add(res);
        return true;
      case 'trickle': {
        // A valid start, then one byte every 300 ms: never a complete answer in useful time.
        res.writeHead(200, { 'content-type': MIME['.json'] });
        res.write('{"version": "https://jsonfeed.org/version/1.1", "items": [');
        const timer = setInterval(() => res.write(' '), 300);
        res.on('close', () => clearInterval(timer));
        hanging.add(res);
        return true;
      }
      case 'refuse':
        req.socket.destroy();
        return true;
      default:
        return false;
    }
  }

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  return {
    origin: `http://${host}:${address.port}`,
    url: `http://${host}:${address.port}${base}`,
    setFault(path, fault) { faults.set(path, fault); },
    clearFaults() {
      faults.clear();
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(ok));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', 8080));
  const server = await startServer({ root: arg('root', 'dist'), port, host: arg('host', '127.0.0.1'), prefix: arg('prefix', '/') })
    .catch((e) => {
      console.error(e.code === 'EADDRINUSE' ? `port ${port} is in use: stop what runs there, or choose another (PORT=8081 ./scripts/serve)` : e.message);
      process.exit(1);
    });
  console.log(`bantin is served at ${server.url} (Ctrl+C to stop)`);
}
