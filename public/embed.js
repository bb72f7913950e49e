/* bantin embed loader (README, "Embed on your portal").
 *
 * <div data-bantin-widget data-category="dang-doan-the" data-limit="5">
 *   <a href="https://news.example.vn/">Tin tức</a>            (stays if the widget cannot load)
 * </div>
 * <script src="https://news.example.vn/embed.js" async></script>
 *
 * Each [data-bantin-widget] element gets an iframe of the reader's nhung.html; its data-*
 * options are passed through as they are (the reader checks them and warns in the console).
 * The iframe reports its height with postMessage; only messages from the reader's origin and
 * from that very iframe are believed, and only heights within bounds. No dependencies; one
 * global (window.bantinEmbed); including the script twice, or adding widgets later, is fine.
 */
(function () {
  'use strict';
  if (window.bantinEmbed) { window.bantinEmbed.scan(); return; }

  var script = document.currentScript;
  var reader = new URL('./', script && script.src ? script.src : location.href);
  var OPTIONS = ['category', 'limit', 'sort', 'theme', 'show', 'lang', 'target', 'title'];
  var MIN_HEIGHT = 40;
  var MAX_HEIGHT = 5000;
  var widgets = [];

  function mount(el) {
    el.setAttribute('data-bantin-ready', '');
    var src = new URL('nhung.html', reader);
    OPTIONS.forEach(function (name) {
      var value = el.getAttribute('data-' + name);
      if (value !== null) src.searchParams.set(name, value);
    });
    var frame = document.createElement('iframe');
    frame.src = src.href;
    var title = el.getAttribute('data-title');
    frame.title = title && title !== 'none' ? title : (el.getAttribute('data-lang') === 'en' ? 'News' : 'Tin tức');
    // Boxes on or near the first screen load at once; further down the page the browser
    // waits until the visitor scrolls near them.
    if (el.getBoundingClientRect().top > 2 * window.innerHeight) frame.setAttribute('loading', 'lazy');
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'display:block;width:100%;height:0;border:0;overflow:hidden;color-scheme:normal';
    el.appendChild(frame);
    widgets.push({ el: el, frame: frame, shown: false });
  }

  function scan() {
    var found = document.querySelectorAll('[data-bantin-widget]:not([data-bantin-ready])');
    for (var i = 0; i < found.length; i++) mount(found[i]);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== reader.origin) return;
    var data = event.data;
    if (!data || data.type !== 'bantin:height') return;
    var height = Math.ceil(Number(data.height));
    if (!(height >= MIN_HEIGHT && height <= MAX_HEIGHT)) return;
    for (var i = 0; i < widgets.length; i++) {
      var w = widgets[i];
      if (w.frame.contentWindow !== event.source) continue;
      w.frame.style.height = height + 'px';
      if (!w.shown) {
        // The widget is on screen: the fallback link gives way to it.
        w.shown = true;
        for (var child = w.el.firstElementChild; child; child = child.nextElementSibling) {
          if (child !== w.frame) child.hidden = true;
        }
      }
    }
  });

  window.bantinEmbed = { scan: scan, version: 1 };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
  // Widgets added later (single-page portals, late markup) are picked up too.
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
