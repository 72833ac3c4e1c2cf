//! What registration does differently on PostgreSQL, in one place: the row lock that
//! serialises placements on one training, and the two-statement registration of a new address.
//! Both write the same rows as the portable path ([`NewRegistration`], the same token and
//! outbox values); only the number of round trips differs.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text, Timestamp};

use super::{check_open, Details, NewRegistration, RegisterOutcome};
use crate::crypto::tokens::{hash_token, random_token};
use crate::db::{now, DbConnection};
use crate::domain::TrainingStatus;
use crate::error::{AppError, AppResult};
use crate::mail::OutboxStatus;
use crate::registration::mails::{self, TrainingMailCache};
use crate::registration::{Status, TokenPurpose};
use crate::state::LinkEnv;

/// Serialises placements on one training: a row lock on PostgreSQL; on SQLite writers are
/// already serialised by `BEGIN IMMEDIATE`.
pub(super) fn lock_training(conn: &mut DbConnection, training_id: i64) -> AppResult<()> {
    if let DbConnection::Postgres(pg) = conn {
        diesel::sql_query("SELECT id FROM trainings WHERE id = $1 FOR UPDATE")
            .bind::<BigInt, _>(training_id)
            .execute(pg)?;
    }
    Ok(())
}

#[derive(QueryableByName)]
struct NewRegistrationTarget {
    #[diesel(sql_type = BigInt)]
    training_id: i64,
    #[diesel(sql_type = BigInt)]
    version: i64,
    #[diesel(sql_type = Text)]
    status: TrainingStatus,
    #[diesel(sql_type = Bool)]
    known: bool,
    #[diesel(sql_type = BigInt)]
    next_id: i64,
}

/// A new person's registration from the public form in two statements and no explicit
/// transaction, instead of six (BEGIN, lookup, three inserts, COMMIT). Each statement is a
/// round trip with two wake-ups on each side, and on a small machine those, not the SQL, are
/// most of PostgreSQL's CPU (bench/registration.py). The first statement reads the training and
/// reserves the registration's id; the e-mail is rendered with it; the second statement writes
/// the registration, its token and its outbox row together (one statement is atomic).
/// `Ok(None)` when this path does not apply (SQLite, or the address is already known, also when
/// it became known in between): then `register_with` in a transaction decides.
pub(super) fn register_new(
    conn: &mut DbConnection,
    env: &LinkEnv,
    cache: &TrainingMailCache,
    slug: &str,
    d: &Details,
) -> AppResult<Option<RegisterOutcome>> {
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
    let target = target.filter(|t| t.status != TrainingStatus::Draft).ok_or_else(|| AppError::not_found("training"))?;
    if target.known {
        return Ok(None);
    }
    let tm = cache.get(conn, target.training_id, target.version)?;
    check_open(&tm)?;
    let at = now();
    let link_nonce = random_token();
    let new: NewRegistration = d.new_registration(target.training_id, Status::Pending, Some(at), &link_nonce, at);
    let r = new.written(target.next_id);
    let token = random_token();
    let email = mails::confirm_link_email(env, &tm, &r, &token)?;
    let DbConnection::Postgres(pg) = conn else { return Ok(None) };
    let written = diesel::sql_query(
        "WITH r AS (INSERT INTO registrations (id, training_id, email, full_name, organisation, country, sex, \
         age_band, status, consent_at, link_nonce, created_at, updated_at, language) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $24) RETURNING id), \
         t AS (INSERT INTO registration_tokens (registration_id, purpose, token_hash, expires_at, created_at) \
         SELECT id, $14, $15, $16, $12 FROM r) \
         INSERT INTO outbox (message_id, kind, training_id, recipient, subject, body_text, body_html, status, \
         attempts, next_attempt_at, created_at) \
         SELECT $17, $18, $2, $19, $20, $21, $22, $23, 0, $12, $12 FROM r",
    )
    .bind::<BigInt, _>(r.id)
    .bind::<BigInt, _>(new.training_id)
    .bind::<Text, _>(new.email)
    .bind::<Text, _>(new.full_name)
    .bind::<Text, _>(new.organisation)
    .bind::<Text, _>(new.country)
    .bind::<Nullable<Text>, _>(new.sex)
    .bind::<Nullable<Text>, _>(new.age_band)
    .bind::<Text, _>(new.status)
    .bind::<Nullable<Timestamp>, _>(new.consent_at)
    .bind::<Text, _>(new.link_nonce)
    .bind::<Timestamp, _>(new.created_at)
    .bind::<Timestamp, _>(new.updated_at)
    .bind::<Text, _>(TokenPurpose::Confirm)
    .bind::<Text, _>(hash_token(&token))
    .bind::<Timestamp, _>(at + chrono::Duration::hours(env.confirm_hours))
    .bind::<Text, _>(crate::mail::new_message_id(&env.host))
    .bind::<Text, _>(email.kind)
    .bind::<Text, _>(&email.to)
    .bind::<Text, _>(&email.subject)
    .bind::<Text, _>(&email.text)
    .bind::<Text, _>(&email.html)
    .bind::<Text, _>(OutboxStatus::Pending)
    .bind::<Nullable<Text>, _>(new.language)
    .execute(pg);
    match written {
        Ok(_) => Ok(Some(RegisterOutcome { registration_id: r.id, confirm_token: Some(token) })),
        // registered a moment ago by a request that ran alongside this one
        Err(e) if crate::db::is_unique_violation(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
}
