//! Property test by mutation, on the host: random and mutated real feeds through the feed
//! parser, and random strings through slugs, dates, URLs, the sanitiser policy, text helpers
//! and the config. The property: no panic, and a few invariants on the results.
//!
//! Bounded in the test command; `BANTIN_FUZZ_ITERATIONS=1000000 cargo test --release --test fuzz
//! -- --nocapture` runs longer. Seeded (BANTIN_FUZZ_SEED) so any failure replays exactly.
#![cfg(not(target_arch = "wasm32"))]

use bantin::{config, date, feed, json, sanitize::policy, slug, text};

/// xorshift64*: tiny, deterministic, good enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SAMPLE: &str = include_str!("../public/feed.json");
/// Fragments that stress the parser and the model: structure, escapes, Vietnamese text, types.
const TOKENS: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud83d", "null", "true", "false", "-", "0", "1e9",
    "18446744073709551616", "\"id\"", "\"title\"", "\"items\"", "\"_bantin\"", "\"views\"", "\"category\"",
    "\"date_published\"", "\"2018-09-12T11:39:00+07:00\"", "\"2023-02-29T00:00:00Z\"", "\"tags\"", "\"url\"",
    "\"javascript:alert(1)\"", "Đảng", "đoàn thể", "\u{0301}", "\u{feff}", "\u{0}", "<script>", "&#x6A;", " ", "\n",
];

fn mutate(rng: &mut Rng, input: &str) -> String {
    let mut s = input.to_string();
    for _ in 0..=rng.below(8) {
        let len = s.len();
        let at = floor_char_boundary(&s, rng.below(len + 1));
        match rng.below(5) {
            0 => s.insert_str(at, TOKENS[rng.below(TOKENS.len())]),
            1 => {
                let end = floor_char_boundary(&s, (at + rng.below(64)).min(len));
                s.replace_range(at..end, "");
            }
            2 => {
                let end = floor_char_boundary(&s, (at + rng.below(256)).min(len));
                let copy = s[at..end].to_string();
                let to = floor_char_boundary(&s, rng.below(len + 1));
                s.insert_str(to, &copy);
            }
            3 => s.truncate(at),
            _ => {
                let end = floor_char_boundary(&s, (at + 1 + rng.below(4)).min(len));
                s.replace_range(at..end, TOKENS[rng.below(TOKENS.len())]);
            }
        }
    }
    s
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn random_text(rng: &mut Rng) -> String {
    (0..rng.below(40)).map(|_| TOKENS[rng.below(TOKENS.len())]).collect()
}

fn iterations() -> usize {
    std::env::var("BANTIN_FUZZ_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(20_000)
}

fn seed() -> u64 {
    std::env::var("BANTIN_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x5EED_BA17_1234_5678)
}

#[test]
fn mutated_feeds_never_panic_and_keep_their_invariants() {
    let mut rng = Rng(seed());
    let (mut parsed, mut rejected, mut items) = (0, 0, 0);
    // Start from a small slice of the sample as well as the whole feed, for speed and depth.
    let small: String = {
        let cut = floor_char_boundary(SAMPLE, 6_000);
        let last_item = SAMPLE[..cut].rfind("\n  },").unwrap_or(cut);
        format!("{}\n  }}\n ]\n}}", &SAMPLE[..last_item])
    };
    for i in 0..iterations() {
        let base = if i % 8 == 0 { SAMPLE } else { &small };
        let input = mutate(&mut rng, base);
        match feed::parse_feed(&input) {
            Ok(f) => {
                parsed += 1;
                items += f.items.len();
                let mut slugs: Vec<_> = f.items.iter().map(|it| it.slug.clone()).collect();
                slugs.sort();
                slugs.dedup();
                assert_eq!(slugs.len(), f.items.len(), "slugs unique, seed {} iteration {i}", seed());
                for it in &f.items {
                    assert!(!it.id.is_empty());
                    assert!(it.slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{}", it.slug);
                    for url in [&it.url, &it.image, &it.external_url].into_iter().flatten() {
                        assert!(policy::check_url(url, policy::UrlUse::Image).is_some() || policy::check_url(url, policy::UrlUse::Link).is_some());
                    }
                    let _ = it.excerpt(200);
                    let _ = f.item_by_slug(&it.slug);
                }
                let _ = f.most_viewed(5);
            }
            Err(_) => rejected += 1,
        }
    }
    println!("fuzz feeds: {} executions ({parsed} parsed with {items} items, {rejected} rejected), 0 crashes", parsed + rejected);
    assert!(parsed > 0 && rejected > 0, "the mutations must reach both outcomes");
}

#[test]
fn random_strings_through_every_pure_helper() {
    let mut rng = Rng(seed() ^ 0xABCD);
    let n = iterations() * 3;
    for _ in 0..n {
        let s = random_text(&mut rng);
        let slug = slug::slugify(&s);
        assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"), "{slug:?} from {s:?}");
        let _ = slug::article_slug(Some(&s), &s);
        if let Some(ts) = date::parse_rfc3339(&s) {
            assert!((1..=12).contains(&ts.month) && ts.day >= 1 && ts.day <= date::days_in_month(ts.year, ts.month));
            let _ = ts.unix_seconds();
        }
        for usage in [policy::UrlUse::Link, policy::UrlUse::Image] {
            if let Some(url) = policy::check_url(&s, usage) {
                assert!(!url.to_ascii_lowercase().starts_with("javascript:"), "{url:?}");
            }
        }
        let _ = policy::check_attribute("a", "href", &s);
        let _ = policy::element_rule(&s);
        let plain = text::html_to_text(&s);
        let _ = text::excerpt(&plain, rng.below(50));
        let _ = text::paragraphs(&s);
        let _ = config::parse_config(&s);
        let _ = json::parse(&s);
    }
    println!("fuzz helpers: {n} executions, 0 crashes");
}
