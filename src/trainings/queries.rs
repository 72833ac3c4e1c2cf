//! Reads of trainings, sessions and organisers.

use diesel::prelude::*;

use super::{Organiser, PendingInvitation, Session, Training, TrainingCard, TrainingDetail};
use crate::accounts::Account;
use crate::db::schema::{
    accounts, organisations, organiser_invitations, training_organisers, training_sessions, trainings,
};
use crate::db::{now, DbConnection};
use crate::domain::{OrganiserRole, TrainingStatus};
use crate::error::{AppError, AppResult};
use crate::organisations::Organisation;

pub fn find(conn: &mut DbConnection, id: i64) -> AppResult<Training> {
    trainings::table
        .find(id)
        .select(Training::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("training"))
}

pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> AppResult<Option<Training>> {
    Ok(trainings::table.filter(trainings::slug.eq(slug)).select(Training::as_select()).first(conn).optional()?)
}

/// (id, version, status) by slug: the cheap check before a cached public page is served.
pub fn version_by_slug(conn: &mut DbConnection, slug: &str) -> AppResult<Option<(i64, i64, String)>> {
    Ok(trainings::table
        .filter(trainings::slug.eq(slug))
        .select((trainings::id, trainings::version, trainings::status))
        .first(conn)
        .optional()?)
}

pub fn sessions(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<Session>> {
    Ok(training_sessions::table
        .filter(training_sessions::training_id.eq(training_id))
        .order((training_sessions::starts_at, training_sessions::id))
        .select(Session::as_select())
        .load(conn)?)
}

pub fn organisers(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<Organiser>> {
    let rows: Vec<(i64, String, String, OrganiserRole, Organisation)> = training_organisers::table
        .inner_join(accounts::table)
        .inner_join(organisations::table)
        .filter(training_organisers::training_id.eq(training_id))
        .order((training_organisers::created_at, training_organisers::account_id))
        .select((
            training_organisers::account_id,
            accounts::name,
            accounts::email,
            training_organisers::role,
            Organisation::as_select(),
        ))
        .load(conn)?;
    let mut organisers: Vec<Organiser> = rows
        .into_iter()
        .map(|(account_id, name, email, role, organisation)| Organiser { account_id, name, email, role, organisation })
        .collect();
    // the lead first, then in the order they joined
    organisers.sort_by_key(|o| o.role != OrganiserRole::Lead);
    Ok(organisers)
}

pub fn detail(conn: &mut DbConnection, id: i64) -> AppResult<TrainingDetail> {
    let training = find(conn, id)?;
    Ok(TrainingDetail { sessions: sessions(conn, id)?, organisers: organisers(conn, id)?, training })
}

pub fn role_of(conn: &mut DbConnection, training_id: i64, account_id: i64) -> AppResult<Option<OrganiserRole>> {
    let role: Option<OrganiserRole> = training_organisers::table
        .find((training_id, account_id))
        .select(training_organisers::role)
        .first(conn)
        .optional()?;
    Ok(role)
}

pub fn pending_invitations(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<PendingInvitation>> {
    let rows: Vec<(i64, String, OrganiserRole, String, chrono::NaiveDateTime)> = organiser_invitations::table
        .inner_join(organisations::table)
        .filter(organiser_invitations::training_id.eq(training_id))
        .filter(organiser_invitations::accepted_at.is_null())
        .filter(organiser_invitations::expires_at.gt(now()))
        .order(organiser_invitations::id)
        .select((
            organiser_invitations::id,
            organiser_invitations::email,
            organiser_invitations::role,
            organisations::name,
            organiser_invitations::expires_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, email, role, organisation_name, expires_at)| PendingInvitation {
            id,
            email,
            role,
            organisation_name,
            expires_at,
        })
        .collect())
}

type CardRow = (i64, String, String, String, TrainingStatus, String);

fn cards(conn: &mut DbConnection, rows: Vec<CardRow>, roles: &[(i64, OrganiserRole)]) -> AppResult<Vec<TrainingCard>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let firsts: Vec<(i64, Option<chrono::NaiveDateTime>)> = training_sessions::table
        .filter(training_sessions::training_id.eq_any(&ids))
        .group_by(training_sessions::training_id)
        .select((training_sessions::training_id, diesel::dsl::min(training_sessions::starts_at)))
        .load(conn)?;
    let mut cards: Vec<TrainingCard> = rows
        .into_iter()
        .map(|(id, slug, title, summary, status, timezone)| TrainingCard {
            id,
            slug,
            title,
            summary,
            status,
            first_session: firsts.iter().find(|f| f.0 == id).and_then(|f| f.1),
            timezone,
            my_role: roles.iter().find(|r| r.0 == id).map(|r| r.1),
        })
        .collect();
    cards.sort_by_key(|c| std::cmp::Reverse(c.first_session));
    Ok(cards)
}

/// The trainings a person organises (all of them for an admin).
pub fn for_account(conn: &mut DbConnection, account: &Account) -> AppResult<Vec<TrainingCard>> {
    let roles: Vec<(i64, OrganiserRole)> = training_organisers::table
        .filter(training_organisers::account_id.eq(account.id))
        .select((training_organisers::training_id, training_organisers::role))
        .load(conn)?;
    let select =
        (trainings::id, trainings::slug, trainings::title, trainings::summary, trainings::status, trainings::timezone);
    let rows: Vec<CardRow> = if account.is_admin {
        trainings::table.select(select).load(conn)?
    } else {
        let ids: Vec<i64> = roles.iter().map(|r| r.0).collect();
        trainings::table.filter(trainings::id.eq_any(ids)).select(select).load(conn)?
    };
    cards(conn, rows, &roles)
}

/// Published trainings, for the home page.
pub fn upcoming_public(conn: &mut DbConnection) -> AppResult<Vec<TrainingCard>> {
    let rows: Vec<CardRow> = trainings::table
        .filter(trainings::status.eq(TrainingStatus::Published))
        .select((
            trainings::id,
            trainings::slug,
            trainings::title,
            trainings::summary,
            trainings::status,
            trainings::timezone,
        ))
        .limit(50)
        .load(conn)?;
    cards(conn, rows, &[])
}
