// The kept screen (src/kept_screen.rs keeps it): on a return visit to an address, what the
// first paint showed there last time is drawn at once, from localStorage, in place of the
// loading skeleton — before the app's code has started. The first paint then draws this
// visit's news over it (usually the same; newer articles appear then).
//
// localStorage is untrusted. The entry is data, never HTML: elements and attributes come
// from the lists below (others are left out), every URL is checked (one that fails is
// left out), text goes in as text. Another build's entry, one too old or of a
// wrong shape is not drawn at all: the skeleton stays.
(function () {
  'use strict';
  var PREFIX = 'bantin.v1.screen:';
  var VERSION = 1;
  var MAX_AGE_MS = 7 * 24 * 3600 * 1000;
  var MAX_NODES = 3000;
  var MAX_DEPTH = 40;
  // What the first paint draws (src/first_paint.rs) and what the sanitiser lets through
  // (src/sanitize/policy.rs), without iframes: no players in a screen kept for a moment.
  var TAGS = ('a abbr article aside blockquote br button caption cite code dd details div dl dt em figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr img input kbd label li main mark nav ol p pre q s section small span ' +
    'strong sub summary sup table tbody td tfoot th thead time tr u ul').split(' ');
  var ATTRIBUTES = ('action alt autocomplete class colspan datetime decoding download enterkeyhint fetchpriority for ' +
    'height href id loading placeholder referrerpolicy rel role rowspan scope src start tabindex target title type ' +
    'width').split(' ');
  var URL_ATTRIBUTES = { href: 'link', src: 'image', action: 'link' };

  function allowedUrl(value, use) {
    var url;
    try {
      url = new URL(value, document.baseURI);
    } catch (e) {
      return false;
    }
    var scheme = url.protocol;
    if (scheme === 'http:' || scheme === 'https:') return true;
    if (use === 'link') return scheme === 'mailto:' || scheme === 'tel:';
    return scheme === 'data:' && /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i.test(url.href);
  }

  function allowedAttribute(tag, name, value) {
    if (typeof value !== 'string') return false;
    // A name on a form or picture would become a property of `document` (and hide its
    // methods from the app's code): only the search box's input has one.
    if (name === 'name') return tag === 'input';
    if (URL_ATTRIBUTES[name]) return allowedUrl(value, URL_ATTRIBUTES[name]);
    return ATTRIBUTES.indexOf(name) >= 0 || /^aria-[a-z]+$/.test(name);
  }

  // A kept node: a string is text; [tag, {attributes}, ...children] an element. An element
  // or attribute not on the lists (an extension's, a test probe's) is left out, with what
  // is inside; a node of another shape throws, so that a damaged entry is not drawn at all.
  function build(node, depth, count) {
    if (++count.n > MAX_NODES || depth > MAX_DEPTH) throw new Error('too large');
    if (typeof node === 'string') return document.createTextNode(node);
    var attributes = Array.isArray(node) ? node[1] : null;
    if (!attributes || typeof node[0] !== 'string' || typeof attributes !== 'object' || Array.isArray(attributes)) {
      throw new Error('not a kept node');
    }
    if (TAGS.indexOf(node[0]) < 0) return null;
    var element = document.createElement(node[0]);
    Object.keys(attributes).forEach(function (name) {
      if (allowedAttribute(node[0], name, attributes[name])) element.setAttribute(name, attributes[name]);
    });
    for (var i = 2; i < node.length; i++) {
      var child = build(node[i], depth + 1, count);
      if (child) element.appendChild(child);
    }
    return element;
  }

  // The build's identity, as src/kept_screen.rs writes it.
  function buildKey() {
    var css = document.querySelector('link[rel=stylesheet]');
    var start = document.querySelector('script[type=module]');
    return (css && css.getAttribute('href') || '') + ' ' + (start && start.getAttribute('src') || '');
  }

  function draw() {
    var boot = document.getElementById('boot');
    if (!boot) return;
    var entry = JSON.parse(localStorage.getItem(PREFIX + location.pathname + location.search) || 'null');
    if (!entry || entry.v !== VERSION || entry.build !== buildKey() || !Array.isArray(entry.tree)) return;
    var age = Date.now() - entry.at;
    if (!(age >= 0 && age < MAX_AGE_MS)) return;
    var page = document.createDocumentFragment();
    var count = { n: 0 };
    entry.tree.forEach(function (node) {
      var built = build(node, 0, count);
      if (built) page.appendChild(built);
    });
    var root = document.documentElement;
    if (/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(entry.lang)) root.setAttribute('lang', entry.lang);
    if (/^(system|light|dark)$/.test(entry.theme)) root.setAttribute('data-theme', entry.theme);
    if (/^[0-9]$/.test(entry.text)) root.setAttribute('data-text', entry.text);
    if (typeof entry.title === 'string') document.title = entry.title;
    boot.replaceChildren(page);
    // Until this visit's first paint replaces it: an earlier visit's page, still loading.
    boot.setAttribute('data-kept', '');
    boot.setAttribute('aria-busy', 'true');
    performance.mark('bantin:kept-screen');
  }

  try {
    draw();
  } catch (e) {
    // Storage disabled or the entry damaged: the skeleton stays, as on a first visit.
  }
  // The service worker (public/sw.js) that answers the next visit with this index.html at
  // once: registered a while after this visit has loaded, so that it takes nothing from it.
  // A portal turns it off with <meta name="bantin-service-worker" content="off">.
  try {
    var workers = navigator.serviceWorker;
    if (workers) {
      addEventListener('load', function () {
        setTimeout(function () {
          var off = document.querySelector('meta[name="bantin-service-worker"][content="off"]');
          var script = new URL('sw.js', document.baseURI).href;
          if (!off) {
            workers.register(script).catch(function () {});
            return;
          }
          workers.getRegistrations().then(function (registrations) {
            registrations.forEach(function (registration) {
              var worker = registration.active || registration.waiting || registration.installing;
              if (worker && worker.scriptURL === script) registration.unregister();
            });
          }).catch(function () {});
        }, 2000);
      });
    }
  } catch (e) {
    // No service workers here (an old browser, a sandboxed frame): visits go to the server.
  }
  // Its work is done: the page holds no script element of its own in the body.
  if (document.currentScript) document.currentScript.remove();
})();
