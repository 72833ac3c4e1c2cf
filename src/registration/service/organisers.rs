//! What organisers do with registrations: approve, decline, cancel, send again, invite one
//! person or a CSV list. Each checks the role matrix first.

use std::collections::HashSet;

use super::participant::{cancel, insert, update_fields};
use super::{lock_training, parse_details, place, set_status};
use super::{new_token, Details};
use crate::accounts::Account;
use crate::db::{Db, DbConnection};
use crate::error::{AppError, AppResult};
use crate::registration::events::RegistrationEvent;
use crate::registration::mails::RegistrationMail;
use crate::registration::mails::{self, TrainingMail};
use crate::registration::queries::{by_email, load, registered_addresses};
use crate::registration::{Registration, RegistrationInput, Status, TokenPurpose};
use crate::state::LinkEnv;
use crate::trainings::permissions::{authorize, Action};

/// The registration `reg_id` of `training_id`, when `actor` may do `action` there.
fn organiser_owned(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    reg_id: i64,
    action: Action,
) -> AppResult<Registration> {
    authorize(conn, actor, training_id, action)?;
    let r = load(conn, reg_id)?;
    if r.training_id != training_id {
        return Err(AppError::not_found("registration"));
    }
    if r.is_erased() {
        // no address to write to, no details to correct: the person asked for them to be gone
        return Err(AppError::conflict(None, "this person's details were erased: the registration cannot change"));
    }
    Ok(r)
}

pub fn approve(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    reg_id: i64,
) -> AppResult<Status> {
    let r = organiser_owned(conn, actor, training_id, reg_id, Action::ManageRegistrations)?;
    lock_training(conn, training_id)?;
    if !matches!(r.status(), Status::AwaitingApproval | Status::Declined) {
        return Err(AppError::conflict(
            None,
            format!(
                "only registrations waiting for approval can be approved (this one is {})",
                r.status().label().to_lowercase()
            ),
        ));
    }
    let tm = TrainingMail::load(conn, training_id)?;
    place(conn, env, &tm, &r, "note-organisers-approved")
}

pub fn decline(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    reg_id: i64,
) -> AppResult<()> {
    let r = organiser_owned(conn, actor, training_id, reg_id, Action::ManageRegistrations)?;
    if r.status() != Status::AwaitingApproval {
        return Err(AppError::conflict(
            None,
            "only registrations waiting for approval can be declined; cancel others instead",
        ));
    }
    set_status(conn, reg_id, r.status, Status::Declined)?;
    let tm = TrainingMail::load(conn, training_id)?;
    let r = load(conn, reg_id)?;
    mails::status(conn, env, &tm, &r, RegistrationMail::Declined, "")
}

pub fn cancel_by_organiser(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    reg_id: i64,
) -> AppResult<()> {
    organiser_owned(conn, actor, training_id, reg_id, Action::ManageRegistrations)?;
    cancel(conn, env, reg_id, "note-organisers-cancelled")
}

/// Sends the invite again: the calendar invitation for a confirmed person, the personal link
/// for an invitee, the confirmation link for someone who has not confirmed yet.
pub fn resend(conn: &mut DbConnection, env: &LinkEnv, actor: &Account, training_id: i64, reg_id: i64) -> AppResult<()> {
    let r = organiser_owned(conn, actor, training_id, reg_id, Action::ManageRegistrations)?;
    let tm = TrainingMail::load(conn, training_id)?;
    match r.status() {
        Status::Confirmed => mails::registered(conn, env, &tm, &r, ""),
        Status::Invited => {
            let token = new_token(conn, r.id, TokenPurpose::Invite, chrono::Duration::days(30))?;
            mails::invitation(conn, env, &tm, &r, &token)
        }
        Status::Pending => {
            let token = new_token(conn, r.id, TokenPurpose::Confirm, chrono::Duration::hours(env.confirm_hours))?;
            mails::confirm_link(conn, env, &tm, &r, &token)
        }
        other => Err(AppError::conflict(
            None,
            format!("nothing to resend: the registration is {}", other.label().to_lowercase()),
        )),
    }
}

/// An invitee of an invitation-only training: e-mail, name, organisation, country.
#[derive(Debug, Default, Clone, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct InviteeInput {
    pub email: String,
    pub full_name: String,
    pub organisation: String,
    pub country: String,
}

fn invitee_details(i: &InviteeInput) -> AppResult<Details> {
    parse_details(
        &RegistrationInput {
            email: i.email.clone(),
            full_name: i.full_name.clone(),
            organisation: i.organisation.clone(),
            country: i.country.clone(),
            ..Default::default()
        },
        false,
    )
}

fn invite_checked(conn: &mut DbConnection, env: &LinkEnv, tm: &TrainingMail, d: &Details) -> AppResult<i64> {
    if by_email(conn, tm.training.id, &d.email)?.is_some() {
        return Err(AppError::conflict(Some("email"), format!("{} is already invited or registered", d.email)));
    }
    invite_new(conn, env, tm, d)
}

/// Invites `d`, whose address has no registration on the training yet.
fn invite_new(conn: &mut DbConnection, env: &LinkEnv, tm: &TrainingMail, d: &Details) -> AppResult<i64> {
    let r = insert(conn, tm.training.id, d, Status::Invited, None)?;
    let token = new_token(conn, r.id, TokenPurpose::Invite, chrono::Duration::days(30))?;
    mails::invitation(conn, env, tm, &r, &token)?;
    Ok(r.id)
}

pub fn add_invitee(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    input: &InviteeInput,
) -> AppResult<i64> {
    authorize(conn, actor, training_id, Action::ManageRegistrations)?;
    let d = invitee_details(input)?;
    let tm = TrainingMail::load(conn, training_id)?;
    invite_checked(conn, env, &tm, &d)
}

/// What an invitee import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    /// invitations sent (one per new address)
    pub invited: usize,
    /// addresses that were already invited or registered, left as they were
    pub already: Vec<String>,
}

/// How long one import transaction may hold the write lock before it commits and lets other
/// writers (registrations on every training) in: an import of thousands of rows then costs
/// them at most this much waiting, never the whole import.
const IMPORT_SLICE: std::time::Duration = std::time::Duration::from_millis(20);

/// Imports invitees from CSV (header `email,full_name,organisation,country`), at most
/// `max_rows` rows. Every row is checked first, without the write lock; one bad row imports
/// nothing and the error names each bad line. Addresses already invited or registered are left
/// as they were and reported, so importing the same list again (an updated list, or after an
/// interruption) sends only the new invitations. The rows are then written in short
/// transactions ([`IMPORT_SLICE`] each), so other writers never wait long.
pub async fn import_invitees(
    db: &Db,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    csv_text: String,
    max_rows: usize,
) -> AppResult<ImportOutcome> {
    // checking 10,000 rows takes tens of milliseconds: off the threads that answer requests
    let rows = tokio::task::spawn_blocking(move || parse_invitee_csv(&csv_text, max_rows))
        .await
        .map_err(|e| AppError::Internal(e.into()))??;
    let actor_read = actor.clone();
    let existing = db
        .run(move |conn| {
            authorize(conn, &actor_read, training_id, Action::ManageRegistrations)?;
            registered_addresses(conn, training_id)
        })
        .await?;
    let (already, new): (Vec<Details>, Vec<Details>) =
        rows.into_iter().partition(|d| existing.contains(d.email.as_str()));
    let mut outcome = ImportOutcome { invited: 0, already: already.into_iter().map(|d| d.email.to_string()).collect() };
    let rows = std::sync::Arc::new(new);
    let mut done = 0;
    while done < rows.len() {
        let (env, actor, rows_now, from) = (env.clone(), actor.clone(), rows.clone(), done);
        let slice = db
            .write(move |conn| invite_slice(conn, &env, &actor, training_id, &rows_now[from..]))
            .await
            .map_err(|e| interrupted(e, outcome.invited))?;
        done += slice.rows;
        outcome.invited += slice.invited;
        outcome.already.extend(slice.already);
    }
    if outcome.invited == 0 && outcome.already.is_empty() {
        return Err(AppError::invalid("csv", "the CSV has no rows below its header"));
    }
    Ok(outcome)
}
/// What one import transaction did: `rows` of the list consumed.
struct ImportSlice {
    rows: usize,
    invited: usize,
    already: Vec<String>,
}

/// Invites from the start of `rows` until [`IMPORT_SLICE`] has passed (at least one row). An
/// address that registered since the check is left as it is and reported.
fn invite_slice(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    rows: &[Details],
) -> AppResult<ImportSlice> {
    let started = std::time::Instant::now();
    authorize(conn, actor, training_id, Action::ManageRegistrations)?;
    let tm = TrainingMail::load(conn, training_id)?;
    let mut slice = ImportSlice { rows: 0, invited: 0, already: Vec::new() };
    for d in rows {
        if slice.rows > 0 && started.elapsed() >= IMPORT_SLICE {
            break;
        }
        slice.rows += 1;
        if by_email(conn, training_id, &d.email)?.is_some() {
            slice.already.push(d.email.to_string());
            continue;
        }
        invite_new(conn, env, &tm, d)?;
        slice.invited += 1;
    }
    Ok(slice)
}

/// An import stopped by an error after some invitations went out: say so, and how to finish.
fn interrupted(e: AppError, invited: usize) -> AppError {
    if invited == 0 {
        return e;
    }
    let why = match &e {
        AppError::Internal(_) => "an internal error".to_string(),
        other => other.to_string(),
    };
    AppError::conflict(
        Some("csv"),
        format!(
            "{invited} invitations were sent, then the import stopped ({why}); import the same file again to send the rest (addresses already invited are skipped)"
        ),
    )
}

/// The rows of an invitee CSV, checked; every bad line named in one error.
fn parse_invitee_csv(csv_text: &str, max_rows: usize) -> AppResult<Vec<Details>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().map_err(|e| AppError::invalid("csv", format!("line 1: {e}")))?.clone();
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(ce), Some(cn), Some(co), Some(cc)) =
        (col("email"), col("full_name"), col("organisation"), col("country"))
    else {
        return Err(AppError::invalid(
            "csv",
            "line 1: the header must name the columns email, full_name, organisation, country",
        ));
    };
    let mut rows: Vec<Details> = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        if i >= max_rows {
            return Err(AppError::invalid(
                "csv",
                format!("nothing was imported: at most {max_rows} rows are imported at once; split the list into several files"),
            ));
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("line {line}: {e}"));
                continue;
            }
        };
        let get = |c: usize| record.get(c).unwrap_or("").to_string();
        let input = InviteeInput { email: get(ce), full_name: get(cn), organisation: get(co), country: get(cc) };
        match invitee_details(&input) {
            Ok(d) if !seen.insert(d.email.to_string()) => {
                errors.push(format!("line {line}: {} appears twice", d.email))
            }
            Ok(d) => rows.push(d),
            Err(e) => errors.push(format!("line {line}: {}: {e}", e.field().unwrap_or("row"))),
        }
    }
    if !errors.is_empty() {
        let shown: Vec<String> = errors.iter().take(20).cloned().collect();
        let more = if errors.len() > 20 { format!(" (and {} more)", errors.len() - 20) } else { String::new() };
        return Err(AppError::invalid("csv", format!("nothing was imported: {}{more}", shown.join("; "))));
    }
    if rows.is_empty() {
        return Err(AppError::invalid("csv", "the CSV has no rows below its header"));
    }
    Ok(rows)
}

/// How an organiser adds someone: `invited` sends them their personal link; `confirmed` (a
/// walk-in, a list from elsewhere) gives them a place at once — also after registration closed
/// and beyond the capacity, since the organisers decide — and, unless the training is over,
/// their invites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AddedAs {
    Invited,
    Confirmed,
}

/// Adds a participant as an organiser; returns the registration.
pub fn add_participant(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    input: &RegistrationInput,
    added_as: AddedAs,
) -> AppResult<Registration> {
    authorize(conn, actor, training_id, Action::ManageRegistrations)?;
    let d = parse_details(input, false)?;
    let tm = TrainingMail::load(conn, training_id)?;
    match added_as {
        AddedAs::Invited => {
            let id = invite_checked(conn, env, &tm, &d)?;
            load(conn, id)
        }
        AddedAs::Confirmed => {
            lock_training(conn, training_id)?;
            if by_email(conn, training_id, &d.email)?.is_some() {
                return Err(AppError::conflict(Some("email"), format!("{} is already invited or registered", d.email)));
            }
            let id = record_participant(conn, training_id, &d, Status::Confirmed)?;
            crate::events::record(
                conn,
                &RegistrationEvent::StatusChanged {
                    training_id,
                    registration_id: id,
                    from: None,
                    to: Status::Confirmed,
                },
            )?;
            let r = load(conn, id)?;
            let over = tm.training.ended_at(&tm.sessions).is_some_and(|end| crate::db::now() >= end);
            if !over {
                mails::registered(conn, env, &tm, &r, "note-organisers-registered")?;
            }
            Ok(r)
        }
    }
}

/// An organiser corrects a participant's details (not the e-mail, which is who they are).
pub fn update_participant(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    reg_id: i64,
    input: &RegistrationInput,
) -> AppResult<Registration> {
    let r = organiser_owned(conn, actor, training_id, reg_id, Action::ManageRegistrations)?;
    let mut input = input.clone();
    input.email = r.email.clone();
    let d = parse_details(&input, false)?;
    update_fields(conn, r.id, &d)?;
    load(conn, r.id)
}

/// Puts the training's undelivered e-mails back in the queue.
pub fn retry_failed_mail(conn: &mut DbConnection, actor: &Account, training_id: i64) -> AppResult<usize> {
    authorize(conn, actor, training_id, Action::ManageRegistrations)?;
    crate::mail::retry_failed(conn, training_id)
}

/// Records a participant of a training that took place before it was on Cascade (the
/// reference scenario's cohort, a backfilled list), in `status`, without any e-mail: nobody is
/// told anything, and no capacity check applies. Returns the registration id.
pub fn record_participant(conn: &mut DbConnection, training_id: i64, d: &Details, status: Status) -> AppResult<i64> {
    use crate::db::schema::registrations;
    use diesel::prelude::*;
    let r = insert(conn, training_id, d, status, Some(crate::db::now()))?;
    if status == Status::Confirmed {
        diesel::update(registrations::table.find(r.id))
            .set(registrations::confirmed_at.eq(Some(r.created_at)))
            .execute(conn)?;
    }
    Ok(r.id)
}
