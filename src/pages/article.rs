//! `/bai-viet/:slug` — one article: title, time, views, image, body, other news.

use crate::components::article_body::{prepare_articles, ArticleBody};
use crate::components::later::{after_paint, below_the_fold};
use crate::components::most_viewed::SideList;
use crate::components::page_meta::{describe_page_later, PageMeta};
use crate::components::share::ShareBar;
use crate::components::set_document_title;
use crate::components::shelf;
use crate::components::status::{with_feed, NotFound};
use crate::article::{self, Article, Attachment};
use crate::format::{machine_time, publication_time, views_label};
use crate::routes;
use crate::sanitize::dom::resolve;
use crate::sanitize::policy::UrlUse;
use crate::feed::{Feed, Item};
use std::sync::Arc;
use crate::state::{use_app, AppState, Load};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use leptos::tachys::view::Render;
use wasm_bindgen::JsCast;

/// "Tệp đính kèm": link, name, kind and size per file; nothing when there are none.
#[component]
fn Attachments(files: Vec<Attachment>) -> impl IntoView {
    let s = use_app().strings();
    (!files.is_empty()).then(|| {
        view! {
            <section class="article-attachments" aria-labelledby="tep-dinh-kem">
                <h2 id="tep-dinh-kem">{s.attachments}</h2>
                <ul>
                    {files.into_iter().map(|a| view! {
                        <li><a href=a.href download="">{a.name}</a>" "<span class="file-meta">{a.meta}</span></li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
pub fn ArticlePage() -> impl IntoView {
    let state = use_app();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    set_document_title(move || match state.load.get() {
        Load::Ready(feed) => Some(match feed.item_by_slug(&slug.get()) {
            Some(item) => item.title.clone().unwrap_or_else(|| state.strings().untitled.to_string()),
            None => state.strings().not_found_title.to_string(),
        }),
        _ => None,
    });
    with_feed(move |feed| {
        let slug = slug.get();
        let Some(found) = find(state, &feed, &slug) else {
            return view! { <NotFound message=state.strings().article_not_found/> }.into_any();
        };
        shown(state, &found);
        shelf::page(state, &routes::article(&slug), &feed, move || article_view(found, Built::ForScreen), pictures_at_once)
    })
}

/// The article `slug` names, with everything its page shows.
fn find(state: AppState, feed: &Feed, slug: &str) -> Option<Article> {
    let feed_url = state.feed_url.get_untracked();
    let absolute = |url: &str, usage: UrlUse| resolve(url, &feed_url, usage);
    state.config.with_untracked(|config| article::article(feed, config, slug, state.lang(), &absolute))
}

/// What showing an article changes outside its page, each time it is shown: the read mark and
/// the head tags (after the paint), and the bodies of the articles a reader of this one is
/// likely to open next (the newer and the older).
fn shown(state: AppState, found: &Article) {
    let id = found.item.id.clone();
    after_paint(move || state.mark_read(&id));
    prepare_articles(state, found.newer.iter().chain(found.older.iter()).cloned().collect());
    let site_name = state.config.with_untracked(|c| c.site_name.clone());
    let feed_url = state.feed_url.get_untracked();
    let (item, title) = (found.item.clone(), found.title.clone());
    describe_page_later(Box::new(move || {
        let url = crate::web::absolute_url(&routes::article(&item.slug));
        let image_url = item.image.as_deref().and_then(|src| resolve(src, &feed_url, UrlUse::Image));
        let description = item.excerpt(200).unwrap_or_else(|| title.clone());
        let json_ld = crate::metadata::news_article(&crate::metadata::ArticleFacts {
            headline: &title,
            url: &url,
            description: Some(&description),
            date_published: item.date_published.as_ref().map(machine_time),
            date_modified: item.date_modified.as_ref().map(machine_time),
            image: image_url.as_deref(),
            authors: &item.authors,
            publisher: &site_name,
            section: item.category.as_ref().map(|c| c.name.as_str()),
        });
        PageMeta { title: Some(title), description, path: Some(routes::article(&item.slug)), image: image_url, kind: "article", json_ld: Some(json_ld) }
    }));
}

/// A page built ahead fetched no picture: shown, its top picture (the lead picture, else the
/// body's first) loads at once, as on a page built for the screen.
fn pictures_at_once(roots: &[web_sys::Element]) {
    for root in roots {
        if let Ok(Some(lead)) = root.query_selector(".article-image img") {
            let _ = lead.remove_attribute("loading");
        } else if let Ok(Some(first)) = root.query_selector(".article-body img") {
            crate::sanitize::dom::load_at_once(&first);
        }
    }
}

/// Where a page is built for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Built {
    /// To be shown now: its lead picture loads at once.
    ForScreen,
    /// Off the document, for later (`build_ahead`, `rehearse`): nothing is fetched for it until
    /// it is shown (its lead picture is lazy, as its body's are).
    Ahead,
}

/// The page of `found`: nothing outside its nodes changes (`shown` does that).
fn article_view(found: Article, built: Built) -> AnyView {
    let state = use_app();
    let (s, lang) = (state.strings(), state.lang());
    let Article { item, title, back, reading, lead_image, source, attachments, newer, older, related, most_viewed } = found;
    let category = item.category.clone();
    let url = crate::web::absolute_url(&routes::article(&item.slug));
    let step = |label: &'static str, rel: &'static str, other: Option<std::sync::Arc<crate::feed::Item>>| {
        other.map(|o| {
            let name = o.title.clone().unwrap_or_else(|| s.untitled.to_string());
            view! {
                <a class=format!("step step-{rel}") rel=rel href=state.href(&routes::article(&o.slug))>
                    <span class="step-label">{label}</span><span class="step-title">{name}</span>
                </a>
            }
        })
    };
    let side = NodeRef::new();
    let picture_on_top = lead_image.is_none();
    let loading = (built == Built::Ahead).then_some("lazy");
    let steps = (newer.is_some() || older.is_some()).then(|| view! {
        <nav class="article-steps no-print" aria-label=format!("{} / {}", s.newer, s.older)>
            {step(s.newer, "prev", newer)}{step(s.older, "next", older)}
        </nav>
    });
    view! {
        <div class="columns">
            <article class="article-full" aria-labelledby="tieu-de-trang">
                <p class="crumbs">
                    <a href=state.href("/")>{s.home}</a>
                    {category.clone().map(|c| view! { " › "<a href=state.href(&routes::category(&c.slug, 1))>{c.name}</a> })}
                </p>
                <h1 id="tieu-de-trang" class="article-title" tabindex="-1">{title.clone()}</h1>
                <p class="article-meta">
                    {item.date().map(|d| view! {
                        <span class="article-date">{s.published}" "<time datetime=machine_time(d)>{publication_time(d, lang)}</time></span>
                    })}
                    {item.views.map(|v| view! { <span class="article-views">{views_label(v, lang)}</span> })}
                    {reading.map(|r| view! { <span class="article-reading">{r}</span> })}
                </p>
                <ShareBar url=url.clone() title=title.clone()/>
                {item.summary.clone().map(|text| view! { <p class="article-lead">{text}</p> })}
                {lead_image.map(|src| view! {
                    <figure class="article-image"><img loading=loading decoding="async" referrerpolicy="no-referrer" src=src alt=s.image_alt/></figure>
                })}
                <ArticleBody html=item.content_html.clone() text=item.content_text.clone() picture_on_top=picture_on_top/>
                <Attachments files=attachments/>
                {(!item.authors.is_empty()).then(|| view! { <p class="article-authors">{item.authors.join(", ")}</p> })}
                {source.map(|href| view! {
                    <p class="article-source">{s.source}": "<a href=href.clone() target="_blank" rel="noopener noreferrer">{href.clone()}</a></p>
                })}
                // On paper: where the article lives, since links cannot be clicked.
                <p class="print-only article-url">{url.clone()}</p>
                {steps}
                <p class="article-back"><a class="button button-quiet" href=state.href(&back)>"← "{s.back_to_list}</a></p>
            </article>
            <div class="side" node_ref=side>
                {below_the_fold(side, move || view! {
                    <SideList title=s.related id="tin-lien-quan" items=related/>
                    <SideList title=s.most_viewed id="tin-xem-nhieu" items=most_viewed/>
                }.into_any())}
            </div>
        </div>
    }
    .into_any()
}

/// Builds the pages of `items`' articles onto the shelf (`shelf::build_ahead`) once the page
/// is on screen, one per idle period of the browser, while `feed` is still the one shown: the
/// articles a list's first screen shows are the ones its reader opens, and one built ahead
/// opens without building anything (~12 ms less of the click's task at 4x CPU slowdown).
pub fn build_ahead(state: AppState, feed: Arc<Feed>, items: Vec<Arc<Item>>) {
    after_paint(move || {
        leptos::task::spawn_local(async move {
            for item in items {
                crate::web::idle(BUILD_AHEAD_WAIT_MS).await;
                if !matches!(state.load.get_untracked(), Load::Ready(now) if Arc::ptr_eq(&now, &feed)) {
                    return;
                }
                let url = routes::article(&item.slug);
                if shelf::holds_page(state, &url, &feed) {
                    continue;
                }
                let Some(found) = find(state, &feed, &item.slug) else { continue };
                shelf::build_ahead(state, &url, &feed, move || article_view(found, Built::Ahead));
            }
        });
    });
}

/// Longest a page built ahead waits for the browser to be idle.
const BUILD_AHEAD_WAIT_MS: u32 = 3000;

/// Builds the article page once, off screen, lays it out once, and throws it away, while the
/// reader has nothing else for the page to do. V8 compiles a wasm function the first time it
/// runs: without this, the first article a visit opens compiles the article page's code (the
/// view, the sanitiser, the side lists) in its click, ~30 ms at 4x CPU slowdown; and the
/// browser lays out text of sizes and weights the list never used (the title, the body), which
/// made the first click's layout ~25 ms longer than the next ones'. Nothing outside the built
/// nodes changes: no read mark, no title or head tag, nothing fetched, nothing left in the
/// document. Not when the app's first page is an article (its code has run).
pub fn rehearse(state: AppState) {
    let Load::Ready(feed) = state.load.get_untracked() else { return };
    let Some(found) = article::rehearsal_slug(&feed).and_then(|slug| find(state, &feed, slug)) else { return };
    let owner = Owner::new();
    let built = owner.with(|| {
        provide_context(state);
        article_view(found, Built::Ahead).build()
    });
    // The body is sanitised by an effect, after this task: the page goes in a later one.
    set_timeout(
        move || {
            let mut built = built;
            lay_out_once(&mut built);
            drop(built);
            owner.cleanup();
            crate::web::mark("bantin:rehearsed");
        },
        std::time::Duration::ZERO,
    );
}

/// How many of the body's blocks the rehearsal lays out.
const LAID_OUT_BLOCKS: u32 = 8;

/// Lays `built` out once in the document and takes it out again, in one task: out of sight
/// (`.offstage`: hidden, above the page), out of reach (`inert`, `aria-hidden`), and never
/// painted, since no frame runs within a task. Its pictures and frames lose their addresses
/// first: laid out, an `<img>` with a `src` would be fetched.
fn lay_out_once(built: &mut leptos::tachys::view::any_view::AnyViewState) {
    use leptos::tachys::view::Mountable;
    let doc = document();
    let (Some(body), Ok(stage)) = (doc.body(), doc.create_element("main")) else { return };
    stage.set_class_name("wrap site-main offstage");
    let _ = stage.set_attribute("aria-hidden", "true");
    let _ = stage.set_attribute("inert", "");
    built.mount(&stage, None);
    // The page's kinds of text, not all of its text: the side lists' cards are laid out on
    // the list already, and a body's first blocks have its paragraphs, pictures and
    // captions. (What kept this task short was the stage's `position: fixed` and layout
    // containment, which spare the list around it a second layout: 100 -> 64-71 ms at 4x.)
    if let Ok(Some(side)) = stage.query_selector(".side") {
        side.remove();
    }
    if let Ok(Some(body)) = stage.query_selector(".article-body") {
        while body.child_element_count() > LAID_OUT_BLOCKS {
            match body.last_element_child() {
                Some(last) => last.remove(),
                None => break,
            }
        }
    }
    if let Ok(media) = stage.query_selector_all("img, iframe, video, audio, source") {
        for element in (0..media.length()).filter_map(|i| media.item(i)).filter_map(|n| n.dyn_into::<web_sys::Element>().ok()) {
            for name in ["src", "srcset", "poster"] {
                let _ = element.remove_attribute(name);
            }
        }
    }
    let _ = body.append_child(&stage);
    let _ = stage.get_bounding_client_rect(); // style and layout, now
    stage.remove(); // the nodes stay in it, out of the document, until the view is dropped
}
