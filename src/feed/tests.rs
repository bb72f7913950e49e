use super::*;
use serde_json::{json, Value};

fn feed_of(items: Value) -> String {
    json!({"version": "https://jsonfeed.org/version/1.1", "title": "Tin", "items": items}).to_string()
}

fn parse_ok(text: &str) -> Feed {
    parse_feed(text).unwrap_or_else(|e| panic!("feed rejected: {e}"))
}

/// (item JSON, field of the one expected diagnostic or "" for none, check on the parsed item)
type ItemCase = (Value, &'static str, fn(Option<&Item>));

#[test]
fn items_are_read_leniently() {
    let cases: Vec<ItemCase> = vec![
        (json!({"id": "1", "title": "Tin", "_bantin": {"views": 858, "category": "Đảng - đoàn thể"}}), "", |i| {
            let i = i.expect("kept");
            assert_eq!(i.views, Some(858));
            assert_eq!(i.category, Some(CategoryRef { slug: "dang-doan-the".into(), name: "Đảng - đoàn thể".into() }));
            assert_eq!(i.slug, "tin-1");
        }),
        (json!({"id": 42, "title": "Số"}), "", |i| assert_eq!(i.expect("kept").id, "42")),
        (json!({"id": -7}), "", |i| assert_eq!(i.expect("kept").id, "-7")),
        (json!({"id": 4.5}), "id", |i| assert!(i.is_none())),
        (json!({"title": "Không có id"}), "id", |i| assert!(i.is_none())),
        (json!({"id": "  "}), "id", |i| assert!(i.is_none())),
        (json!({"id": null}), "id", |i| assert!(i.is_none())),
        (json!({"id": ["x"]}), "id", |i| assert!(i.is_none())),
        (json!("a string item"), "item", |i| assert!(i.is_none())),
        (json!({"id": "t", "title": 12}), "", |i| assert_eq!(i.expect("kept").title.as_deref(), Some("12"))),
        (json!({"id": "t", "title": {"vi": "x"}}), "title", |i| assert_eq!(i.expect("kept").title, None)),
        (json!({"id": "t", "title": "  Hai   khoảng\n trắng "}), "", |i| assert_eq!(i.expect("kept").title.as_deref(), Some("Hai khoảng trắng"))),
        (json!({"id": "t", "date_published": "12/09/2018"}), "date_published", |i| assert_eq!(i.expect("kept").date_published, None)),
        (json!({"id": "t", "date_published": 1536727140}), "date_published", |i| assert!(i.expect("kept").date().is_none())),
        (json!({"id": "t", "url": "javascript:alert(1)"}), "url", |i| assert_eq!(i.expect("kept").url, None)),
        (json!({"id": "t", "image": "data:text/html,x"}), "image", |i| assert_eq!(i.expect("kept").image, None)),
        (json!({"id": "t", "banner_image": "/anh/b.png"}), "", |i| assert_eq!(i.expect("kept").image.as_deref(), Some("/anh/b.png"))),
        (json!({"id": "t", "_bantin": {"views": -5}}), "_bantin.views", |i| assert_eq!(i.expect("kept").views, None)),
        (json!({"id": "t", "_bantin": {"views": "1200"}}), "", |i| assert_eq!(i.expect("kept").views, Some(1200))),
        (json!({"id": "t", "_bantin": {"views": 12.0}}), "", |i| assert_eq!(i.expect("kept").views, Some(12))),
        (json!({"id": "t", "_bantin": {"views": 1.5}}), "_bantin.views", |i| assert_eq!(i.expect("kept").views, None)),
        (json!({"id": "t", "_bantin": "x"}), "_bantin", |i| assert_eq!(i.expect("kept").views, None)),
        (json!({"id": "t", "_bantin": {"category": 3}, "tags": ["Kinh tế"]}), "_bantin.category", |i| {
            assert_eq!(i.expect("kept").category.as_ref().map(|c| c.slug.as_str()), Some("kinh-te"))
        }),
        (json!({"id": "t", "tags": ["Văn hóa", 5, "Thể thao"]}), "tags", |i| {
            let i = i.expect("kept");
            assert_eq!(i.tags, vec!["Văn hóa", "Thể thao"]);
            assert_eq!(i.category.as_ref().map(|c| c.name.as_str()), Some("Văn hóa"));
        }),
        (json!({"id": "t", "tags": "Một tag"}), "tags", |i| assert_eq!(i.expect("kept").tags, vec!["Một tag"])),
        (json!({"id": "t"}), "", |i| assert_eq!(i.expect("kept").category, None)),
        (json!({"id": "t", "authors": [{"name": "Phòng VH-TT"}, {"url": "x"}], "author": {"name": "Cũ"}}), "", |i| {
            assert_eq!(i.expect("kept").authors, vec!["Phòng VH-TT", "Cũ"])
        }),
        (json!({"id": "t", "authors": "Ban biên tập"}), "authors", |i| assert!(i.expect("kept").authors.is_empty())),
        (json!({"id": "t", "content_html": "<p>x</p>", "unknown": {"deep": [1]}}), "", |i| assert!(i.expect("kept").content_html.is_some())),
        (json!({"id": "t", "attachments": [{"url": "tep/a.pdf", "title": " Quyết  định ", "mime_type": "Application/PDF", "size_in_bytes": 1234567}]}), "", |i| {
            assert_eq!(i.expect("kept").attachments, vec![Attachment { url: "tep/a.pdf".into(), title: Some("Quyết định".into()), mime_type: Some("application/pdf".into()), size_in_bytes: Some(1234567) }])
        }),
        (json!({"id": "t", "attachments": [{"url": "javascript:alert(1)"}]}), "attachments", |i| assert!(i.expect("kept").attachments.is_empty())),
        (json!({"id": "t", "attachments": [{"title": "no url"}]}), "attachments", |i| assert!(i.expect("kept").attachments.is_empty())),
        (json!({"id": "t", "attachments": "a.pdf"}), "attachments", |i| assert!(i.expect("kept").attachments.is_empty())),
    ];
    for (n, (item, diag_field, check)) in cases.into_iter().enumerate() {
        let feed = parse_ok(&feed_of(json!([item.clone()])));
        let fields: Vec<_> = feed.diagnostics.iter().map(|d| d.field).collect();
        let expected: Vec<&str> = if diag_field.is_empty() { vec![] } else { vec![diag_field] };
        assert_eq!(fields, expected, "case {n}: {item}");
        check(feed.items.first().map(|i| i.as_ref()));
    }
}

#[test]
fn documents_that_are_not_feeds() {
    for (text, expected) in [
        ("", "not json"),
        ("<!doctype html><html>", "not json"),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [", "not json"),
        ("[]", "not a feed"),
        ("\"feed\"", "not a feed"),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\"}", "not a feed"),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": {}}", "not a feed"),
        ("{\"rss\": {}}", "not a feed"),
    ] {
        let got = match parse_feed(text) {
            Ok(_) => "ok",
            Err(FeedError::NotJson { .. }) => "not json",
            Err(FeedError::NotAFeed(_)) => "not a feed",
        };
        assert_eq!(got, expected, "{text:?}");
    }
}

#[test]
fn json_errors_say_where() {
    let Err(FeedError::NotJson { line, column, .. }) = parse_feed("{\n  \"items\": [\n    {,}\n  ]\n}") else {
        panic!("expected a JSON error");
    };
    assert_eq!((line, column), (3, 6));
}

#[test]
fn feeds_are_accepted_in_versions_1_0_and_1_1_and_without_version() {
    for (version, diagnostics) in [("https://jsonfeed.org/version/1", 0), ("https://jsonfeed.org/version/1.1", 0), ("", 1)] {
        let text = json!({"version": version, "items": [{"id": "1"}]}).to_string();
        let feed = parse_ok(&text);
        assert_eq!((feed.items.len(), feed.diagnostics.len()), (1, diagnostics), "{version:?}");
    }
    let bom = format!("\u{feff}{}", feed_of(json!([])));
    assert!(parse_ok(&bom).items.is_empty());
}

#[test]
fn one_bad_item_among_good_ones() {
    let feed = parse_ok(&feed_of(json!([
        {"id": "1", "title": "Một"},
        {"title": "không id"},
        17,
        {"id": "2", "title": "Hai", "date_published": "sai ngày"},
    ])));
    let ids: Vec<_> = feed.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["1", "2"]);
    assert_eq!(feed.diagnostics.len(), 3);
    assert_eq!(feed.diagnostics[0].to_string(), "items[1] id: missing; item skipped");
    assert_eq!(feed.diagnostics[2].to_string(), "items[3] (id \"2\") date_published: not an RFC 3339 date: \"sai ngày\"; ignored");
}

#[test]
fn newest_first_by_instant_with_undated_last() {
    let feed = parse_ok(&feed_of(json!([
        {"id": "a", "date_published": "2020-01-01T08:00:00+07:00"},
        {"id": "undated-1"},
        {"id": "b", "date_published": "2020-01-01T02:00:00Z"},
        {"id": "c", "date_modified": "2021-06-01T00:00:00Z"},
        {"id": "undated-2"},
        {"id": "d", "date_published": "2019-12-31T23:00:00-05:00"},
    ])));
    let ids: Vec<_> = feed.items.iter().map(|i| i.id.as_str()).collect();
    // d is 2020-01-01T04:00Z, b 02:00Z, a 01:00Z.
    assert_eq!(ids, ["c", "d", "b", "a", "undated-1", "undated-2"]);
}

#[test]
fn slugs_are_unique_and_ids_too() {
    let feed = parse_ok(&feed_of(json!([
        {"id": "1", "title": "Thông báo"},
        {"id": "2", "title": "Thông báo"},
        {"id": "1", "title": "Bản trùng id"},
        {"id": "3"},
        {"id": "https://x.vn/a?id=4", "title": "Thông báo"},
    ])));
    let slugs: Vec<_> = feed.items.iter().map(|i| i.slug.as_str()).collect();
    assert_eq!(slugs[..3], ["thong-bao-1", "thong-bao-2", "bai-viet-3"]);
    assert!(slugs[3].starts_with("thong-bao-"));
    assert_eq!(feed.diagnostics.len(), 1, "{:?}", feed.diagnostics);
    assert_eq!(feed.diagnostics[0].field, "id");
}

#[test]
fn lookups() {
    let feed = parse_ok(&feed_of(json!([
        {"id": "1", "title": "Một", "tags": ["An ninh"], "_bantin": {"views": 10}},
        {"id": "abc-1", "title": "Hai", "_bantin": {"category": "An Ninh", "views": 10}},
        {"id": "3", "title": "Ba", "_bantin": {"category": "Y tế", "views": 900}},
        {"id": "4", "title": "Bốn"},
    ])));
    assert_eq!(feed.item_by_slug("mot-1").map(|i| i.id.as_str()), Some("1"));
    // An old link, from before the title was edited.
    assert_eq!(feed.item_by_slug("tieu-de-cu-1").map(|i| i.id.as_str()), Some("1"));
    assert_eq!(feed.item_by_slug("cu-abc-1").map(|i| i.id.as_str()), Some("abc-1"));
    assert_eq!(feed.item_by_slug("khong-co-99").map(|i| i.id.as_str()), None);
    assert_eq!(feed.item_by_slug("").map(|i| i.id.as_str()), None);
    let cats: Vec<_> = feed.categories.iter().map(|c| (c.slug.as_str(), c.name.as_str(), c.count)).collect();
    assert_eq!(cats, [("an-ninh", "An ninh", 2), ("y-te", "Y tế", 1)]);
    assert_eq!(feed.in_category("an-ninh").count(), 2);
    let top: Vec<_> = feed.most_viewed(2).iter().map(|i| i.id.clone()).collect();
    assert_eq!(top, ["3", "1"]);
}

#[test]
fn category_slugs_never_empty() {
    assert_eq!(category_slug("Thời sự"), "thoi-su");
    assert!(category_slug("新闻").starts_with("chuyen-muc-"));
}

#[test]
fn excerpts_fall_back_to_the_body() {
    let feed = parse_ok(&feed_of(json!([
        {"id": "1", "summary": "Tóm tắt"},
        {"id": "2", "content_html": "<p>Thân <b>bài</b></p><script>x</script>"},
        {"id": "3", "content_text": "Văn bản\n\nthuần"},
        {"id": "4"},
    ])));
    let excerpts: Vec<_> = feed.items.iter().map(|i| i.excerpt(100)).collect();
    assert_eq!(excerpts, [Some("Tóm tắt".into()), Some("Thân bài".into()), Some("Văn bản thuần".into()), None]);
}

#[test]
fn the_bundled_sample_feed_is_rich_and_clean() {
    let text = include_str!("../../public/feed.json");
    let feed = parse_ok(text);
    assert!(feed.diagnostics.iter().all(|d| d.field != "item"), "{:?}", feed.diagnostics);
    assert!(feed.items.len() >= 40, "{} items", feed.items.len());
    assert!(feed.categories.len() >= 5);
    let views: Vec<u64> = feed.items.iter().filter_map(|i| i.views).collect();
    assert!(views.contains(&0) && views.iter().any(|&v| v > 10_000));
    let years: std::collections::BTreeSet<_> = feed.items.iter().filter_map(|i| i.date()).map(|d| d.year).collect();
    assert!(years.len() >= 3, "{years:?}");
    assert!(feed.items.iter().any(|i| i.title.is_none()));
    assert!(feed.items.iter().any(|i| i.summary.is_none()));
    assert!(feed.items.iter().any(|i| i.content_html.as_deref().is_some_and(|h| h.contains("<figcaption>"))));
    assert!(feed.items.iter().any(|i| i.image.is_none()));
    // Stored as NFC: no combining diacritics anywhere.
    assert!(!text.chars().any(|c| ('\u{0300}'..='\u{036F}').contains(&c)));
}

#[test]
fn pages_through_next_url() {
    let page = |items: Value, next: Option<&str>| {
        let mut doc = json!({"version": "https://jsonfeed.org/version/1.1", "items": items});
        if let Some(n) = next {
            doc["next_url"] = json!(n);
        }
        parse_ok(&doc.to_string())
    };
    let mut feed = page(json!([{"id": "1", "title": "Mới", "date_published": "2024-01-02T00:00:00Z", "tags": ["A"]}]), Some("https://x.vn/p2.json"));
    feed.merge(page(
        json!([
            {"id": "1", "title": "Trùng", "date_published": "2024-01-02T00:00:00Z"},
            {"id": "2", "title": "Mới", "date_published": "2024-01-03T00:00:00Z", "tags": ["B"]},
            {"id": "3", "title": "Cũ", "date_published": "2023-01-01T00:00:00Z", "tags": ["A"]}
        ]),
        None,
    ));
    let ids: Vec<_> = feed.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["2", "1", "3"], "merged and re-sorted, the repeated id kept once");
    let cats: Vec<_> = feed.categories.iter().map(|c| (c.name.as_str(), c.count)).collect();
    assert_eq!(cats, [("A", 2), ("B", 1)]);
    assert_eq!(feed.next_url, None);
    assert_eq!(feed.diagnostics.len(), 1);

    let read = vec!["https://x.vn/feed.json".to_string(), "https://x.vn/p2.json".to_string()];
    for (next, expected) in [
        (None, NextPage::Done),
        (Some("https://x.vn/p3.json"), NextPage::Fetch("https://x.vn/p3.json".into())),
        (Some("https://x.vn/feed.json"), NextPage::Loop("https://x.vn/feed.json".into())),
    ] {
        assert_eq!(next_page(&read, next), expected, "{next:?}");
    }
    let many: Vec<String> = (0..MAX_FEED_PAGES).map(|i| format!("https://x.vn/{i}")).collect();
    assert_eq!(next_page(&many, Some("https://x.vn/next")), NextPage::TooMany);
}

fn ids(items: &[Arc<Item>]) -> Vec<&str> {
    items.iter().map(|i| i.id.as_str()).collect()
}

#[test]
fn newer_older_and_related_stay_in_the_category() {
    let cat = |c: &str| json!({"category": c});
    let feed = parse_ok(&feed_of(json!([
        {"id": "a5", "title": "A5", "date_published": "2026-01-05T08:00:00+07:00", "tags": ["lễ hội"], "_bantin": cat("A")},
        {"id": "b4", "title": "B4", "date_published": "2026-01-04T08:00:00+07:00", "tags": ["lễ hội"], "_bantin": cat("B")},
        {"id": "a3", "title": "A3", "date_published": "2026-01-03T08:00:00+07:00", "tags": ["Lễ Hội", "mùa xuân"], "_bantin": cat("A")},
        {"id": "a2", "title": "A2", "date_published": "2026-01-02T08:00:00+07:00", "_bantin": cat("A")},
        {"id": "a1", "title": "A1", "date_published": "2026-01-01T08:00:00+07:00", "tags": ["mua xuan", "le hoi"], "_bantin": cat("A")},
        {"id": "x", "title": "No category", "date_published": "2026-01-06T08:00:00+07:00"},
    ])));
    let item = |id: &str| Arc::clone(feed.items.iter().find(|i| i.id == id).expect("in the feed"));
    let check_neighbours = |id: &str, newer: Option<&str>, older: Option<&str>| {
        let (n, o) = feed.neighbours(&item(id));
        assert_eq!((n.as_ref().map(|i| i.id.as_str()), o.as_ref().map(|i| i.id.as_str())), (newer, older), "neighbours of {id}");
    };
    check_neighbours("a5", None, Some("a3"));
    check_neighbours("a3", Some("a5"), Some("a2"));
    check_neighbours("a1", Some("a2"), None);
    check_neighbours("b4", None, None);
    check_neighbours("x", None, None);
    // a1 shares two tags with a3 (diacritics and case aside), one with a5, none with a2.
    assert_eq!(ids(&feed.related(&item("a3"), 5)), ["a1", "a5", "a2"]);
    assert_eq!(ids(&feed.related(&item("a1"), 2)), ["a3", "a5"]);
    // No tags: the newest of the category.
    assert_eq!(ids(&feed.related(&item("a2"), 2)), ["a5", "a3"]);
    assert!(feed.related(&item("x"), 5).is_empty());
    assert!(feed.related(&item("b4"), 5).is_empty());
}

#[test]
fn neighbours_and_untagged_related_match_the_whole_list_definition() {
    // Four lists interleaved (three categories and none), one tagged article in five.
    let items: Vec<_> = (0..40)
        .map(|i| {
            let mut item = json!({"id": format!("t{i}"), "title": format!("Tin {i}"), "date_published": format!("2026-01-01T08:{:02}:00+07:00", 59 - i)});
            if i % 4 != 3 {
                let category = ["A", "B", "C"].get(i % 4).copied().unwrap_or("A");
                item["_bantin"] = json!({ "category": category });
            }
            if i % 5 == 0 {
                item["tags"] = json!(["thẻ"]);
            }
            item
        })
        .collect();
    let feed = parse_ok(&feed_of(json!(items)));
    for item in &feed.items {
        let slug = |i: &Item| i.category.as_ref().map(|c| c.slug.clone());
        let list: Vec<&Arc<Item>> = feed.items.iter().filter(|o| slug(o) == slug(item)).collect();
        let at = list.iter().position(|o| o.id == item.id).expect("in its list");
        let expected = (at.checked_sub(1).and_then(|i| list.get(i)).map(|i| i.id.as_str()), list.get(at + 1).map(|i| i.id.as_str()));
        let (newer, older) = feed.neighbours(item);
        assert_eq!((newer.as_ref().map(|i| i.id.as_str()), older.as_ref().map(|i| i.id.as_str())), expected, "neighbours of {}", item.id);
        if item.tags.is_empty() && item.category.is_some() {
            let others: Vec<&str> = list.iter().filter(|o| o.id != item.id).take(3).map(|o| o.id.as_str()).collect();
            assert_eq!(ids(&feed.related(item, 3)), others, "related to {}", item.id);
        }
    }
}

#[test]
fn the_one_sort_is_descending_and_stable() {
    for (input, expected) in [
        (vec![(1, 'a'), (3, 'b'), (1, 'c'), (2, 'd'), (3, 'e')], "bedac"),
        (vec![(i64::MIN, 'u'), (0, 'x'), (i64::MIN, 'v'), (i64::MAX, 'y')], "yxuv"),
        (vec![], ""),
    ] {
        let mut items = input.clone();
        model::sort_desc_stable(&mut items, |(key, _)| *key);
        assert_eq!(items.iter().map(|(_, c)| *c).collect::<String>(), expected, "{input:?}");
    }
}
