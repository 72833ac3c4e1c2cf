//! Every change to registrations. Capacity is never exceeded, also under concurrent
//! confirmations: each placement first locks the training (PostgreSQL: `SELECT … FOR UPDATE`;
//! SQLite: the `BEGIN IMMEDIATE` of [`crate::db::write_transaction`]) and then counts.
//! Callers run these functions inside one write transaction, with the e-mails they enqueue.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::BigInt;

use super::mails::{self, TrainingMail};
use super::{AgeBand, Registration, RegistrationInput, Sex, Status};
use crate::accounts::Account;
use crate::auth::tokens::{hash_token, random_token};
use crate::db::schema::{registration_tokens, registrations};
use crate::db::{now, DbConnection};
use crate::domain::{parse_text, Country, Email, RegistrationMode, TrainingStatus};
use crate::error::{AppError, AppResult};
use crate::mail::{LinkEnv, MailKind};
use crate::trainings::permissions::{authorize, Action};
use crate::trainings::{Session, Training};

/// The checked fields of a registration form.
#[derive(Clone)]
pub struct Details {
    pub email: Email,
    pub full_name: String,
    pub organisation: String,
    pub country: Country,
    pub sex: Option<Sex>,
    pub age_band: Option<AgeBand>,
}

impl Details {
    /// `r` with these details, as [`update_fields`] writes them.
    fn apply_to(&self, r: Registration) -> Registration {
        Registration {
            full_name: self.full_name.clone(),
            organisation: self.organisation.clone(),
            country: self.country.code().to_string(),
            sex: self.sex.map(|s| s.as_str().to_string()),
            age_band: self.age_band.map(|a| a.as_str().to_string()),
            ..r
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
    Ok(Details { email, full_name, organisation, country, sex, age_band })
}

fn load(conn: &mut DbConnection, id: i64) -> AppResult<Registration> {
    find(conn, id)?.ok_or_else(|| AppError::not_found("registration"))
}

pub fn find(conn: &mut DbConnection, id: i64) -> AppResult<Option<Registration>> {
    Ok(registrations::table.find(id).select(Registration::as_select()).first(conn).optional()?)
}

fn by_email(conn: &mut DbConnection, training_id: i64, email: &Email) -> AppResult<Option<Registration>> {
    Ok(registrations::table
        .filter(registrations::training_id.eq(training_id))
        .filter(registrations::email.eq(email.as_str()))
        .select(Registration::as_select())
        .first(conn)
        .optional()?)
}

/// Serialises placements on one training (PostgreSQL row lock; SQLite is already serialised).
fn lock_training(conn: &mut DbConnection, training_id: i64) -> AppResult<()> {
    if let DbConnection::Postgres(pg) = conn {
        diesel::sql_query("SELECT id FROM trainings WHERE id = $1 FOR UPDATE")
            .bind::<BigInt, _>(training_id)
            .execute(pg)?;
    }
    Ok(())
}

/// True when every place is taken.
pub fn is_full(conn: &mut DbConnection, training: &Training) -> AppResult<bool> {
    Ok(match training.capacity {
        Some(cap) => count_confirmed(conn, training.id)? >= i64::from(cap),
        None => false,
    })
}

pub fn count_confirmed(conn: &mut DbConnection, training_id: i64) -> AppResult<i64> {
    Ok(registrations::table
        .filter(registrations::training_id.eq(training_id))
        .filter(registrations::status.eq(Status::Confirmed.as_str()))
        .count()
        .get_result(conn)?)
}

fn set_status(conn: &mut DbConnection, id: i64, status: Status) -> AppResult<()> {
    let at = now();
    let confirmed_at = (status == Status::Confirmed).then_some(at);
    let queued_at = (status == Status::Waitlisted).then_some(at);
    diesel::update(registrations::table.find(id))
        .set((
            registrations::status.eq(status.as_str()),
            registrations::updated_at.eq(at),
            registrations::confirmed_at.eq(confirmed_at),
            registrations::queued_at.eq(queued_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Gives the person a place, or a place on the waiting list when the training is full, and
/// sends the matching e-mail. The training must be locked by the caller.
fn place(conn: &mut DbConnection, env: &LinkEnv, tm: &TrainingMail, reg_id: i64, note: &str) -> AppResult<Status> {
    let full = is_full(conn, &tm.training)?;
    let status = if full { Status::Waitlisted } else { Status::Confirmed };
    set_status(conn, reg_id, status)?;
    let r = load(conn, reg_id)?;
    if full {
        mails::status(conn, env, tm, &r, MailKind::Waitlisted, "")?;
    } else {
        mails::registered(conn, env, tm, &r, note)?;
    }
    Ok(status)
}

/// Fills free places from the waiting list, first come first served.
fn promote(conn: &mut DbConnection, env: &LinkEnv, tm: &TrainingMail) -> AppResult<()> {
    let Some(cap) = tm.training.capacity else {
        // no limit: everyone waiting gets in
        let waiting: Vec<i64> = waiting_ids(conn, tm.training.id, i64::MAX)?;
        for id in waiting {
            place(conn, env, tm, id, "A place became free.")?;
        }
        return Ok(());
    };
    let free = i64::from(cap) - count_confirmed(conn, tm.training.id)?;
    if free > 0 {
        for id in waiting_ids(conn, tm.training.id, free)? {
            place(conn, env, tm, id, "A place became free, and it is yours.")?;
        }
    }
    Ok(())
}

fn waiting_ids(conn: &mut DbConnection, training_id: i64, limit: i64) -> AppResult<Vec<i64>> {
    Ok(registrations::table
        .filter(registrations::training_id.eq(training_id))
        .filter(registrations::status.eq(Status::Waitlisted.as_str()))
        .order((registrations::queued_at, registrations::id))
        .limit(limit)
        .select(registrations::id)
        .load(conn)?)
}

/// Why registration is not open, or `None` when it is.
pub fn closed_reason(t: &Training, at: NaiveDateTime) -> Option<String> {
    if t.status() != TrainingStatus::Published {
        return Some(match t.status() {
            TrainingStatus::Cancelled => "this training was cancelled".into(),
            TrainingStatus::Completed => "this training has ended".into(),
            _ => "this training is not open for registration".into(),
        });
    }
    let tz = t.tz();
    if let Some(opens) = t.registration_opens_at {
        if at < opens {
            let local = crate::domain::time::in_zone(opens, tz);
            return Some(format!("registration opens on {} ({})", local.format("%-d %B %Y at %H:%M"), tz.name()));
        }
    }
    if let Some(closes) = t.registration_closes_at {
        if at >= closes {
            let local = crate::domain::time::in_zone(closes, tz);
            return Some(format!("registration closed on {} ({})", local.format("%-d %B %Y at %H:%M"), tz.name()));
        }
    }
    None
}

fn new_token(conn: &mut DbConnection, reg_id: i64, purpose: &str, valid_for: chrono::Duration) -> AppResult<String> {
    let token = random_token();
    diesel::insert_into(registration_tokens::table)
        .values((
            registration_tokens::registration_id.eq(reg_id),
            registration_tokens::purpose.eq(purpose),
            registration_tokens::token_hash.eq(hash_token(&token)),
            registration_tokens::expires_at.eq(now() + valid_for),
            registration_tokens::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(token)
}

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

/// The training a public form posts to, and the registration the address already has for it.
pub struct FormTarget {
    pub training_id: i64,
    pub version: i64,
    pub status: String,
    pub existing: Option<Registration>,
}

/// What the public form needs from the database first, in one query: the training by slug
/// and the registration this e-mail already has for it.
pub fn form_target(conn: &mut DbConnection, slug: &str, email: &Email) -> AppResult<Option<FormTarget>> {
    use crate::db::schema::trainings;
    let row: Option<(i64, i64, String, Option<Registration>)> = trainings::table
        .left_join(
            registrations::table
                .on(registrations::training_id.eq(trainings::id).and(registrations::email.eq(email.as_str()))),
        )
        .filter(trainings::slug.eq(slug))
        .select((trainings::id, trainings::version, trainings::status, Option::<Registration>::as_select()))
        .first(conn)
        .optional()?;
    Ok(row.map(|(training_id, version, status, existing)| FormTarget { training_id, version, status, existing }))
}

/// Whether the public form may take registrations for this training.
fn check_open(tm: &TrainingMail) -> AppResult<()> {
    if let Some(why) = closed_reason(&tm.training, now()) {
        return Err(AppError::conflict(None, format!("Registration is closed: {why}.")));
    }
    if tm.training.mode() == RegistrationMode::Invitation {
        return Err(AppError::Forbidden(
            "this training is by invitation only: use the personal link from your invitation e-mail".into(),
        ));
    }
    Ok(())
}

#[derive(QueryableByName)]
struct NewRegistrationTarget {
    #[diesel(sql_type = BigInt)]
    training_id: i64,
    #[diesel(sql_type = BigInt)]
    version: i64,
    #[diesel(sql_type = diesel::sql_types::Text)]
    status: String,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    known: bool,
    #[diesel(sql_type = BigInt)]
    next_id: i64,
}

/// PostgreSQL: a new person's registration from the public form in two statements and no
/// explicit transaction, instead of six (BEGIN, lookup, three inserts, COMMIT). Each statement
/// is a round trip with two wake-ups on each side, and on a small machine those, not the SQL,
/// are most of PostgreSQL's CPU (bench/registration.py). The first statement reads the training
/// and reserves the registration's id; the e-mail is rendered with it; the second statement
/// writes the registration, its token and its outbox row together (one statement is atomic).
/// `Ok(None)` when this path does not apply (SQLite, or the address is already known, also
/// when it became known in between): then [`register_with`] in a transaction decides.
pub fn register_new_postgres(
    conn: &mut DbConnection,
    env: &LinkEnv,
    cache: &mails::TrainingMailCache,
    slug: &str,
    d: &Details,
) -> AppResult<Option<RegisterOutcome>> {
    use diesel::sql_types::{Nullable, Text, Timestamp};
    let DbConnection::Postgres(pg) = conn else { return Ok(None) };
    let target: Option<NewRegistrationTarget> = diesel::sql_query(
        "SELECT t.id AS training_id, t.version, t.status, \
         EXISTS (SELECT 1 FROM registrations r WHERE r.training_id = t.id AND r.email = $2) AS known, \
         nextval('registrations_id_seq') AS next_id FROM trainings t WHERE t.slug = $1",
    )
    .bind::<Text, _>(slug)
    .bind::<Text, _>(d.email.as_str())
    .get_result(pg)
    .optional()?;
    let target =
        target.filter(|t| t.status != TrainingStatus::Draft.as_str()).ok_or_else(|| AppError::not_found("training"))?;
    if target.known {
        return Ok(None);
    }
    let tm = cache.get(conn, target.training_id, target.version)?;
    check_open(&tm)?;
    let at = now();
    let r = Registration {
        status: Status::Pending.as_str().into(),
        ..new_registration(target.next_id, target.training_id, d, at)
    };
    let token = random_token();
    let email = mails::confirm_link_email(env, &tm, &r, &token)?;
    let DbConnection::Postgres(pg) = conn else { return Ok(None) };
    let written = diesel::sql_query(
        "WITH r AS (INSERT INTO registrations (id, training_id, email, full_name, organisation, country, sex, \
         age_band, status, consent_at, link_nonce, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10, $9, $9) RETURNING id), \
         t AS (INSERT INTO registration_tokens (registration_id, purpose, token_hash, expires_at, created_at) \
         SELECT id, 'confirm', $11, $12, $9 FROM r) \
         INSERT INTO outbox (message_id, kind, training_id, recipient, subject, body_text, body_html, status, \
         attempts, next_attempt_at, created_at) \
         SELECT $13, $14, $2, $15, $16, $17, $18, 'pending', 0, $9, $9 FROM r",
    )
    .bind::<BigInt, _>(r.id)
    .bind::<BigInt, _>(r.training_id)
    .bind::<Text, _>(&r.email)
    .bind::<Text, _>(&r.full_name)
    .bind::<Text, _>(&r.organisation)
    .bind::<Text, _>(&r.country)
    .bind::<Nullable<Text>, _>(r.sex.as_deref())
    .bind::<Nullable<Text>, _>(r.age_band.as_deref())
    .bind::<Timestamp, _>(at)
    .bind::<Text, _>(&r.link_nonce)
    .bind::<Text, _>(hash_token(&token))
    .bind::<Timestamp, _>(at + chrono::Duration::hours(env.confirm_hours))
    .bind::<Text, _>(crate::mail::new_message_id(&env.host))
    .bind::<Text, _>(email.kind.name())
    .bind::<Text, _>(&email.to)
    .bind::<Text, _>(&email.subject)
    .bind::<Text, _>(&email.text)
    .bind::<Text, _>(&email.html)
    .execute(pg);
    match written {
        Ok(_) => Ok(Some(RegisterOutcome { registration_id: r.id, confirm_token: Some(token) })),
        // registered a moment ago by a request that ran alongside this one
        Err(e) if crate::db::is_unique_violation(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
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
                let token = new_token(conn, r.id, "invite", chrono::Duration::days(30))?;
                mails::invitation(conn, env, tm, &r, &token)?;
            } else {
                mails::already_registered(conn, env, tm, &r)?;
            }
            return Ok(RegisterOutcome { registration_id: r.id, confirm_token: None });
        }
        Some(r) => {
            update_fields(conn, r.id, d)?;
            diesel::update(registrations::table.find(r.id))
                .set((registrations::status.eq(Status::Pending.as_str()), registrations::consent_at.eq(Some(at))))
                .execute(conn)?;
            Registration { status: Status::Pending.as_str().into(), ..d.apply_to(r) }
        }
        None => insert(conn, tm.training.id, d, Status::Pending, Some(at))?,
    };
    let token = new_token(conn, r.id, "confirm", chrono::Duration::hours(env.confirm_hours))?;
    mails::confirm_link(conn, env, tm, &r, &token)?;
    Ok(RegisterOutcome { registration_id: r.id, confirm_token: Some(token) })
}

fn insert(
    conn: &mut DbConnection,
    training_id: i64,
    d: &Details,
    status: Status,
    consent_at: Option<NaiveDateTime>,
) -> AppResult<Registration> {
    let at = now();
    let r = Registration { status: status.as_str().to_string(), ..new_registration(0, training_id, d, at) };
    let id = diesel::insert_into(registrations::table)
        .values((
            registrations::training_id.eq(training_id),
            registrations::email.eq(d.email.as_str()),
            registrations::full_name.eq(&d.full_name),
            registrations::organisation.eq(&d.organisation),
            registrations::country.eq(d.country.code()),
            registrations::sex.eq(d.sex.map(|s| s.as_str())),
            registrations::age_band.eq(d.age_band.map(|a| a.as_str())),
            registrations::status.eq(status.as_str()),
            registrations::consent_at.eq(consent_at),
            registrations::link_nonce.eq(&r.link_nonce),
            registrations::created_at.eq(at),
            registrations::updated_at.eq(at),
        ))
        .returning(registrations::id)
        .get_result(conn)
        .map_err(|e| {
            if crate::db::is_unique_violation(&e) {
                AppError::conflict(Some("email"), format!("{} is already registered for this training", d.email))
            } else {
                AppError::from(e)
            }
        })?;
    // what was written, without reading it back
    Ok(Registration { id, ..r })
}

/// A registration with these details as it is written (status and nonce to be set).
fn new_registration(id: i64, training_id: i64, d: &Details, at: NaiveDateTime) -> Registration {
    Registration {
        id,
        training_id,
        email: d.email.as_str().to_string(),
        full_name: d.full_name.clone(),
        organisation: d.organisation.clone(),
        country: d.country.code().to_string(),
        sex: d.sex.map(|s| s.as_str().to_string()),
        age_band: d.age_band.map(|a| a.as_str().to_string()),
        status: String::new(),
        link_nonce: random_token(),
        queued_at: None,
        confirmed_at: None,
        created_at: at,
    }
}

/// Follows a one-time link (confirmation or invitation): the registration it belongs to.
fn use_token(conn: &mut DbConnection, token: &str, purpose: &str) -> AppResult<Registration> {
    let row: Option<(i64, i64)> = registration_tokens::table
        .filter(registration_tokens::token_hash.eq(hash_token(token)))
        .filter(registration_tokens::purpose.eq(purpose))
        .filter(registration_tokens::used_at.is_null())
        .filter(registration_tokens::expires_at.gt(now()))
        .select((registration_tokens::id, registration_tokens::registration_id))
        .first(conn)
        .optional()?;
    let (token_id, reg_id) =
        row.ok_or_else(|| AppError::NotFound("this link was already used, has expired or is not valid".into()))?;
    let claimed =
        diesel::update(registration_tokens::table.find(token_id).filter(registration_tokens::used_at.is_null()))
            .set(registration_tokens::used_at.eq(Some(now())))
            .execute(conn)?;
    if claimed != 1 {
        return Err(AppError::NotFound("this link was already used".into()));
    }
    load(conn, reg_id)
}

/// The registration a one-time link was made for, and whether the link can still be used
/// (not used, not expired); `None` for a link that never existed.
pub fn link_state(conn: &mut DbConnection, token: &str, purpose: &str) -> AppResult<Option<(Registration, bool)>> {
    let row: Option<(i64, Option<NaiveDateTime>, NaiveDateTime)> = registration_tokens::table
        .filter(registration_tokens::token_hash.eq(hash_token(token)))
        .filter(registration_tokens::purpose.eq(purpose))
        .select((registration_tokens::registration_id, registration_tokens::used_at, registration_tokens::expires_at))
        .first(conn)
        .optional()?;
    let Some((id, used_at, expires_at)) = row else { return Ok(None) };
    Ok(find(conn, id)?.map(|r| (r, used_at.is_none() && expires_at > now())))
}

/// The registration of a link that can still be used (for the page that shows the button).
pub fn token_is_open(conn: &mut DbConnection, token: &str, purpose: &str) -> AppResult<Option<Registration>> {
    Ok(link_state(conn, token, purpose)?.filter(|(_, open)| *open).map(|(r, _)| r))
}

/// Confirms the e-mail address (double opt-in) and places the person by the training's mode.
pub fn confirm(conn: &mut DbConnection, env: &LinkEnv, token: &str) -> AppResult<Registration> {
    let r = use_token(conn, token, "confirm")?;
    lock_training(conn, r.training_id)?;
    let r = load(conn, r.id)?;
    if r.status() != Status::Pending {
        return Ok(r);
    }
    let tm = TrainingMail::load(conn, r.training_id)?;
    if let Some(why) = closed_reason(&tm.training, now()) {
        return Err(AppError::conflict(None, format!("Registration is closed: {why}.")));
    }
    match tm.training.mode() {
        RegistrationMode::Approval => {
            set_status(conn, r.id, Status::AwaitingApproval)?;
            let r = load(conn, r.id)?;
            mails::status(conn, env, &tm, &r, MailKind::AwaitingApproval, "")?;
        }
        _ => {
            place(conn, env, &tm, r.id, "")?;
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
    let open = token_is_open(conn, token, "invite")?.ok_or_else(|| {
        AppError::NotFound("this invitation link was already used, has expired or is not valid".into())
    })?;
    let mut input = input.clone();
    // the link is bound to the invited address
    input.email = open.email.clone();
    let d = parse_details(&input, true)?;
    let r = use_token(conn, token, "invite")?;
    lock_training(conn, r.training_id)?;
    let tm = TrainingMail::load(conn, r.training_id)?;
    if let Some(why) = closed_reason(&tm.training, now()) {
        return Err(AppError::conflict(None, format!("Registration is closed: {why}.")));
    }
    update_fields(conn, r.id, &d)?;
    diesel::update(registrations::table.find(r.id)).set(registrations::consent_at.eq(Some(now()))).execute(conn)?;
    place(conn, env, &tm, r.id, "")?;
    load(conn, r.id)
}

fn update_fields(conn: &mut DbConnection, id: i64, d: &Details) -> AppResult<()> {
    diesel::update(registrations::table.find(id))
        .set((
            registrations::full_name.eq(&d.full_name),
            registrations::organisation.eq(&d.organisation),
            registrations::country.eq(d.country.code()),
            registrations::sex.eq(d.sex.map(|s| s.as_str())),
            registrations::age_band.eq(d.age_band.map(|a| a.as_str())),
            registrations::updated_at.eq(now()),
        ))
        .execute(conn)?;
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
    set_status(conn, id, Status::Cancelled)?;
    let tm = TrainingMail::load(conn, r.training_id)?;
    let r = load(conn, id)?;
    mails::cancelled(conn, env, &tm, &r, note, was_confirmed)?;
    if was_confirmed && tm.training.status() == TrainingStatus::Published {
        promote(conn, env, &tm)?;
    }
    Ok(())
}

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
    place(conn, env, &tm, reg_id, "The organisers approved your registration.")
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
    set_status(conn, reg_id, Status::Declined)?;
    let tm = TrainingMail::load(conn, training_id)?;
    let r = load(conn, reg_id)?;
    mails::status(conn, env, &tm, &r, MailKind::Declined, "")
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
            let token = new_token(conn, r.id, "invite", chrono::Duration::days(30))?;
            mails::invitation(conn, env, &tm, &r, &token)
        }
        Status::Pending => {
            let token = new_token(conn, r.id, "confirm", chrono::Duration::hours(env.confirm_hours))?;
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
    let token = new_token(conn, r.id, "invite", chrono::Duration::days(30))?;
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

/// Calls `each` for every registration of the training in these statuses, in id order. They
/// are read 500 at a time, so that a change reaching 10,000 people holds no more of them in
/// memory than one reaching 500.
pub(super) fn each_registration(
    conn: &mut DbConnection,
    training_id: i64,
    statuses: &[Status],
    mut each: impl FnMut(&mut DbConnection, &Registration) -> AppResult<()>,
) -> AppResult<()> {
    const CHUNK: usize = 500;
    let names: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
    let mut after = 0i64;
    loop {
        let chunk: Vec<Registration> = registrations::table
            .filter(registrations::training_id.eq(training_id))
            .filter(registrations::status.eq_any(&names))
            .filter(registrations::id.gt(after))
            .order(registrations::id)
            .limit(CHUNK as i64)
            .select(Registration::as_select())
            .load(conn)?;
        for r in &chunk {
            each(conn, r)?;
        }
        match chunk.last() {
            Some(last) if chunk.len() == CHUNK => after = last.id,
            _ => return Ok(()),
        }
    }
}

/// After a session moved or was added: every confirmed participant gets the update.
pub fn session_changed(
    conn: &mut DbConnection,
    env: &LinkEnv,
    training_id: i64,
    session_id: i64,
    added: bool,
) -> AppResult<()> {
    let tm = TrainingMail::load(conn, training_id)?;
    let Some(session) = tm.sessions.iter().find(|s| s.id == session_id).cloned() else { return Ok(()) };
    let note = if added {
        format!("A session was added to “{}”:", tm.training.title)
    } else {
        format!("The session “{}” has a new time:", session.title)
    };
    each_registration(conn, training_id, &[Status::Confirmed], |conn, r| {
        mails::schedule_changed(conn, env, &tm, r, &session, &note)
    })
}

/// Before a session is deleted: confirmed participants get METHOD:CANCEL for it.
pub fn session_cancelled(conn: &mut DbConnection, env: &LinkEnv, training_id: i64, session: &Session) -> AppResult<()> {
    let tm = TrainingMail::load(conn, training_id)?;
    each_registration(conn, training_id, &[Status::Confirmed], |conn, r| {
        mails::session_cancelled(conn, env, &tm, r, session)
    })
}

/// The training was cancelled: everyone with an active registration is told; confirmed
/// participants' calendar entries are cancelled.
pub fn training_cancelled(conn: &mut DbConnection, env: &LinkEnv, training_id: i64) -> AppResult<()> {
    let tm = TrainingMail::load(conn, training_id)?;
    let reached = [Status::Confirmed, Status::Waitlisted, Status::AwaitingApproval, Status::Invited, Status::Pending];
    each_registration(conn, training_id, &reached, |conn, r| mails::training_cancelled(conn, env, &tm, r))
}
