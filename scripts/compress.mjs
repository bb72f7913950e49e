// Writes precompressed siblings (.br at quality 11, .gz at level 9) next to every text asset
// in a build, for nginx's brotli_static / gzip_static (and any CDN that takes them).
// Usage: node scripts/compress.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.txt', '.xml']);
let count = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { walk(path); continue; }
    if (!COMPRESSIBLE.has(extname(name))) continue;
    const raw = readFileSync(path);
    if (raw.length < 256) continue;
    writeFileSync(`${path}.br`, brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }));
    writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    count++;
  }
}
walk(process.argv[2] ?? 'dist');
console.log(`precompressed ${count} files (.br, .gz)`);
