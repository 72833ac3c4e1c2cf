//! Every change to attendance, each inside the caller's write transaction: organisers' marks
//! (one at a time or "all present"), self check-in with or without the session's code, and
//! imported reports (`reports`: preview, apply, undo).

mod reports;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{queries, AttendanceStatus, Mark, Source};
use crate::accounts::Account;
use crate::db::schema::attendance;
use crate::db::{now, per_backend, DbConnection};
use crate::error::{AppError, AppResult};
use crate::registration::{self, Registration, Status};
use crate::trainings::permissions::{authorize, Action};
use crate::trainings::{self, Session, Training};
pub use reports::{
    apply_import, preview_import, show_import, undo_import, ImportOptions, MatchKind, Preview, PreviewPerson,
};

/// Who may take attendance (organisers and facilitators).
const TAKE_ATTENDANCE: Action = Action::TakeAttendance;

/// The attendance grid: the training, its sessions, its confirmed registrations and their marks.
pub struct Grid {
    pub training: Training,
    pub sessions: Vec<Session>,
    pub people: Vec<Registration>,
    pub marks: Vec<Mark>,
}

/// The grid for someone who may see registrations.
pub fn grid(conn: &mut DbConnection, actor: &Account, training_id: i64) -> AppResult<Grid> {
    let (training, _) = authorize(conn, actor, training_id, Action::ViewRegistrations)?;
    let sessions = trainings::queries::sessions(conn, training_id)?;
    let people: Vec<Registration> =
        registration::queries::list(conn, training_id)?.into_iter().filter(|r| r.status == Status::Confirmed).collect();
    let marks = queries::marks(conn, training_id)?;
    Ok(Grid { training, sessions, people, marks })
}

/// One change an organiser makes: a status (or `None` to clear the mark) and optional minutes.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
pub struct MarkInput {
    pub registration_id: i64,
    pub session_id: i64,
    /// present, absent, excused; null clears the mark.
    pub status: Option<AttendanceStatus>,
    /// Minutes attended, at most the session's length.
    #[serde(default)]
    pub minutes: Option<i32>,
}

/// The row a mark writes (insert and update share it).
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = attendance, treat_none_as_null = true, treat_none_as_default_value = false)]
struct MarkRow {
    registration_id: i64,
    session_id: i64,
    status: AttendanceStatus,
    minutes: Option<i32>,
    source: Source,
    import_id: Option<i64>,
    updated_by: Option<i64>,
    updated_at: NaiveDateTime,
}

/// Writes a mark, or does nothing when it says what is already recorded (so that repeating a
/// change, or an import, changes nothing); returns whether it wrote.
/// `old` is the mark as the caller read it (callers that change many read them all at once).
fn upsert(conn: &mut DbConnection, old: Option<&Mark>, row: MarkRow) -> AppResult<bool> {
    if let Some(old) = old {
        if old.status == row.status
            && old.minutes == row.minutes
            && old.source == row.source
            && old.import_id == row.import_id
        {
            return Ok(false);
        }
    }
    per_backend!(conn, |c| diesel::insert_into(attendance::table)
        .values(&row)
        .on_conflict((attendance::registration_id, attendance::session_id))
        .do_update()
        .set(&row)
        .execute(c))?;
    Ok(true)
}

/// The session of this training, or a clear error.
fn session_of(sessions: &[Session], session_id: i64) -> AppResult<&Session> {
    sessions
        .iter()
        .find(|s| s.id == session_id)
        .ok_or_else(|| AppError::invalid("session_id", format!("session {session_id} is not part of this training")))
}

/// Session length in whole minutes.
pub fn length_minutes(s: &Session) -> i32 {
    i32::try_from((s.ends_at - s.starts_at).num_minutes()).unwrap_or(i32::MAX)
}

/// Organisers' marks. Every change is checked first (the registration is a confirmed one of
/// this training, the session is one of its sessions, minutes fit the session); one bad change
/// writes nothing. Returns how many marks changed.
pub fn set_marks(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    changes: &[MarkInput],
) -> AppResult<usize> {
    authorize(conn, actor, training_id, TAKE_ATTENDANCE)?;
    let sessions = trainings::queries::sessions(conn, training_id)?;
    let people: HashSet<i64> = registration::queries::list(conn, training_id)?
        .into_iter()
        .filter(|r| r.status == Status::Confirmed)
        .map(|r| r.id)
        .collect();
    for c in changes {
        if !people.contains(&c.registration_id) {
            return Err(AppError::invalid(
                "registration_id",
                format!("registration {} is not a confirmed registration of this training", c.registration_id),
            ));
        }
        let s = session_of(&sessions, c.session_id)?;
        if let Some(m) = c.minutes {
            if m < 0 || m > length_minutes(s) {
                return Err(AppError::invalid(
                    "minutes",
                    format!("{m} minutes do not fit “{}”, which lasts {} minutes", s.title, length_minutes(s)),
                ));
            }
        }
    }
    // every mark of the training, read once (a saved grid sends every cell)
    let existing = queries::marks(conn, training_id)?;
    let old: HashMap<(i64, i64), &Mark> = existing.iter().map(|m| ((m.registration_id, m.session_id), m)).collect();
    let at = now();
    let mut changed = 0;
    for c in changes {
        let old = old.get(&(c.registration_id, c.session_id)).copied();
        match c.status {
            None if old.is_none() => {}
            None => {
                changed += diesel::delete(attendance::table.find((c.registration_id, c.session_id))).execute(conn)?;
            }
            Some(status) => {
                // minutes only mean something for a present person
                let minutes = if status == AttendanceStatus::Present { c.minutes } else { None };
                let row = MarkRow {
                    registration_id: c.registration_id,
                    session_id: c.session_id,
                    status,
                    minutes,
                    source: Source::Organiser,
                    import_id: None,
                    updated_by: Some(actor.id),
                    updated_at: at,
                };
                // an organiser confirming what an import found keeps the import's minutes and source
                let same =
                    old.is_some_and(|old| old.status == status && (c.minutes.is_none() || old.minutes == minutes));
                if !same && upsert(conn, old, row)? {
                    changed += 1;
                }
            }
        }
    }
    Ok(changed)
}

/// Marks everyone without a mark for this session present (an organiser's bulk action);
/// existing marks stay. Returns how many were marked.
pub fn mark_rest_present(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    session_id: i64,
) -> AppResult<usize> {
    authorize(conn, actor, training_id, TAKE_ATTENDANCE)?;
    let grid = grid(conn, actor, training_id)?;
    session_of(&grid.sessions, session_id)?;
    let marked: HashSet<i64> =
        grid.marks.iter().filter(|m| m.session_id == session_id).map(|m| m.registration_id).collect();
    let changes: Vec<MarkInput> = grid
        .people
        .iter()
        .filter(|r| !marked.contains(&r.id))
        .map(|r| MarkInput {
            registration_id: r.id,
            session_id,
            status: Some(AttendanceStatus::Present),
            minutes: None,
        })
        .collect();
    set_marks(conn, actor, training_id, &changes)
}

/// When self check-in is open for a session: from `minutes_before` its start until its end.
pub fn check_in_open(s: &Session, at: NaiveDateTime, minutes_before: i64) -> bool {
    at >= s.starts_at - chrono::Duration::minutes(minutes_before) && at < s.ends_at
}

/// The session's check-in code: six digits the host reads out, derived from the session's
/// permanent UID with the instance's link secret, so nothing is stored and every instance
/// agrees. (It only lets a participant mark themselves present during the window, as the
/// button does; it is there for people who follow the session on another device.)
pub fn check_in_code(secret: &[u8], s: &Session) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(format!("check-in|{}", s.uid).as_bytes());
    let bytes = mac.finalize().into_bytes();
    let n = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    format!("{:06}", n % 1_000_000)
}

/// A participant checks in to a session, from their own page during the window, or with the
/// code the host read out. A confirmed registration only; a mark already saying "present"
/// (an import's minutes, say) is kept. Returns whether anything changed.
pub fn check_in(
    conn: &mut DbConnection,
    secret: &[u8],
    r: &Registration,
    session_id: i64,
    code: Option<&str>,
    minutes_before: i64,
) -> AppResult<bool> {
    if r.status != Status::Confirmed {
        return Err(AppError::conflict(None, "only a confirmed registration can check in"));
    }
    let sessions = trainings::queries::sessions(conn, r.training_id)?;
    let s = sessions.iter().find(|s| s.id == session_id).ok_or_else(|| AppError::not_found("session"))?;
    let at = now();
    if !check_in_open(s, at, minutes_before) {
        return Err(AppError::conflict(
            None,
            format!("check-in for “{}” is open from {minutes_before} minutes before it starts until it ends", s.title),
        ));
    }
    let source = match code {
        Some(given) => {
            let expected = check_in_code(secret, s);
            let given: String = given.chars().filter(|c| c.is_ascii_digit()).collect();
            if !crate::crypto::tokens::same_secret(&given, &expected) {
                return Err(AppError::invalid(
                    "code",
                    "that is not this session's code; ask the host to read it again",
                ));
            }
            Source::CheckInCode
        }
        None => Source::SelfCheckIn,
    };
    let old = queries::mark(conn, r.id, session_id)?;
    if old.as_ref().is_some_and(|m| m.status == AttendanceStatus::Present) {
        return Ok(false);
    }
    upsert(
        conn,
        old.as_ref(),
        MarkRow {
            registration_id: r.id,
            session_id,
            status: AttendanceStatus::Present,
            minutes: None,
            source,
            import_id: None,
            updated_by: None,
            updated_at: at,
        },
    )
}
