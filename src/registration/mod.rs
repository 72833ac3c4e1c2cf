//! Registration: the participant's path from the public page to a confirmed place with
//! calendar invites that follow every change, and the organisers' registrations table.
//! `service` holds every change (capacity, waiting list, modes), `mails` what each change
//! sends, `pages` the HTML, `reminders` the scheduler, `rate_limit` the request limits.

pub mod mails;
pub mod pages;
pub mod rate_limit;
pub mod reminders;
pub mod service;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

use crate::db::schema::registrations;
use crate::domain::Country;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = registrations)]
pub struct Registration {
    pub id: i64,
    pub training_id: i64,
    pub email: String,
    pub full_name: String,
    pub organisation: String,
    pub country: String,
    pub sex: Option<String>,
    pub age_band: Option<String>,
    pub status: String,
    pub link_nonce: String,
    pub queued_at: Option<NaiveDateTime>,
    pub confirmed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

impl Registration {
    pub fn status(&self) -> Status {
        Status::from_db(&self.status)
    }
    /// The participant's zone: their country's.
    pub fn tz(&self) -> chrono_tz::Tz {
        Country::from_code(&self.country).map(|c| c.timezone()).unwrap_or(chrono_tz::UTC)
    }
    pub fn zone_label(&self) -> String {
        Country::from_code(&self.country).map(|c| c.city().to_string()).unwrap_or_else(|| "UTC".into())
    }
    pub fn sex_label(&self) -> &'static str {
        self.sex.as_deref().map(|s| Sex::from_db(s).label()).unwrap_or("—")
    }
    pub fn age_label(&self) -> &'static str {
        self.age_band.as_deref().map(|s| AgeBand::from_db(s).label()).unwrap_or("—")
    }
}

macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(&self) -> &'static str { match self { $($name::$variant => $text),+ } }
            pub fn label(&self) -> &'static str { match self { $($name::$variant => $label),+ } }
            pub fn parse(field: &str, raw: &str) -> Result<$name, crate::error::AppError> {
                match raw.trim() {
                    $($text => Ok($name::$variant),)+
                    other => Err(crate::error::AppError::invalid(field, format!("{other:?} is not one of: {}", [$($text),+].join(", ")))),
                }
            }
            pub fn from_db(raw: &str) -> $name { Self::parse("", raw).unwrap_or($name::ALL[0]) }
        }
    };
}

text_enum!(
    /// Where a registration stands.
    Status {
        Pending => "pending", "Waiting for e-mail confirmation";
        Confirmed => "confirmed", "Confirmed";
        Waitlisted => "waitlisted", "On the waiting list";
        AwaitingApproval => "awaiting_approval", "Waiting for approval";
        Invited => "invited", "Invited";
        Cancelled => "cancelled", "Cancelled";
        Declined => "declined", "Declined";
    }
);

text_enum!(
    /// Optional, for sex-disaggregated reports.
    Sex {
        Female => "female", "Female";
        Male => "male", "Male";
        Another => "another", "Another";
        Undisclosed => "undisclosed", "Prefer not to say";
    }
);

text_enum!(
    /// Optional age band, for disaggregated reports.
    AgeBand {
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
    crate::auth::tokens::same_secret(&participant_key(secret, registration.id, &registration.link_nonce), key)
}
