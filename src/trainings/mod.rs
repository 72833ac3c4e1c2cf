//! Trainings (events), their sessions and their organisers: the models here, then
//! `queries` (reads), `service` (every change, checked), `permissions` (the role matrix),
//! `zones` (times in several time zones), `pages` (HTML) and `api` (JSON).

pub mod api;
pub mod events;
pub mod pages;
pub mod permissions;
pub mod queries;
pub mod service;
pub mod translation_pages;
pub mod zones;

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use diesel::prelude::*;
use serde::{Deserialize, Deserializer, Serialize};

use crate::db::schema::{training_sessions, trainings};
use crate::domain::{OrganiserRole, RegistrationMode, TrainingKind, TrainingStatus};
use crate::organisations::Organisation;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = trainings)]
pub struct Training {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub kind: TrainingKind,
    pub timezone: String,
    pub language: String,
    pub capacity: Option<i32>,
    pub registration_opens_at: Option<NaiveDateTime>,
    pub registration_closes_at: Option<NaiveDateTime>,
    pub registration_mode: RegistrationMode,
    pub status: TrainingStatus,
    pub version: i64,
    /// When the version last rose (Last-Modified of the page and calendar).
    pub updated_at: NaiveDateTime,
    /// The address participants write to, when the organisers chose one; see [`Training::contact`].
    pub contact_email: Option<String>,
    /// The title, summary and description in other languages: JSON, see
    /// [`Training::translations`] (checked when written).
    pub translations: String,
}

/// The training's title, summary and description in another language, as organisers wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TrainingTranslation {
    /// One of the languages Cascade speaks (en, fr, es, ru, zh-Hans, ar, ko, mn, sq, uz-Latn),
    /// other than the training's own.
    #[schema(required = true)]
    pub language: String,
    #[schema(required = true)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
}

impl Training {
    /// The title, summary and description in other languages (empty when there are none).
    pub fn translations(&self) -> Vec<TrainingTranslation> {
        serde_json::from_str(&self.translations).unwrap_or_default()
    }

    /// The training as a reader of `lang` sees it: its title, summary and description in that
    /// language when the organisers wrote them, else as written. For display only (calendar
    /// entries keep the training's own title).
    pub fn in_language(&self, lang: crate::i18n::Lang) -> Training {
        let mut shown = self.clone();
        if let Some(t) = self.translations().into_iter().find(|t| crate::i18n::Lang::parse(&t.language) == Some(lang)) {
            shown.title = t.title;
            if !t.summary.is_empty() {
                shown.summary = t.summary;
            }
            if !t.description.is_empty() {
                shown.description = t.description;
            }
        }
        shown
    }

    pub fn tz(&self) -> Tz {
        self.timezone.parse().unwrap_or(chrono_tz::UTC)
    }
    pub fn status(&self) -> TrainingStatus {
        self.status
    }
    pub fn kind(&self) -> TrainingKind {
        self.kind
    }
    pub fn mode(&self) -> RegistrationMode {
        self.registration_mode
    }
    /// Whether the lifecycle allows this training to become `target` now (the editor shows
    /// only the buttons that can work).
    pub fn can_become(&self, target: TrainingStatus) -> bool {
        self.status.may_become(target)
    }
    pub fn is_public(&self) -> bool {
        self.status() == TrainingStatus::Published
    }
    /// When registration closes: as set, else when the last session starts.
    pub fn registration_closes(&self, sessions: &[Session]) -> Option<NaiveDateTime> {
        self.registration_closes_at.or_else(|| sessions.iter().map(|s| s.starts_at).max())
    }
    /// When the last session ends (none without sessions).
    pub fn ended_at(&self, sessions: &[Session]) -> Option<NaiveDateTime> {
        sessions.iter().map(|s| s.ends_at).max()
    }
    /// The address participants write to about this training (shown on its public page, its
    /// privacy notice and in their e-mails): the one the organisers set, else the lead
    /// organiser's. `organisers` as [`queries::organisers`] reads them.
    pub fn contact<'a>(&'a self, organisers: &'a [Organiser]) -> Option<&'a str> {
        self.contact_email
            .as_deref()
            .or_else(|| organisers.iter().find(|o| o.role == OrganiserRole::Lead).map(|o| o.email.as_str()))
    }
    /// "14–16 February 2023" or "14 February 2023" (in `lang`): the days of its sessions in
    /// the training's zone.
    pub fn dates_text(&self, sessions: &[Session], lang: crate::i18n::Lang) -> String {
        let tz = self.tz();
        let days: Vec<chrono::NaiveDate> =
            sessions.iter().map(|s| crate::domain::time::in_zone(s.starts_at, tz).date_naive()).collect();
        let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
            return String::new();
        };
        crate::i18n::dates::span(lang, *first, *last)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize, Deserialize)]
#[diesel(table_name = training_sessions)]
pub struct Session {
    pub id: i64,
    pub training_id: i64,
    pub uid: String,
    pub title: String,
    pub description: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub join_url: Option<String>,
    pub sequence: i32,
}

/// An organiser of a training with the organisation they speak for.
#[derive(Debug, Clone)]
pub struct Organiser {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub role: OrganiserRole,
    pub organisation: Organisation,
}

/// A pending invitation to organise.
#[derive(Debug, Clone)]
pub struct PendingInvitation {
    pub id: i64,
    pub email: String,
    pub role: OrganiserRole,
    pub organisation_name: String,
    pub expires_at: NaiveDateTime,
}

/// A training with everything a page needs.
#[derive(Debug, Clone)]
pub struct TrainingDetail {
    pub training: Training,
    pub sessions: Vec<Session>,
    pub organisers: Vec<Organiser>,
}

/// A line in a list of trainings.
#[derive(Debug, Clone)]
pub struct TrainingCard {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub status: TrainingStatus,
    pub first_session: Option<NaiveDateTime>,
    pub timezone: String,
    pub my_role: Option<OrganiserRole>,
}

impl TrainingCard {
    pub fn when(&self) -> String {
        match (self.first_session, self.timezone.parse::<Tz>()) {
            (Some(t), Ok(tz)) => crate::domain::time::day_label(&crate::domain::time::in_zone(t, tz)),
            _ => "no sessions yet".into(),
        }
    }
}

/// Accepts a JSON string, number or null (and form strings) as text, so one input type
/// serves forms and JSON and every value is checked by the same parser.
pub fn text_or_number<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Text(String),
        Int(i64),
        Float(f64),
        Null,
    }
    Ok(match Raw::deserialize(d)? {
        Raw::Text(s) => s,
        Raw::Int(n) => n.to_string(),
        Raw::Float(f) => f.to_string(),
        Raw::Null => String::new(),
    })
}

/// What a form or JSON body says about a training, before it is checked.
/// Times are local to the training's zone, as "YYYY-MM-DDTHH:MM".
#[derive(Debug, Default, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TrainingInput {
    #[schema(required = true)]
    pub title: String,
    /// Lower-case letters, digits and hyphens; made from the title when empty.
    pub slug: String,
    pub summary: String,
    /// Markdown.
    pub description: String,
    /// tot, technical_webinar, e_consultation or peer_exchange.
    pub kind: String,
    /// IANA time zone, e.g. "Asia/Seoul".
    #[schema(required = true)]
    pub timezone: String,
    /// Language tag, e.g. "en".
    pub language: String,
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = Option<i32>)]
    pub capacity: String,
    /// Local time in the training's zone when registration opens (optional).
    pub registration_opens: String,
    /// Local time in the training's zone when registration closes (optional).
    pub registration_closes: String,
    /// open, approval or invitation.
    pub registration_mode: String,
    /// The address participants write to (public page, privacy notice, their e-mails). Empty:
    /// the lead organiser's.
    pub contact_email: String,
    /// On creation: the organisation the lead organiser speaks for.
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = Option<i64>)]
    pub organisation_id: String,
    /// The title, summary and description in other languages; readers see the one in their
    /// language. Absent: unchanged (on creation: none); an empty list removes them all.
    #[schema(nullable = false)]
    pub translations: Option<Vec<TrainingTranslation>>,
}

/// What a form or JSON body says about a session, before it is checked.
#[derive(Debug, Default, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SessionInput {
    #[schema(required = true)]
    pub title: String,
    pub description: String,
    /// Local start in the training's zone, "YYYY-MM-DDTHH:MM".
    #[schema(required = true)]
    pub starts_at: String,
    /// Local end in the training's zone, "YYYY-MM-DDTHH:MM".
    #[schema(required = true)]
    pub ends_at: String,
    /// For a local time that happens twice when clocks go back: "earlier" or "later".
    pub ambiguous: String,
    pub join_url: String,
}

/// An invitation to co-organise.
#[derive(Debug, Default, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct InvitationInput {
    #[schema(required = true)]
    pub email: String,
    /// co_organiser or facilitator.
    #[schema(required = true)]
    pub role: String,
    #[serde(deserialize_with = "text_or_number")]
    #[schema(value_type = i64)]
    #[schema(required = true)]
    pub organisation_id: String,
}
