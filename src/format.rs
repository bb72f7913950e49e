//! Numbers and dates the way readers of each UI language expect them.

use crate::date::Timestamp;
use crate::i18n::Lang;

/// `12034` → `12.034` (Vietnamese) or `12,034` (English).
pub fn group_thousands(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The date as the publisher wrote it, in the timestamp's own offset:
/// `12/09/2018 | 11:39` (vi) or `12 Sep 2018 | 11:39` (en); the time part only when known.
pub fn publication_time(ts: &Timestamp, lang: Lang) -> String {
    let date = match lang {
        Lang::Vi => format!("{:02}/{:02}/{}", ts.day, ts.month, ts.year),
        Lang::En => {
            let month = MONTHS_EN.get(usize::from(ts.month).saturating_sub(1)).unwrap_or(&"");
            format!("{} {month} {}", ts.day, ts.year)
        }
    };
    if ts.has_time {
        format!("{date} | {:02}:{:02}", ts.hour, ts.minute)
    } else {
        date
    }
}

/// Short date for lists: `12/09/2018` (vi) or `12 Sep 2018` (en).
pub fn short_date(ts: &Timestamp, lang: Lang) -> String {
    publication_time(&Timestamp { has_time: false, ..*ts }, lang)
}

/// ISO form for `<time datetime=…>`, keeping the publisher's offset.
pub fn machine_time(ts: &Timestamp) -> String {
    if !ts.has_time {
        return format!("{:04}-{:02}-{:02}", ts.year, ts.month, ts.day);
    }
    let off = ts.offset_minutes;
    let sign = if off < 0 { '-' } else { '+' };
    let off = off.unsigned_abs();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        ts.year, ts.month, ts.day, ts.hour, ts.minute, ts.second, off / 60, off % 60
    )
}

/// `1,2 MB` (vi) / `1.2 MB` (en); `850 KB` below a megabyte.
pub fn file_size(bytes: u64, lang: Lang) -> String {
    if bytes < 1_000_000 {
        return format!("{} KB", bytes.div_ceil(1000).max(1));
    }
    let tenths = (bytes + 50_000) / 100_000;
    let sep = match lang {
        Lang::Vi => ',',
        Lang::En => '.',
    };
    format!("{}{sep}{} MB", group_thousands(tenths / 10, lang), tenths % 10)
}

/// A short kind for a file: `PDF`, `Word`, `Excel`… from its MIME type, else its extension.
pub fn file_kind(mime_type: Option<&str>, url: &str) -> Option<String> {
    let by_mime = match mime_type.unwrap_or("") {
        "application/pdf" => Some("PDF"),
        "application/msword" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Some("Word"),
        "application/vnd.ms-excel" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => Some("Excel"),
        "application/zip" => Some("ZIP"),
        _ => None,
    };
    by_mime.map(str::to_string).or_else(|| {
        let path = url.split(['?', '#']).next().unwrap_or("");
        let ext = path.rsplit_once('/').map_or(path, |(_, f)| f).rsplit_once('.')?.1;
        (1..=5).contains(&ext.len()).then(|| ext.to_ascii_uppercase()).filter(|e| e.bytes().all(|b| b.is_ascii_alphanumeric()))
    })
}

/// `Lượt xem: 12.034`.
pub fn views_label(views: u64, lang: Lang) -> String {
    format!("{}: {}", lang.strings().views, group_thousands(views, lang))
}

/// `Trang 2/5` for pagination.
pub fn page_of(page: usize, pages: usize, lang: Lang) -> String {
    format!("{} {page}/{pages}", lang.strings().page)
}

/// `Tìm thấy 1.234 tin` / `1,234 articles found`.
pub fn results_found(n: usize, lang: Lang) -> String {
    let count = group_thousands(n as u64, lang);
    match lang {
        Lang::Vi => format!("Tìm thấy {count} tin"),
        Lang::En if n == 1 => "1 article found".to_string(),
        Lang::En => format!("{count} articles found"),
    }
}

/// `Đọc khoảng 3 phút` / `3 min read`.
pub fn reading_time(minutes: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Đọc khoảng {minutes} phút"),
        Lang::En => format!("{minutes} min read"),
    }
}

/// Page title: `Article — Site`.
pub fn document_title(page: Option<&str>, site: &str) -> String {
    match page {
        Some(p) if !p.trim().is_empty() => format!("{} — {site}", p.trim()),
        _ => site.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::parse_rfc3339;

    #[test]
    fn thousands() {
        for (n, vi, en) in [
            (0, "0", "0"),
            (858, "858", "858"),
            (1234, "1.234", "1,234"),
            (12034, "12.034", "12,034"),
            (1_000_000, "1.000.000", "1,000,000"),
            (u64::MAX, "18.446.744.073.709.551.615", "18,446,744,073,709,551,615"),
        ] {
            assert_eq!(group_thousands(n, Lang::Vi), vi);
            assert_eq!(group_thousands(n, Lang::En), en);
        }
    }

    fn check_time(input: &str, vi: &str, en: &str, iso: &str) {
        let ts = parse_rfc3339(input).unwrap_or_else(|| panic!("unparsed {input}"));
        assert_eq!(publication_time(&ts, Lang::Vi), vi, "{input}");
        assert_eq!(publication_time(&ts, Lang::En), en, "{input}");
        assert_eq!(machine_time(&ts), iso, "{input}");
    }

    #[test]
    fn publication_times_keep_the_publishers_offset() {
        check_time("2018-09-12T11:39:00+07:00", "12/09/2018 | 11:39", "12 Sep 2018 | 11:39", "2018-09-12T11:39:00+07:00");
        // 04:39 UTC is 11:39 in Hà Nội, but the feed wrote UTC: show what it wrote.
        check_time("2018-09-12T04:39:00Z", "12/09/2018 | 04:39", "12 Sep 2018 | 04:39", "2018-09-12T04:39:00+00:00");
        check_time("2021-01-05T23:05:09-05:30", "05/01/2021 | 23:05", "5 Jan 2021 | 23:05", "2021-01-05T23:05:09-05:30");
        check_time("2020-02-29", "29/02/2020", "29 Feb 2020", "2020-02-29");
    }

    #[test]
    fn files() {
        for (bytes, vi, en) in [(0, "1 KB", "1 KB"), (850_000, "850 KB", "850 KB"), (1_234_567, "1,2 MB", "1.2 MB"), (12_960_000, "13,0 MB", "13.0 MB"), (2_500_000_000, "2.500,0 MB", "2,500.0 MB")] {
            assert_eq!(file_size(bytes, Lang::Vi), vi);
            assert_eq!(file_size(bytes, Lang::En), en);
        }
        for (mime, url, expected) in [
            (Some("application/pdf"), "x", Some("PDF")),
            (None, "/tep/Quyet-dinh.DOCX?v=2", Some("DOCX")),
            (Some("text/plain"), "/tep/ghi-chu.txt", Some("TXT")),
            (None, "/tep/khong-duoi", None),
            (None, "/thu.muc/tep", None),
            (None, "/tep/x.<script>", None),
        ] {
            assert_eq!(file_kind(mime, url).as_deref(), expected, "{mime:?} {url}");
        }
    }

    #[test]
    fn labels() {
        assert_eq!(views_label(858, Lang::Vi), "Lượt xem: 858");
        assert_eq!(views_label(12034, Lang::Vi), "Lượt xem: 12.034");
        assert_eq!(views_label(12034, Lang::En), "Views: 12,034");
        assert_eq!(page_of(2, 5, Lang::Vi), "Trang 2/5");
        assert_eq!(document_title(Some(" Tin "), "Cổng TTĐT"), "Tin — Cổng TTĐT");
        assert_eq!(document_title(Some(""), "Cổng TTĐT"), "Cổng TTĐT");
        assert_eq!(document_title(None, "Cổng TTĐT"), "Cổng TTĐT");
    }

    #[test]
    fn counts_and_reading_time() {
        for (got, expected) in [
            (results_found(1234, Lang::Vi), "Tìm thấy 1.234 tin"),
            (results_found(1, Lang::En), "1 article found"),
            (results_found(1234, Lang::En), "1,234 articles found"),
            (reading_time(3, Lang::Vi), "Đọc khoảng 3 phút"),
            (reading_time(1, Lang::En), "1 min read"),
        ] {
            assert_eq!(got, expected);
        }
    }
}
