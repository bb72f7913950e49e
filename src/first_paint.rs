//! The first paint: the page the address asks for, drawn with plain DOM calls into the static
//! boot shell as soon as config and feed are in — before the Leptos app (a larger wasm
//! chunk) has arrived. When the app is ready it replaces this with the same markup, made live.
//!
//! The markup mirrors the app's components (`Layout`, `ListPage`, `ArticleCard`,
//! `Pagination`, `SideList`, `ArticlePage`, `ShareBar`, `ArticleBody`);
//! tests/e2e/first-paint.test.mjs holds the app back, reads this, lets the app take over and
//! compares the two node by node. What to show comes from the same pure code (`listing`,
//! `article`, `routes`, `format`) and the same sanitiser. Anything this does not draw
//! (search, errors, not found) keeps the skeleton until the app draws it.

use crate::article::{self, Article};
use crate::config::Config;
use crate::dom::{append, append_text, element, set_attributes, text_element, Dom};
use crate::feed::{Feed, Item};
use crate::format::{machine_time, publication_time, short_date, views_label};
use crate::i18n::{Lang, Strings};
use crate::listing::{self, Listing};
use crate::load::FirstLoad;
use crate::routes::{self, page_window, Screen};
use crate::sanitize::{self, dom::resolve};
use crate::sanitize::policy::UrlUse;
use crate::web::mark;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlImageElement, HtmlInputElement};

/// Id of the static boot shell in index.html.
pub const BOOT_ID: &str = "boot";

/// What the cards and links need to know besides the item.
struct Context<'a> {
    doc: &'a Document,
    lang: Lang,
    /// Router base (`""` or e.g. `/tin-tuc`), in front of every app path.
    base: String,
    /// Relative picture URLs in the feed are relative to it.
    feed_url: &'a str,
    /// Id tokens of the articles this browser has opened.
    read: Vec<String>,
    /// The address's path, for the navigation's current link.
    path: String,
}

impl Context<'_> {
    fn href(&self, app_path: &str) -> String {
        format!("{}{app_path}", self.base)
    }

    fn strings(&self) -> &'static Strings {
        self.lang.strings()
    }
}

/// What the address shows.
enum Shown {
    List(Listing),
    Article(Box<Article>),
}

/// The page at this address, if it is one this module draws and the feed is there.
fn decide<'a>(doc: &'a Document, first: &'a FirstLoad, lang: Lang) -> Dom<Option<(Context<'a>, Shown)>> {
    let Ok(feed) = &first.feed else { return Ok(None) };
    let Some(location) = doc.location() else { return Ok(None) };
    let (path, query) = (location.pathname()?, location.search()?);
    let page = web_sys::UrlSearchParams::new_with_str(&query).ok().and_then(|q| q.get(routes::PAGE_KEY));
    let base = crate::web::router_base();
    let screen = routes::screen(&path, &base, routes::parse_page(page.as_deref()));
    let read = crate::storage::read_marks();
    let cx = Context { doc, lang, base, feed_url: &first.feed_url, read, path };
    let shown = match screen {
        Screen::Home { page } => listing::home(feed, &first.config, page, lang).ok().map(Shown::List),
        Screen::Category { slug, page } => listing::category(feed, &first.config, &slug, page, lang).ok().map(Shown::List),
        Screen::Article { slug } => {
            let absolute = |url: &str, usage: UrlUse| resolve(url, &first.feed_url, usage);
            article::article(feed, &first.config, &slug, lang, &absolute).map(|a| Shown::Article(Box::new(a)))
        }
        Screen::Other => None,
    };
    Ok(shown.map(|shown| (cx, shown)))
}

/// The page the address asks for, built off the document by `draw`, for `paint`.
pub struct Drawn<'a> {
    cx: Context<'a>,
    shown: Shown,
    title: Option<String>,
    page: Element,
}

/// What `paint` left below the first screen, for `paint_rest`.
pub struct Rest<'a> {
    cx: Context<'a>,
    boot: Element,
    shown: Shown,
}

/// What `paint` did.
pub enum Painted<'a> {
    /// Nothing: not a page this module draws, no feed, or no boot shell any more.
    Nothing,
    /// The first screen; the rest is for `paint_rest`.
    FirstScreen(Rest<'a>),
}

/// Builds the current page's first screen off the document, if it is one this module draws
/// and the feed is there; `None` leaves the boot shell as it is (the skeleton, or the kept
/// screen). Building it and putting it in its frame on screen (`paint`) are two tasks: with
/// the feed's parse, one task was the load's second longest (~190 ms at 4x CPU slowdown for
/// an article).
pub fn draw<'a>(doc: &'a Document, first: &'a FirstLoad, lang: Lang) -> Dom<Option<Drawn<'a>>> {
    if doc.get_element_by_id(BOOT_ID).is_none() || first.feed.is_err() {
        return Ok(None);
    }
    let Some((cx, shown)) = decide(doc, first, lang)? else { return Ok(None) };
    let (title, page) = match &shown {
        Shown::List(listing) => (listing.title(lang), list_page(&cx, listing)?),
        Shown::Article(article) => (Some(article.title.clone()), article_page(&cx, &first.config, article)?),
    };
    Ok(Some(Drawn { cx, shown, title, page }))
}

/// Puts `drawn` into the boot shell, in the page's frame (header, navigation, footer). The
/// parts below the first screen (the cards after the first few, the side blocks on a phone)
/// are left for `paint_rest`, as the app does on a route change (`components::later`). What
/// the screen shows is never left out: the caller measures, in the frame that shows the first
/// screen and before its paint, whether their containers start on screen
/// (`rest_on_screen`), and draws them in that frame if so. Not measured here: the page's
/// first layout, forced in this task, made it the load's longest (~160 ms at 4x CPU
/// slowdown, a third of its blocking time); in the frame the browser lays the page out anyway.
pub fn paint<'a>(drawn: Drawn<'a>, first: &'a FirstLoad) -> Dom<Painted<'a>> {
    let Drawn { cx, shown, title, page } = drawn;
    let (Some(boot), Ok(feed)) = (cx.doc.get_element_by_id(BOOT_ID), &first.feed) else { return Ok(Painted::Nothing) };
    cx.doc.set_title(&crate::format::document_title(title.as_deref(), &first.config.site_name));
    finish(&cx, &boot, &first.config, feed, page)?;
    Ok(Painted::FirstScreen(Rest { cx, boot, shown }))
}

impl Rest<'_> {
    /// The boot shell, holding the first screen.
    pub fn boot(&self) -> &Element {
        &self.boot
    }
}

/// Whether a container of the parts below the first screen starts on it (lays the page out).
pub fn rest_on_screen(boot: &Element) -> bool {
    [".cards", ".side"]
        .iter()
        .filter_map(|selector| boot.query_selector(selector).ok().flatten())
        .any(|container| crate::web::ends_on_screen(&container))
}

/// The cards after the first screen's and the side blocks, into their containers.
pub fn paint_rest(rest: &Rest) -> Dom<()> {
    let Rest { cx, boot, shown } = rest;
    let s = cx.strings();
    let side = boot.query_selector(".side")?;
    let blocks: Vec<(&str, &str, &[Arc<Item>])> = match shown {
        Shown::List(listing) => {
            if let Some(cards) = boot.query_selector(".cards")? {
                for (i, item) in listing.items.iter().enumerate().skip(listing::FIRST_SCREEN_CARDS) {
                    append(&cards, &card(cx, item, true, i < 2)?)?;
                }
            }
            vec![(s.most_viewed, "tin-xem-nhieu", &listing.most_viewed)]
        }
        Shown::Article(article) => vec![(s.related, "tin-lien-quan", &article.related), (s.most_viewed, "tin-xem-nhieu", &article.most_viewed)],
    };
    if let Some(side) = side {
        for (title, id, items) in blocks {
            if let Some(aside) = side_list(cx, title, id, items)? {
                append(&side, &aside)?;
            }
        }
    }
    mark("bantin:first-paint-complete");
    Ok(())
}

/// The page inside the frame, in place of the skeleton or of the kept screen of an earlier
/// visit (public/kept-screen.js), from which what the reader did in it is carried over.
fn finish(cx: &Context, boot: &Element, config: &Config, feed: &Feed, page: Element) -> Dom<()> {
    let shell = frame(cx, config, feed, page)?;
    let kept = if boot.has_attribute("data-kept") {
        let active = focused_within(boot);
        let old = cx.doc.create_element("div")?;
        while let Some(node) = boot.first_child() {
            old.append_child(&node)?;
        }
        boot.remove_attribute("data-kept")?;
        boot.remove_attribute("aria-busy")?;
        Some((old, active))
    } else {
        None
    };
    boot.replace_children_with_node_1(&shell);
    if let Some((old, active)) = kept {
        carry_over(&old, boot, active);
    }
    mark("bantin:first-paint");
    Ok(())
}

/// The app did not arrive (its chunk failed to download): say so where the page is, with
/// a way to try again. Whatever the first paint drew stays readable above it.
pub fn app_unavailable(doc: &Document, lang: Lang) {
    let s = lang.strings();
    let message = || -> Dom<Element> {
        let p = text_element(doc, "p", "notice wrap", &format!("{} ", s.app_unavailable))?;
        p.set_attribute("role", "alert")?;
        let again = link(doc, "", &doc.location().and_then(|l| l.href().ok()).unwrap_or_default(), s.reload_page)?;
        append(&p, &again)?;
        append_text(&p, ".")?;
        Ok(p)
    };
    if let (Some(boot), Ok(p)) = (doc.get_element_by_id(BOOT_ID), message()) {
        let _ = boot.prepend_with_node_1(&p);
    }
}

/// Skip link, header with the category navigation, `main` holding `page`, footer: the
/// app's `Layout` (without what only works once the app is there: dialogs, live region).
fn frame(cx: &Context, config: &Config, feed: &Feed, page: Element) -> Dom<web_sys::DocumentFragment> {
    let (doc, s) = (cx.doc, cx.strings());
    let shell = doc.create_document_fragment();
    let skip = text_element(doc, "a", "skip-link", s.skip_to_content)?;
    skip.set_attribute("href", "#noi-dung")?;
    shell.append_child(&skip)?;

    let header = element(doc, "header", "site-header")?;
    let inner = element(doc, "div", "wrap header-inner")?;
    let brand = element(doc, "a", "brand")?;
    brand.set_attribute("href", &cx.href("/"))?;
    append(&brand, &hidden_from_at(text_element(doc, "span", "brand-mark", "▤")?)?)?;
    append(&brand, &text_element(doc, "span", "brand-name", &config.site_name)?)?;
    append(&inner, &brand)?;
    append(&inner, &header_tools(cx)?)?;
    append(&header, &inner)?;
    let nav = element(doc, "nav", "cat-nav")?;
    nav.set_attribute("aria-label", s.main_navigation)?;
    let ul = element(doc, "ul", "wrap")?;
    append(&ul, &nav_link(cx, &routes::home(1), s.home)?)?;
    for c in &feed.categories {
        append(&ul, &nav_link(cx, &routes::category(&c.slug, 1), &c.name)?)?;
    }
    append(&nav, &ul)?;
    append(&header, &nav)?;
    shell.append_child(&header)?;

    let main = element(doc, "main", "wrap site-main")?;
    set_attributes(&main, &[("id", "noi-dung"), ("tabindex", "-1")])?;
    append(&main, &page)?;
    shell.append_child(&main)?;

    let footer = element(doc, "footer", "site-footer")?;
    let wrap = element(doc, "div", "wrap")?;
    let about = element(doc, "p", "")?;
    append(&about, &text_element(doc, "strong", "", &config.site_name)?)?;
    append_text(&about, " · ")?;
    append_text(&about, s.footer_note)?;
    append(&wrap, &about)?;
    let help = element(doc, "p", "footer-help no-print")?;
    let shortcuts = text_element(doc, "button", "link-button", s.shortcuts)?;
    shortcuts.set_attribute("type", "button")?;
    append_text(&shortcuts, " (")?;
    append(&shortcuts, &text_element(doc, "kbd", "", "?")?)?;
    append_text(&shortcuts, ")")?;
    append(&help, &shortcuts)?;
    append(&wrap, &help)?;
    append(&footer, &wrap)?;
    shell.append_child(&footer)?;
    Ok(shell)
}

/// The search form (it works as a plain form too: it opens the search page) and the
/// display options' disclosure, as `SearchBox` and `DisplayOptions` draw them.
fn header_tools(cx: &Context) -> Dom<Element> {
    let (doc, s) = (cx.doc, cx.strings());
    let tools = element(doc, "div", "header-tools")?;
    let form = element(doc, "form", "search-box")?;
    set_attributes(&form, &[("role", "search"), ("action", &cx.href(routes::SEARCH))])?;
    let label = text_element(doc, "label", "visually-hidden", s.search)?;
    label.set_attribute("for", "q")?;
    append(&form, &label)?;
    let input = element(doc, "input", "")?;
    set_attributes(
        &input,
        &[("id", "q"), ("name", "q"), ("type", "search"), ("autocomplete", "off"), ("enterkeyhint", "search"), ("placeholder", s.search_placeholder), ("aria-keyshortcuts", "/")],
    )?;
    append(&form, &input)?;
    let button = element(doc, "button", "search-button")?;
    button.set_attribute("type", "submit")?;
    append(&button, &hidden_from_at(element(doc, "span", "search-icon")?)?)?;
    append(&button, &text_element(doc, "span", "visually-hidden", s.search)?)?;
    append(&form, &button)?;
    append(&tools, &form)?;
    let options = element(doc, "details", "display-options")?;
    let summary = element(doc, "summary", "")?;
    append(&summary, &hidden_from_at(text_element(doc, "span", "", "Aa")?)?)?;
    append(&summary, &text_element(doc, "span", "visually-hidden", s.display)?)?;
    append(&options, &summary)?;
    say_options_are_coming(&options, s.options_loading)?;
    append(&tools, &options)?;
    Ok(tools)
}

/// The options' controls come with the app. Opened before it has arrived, the disclosure
/// says so (instead of opening on nothing); `hand_over` then opens the app's own.
fn say_options_are_coming(options: &Element, text: &'static str) -> Dom<()> {
    // The element comes from the event: captured, it would keep the dropped first paint alive.
    let on_toggle = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(details) = event.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if details.has_attribute("open") && details.query_selector(".options-panel").ok().flatten().is_none() {
            let notice = details.owner_document().and_then(|doc| text_element(&doc, "p", "options-panel", text).ok());
            if let Some(notice) = notice {
                let _ = notice.set_attribute("role", "status");
                let _ = details.append_child(&notice);
            }
        }
    });
    options.add_event_listener_with_callback("toggle", on_toggle.as_ref().unchecked_ref())?;
    // One small closure per page load, holding nothing.
    on_toggle.forget();
    Ok(())
}

fn hidden_from_at(el: Element) -> Dom<Element> {
    el.set_attribute("aria-hidden", "true")?;
    Ok(el)
}

fn nav_link(cx: &Context, app_path: &str, label: &str) -> Dom<Element> {
    let li = element(cx.doc, "li", "")?;
    let href = cx.href(app_path);
    let a = link(cx.doc, "", &href, label)?;
    if routes::is_current(&cx.path, &href) {
        a.set_attribute("aria-current", "page")?;
    }
    append(&li, &a)?;
    Ok(li)
}

/// `ListPage`: heading, the first screen's cards, pages, the most-viewed block's column.
fn list_page(cx: &Context, listing: &Listing) -> Dom<Element> {
    let (doc, s) = (cx.doc, cx.strings());
    let columns = element(doc, "div", "columns")?;
    let section = element(doc, "section", "main-list")?;
    section.set_attribute("aria-labelledby", "tieu-de-trang")?;
    if listing.category.is_some() {
        let crumbs = element(doc, "p", "crumbs")?;
        append(&crumbs, &link(doc, "", &cx.href("/"), s.home)?)?;
        append_text(&crumbs, " › ")?;
        append(&crumbs, &text_element(doc, "span", "", s.categories)?)?;
        append(&section, &crumbs)?;
    }
    let h1 = text_element(doc, "h1", "page-title", &listing.heading)?;
    set_attributes(&h1, &[("id", "tieu-de-trang"), ("tabindex", "-1")])?;
    append(&section, &h1)?;
    if listing.items.is_empty() {
        append(&section, &text_element(doc, "p", "empty", listing.empty)?)?;
    }
    let cards = element(doc, "div", "cards")?;
    for (i, item) in listing.items.iter().enumerate().take(listing::FIRST_SCREEN_CARDS) {
        append(&cards, &card(cx, item, true, i < 2)?)?;
    }
    append(&section, &cards)?;
    if listing.page.pages > 1 {
        append(&section, &pagination(cx, listing)?)?;
    }
    append(&columns, &section)?;
    if !listing.most_viewed.is_empty() {
        append(&columns, &element(doc, "div", "side")?)?; // filled by `draw_rest`
    }
    Ok(columns)
}

/// `SideList`: a titled `<aside>` of compact cards; nothing when there are no items.
fn side_list(cx: &Context, title: &str, id: &str, items: &[Arc<Item>]) -> Dom<Option<Element>> {
    if items.is_empty() {
        return Ok(None);
    }
    let doc = cx.doc;
    let aside = element(doc, "aside", "side-block")?;
    aside.set_attribute("aria-labelledby", id)?;
    let h2 = text_element(doc, "h2", "side-title", title)?;
    h2.set_attribute("id", id)?;
    append(&aside, &h2)?;
    let ol = element(doc, "ol", "side-list")?;
    for item in items {
        let li = element(doc, "li", "")?;
        append(&li, &card(cx, item, false, false)?)?;
        append(&ol, &li)?;
    }
    append(&aside, &ol)?;
    Ok(Some(aside))
}

/// `ArticlePage`: crumbs, title, time and views, share bar, lead, picture, body,
/// attachments, authors, source, newer and older, back link; the column of related and
/// most viewed.
fn article_page(cx: &Context, config: &Config, shown: &Article) -> Dom<Element> {
    let (doc, s, lang) = (cx.doc, cx.strings(), cx.lang);
    let item = &shown.item;
    let columns = element(doc, "div", "columns")?;
    let article = element(doc, "article", "article-full")?;
    article.set_attribute("aria-labelledby", "tieu-de-trang")?;
    let crumbs = element(doc, "p", "crumbs")?;
    append(&crumbs, &link(doc, "", &cx.href("/"), s.home)?)?;
    if let Some(c) = &item.category {
        append_text(&crumbs, " › ")?;
        append(&crumbs, &link(doc, "", &cx.href(&routes::category(&c.slug, 1)), &c.name)?)?;
    }
    append(&article, &crumbs)?;
    let h1 = text_element(doc, "h1", "article-title", &shown.title)?;
    set_attributes(&h1, &[("id", "tieu-de-trang"), ("tabindex", "-1")])?;
    append(&article, &h1)?;
    let meta = element(doc, "p", "article-meta")?;
    if let Some(date) = item.date() {
        let span = text_element(doc, "span", "article-date", &format!("{} ", s.published))?;
        let time = text_element(doc, "time", "", &publication_time(date, lang))?;
        time.set_attribute("datetime", &machine_time(date))?;
        append(&span, &time)?;
        append(&meta, &span)?;
    }
    if let Some(views) = item.views {
        append(&meta, &text_element(doc, "span", "article-views", &views_label(views, lang))?)?;
    }
    if let Some(reading) = &shown.reading {
        append(&meta, &text_element(doc, "span", "article-reading", reading)?)?;
    }
    append(&article, &meta)?;
    let url = crate::web::absolute_url(&routes::article(&item.slug));
    append(&article, &share_bar(cx, &url, &shown.title)?)?;
    if let Some(lead) = &item.summary {
        append(&article, &text_element(doc, "p", "article-lead", lead)?)?;
    }
    if let Some(src) = &shown.lead_image {
        let figure = element(doc, "figure", "article-image")?;
        let img = element(doc, "img", "")?;
        set_attributes(&img, &[("decoding", "async"), ("referrerpolicy", "no-referrer"), ("src", src), ("alt", s.image_alt)])?;
        append(&figure, &img)?;
        append(&article, &figure)?;
    }
    append(&article, &article_body(cx, config, item, shown.lead_image.is_none())?)?;
    if !shown.attachments.is_empty() {
        let section = element(doc, "section", "article-attachments")?;
        section.set_attribute("aria-labelledby", "tep-dinh-kem")?;
        let h2 = text_element(doc, "h2", "", s.attachments)?;
        h2.set_attribute("id", "tep-dinh-kem")?;
        append(&section, &h2)?;
        let ul = element(doc, "ul", "")?;
        for file in &shown.attachments {
            let li = element(doc, "li", "")?;
            let a = link(doc, "", &file.href, &file.name)?;
            a.set_attribute("download", "")?;
            append(&li, &a)?;
            append_text(&li, " ")?;
            append(&li, &text_element(doc, "span", "file-meta", &file.meta)?)?;
            append(&ul, &li)?;
        }
        append(&section, &ul)?;
        append(&article, &section)?;
    }
    if !item.authors.is_empty() {
        append(&article, &text_element(doc, "p", "article-authors", &item.authors.join(", "))?)?;
    }
    if let Some(href) = &shown.source {
        let p = text_element(doc, "p", "article-source", &format!("{}: ", s.source))?;
        let a = link(doc, "", href, href)?;
        set_attributes(&a, &[("target", "_blank"), ("rel", "noopener noreferrer")])?;
        append(&p, &a)?;
        append(&article, &p)?;
    }
    append(&article, &text_element(doc, "p", "print-only article-url", &url)?)?;
    if shown.newer.is_some() || shown.older.is_some() {
        let nav = element(doc, "nav", "article-steps no-print")?;
        nav.set_attribute("aria-label", &format!("{} / {}", s.newer, s.older))?;
        for (label, rel, other) in [(s.newer, "prev", &shown.newer), (s.older, "next", &shown.older)] {
            let Some(other) = other else { continue };
            let a = link(doc, &format!("step step-{rel}"), &cx.href(&routes::article(&other.slug)), "")?;
            a.set_attribute("rel", rel)?;
            append(&a, &text_element(doc, "span", "step-label", label)?)?;
            append(&a, &text_element(doc, "span", "step-title", other.title.as_deref().unwrap_or(s.untitled))?)?;
            append(&nav, &a)?;
        }
        append(&article, &nav)?;
    }
    let back = element(doc, "p", "article-back")?;
    append(&back, &link(doc, "button button-quiet", &cx.href(&shown.back), &format!("← {}", s.back_to_list))?)?;
    append(&article, &back)?;
    append(&columns, &article)?;
    append(&columns, &element(doc, "div", "side")?)?; // filled by `draw_rest`
    Ok(columns)
}

/// `<a class=… href=…>text</a>`.
fn link(doc: &Document, class: &str, href: &str, text: &str) -> Dom<Element> {
    let a = text_element(doc, "a", class, text)?;
    a.set_attribute("href", href)?;
    Ok(a)
}

/// `ShareBar`: print, copy link, the device's share sheet (where there is one), plain share
/// links. Its buttons act once the app is there, a moment later; the links work at once.
fn share_bar(cx: &Context, url: &str, title: &str) -> Dom<Element> {
    let (doc, s) = (cx.doc, cx.strings());
    let section = element(doc, "section", "share no-print")?;
    section.set_attribute("aria-label", s.share)?;
    let mut buttons = vec![("button", s.print), ("button button-quiet", s.copy_link)];
    if crate::web::can_share_natively() {
        buttons.push(("button button-quiet", s.share_device));
    }
    for (class, label) in buttons {
        let button = text_element(doc, "button", class, label)?;
        button.set_attribute("type", "button")?;
        append(&section, &button)?;
    }
    for (label, href) in article::share_links(url, title, s.email) {
        let a = link(doc, "button button-quiet", &href, label)?;
        set_attributes(&a, &[("target", "_blank"), ("rel", "noopener noreferrer")])?;
        append(&section, &a)?;
    }
    let status = element(doc, "p", "share-status")?;
    status.set_attribute("role", "status")?;
    append(&section, &status)?;
    Ok(section)
}

/// `ArticleBody`: the sanitiser's fragment of `content_html`, else `content_text` as
/// paragraphs with line breaks.
fn article_body(cx: &Context, config: &Config, item: &Item, picture_on_top: bool) -> Dom<Element> {
    let doc = cx.doc;
    let body = element(doc, "div", "article-body")?;
    if let Some(html) = &item.content_html {
        if let Some(fragment) = sanitize::dom::sanitize_body(html, cx.feed_url, &config.video_hosts, cx.strings().image_alt, picture_on_top) {
            body.append_child(&fragment)?;
        }
        return Ok(body);
    }
    for lines in item.content_text.as_deref().map(crate::text::paragraphs).unwrap_or_default() {
        let p = element(doc, "p", "")?;
        let last = lines.len().saturating_sub(1);
        for (i, line) in lines.into_iter().enumerate() {
            append_text(&p, &line)?;
            if i < last {
                append(&p, &element(doc, "br", "")?)?;
            }
        }
        append(&body, &p)?;
    }
    Ok(body)
}

/// `ArticleCard`: full (picture and summary) or compact.
fn card(cx: &Context, item: &Item, full: bool, eager_image: bool) -> Dom<Element> {
    let (doc, s, lang) = (cx.doc, cx.strings(), cx.lang);
    let read = cx.read.contains(&crate::slug::id_token(&item.id));
    let class = match (full, read) {
        (true, false) => "card",
        (true, true) => "card is-read",
        (false, false) => "card card-compact",
        (false, true) => "card card-compact is-read",
    };
    let article = element(doc, "article", class)?;
    let href = cx.href(&routes::article(&item.slug));
    if let Some(src) = full.then(|| item.image.as_deref().and_then(|src| resolve(src, cx.feed_url, UrlUse::Image))).flatten() {
        let thumb = element(doc, "a", "card-thumb")?;
        set_attributes(&thumb, &[("href", &href), ("tabindex", "-1"), ("aria-hidden", "true")])?;
        let img = element(doc, "img", "")?;
        let loading = if eager_image { "eager" } else { "lazy" };
        set_attributes(&img, &[("loading", loading), ("decoding", "async"), ("referrerpolicy", "no-referrer"), ("src", &src), ("alt", "")])?;
        append(&thumb, &img)?;
        append(&article, &thumb)?;
    }
    let body = element(doc, "div", "card-body")?;
    let h2 = element(doc, "h2", "card-title")?;
    let title_class = if item.title.is_none() { "untitled" } else { "" };
    append(&h2, &link(doc, title_class, &href, item.title.as_deref().unwrap_or(s.untitled))?)?;
    append(&body, &h2)?;
    let meta = element(doc, "p", "card-meta")?;
    if let Some(date) = item.date() {
        let time = text_element(doc, "time", "", &short_date(date, lang))?;
        time.set_attribute("datetime", &machine_time(date))?;
        append(&meta, &time)?;
    }
    if let Some(c) = &item.category {
        append(&meta, &link(doc, "card-category", &cx.href(&routes::category(&c.slug, 1)), &c.name)?)?;
    }
    if let Some(views) = item.views {
        append(&meta, &text_element(doc, "span", "card-views", &views_label(views, lang))?)?;
    }
    if read {
        append(&meta, &text_element(doc, "span", "card-read", s.read)?)?;
    }
    append(&body, &meta)?;
    if let Some(summary) = full.then(|| item.excerpt(220)).flatten() {
        append(&body, &text_element(doc, "p", "card-summary", &summary)?)?;
    }
    append(&article, &body)?;
    Ok(article)
}

/// `Pagination` (only drawn for more than one page).
fn pagination(cx: &Context, listing: &Listing) -> Dom<Element> {
    let (doc, s) = (cx.doc, cx.strings());
    let page = &listing.page;
    let nav = element(doc, "nav", "pager")?;
    nav.set_attribute("aria-label", s.pagination)?;
    let step = |n: usize, rel: &str, text: &str| -> Dom<Element> {
        let a = link(doc, "pager-step", &cx.href(&listing.link(n)), text)?;
        a.set_attribute("rel", rel)?;
        Ok(a)
    };
    if page.page > 1 {
        append(&nav, &step(page.page - 1, "prev", &format!("‹ {}", s.previous_page))?)?;
    }
    let ol = element(doc, "ol", "pager-pages")?;
    for n in page_window(page.page, page.pages) {
        let li = element(doc, "li", "")?;
        match n {
            Some(n) if n == page.page => {
                let current = text_element(doc, "span", "pager-current", &n.to_string())?;
                current.set_attribute("aria-current", "page")?;
                append(&li, &current)?;
            }
            Some(n) => {
                let a = link(doc, "", &cx.href(&listing.link(n)), &n.to_string())?;
                a.set_attribute("aria-label", &format!("{} {n}", s.page))?;
                append(&li, &a)?;
            }
            None => {
                li.set_class_name("pager-gap");
                set_attributes(&li, &[("aria-hidden", "true")])?;
                li.set_text_content(Some("…"));
            }
        }
        append(&ol, &li)?;
    }
    append(&nav, &ol)?;
    if page.page < page.pages {
        append(&nav, &step(page.page + 1, "next", &format!("{} ›", s.next_page))?)?;
    }
    append(&nav, &text_element(doc, "p", "pager-status", &crate::format::page_of(page.page, page.pages, cx.lang))?)?;
    Ok(nav)
}

/// Longest the app is held back (its download, then its takeover) for the first paint's
/// pictures on screen to load.
pub const PICTURES_WAIT_MS: f64 = 1000.0;

/// The first paint's pictures that are on screen (those below it are lazily loaded and may
/// never load).
pub fn pictures_on_screen(doc: &Document) -> Vec<HtmlImageElement> {
    let Some(pictures) = doc.get_element_by_id(BOOT_ID).and_then(|boot| boot.query_selector_all("img").ok()) else { return Vec::new() };
    let screen = crate::web::viewport_height();
    (0..pictures.length())
        .filter_map(|i| pictures.item(i))
        .filter_map(|node| node.dyn_into::<HtmlImageElement>().ok())
        .filter(|img| {
            let rect = img.get_bounding_client_rect();
            rect.bottom() > 0.0 && rect.top() < screen
        })
        .collect()
}

/// Have the first paint's pictures on screen loaded (or failed)?
pub fn pictures_on_screen_loaded(doc: &Document) -> bool {
    pictures_on_screen(doc).iter().all(HtmlImageElement::complete)
}

/// Is there a first paint's article body that `hand_over` will move into the app?
pub fn body_to_hand_over(doc: &Document) -> bool {
    doc.query_selector(&format!("#{BOOT_ID} .article-body")).ok().flatten().is_some()
}

/// Moves the keyboard focus, and any words typed into the search box, from the first paint
/// to the same element of the app when the app takes over (a reader who started tabbing or
/// typing must not be thrown back to the top of the page). The markup is the same, so the
/// element is found at the same place under the same part of the page (skip link, header,
/// main, footer): the app may add a notice between them, never inside. Display options
/// opened early are opened in the app too, and an article's body moves over whole.
pub fn hand_over(boot: &Element, app: &Element) {
    let active = focused_within(boot);
    // The article body: the app left its own empty (`body_to_hand_over`).
    let body = |root: &Element| root.query_selector(".article-body").ok().flatten();
    if let (Some(from), Some(to)) = (body(boot), body(app)) {
        // Empty but for Leptos' placeholder comment, which goes as the app's own body would.
        if to.child_element_count() == 0 && to.text_content().is_none_or(|t| t.trim().is_empty()) {
            to.set_text_content(None);
            while let Some(node) = from.first_child() {
                let _ = to.append_child(&node);
            }
        }
    }
    carry_over(boot, app, active);
}

/// The element inside `root` that has the keyboard focus.
fn focused_within(root: &Element) -> Option<Element> {
    root.owner_document().and_then(|d| d.active_element()).filter(|a| !a.is_same_node(Some(root)) && root.contains(Some(a)))
}

/// What the reader did on the page in `from` that the same page in `to` must keep: options
/// opened, words typed, the focus (`active`, which was inside `from`).
fn carry_over(from: &Element, to: &Element, active: Option<Element>) {
    // Options opened early: the new page's are opened in their place.
    let opened = |root: &Element| root.query_selector("details.display-options").ok().flatten();
    if let (Some(early), Some(options)) = (opened(from), opened(to)) {
        if early.has_attribute("open") {
            let _ = options.set_attribute("open", "");
        }
    }
    let Some(active) = active else { return };
    // A link in the body moved over with it (and lost the focus on the way).
    let target = if to.contains(Some(&active)) { Some(active.clone()) } else { same_element(from, to, &active) };
    let Some(target) = target else { return };
    if let (Some(typed), Some(input)) = (active.dyn_ref::<HtmlInputElement>(), target.dyn_ref::<HtmlInputElement>()) {
        input.set_value(&typed.value());
    }
    if let Some(target) = target.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
    }
}

/// `el` (inside `boot`) found in `app` by its path of child positions.
fn same_element(boot: &Element, app: &Element, el: &Element) -> Option<Element> {
    let mut path = Vec::new();
    let mut part = el.clone();
    loop {
        let parent = part.parent_element()?;
        if parent.is_same_node(Some(boot)) {
            break;
        }
        path.push(position(&parent, &part)?);
        part = parent;
    }
    let parts = app.children();
    let same_part = (0..parts.length()).filter_map(|i| parts.item(i)).find(|c| c.tag_name() == part.tag_name() && c.class_name() == part.class_name())?;
    path.iter().rev().try_fold(same_part, |at, &i| at.children().item(i))
}

fn position(parent: &Element, child: &Element) -> Option<u32> {
    let children = parent.children();
    (0..children.length()).find(|&i| children.item(i).is_some_and(|c| c.is_same_node(Some(child))))
}
