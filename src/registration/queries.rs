//! Reads of registrations: by id, address or link, capacity, the waiting list, the
//! organisers' list and its counts, and recipients in chunks for changes that reach many.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{Registration, Sex, Status, TokenPurpose};
use crate::crypto::tokens::hash_token;
use crate::db::schema::{registration_tokens, registrations, trainings};
use crate::db::{now, DbConnection};
use crate::domain::{Email, TrainingStatus};
use crate::error::{AppError, AppResult};
use crate::trainings::Training;

pub fn load(conn: &mut DbConnection, id: i64) -> AppResult<Registration> {
    find(conn, id)?.ok_or_else(|| AppError::not_found("registration"))
}

pub fn find(conn: &mut DbConnection, id: i64) -> AppResult<Option<Registration>> {
    Ok(registrations::table.find(id).select(Registration::as_select()).first(conn).optional()?)
}

pub fn by_email(conn: &mut DbConnection, training_id: i64, email: &Email) -> AppResult<Option<Registration>> {
    Ok(registrations::table
        .filter(registrations::training_id.eq(training_id))
        .filter(registrations::email.eq(email.as_str()))
        .select(Registration::as_select())
        .first(conn)
        .optional()?)
}

/// A registration and its training's current version (what the personal feed needs: the
/// training itself comes from the per-version cache). Without `.first()`: see [`form_target`].
pub fn with_training_version(conn: &mut DbConnection, id: i64) -> AppResult<Option<(Registration, i64)>> {
    let rows: Vec<(Registration, i64)> = registrations::table
        .inner_join(trainings::table)
        .filter(registrations::id.eq(id))
        .select((Registration::as_select(), trainings::version))
        .load(conn)?;
    Ok(rows.into_iter().next())
}

/// Every address with a registration (in any state) on `training_id`.
pub fn registered_addresses(conn: &mut DbConnection, training_id: i64) -> AppResult<std::collections::HashSet<String>> {
    let emails: Vec<String> = registrations::table
        .filter(registrations::training_id.eq(training_id))
        .select(registrations::email)
        .load(conn)?;
    Ok(emails.into_iter().collect())
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
        .filter(registrations::status.eq(Status::Confirmed))
        .count()
        .get_result(conn)?)
}

pub fn waiting_ids(conn: &mut DbConnection, training_id: i64, limit: i64) -> AppResult<Vec<i64>> {
    Ok(registrations::table
        .filter(registrations::training_id.eq(training_id))
        .filter(registrations::status.eq(Status::Waitlisted))
        .filter(registrations::erased_at.is_null())
        .order((registrations::queued_at, registrations::id))
        .limit(limit)
        .select(registrations::id)
        .load(conn)?)
}

/// The training a public form posts to, and the registration the address already has for it.
pub struct FormTarget {
    pub training_id: i64,
    pub version: i64,
    pub status: TrainingStatus,
    pub existing: Option<Registration>,
}

/// What the public form needs from the database first, in one query: the training by slug
/// and the registration this e-mail already has for it.
///
/// At most one row comes back (`slug` is unique, and so is `(training_id, email)`), so the
/// query has no `LIMIT`: diesel's `.first()` binds `LIMIT ?`, and the bundled SQLite (3.50)
/// lets the planner read a bound LIMIT, which marks the cached statement to be compiled again
/// after every new binding: that cost each registration a full re-prepare of this join, about
/// 15% of its instructions (bench/registration_callgrind.py).
pub fn form_target(conn: &mut DbConnection, slug: &str, email: &Email) -> AppResult<Option<FormTarget>> {
    let rows: Vec<(i64, i64, TrainingStatus, Option<Registration>)> = trainings::table
        .left_join(
            registrations::table
                .on(registrations::training_id.eq(trainings::id).and(registrations::email.eq(email.as_str()))),
        )
        .filter(trainings::slug.eq(slug))
        .select((trainings::id, trainings::version, trainings::status, Option::<Registration>::as_select()))
        .load(conn)?;
    Ok(rows.into_iter().next().map(|(training_id, version, status, existing)| FormTarget {
        training_id,
        version,
        status,
        existing,
    }))
}

/// The registration a one-time link was made for, and whether the link can still be used
/// (not used, not expired); `None` for a link that never existed.
pub fn link_state(
    conn: &mut DbConnection,
    token: &str,
    purpose: TokenPurpose,
) -> AppResult<Option<(Registration, bool)>> {
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
pub fn token_is_open(conn: &mut DbConnection, token: &str, purpose: TokenPurpose) -> AppResult<Option<Registration>> {
    Ok(link_state(conn, token, purpose)?.filter(|(_, open)| *open).map(|(r, _)| r))
}

/// Calls `each` for every registration of the training in these statuses whose details are not
/// erased, in id order. They
/// are read 500 at a time, so that a change reaching 10,000 people holds no more of them in
/// memory than one reaching 500.
pub fn each_registration(
    conn: &mut DbConnection,
    training_id: i64,
    statuses: &[Status],
    mut each: impl FnMut(&mut DbConnection, &Registration) -> AppResult<()>,
) -> AppResult<()> {
    const CHUNK: usize = 500;
    let mut after = 0i64;
    loop {
        let chunk: Vec<Registration> = registrations::table
            .filter(registrations::training_id.eq(training_id))
            .filter(registrations::status.eq_any(statuses))
            // an erased registration has no address left to write to
            .filter(registrations::erased_at.is_null())
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

/// Every registration of a training, in the order they came.
pub fn list(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<Registration>> {
    Ok(registrations::table
        .filter(registrations::training_id.eq(training_id))
        .order(registrations::id)
        .select(Registration::as_select())
        .load(conn)?)
}

/// One page of a training's registrations that match `filter`, in the order they came, and
/// how many match in all: counted and cut by the database, so a training with 50,000
/// registrations costs a page what one with 50 does.
pub fn filtered_page(
    conn: &mut DbConnection,
    training_id: i64,
    filter: &super::export::Filter,
    offset: i64,
    limit: i64,
) -> AppResult<(Vec<Registration>, i64)> {
    let matching = || {
        let mut q = registrations::table.filter(registrations::training_id.eq(training_id)).into_boxed();
        if !filter.status.is_empty() {
            q = q.filter(registrations::status.eq(filter.status.clone()));
        }
        if !filter.country.is_empty() {
            q = q.filter(registrations::country.eq(filter.country.clone()));
        }
        match filter.sex.as_str() {
            "" => {}
            "none" => q = q.filter(registrations::sex.is_null()),
            sex => q = q.filter(registrations::sex.eq(sex.to_string())),
        }
        q
    };
    let total: i64 = matching().count().get_result(conn)?;
    let rows =
        matching().order(registrations::id).offset(offset).limit(limit).select(Registration::as_select()).load(conn)?;
    Ok((rows, total))
}

/// How many registrations a training has in each status, country and sex (the organisers'
/// summary), counted by the database.
pub struct Counts {
    pub by_status: Vec<(Status, i64)>,
    pub by_country: Vec<(String, i64)>,
    pub by_sex: Vec<(Option<Sex>, i64)>,
}

pub fn counts(conn: &mut DbConnection, training_id: i64) -> AppResult<Counts> {
    use diesel::dsl::count_star;
    let of_training = || registrations::table.filter(registrations::training_id.eq(training_id));
    Ok(Counts {
        by_status: of_training()
            .group_by(registrations::status)
            .select((registrations::status, count_star()))
            .load(conn)?,
        by_country: of_training()
            .group_by(registrations::country)
            .select((registrations::country, count_star()))
            .load(conn)?,
        by_sex: of_training().group_by(registrations::sex).select((registrations::sex, count_star())).load(conn)?,
    })
}
