//! Local times entered in a training's zone become UTC here, DST-safely: a local time that does
//! not exist (spring forward) is rejected; one that occurs twice (fall back) is rejected unless
//! the caller says which of the two it means. Nothing is shifted silently.

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Timelike};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::error::AppError;

/// Which instant an ambiguous local time (it occurs twice when clocks go back) means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Ambiguity {
    /// Refuse ambiguous times (the default).
    Reject,
    /// The first occurrence (still on summer time).
    Earlier,
    /// The second occurrence (already on standard time).
    Later,
}

impl Ambiguity {
    pub fn parse(field: &str, raw: &str) -> Result<Ambiguity, AppError> {
        match raw.trim() {
            "" | "reject" => Ok(Ambiguity::Reject),
            "earlier" => Ok(Ambiguity::Earlier),
            "later" => Ok(Ambiguity::Later),
            other => Err(AppError::invalid(field, format!("{other:?} is not one of: reject, earlier, later"))),
        }
    }
}

/// The years a date may fall in. Beyond them the databases disagree (SQLite keeps text that
/// stops sorting and parsing as a date after 9999; PostgreSQL refuses dates before 4714 BC)
/// and nothing real is scheduled there.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// Refuses a date outside [`YEARS`], naming the field.
pub fn check_year(field: &str, date: NaiveDate) -> Result<NaiveDate, AppError> {
    if YEARS.contains(&date.year()) {
        Ok(date)
    } else {
        Err(AppError::invalid(
            field,
            format!("{} is not a plausible date: the year must be between {} and {}", date, YEARS.start(), YEARS.end()),
        ))
    }
}

/// Parses "2023-02-14T16:00" (the HTML datetime-local format; seconds optional), in [`YEARS`].
pub fn parse_local(field: &str, raw: &str) -> Result<NaiveDateTime, AppError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(AppError::invalid(field, "a date and time is required (YYYY-MM-DDTHH:MM)"));
    }
    let parsed = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M"))
        .map_err(|_| AppError::invalid(field, format!("{value:?} is not a date and time like 2023-02-14T16:00")))?;
    check_year(field, parsed.date())?;
    Ok(parsed)
}

/// Parses "2023-02-14" (the HTML date format), in [`YEARS`].
pub fn parse_date(field: &str, raw: &str) -> Result<NaiveDate, AppError> {
    let value = raw.trim();
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| {
        AppError::invalid(
            field,
            format!("{} must be a date as YYYY-MM-DD, not {value:?}", field.replace(['_', '.'], " ")),
        )
    })?;
    check_year(field, date)
}

/// Converts a local time in `tz` to naive UTC.
pub fn local_to_utc(
    field: &str,
    tz: Tz,
    local: NaiveDateTime,
    ambiguity: Ambiguity,
) -> Result<NaiveDateTime, AppError> {
    check_year(field, local.date())?;
    let utc = match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.naive_utc()),
        LocalResult::None => Err(AppError::invalid(
            field,
            format!(
                "{} does not exist in {}: the clocks skip that hour for daylight saving time; choose a time outside the gap",
                local.format("%H:%M on %-d %B %Y"),
                tz.name()
            ),
        )),
        LocalResult::Ambiguous(first, second) => match ambiguity {
            Ambiguity::Earlier => Ok(first.naive_utc()),
            Ambiguity::Later => Ok(second.naive_utc()),
            Ambiguity::Reject => Err(AppError::invalid(
                field,
                format!(
                    "{} happens twice in {} when the clocks go back (UTC{} and UTC{}); say which one you mean",
                    local.format("%H:%M on %-d %B %Y"),
                    tz.name(),
                    first.format("%:z"),
                    second.format("%:z")
                ),
            )),
        },
    }?;
    // late on 31 December 9999 west of Greenwich is already year 10000 in UTC
    check_year(field, utc.date())?;
    Ok(utc)
}

pub fn in_zone(utc: NaiveDateTime, tz: Tz) -> DateTime<Tz> {
    tz.from_utc_datetime(&utc)
}

/// The local value for an HTML datetime-local input.
pub fn to_local_input(utc: NaiveDateTime, tz: Tz) -> String {
    in_zone(utc, tz).format("%Y-%m-%dT%H:%M").to_string()
}

/// RFC 3339 with Z, for `<time datetime>` and JSON.
pub fn utc_rfc3339(utc: NaiveDateTime) -> String {
    utc.and_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Serde: a UTC time as RFC 3339 with `Z` (and its fraction of a second, if any), as the
/// OpenAPI `date-time` format says (a bare `NaiveDateTime` has no offset).
pub fn serialize_utc<S: serde::Serializer>(utc: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&utc.and_utc().to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
}

/// "Tue 14 Feb 2023"
pub fn day_label(t: &DateTime<Tz>) -> String {
    t.format("%a %-d %b %Y").to_string()
}

/// The end of a span as a clock time, with "+1 day" (or "+N days") when it ends on a later
/// day than it started in that zone: "23:00–01:30 +1 day".
pub fn end_time(start: &DateTime<Tz>, end: &DateTime<Tz>) -> String {
    match (end.date_naive() - start.date_naive()).num_days() {
        days if days <= 0 => end.format("%H:%M").to_string(),
        1 => format!("{} +1 day", end.format("%H:%M")),
        days => format!("{} +{days} days", end.format("%H:%M")),
    }
}

/// True when the local time of day is in the night (22:00 to 07:00).
pub fn is_night(t: &DateTime<Tz>) -> bool {
    let h = t.hour();
    !(7..22).contains(&h)
}

/// True when any part of [start, end) falls in the night at `tz`.
pub fn spans_night(start: NaiveDateTime, end: NaiveDateTime, tz: Tz) -> Option<DateTime<Tz>> {
    let s = in_zone(start, tz);
    if is_night(&s) {
        return Some(s);
    }
    // check each hour boundary and the last minute
    let mut t = start;
    while t < end {
        let local = in_zone(t, tz);
        if is_night(&local) {
            return Some(local);
        }
        t += chrono::Duration::minutes(30);
    }
    let last = in_zone(end - chrono::Duration::minutes(1), tz);
    is_night(&last).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Belgrade;

    fn local(s: &str) -> NaiveDateTime {
        parse_local("t", s).unwrap()
    }

    #[test]
    fn a_span_past_midnight_says_plus_one_day() {
        let start = in_zone(local("2023-02-14T14:00"), chrono_tz::Asia::Seoul); // 23:00 in Seoul
        let end = in_zone(local("2023-02-14T16:30"), chrono_tz::Asia::Seoul); // 01:30 the next day
        assert_eq!(end_time(&start, &end), "01:30 +1 day");
        let same = in_zone(local("2023-02-14T14:30"), chrono_tz::Asia::Seoul);
        assert_eq!(end_time(&start, &same), "23:30");
        let later = in_zone(local("2023-02-16T16:30"), chrono_tz::Asia::Seoul);
        assert_eq!(end_time(&start, &later), "01:30 +3 days");
    }

    #[test]
    fn belgrade_spring_gap_is_rejected() {
        // 26 March 2023: 02:00 → 03:00 in Europe/Belgrade
        let err = local_to_utc("starts_at", Belgrade, local("2023-03-26T02:30"), Ambiguity::Earlier).unwrap_err();
        assert_eq!(err.field(), Some("starts_at"));
        assert!(err.to_string().contains("does not exist"), "{err}");
        assert_eq!(
            local_to_utc("s", Belgrade, local("2023-03-26T03:00"), Ambiguity::Reject).unwrap(),
            local("2023-03-26T01:00")
        );
        assert_eq!(
            local_to_utc("s", Belgrade, local("2023-03-26T01:59"), Ambiguity::Reject).unwrap(),
            local("2023-03-26T00:59")
        );
    }

    #[test]
    fn belgrade_autumn_overlap_needs_a_choice() {
        // 29 October 2023: 03:00 → 02:00, so 02:30 happens twice
        let t = local("2023-10-29T02:30");
        assert!(local_to_utc("s", Belgrade, t, Ambiguity::Reject).unwrap_err().to_string().contains("twice"));
        assert_eq!(local_to_utc("s", Belgrade, t, Ambiguity::Earlier).unwrap(), local("2023-10-29T00:30"));
        assert_eq!(local_to_utc("s", Belgrade, t, Ambiguity::Later).unwrap(), local("2023-10-29T01:30"));
    }

    #[test]
    fn night_detection() {
        let tz: Tz = "Europe/Belgrade".parse().unwrap();
        // 01:00 UTC is 02:00 in Belgrade in winter
        assert!(spans_night(local("2023-02-14T01:00"), local("2023-02-14T03:00"), tz).is_some());
        assert!(spans_night(local("2023-02-14T07:00"), local("2023-02-14T10:00"), tz).is_none());
        // ends at 22:30 local → night
        assert!(spans_night(local("2023-02-14T19:00"), local("2023-02-14T21:30"), tz).is_some());
        // ends exactly at 22:00 local → fine
        assert!(spans_night(local("2023-02-14T18:00"), local("2023-02-14T21:00"), tz).is_none());
    }
}
