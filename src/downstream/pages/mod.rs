//! The pages of downstream trainings: the trainer space (`trainer.rs`: sign in, certificates
//! and what was delivered under each, logging and changing a reported training, hosting one on
//! Cascade) and the organisers' verification queue (`queue.rs`).

mod queue;
mod trainer;

use actix_web::web;

pub fn routes(cfg: &mut web::ServiceConfig) {
    trainer::routes(cfg);
    queue::routes(cfg);
}

/// A record's form fields as the form shows them (what was typed, or what is stored).
#[derive(Default, Clone)]
pub(crate) struct FormValues {
    pub certificate_code: String,
    pub title: String,
    /// (date, hours) rows: the stored sessions, then empty rows to add more
    pub sessions: Vec<(String, String)>,
    pub mode: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub language: String,
    pub audience_organisations: String,
    pub total: String,
    pub by_sex: Vec<(&'static str, &'static str, String)>,
    pub by_age_band: Vec<(&'static str, &'static str, String)>,
    pub with_disability: String,
    pub curriculum_version: String,
    pub evidence_url: String,
    pub notes: String,
}

/// Empty session rows under the filled ones, so a trainer can add sessions without JavaScript.
const BLANK_SESSION_ROWS: usize = 3;
/// The most session rows a form may send.
const MAX_SESSION_ROWS: usize = 200;

impl FormValues {
    pub fn blank(code: &str) -> FormValues {
        let mut v = FormValues { certificate_code: code.to_string(), mode: "in_person".into(), ..Default::default() };
        v.sessions = vec![(String::new(), String::new()); BLANK_SESSION_ROWS];
        v.by_sex = super::SEXES.iter().map(|(k, l)| (*k, *l, String::new())).collect();
        v.by_age_band = super::AGE_BANDS.iter().map(|(k, l)| (*k, *l, String::new())).collect();
        v
    }

    pub fn of(code: &str, r: &super::Report, sessions: &[super::ReportSession]) -> FormValues {
        let hours = |m: i32| {
            if m % 60 == 0 {
                (m / 60).to_string()
            } else {
                format!("{:.2}", f64::from(m) / 60.0).trim_end_matches('0').to_string()
            }
        };
        let mut rows: Vec<(String, String)> =
            sessions.iter().map(|s| (s.held_on.to_string(), hours(s.minutes))).collect();
        if rows.is_empty() && r.starts_on == r.ends_on {
            rows.push((r.starts_on.to_string(), hours(r.minutes)));
        }
        rows.extend(std::iter::repeat_n((String::new(), String::new()), BLANK_SESSION_ROWS));
        FormValues {
            certificate_code: code.to_string(),
            title: r.title.clone(),
            sessions: rows,
            mode: r.mode.as_str().into(),
            country: r.country.clone(),
            region: r.region.clone(),
            city: r.city.clone(),
            language: r.language.clone(),
            audience_organisations: r.audience_organisations.clone(),
            total: r.participants_total().to_string(),
            by_sex: super::SEXES.iter().zip(r.by_sex()).map(|((k, l), n)| (*k, *l, n.to_string())).collect(),
            by_age_band: super::AGE_BANDS
                .iter()
                .zip(r.by_age_band())
                .map(|((k, l), n)| (*k, *l, n.to_string()))
                .collect(),
            with_disability: r.with_disability().map(|n| n.to_string()).unwrap_or_default(),
            curriculum_version: r.curriculum_version.clone(),
            evidence_url: r.evidence_url.clone().unwrap_or_default(),
            notes: r.notes.clone(),
        }
    }

    /// Reads the multipart form's fields.
    pub fn from_fields(f: &std::collections::HashMap<String, String>) -> FormValues {
        let get = |k: &str| f.get(k).cloned().unwrap_or_default();
        let mut sessions = Vec::new();
        for i in 0..MAX_SESSION_ROWS {
            let (d, h) = (get(&format!("session_date_{i}")), get(&format!("session_hours_{i}")));
            if !f.contains_key(&format!("session_date_{i}")) {
                break;
            }
            if !(d.trim().is_empty() && h.trim().is_empty()) {
                sessions.push((d, h));
            }
        }
        let filled = sessions.len();
        sessions.extend(std::iter::repeat_n((String::new(), String::new()), BLANK_SESSION_ROWS));
        sessions.truncate(filled + BLANK_SESSION_ROWS);
        FormValues {
            certificate_code: get("certificate_code"),
            title: get("title"),
            sessions,
            mode: get("mode"),
            country: get("country"),
            region: get("region"),
            city: get("city"),
            language: get("language"),
            audience_organisations: get("audience_organisations"),
            total: get("participants_total"),
            by_sex: super::SEXES.iter().map(|(k, l)| (*k, *l, get(&format!("sex_{k}")))).collect(),
            by_age_band: super::AGE_BANDS.iter().map(|(k, l)| (*k, *l, get(&format!("age_{k}")))).collect(),
            with_disability: get("with_disability"),
            curriculum_version: get("curriculum_version"),
            evidence_url: get("evidence_url"),
            notes: get("notes"),
        }
    }

    /// The service's input for these values.
    pub fn input(&self) -> super::ReportInput {
        let v = |k: &str, list: &[(&'static str, &'static str, String)]| {
            list.iter().find(|(key, _, _)| *key == k).map(|(_, _, v)| v.clone()).unwrap_or_default()
        };
        super::ReportInput {
            certificate_code: self.certificate_code.clone(),
            title: self.title.clone(),
            sessions: self
                .sessions
                .iter()
                .filter(|(d, h)| !(d.trim().is_empty() && h.trim().is_empty()))
                .map(|(d, h)| super::SessionInput { date: d.clone(), hours: h.clone() })
                .collect(),
            mode: self.mode.clone(),
            country: self.country.clone(),
            region: self.region.clone(),
            city: self.city.clone(),
            language: self.language.clone(),
            audience_organisations: self.audience_organisations.clone(),
            participants_total: self.total.clone(),
            participants_by_sex: super::SexInput {
                female: v("female", &self.by_sex),
                male: v("male", &self.by_sex),
                another: v("another", &self.by_sex),
                not_recorded: v("not_recorded", &self.by_sex),
            },
            participants_by_age_band: super::AgeInput {
                under_25: v("under_25", &self.by_age_band),
                from_25_to_34: v("25_34", &self.by_age_band),
                from_35_to_44: v("35_44", &self.by_age_band),
                from_45_to_54: v("45_54", &self.by_age_band),
                from_55_to_64: v("55_64", &self.by_age_band),
                from_65: v("65_plus", &self.by_age_band),
                not_recorded: v("not_recorded", &self.by_age_band),
            },
            with_disability: self.with_disability.clone(),
            curriculum_version: self.curriculum_version.clone(),
            evidence_url: self.evidence_url.clone(),
            notes: self.notes.clone(),
            ..Default::default()
        }
    }
}

/// The form's field id for an error the service names ("sessions.0.date" → the first row's
/// date input; "participants_by_sex" → its first number).
pub(crate) fn field_anchor(field: &str) -> String {
    if let Some(rest) = field.strip_prefix("sessions.") {
        let mut parts = rest.split('.');
        let i = parts.next().unwrap_or("0");
        return match parts.next() {
            Some("hours") => format!("session_hours_{i}"),
            _ => format!("session_date_{i}"),
        };
    }
    match field {
        "sessions" | "starts_on" | "ends_on" | "hours" => "session_date_0".into(),
        "participants_by_sex" => "sex_female".into(),
        "participants_by_age_band" => "age_under_25".into(),
        "place" => "city".into(),
        f if f.starts_with("participants_by_sex.") => format!("sex_{}", &f["participants_by_sex.".len()..]),
        f if f.starts_with("participants_by_age_band.") => format!("age_{}", &f["participants_by_age_band.".len()..]),
        f => f.to_string(),
    }
}
