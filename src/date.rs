//! RFC 3339 timestamps as JSON Feed carries them, kept in the publisher's own UTC offset.
//!
//! A portal writes `2018-09-12T11:39:00+07:00` and its readers expect `12/09/2018 | 11:39`
//! wherever they are, so we keep the wall-clock fields as written and compute the UTC instant
//! only for sorting. No time-zone database is needed.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// Offset east of UTC in minutes, as written (`Z` is 0).
    pub offset_minutes: i16,
    /// False for a bare date (`2018-09-12`): there is no time of day to show.
    pub has_time: bool,
}

impl Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z: the instant, for ordering.
    pub fn unix_seconds(&self) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day);
        days * 86_400 + i64::from(self.hour) * 3600 + i64::from(self.minute) * 60
            + i64::from(self.second)
            - i64::from(self.offset_minutes) * 60
    }
}

/// Parses RFC 3339, leniently: `t`/space for `T`, lower-case `z`, missing seconds, any
/// fraction, and a bare date. Returns `None` for anything else or an impossible date.
pub fn parse_rfc3339(input: &str) -> Option<Timestamp> {
    let s = input.trim();
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let part = b.get(from..from + len)?;
        part.iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    let year = num(0, 4)? as i32;
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let month = num(5, 2)? as u8;
    let day = num(8, 2)? as u8;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let mut ts = Timestamp { year, month, day, hour: 0, minute: 0, second: 0, offset_minutes: 0, has_time: false };
    if b.len() == 10 {
        return Some(ts);
    }
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) || b.get(13) != Some(&b':') {
        return None;
    }
    ts.hour = num(11, 2)? as u8;
    ts.minute = num(14, 2)? as u8;
    ts.has_time = true;
    let mut i = 16;
    if b.get(i) == Some(&b':') {
        ts.second = num(i + 1, 2)? as u8;
        i += 3;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return None;
            }
        }
    }
    if ts.hour > 23 || ts.minute > 59 || ts.second > 60 {
        return None;
    }
    ts.offset_minutes = match b.get(i) {
        Some(b'Z' | b'z') if b.len() == i + 1 => 0,
        Some(&sign @ (b'+' | b'-')) if b.len() == i + 6 && b.get(i + 3) == Some(&b':') => {
            let (h, m) = (num(i + 1, 2)?, num(i + 4, 2)?);
            if h > 23 || m > 59 {
                return None;
            }
            let minutes = (h * 60 + m) as i16;
            if sign == b'-' { -minutes } else { minutes }
        }
        _ => return None,
    };
    Some(ts)
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(y: i32, mo: u8, d: u8, h: u8, mi: u8, s: u8, off: i16) -> Timestamp {
        Timestamp { year: y, month: mo, day: d, hour: h, minute: mi, second: s, offset_minutes: off, has_time: true }
    }

    fn check_parse(input: &str, expected: Option<Timestamp>) {
        assert_eq!(parse_rfc3339(input), expected, "parse_rfc3339({input:?})");
    }

    #[test]
    fn parses_what_feeds_write() {
        let date_only = Timestamp { has_time: false, ..ts(2018, 9, 12, 0, 0, 0, 0) };
        for (input, expected) in [
            ("2018-09-12T11:39:00+07:00", Some(ts(2018, 9, 12, 11, 39, 0, 420))),
            ("2018-09-12T11:39:00Z", Some(ts(2018, 9, 12, 11, 39, 0, 0))),
            ("2018-09-12t11:39:00z", Some(ts(2018, 9, 12, 11, 39, 0, 0))),
            ("2018-09-12 11:39:07.123456-05:30", Some(ts(2018, 9, 12, 11, 39, 7, -330))),
            ("2018-09-12T11:39+07:00", Some(ts(2018, 9, 12, 11, 39, 0, 420))),
            (" 2018-09-12T11:39:00+07:00 ", Some(ts(2018, 9, 12, 11, 39, 0, 420))),
            ("2018-09-12", Some(date_only)),
            ("2024-02-29T00:00:00Z", Some(ts(2024, 2, 29, 0, 0, 0, 0))),
            ("2023-02-29T00:00:00Z", None),
            ("2018-13-01T00:00:00Z", None),
            ("2018-09-12T24:00:00Z", None),
            ("2018-09-12T11:39:00", None),
            ("2018-09-12T11:39:00+7:00", None),
            ("2018-09-12T11:39:00.Z", None),
            ("12/09/2018 11:39", None),
            ("2018-09-12T11:39:00+07:00garbage", None),
            ("", None),
            ("２０１８-09-12", None),
            ("2018-0٩-12", None),
        ] {
            check_parse(input, expected);
        }
    }

    #[test]
    fn unix_seconds_respects_the_offset() {
        for (input, expected) in [
            ("1970-01-01T00:00:00Z", 0),
            ("1970-01-01T07:00:00+07:00", 0),
            ("2018-09-12T11:39:00+07:00", 1_536_727_140),
            ("1969-12-31T23:59:59Z", -1),
            ("2000-03-01T00:00:00Z", 951_868_800),
        ] {
            let parsed = parse_rfc3339(input).unwrap_or_else(|| panic!("{input}"));
            assert_eq!(parsed.unix_seconds(), expected, "{input}");
        }
    }
}
