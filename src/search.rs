//! Vietnamese-aware search over the loaded items. Pure: the search page only renders.
//!
//! Matching works on *folded* text: Latin letters lose their diacritics (`Đảng` → `dang`,
//! `dân vận` → `dan van`), ASCII is lower-cased, combining marks (NFD input or content) are
//! dropped, and punctuation separates words. A query word matches the start of a word
//! (so results follow the typing); every word must match; a "quoted phrase" must match as
//! consecutive words. Title matches rank first, then newer before older.

use crate::feed::Item;
use crate::slug::fold_char;
use std::sync::Arc;

/// Characters that separate words besides ASCII punctuation and white space: Latin-1
/// punctuation (« » ¿ · …), general punctuation (“ ” – — …) and CJK punctuation.
fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    c.is_whitespace()
        || ('\u{00A0}'..='\u{00BF}').contains(&c)
        || c == '\u{00D7}'
        || c == '\u{00F7}'
        || ('\u{2000}'..='\u{206F}').contains(&c)
        || ('\u{3000}'..='\u{303F}').contains(&c)
}

/// Folds `text` and calls `emit(folded_char, byte_offset_in_text)` for every character of
/// the result; separators come out as one space each run. No leading or trailing space.
fn fold_each(text: &str, mut emit: impl FnMut(char, usize)) {
    let mut pending_space = false;
    let mut any = false;
    for (at, c) in text.char_indices() {
        if is_separator(c) {
            pending_space = any;
            continue;
        }
        let Some(folded) = fold_char(c) else { continue }; // a combining mark: part of its letter
        if pending_space {
            emit(' ', at);
            pending_space = false;
        }
        emit(folded.to_ascii_lowercase(), at);
        any = true;
    }
}

/// The folded form of `text`, used both for the index and for queries.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_each(text, |c, _| out.push(c));
    out
}

/// A parsed query: folded words and phrases, all of which must match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<String>,
}

impl Query {
    /// `dân "vận động" 2026` → terms `dan`, `van dong`, `2026`. An unclosed quote runs to
    /// the end. Empty when there is nothing to search for.
    pub fn parse(raw: &str) -> Query {
        let mut terms = Vec::new();
        for (i, part) in raw.split('"').enumerate() {
            let quoted = i % 2 == 1;
            if quoted {
                terms.push(fold(part));
            } else {
                terms.extend(fold(part).split(' ').map(str::to_string));
            }
        }
        terms.retain(|t| !t.is_empty());
        terms.dedup();
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Does folded `haystack` (as built by [`fold`]) contain every term at a word start?
    fn matches(&self, haystack: &str) -> bool {
        self.terms.iter().all(|t| find_word_start(haystack, t, 0).is_some())
    }
}

/// Byte offset of the first occurrence of `term` in `folded` at or after `from` that begins
/// a word.
fn find_word_start(folded: &str, term: &str, from: usize) -> Option<usize> {
    let mut start = from;
    while let Some(found) = folded.get(start..).and_then(|rest| rest.find(term)) {
        let at = start + found;
        if at == 0 || folded.as_bytes().get(at - 1) == Some(&b' ') {
            return Some(at);
        }
        start = at + folded.get(at..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
    }
    None
}

/// The folded text of every item, built once per feed on the first search.
pub struct Index {
    entries: Vec<Entry>,
}

struct Entry {
    title: String,
    /// Title, summary, body, category and tags together.
    all: String,
}

impl Index {
    pub fn build(items: &[Arc<Item>]) -> Index {
        let entries = items
            .iter()
            .map(|item| {
                let title = fold(item.title.as_deref().unwrap_or(""));
                let body = item.body_text().map(|t| fold(&t)).unwrap_or_default();
                let mut all = title.clone();
                for part in [item.summary.as_deref().map(fold), Some(body), item.category.as_ref().map(|c| fold(&c.name))]
                    .into_iter()
                    .flatten()
                    .chain(item.tags.iter().map(|t| fold(t)))
                {
                    if !part.is_empty() {
                        all.push(' ');
                        all.push_str(&part);
                    }
                }
                Entry { title, all: all.trim_start().to_string() }
            })
            .collect();
        Index { entries }
    }

    /// Positions (in the indexed `items`) of the matches: title matches first, then the
    /// rest, each group in feed order (newest first).
    pub fn search(&self, query: &Query) -> Vec<usize> {
        if query.is_empty() {
            return Vec::new();
        }
        let mut in_title = Vec::new();
        let mut elsewhere = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if query.matches(&entry.title) {
                in_title.push(i);
            } else if query.matches(&entry.all) {
                elsewhere.push(i);
            }
        }
        in_title.extend(elsewhere);
        in_title
    }
}

/// `text` cut into pieces, `true` for the pieces a query term matched; the pieces joined
/// give `text` back. For rendering as text nodes and `<mark>`s (never as HTML).
pub fn highlight(text: &str, query: &Query) -> Vec<(String, bool)> {
    // The folded text with, for each folded byte, the byte offset it came from in `text`.
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    fold_each(text, |c, at| {
        folded.push(c);
        origin.extend(std::iter::repeat_n(at, c.len_utf8()));
    });
    // Matched ranges in `text`, as (start, end) byte offsets.
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in &query.terms {
        let mut from = 0;
        while let Some(at) = find_word_start(&folded, term, from) {
            let last = at + term.len() - 1;
            let (Some(&start), Some(&last_origin)) = (origin.get(at), origin.get(last)) else { break };
            let end = last_origin + text.get(last_origin..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
            // Combining marks right after the last letter belong to it.
            let end = end + text.get(end..).map_or(0, |rest| rest.chars().take_while(|c| fold_char(*c).is_none()).map(char::len_utf8).sum());
            ranges.push((start, end));
            from = at + term.len();
        }
    }
    // Overlapping matches (`dan` and `da`) become one.
    // By start (the feed's one sort routine, see `sort_desc_stable`, on negated offsets).
    crate::feed::sort_desc_stable(&mut ranges, |&(start, _)| -i64::try_from(start).unwrap_or(i64::MAX));
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut pieces = Vec::new();
    let mut pos = 0;
    for (start, end) in merged {
        if start > pos {
            pieces.push((text.get(pos..start).unwrap_or("").to_string(), false));
        }
        pieces.push((text.get(start..end).unwrap_or("").to_string(), true));
        pos = end;
    }
    if pos < text.len() || pieces.is_empty() {
        pieces.push((text.get(pos..).unwrap_or("").to_string(), false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::CategoryRef;

    fn check_fold(input: &str, expected: &str) {
        assert_eq!(fold(input), expected, "fold({input:?})");
    }

    #[test]
    fn folding() {
        check_fold("Đảng - đoàn thể", "dang doan the");
        check_fold("DÂN VẬN", "dan van");
        check_fold("D\u{e2}n v\u{1ead}n", "dan van"); // NFC
        check_fold("Da\u{302}n va\u{323}\u{302}n", "dan van"); // NFD
        check_fold("“Chuyển đổi số” – năm 2026…", "chuyen doi so nam 2026");
        check_fold("  ", "");
        check_fold("Москва", "Москва"); // no ASCII form: kept, still searchable as typed
    }

    fn check_query(raw: &str, expected: &[&str]) {
        assert_eq!(Query::parse(raw).terms, expected, "Query::parse({raw:?})");
    }

    #[test]
    fn queries() {
        check_query("dan van", &["dan", "van"]);
        check_query("  DANG  ", &["dang"]);
        check_query("\"dân vận\" 2026", &["dan van", "2026"]);
        check_query("\"unclosed phrase", &["unclosed phrase"]);
        check_query("\"\" , ;", &[]);
    }

    fn item(id: &str, title: &str, body: &str, tags: &[&str]) -> Arc<Item> {
        Arc::new(Item {
            id: id.into(),
            slug: id.into(),
            title: Some(title.into()),
            summary: None,
            content_html: Some(body.into()),
            content_text: None,
            url: None,
            external_url: None,
            image: None,
            date_published: None,
            date_modified: None,
            authors: Vec::new(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            views: None,
            category: Some(CategoryRef { slug: "dang-doan-the".into(), name: "Đảng - đoàn thể".into() }),
            attachments: Vec::new(),
        })
    }

    fn check_search(items: &[Arc<Item>], raw: &str, expected: &[&str]) {
        let index = Index::build(items);
        let got: Vec<&str> = index.search(&Query::parse(raw)).iter().filter_map(|&i| items.get(i)).map(|i| i.id.as_str()).collect();
        assert_eq!(got, expected, "search {raw:?}");
    }

    #[test]
    fn searching() {
        let items = [
            item("1", "Hội nghị công tác dân vận năm 2026", "<p>Tổng kết.</p>", &[]),
            item("2", "Lễ hội mùa xuân", "<p>Công tác <b>dân vận</b> khéo ở cơ sở.</p>", &["văn hoá"]),
            item("3", "Da\u{302}n va\u{323}\u{302}n khéo", "", &[]), // NFD content
            item("4", "Vận động hiến máu", "<p>dân tham gia vận động</p>", &["y tế"]),
        ];
        check_search(&items, "dan van", &["1", "3", "2", "4"]); // titles first, then the rest
        check_search(&items, "\"dân vận\"", &["1", "3", "2"]); // the phrase: not item 4
        check_search(&items, "DANG", &["1", "2", "3", "4"]); // the category name, in all
        check_search(&items, "van hoa", &["2"]); // a tag
        check_search(&items, "Da\u{302}n va\u{323}\u{302}n", &["1", "3", "2", "4"]); // NFD query
        check_search(&items, "hien mau", &["4"]);
        check_search(&items, "ien", &[]); // not at a word start
        check_search(&items, "dân xyz", &[]); // every word must match
        check_search(&items, "", &[]);
    }

    fn check_highlight(text: &str, raw: &str, expected: &str) {
        let got: String = highlight(text, &Query::parse(raw)).into_iter().map(|(s, hit)| if hit { format!("[{s}]") } else { s }).collect();
        assert_eq!(got, expected, "highlight({text:?}, {raw:?})");
    }

    #[test]
    fn highlighting() {
        check_highlight("Công tác dân vận", "dan van", "Công tác [dân] [vận]");
        check_highlight("Công tác dân vận", "\"dân vận\"", "Công tác [dân vận]");
        check_highlight("Da\u{302}n va\u{323}\u{302}n", "dan", "[Da\u{302}n] va\u{323}\u{302}n");
        check_highlight("Đảng bộ, ĐẢNG viên", "dang", "[Đảng] bộ, [ĐẢNG] viên");
        check_highlight("<b>dân</b>", "dan", "<b>[dân]</b>"); // text stays text
        check_highlight("Không khớp", "xyz", "Không khớp");
        check_highlight("", "dan", "");
        check_highlight("dân dân", "dan da", "[dân] [dân]");
    }
}
