//! Accounts: organisers and trainers who sign in. Participants need none.

use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::accounts;
use crate::db::{now, DbConnection};
use crate::domain::Email;
use crate::error::{AppError, AppResult};

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = accounts)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[serde(skip)]
    pub password_hash: Option<String>,
    pub is_admin: bool,
    #[serde(skip)]
    pub sessions_revoked_at: Option<chrono::NaiveDateTime>,
}

pub fn count(conn: &mut DbConnection) -> AppResult<i64> {
    Ok(accounts::table.count().get_result(conn)?)
}

pub fn find(conn: &mut DbConnection, id: i64) -> AppResult<Option<Account>> {
    Ok(accounts::table.find(id).select(Account::as_select()).first(conn).optional()?)
}

pub fn find_by_email(conn: &mut DbConnection, email: &Email) -> AppResult<Option<Account>> {
    Ok(accounts::table
        .filter(accounts::email.eq(email.as_str()))
        .select(Account::as_select())
        .first(conn)
        .optional()?)
}

/// Creates an account; a taken e-mail is a conflict on the `email` field.
pub fn create(
    conn: &mut DbConnection,
    email: &Email,
    name: &str,
    password_hash: Option<&str>,
    is_admin: bool,
) -> AppResult<i64> {
    diesel::insert_into(accounts::table)
        .values((
            accounts::email.eq(email.as_str()),
            accounts::name.eq(name),
            accounts::password_hash.eq(password_hash),
            accounts::is_admin.eq(is_admin),
            accounts::created_at.eq(now()),
        ))
        .returning(accounts::id)
        .get_result(conn)
        .map_err(|e| {
            if crate::db::is_unique_violation(&e) {
                AppError::conflict(Some("email"), format!("an account with {email} already exists"))
            } else {
                e.into()
            }
        })
}

/// Ends every session of the account (sign-out ends them everywhere).
pub fn revoke_sessions(conn: &mut DbConnection, id: i64) -> AppResult<()> {
    diesel::update(accounts::table.find(id)).set(accounts::sessions_revoked_at.eq(Some(now()))).execute(conn)?;
    Ok(())
}

/// Sets the account's password hash and ends every session and API token issued before (a
/// changed or reset password shuts out whoever knew the old one). The caller issues the
/// person a new session; revocation is set a millisecond back so that a session issued right
/// after, within the same millisecond, still counts as newer.
pub fn set_password(conn: &mut DbConnection, id: i64, password_hash: &str) -> AppResult<()> {
    let revoked = now() - chrono::Duration::milliseconds(1);
    let n = diesel::update(accounts::table.find(id))
        .set((accounts::password_hash.eq(Some(password_hash)), accounts::sessions_revoked_at.eq(Some(revoked))))
        .execute(conn)?;
    if n != 1 {
        return Err(AppError::not_found("account"));
    }
    Ok(())
}
