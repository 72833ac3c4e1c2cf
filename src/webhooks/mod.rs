//! Webhooks, as pretix offers them: an organisation's administrators register HTTPS endpoints
//! that receive a signed JSON POST when something happens in a training the organisation
//! organises — a registration confirmed, cancelled, put on the waiting list or promoted from
//! it, a session added, changed or deleted, a certificate issued.
//!
//! Nothing is lost when a receiver is down: the capability that changes something records a
//! domain event in its transaction ([`crate::events`]); this capability's reaction
//! ([`reactions`]), run in the same transaction, writes one delivery per subscribed endpoint
//! into `webhook_deliveries` (the outbox of webhooks); the [`worker`] POSTs them with retries
//! and exponential backoff and keeps the last answer of each (the delivery log).
//!
//! - [`target`]: which receiver addresses are allowed (https, no private addresses: SSRF);
//! - [`signing`]: the endpoint's secret (sealed at rest) and the `X-Cascade-Signature` HMAC;
//! - [`queries`] reads, [`service`] every change (checked: only whoever may change the
//!   organisation), [`pages`] and [`api`] HTTP.

pub mod api;
pub mod pages;
pub mod queries;
pub mod reactions;
pub mod service;
pub mod signing;
pub mod target;
pub mod worker;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::schema::{webhook_deliveries, webhook_endpoints};
use crate::domain::string_enum;
use crate::error::{AppError, AppResult};

/// What an endpoint can subscribe to. The names are the `type` of the payload and the
/// `X-Cascade-Event` header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
pub enum EventType {
    /// Someone got a place: confirmed their address in an open training, was approved, or
    /// was added as confirmed by an organiser (not: promoted from the waiting list).
    #[serde(rename = "registration.confirmed")]
    RegistrationConfirmed,
    /// A registration was cancelled, by the participant or an organiser.
    #[serde(rename = "registration.cancelled")]
    RegistrationCancelled,
    /// Someone was put on the waiting list (the training was full).
    #[serde(rename = "registration.waitlisted")]
    RegistrationWaitlisted,
    /// Someone on the waiting list got a place that became free.
    #[serde(rename = "registration.promoted")]
    RegistrationPromoted,
    #[serde(rename = "session.added")]
    SessionAdded,
    /// A session's time, title, description or join link changed.
    #[serde(rename = "session.changed")]
    SessionChanged,
    #[serde(rename = "session.deleted")]
    SessionDeleted,
    /// A certificate was issued (rendered, signed and e-mailed to its holder).
    #[serde(rename = "certificate.issued")]
    CertificateIssued,
}

impl EventType {
    pub const ALL: &'static [EventType] = &[
        EventType::RegistrationConfirmed,
        EventType::RegistrationCancelled,
        EventType::RegistrationWaitlisted,
        EventType::RegistrationPromoted,
        EventType::SessionAdded,
        EventType::SessionChanged,
        EventType::SessionDeleted,
        EventType::CertificateIssued,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            EventType::RegistrationConfirmed => "registration.confirmed",
            EventType::RegistrationCancelled => "registration.cancelled",
            EventType::RegistrationWaitlisted => "registration.waitlisted",
            EventType::RegistrationPromoted => "registration.promoted",
            EventType::SessionAdded => "session.added",
            EventType::SessionChanged => "session.changed",
            EventType::SessionDeleted => "session.deleted",
            EventType::CertificateIssued => "certificate.issued",
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            EventType::RegistrationConfirmed => "A registration is confirmed",
            EventType::RegistrationCancelled => "A registration is cancelled",
            EventType::RegistrationWaitlisted => "Someone is put on the waiting list",
            EventType::RegistrationPromoted => "Someone on the waiting list gets a place",
            EventType::SessionAdded => "A session is added",
            EventType::SessionChanged => "A session changes (time, title, description, join link)",
            EventType::SessionDeleted => "A session is deleted",
            EventType::CertificateIssued => "A certificate is issued",
        }
    }

    /// A known type name; anything else is an error naming `field` and the known names.
    pub fn parse(field: &str, raw: &str) -> AppResult<EventType> {
        let raw = raw.trim();
        EventType::ALL.iter().copied().find(|t| t.as_str() == raw).ok_or_else(|| {
            let known: Vec<&str> = EventType::ALL.iter().map(EventType::as_str).collect();
            AppError::invalid(field, format!("{raw:?} is not an event type; the types are {}", known.join(", ")))
        })
    }
}

impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

string_enum!(
    /// Where a delivery stands.
    DeliveryStatus in "webhook_deliveries.status" {
        Pending => "pending", "Waiting to be sent";
        Delivered => "delivered", "Delivered";
        Failed => "failed", "Failed";
    }
);

/// An organisation's webhook endpoint, as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_endpoints)]
pub struct Endpoint {
    pub id: i64,
    pub organisation_id: i64,
    pub url: String,
    pub description: String,
    /// Space-separated [`EventType`] names.
    pub event_types: String,
    pub all_trainings: bool,
    pub enabled: bool,
    pub secret_sealed: String,
    pub secret_hint: String,
    pub paused_at: Option<NaiveDateTime>,
    pub paused_reason: Option<String>,
    pub failed_in_a_row: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Endpoint {
    /// The event types it receives (a name this binary does not know is left out).
    pub fn event_types(&self) -> Vec<EventType> {
        self.event_types.split_whitespace().filter_map(|t| EventType::parse("event_types", t).ok()).collect()
    }
    pub fn receives(&self, t: EventType) -> bool {
        self.event_types.split_whitespace().any(|n| n == t.as_str())
    }
    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }
    /// "Active", "Paused" or "Disabled", for the pages.
    pub fn state_label(&self) -> &'static str {
        if !self.enabled {
            "Disabled"
        } else if self.is_paused() {
            "Paused"
        } else {
            "Active"
        }
    }
}

/// One delivery of one event to one endpoint, with the last answer (the delivery log).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_deliveries)]
pub struct Delivery {
    pub id: i64,
    pub endpoint_id: i64,
    pub delivery_id: String,
    pub event_id: String,
    pub event_type: String,
    pub training_id: Option<i64>,
    pub payload: String,
    pub status: DeliveryStatus,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub locked_until: Option<NaiveDateTime>,
    pub last_attempt_at: Option<NaiveDateTime>,
    pub last_status_code: Option<i32>,
    pub last_response: Option<String>,
    pub last_error: Option<String>,
    pub last_duration_ms: Option<i32>,
    pub delivered_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

impl Delivery {
    /// Being sent by a worker right now.
    pub fn is_leased(&self) -> bool {
        self.locked_until.is_some_and(|until| until > crate::db::now())
    }
    /// The payload, indented, for the delivery log page.
    pub fn payload_pretty(&self) -> String {
        serde_json::from_str::<serde_json::Value>(&self.payload)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or_else(|| self.payload.clone())
    }
    /// What the last attempt got, in a few words, for the log.
    pub fn outcome(&self) -> String {
        match (self.last_status_code, &self.last_error) {
            (Some(code), _) => format!("HTTP {code}"),
            (None, Some(e)) => e.clone(),
            (None, None) => "not tried yet".into(),
        }
    }
}

/// What the webhooks capability keeps for the life of the process (its own `web::Data`): the
/// HTTP client that delivers, the key that seals secrets, and the worker's wake-up call.
pub struct Webhooks {
    pub client: reqwest::Client,
    pub seal: signing::SealKey,
    /// `webhooks.allow_loopback`: development and tests only.
    pub allow_loopback: bool,
    pub wake: tokio::sync::Notify,
}

impl Webhooks {
    pub fn from_settings(settings: &crate::config::Settings) -> anyhow::Result<Webhooks> {
        let secret = settings.resolve_jwt_secret()?;
        Ok(Webhooks {
            client: worker::client(settings)?,
            seal: signing::SealKey::derive(&secret),
            allow_loopback: settings.webhooks.allow_loopback,
            wake: tokio::sync::Notify::new(),
        })
    }
}
