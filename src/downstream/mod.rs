//! The cascade's downstream trainings: what certified trainers deliver under their certificate.
//!
//! Two ways to log one:
//! - **reported**: aggregate figures typed in by the trainer (`downstream_trainings`: sessions,
//!   place, participants by sex and age band, evidence), checked by the organisers upstream
//!   (`submitted → verified | needs_information | rejected`);
//! - **hosted**: an ordinary training on Cascade whose parent is the trainer's certificate
//!   (`hosted_trainings`), with its own registrations, attendance and certificates, so its
//!   certified trainers are the next generation.
//!
//! `lineage` keeps the closure table of hosted trainings (who descends from whom, how many
//! generations down), which makes a subtree one indexed read and a loop impossible.
//! `queries` reads, `service` changes, `evidence` stores attendance sheets, `mails` and
//! `reminders` write to trainers, `pages` and `api` are HTTP.

pub mod api;
pub mod evidence;
pub mod lineage;
pub mod mails;
pub mod pages;
pub mod queries;
pub mod reminders;
pub mod service;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::schema::{downstream_figures, downstream_messages, downstream_sessions, downstream_trainings};
use crate::domain::{optional_line, optional_text, optional_url, parse_language, parse_text, string_enum, Country};
use crate::error::{AppError, AppResult};
use crate::trainings::text_or_number;

string_enum!(
    /// Where a reported downstream training stands with the organisers upstream.
    ReportStatus in "downstream_trainings.status" {
        Submitted => "submitted", "Awaiting verification";
        NeedsInformation => "needs_information", "More information asked";
        Verified => "verified", "Verified";
        Rejected => "rejected", "Rejected";
    }
);

impl ReportStatus {
    /// A trainer may change a record until it is verified; a change sends it back to the queue.
    pub fn editable(self) -> bool {
        self != ReportStatus::Verified
    }
}

string_enum!(
    /// How a downstream training was delivered.
    DeliveryMode in "downstream_trainings.mode" {
        Online => "online", "Online";
        InPerson => "in_person", "In person";
        Hybrid => "hybrid", "Hybrid";
    }
);

string_enum!(
    /// What an organiser decides about a reported training.
    Decision in "decision" {
        Verified => "verified", "Verify";
        NeedsInformation => "needs_information", "Ask for more information";
        Rejected => "rejected", "Reject";
    }
);

impl Decision {
    pub fn status(self) -> ReportStatus {
        match self {
            Decision::Verified => ReportStatus::Verified,
            Decision::NeedsInformation => ReportStatus::NeedsInformation,
            Decision::Rejected => ReportStatus::Rejected,
        }
    }
}

/// The sex categories of reports: the registration form's, with "prefer not to say" and
/// missing answers together as "not recorded".
pub const SEXES: [(&str, &str); 4] =
    [("female", "Female"), ("male", "Male"), ("another", "Another"), ("not_recorded", "Not recorded")];

/// The age bands of reports: the registration form's, plus "not recorded".
pub const AGE_BANDS: [(&str, &str); 7] = [
    ("under_25", "Under 25"),
    ("25_34", "25–34"),
    ("35_44", "35–44"),
    ("45_54", "45–54"),
    ("55_64", "55–64"),
    ("65_plus", "65 or over"),
    ("not_recorded", "Not recorded"),
];

/// A reported downstream training as stored.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = downstream_trainings)]
pub struct Report {
    pub id: i64,
    pub certificate_id: i64,
    pub trainer_account_id: i64,
    pub title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub minutes: i32,
    pub mode: DeliveryMode,
    pub country: String,
    pub region: String,
    pub city: String,
    pub language: String,
    pub audience_organisations: String,
    #[diesel(embed)]
    pub figures: Figures,
    pub curriculum_version: String,
    pub evidence_url: Option<String>,
    pub evidence_file: Option<String>,
    pub evidence_media_type: Option<String>,
    pub evidence_name: Option<String>,
    pub notes: String,
    pub status: ReportStatus,
    pub verification_note: Option<String>,
    pub verified_by: Option<i64>,
    pub decided_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A reported training's participants (its own table: one row per record).
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = downstream_figures)]
pub struct Figures {
    pub participants_total: i32,
    pub female: i32,
    pub male: i32,
    pub another: i32,
    pub sex_not_recorded: i32,
    pub age_under_25: i32,
    pub age_25_34: i32,
    pub age_35_44: i32,
    pub age_45_54: i32,
    pub age_55_64: i32,
    pub age_65_plus: i32,
    pub age_not_recorded: i32,
    pub with_disability: Option<i32>,
}

impl Report {
    pub fn by_sex(&self) -> [i32; 4] {
        let f = &self.figures;
        [f.female, f.male, f.another, f.sex_not_recorded]
    }
    pub fn by_age_band(&self) -> [i32; 7] {
        let f = &self.figures;
        [f.age_under_25, f.age_25_34, f.age_35_44, f.age_45_54, f.age_55_64, f.age_65_plus, f.age_not_recorded]
    }
    pub fn participants_total(&self) -> i32 {
        self.figures.participants_total
    }
    pub fn with_disability(&self) -> Option<i32> {
        self.figures.with_disability
    }
    pub fn hours(&self) -> String {
        hours_text(self.minutes)
    }
    pub fn place(&self) -> String {
        self.place_in(crate::i18n::Lang::En)
    }
    /// "Darkhan, Darkhan-Uul, Mongolia" with the country's name in `lang`.
    pub fn place_in(&self, lang: crate::i18n::Lang) -> String {
        let country = Country::from_code(&self.country).map(|c| c.name_in(lang)).unwrap_or_default();
        [self.city.as_str(), self.region.as_str(), country.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    }
    pub fn dates(&self) -> String {
        if self.starts_on == self.ends_on {
            self.starts_on.format("%-d %B %Y").to_string()
        } else {
            format!("{} – {}", self.starts_on.format("%-d %B %Y"), self.ends_on.format("%-d %B %Y"))
        }
    }
    /// The dates in `lang` ("14–16 February 2023", "2023년 2월 14일~16일").
    pub fn dates_in(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::dates::span(lang, self.starts_on, self.ends_on)
    }
    pub fn editable(&self) -> bool {
        self.status.editable()
    }
}

/// `(key, label)` of report categories ([`SEXES`], [`AGE_BANDS`]) in `lang`: the registration
/// form's words (`<prefix>-<key>`) where it has the category, "Not recorded" for the rest.
pub fn categories_in(
    lang: crate::i18n::Lang,
    prefix: &str,
    categories: &[(&'static str, &'static str)],
) -> Vec<(&'static str, String)> {
    categories.iter().map(|(key, english)| (*key, category_label(lang, prefix, key, english))).collect()
}

/// One category's label in `lang` (see [`categories_in`]).
pub fn category_label(lang: crate::i18n::Lang, prefix: &str, key: &str, english: &str) -> String {
    let id = format!("{prefix}-{}", key.replace('_', "-"));
    if key == "not_recorded" {
        lang.t("impact-not-recorded")
    } else if crate::i18n::messages::has(crate::i18n::Lang::En, &id) {
        lang.t(&id)
    } else {
        english.to_string()
    }
}

/// The sexes of reports in `lang`.
pub fn sexes_in(lang: crate::i18n::Lang) -> Vec<(&'static str, String)> {
    categories_in(lang, "registrations-sex", &SEXES)
}

/// The age bands of reports in `lang`.
pub fn age_bands_in(lang: crate::i18n::Lang) -> Vec<(&'static str, String)> {
    categories_in(lang, "registrations-age-band", &AGE_BANDS)
}

/// "12 hours", "1.5 hours".
pub fn hours_text(minutes: i32) -> String {
    if minutes % 60 == 0 {
        let h = minutes / 60;
        format!("{h} hour{}", if h == 1 { "" } else { "s" })
    } else {
        format!("{:.1} hours", f64::from(minutes) / 60.0)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = downstream_sessions)]
pub struct ReportSession {
    #[serde(skip)]
    pub id: i64,
    #[serde(skip)]
    pub downstream_training_id: i64,
    #[schema(value_type = String)]
    pub held_on: NaiveDate,
    pub minutes: i32,
}

/// A line in a record's conversation: a question from a verifier, the trainer's answer, a decision.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = downstream_messages)]
pub struct Message {
    pub id: i64,
    pub downstream_training_id: i64,
    pub author_account_id: Option<i64>,
    pub kind: String,
    pub body: String,
    pub created_at: NaiveDateTime,
}

/// One session as typed: a day and its hours ("3", "1.5").
#[derive(Debug, Default, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[schema(as = DownstreamSessionInput)]
#[serde(default)]
pub struct SessionInput {
    /// "YYYY-MM-DD"
    #[schema(required = true)]
    pub date: String,
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = f64)]
    #[schema(required = true)]
    pub hours: String,
}

/// Participants by sex; every field a whole number (missing = 0).
#[derive(Debug, Default, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SexInput {
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub female: String,
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub male: String,
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub another: String,
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub not_recorded: String,
}

/// Participants by age band; every field a whole number (missing = 0).
#[derive(Debug, Default, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AgeInput {
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub under_25: String,
    #[serde(rename = "25_34", deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub from_25_to_34: String,
    #[serde(rename = "35_44", deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub from_35_to_44: String,
    #[serde(rename = "45_54", deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub from_45_to_54: String,
    #[serde(rename = "55_64", deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub from_55_to_64: String,
    #[serde(rename = "65_plus", deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub from_65: String,
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    pub not_recorded: String,
}

/// A reported downstream training as the form or the JSON body says it, before it is checked.
/// Give `sessions`, or `starts_on` (and `ends_on`) with the total `hours`.
#[derive(Debug, Default, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReportInput {
    /// The trainer's certificate this training was delivered under (any spelling of the code).
    #[schema(required = true)]
    pub certificate_code: String,
    #[schema(required = true)]
    pub title: String,
    pub sessions: Vec<SessionInput>,
    /// "YYYY-MM-DD", when no sessions are given.
    pub starts_on: String,
    /// "YYYY-MM-DD" (default: starts_on), when no sessions are given.
    pub ends_on: String,
    /// Total hours, when no sessions are given.
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = Option<f64>)]
    pub hours: String,
    /// online, in_person or hybrid.
    #[schema(required = true)]
    pub mode: String,
    /// ISO 3166-1 alpha-2 (XK for Kosovo).
    #[schema(required = true)]
    pub country: String,
    pub region: String,
    /// The city or town (`place` is accepted as another name for it).
    pub city: String,
    pub place: String,
    /// Language tag, e.g. "mn".
    #[schema(required = true)]
    pub language: String,
    /// Who the participants work for, free text.
    pub audience_organisations: String,
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = i32)]
    #[schema(required = true)]
    pub participants_total: String,
    pub participants_by_sex: SexInput,
    pub participants_by_age_band: AgeInput,
    /// How many participants have a disability (Washington Group short set), if known.
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = Option<i32>)]
    pub with_disability: String,
    pub curriculum_version: String,
    /// A link to the evidence (an attendance sheet online), instead of or beside an upload.
    pub evidence_url: String,
    pub notes: String,
}

/// A checked report, ready to store.
#[derive(Debug, Clone)]
pub struct ReportFields {
    pub title: String,
    /// (day, minutes), at least one when given as sessions
    pub sessions: Vec<(NaiveDate, i32)>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub minutes: i32,
    pub mode: DeliveryMode,
    pub country: Country,
    pub region: String,
    pub city: String,
    pub language: String,
    pub audience_organisations: String,
    pub total: i32,
    pub by_sex: [i32; 4],
    pub by_age_band: [i32; 7],
    pub with_disability: Option<i32>,
    pub curriculum_version: String,
    pub evidence_url: Option<String>,
    pub notes: String,
}

/// The most participants one record may report: larger numbers are typing mistakes.
const MAX_PARTICIPANTS: i32 = 100_000;

fn count(field: &str, raw: &str) -> AppResult<i32> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(0);
    }
    match value.parse::<i64>() {
        Ok(n) if (0..=i64::from(MAX_PARTICIPANTS)).contains(&n) => Ok(n as i32),
        Ok(_) => Err(AppError::invalid(field, format!("{} must be between 0 and {MAX_PARTICIPANTS}", human(field)))),
        Err(_) => Err(AppError::invalid(field, format!("{} must be a whole number, not {value:?}", human(field)))),
    }
}

fn human(field: &str) -> String {
    field.replace(['_', '.'], " ")
}

fn date(field: &str, raw: &str) -> AppResult<NaiveDate> {
    crate::domain::time::parse_date(field, raw)
}

/// Hours as typed ("3", "1.5", "1,5") → minutes, more than 0 and at most `max` hours.
fn minutes(field: &str, raw: &str, max_hours: f64) -> AppResult<i32> {
    let value = raw.trim().replace(',', ".");
    let hours: f64 = value
        .parse()
        .map_err(|_| AppError::invalid(field, format!("{} must be a number of hours, e.g. 3 or 1.5", human(field))))?;
    if !hours.is_finite() || hours <= 0.0 || hours > max_hours {
        return Err(AppError::invalid(field, format!("{} must be more than 0 and at most {max_hours}", human(field))));
    }
    Ok((hours * 60.0).round() as i32)
}

impl ReportInput {
    /// Checks every field; the first problem is an error naming its field. `today` bounds the
    /// dates (a training is logged once delivered; one day of slack for time zones).
    pub fn parse(&self, today: NaiveDate) -> AppResult<ReportFields> {
        let title = parse_text("title", &self.title, 200)?;
        let latest = today.succ_opt().unwrap_or(today);
        let (sessions, starts_on, ends_on, minutes_total) = if !self.sessions.is_empty() {
            if self.sessions.len() > 366 {
                return Err(AppError::invalid("sessions", "at most 366 sessions"));
            }
            let mut sessions = Vec::new();
            for (i, s) in self.sessions.iter().enumerate() {
                let day = date(&format!("sessions.{i}.date"), &s.date)?;
                if day > latest {
                    return Err(AppError::invalid(format!("sessions.{i}.date"), "log a session once it took place"));
                }
                sessions.push((day, minutes(&format!("sessions.{i}.hours"), &s.hours, 24.0)?));
            }
            sessions.sort();
            let first = sessions.first().map(|s| s.0).unwrap_or(today);
            let last = sessions.last().map(|s| s.0).unwrap_or(today);
            let total = sessions.iter().map(|s| s.1).sum();
            (sessions, first, last, total)
        } else {
            if self.starts_on.trim().is_empty() {
                return Err(AppError::invalid("sessions", "give at least one session: its date and hours"));
            }
            let starts_on = date("starts_on", &self.starts_on)?;
            let ends_on = if self.ends_on.trim().is_empty() { starts_on } else { date("ends_on", &self.ends_on)? };
            if ends_on < starts_on {
                return Err(AppError::invalid("ends_on", "the training cannot end before it starts"));
            }
            if ends_on > latest {
                let field = if self.ends_on.trim().is_empty() { "starts_on" } else { "ends_on" };
                return Err(AppError::invalid(field, "log a training once it took place"));
            }
            let days = (ends_on - starts_on).num_days() + 1;
            if self.hours.trim().is_empty() {
                return Err(AppError::invalid("hours", "give the training's hours in total"));
            }
            (Vec::new(), starts_on, ends_on, minutes("hours", &self.hours, 24.0 * days as f64)?)
        };
        let mode = DeliveryMode::parse("mode", &self.mode)?;
        let country = Country::parse("country", &self.country)?;
        let region = optional_line("region", &self.region, 100)?.unwrap_or_default();
        let city_raw = if self.city.trim().is_empty() { &self.place } else { &self.city };
        let city_field = if self.city.trim().is_empty() && !self.place.trim().is_empty() { "place" } else { "city" };
        let city = optional_line(city_field, city_raw, 100)?.unwrap_or_default();
        let language = parse_language("language", &self.language)?;
        let audience_organisations =
            optional_text("audience_organisations", &self.audience_organisations, 1000)?.unwrap_or_default();
        if self.participants_total.trim().is_empty() {
            return Err(AppError::invalid("participants_total", "give the number of participants"));
        }
        let total = count("participants_total", &self.participants_total)?;
        let s = &self.participants_by_sex;
        let mut by_sex = [
            count("participants_by_sex.female", &s.female)?,
            count("participants_by_sex.male", &s.male)?,
            count("participants_by_sex.another", &s.another)?,
            count("participants_by_sex.not_recorded", &s.not_recorded)?,
        ];
        // no breakdown at all: every participant's sex is "not recorded"
        if by_sex.iter().all(|n| *n == 0)
            && [&s.female, &s.male, &s.another, &s.not_recorded].iter().all(|r| r.trim().is_empty())
        {
            by_sex[3] = total;
        }
        let sum: i32 = by_sex.iter().sum();
        if sum != total {
            return Err(AppError::invalid(
                "participants_by_sex",
                format!(
                    "the participants by sex add up to {sum} (female {} + male {} + another {} + not recorded {}), but participants_total is {total}",
                    by_sex[0], by_sex[1], by_sex[2], by_sex[3]
                ),
            ));
        }
        let a = &self.participants_by_age_band;
        let raw_ages = [
            &a.under_25,
            &a.from_25_to_34,
            &a.from_35_to_44,
            &a.from_45_to_54,
            &a.from_55_to_64,
            &a.from_65,
            &a.not_recorded,
        ];
        let mut by_age_band = [0i32; 7];
        for (i, raw) in raw_ages.iter().enumerate() {
            by_age_band[i] = count(&format!("participants_by_age_band.{}", AGE_BANDS[i].0), raw)?;
        }
        if raw_ages.iter().all(|r| r.trim().is_empty()) {
            by_age_band[6] = total;
        }
        let sum: i32 = by_age_band.iter().sum();
        if sum != total {
            return Err(AppError::invalid(
                "participants_by_age_band",
                format!("the participants by age band add up to {sum}, but participants_total is {total}"),
            ));
        }
        let with_disability = if self.with_disability.trim().is_empty() {
            None
        } else {
            let n = count("with_disability", &self.with_disability)?;
            if n > total {
                return Err(AppError::invalid(
                    "with_disability",
                    format!("{n} participants with a disability is more than the {total} participants"),
                ));
            }
            Some(n)
        };
        Ok(ReportFields {
            title,
            sessions,
            starts_on,
            ends_on,
            minutes: minutes_total,
            mode,
            country,
            region,
            city,
            language,
            audience_organisations,
            total,
            by_sex,
            by_age_band,
            with_disability,
            curriculum_version: optional_line("curriculum_version", &self.curriculum_version, 100)?.unwrap_or_default(),
            evidence_url: optional_url("evidence_url", &self.evidence_url)?,
            notes: optional_text("notes", &self.notes, 5000)?.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> ReportInput {
        ReportInput {
            certificate_code: "X".into(),
            title: "Reporting corruption online".into(),
            starts_on: "2024-05-06".into(),
            ends_on: "2024-05-07".into(),
            hours: "12".into(),
            mode: "in_person".into(),
            country: "MN".into(),
            place: "Darkhan".into(),
            language: "mn".into(),
            participants_total: "30".into(),
            participants_by_sex: SexInput {
                female: "17".into(),
                male: "12".into(),
                another: "0".into(),
                not_recorded: "1".into(),
            },
            ..Default::default()
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 6, 1).unwrap()
    }

    #[test]
    fn the_issue_example_parses() {
        let f = valid().parse(today()).unwrap();
        assert_eq!((f.minutes, f.total, f.by_sex, f.city.as_str()), (720, 30, [17, 12, 0, 1], "Darkhan"));
        assert_eq!(f.by_age_band, [0, 0, 0, 0, 0, 0, 30], "no age breakdown: not recorded");
    }

    #[test]
    fn numbers_that_do_not_add_up_name_the_field() {
        let mut bad = valid();
        bad.participants_by_sex.male = "13".into();
        let e = bad.parse(today()).unwrap_err();
        assert_eq!(e.field(), Some("participants_by_sex"));
        assert!(e.to_string().contains("add up to 31"), "{e}");
        let mut bad = valid();
        bad.participants_by_age_band.from_25_to_34 = "10".into();
        assert_eq!(bad.parse(today()).unwrap_err().field(), Some("participants_by_age_band"));
        let mut bad = valid();
        bad.with_disability = "31".into();
        assert_eq!(bad.parse(today()).unwrap_err().field(), Some("with_disability"));
        let mut bad = valid();
        bad.participants_total = "-1".into();
        assert_eq!(bad.parse(today()).unwrap_err().field(), Some("participants_total"));
    }

    #[test]
    fn sessions_give_the_dates_and_hours() {
        let mut input = valid();
        input.sessions = vec![
            SessionInput { date: "2024-05-20".into(), hours: "1,5".into() },
            SessionInput { date: "2024-05-06".into(), hours: "3".into() },
        ];
        let f = input.parse(today()).unwrap();
        assert_eq!(
            (f.starts_on.to_string(), f.ends_on.to_string(), f.minutes),
            ("2024-05-06".into(), "2024-05-20".into(), 270)
        );
        input.sessions[0].hours = "25".into();
        assert_eq!(input.parse(today()).unwrap_err().field(), Some("sessions.0.hours"));
        input.sessions[0] = SessionInput { date: "2024-07-01".into(), hours: "2".into() };
        assert_eq!(input.parse(today()).unwrap_err().field(), Some("sessions.0.date"), "in the future");
    }

    #[test]
    fn a_training_cannot_end_before_it_starts() {
        let mut bad = valid();
        bad.ends_on = "2024-05-01".into();
        assert_eq!(bad.parse(today()).unwrap_err().field(), Some("ends_on"));
        bad.ends_on = String::new();
        bad.starts_on = String::new();
        assert_eq!(bad.parse(today()).unwrap_err().field(), Some("sessions"));
    }
}
