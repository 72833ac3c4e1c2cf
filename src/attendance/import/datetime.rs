//! The date-and-time forms the reports use, read by hand rather than by trying a list of
//! `strftime` patterns: one pass per cell, and the odd spaces of newer exports (a no-break or
//! narrow no-break space before "AM") need no extra pattern.
//!
//! Read: a month name ("Feb 14, 2023", "February 14, 2023"), US numeric month/day/year with a
//! 2- or 4-digit year ("02/14/2023", "2/14/23"), ISO year-month-day ("2023-02-14", also with a
//! "T"), and day.month.year with dots ("14.02.2023", the only day-first form, because dots are
//! never month-first). A comma may follow the date. Then hours:minutes with optional seconds
//! (fractions ignored) and an optional AM/PM. Day-first with slashes ("14/02/2023") is not read:
//! it cannot be told from the US form, and reading 03/04 wrongly would move a session by a month.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// Examples of what is read, for error messages.
pub(crate) const EXAMPLES: &str =
    "e.g. \"Feb 14, 2023 07:58:12\", \"02/14/2023 07:58:12 AM\", \"2/14/23, 7:58:12 AM\" or \"2023-02-14 07:58:12\"";

/// A date and time in one of the forms above; `None` for anything else.
pub(crate) fn parse_datetime(cell: &str) -> Option<NaiveDateTime> {
    let mut cursor = Cursor::new(cell.trim());
    let date = cursor.date()?;
    cursor.spaces();
    if cursor.eat(',') || cursor.eat('T') {
        cursor.spaces();
    }
    let time = cursor.time()?;
    cursor.end()?;
    Some(date.and_time(time))
}

/// A time of day without a date ("11:02:00 AM").
pub(crate) fn parse_time_of_day(cell: &str) -> Option<NaiveTime> {
    let mut cursor = Cursor::new(cell.trim());
    let time = cursor.time()?;
    cursor.end()?;
    Some(time)
}

struct Cursor<'a> {
    rest: &'a str,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Cursor<'a> {
        Cursor { rest: text }
    }

    fn spaces(&mut self) {
        self.rest = self.rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{202F}' || c == '\u{00A0}');
    }

    fn eat(&mut self, c: char) -> bool {
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn end(&mut self) -> Option<()> {
        self.spaces();
        self.rest.is_empty().then_some(())
    }

    /// A run of 1 to `max` ASCII digits and how many there were.
    fn number(&mut self, max: usize) -> Option<(u32, usize)> {
        let digits = self.rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > max {
            return None;
        }
        let value = self.rest[..digits].parse().ok()?;
        self.rest = &self.rest[digits..];
        Some((value, digits))
    }

    fn word(&mut self) -> &'a str {
        let len = self.rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let (word, rest) = self.rest.split_at(len);
        self.rest = rest;
        word
    }

    fn date(&mut self) -> Option<NaiveDate> {
        if self.rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let month = month_number(self.word())?;
            self.spaces();
            let (day, _) = self.number(2)?;
            self.eat(',');
            self.spaces();
            let (year, digits) = self.number(4)?;
            if digits != 4 {
                return None;
            }
            return NaiveDate::from_ymd_opt(year as i32, month, day);
        }
        let (first, first_digits) = self.number(4)?;
        if first_digits == 4 {
            if !self.eat('-') {
                return None;
            }
            let (month, _) = self.number(2)?;
            if !self.eat('-') {
                return None;
            }
            let (day, _) = self.number(2)?;
            return NaiveDate::from_ymd_opt(first as i32, month, day);
        }
        let separator = if self.eat('/') {
            '/'
        } else if self.eat('.') {
            '.'
        } else {
            return None;
        };
        let (second, _) = self.number(2)?;
        if !self.eat(separator) {
            return None;
        }
        let (year, digits) = self.number(4)?;
        let year = match digits {
            2 => 2000 + year as i32,
            4 => year as i32,
            _ => return None,
        };
        if first_digits > 2 {
            return None;
        }
        if separator == '/' {
            NaiveDate::from_ymd_opt(year, first, second)
        } else {
            NaiveDate::from_ymd_opt(year, second, first)
        }
    }

    fn time(&mut self) -> Option<NaiveTime> {
        let (hour, _) = self.number(2)?;
        if !self.eat(':') {
            return None;
        }
        let (minute, minute_digits) = self.number(2)?;
        let mut second = 0;
        if self.eat(':') {
            let (s, digits) = self.number(2)?;
            if digits != 2 {
                return None;
            }
            second = s;
            if self.eat('.') {
                self.number(9)?;
            }
        }
        if minute_digits != 2 {
            return None;
        }
        self.spaces();
        let hour = match self.meridiem() {
            Some(pm) => {
                if !(1..=12).contains(&hour) {
                    return None;
                }
                hour % 12 + if pm { 12 } else { 0 }
            }
            None => hour,
        };
        NaiveTime::from_hms_opt(hour, minute, second)
    }

    /// "AM"/"PM" in any case, also "a.m."/"p.m."; `Some(true)` for PM.
    fn meridiem(&mut self) -> Option<bool> {
        let lower = self.rest.get(..4).unwrap_or(self.rest).to_ascii_lowercase();
        for (form, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
            if lower.starts_with(form) {
                let rest = &self.rest[form.len()..];
                if rest.starts_with(|c: char| c.is_alphanumeric()) {
                    return None;
                }
                self.rest = rest;
                return Some(pm);
            }
        }
        None
    }
}

fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if word.len() < 3 {
        return None;
    }
    let word = word.to_ascii_lowercase();
    let index =
        MONTHS.iter().position(|month| month.starts_with(&word) || (word == "sept" && *month == "september"))?;
    Some(index as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> Option<NaiveDateTime> {
        NaiveDate::from_ymd_opt(y, mo, d).unwrap().and_hms_opt(h, mi, s)
    }

    #[test]
    fn reads_the_zoom_forms() {
        assert_eq!(parse_datetime("Feb 14, 2023 07:58:12"), at(2023, 2, 14, 7, 58, 12));
        assert_eq!(parse_datetime("Feb 14, 2023 19:13:27"), at(2023, 2, 14, 19, 13, 27));
        assert_eq!(parse_datetime("Mar 28, 2020 8:07 AM"), at(2020, 3, 28, 8, 7, 0));
        assert_eq!(parse_datetime("February 14, 2023 7:58:12 PM"), at(2023, 2, 14, 19, 58, 12));
        assert_eq!(parse_datetime("Sept 4, 2023 12:00:00 AM"), at(2023, 9, 4, 0, 0, 0));
        assert_eq!(parse_datetime("02/14/2023 07:58:12 AM"), at(2023, 2, 14, 7, 58, 12));
        assert_eq!(parse_datetime("02/14/2023 12:58:12 PM"), at(2023, 2, 14, 12, 58, 12));
        assert_eq!(parse_datetime("02/14/2023 19:02"), at(2023, 2, 14, 19, 2, 0));
        assert_eq!(parse_datetime(" 2023-02-14 07:58:12 "), at(2023, 2, 14, 7, 58, 12));
        assert_eq!(parse_datetime("2023-02-14T07:58:12.250"), at(2023, 2, 14, 7, 58, 12));
    }

    #[test]
    fn reads_the_teams_forms() {
        assert_eq!(parse_datetime("2/14/23, 7:58:12 AM"), at(2023, 2, 14, 7, 58, 12));
        assert_eq!(parse_datetime("2/14/2023, 7:58:12 PM"), at(2023, 2, 14, 19, 58, 12));
        assert_eq!(parse_datetime("2/14/23, 7:58:12\u{202F}AM"), at(2023, 2, 14, 7, 58, 12));
        assert_eq!(parse_datetime("2/14/23, 7:58:12 a.m."), at(2023, 2, 14, 7, 58, 12));
        assert_eq!(parse_datetime("14.02.2023, 07:58:12"), at(2023, 2, 14, 7, 58, 12));
        assert_eq!(parse_time_of_day("11:02:00 AM"), NaiveTime::from_hms_opt(11, 2, 0));
    }

    #[test]
    fn refuses_what_it_cannot_read_unambiguously() {
        for bad in [
            "",
            "--",
            "14/02/2023 07:58:12",
            "02/30/2023 07:58:12",
            "02/14/2023 13:00:00 PM",
            "02/14/2023 0:10:00 AM",
            "02/14/2023 25:00:00",
            "02/14/2023 07:61:00",
            "02/14/2023 7:5:00",
            "02/14/2023",
            "Foo 14, 2023 07:00:00",
            "Feb 14, 23 07:00:00",
            "2023/02/14 07:00:00",
            "02/14/2023 07:58:12 AMX",
            "02/14/2023 07:58:12 x",
            "123/14/2023 07:58:12",
        ] {
            assert_eq!(parse_datetime(bad), None, "{bad:?}");
        }
    }
}
