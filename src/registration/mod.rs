//! Registration: the participant's path from the public page to a confirmed place with
//! calendar invites that follow every change, and the organisers' registrations table.
//! `queries` reads, `service` holds every change (capacity, waiting list, modes), `mails` what
//! each change sends, `reactions` how it follows changes to trainings, `events` what it tells
//! others (every change of status), `pages` the HTML, `reminders` the scheduler.

pub mod api;
pub mod erasure;
pub mod events;
pub mod export;
pub mod mails;
pub mod pages;
pub mod queries;
pub mod reactions;
pub mod reminders;
pub mod service;
pub mod updates;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

use crate::db::schema::registrations;
use crate::domain::{string_enum, Country};
use crate::http::rate_limit::RateLimiter;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = registrations)]
pub struct Registration {
    pub id: i64,
    pub training_id: i64,
    pub email: String,
    pub full_name: String,
    pub organisation: String,
    pub country: String,
    pub sex: Option<Sex>,
    pub age_band: Option<AgeBand>,
    pub status: Status,
    pub link_nonce: String,
    pub queued_at: Option<NaiveDateTime>,
    pub confirmed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    /// Added to each SEQUENCE of this person's invites (see `service::participant::cancel`).
    pub calendar_sequence: i32,
    /// When the e-mail address, name and organisation were erased ([`erasure`]).
    pub erased_at: Option<NaiveDateTime>,
    /// The language they registered in or chose (a [`crate::i18n::Lang`] code); None: the
    /// training's.
    pub language: Option<String>,
}

impl Registration {
    pub fn status(&self) -> Status {
        self.status
    }
    /// The language this person's e-mails, invitations and certificate are in: their own
    /// choice, else the training's, else English.
    pub fn lang(&self, training_language: &str) -> crate::i18n::Lang {
        crate::i18n::negotiate(crate::i18n::Choice {
            stored: self.language.as_deref(),
            training: Some(training_language),
            ..Default::default()
        })
    }
    /// The participant's zone: their country's.
    pub fn tz(&self) -> chrono_tz::Tz {
        Country::from_code(&self.country).map(|c| c.timezone()).unwrap_or(chrono_tz::UTC)
    }
    pub fn zone_label(&self) -> String {
        Country::from_code(&self.country).map(|c| c.city().to_string()).unwrap_or_else(|| "UTC".into())
    }
    pub fn sex_label(&self) -> &'static str {
        self.sex.map(|s| s.label()).unwrap_or("—")
    }
    pub fn age_label(&self) -> &'static str {
        self.age_band.map(|a| a.label()).unwrap_or("—")
    }
}

string_enum!(
    /// Where a registration stands.
    Status in "registrations.status" {
        Pending => "pending", "Waiting for e-mail confirmation";
        Confirmed => "confirmed", "Confirmed";
        Waitlisted => "waitlisted", "On the waiting list";
        AwaitingApproval => "awaiting_approval", "Waiting for approval";
        Invited => "invited", "Invited";
        Cancelled => "cancelled", "Cancelled";
        Declined => "declined", "Declined";
    }
);

impl Status {
    /// The one state machine of a registration: every change of status goes through it.
    pub fn may_become(self, next: Status) -> bool {
        use Status::*;
        matches!(
            (self, next),
            (Pending, Confirmed | Waitlisted | AwaitingApproval | Cancelled)
                | (Invited, Confirmed | Waitlisted | Cancelled)
                | (AwaitingApproval, Confirmed | Waitlisted | Declined | Cancelled)
                | (Declined, Confirmed | Waitlisted)
                | (Waitlisted, Confirmed | Cancelled)
                | (Confirmed, Cancelled)
                | (Cancelled, Pending)
        )
    }
}

impl Registration {
    pub fn is_confirmed(&self) -> bool {
        self.status == Status::Confirmed
    }
    /// Still in line for the training (or in it): not cancelled or declined.
    pub fn is_active(&self) -> bool {
        !matches!(self.status, Status::Cancelled | Status::Declined)
    }
    /// Organisers may approve or decline it.
    pub fn awaits_decision(&self) -> bool {
        self.status == Status::AwaitingApproval
    }
    /// There is something to send again: the invite, the personal link or the confirmation link.
    pub fn can_resend(&self) -> bool {
        matches!(self.status, Status::Confirmed | Status::Invited | Status::Pending)
    }
    pub fn can_cancel(&self) -> bool {
        self.status.may_become(Status::Cancelled)
    }
    /// The person's e-mail address, name and organisation are gone (see [`erasure`]).
    pub fn is_erased(&self) -> bool {
        self.erased_at.is_some()
    }
}

string_enum!(
    /// What a one-time registration link is for.
    TokenPurpose in "registration_tokens.purpose" {
        Confirm => "confirm", "Confirm the e-mail address";
        Invite => "invite", "Register through an invitation";
    }
);

/// What registration keeps in memory in each instance (registered as its own `web::Data`).
pub struct RegistrationCaches {
    /// What registration e-mails show of each training, per training version.
    pub training_mails: std::sync::Arc<mails::TrainingMailCache>,
    /// The blank registration form of each training, rendered once per version.
    pub forms: pages::FormPageCache,
    pub limit_per_ip: RateLimiter,
    /// keyed by training and address: someone else's submissions for one training never
    /// hold back the address's registration for another
    pub limit_per_email: RateLimiter,
}

impl RegistrationCaches {
    pub fn new(settings: &crate::config::Settings) -> RegistrationCaches {
        let hour = std::time::Duration::from_secs(3600);
        RegistrationCaches {
            training_mails: Default::default(),
            forms: Default::default(),
            limit_per_ip: RateLimiter::new(settings.registration.rate_limit_per_ip, hour),
            limit_per_email: RateLimiter::new(settings.registration.rate_limit_per_email, hour),
        }
    }
}

string_enum!(
    /// Optional, for sex-disaggregated reports.
    Sex in "registrations.sex" {
        Female => "female", "Female";
        Male => "male", "Male";
        Another => "another", "Another";
        Undisclosed => "undisclosed", "Prefer not to say";
    }
);

string_enum!(
    /// Optional age band, for disaggregated reports.
    AgeBand in "registrations.age_band" {
        Under25 => "under_25", "Under 25";
        From25To34 => "25_34", "25–34";
        From35To44 => "35_44", "35–44";
        From45To54 => "45_54", "45–54";
        From55To64 => "55_64", "55–64";
        From65 => "65_plus", "65 or over";
    }
);

/// What the registration form (or JSON) says, before it is checked.
#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RegistrationInput {
    pub email: String,
    pub full_name: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2 (XK for Kosovo).
    pub country: String,
    /// female, male, another, undisclosed, or empty.
    pub sex: String,
    /// under_25, 25_34, 35_44, 45_54, 55_64, 65_plus, or empty.
    pub age_band: String,
    /// "yes" (or "on", "true") when the person accepts the training's data notice.
    pub consent: String,
    /// The participant's language, or empty (the training's): en, fr, es, ru, zh-Hans, ar, ko,
    /// mn, sq, uz-Latn. Their e-mails and calendar invitations are written in it.
    pub language: String,
}

/// The key of a participant's personal page: `{id}.{HMAC}`. It can be sent again at any time
/// without being stored, and stops working when the registration's nonce is renewed.
pub fn participant_key(secret: &[u8], id: i64, nonce: &str) -> String {
    use base64::Engine;
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(format!("participant|{id}|{nonce}").as_bytes());
    format!("{id}.{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()))
}

/// The registration id a key claims (check it with [`key_matches`] once loaded).
pub fn key_id(key: &str) -> Option<i64> {
    key.split_once('.').and_then(|(id, _)| id.parse().ok())
}

pub fn key_matches(secret: &[u8], key: &str, registration: &Registration) -> bool {
    crate::crypto::tokens::same_secret(&participant_key(secret, registration.id, &registration.link_nonce), key)
}
