//! Plain-text helpers: excerpts from HTML bodies and paragraphs from `content_text`.
//! No DOM here: these run on the host and feed list cards, not article bodies.

/// Visible text of an HTML fragment: tags removed (with the content of `script`, `style`
/// and friends), common entities decoded, white space collapsed. For excerpts, not display
/// of markup: the result is text and is always inserted as text.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some((before, after_lt)) = rest.split_once('<') {
        push_decoded(&mut out, before);
        let Some((tag, after_gt)) = after_lt.split_once('>') else {
            rest = ""; // an unterminated tag hides the rest, as a browser would
            break;
        };
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        rest = after_gt;
        if !tag.starts_with('/') && matches!(name.as_str(), "script" | "style" | "noscript" | "template" | "title") {
            // Skip to the matching end tag, case-insensitively.
            let end = format!("</{name}");
            // ASCII lower-casing keeps byte offsets, so `i` is valid in `rest` too.
            let lower = rest.to_ascii_lowercase();
            rest = lower.find(&end).and_then(|i| rest.get(i..)).unwrap_or("");
            continue;
        }
        if matches!(name.as_str(), "p" | "br" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "figcaption" | "tr" | "td" | "th" | "blockquote") {
            out.push(' ');
        }
    }
    push_decoded(&mut out, rest);
    collapse_whitespace(&out)
}

fn push_decoded(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('&') {
        out.push_str(before);
        let name_len = after.find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).unwrap_or(after.len());
        let (name, tail) = after.split_at_checked(name_len).unwrap_or((after, ""));
        match (tail.strip_prefix(';'), decode_entity(name)) {
            (Some(tail), Some(c)) => {
                out.push(c);
                rest = tail;
            }
            _ => {
                out.push('&'); // not an entity we know: the text as written
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "copy" => '©',
        _ => return None,
    })
}

/// `text` in straight double quotes, for diagnostics (no escaping machinery needed: the
/// result is only ever shown as text).
pub fn quoted(text: &str) -> String {
    format!("\"{text}\"")
}

/// Runs of white space become one space; the ends are trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max_chars` characters, cut at a word boundary, with `…` when cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > max_chars / 2).unwrap_or(cut.len());
    format!("{}…", cut.get(..at_word).unwrap_or(&cut).trim_end_matches([' ', ',', '.', ';', ':']))
}

/// `content_text` to paragraphs: blank lines separate paragraphs, single line breaks
/// inside a paragraph are kept as separate lines.
pub fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    normalised
        .split("\n\n")
        .map(|para| {
            para.lines().map(collapse_whitespace).filter(|l| !l.is_empty()).collect::<Vec<_>>()
        })
        .filter(|lines| !lines.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_to_text_cases() {
        for (html, expected) in [
            ("<p>Xin chào <b>bà con</b></p>", "Xin chào bà con"),
            ("<p>Một</p><p>Hai</p>", "Một Hai"),
            ("A &amp; B &lt;i&gt; &#273;&#x1ea1;i", "A & B <i> đại"),
            ("<script>alert(1)</script>Tin", "Tin"),
            ("<STYLE>p{}</STYLE>Tin<style>", "Tin"),
            ("Giá &unknown; 5 & 6 &#0; &#xZZ;", "Giá &unknown; 5 & 6 &#0; &#xZZ;"),
            ("chưa đóng <b", "chưa đóng"),
            ("<img src=x onerror=alert(1)>ảnh", "ảnh"),
            ("dòng<br>mới", "dòng mới"),
            ("", ""),
        ] {
            assert_eq!(html_to_text(html), expected, "{html:?}");
        }
    }

    #[test]
    fn excerpts() {
        for (text, max, expected) in [
            ("Ngắn gọn", 20, "Ngắn gọn"),
            ("Hội nghị tổng kết công tác năm 2024", 20, "Hội nghị tổng kết…"),
            ("Mộtchuỗirấtdàikhôngcódấucách", 10, "Mộtchuỗirấ…"),
        ] {
            assert_eq!(excerpt(text, max), expected, "{text:?}");
        }
    }

    #[test]
    fn paragraphs_from_text() {
        assert_eq!(
            paragraphs("Đoạn một\ncòn tiếp.\r\n\r\nĐoạn  hai.\n\n\n  \n"),
            vec![vec!["Đoạn một".to_string(), "còn tiếp.".to_string()], vec!["Đoạn hai.".to_string()]]
        );
        assert!(paragraphs(" \n\n ").is_empty());
    }
}
