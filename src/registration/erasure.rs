//! Erasing a person's details: what each training's privacy notice promises
//! (`public::privacy`). A registration's e-mail address, name and organisation are replaced,
//! its one-time links and its link nonce (so its personal page stops working) are gone, and the
//! e-mails already sent to it for that training are deleted. Country, sex and age band stay,
//! and so do the row, its status and its attendance: funders' counts of people reached do not
//! change. A certificate already issued keeps the holder's name: it is the document others
//! verify.
//!
//! Three ways in: the person, from their own page ([`erase`]); an organiser, at their request
//! ([`erase_by_organiser`]); and, when `privacy.erase_registrations_after_days` is set, the
//! scheduler ([`run`]), for every registration of a training whose last session ended that many
//! days ago.

use std::time::Duration;

use actix_web::web;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::queries::load;
use super::{service, Registration};
use crate::accounts::Account;
use crate::crypto::tokens::random_token;
use crate::db::schema::{registration_tokens, registrations, training_sessions};
use crate::db::{now, DbConnection};
use crate::error::{AppError, AppResult};
use crate::state::{AppState, LinkEnv};
use crate::trainings::permissions::{authorize, Action};

/// What an erased registration is called wherever it is listed.
pub const ERASED_NAME: &str = "(details erased)";

/// The address an erased registration keeps: unique per registration (one per training and
/// address is the rule), and in the `.invalid` domain, which never receives mail (RFC 2606).
pub fn erased_email(registration_id: i64) -> String {
    format!("erased-{registration_id}@erased.invalid")
}

/// Replaces what identifies the person; false when it was already erased.
fn scrub(conn: &mut DbConnection, r: &Registration) -> AppResult<bool> {
    let at = now();
    let changed = diesel::update(registrations::table.find(r.id).filter(registrations::erased_at.is_null()))
        .set((
            registrations::email.eq(erased_email(r.id)),
            registrations::full_name.eq(ERASED_NAME),
            registrations::organisation.eq(""),
            // the personal page's address is an HMAC over this: the old link stops working
            registrations::link_nonce.eq(random_token()),
            registrations::erased_at.eq(Some(at)),
            registrations::updated_at.eq(at),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Ok(false);
    }
    // confirmation links of a second submission carry the details as JSON
    diesel::delete(registration_tokens::table.filter(registration_tokens::registration_id.eq(r.id))).execute(conn)?;
    crate::mail::forget_sent_to(conn, r.training_id, &r.email)?;
    Ok(true)
}

/// Erases the person's details (they asked, from their own page, or an organiser did for
/// them). A place they still hold in a training that has not ended is cancelled first, with
/// the usual e-mail (its calendar CANCEL removes the sessions from their calendar, and the
/// waiting list moves up); that e-mail still leaves, and is deleted with every sent one after
/// `mail.keep_sent_days`. Erasing twice changes nothing.
pub fn erase(conn: &mut DbConnection, env: &LinkEnv, id: i64, note: &str) -> AppResult<()> {
    let r = load(conn, id)?;
    if r.is_erased() {
        return Ok(());
    }
    let sessions = crate::trainings::queries::sessions(conn, r.training_id)?;
    let ended = sessions.iter().map(|s| s.ends_at).max().is_some_and(|end| end <= now());
    if !ended {
        service::cancel(conn, env, id, note)?;
    }
    let r = load(conn, id)?;
    scrub(conn, &r)?;
    Ok(())
}

/// [`erase`], by an organiser of the registration's training (lead, co-organiser or
/// administrator: those who manage registrations), at the person's request.
pub fn erase_by_organiser(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    reg_id: i64,
) -> AppResult<()> {
    authorize(conn, actor, training_id, Action::ManageRegistrations)?;
    let r = load(conn, reg_id)?;
    if r.training_id != training_id {
        return Err(AppError::not_found("registration"));
    }
    erase(conn, env, reg_id, "note-organisers-erased")
}

/// The trainings whose last session ended before `before` and that still hold details to erase.
fn ended_before(conn: &mut DbConnection, before: NaiveDateTime) -> AppResult<Vec<i64>> {
    let with_details =
        registrations::table.filter(registrations::erased_at.is_null()).select(registrations::training_id);
    Ok(training_sessions::table
        .filter(training_sessions::training_id.eq_any(with_details))
        .group_by(training_sessions::training_id)
        .having(diesel::dsl::max(training_sessions::ends_at).lt(before))
        .select(training_sessions::training_id)
        .order(training_sessions::training_id)
        .load(conn)?)
}

/// Erases up to `limit` registrations of trainings whose last session ended before `before`
/// (no e-mail: the training is over); returns how many. Call in a write transaction.
pub fn erase_due(conn: &mut DbConnection, before: NaiveDateTime, limit: i64) -> AppResult<usize> {
    let mut erased = 0usize;
    for training_id in ended_before(conn, before)? {
        let left = limit - erased as i64;
        if left <= 0 {
            break;
        }
        let due: Vec<Registration> = registrations::table
            .filter(registrations::training_id.eq(training_id))
            .filter(registrations::erased_at.is_null())
            .order(registrations::id)
            .limit(left)
            .select(Registration::as_select())
            .load(conn)?;
        for r in &due {
            if scrub(conn, r)? {
                erased += 1;
            }
        }
    }
    Ok(erased)
}

/// Erases, in transactions of 500, every registration due under
/// `privacy.erase_registrations_after_days` (nothing when it is 0); returns how many. The
/// scheduler's run-once call.
pub async fn erase_due_now(state: &AppState) -> AppResult<usize> {
    const BATCH: i64 = 500;
    let days = state.settings.privacy.erase_registrations_after_days;
    if days == 0 {
        return Ok(0);
    }
    let before = now() - chrono::Duration::days(i64::from(days));
    let mut total = 0;
    loop {
        let n = state.db.write(move |conn| erase_due(conn, before, BATCH)).await?;
        total += n;
        if (n as i64) < BATCH {
            return Ok(total);
        }
    }
}

/// The scheduler: every `privacy.erase_interval_secs`, [`erase_due_now`]. Does nothing while
/// `privacy.erase_registrations_after_days` is 0.
pub async fn run(state: web::Data<AppState>) {
    if state.settings.privacy.erase_registrations_after_days == 0 {
        return;
    }
    let every = Duration::from_secs(state.settings.privacy.erase_interval_secs);
    loop {
        match erase_due_now(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(registrations = n, "details erased after the retention period"),
            Err(e) => tracing::warn!(error = %e, "erasing registrations past their retention: will try again"),
        }
        tokio::time::sleep(every).await;
    }
}
