//! A schedule shown in several time zones: the training's own, then one per co-organising
//! country (one column per distinct zone), plus warnings when a session falls in someone's night.

use chrono::NaiveDateTime;
use chrono_tz::Tz;

use super::{Organiser, Session, Training};
use crate::domain::time::{day_label, in_zone, spans_night, utc_rfc3339};
use crate::domain::Country;
use crate::i18n::{dates, Lang};

/// One column of the schedule.
pub struct ZoneColumn {
    pub tz: Tz,
    /// "Seoul", or "Pristina, Belgrade" when countries share a zone.
    pub label: String,
    pub is_training_zone: bool,
}

/// One cell: a session's times in one zone.
pub struct ZoneCell {
    /// The column's label ("Seoul"), repeated in the cell for narrow screens, where each
    /// session is a card and the column headers are not shown.
    pub zone: String,
    /// The training's own zone (the page says so in the reader's language).
    pub training_zone: bool,
    pub day: String,
    pub start: String,
    pub end: String,
    /// "UTC+09:00"
    pub offset: String,
    pub night: bool,
}

pub struct ScheduleRow {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub join_url: Option<String>,
    pub starts_utc: String,
    pub ends_utc: String,
    pub minutes: i64,
    pub cells: Vec<ZoneCell>,
}

pub struct Schedule {
    pub columns: Vec<ZoneColumn>,
    pub rows: Vec<ScheduleRow>,
    pub warnings: Vec<String>,
}

fn city_of(tz: Tz) -> String {
    tz.name().rsplit('/').next().unwrap_or(tz.name()).replace('_', " ")
}

/// The columns: the training's zone first, then each co-organiser country's zone.
pub fn columns(training_tz: Tz, organisers: &[Organiser]) -> Vec<ZoneColumn> {
    let mut columns = vec![ZoneColumn { tz: training_tz, label: city_of(training_tz), is_training_zone: true }];
    let mut countries: Vec<Country> = Vec::new();
    for o in organisers {
        if let Some(c) = o.organisation.country() {
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
    }
    for country in countries {
        let tz = country.timezone();
        match columns.iter_mut().find(|c| c.tz == tz) {
            Some(col) => {
                if col.is_training_zone && col.label == city_of(tz) {
                    col.label = country.city().to_string();
                } else if !col.label.split(", ").any(|l| l == country.city()) {
                    col.label = format!("{}, {}", col.label, country.city());
                }
            }
            None => columns.push(ZoneColumn { tz, label: country.city().to_string(), is_training_zone: false }),
        }
    }
    columns
}

fn cell(start: NaiveDateTime, end: NaiveDateTime, column: &ZoneColumn, lang: Lang) -> ZoneCell {
    let tz = column.tz;
    let s = in_zone(start, tz);
    let e = in_zone(end, tz);
    ZoneCell {
        zone: column.label.clone(),
        training_zone: column.is_training_zone,
        day: dates::with_weekday(lang, s.date_naive()),
        start: dates::time(lang, s),
        end: end_time(lang, &s, &e),
        offset: format!("UTC{}", s.format("%:z")),
        night: spans_night(start, end, tz).is_some(),
    }
}

/// The end of a span as a clock time, with "+1 day" (or "+N days") when it ends on a later
/// day than it started in that zone: "23:00–01:30 +1 day".
pub fn end_time(lang: Lang, start: &chrono::DateTime<Tz>, end: &chrono::DateTime<Tz>) -> String {
    let time = dates::time(lang, end.time());
    match (end.date_naive() - start.date_naive()).num_days() {
        days if days <= 0 => time,
        days => lang.t2("ends-next-day", "time", time, "days", days),
    }
}

/// The schedule in every zone, its dates and times written in `lang`.
pub fn schedule(training: &Training, sessions: &[Session], organisers: &[Organiser], lang: Lang) -> Schedule {
    let columns = columns(training.tz(), organisers);
    let mut warnings = Vec::new();
    let rows = sessions
        .iter()
        .map(|s| {
            for col in &columns {
                if let Some(local) = spans_night(s.starts_at, s.ends_at, col.tz) {
                    let start = in_zone(s.starts_at, col.tz);
                    let end = in_zone(s.ends_at, col.tz);
                    warnings.push(format!(
                        "“{}” is at night for some organisers: {} in {} (the session runs {}–{} there, {})",
                        s.title,
                        local.format("%H:%M"),
                        col.label,
                        start.format("%H:%M"),
                        end.format("%H:%M"),
                        day_label(&start)
                    ));
                }
            }
            ScheduleRow {
                id: s.id,
                title: s.title.clone(),
                description: s.description.clone(),
                join_url: s.join_url.clone(),
                starts_utc: utc_rfc3339(s.starts_at),
                ends_utc: utc_rfc3339(s.ends_at),
                minutes: (s.ends_at - s.starts_at).num_minutes(),
                cells: columns.iter().map(|c| cell(s.starts_at, s.ends_at, c, lang)).collect(),
            }
        })
        .collect();
    Schedule { columns, rows, warnings }
}
