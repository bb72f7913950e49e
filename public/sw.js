/* bantin's service worker (registered by kept-screen.js once a visit has loaded).
 *
 * What it is for: a return visit starts without waiting for the network. A visit to one of
 * the reader's addresses — a navigation to a path under the app's base whose last segment has
 * no file extension, the same rule as the server's index.html fallback — is answered at once
 * with the index.html kept from an earlier visit. Each such visit also asks the server for
 * index.html (revalidated, as every visit did before there was a worker) and keeps the
 * answer for the next one: a new deploy reaches a reader one visit late. The feed, config and
 * every other file are not the worker's business: they go to the network (and HTTP cache)
 * without it, as before.
 *
 * The kept index.html is only kept once every file it starts with (stylesheet, scripts, wasm:
 * the content-hashed names in it) is in the browser's HTTP cache, and only used while its
 * wasm still is (evicted, the files may be gone from the server after a deploy): otherwise,
 * and whenever anything else is missing or fails, the visit goes to the server exactly as
 * without a worker.
 *
 * To take it off a site: put <meta name="bantin-service-worker" content="off"> in
 * index.html's <head> (kept-screen.js then unregisters it; a reader's next-but-one visit is
 * back to plain HTTP).
 */
'use strict';

var CACHE = 'bantin-shell-v1';
var SCOPE = self.registration.scope;
var INDEX = new URL('index.html', SCOPE).href;
// Content-hashed build files: the names nginx caches for a year (deploy/nginx-bantin.conf).
var HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;
var REFRESH_DELAY_MS = 3000;
var MAX_AGE_MS = 7 * 24 * 3600 * 1000;

self.addEventListener('install', function (event) {
  // Only the reader's own addresses wake the worker. Everything else — every request that
  // is not a navigation, and navigations to files (the widget's nhung.html in a portal's
  // page, the feed opened as a page…) — goes straight to the network without a fetch event
  // (Chromium's static routing; elsewhere the fetch handler below lets it through untouched).
  [{ not: { requestMode: 'navigate' } }, { urlPattern: { pathname: '*.*' } }].forEach(function (condition) {
    if (!event.addRoutes) return;
    try {
      event.addRoutes({ condition: condition, source: 'network' }).catch(function () {});
    } catch (e) {
      // A static routing API without this condition: the fetch handler decides alone.
    }
  });
  event.waitUntil(refresh().catch(function () {}));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('bantin-shell-') === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }));
});

self.addEventListener('fetch', function (event) {
  if (!isReaderAddress(event.request)) return;
  var served = caches.open(CACHE).then(function (cache) {
    return cache.match(INDEX);
  }).then(function (response) {
    return response && fresh(response) ? usable(response) : null;
  }).catch(function () {
    return null;
  });
  event.respondWith(served.then(function (response) {
    return response || fetch(event.request);
  }));
  event.waitUntil(served.then(function () {
    // Not on this visit's way: its start-up has the network to itself for a while.
    return new Promise(function (done) { setTimeout(done, REFRESH_DELAY_MS); });
  }).then(refresh).catch(function () {}));
});

/** Kept within the last week (each visit keeps a new copy): after a longer absence the
 * visit waits for the server, as the kept screen is not drawn either (kept-screen.js). */
function fresh(response) {
  var sent = Date.parse(response.headers.get('date') || '');
  var age = Date.now() - sent;
  return age >= 0 && age < MAX_AGE_MS;
}

function isReaderAddress(request) {
  if (request.mode !== 'navigate' || request.method !== 'GET') return false;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.href.indexOf(SCOPE) !== 0) return false;
  var last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return !/\.[a-z0-9]+$/i.test(last);
}

/** The kept index.html, if the build's main wasm (or, without one, its first file) is
 * still in the HTTP cache; else null, and the kept copy goes. A build's files are used
 * together on every visit, so they leave the cache together; one look (~10 ms) instead of
 * one per file (~65 ms, most of what the worker saves) is enough to know. */
function usable(response) {
  return response.clone().text().then(function (html) {
    var files = filesOf(html);
    var wasm = files.filter(function (url) { return /\.wasm$/.test(url); })[0];
    return !files.length || inHttpCache(wasm || files[0]);
  }).then(function (found) {
    if (found) return response;
    return caches.open(CACHE).then(function (cache) { return cache.delete(INDEX); }).then(function () { return null; });
  });
}

/** Asks the server for index.html and keeps it for the next visit, once the files it starts
 * with are in the HTTP cache too (fetched now if not: in the background, not on the next
 * visit's way) — and found there the way `usable` looks, so that a browser whose cache
 * cannot be asked keeps nothing (a copy that would never be used). */
function refresh() {
  return fetch(INDEX, { cache: 'no-cache', credentials: 'same-origin' }).then(function (response) {
    // The reader is no longer here (moved to another path, taken down): nothing kept, and
    // no worker left to answer for it.
    if (response.status === 404 || response.status === 410) return leave();
    var type = response.headers.get('content-type') || '';
    if (!response.ok || response.redirected || type.indexOf('text/html') !== 0) return null;
    var copy = response.clone();
    return response.text().then(function (html) {
      return Promise.all(filesOf(html).map(function (url) {
        return inHttpCache(url).then(function (found) {
          if (found) return true;
          return fetch(url, { credentials: 'same-origin' }).then(function (file) {
            return file.ok ? file.arrayBuffer().then(function () { return inHttpCache(url); }) : false;
          });
        });
      }));
    }).then(function (found) {
      if (!found.every(Boolean)) return null;
      return caches.open(CACHE).then(function (cache) {
        return cache.put(INDEX, copy);
      });
    });
  });
}

function leave() {
  return caches.delete(CACHE).then(function () {
    return self.registration.unregister();
  });
}

function inHttpCache(url) {
  return fetch(url, { cache: 'only-if-cached', mode: 'same-origin', credentials: 'same-origin' }).then(function (file) {
    if (file.body) file.body.cancel();
    return file.ok;
  }, function () {
    return false;
  });
}

/** The content-hashed files an index.html refers to, as absolute URLs (against its <base>). */
function filesOf(html) {
  var base = /<base\s[^>]*href=["']?([^"'\s>]+)/i.exec(html);
  var root = base ? new URL(base[1], INDEX).href : INDEX;
  var files = [];
  var attribute = /\s(?:href|src)=["']?([^"'\s>]+)/gi;
  var match;
  while ((match = attribute.exec(html))) {
    var url;
    try {
      url = new URL(match[1], root);
    } catch (e) {
      continue;
    }
    if (url.origin === self.location.origin && HASHED.test(url.pathname) && files.indexOf(url.href) < 0) files.push(url.href);
  }
  return files;
}
