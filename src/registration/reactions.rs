//! How registration reacts to what trainings records ([`TrainingEvent`]): confirmed
//! participants get the invite for an added session, METHOD:CANCEL for a deleted one, a
//! batched calendar update for a changed one (`updates.rs`), and everyone still in line hears of
//! a cancelled training. Runs in the
//! transaction of the change (see [`crate::events`]).

use super::mails::{self, TrainingMail};
use super::queries::each_registration;
use super::Status;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::events::StoredEvent;
use crate::state::LinkEnv;
use crate::trainings::events::TrainingEvent;
use crate::trainings::Session;

/// The reaction the composition root wires (a [`crate::state::Reaction`]).
pub fn on_event(conn: &mut DbConnection, env: &LinkEnv, event: &StoredEvent) -> AppResult<()> {
    match event.decode::<TrainingEvent>()? {
        Some(TrainingEvent::SessionAdded { training_id, session_id }) => {
            session_changed(conn, env, training_id, session_id, true)
        }
        Some(TrainingEvent::SessionMoved { training_id, session_id }) => {
            session_changed(conn, env, training_id, session_id, false)
        }
        Some(TrainingEvent::SessionChanged { training_id, before }) => {
            let title = crate::trainings::queries::find(conn, training_id)?.title;
            super::updates::start_batch(conn, training_id, &title, &before, env.update_batch)
        }
        Some(TrainingEvent::TrainingRenamed { training_id, old_title, sessions_before }) => {
            for before in &sessions_before {
                super::updates::start_batch(conn, training_id, &old_title, before, env.update_batch)?;
            }
            Ok(())
        }
        Some(TrainingEvent::SessionDeleted { training_id, session }) => {
            session_cancelled(conn, env, training_id, &session)
        }
        Some(TrainingEvent::TrainingCancelled { training_id }) => training_cancelled(conn, env, training_id),
        None => Ok(()),
    }
}

/// After a session moved or was added: every confirmed participant gets the update.
fn session_changed(
    conn: &mut DbConnection,
    env: &LinkEnv,
    training_id: i64,
    session_id: i64,
    added: bool,
) -> AppResult<()> {
    let tm = TrainingMail::load(conn, training_id)?;
    let Some(session) = tm.sessions.iter().find(|s| s.id == session_id).cloned() else { return Ok(()) };
    let note = if added { "mail-changed-added" } else { "mail-changed-moved" };
    each_registration(conn, training_id, &[Status::Confirmed], |conn, r| {
        mails::schedule_changed(conn, env, &tm, r, &session, note)
    })
}

/// Before a session is deleted: confirmed participants get METHOD:CANCEL for it.
fn session_cancelled(conn: &mut DbConnection, env: &LinkEnv, training_id: i64, session: &Session) -> AppResult<()> {
    let tm = TrainingMail::load(conn, training_id)?;
    each_registration(conn, training_id, &[Status::Confirmed], |conn, r| {
        mails::session_cancelled(conn, env, &tm, r, session)
    })
}

/// The training was cancelled: everyone with an active registration is told; confirmed
/// participants' calendar entries are cancelled.
fn training_cancelled(conn: &mut DbConnection, env: &LinkEnv, training_id: i64) -> AppResult<()> {
    let tm = TrainingMail::load(conn, training_id)?;
    let reached = [Status::Confirmed, Status::Waitlisted, Status::AwaitingApproval, Status::Invited, Status::Pending];
    each_registration(conn, training_id, &reached, |conn, r| mails::training_cancelled(conn, env, &tm, r))
}
