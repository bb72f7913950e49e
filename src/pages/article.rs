//! `/bai-viet/:slug` — one article: title, time, views, image, body, other news.

use crate::components::article_body::{prepare_articles, ArticleBody};
use crate::components::later::{after_paint, below_the_fold};
use crate::components::most_viewed::SideList;
use crate::components::page_meta::{describe_page_later, PageMeta};
use crate::components::share::ShareBar;
use crate::components::set_document_title;
use crate::components::status::{with_feed, NotFound};
use crate::article::{self, Article, Attachment};
use crate::format::{machine_time, publication_time, views_label};
use crate::routes;
use crate::sanitize::dom::resolve;
use crate::sanitize::policy::UrlUse;
use crate::feed::Feed;
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
    with_feed(move |feed| article_view(&feed, &slug.get(), Shown::Live))
}

/// Who the page is built for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// The reader: the article is marked read and the head tags describe it.
    Live,
    /// The rehearsal (`rehearse`): nothing outside the view itself changes.
    Rehearsal,
}

fn article_view(feed: &Feed, slug: &str, shown: Shown) -> AnyView {
    let state = use_app();
    let (s, lang) = (state.strings(), state.lang());
    let feed_url = state.feed_url.get_untracked();
    let absolute = |url: &str, usage: UrlUse| resolve(url, &feed_url, usage);
    let Some(found) = state.config.with_untracked(|config| article::article(feed, config, slug, lang, &absolute)) else {
        // The not-found panel sets head tags: a rehearsal has nothing to rehearse then.
        return match shown {
            Shown::Live => view! { <NotFound message=s.article_not_found/> }.into_any(),
            Shown::Rehearsal => ().into_any(),
        };
    };
    let Article { item, title, back, reading, lead_image, source, attachments, newer, older, related, most_viewed } = found;
    let category = item.category.clone();
    let url = crate::web::absolute_url(&routes::article(&item.slug));
    if shown == Shown::Live {
        let id = item.id.clone();
        after_paint(move || state.mark_read(&id));
        // The articles a reader of this one is likely to open next: the newer and the older.
        prepare_articles(state, newer.iter().chain(older.iter()).cloned().collect());
        let site_name = state.config.with_untracked(|c| c.site_name.clone());
        let (item, title, url) = (item.clone(), title.clone(), url.clone());
        describe_page_later(Box::new(move || {
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
                    <figure class="article-image"><img src=src alt=s.image_alt decoding="async" referrerpolicy="no-referrer"/></figure>
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
    let Some(slug) = article::rehearsal_slug(&feed).map(str::to_string) else { return };
    let owner = Owner::new();
    let built = owner.with(|| {
        provide_context(state);
        article_view(&feed, &slug, Shown::Rehearsal).build()
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
