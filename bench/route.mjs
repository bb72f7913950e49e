// One route-change round trip as the benchmark times it (bench/run.mjs, bench/route-ab.mjs).

export async function routeChange(page, nth = 1) {
  // Home → the `nth` article of the list → back, timed in the page from the click to the
  // paint of the frame that shows the new page: once the new page's content is there and
  // visible (a MutationObserver, then `checkVisibility` in the frame's animation callbacks),
  // a probe goes in just before the page holding it — a new block of no height in <main>,
  // so nothing moves — and Element Timing reports when the probe was painted, in that same
  // frame. (Until session 16 the new page's `h1` itself got the `elementtiming` attribute;
  // but Element Timing reports an element's first paint only, and a page shown again — its
  // very nodes, kept in the document — would have none. Until session 6 the time was taken
  // in a task queued from that frame's animation callback, which also counted whatever
  // other tasks were queued first, such as the focus moving to the new heading after the
  // paint.)
  const timeTo = (action, selector) => page.evaluate(async ([action, selector]) => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // start on an idle frame
    const id = `bench-route-${Math.random().toString(36).slice(2)}`;
    const probe = document.createElement('div');
    probe.textContent = 'probe';
    probe.setAttribute('elementtiming', id);
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText = 'height:0;margin:0;font-size:2px;line-height:2px;pointer-events:none';
    const painted = new Promise((resolve, reject) => {
      const timing = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.identifier === id) { timing.disconnect(); resolve(e.renderTime || e.startTime); }
      });
      timing.observe({ type: 'element' });
      // The check waits for the frame's animation callbacks: the new page is all there by
      // then (the app builds it over several microtasks), and `checkVisibility`'s style
      // work is the frame's own, not done twice.
      let armed = false;
      const check = () => {
        const shown = [...document.querySelectorAll(selector)].find((e) => e.checkVisibility());
        if (!shown) { requestAnimationFrame(check); return; } // not on screen yet: the next frame
        observer.disconnect();
        (shown.closest('main > *') ?? shown).before(probe); // in <main>'s flow, not in a grid with gaps
      };
      const observer = new MutationObserver(() => {
        if (armed || !document.querySelector(selector)) return;
        armed = true;
        requestAnimationFrame(check);
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      // Never a silent hang: a change not painted in 15 s fails the run, saying which.
      setTimeout(() => reject(new Error(`${action}: no paint of ${selector} within 15 s`)), 15000);
    });
    const t0 = performance.now();
    if (action === 'warm') {
      // The stopwatch's own first run: nothing of the page changes but a comment node.
      const mark = document.createComment('bench');
      document.body.append(mark);
      await painted;
      mark.remove();
    } else if (action === 'back') history.back();
    else if (action === 'swap') {
      // The baseline: the same change of the document in plain JS — the list's <main> replaced
      // by a copy of the article's, as the app's first frame shows it (on a phone the side
      // blocks follow a frame later) — then the list put back.
      const list = document.querySelector('main');
      const article = window.__benchArticle.cloneNode(true);
      list.replaceWith(article);
      await painted;
      article.replaceWith(list);
    } else document.querySelector(action).click();
    const time = (await painted) - t0;
    probe.remove();
    return time;
  }, [action, selector]);
  // V8 compiles a function when it first runs: the stopwatch's callbacks (the observer, the
  // frame check) would otherwise be compiled inside the first click's timed frame, and only
  // the app's first click would pay for them (the baseline's swap comes after). Once a page.
  if (nth === 1) await timeTo('warm', 'main');
  const forward = await timeTo(`main .main-list .cards > article:nth-child(${nth}) .card-title a`, 'h1.article-title');
  await page.evaluate(() => {
    // What the page shows of its <main>: not what it keeps there out of sight.
    const main = document.querySelector('main');
    const shown = (e) => e.checkVisibility() && getComputedStyle(e).contentVisibility !== 'hidden';
    window.__benchArticle = main.cloneNode(false);
    for (const child of main.childNodes) if (child.nodeType !== Node.ELEMENT_NODE || shown(child)) window.__benchArticle.append(child.cloneNode(true));
    window.__benchArticle.querySelector('.side')?.replaceChildren();
  });
  const back = await timeTo('back', 'main .main-list article');
  const baseline = await timeTo('swap', 'h1.article-title');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return { forward, back, baseline };
}
