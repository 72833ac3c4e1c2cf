//! Dates and times as each language writes them ("14 февраля 2023 г.", "2023년 2월 14일"),
//! from CLDR's data through ICU4X, always in the Gregorian calendar (sessions are planned in
//! it, and a reader's locale must not move them into another calendar). Clock times use the
//! 24-hour clock in every language: a schedule that spans several countries' zones reads
//! without AM/PM, and its columns line up.

use std::cell::RefCell;

use chrono::{Datelike, NaiveDate, Timelike};
use icu_datetime::fieldsets::{T, YMD, YMDE};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::Length;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale_core::Locale;

use super::messages::pseudo_text;
use super::Lang;

use icu_calendar::Gregorian;

/// The formatters of one language on one thread (ICU4X formatters are cheap to make from
/// compiled data but are not `Sync`; each worker thread keeps its own).
struct Formatters {
    long: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    weekday: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    time: FixedCalendarDateTimeFormatter<Gregorian, T>,
    long_time: FixedCalendarDateTimeFormatter<Gregorian, icu_datetime::fieldsets::YMDT>,
}

/// The CLDR locale behind a language. English is written the international way (day before
/// month: "14 February 2023"), as the participants of these trainings read it.
pub(crate) fn locale(lang: Lang) -> Locale {
    let tag = match lang {
        Lang::En | Lang::Pseudo => "en-GB-u-hc-h23",
        Lang::Fr => "fr-u-hc-h23",
        Lang::Es => "es-u-hc-h23",
        Lang::Ru => "ru-u-hc-h23",
        Lang::Zh => "zh-u-hc-h23",
        Lang::Ar => "ar-u-hc-h23",
        Lang::Ko => "ko-u-hc-h23",
        Lang::Mn => "mn-u-hc-h23",
        Lang::Sq => "sq-u-hc-h23",
        Lang::Uz => "uz-u-hc-h23",
    };
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

fn formatters(lang: Lang) -> Option<Formatters> {
    let prefs = (&locale(lang)).into();
    Some(Formatters {
        long: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::for_length(Length::Long)).ok()?,
        weekday: FixedCalendarDateTimeFormatter::try_new(prefs, YMDE::for_length(Length::Medium)).ok()?,
        time: FixedCalendarDateTimeFormatter::try_new(prefs, T::hm()).ok()?,
        long_time: FixedCalendarDateTimeFormatter::try_new(prefs, YMD::for_length(Length::Long).with_time_hm()).ok()?,
    })
}

thread_local! {
    static FORMATTERS: RefCell<Vec<Option<Option<Formatters>>>> = RefCell::new((0..Lang::ALL.len()).map(|_| None).collect());
}

/// Runs `f` with this thread's formatters for `lang`; None when ICU4X has no data for it
/// (never for the languages compiled in, but a date must never fail a page).
fn with<R>(lang: Lang, f: impl FnOnce(&Formatters) -> R) -> Option<R> {
    FORMATTERS.with(|cell| {
        let mut all = cell.borrow_mut();
        let slot = all[lang.index()].get_or_insert_with(|| formatters(lang));
        slot.as_ref().map(f)
    })
}

fn gregorian(date: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8).ok()
}

/// "14 February 2023", "14 февраля 2023 г.", "2023년 2월 14일".
pub fn long(lang: Lang, date: NaiveDate) -> String {
    let text = gregorian(date)
        .and_then(|d| with(lang, |f| f.long.format(&d).to_string()))
        .unwrap_or_else(|| date.format("%Y-%m-%d").to_string());
    pseudo_text(lang, text)
}

/// With the weekday: "Tue 14 Feb 2023", "вт, 14 февр. 2023 г.", "2023. 2. 14. (화)".
pub fn with_weekday(lang: Lang, date: NaiveDate) -> String {
    let text = gregorian(date)
        .and_then(|d| with(lang, |f| f.weekday.format(&d).to_string()))
        .unwrap_or_else(|| date.format("%Y-%m-%d").to_string());
    pseudo_text(lang, text)
}

/// A date and a clock time: "14 February 2023, 09:00".
pub fn long_with_time(lang: Lang, at: chrono::NaiveDateTime) -> String {
    let text = gregorian(at.date())
        .zip(Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0).ok())
        .and_then(|(date, time)| with(lang, |f| f.long_time.format(&DateTime { date, time }).to_string()))
        .unwrap_or_else(|| at.format("%Y-%m-%d %H:%M").to_string());
    pseudo_text(lang, text)
}

/// A clock time on the 24-hour clock in the language's digits and separators: "09:00".
pub fn time(lang: Lang, t: impl Timelike) -> String {
    let text = Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0)
        .ok()
        .and_then(|time| with(lang, |f| f.time.format(&time).to_string()))
        .unwrap_or_else(|| format!("{:02}:{:02}", t.hour(), t.minute()));
    pseudo_text(lang, text)
}

/// The days a training runs: one date, or the first and the last.
pub fn span(lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        return long(lang, first);
    }
    if lang == Lang::En {
        // English compacts a range the CLDR way ("14–16 February 2023"); ICU4X has no
        // interval formatter yet, so other languages write both dates in full.
        return if (first.year(), first.month()) == (last.year(), last.month()) {
            format!("{}–{}", first.day(), long(lang, last))
        } else {
            format!("{} – {}", long(lang, first), long(lang, last))
        };
    }
    lang.t2("date-span", "first", long(lang, first), "last", long(lang, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_in_each_language() {
        assert_eq!(long(Lang::En, d(2023, 2, 14)), "14 February 2023");
        assert_eq!(long(Lang::Ru, d(2023, 2, 14)), "14 февраля 2023\u{202f}г.");
        assert_eq!(long(Lang::Ko, d(2023, 2, 14)), "2023년 2월 14일");
        assert!(long(Lang::Mn, d(2023, 2, 14)).contains("2023"), "{}", long(Lang::Mn, d(2023, 2, 14)));
        assert_eq!(span(Lang::En, d(2023, 2, 14), d(2023, 2, 16)), "14–16 February 2023");
        assert_eq!(time(Lang::Ko, chrono::NaiveTime::from_hms_opt(16, 5, 0).unwrap()), "16:05");
        assert_eq!(time(Lang::En, chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap()), "09:00");
        // the pseudo-locale transforms dates too, so none reads as untranslated English
        assert!(!long(Lang::Pseudo, d(2023, 2, 14)).contains("February"));
    }
}
