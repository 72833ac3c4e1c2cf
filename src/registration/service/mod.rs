//! Every change to registrations, each inside the caller's write transaction together with
//! the e-mails it queues. Capacity is never exceeded, also under concurrent confirmations:
//! each placement first locks the training (PostgreSQL: a row lock; SQLite: the
//! `BEGIN IMMEDIATE` of [`crate::db::write_transaction`]) and then counts.
//!
//! `participant` holds what a participant does (register, confirm, accept an invitation, edit,
//! cancel), `organisers` what organisers do (approve, decline, cancel, resend, invite, import),
//! `postgres` the two things done differently on PostgreSQL.

mod organisers;
mod participant;
mod postgres;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::events::RegistrationEvent;
use super::mails::{self, TrainingMail};
use super::queries::{count_confirmed, is_full, load, waiting_ids};
use super::{AgeBand, Registration, RegistrationInput, Sex, Status, TokenPurpose};
use crate::crypto::tokens::{hash_token, random_token};
use crate::db::schema::{registration_tokens, registrations};
use crate::db::{now, DbConnection};
use crate::domain::{parse_text, Country, Email, TrainingStatus};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::registration::mails::RegistrationMail;
use crate::state::LinkEnv;
use crate::trainings::{Session, Training};
pub use organisers::{
    add_invitee, add_participant, approve, cancel_by_organiser, decline, import_invitees, record_participant, resend,
    retry_failed_mail, update_participant, AddedAs, ImportOutcome, InviteeInput,
};
pub use participant::{
    accept_invitation, cancel, confirm, register, register_from_form, register_with, update_details, RegisterOutcome,
};
use postgres::lock_training;

/// The checked fields of a registration form.
#[derive(Clone)]
pub struct Details {
    pub email: Email,
    pub full_name: String,
    pub organisation: String,
    pub country: Country,
    pub sex: Option<Sex>,
    pub age_band: Option<AgeBand>,
    /// The language they read the form in, or chose; None: not said.
    pub language: Option<Lang>,
}

impl Details {
    /// These details as the JSON a resubmission's confirmation link keeps
    /// ([`Details::from_pending`] reads it back, checked again).
    fn to_pending(&self) -> AppResult<String> {
        let input = RegistrationInput {
            email: String::new(),
            full_name: self.full_name.clone(),
            organisation: self.organisation.clone(),
            country: self.country.code().to_string(),
            sex: self.sex.map(|s| s.as_str().to_string()).unwrap_or_default(),
            age_band: self.age_band.map(|a| a.as_str().to_string()).unwrap_or_default(),
            consent: "yes".into(),
            language: self.language.map(|l| l.code().to_string()).unwrap_or_default(),
        };
        serde_json::to_string(&input).map_err(|e| AppError::Internal(anyhow::anyhow!("pending details: {e}")))
    }

    /// The details a confirmation link kept, for the registration's own address.
    fn from_pending(json: &str, email: &str) -> AppResult<Details> {
        let mut input: RegistrationInput = serde_json::from_str(json)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("registration_tokens.details: {e}")))?;
        input.email = email.to_string();
        parse_details(&input, false)
    }

    /// `r` with these details, as `update_fields` writes them.
    fn apply_to(&self, r: Registration) -> Registration {
        Registration {
            full_name: self.full_name.clone(),
            organisation: self.organisation.clone(),
            country: self.country.code().to_string(),
            sex: self.sex,
            age_band: self.age_band,
            language: self.language.map(|l| l.code().to_string()).or(r.language.clone()),
            ..r
        }
    }

    /// The row a new registration with these details writes (both backends' inserts use it).
    fn new_registration<'a>(
        &'a self,
        training_id: i64,
        status: Status,
        consent_at: Option<NaiveDateTime>,
        link_nonce: &'a str,
        at: NaiveDateTime,
    ) -> NewRegistration<'a> {
        NewRegistration {
            training_id,
            email: self.email.as_str(),
            full_name: &self.full_name,
            organisation: &self.organisation,
            country: self.country.code(),
            sex: self.sex,
            age_band: self.age_band,
            status,
            consent_at,
            link_nonce,
            created_at: at,
            updated_at: at,
            language: self.language.map(Lang::code),
        }
    }
}

/// A registration as it is inserted. `None` is written as NULL, not DEFAULT: with DEFAULT the
/// SQL text depends on which fields are empty and diesel does not cache the prepared
/// statement, which cost each registration a fresh prepare on SQLite (~10% of its CPU).
#[derive(Insertable)]
#[diesel(table_name = registrations, treat_none_as_default_value = false)]
struct NewRegistration<'a> {
    training_id: i64,
    email: &'a str,
    full_name: &'a str,
    organisation: &'a str,
    country: &'a str,
    sex: Option<Sex>,
    age_band: Option<AgeBand>,
    status: Status,
    consent_at: Option<NaiveDateTime>,
    link_nonce: &'a str,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    language: Option<&'static str>,
}

impl NewRegistration<'_> {
    /// The registration this row becomes once written with `id` (nothing is read back).
    fn written(&self, id: i64) -> Registration {
        Registration {
            id,
            training_id: self.training_id,
            email: self.email.to_string(),
            full_name: self.full_name.to_string(),
            organisation: self.organisation.to_string(),
            country: self.country.to_string(),
            sex: self.sex,
            age_band: self.age_band,
            status: self.status,
            link_nonce: self.link_nonce.to_string(),
            queued_at: None,
            confirmed_at: None,
            created_at: self.created_at,
            calendar_sequence: 0,
            erased_at: None,
            language: self.language.map(str::to_string),
        }
    }
}

pub fn parse_details(input: &RegistrationInput, require_consent: bool) -> AppResult<Details> {
    let email = Email::parse("email", &input.email)?;
    let full_name = parse_text("full_name", &input.full_name, 120)?;
    let organisation = parse_text("organisation", &input.organisation, 200)?;
    let country = Country::parse("country", &input.country)?;
    let sex = match input.sex.trim() {
        "" => None,
        s => Some(Sex::parse("sex", s)?),
    };
    let age_band = match input.age_band.trim() {
        "" => None,
        s => Some(AgeBand::parse("age_band", s)?),
    };
    if require_consent && !matches!(input.consent.trim(), "yes" | "on" | "true" | "1") {
        return Err(AppError::invalid("consent", "please accept the data notice to register"));
    }
    let language = parse_language(&input.language)?;
    Ok(Details { email, full_name, organisation, country, sex, age_band, language })
}

/// A language Cascade offers, by its code ("" is none said).
pub fn parse_language(raw: &str) -> AppResult<Option<Lang>> {
    let code = raw.trim();
    if code.is_empty() {
        return Ok(None);
    }
    // the pseudo-locale too: a tester's registration gets its e-mails in it
    match Lang::ALL.iter().find(|l| l.code().eq_ignore_ascii_case(code)) {
        Some(l) => Ok(Some(*l)),
        None => Err(AppError::invalid(
            "language",
            format!(
                "{code:?} is not a language Cascade speaks; one of: {}",
                Lang::OFFERED.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
            ),
        )),
    }
}

/// Moves a registration from `from` to `to`, if [`Status::may_become`] allows it and nobody
/// changed it meanwhile (the update names the status it expects), and records the change for
/// the capabilities downstream ([`RegistrationEvent`]).
fn set_status(conn: &mut DbConnection, id: i64, from: Status, to: Status) -> AppResult<()> {
    if !from.may_become(to) {
        return Err(AppError::conflict(
            None,
            format!(
                "a registration that is {} cannot become {}",
                from.label().to_lowercase(),
                to.label().to_lowercase()
            ),
        ));
    }
    let at = now();
    let changed: Option<i64> = diesel::update(registrations::table.find(id).filter(registrations::status.eq(from)))
        .set((
            registrations::status.eq(to),
            registrations::updated_at.eq(at),
            registrations::confirmed_at.eq((to == Status::Confirmed).then_some(at)),
            registrations::queued_at.eq((to == Status::Waitlisted).then_some(at)),
        ))
        .returning(registrations::training_id)
        .get_result(conn)
        .optional()?;
    let Some(training_id) = changed else {
        return Err(AppError::conflict(None, "the registration changed meanwhile; reload and try again"));
    };
    crate::events::record(
        conn,
        &RegistrationEvent::StatusChanged { training_id, registration_id: id, from: Some(from), to },
    )
}

/// Gives the person a place, or a place on the waiting list when the training is full, and
/// sends the matching e-mail. The training must be locked by the caller.
fn place(conn: &mut DbConnection, env: &LinkEnv, tm: &TrainingMail, r: &Registration, note: &str) -> AppResult<Status> {
    let full = is_full(conn, &tm.training)?;
    let status = if full { Status::Waitlisted } else { Status::Confirmed };
    set_status(conn, r.id, r.status, status)?;
    let r = load(conn, r.id)?;
    if full {
        mails::status(conn, env, tm, &r, RegistrationMail::Waitlisted, "")?;
    } else {
        mails::registered(conn, env, tm, &r, note)?;
    }
    Ok(status)
}

/// Fills free places from the waiting list, first come first served.
fn promote(conn: &mut DbConnection, env: &LinkEnv, tm: &TrainingMail) -> AppResult<()> {
    let (limit, note) = match tm.training.capacity {
        // no limit: everyone waiting gets in
        None => (i64::MAX, "note-place-free"),
        Some(cap) => (i64::from(cap) - count_confirmed(conn, tm.training.id)?, "note-place-free-yours"),
    };
    if limit > 0 {
        for id in waiting_ids(conn, tm.training.id, limit)? {
            let r = load(conn, id)?;
            place(conn, env, tm, &r, note)?;
        }
    }
    Ok(())
}

/// Why registration is not open, or `None` when it is, in `lang` (the API says it in
/// English). Without a closing time set, it closes when the last session starts; once the
/// last session has ended, it says when the training took place.
pub fn closed_reason(t: &Training, sessions: &[Session], at: NaiveDateTime, lang: Lang) -> Option<String> {
    if t.status() != TrainingStatus::Published {
        return Some(match t.status() {
            TrainingStatus::Cancelled => lang.t("form-closed-cancelled"),
            TrainingStatus::Completed => lang.t("form-closed-completed"),
            _ => lang.t("form-closed-unpublished"),
        });
    }
    if t.ended_at(sessions).is_some_and(|end| at >= end) {
        return Some(lang.t1("form-closed-ended", "dates", t.dates_text(sessions, lang)));
    }
    let tz = t.tz();
    let when = |utc: NaiveDateTime| {
        let local = crate::domain::time::in_zone(utc, tz);
        format!("{} ({})", crate::i18n::dates::long_with_time(lang, local.naive_local()), tz.name())
    };
    if let Some(opens) = t.registration_opens_at {
        if at < opens {
            return Some(lang.t1("form-closed-not-open", "date", when(opens)));
        }
    }
    if let Some(closes) = t.registration_closes(sessions) {
        if at >= closes {
            return Some(lang.t1("form-closed-window", "date", when(closes)));
        }
    }
    None
}

fn new_token(
    conn: &mut DbConnection,
    reg_id: i64,
    purpose: TokenPurpose,
    valid_for: chrono::Duration,
) -> AppResult<String> {
    new_token_with(conn, reg_id, purpose, valid_for, None)
}

/// A one-time link; `details` (JSON, [`Details::to_pending`]) are applied when it is used.
fn new_token_with(
    conn: &mut DbConnection,
    reg_id: i64,
    purpose: TokenPurpose,
    valid_for: chrono::Duration,
    details: Option<&str>,
) -> AppResult<String> {
    let token = random_token();
    diesel::insert_into(registration_tokens::table)
        .values((
            registration_tokens::registration_id.eq(reg_id),
            registration_tokens::purpose.eq(purpose),
            registration_tokens::token_hash.eq(hash_token(&token)),
            registration_tokens::expires_at.eq(now() + valid_for),
            registration_tokens::created_at.eq(now()),
            registration_tokens::details.eq(details),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Whether the public form may take registrations for this training.
fn check_open(tm: &TrainingMail) -> AppResult<()> {
    if let Some(why) = closed_reason(&tm.training, &tm.sessions, now(), Lang::En) {
        return Err(AppError::conflict(None, format!("Registration is closed: {why}.")));
    }
    if tm.training.mode() == crate::domain::RegistrationMode::Invitation {
        return Err(AppError::Forbidden(
            "this training is by invitation only: use the personal link from your invitation e-mail".into(),
        ));
    }
    Ok(())
}
