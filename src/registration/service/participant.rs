//! What a participant does: register (from the public form, again, or through an
//! invitation), confirm their address, change their details, cancel.

use std::sync::Arc;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{check_open, closed_reason, lock_training, parse_details, place, postgres, promote, set_status};
use super::{new_token, new_token_with, Details};
use crate::crypto::tokens::{hash_token, random_token};
use crate::db::schema::{registration_tokens, registrations};
use crate::db::{now, Backend, Db, DbConnection};
use crate::domain::{RegistrationMode, TrainingStatus};
use crate::error::{AppError, AppResult};
use crate::registration::mails::RegistrationMail;
use crate::registration::mails::{self, TrainingMail, TrainingMailCache};
use crate::registration::queries::{by_email, form_target, load, token_is_open};
use crate::registration::{Registration, RegistrationInput, Status, TokenPurpose};
use crate::state::LinkEnv;

pub struct RegisterOutcome {
    pub registration_id: i64,
    /// The confirmation token that was e-mailed (tests and benchmarks use it).
    pub confirm_token: Option<String>,
}

/// A registration from the public form. Registering again never makes a second registration:
/// it sends the confirmation link again (or says where the registration stands). The caller
/// answers "check your inbox" in every case.
pub fn register(
    conn: &mut DbConnection,
    env: &LinkEnv,
    training_id: i64,
    input: &RegistrationInput,
) -> AppResult<RegisterOutcome> {
    let d = parse_details(input, true)?;
    let tm = TrainingMail::load(conn, training_id)?;
    let existing = by_email(conn, training_id, &d.email)?;
    register_with(conn, env, &tm, &d, existing)
}

/// A registration from the public form, whose input the caller has already checked. On
/// PostgreSQL a new address takes the short path ([`postgres::register_new`]: two statements);
/// everything else runs in one write transaction: one query for the training's version and the
/// address's registration, the training's e-mail data from the per-version cache, the inserts.
pub async fn register_from_form(
    db: &Db,
    env: &LinkEnv,
    cache: &Arc<TrainingMailCache>,
    slug: &str,
    details: Details,
) -> AppResult<RegisterOutcome> {
    if matches!(db.backend(), Backend::Postgres(_)) {
        let (env, cache, slug, d) = (env.clone(), cache.clone(), slug.to_string(), details.clone());
        if let Some(done) = db.run(move |conn| postgres::register_new(conn, &env, &cache, &slug, &d)).await? {
            return Ok(done);
        }
    }
    let (env, cache, slug) = (env.clone(), cache.clone(), slug.to_string());
    db.write(move |conn| {
        let target = form_target(conn, &slug, &details.email)?
            .filter(|t| t.status != TrainingStatus::Draft)
            .ok_or_else(|| AppError::not_found("training"))?;
        let tm = cache.get(conn, target.training_id, target.version)?;
        register_with(conn, &env, &tm, &details, target.existing)
    })
    .await
}

/// [`register`] with the training already loaded (the public form takes it from
/// [`mails::TrainingMailCache`]), the form already checked and the person's `existing`
/// registration looked up ([`form_target`]), so that the write transaction holds only what
/// must be in it: for a new person, three inserts.
pub fn register_with(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    d: &Details,
    existing: Option<Registration>,
) -> AppResult<RegisterOutcome> {
    check_open(tm)?;
    let at = now();
    let r = match existing {
        Some(r) if !matches!(r.status(), Status::Pending | Status::Cancelled) => {
            if r.status() == Status::Invited {
                let token = new_token(conn, r.id, TokenPurpose::Invite, chrono::Duration::days(30))?;
                mails::invitation(conn, env, tm, &r, &token)?;
            } else {
                mails::already_registered(conn, env, tm, &r)?;
            }
            return Ok(RegisterOutcome { registration_id: r.id, confirm_token: None });
        }
        Some(r) => {
            // The address was submitted before and has not confirmed (or cancelled). Whoever
            // sends the form now may not be that person: nothing stored changes. The new
            // details wait on their own confirmation link, sent to the address, and are
            // applied (a cancelled registration comes back) only when that link is used.
            let pending = d.to_pending()?;
            let valid_for = chrono::Duration::hours(env.confirm_hours);
            let token = new_token_with(conn, r.id, TokenPurpose::Confirm, valid_for, Some(&pending))?;
            // the e-mail speaks of the details it would confirm
            let shown = Registration { status: Status::Pending, ..d.apply_to(r) };
            mails::confirm_link(conn, env, tm, &shown, &token)?;
            return Ok(RegisterOutcome { registration_id: shown.id, confirm_token: Some(token) });
        }
        None => insert(conn, tm.training.id, d, Status::Pending, Some(at))?,
    };
    let token = new_token(conn, r.id, TokenPurpose::Confirm, chrono::Duration::hours(env.confirm_hours))?;
    mails::confirm_link(conn, env, tm, &r, &token)?;
    Ok(RegisterOutcome { registration_id: r.id, confirm_token: Some(token) })
}

pub(super) fn insert(
    conn: &mut DbConnection,
    training_id: i64,
    d: &Details,
    status: Status,
    consent_at: Option<NaiveDateTime>,
) -> AppResult<Registration> {
    let link_nonce = random_token();
    let new = d.new_registration(training_id, status, consent_at, &link_nonce, now());
    let id =
        diesel::insert_into(registrations::table).values(&new).returning(registrations::id).get_result(conn).map_err(
            |e| {
                if crate::db::is_unique_violation(&e) {
                    AppError::conflict(Some("email"), format!("{} is already registered for this training", d.email))
                } else {
                    AppError::from(e)
                }
            },
        )?;
    // what was written, without reading it back
    Ok(new.written(id))
}

/// Follows a one-time link (confirmation or invitation): the registration it belongs to.
fn use_token(conn: &mut DbConnection, token: &str, purpose: TokenPurpose) -> AppResult<Registration> {
    use_token_with(conn, token, purpose).map(|(r, _)| r)
}

/// [`use_token`], with the details the link carries (a resubmission's), if any.
fn use_token_with(
    conn: &mut DbConnection,
    token: &str,
    purpose: TokenPurpose,
) -> AppResult<(Registration, Option<String>)> {
    let row: Option<(i64, i64, Option<String>)> = registration_tokens::table
        .filter(registration_tokens::token_hash.eq(hash_token(token)))
        .filter(registration_tokens::purpose.eq(purpose))
        .filter(registration_tokens::used_at.is_null())
        .filter(registration_tokens::expires_at.gt(now()))
        .select((registration_tokens::id, registration_tokens::registration_id, registration_tokens::details))
        .first(conn)
        .optional()?;
    let (token_id, reg_id, details) =
        row.ok_or_else(|| AppError::NotFound("this link was already used, has expired or is not valid".into()))?;
    let claimed =
        diesel::update(registration_tokens::table.find(token_id).filter(registration_tokens::used_at.is_null()))
            .set(registration_tokens::used_at.eq(Some(now())))
            .execute(conn)?;
    if claimed != 1 {
        return Err(AppError::NotFound("this link was already used".into()));
    }
    Ok((load(conn, reg_id)?, details))
}

/// Confirms the e-mail address (double opt-in) and places the person by the training's mode.
/// A link sent for a second submission of the form first applies the details it carries (and
/// brings a cancelled registration back): only the person who reads that address's e-mail
/// can change what is stored.
pub fn confirm(conn: &mut DbConnection, env: &LinkEnv, token: &str) -> AppResult<Registration> {
    let (r, details) = use_token_with(conn, token, TokenPurpose::Confirm)?;
    lock_training(conn, r.training_id)?;
    let r = load(conn, r.id)?;
    let revive = details.is_some() && r.status() == Status::Cancelled;
    if r.status() != Status::Pending && !revive {
        return Ok(r);
    }
    let tm = TrainingMail::load(conn, r.training_id)?;
    if let Some(why) = closed_reason(&tm.training, &tm.sessions, now(), crate::i18n::Lang::En) {
        return Err(AppError::conflict(None, format!("Registration is closed: {why}.")));
    }
    let r = match details {
        Some(json) => {
            let d = Details::from_pending(&json, &r.email)?;
            update_fields(conn, r.id, &d)?;
            diesel::update(registrations::table.find(r.id))
                .set(registrations::consent_at.eq(Some(now())))
                .execute(conn)?;
            if revive {
                set_status(conn, r.id, Status::Cancelled, Status::Pending)?;
            }
            load(conn, r.id)?
        }
        None => r,
    };
    match tm.training.mode() {
        RegistrationMode::Approval => {
            set_status(conn, r.id, r.status, Status::AwaitingApproval)?;
            let r = load(conn, r.id)?;
            mails::status(conn, env, &tm, &r, RegistrationMail::AwaitingApproval, "")?;
        }
        _ => {
            place(conn, env, &tm, &r, "")?;
        }
    }
    load(conn, r.id)
}

/// An invitee registers through their personal link (their e-mail is proven by it).
pub fn accept_invitation(
    conn: &mut DbConnection,
    env: &LinkEnv,
    token: &str,
    input: &RegistrationInput,
) -> AppResult<Registration> {
    let open = token_is_open(conn, token, TokenPurpose::Invite)?.ok_or_else(|| {
        AppError::NotFound("this invitation link was already used, has expired or is not valid".into())
    })?;
    let mut input = input.clone();
    // the link is bound to the invited address
    input.email = open.email.clone();
    let d = parse_details(&input, true)?;
    let r = use_token(conn, token, TokenPurpose::Invite)?;
    lock_training(conn, r.training_id)?;
    let tm = TrainingMail::load(conn, r.training_id)?;
    if let Some(why) = closed_reason(&tm.training, &tm.sessions, now(), crate::i18n::Lang::En) {
        return Err(AppError::conflict(None, format!("Registration is closed: {why}.")));
    }
    update_fields(conn, r.id, &d)?;
    diesel::update(registrations::table.find(r.id)).set(registrations::consent_at.eq(Some(now()))).execute(conn)?;
    place(conn, env, &tm, &r, "")?;
    load(conn, r.id)
}

pub(super) fn update_fields(conn: &mut DbConnection, id: i64, d: &Details) -> AppResult<()> {
    diesel::update(registrations::table.find(id))
        .set((
            registrations::full_name.eq(&d.full_name),
            registrations::organisation.eq(&d.organisation),
            registrations::country.eq(d.country.code()),
            registrations::sex.eq(d.sex),
            registrations::age_band.eq(d.age_band),
            registrations::updated_at.eq(now()),
        ))
        .execute(conn)?;
    if let Some(lang) = d.language {
        diesel::update(registrations::table.find(id)).set(registrations::language.eq(lang.code())).execute(conn)?;
    }
    Ok(())
}

/// The participant changes their details (not their e-mail).
pub fn update_details(conn: &mut DbConnection, id: i64, input: &RegistrationInput) -> AppResult<()> {
    let r = load(conn, id)?;
    let mut input = input.clone();
    input.email = r.email.clone();
    let d = parse_details(&input, false)?;
    update_fields(conn, id, &d)
}

/// Cancels a registration (by the participant or an organiser). A confirmed person's calendar
/// entries are cancelled, and the first on the waiting list gets the place.
pub fn cancel(conn: &mut DbConnection, env: &LinkEnv, id: i64, note: &str) -> AppResult<()> {
    let r = load(conn, id)?;
    lock_training(conn, r.training_id)?;
    let r = load(conn, id)?;
    if matches!(r.status(), Status::Cancelled | Status::Declined) {
        return Ok(());
    }
    let was_confirmed = r.status() == Status::Confirmed;
    set_status(conn, id, r.status, Status::Cancelled)?;
    let tm = TrainingMail::load(conn, r.training_id)?;
    let r = load(conn, id)?;
    mails::cancelled(conn, env, &tm, &r, note, was_confirmed)?;
    if was_confirmed {
        // the CANCEL just queued carries SEQUENCE + 1: an invite after registering again must
        // carry more, or calendars keep the cancelled entry
        diesel::update(registrations::table.find(id))
            .set(registrations::calendar_sequence.eq(registrations::calendar_sequence + 2))
            .execute(conn)?;
    }
    if was_confirmed && tm.training.status() == TrainingStatus::Published {
        promote(conn, env, &tm)?;
    }
    Ok(())
}
