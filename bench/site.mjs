// Builds the benchmark's site tree: the app (dist/) at /, the static-HTML baseline at
// /static/, and the app again under /fN/ with generated N-item feeds.
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const group = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const date = (d) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');
const text = (h) => h.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

function card(item, compact, i) {
  const title = item.title ?? '(Bài viết chưa có tiêu đề)';
  const href = `/bai-viet/${slug(item.title ?? 'bai-viet')}-${item.id}`;
  const cat = item._bantin?.category ?? item.tags?.[0];
  const summary = item.summary ?? text(item.content_html ?? item.content_text ?? '').slice(0, 220);
  const img = !compact && item.image ? `<a class="card-thumb" href="${href}" tabindex="-1" aria-hidden="true"><img src="${esc(item.image)}" alt="" loading="${i < 2 ? 'eager' : 'lazy'}" decoding="async"></a>` : '';
  return `<article class="card${compact ? ' card-compact' : ''}">${img}<div class="card-body"><h2 class="card-title"><a href="${href}">${esc(title)}</a></h2>`
    + `<p class="card-meta"><time>${date(item.date_published)}</time>${cat ? `<a class="card-category" href="/chuyen-muc/${slug(cat)}">${esc(cat)}</a>` : ''}`
    + `${item._bantin?.views != null ? `<span class="card-views">Lượt xem: ${group(item._bantin.views)}</span>` : ''}</p>`
    + `${!compact && summary ? `<p class="card-summary">${esc(summary)}</p>` : ''}</div></article>`;
}

/** The physical limit: the same first page, pre-rendered, same CSS, no script. */
export function staticBaseline(feed, config, cssHref) {
  const items = [...feed.items].sort((a, b) => (b.date_published ?? '').localeCompare(a.date_published ?? '')).slice(0, config.page_size ?? 10);
  const top = [...feed.items].filter((i) => i._bantin?.views != null).sort((a, b) => b._bantin.views - a._bantin.views).slice(0, 5);
  const cats = [...new Set(feed.items.map((i) => i._bantin?.category ?? i.tags?.[0]).filter(Boolean))];
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${esc(config.site_name)}</title><meta name="description" content="Tin tức, sự kiện và thông báo mới nhất."><link rel="icon" href="/favicon.png" type="image/png" sizes="48x48"><link rel="stylesheet" href="${cssHref}"></head><body>`
    + `<header class="site-header"><div class="wrap header-inner"><a class="brand" href="/"><span class="brand-mark" aria-hidden="true">▤</span><span class="brand-name">${esc(config.site_name)}</span></a></div>`
    + `<nav class="cat-nav" aria-label="Chuyên mục tin"><ul class="wrap"><li><a href="/" aria-current="page">Trang chủ</a></li>${cats.map((c) => `<li><a href="/chuyen-muc/${slug(c)}">${esc(c)}</a></li>`).join('')}</ul></nav></header>`
    + `<main id="noi-dung" class="wrap site-main"><div class="columns"><section class="main-list" aria-labelledby="t"><h1 id="t" class="page-title">Tin mới nhất</h1><div class="cards">${items.map((it, i) => card(it, false, i)).join('')}</div></section>`
    + `<div class="side"><aside class="side-block" aria-labelledby="x"><h2 id="x" class="side-title">Tin xem nhiều</h2><ol class="side-list">${top.map((it) => `<li>${card(it, true)}</li>`).join('')}</ol></aside></div></div></main>`
    + `<footer class="site-footer"><div class="wrap"><p><strong>${esc(config.site_name)}</strong></p></div></footer></body></html>`;
}

const WORDS = ('Ủy ban nhân dân huyện tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế xã hội năm nay '
  + 'các xã thị trấn tập trung xây dựng nông thôn mới chăm lo đời sống nhân dân bảo đảm an ninh trật tự '
  + 'ngành giáo dục y tế văn hóa thể thao đẩy mạnh chuyển đổi số cải cách hành chính thu hút đầu tư').split(' ');
const CATEGORIES = ['Tin tức - Sự kiện', 'Đảng - đoàn thể', 'Kinh tế - Xã hội', 'Văn hóa - Thể thao', 'Quốc phòng - An ninh', 'Giáo dục - Y tế', 'Thông báo'];

/** A feed of `n` realistic items (title ~12 words, summary ~30, body ~3 paragraphs), deterministic. */
export function generatedFeed(n) {
  let seed = 42;
  const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  const words = (k) => Array.from({ length: k }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
  const items = [];
  const start = Date.UTC(2026, 10, 1);
  for (let i = 0; i < n; i++) {
    const t = new Date(start - i * 3_600_000 * 3);
    const iso = `${t.toISOString().slice(0, 19)}+07:00`;
    const title = words(12);
    items.push({
      id: String(100000 + i),
      url: `https://dongthanh.example.vn/tin-tuc/${100000 + i}`,
      title: title[0].toUpperCase() + title.slice(1),
      summary: `${words(30)}.`,
      content_html: `<p>${words(60)}.</p><p>${words(50)}.</p><p>${words(40)}.</p>`,
      date_published: iso,
      _bantin: { views: Math.floor(rnd() * 20000), category: CATEGORIES[i % CATEGORIES.length] },
    });
  }
  return { version: 'https://jsonfeed.org/version/1.1', title: `Bench ${n}`, items };
}

function compress(path, big) {
  const raw = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(raw, { level: big ? 6 : 9 }));
  if (!big) writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

/** Lays the site out in `root` and returns what the benchmark needs to know about it. */
export function buildSite(dist, root, sizes) {
  cpSync(dist, root, { recursive: true });
  const feed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8'));
  const config = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8'));
  // The app's own stylesheet, as index.html links it (dist/ holds other stylesheets too: the
  // widget's, the embed demo page's; until session 7 the first .css file by name was taken,
  // which was the demo page's).
  const css = readFileSync(join(dist, 'index.html'), 'utf8').match(/<link[^>]*href=["']?\.?\/?(main-[0-9a-f]+\.css)/)?.[1];
  if (!css) throw new Error('dist/index.html links no main-*.css stylesheet');
  mkdirSync(join(root, 'static'));
  writeFileSync(join(root, 'static', 'index.html'), staticBaseline(feed, config, `/${css}`));
  compress(join(root, 'static', 'index.html'), false);
  const assets = readdirSync(dist).filter((f) => /\.(js|wasm|css)(\.br|\.gz)?$/.test(f) || f === 'favicon.png');
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const feedBytes = {};
  for (const n of sizes) {
    const dir = join(root, `f${n}`);
    mkdirSync(dir);
    for (const a of assets) symlinkSync(join(root, a), join(dir, a));
    writeFileSync(join(dir, 'index.html'), index.replace(/<base href=("\/"|\/)>/, `<base href="/f${n}/">`));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...config, feed: 'feed.json' }));
    const body = JSON.stringify(generatedFeed(n));
    feedBytes[n] = Buffer.byteLength(body);
    writeFileSync(join(dir, 'feed.json'), body);
    compress(join(dir, 'feed.json'), n > 1000);
  }
  const firstArticle = [...feed.items].sort((a, b) => (b.date_published ?? '').localeCompare(a.date_published ?? ''))
    .find((i) => i.title);
  return { feedBytes, articlePath: `bai-viet/${slug(firstArticle.title)}-${firstArticle.id}` };
}
