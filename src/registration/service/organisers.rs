//! What organisers do with registrations: approve, decline, cancel, send again, invite one
//! person or a CSV list. Each checks the role matrix first.

use super::participant::{cancel, insert, update_fields};
use super::{lock_training, parse_details, place, set_status};
use super::{new_token, Details};
use crate::accounts::Account;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::registration::events::RegistrationEvent;
use crate::registration::mails::RegistrationMail;
use crate::registration::mails::{self, TrainingMail};
use crate::registration::queries::{by_email, load};
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
    place(conn, env, &tm, &r, "The organisers approved your registration.")
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
    cancel(conn, env, reg_id, "The organisers cancelled it.")
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

/// Imports invitees from CSV (header `email,full_name,organisation,country`). Every row is
/// checked first; one bad row imports nothing and the error names each bad line.
pub fn import_invitees(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    csv_text: &str,
) -> AppResult<usize> {
    authorize(conn, actor, training_id, Action::ManageRegistrations)?;
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
    let mut seen: Vec<String> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
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
            Ok(d) if seen.contains(&d.email.to_string()) => {
                errors.push(format!("line {line}: {} appears twice", d.email))
            }
            Ok(d) => {
                if by_email(conn, training_id, &d.email)?.is_some() {
                    errors.push(format!("line {line}: {} is already invited or registered", d.email));
                }
                seen.push(d.email.to_string());
                rows.push(d);
            }
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
    let tm = TrainingMail::load(conn, training_id)?;
    for d in &rows {
        invite_checked(conn, env, &tm, d)?;
    }
    Ok(rows.len())
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
                mails::registered(conn, env, &tm, &r, "The organisers registered you.")?;
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
