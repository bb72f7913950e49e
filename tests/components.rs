//! Component tests in headless Chromium (wasm-bindgen-test): the real DOM, no server.
#![cfg(all(target_arch = "wasm32", feature = "app"))]

use bantin::components::article_body::ArticleBody;
use bantin::components::article_card::{ArticleCard, CardSize};
use bantin::components::pagination::Pagination;
use bantin::components::status::ErrorPanel;
use bantin::feed::parse_feed;
use bantin::net::FetchError;
use bantin::routes::paginate;
use bantin::sanitize::dom::{sanitize_html, Context};
use bantin::state::{AppState, LoadError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FEED_URL: &str = "https://portal.example/tin-tuc/feed.json";

/// Mounts `view` with a fresh app state into a new container and returns the container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let doc = document();
    let container: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        let state = AppState::new();
        state.feed_url.set(FEED_URL.to_string());
        provide_context(state);
        view()
    });
    handle.forget();
    container
}

fn sample_item(json: &str) -> std::sync::Arc<bantin::feed::Item> {
    let text = format!(r#"{{"version": "https://jsonfeed.org/version/1.1", "items": [{json}]}}"#);
    parse_feed(&text).unwrap().items[0].clone()
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

async fn tick() {
    // Effects run after the current task; wait one macrotask.
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn article_card_shows_link_title_date_category_and_views() {
    let item = sample_item(
        r#"{"id": "858", "title": "Hội nghị tổng kết", "date_published": "2018-09-12T11:39:00+07:00",
            "image": "anh/a.png", "summary": "Tóm tắt", "_bantin": {"views": 12034, "category": "Đảng - đoàn thể"}}"#,
    );
    let root = mount(move || view! { <ArticleCard item size=CardSize::Full/> });
    let article = root.query_selector("article").unwrap().expect("an <article>");
    let link = article.query_selector(".card-title a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("/bai-viet/hoi-nghi-tong-ket-858"));
    assert_eq!(link.text_content().as_deref(), Some("Hội nghị tổng kết"));
    assert_eq!(text_of(&article, "time"), "12/09/2018");
    assert_eq!(article.query_selector("time").unwrap().unwrap().get_attribute("datetime").as_deref(), Some("2018-09-12T11:39:00+07:00"));
    assert_eq!(text_of(&article, ".card-category"), "Đảng - đoàn thể");
    assert_eq!(
        article.query_selector(".card-category").unwrap().unwrap().get_attribute("href").as_deref(),
        Some("/chuyen-muc/dang-doan-the")
    );
    assert_eq!(text_of(&article, ".card-views"), "Lượt xem: 12.034");
    assert_eq!(text_of(&article, ".card-summary"), "Tóm tắt");
    // Relative image URLs are resolved against the feed, not the page.
    let img = article.query_selector("img").unwrap().unwrap();
    assert_eq!(img.get_attribute("src").as_deref(), Some("https://portal.example/tin-tuc/anh/a.png"));
}

#[wasm_bindgen_test]
fn untitled_compact_card_has_a_fallback_title_and_no_image() {
    let item = sample_item(r#"{"id": "7", "image": "anh/a.png", "summary": "Không hiện trong thẻ gọn"}"#);
    let root = mount(move || view! { <ArticleCard item size=CardSize::Compact/> });
    assert_eq!(text_of(&root, ".card-title a"), "(Bài viết chưa có tiêu đề)");
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector(".card-summary").unwrap().is_none());
}

#[wasm_bindgen_test]
fn pagination_links_pages_and_marks_the_current_one() {
    let page = paginate(45, 10, 2).unwrap();
    let root = mount(move || view! { <Pagination page link=bantin::routes::home/> });
    let nav = root.query_selector("nav.pager").unwrap().expect("a pager");
    assert_eq!(nav.get_attribute("aria-label").as_deref(), Some("Phân trang"));
    assert_eq!(nav.query_selector("[rel=prev]").unwrap().unwrap().get_attribute("href").as_deref(), Some("/"));
    assert_eq!(nav.query_selector("[rel=next]").unwrap().unwrap().get_attribute("href").as_deref(), Some("/?trang=3"));
    assert_eq!(text_of(&nav, "[aria-current=page]"), "2");
    assert_eq!(text_of(&nav, ".pager-status"), "Trang 2/5");
}

#[wasm_bindgen_test]
fn a_single_page_needs_no_pagination() {
    let page = paginate(5, 10, 1).unwrap();
    let root = mount(move || view! { <Pagination page link=bantin::routes::home/> });
    assert!(root.query_selector("nav").unwrap().is_none());
}

#[wasm_bindgen_test]
fn error_panel_names_the_problem_and_offers_retry() {
    let error = LoadError::Fetch(FetchError::Http { status: 500, status_text: "Internal Server Error".into(), retry_after: None });
    let root = mount(move || view! { <ErrorPanel error/> });
    assert_eq!(root.query_selector("[role=alert]").unwrap().map(|_| ()), Some(()));
    assert!(text_of(&root, ".panel-message").contains("HTTP 500"));
    assert_eq!(text_of(&root, "button"), "Thử lại");
}

#[wasm_bindgen_test]
async fn with_no_picture_above_the_body_its_first_picture_loads_at_once() {
    let html = r#"<p>Mở đầu</p><img src="anh/a.png" alt="Một"><p>Giữa bài</p><img src="anh/b.png" alt="Hai">"#;
    let root = mount(move || view! { <ArticleBody html=Some(html.to_string()) text=None picture_on_top=true/> });
    tick().await;
    let pictures = root.query_selector_all(".article-body img").unwrap();
    let first: web_sys::Element = pictures.item(0).unwrap().unchecked_into();
    let second: web_sys::Element = pictures.item(1).unwrap().unchecked_into();
    assert_eq!(first.get_attribute("loading"), None, "the article's picture: no lazy loading");
    assert_eq!(first.get_attribute("fetchpriority").as_deref(), Some("high"));
    assert_eq!(second.get_attribute("loading").as_deref(), Some("lazy"), "the others stay lazy");
}

#[wasm_bindgen_test]
async fn article_body_is_sanitised_and_text_bodies_become_paragraphs() {
    let html = r#"<p onclick="alert(1)">Mở đầu <script>window.__pwned = 1</script><b>đậm</b></p>
        <figure><img src="anh/a.png" onerror="window.__pwned = 2" alt="Ảnh"><figcaption>Chú thích ảnh</figcaption></figure>
        <p><a href="javascript:alert(1)">xấu</a> <a href="https://other.example/x">ngoài</a></p>"#;
    let root = mount(move || view! { <ArticleBody html=Some(html.to_string()) text=None picture_on_top=false/> });
    tick().await;
    let body = root.query_selector(".article-body").unwrap().unwrap();
    assert!(body.query_selector("script").unwrap().is_none());
    assert!(body.query_selector("[onclick], [onerror]").unwrap().is_none());
    assert_eq!(text_of(&body, "figure figcaption"), "Chú thích ảnh");
    assert_eq!(body.query_selector("strong").unwrap().map(|e| e.text_content()), Some(Some("đậm".into())));
    let img = body.query_selector("img").unwrap().unwrap();
    assert_eq!(img.get_attribute("src").as_deref(), Some("https://portal.example/tin-tuc/anh/a.png"));
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"), "a picture is shown above the body");
    let links = body.query_selector_all("a").unwrap();
    let bad: web_sys::Element = links.item(0).unwrap().unchecked_into();
    assert_eq!(bad.get_attribute("href"), None, "javascript: URL removed");
    let external: web_sys::Element = links.item(1).unwrap().unchecked_into();
    assert_eq!(external.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert!(js_sys::Reflect::get(&window(), &"__pwned".into()).unwrap().is_undefined());

    let root = mount(|| view! { <ArticleBody html=None text=Some("Dòng một\nDòng hai\n\nĐoạn hai".into()) picture_on_top=false/> });
    let paras = root.query_selector_all(".article-body p").unwrap();
    assert_eq!(paras.length(), 2);
    assert_eq!(root.query_selector_all(".article-body br").unwrap().length(), 1);
}

#[wasm_bindgen_test]
async fn one_article_after_another_shows_the_new_body() {
    // As the router draws the next article: the same view again, its elements kept.
    let html = RwSignal::new(Some("<p>Bài thứ nhất</p>".to_string()));
    let root = mount(move || move || view! { <ArticleBody html=html.get() text=None picture_on_top=false/> });
    tick().await;
    let div = root.query_selector(".article-body").unwrap().unwrap();
    assert_eq!(div.text_content().as_deref(), Some("Bài thứ nhất"));
    html.set(Some("<p>Bài thứ hai</p><p>đoạn hai</p>".to_string()));
    tick().await;
    let after = root.query_selector(".article-body").unwrap().unwrap();
    assert!(after.is_same_node(Some(&div)), "the element is kept (why the body must be replaced by hand)");
    assert_eq!(after.text_content().as_deref(), Some("Bài thứ haiđoạn hai"));
    html.set(Some("<p>Bài thứ hai</p><p>đoạn hai</p>".to_string()));
    tick().await;
    assert_eq!(root.query_selector_all(".article-body p").unwrap().length(), 2, "the same body is not added twice");
}

#[wasm_bindgen_test]
async fn a_prepared_body_is_copied_into_each_page_that_shows_it() {
    use bantin::components::article_body::{is_prepared, prepare, prepared_used, MAX_PREPARED};
    let html = r#"<p>Đoạn <b>một</b> <script>window.__pwned = 3</script></p><figure><img src="anh/c.png"><figcaption>Chú thích</figcaption></figure>"#;
    let body_html = |root: &web_sys::HtmlElement| root.query_selector(".article-body").unwrap().unwrap().inner_html();
    let fresh = mount(move || view! { <ArticleBody html=Some(html.to_string()) text=None picture_on_top=true/> });
    tick().await;

    let used = prepared_used();
    let pages = mount(move || {
        let state = bantin::state::use_app();
        assert!(!is_prepared(state, html));
        prepare(state, html);
        assert!(is_prepared(state, html));
        view! {
            <div class="first"><ArticleBody html=Some(html.to_string()) text=None picture_on_top=true/></div>
            <div class="second"><ArticleBody html=Some(html.to_string()) text=None picture_on_top=true/></div>
            <div class="third"><ArticleBody html=Some(html.to_string()) text=None picture_on_top=false/></div>
        }
    });
    tick().await;
    assert_eq!(prepared_used() - used, 3, "every page copied the prepared body");
    let body = |n: &str| pages.query_selector(&format!(".{n} .article-body")).unwrap().unwrap().inner_html();
    assert_eq!(body("first"), body_html(&fresh), "the same nodes as a body sanitised on the spot");
    assert_eq!(body("second"), body("first"), "a copy each: the prepared body is not used up");
    assert!(body("first").contains("fetchpriority=\"high\"") && !body("first").contains("script"));
    assert!(!body("third").contains("fetchpriority") && body("third").contains("loading=\"lazy\""), "a picture above the body: this one waits");
    assert!(js_sys::Reflect::get(&window(), &"__pwned".into()).unwrap().is_undefined());

    // Only the most recent are kept.
    mount(move || {
        let state = bantin::state::use_app();
        for n in 0..MAX_PREPARED {
            prepare(state, &format!("<p>Bài {n}</p>"));
        }
        assert!(!is_prepared(state, html), "the oldest made way");
        assert!(is_prepared(state, "<p>Bài 0</p>"));
    });
}

#[wasm_bindgen_test]
async fn a_body_built_off_screen_loads_no_picture_and_is_kept_as_prepared() {
    use bantin::components::article_body::{is_prepared, prepared_used};
    // As a page built ahead (or the rehearsal) builds the article page: never attached to
    // the document.
    let html = r#"<p>Mở đầu</p><img src="anh/d.png" alt="Một">"#;
    let state = AppState::new();
    state.feed_url.set(FEED_URL.to_string());
    let detached: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    leptos::mount::mount_to(detached.clone(), move || {
        provide_context(state);
        view! { <ArticleBody html=Some(html.to_string()) text=None picture_on_top=true/> }
    })
    .forget();
    tick().await;
    let img = detached.query_selector(".article-body img").unwrap().expect("the body is built");
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"), "lazy off screen: nothing downloaded");
    assert_eq!(img.get_attribute("fetchpriority"), None);
    // Sanitised once: the list's preparation of the same body finds it done, and the page
    // of this body built again copies it.
    assert!(is_prepared(state, html), "a body sanitised off screen is kept as prepared");
    let used = prepared_used();
    let again = mount(move || view! { <ArticleBody html=Some(html.to_string()) text=None picture_on_top=true/> });
    tick().await;
    assert_eq!(prepared_used() - used, 1, "the page built again copied it");
    assert_eq!(again.query_selector(".article-body img").unwrap().unwrap().get_attribute("fetchpriority").as_deref(), Some("high"), "on screen, its picture loads at once");

    // A body sanitised for the screen is not kept: nothing was sanitised ahead of it.
    let shown = r#"<p>Chỉ trên màn hình</p>"#;
    mount(move || view! { <ArticleBody html=Some(shown.to_string()) text=None picture_on_top=true/> });
    tick().await;
    assert!(!is_prepared(state, shown));
}

/// (input HTML, expected sanitised HTML)
const SANITISER_CASES: &[(&str, &str)] = &[
    ("<p>Xin chào</p>", "<p>Xin chào</p>"),
    ("<h1>Tiêu đề</h1>", "<h2>Tiêu đề</h2>"),
    ("<script>alert(1)</script>ok", "ok"),
    ("<img src=x onerror=alert(1)>", r#"<img loading="lazy" decoding="async" referrerpolicy="no-referrer" src="https://portal.example/tin-tuc/x" alt="Ảnh minh họa">"#),
    // No alt: the caption of its figure becomes the alt text.
    ("<figure><img src=a.png><figcaption> Cầu  Bến Đền </figcaption></figure>", r#"<figure><img loading="lazy" decoding="async" referrerpolicy="no-referrer" src="https://portal.example/tin-tuc/a.png" alt="Cầu Bến Đền"><figcaption> Cầu  Bến Đền </figcaption></figure>"#),
    ("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a>x</a>"),
    ("<svg><script>alert(1)</script></svg>tiếp", "tiếp"),
    ("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", ""),
    // The inert parser runs with scripting off, so the <p> escapes the <noscript>; it
    // arrives without its attribute, as a fresh element: nothing is ever re-parsed.
    ("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<p></p>"),
    ("<form><button formaction=javascript:alert(1)>x</button></form>", ""),
    ("<p style=\"color:red\" class=\"x\" id=\"y\">kiểu</p>", "<p>kiểu</p>"),
    ("<font color=red>chữ</font>", "chữ"),
    ("<base href=\"https://evil.example/\"><p>x</p>", "<p>x</p>"),
    ("<iframe src=\"https://evil.example\"></iframe>x", "x"),
    ("<!-- chú thích --><p>x</p>", "<p>x</p>"),
    ("<table><tr><td colspan=2 onmouseover=x>ô</td></tr></table>", r#"<table><tbody><tr><td colspan="2">ô</td></tr></tbody></table>"#),
    ("<a href=\"#muc\">mục</a>", r##"<a href="#muc">mục</a>"##),
];

#[wasm_bindgen_test]
fn iframes_only_from_configured_video_hosts_and_always_sandboxed() {
    let hosts = vec!["www.youtube-nocookie.com".to_string()];
    let cx = Context { base_url: FEED_URL, own_origin: "https://portal.example", video_hosts: &hosts, image_alt: "Ảnh minh họa" };
    let html = r#"<iframe src="https://www.youtube-nocookie.com/embed/x" srcdoc="<script>alert(1)</script>" onload="alert(1)" title="Phóng sự"></iframe><iframe src="https://evil.example/x"></iframe>"#;
    let holder = document().create_element("div").unwrap();
    holder.append_child(&sanitize_html(html, &cx).unwrap()).unwrap();
    let frames = holder.query_selector_all("iframe").unwrap();
    assert_eq!(frames.length(), 1);
    let frame: web_sys::Element = frames.item(0).unwrap().unchecked_into();
    assert_eq!(frame.get_attribute("src").as_deref(), Some("https://www.youtube-nocookie.com/embed/x"));
    assert_eq!(frame.get_attribute("sandbox").as_deref(), Some("allow-scripts allow-same-origin allow-presentation allow-popups"));
    assert_eq!(frame.get_attribute("title").as_deref(), Some("Phóng sự"));
    assert!(frame.get_attribute("srcdoc").is_none() && frame.get_attribute("onload").is_none());
    // Without configured hosts, no iframe survives.
    let none = Context { base_url: FEED_URL, own_origin: "https://portal.example", video_hosts: &[], image_alt: "Ảnh minh họa" };
    let holder = document().create_element("div").unwrap();
    holder.append_child(&sanitize_html(html, &none).unwrap()).unwrap();
    assert!(holder.query_selector("iframe").unwrap().is_none());
}

#[wasm_bindgen_test]
fn sanitiser_cases() {
    let cx = Context { base_url: FEED_URL, own_origin: "https://portal.example", video_hosts: &[], image_alt: "Ảnh minh họa" };
    let doc = document();
    for (input, expected) in SANITISER_CASES {
        let fragment = sanitize_html(input, &cx).expect("parsed");
        let holder = doc.create_element("div").unwrap();
        holder.append_child(&fragment).unwrap();
        // Reading innerHTML back is only for the comparison; nothing is ever written to it.
        assert_eq!(holder.inner_html(), *expected, "sanitising {input}");
    }
}

// The embed widget's page (src/widget.rs): plain DOM, no Leptos.

const WIDGET_FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1", "items": [
    {"id": "1", "title": "Hội nghị <b>tổng kết</b>", "date_published": "2018-09-12T11:39:00+07:00", "image": "anh/a.png",
     "summary": "Tóm tắt hội nghị", "_bantin": {"views": 1234, "category": "Đảng - đoàn thể"}},
    {"id": "2", "date_published": "2018-09-11T08:00:00+07:00", "image": "javascript:alert(1)", "_bantin": {"views": 5, "category": "Đảng - đoàn thể"}},
    {"id": "3", "title": "Tin kinh tế", "date_published": "2018-09-13T08:00:00+07:00", "_bantin": {"category": "Kinh tế"}}
]}"#;

fn widget(query: &[(&str, &str)]) -> web_sys::Element {
    use bantin::widget::{render, Links};
    let feed = parse_feed(WIDGET_FEED).unwrap();
    let (options, _) = bantin::embed::parse_options(query.iter().copied());
    let links = Links { reader: "https://portal.example/tin-tuc/nhung.html?limit=5", feed_url: FEED_URL };
    render(&document(), &feed, &options, bantin::i18n::Lang::Vi, &links).unwrap()
}

fn attrs(root: &web_sys::Element, selector: &str, name: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into::<web_sys::Element>().get_attribute(name).unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
fn widget_lists_the_category_with_links_out_of_the_frame() {
    let root = widget(&[("category", "dang-doan-the"), ("show", "date,views,image,summary")]);
    assert_eq!(root.get_attribute("aria-label").as_deref(), Some("Đảng - đoàn thể"));
    assert_eq!(text_of(&root, "h1.widget-heading"), "Đảng - đoàn thể");
    assert_eq!(root.query_selector_all("ul.widget-list > li").unwrap().length(), 2);
    // Titles are text, never markup; an untitled item gets the fallback title.
    let titles: Vec<String> = (0..2).map(|i| root.query_selector_all(".widget-title").unwrap().item(i).unwrap().text_content().unwrap()).collect();
    assert_eq!(titles, ["Hội nghị <b>tổng kết</b>", "(Bài viết chưa có tiêu đề)"]);
    assert!(root.query_selector("b").unwrap().is_none());
    // Links are absolute, under the reader's address, and leave the frame.
    let hrefs = attrs(&root, "a", "href");
    assert!(hrefs.iter().all(|h| h.starts_with("https://portal.example/tin-tuc/")), "{hrefs:?}");
    assert!(hrefs[0].contains("/tin-tuc/bai-viet/"), "{hrefs:?}");
    assert_eq!(hrefs.last().map(String::as_str), Some("https://portal.example/tin-tuc/chuyen-muc/dang-doan-the"));
    assert!(attrs(&root, "a", "target").iter().all(|t| t == "_top"));
    assert!(attrs(&root, "a", "rel").iter().all(String::is_empty));
    // Date, views and summary; the picture resolved against the feed, the bad one dropped.
    assert_eq!(attrs(&root, "time", "datetime")[0], "2018-09-12T11:39:00+07:00");
    assert_eq!(text_of(&root, "time"), "12/09/2018");
    assert_eq!(text_of(&root, ".widget-meta span"), "Lượt xem: 1.234");
    assert_eq!(text_of(&root, ".widget-summary"), "Tóm tắt hội nghị");
    assert_eq!(attrs(&root, "img", "src"), ["https://portal.example/tin-tuc/anh/a.png"]);
    assert_eq!(attrs(&root, "img", "alt"), [""]);
}

#[wasm_bindgen_test]
fn widget_options_change_order_parts_and_targets() {
    let root = widget(&[("sort", "most-viewed"), ("target", "_blank"), ("show", "none"), ("title", "none")]);
    // No visible heading; one for assistive tech.
    assert_eq!(text_of(&root, "h1.visually-hidden"), "Tin xem nhiều");
    assert!(root.query_selector(".widget-heading").unwrap().is_none());
    assert_eq!(root.get_attribute("aria-label").as_deref(), Some("Tin xem nhiều"));
    assert_eq!(root.query_selector_all("li").unwrap().length(), 2, "only items with a view count");
    assert!(root.query_selector("time, .widget-meta, img, .widget-summary").unwrap().is_none());
    assert!(attrs(&root, "a", "target").iter().all(|t| t == "_blank"));
    assert!(attrs(&root, "a", "rel").iter().all(|r| r == "noopener noreferrer"));
    assert_eq!(attrs(&root, ".widget-more a", "href"), ["https://portal.example/tin-tuc/"]);
}

#[wasm_bindgen_test]
fn widget_says_so_politely_when_the_category_is_unknown() {
    let root = widget(&[("category", "khong-co")]);
    assert_eq!(text_of(&root, "h1.visually-hidden"), "Tin mới nhất");
    assert!(text_of(&root, "[role=status]").starts_with("Không có chuyên mục này."));
    assert_eq!(attrs(&root, "a", "href"), ["https://portal.example/tin-tuc/"]);
}

/// Resolves after `n` animation frames and a task.
async fn frames(n: u32) {
    for _ in 0..n {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
    tick().await;
}

#[wasm_bindgen_test]
async fn frame_work_runs_in_one_callback_in_order_and_after_paint_work_once_that_frame_is_on_screen() {
    use bantin::components::later::{after_paint, in_next_frame};
    use std::{cell::RefCell, rc::Rc};
    let log = Rc::new(RefCell::new(Vec::<&str>::new()));
    let note = |log: &Rc<RefCell<Vec<&'static str>>>, what: &'static str| {
        let log = log.clone();
        move || log.borrow_mut().push(what)
    };
    {
        let (log, microtask, later) = (log.clone(), note(&log, "microtask queued by a"), note(&log, "queued by a: next frame"));
        in_next_frame(move || {
            log.borrow_mut().push("frame a");
            // Microtasks run after each of the browser's callbacks: this one after b means a
            // and b ran in one callback.
            wasm_bindgen_futures::spawn_local(async move { microtask() });
            in_next_frame(later);
        });
    }
    after_paint(note(&log, "after paint"));
    in_next_frame(note(&log, "frame b"));
    assert!(log.borrow().is_empty(), "nothing runs before the frame");
    frames(3).await;
    assert_eq!(*log.borrow(), ["frame a", "frame b", "microtask queued by a", "queued by a: next frame"], "after-paint work waits for the frame to be on screen");
    sleep_ms(150).await;
    assert_eq!(log.borrow().last(), Some(&"after paint"));
}

/// Resolves after `ms` milliseconds.
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn parts_built_apart_come_in_a_task_each_while_the_app_is_detached_and_at_once_after() {
    use bantin::components::later::{apart, detached_parts_pending, set_detached};
    use std::sync::{Arc, Mutex};
    let log = Arc::new(Mutex::new(Vec::<&str>::new()));
    // A part notes its build, and queues a microtask that notes the end of the task it was
    // built in: "a built, a's task over, b built" means a task each.
    let part = |log: &Arc<Mutex<Vec<&'static str>>>, name: &'static str, over: &'static str| {
        let log = log.clone();
        move || {
            log.lock().unwrap().push(name);
            let log = log.clone();
            wasm_bindgen_futures::spawn_local(async move { log.lock().unwrap().push(over) });
            view! { <span>{name}</span> }.into_any()
        }
    };
    set_detached(true);
    let (a, b) = (part(&log, "a built", "a's task over"), part(&log, "b built", "b's task over"));
    let root = mount(move || view! { <p>{apart(a)}</p><p>{apart(b)}</p> });
    assert_eq!(root.query_selector_all("span").unwrap().length(), 0, "nothing built in the task that mounts");
    assert!(detached_parts_pending());
    tick().await;
    assert_eq!(*log.lock().unwrap(), ["a built", "a's task over", "b built", "b's task over"]);
    assert!(!detached_parts_pending());
    assert_eq!(text_of(&root, "p"), "a built");
    set_detached(false);
    let later = mount(|| view! { <p>{apart(|| view! { <span>"ngay"</span> }.into_any())}</p> });
    assert_eq!(text_of(&later, "p span"), "ngay", "once the app is in place, built at once");
}

#[wasm_bindgen_test]
async fn the_layout_builds_its_tools_navigation_page_and_footer_apart_while_detached() {
    use bantin::components::later::{detached_parts_pending, set_detached};
    use bantin::components::layout::Layout;
    use leptos_router::components::Router;
    set_detached(true);
    let root = mount(|| view! { <Router><Layout><p id="trang">"Trang"</p></Layout></Router> });
    let count = |selector: &str| root.query_selector_all(selector).unwrap().length();
    let parts = ["header .header-tools form", "header nav.cat-nav", "main #trang", "footer.site-footer", "dialog.shortcuts"];
    assert_eq!(parts.map(count), [0; 5], "the mounting task builds the frame only");
    assert_eq!(count("header.site-header .brand"), 1);
    tick().await;
    assert_eq!(parts.map(count), [1; 5]);
    assert!(!detached_parts_pending());
    set_detached(false);
}

const SHELF_FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Tin một"}]}"#;

#[wasm_bindgen_test]
async fn a_page_left_stays_built_hidden_in_place_or_off_the_document_and_comes_back_with_its_nodes_unless_what_it_was_built_from_changed() {
    use bantin::components::shelf::{as_it_was, holds_page, page, set_root, taken, MAX_KEPT};
    use std::sync::Arc;
    let state = AppState::new();
    let feed = RwSignal::new(Arc::new(parse_feed(SHELF_FEED).unwrap()));
    let url = RwSignal::new("/a".to_string());
    let views = RwSignal::new(0_u32);
    let builds = Arc::new(std::sync::atomic::AtomicU32::new(0));
    let built = |b: &Arc<std::sync::atomic::AtomicU32>| b.load(std::sync::atomic::Ordering::Relaxed);
    let container: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let counted = builds.clone();
    leptos::mount::mount_to(container.clone(), move || {
        provide_context(state);
        set_root(Owner::current().unwrap());
        move || {
            let (address, counted) = (url.get(), counted.clone());
            page(state, &address.clone(), &feed.get(), move || {
                counted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                view! { <p class="page" data-url=address>"Lượt xem: "{move || views.get()}</p> }.into_any()
            }, as_it_was)
        }
    })
    .forget();
    let shown = || container.query_selector(".page:not([data-set-aside])").unwrap().expect("a page is shown");
    let pages = || {
        let list = container.query_selector_all(".page").unwrap();
        (0..list.length()).map(|i| {
            let page: web_sys::Element = list.item(i).unwrap().unchecked_into();
            let hidden = page.has_attribute("data-set-aside");
            assert_eq!(page.get_attribute("aria-hidden").as_deref(), hidden.then_some("true"), "aria-hidden exactly while set aside");
            (page.get_attribute("data-url").unwrap_or_default(), hidden)
        }).collect::<Vec<_>>()
    };
    let first = shown();
    first.set_id("trang-dau");
    assert_eq!(built(&builds), 1);
    url.set("/b".into());
    tick().await;
    assert_eq!(pages(), [("/b".to_string(), false), ("/a".to_string(), true)], "the page left, hidden where it was, after the page shown");
    assert_eq!((first.id(), first.get_attribute("data-set-aside-id").as_deref()), (String::new(), Some("trang-dau")), "its ids set aside");
    assert!(holds_page(state, "/a", &feed.get_untracked()), "and on the shelf");
    views.set(858);
    tick().await;
    assert_eq!(first.text_content().as_deref(), Some("Lượt xem: 858"), "hidden, it still follows its signals");
    let taken_before = taken();
    url.set("/a".into());
    tick().await;
    assert!(shown().is_same_node(Some(&first)), "Back shows the very nodes left");
    assert_eq!(pages(), [("/a".to_string(), false)], "where they were; the page left, before it, is off the document");
    assert_eq!((first.id(), first.has_attribute("data-set-aside-id")), ("trang-dau".to_string(), false), "its ids back");
    assert_eq!((built(&builds), taken() - taken_before), (2, 1), "nothing built again");
    // One page at most is hidden in place: the one just left.
    url.set("/b".into());
    tick().await;
    url.set("/c".into());
    tick().await;
    assert_eq!(pages(), [("/c".to_string(), false), ("/b".to_string(), true)], "/a is off the document");
    assert!(!first.is_connected() && !first.has_attribute("data-set-aside") && !first.has_attribute("aria-hidden") && first.id() == "trang-dau", "as it was");
    assert!(holds_page(state, "/a", &feed.get_untracked()), "and still on the shelf");
    url.set("/a".into());
    tick().await;
    assert!(shown().is_same_node(Some(&first)), "from off the document too");
    assert_eq!(pages(), [("/a".to_string(), false), ("/c".to_string(), true)]);
    // A page built from another feed is not shown again: it is built anew.
    url.set("/b".into());
    tick().await;
    feed.set(Arc::new(parse_feed(SHELF_FEED).unwrap()));
    tick().await;
    assert_eq!(built(&builds), 4, "the page on screen is built again from the new feed (/a, /b, /c before)");
    assert!(!holds_page(state, "/a", &feed.get_untracked()), "the old feed's pages are gone");
    url.set("/a".into());
    tick().await;
    assert!(!shown().is_same_node(Some(&first)));
    assert_eq!(built(&builds), 5);
    // The shelf keeps the latest pages left, at most MAX_KEPT.
    for n in 0..=MAX_KEPT {
        url.set(format!("/trang-{n}"));
        tick().await;
    }
    assert!(!holds_page(state, "/a", &feed.get_untracked()), "the oldest made way");
    assert!(holds_page(state, "/trang-0", &feed.get_untracked()));
    assert!(holds_page(state, &format!("/trang-{}", MAX_KEPT - 1), &feed.get_untracked()));
}

#[wasm_bindgen_test]
fn the_route_rehearsal_opens_only_an_article_kept_built_from_the_feed_shown_with_nothing_that_loads_once_placed() {
    use bantin::components::shelf::{build_ahead, quiet_article, set_root};
    use std::sync::Arc;
    let state = AppState::new();
    let feed = Arc::new(parse_feed(SHELF_FEED).unwrap());
    let owner = Owner::new();
    owner.with(|| {
        provide_context(state);
        set_root(Owner::current().unwrap());
    });
    // (address, what its page holds) in the order built; the rehearsal takes the first quiet
    // article.
    let pages: [(&str, &str); 5] = [
        ("/", "<p>Danh sách</p>"),
        ("/chuyen-muc/van-hoa", "<p>Chuyên mục</p>"),
        ("/bai-viet/co-video-1", "<iframe title=\"Video\" src=\"about:blank\"></iframe>"),
        ("/bai-viet/co-am-thanh-2", "<audio controls></audio>"),
        ("/bai-viet/chi-co-chu-3", "<p>Chỉ có chữ và ảnh</p><img alt=\"\" loading=\"lazy\">"),
    ];
    let check = |expected: Option<&str>, feed: &Arc<bantin::feed::Feed>, why: &str| {
        assert_eq!(owner.with(|| quiet_article(state, feed)).as_deref(), expected, "{why}");
    };
    check(None, &feed, "an empty shelf");
    for (url, html) in pages {
        let html = html.to_string();
        owner.with(|| build_ahead(state, url, &feed, move || view! { <div inner_html=html></div> }.into_any()));
    }
    check(Some("/bai-viet/chi-co-chu-3"), &feed, "lists, a player's frame and a sound are passed over");
    let newer = Arc::new(parse_feed(SHELF_FEED).unwrap());
    check(None, &newer, "pages built from another feed are not shown");
}

#[wasm_bindgen_test]
async fn a_kept_page_shown_again_hides_what_starts_below_the_first_screen_until_that_frame_is_on_screen() {
    use bantin::components::later::unveil;
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    // At the top of the page, whatever other tests left in it.
    root.set_attribute("style", "position: absolute; top: 0; left: 0; width: 300px").unwrap();
    root.set_inner_html(r#"<div class="cards"><article>1</article></div><div style="height: 5000px"></div><div class="side"><p>Tin xem nhiều</p></div>"#);
    document().body().unwrap().append_child(&root).unwrap();
    let (cards, side) = (root.query_selector(".cards").unwrap().unwrap(), root.query_selector(".side").unwrap().unwrap());
    unveil(vec![root.clone().into()]);
    assert!(cards.has_attribute("data-later") && side.has_attribute("data-later"), "both hidden for the first frame");
    frames(1).await;
    assert!(!cards.has_attribute("data-later"), "on the first screen: shown in that frame");
    assert!(side.has_attribute("data-later"), "below it: not yet");
    sleep_ms(150).await;
    assert!(!side.has_attribute("data-later"), "shown once the frame is on screen");
    root.remove();
}
