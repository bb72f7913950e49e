// One route-change round trip as the benchmark times it (bench/run.mjs, bench/route-ab.mjs).

export async function routeChange(page, nth = 1) {
  // Home → the `nth` article of the list → back, timed in the page from the click to the
  // paint of the frame that shows the new page: when the new page's content appears (a
  // MutationObserver), its `h1` gets an `elementtiming` attribute, and Element Timing reports
  // when it was painted. (Until session 6 the time was taken in a task queued from that
  // frame's animation callback, which also counted whatever other tasks were queued first,
  // such as the focus moving to the new heading after the paint.)
  const timeTo = (action, selector) => page.evaluate(async ([action, selector]) => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // start on an idle frame
    const id = `bench-route-${Math.random().toString(36).slice(2)}`;
    const painted = new Promise((resolve, reject) => {
      const timing = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.identifier === id) { timing.disconnect(); resolve(e.renderTime || e.startTime); }
      });
      timing.observe({ type: 'element' });
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        document.querySelector('main h1')?.setAttribute('elementtiming', id);
      });
      observer.observe(document.body, { childList: true, subtree: true });
      // Never a silent hang: a change not painted in 15 s fails the run, saying which.
      setTimeout(() => reject(new Error(`${action}: no paint of ${selector} within 15 s`)), 15000);
    });
    const t0 = performance.now();
    if (action === 'back') history.back();
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
    return (await painted) - t0;
  }, [action, selector]);
  const forward = await timeTo(`main .main-list .cards > article:nth-child(${nth}) .card-title a`, 'h1.article-title');
  await page.evaluate(() => {
    window.__benchArticle = document.querySelector('main').cloneNode(true);
    window.__benchArticle.querySelector('.side')?.replaceChildren();
  });
  const back = await timeTo('back', 'main .main-list article');
  // The Element Timing entry is for a new h1; the swap's copy is one.
  const baseline = await timeTo('swap', 'h1.article-title');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return { forward, back, baseline };
}
