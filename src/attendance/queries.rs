//! Reads of attendance: the marks of a training, one session's check-in code, the imports.

use diesel::prelude::*;

use super::{ImportRecord, Mark};
use crate::db::schema::{attendance, attendance_imports, registrations};
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::registration::Status;

/// Every mark of the training's confirmed registrations.
pub fn marks(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<Mark>> {
    Ok(attendance::table
        .inner_join(registrations::table)
        .filter(registrations::training_id.eq(training_id))
        .filter(registrations::status.eq(Status::Confirmed))
        .select(Mark::as_select())
        .load(conn)?)
}

pub fn mark(conn: &mut DbConnection, registration_id: i64, session_id: i64) -> AppResult<Option<Mark>> {
    Ok(attendance::table.find((registration_id, session_id)).select(Mark::as_select()).first(conn).optional()?)
}

/// The marks of one registration (the participant's page).
pub fn marks_of(conn: &mut DbConnection, registration_id: i64) -> AppResult<Vec<Mark>> {
    Ok(attendance::table
        .filter(attendance::registration_id.eq(registration_id))
        .select(Mark::as_select())
        .load(conn)?)
}

/// The training's imports, newest first.
pub fn imports(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<ImportRecord>> {
    Ok(attendance_imports::table
        .filter(attendance_imports::training_id.eq(training_id))
        .order(attendance_imports::id.desc())
        .limit(100)
        .select(ImportRecord::as_select())
        .load(conn)?)
}

pub fn import(conn: &mut DbConnection, id: i64) -> AppResult<Option<(ImportRecord, String)>> {
    Ok(attendance_imports::table
        .find(id)
        .select((ImportRecord::as_select(), attendance_imports::content))
        .first(conn)
        .optional()?)
}
