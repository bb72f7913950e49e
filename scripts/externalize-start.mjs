// Moves Trunk's inline start-up module out of index.html into a hashed file, so that the
// Content-Security-Policy can say `script-src 'self'` with no 'unsafe-inline' and no hash
// that changes with every build.
//   node scripts/externalize-start.mjs dist                               index.html → start-<hash>.js
//   node scripts/externalize-start.mjs dist nhung.html widget-start      the widget's page
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist = 'dist', page = 'index.html', prefix = 'start'] = process.argv.slice(2);
const index = join(dist, page);
const html = readFileSync(index, 'utf8');
const inline = /<script type=(?:"module"|module)>([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) {
  console.error(`expected one inline module script in ${index}, found ${scripts.length}`);
  process.exit(1);
}
const code = scripts[0][1];
const name = `${prefix}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dist, name), `${code}\n`);
writeFileSync(index, html.replace(scripts[0][0], `<script type=module src="./${name}"></script>`));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(readFileSync(index, 'utf8'))) {
  console.error(`an inline <script> is left in ${index}`);
  process.exit(1);
}
console.log(`start-up script moved to ${name}`);
