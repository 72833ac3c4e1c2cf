//! Calendar updates for sessions that changed, batched. A change participants see (a session's
//! time, title, description or join link, or the training's title) starts a batch for that
//! session: a row in `session_updates_pending` holding the session as participants last heard of
//! it, due `[registration] update_batch_secs` later. Edits before then join the batch (the row
//! is kept as it is), so an organiser who edits three fields in a minute sends one update. When
//! the batch is due, every confirmed participant gets one REQUEST for the session as it is then,
//! with an e-mail saying what changed, old and new; a batch whose edits cancelled each other out
//! sends nothing. The row is deleted in the same transaction as the e-mails are queued, so each
//! batch is sent once, also with several instances.

use std::time::Duration;

use actix_web::web;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::mails::{self, TrainingMail};
use super::queries::each_registration;
use super::Status;
use crate::db::schema::session_updates_pending as pending;
use crate::db::{now, per_backend, write_transaction, DbConnection};
use crate::domain::TrainingStatus;
use crate::error::{AppError, AppResult};
use crate::state::{AppState, LinkEnv};
use crate::trainings::Session;

/// A session as participants last heard of it.
#[derive(Serialize, Deserialize)]
struct Before {
    training_title: String,
    session: Session,
}

/// Starts a batch for the session (or leaves the running one as it is).
pub fn start_batch(
    conn: &mut DbConnection,
    training_id: i64,
    training_title: &str,
    before: &Session,
    batch: Duration,
) -> AppResult<()> {
    let at = now();
    let state = Before { training_title: training_title.to_string(), session: before.clone() };
    let json = serde_json::to_string(&state).map_err(|e| AppError::Internal(e.into()))?;
    let row = (
        pending::session_id.eq(before.id),
        pending::training_id.eq(training_id),
        pending::before.eq(json),
        pending::due_at.eq(at + chrono::Duration::from_std(batch).unwrap_or_default()),
        pending::created_at.eq(at),
    );
    per_backend!(conn, |c| diesel::insert_into(pending::table).values(row).on_conflict_do_nothing().execute(c))?;
    Ok(())
}

/// Sends every batch due at `at`; returns how many sessions' updates were queued.
pub fn send_due(conn: &mut DbConnection, env: &LinkEnv, at: NaiveDateTime) -> AppResult<usize> {
    let due: Vec<(i64, i64, String)> = pending::table
        .filter(pending::due_at.le(at))
        .order(pending::session_id)
        .select((pending::session_id, pending::training_id, pending::before))
        .load(conn)?;
    let mut sent = 0;
    for (session_id, training_id, before) in due {
        // whoever deletes the row sends the batch (two instances never both do)
        if diesel::delete(pending::table.find(session_id)).execute(conn)? == 0 {
            continue;
        }
        let before: Before = serde_json::from_str(&before).map_err(|e| {
            AppError::Internal(anyhow::anyhow!("session_updates_pending row {session_id} does not decode: {e}"))
        })?;
        let tm = TrainingMail::load(conn, training_id)?;
        if tm.training.status() != TrainingStatus::Published {
            continue;
        }
        // a deleted session had its CANCEL already
        let Some(session) = tm.sessions.iter().find(|s| s.id == session_id).cloned() else { continue };
        let mut queued = false;
        each_registration(conn, training_id, &[Status::Confirmed], |conn, r| {
            let changes = mails::session_changes(
                r,
                &tm.training.language,
                &before.training_title,
                &before.session,
                &tm.training.title,
                &session,
            );
            if changes.is_empty() {
                return Ok(());
            }
            queued = true;
            mails::session_updated(conn, env, &tm, r, &session, changes)
        })?;
        sent += usize::from(queued);
    }
    Ok(sent)
}

/// The scheduler loop: looks for due batches every few seconds.
pub async fn run(state: web::Data<AppState>) {
    let every = Duration::from_secs((state.settings.registration.update_batch_secs / 6).clamp(1, 10));
    loop {
        let env = state.link_env.clone();
        match state.db.run(move |conn| write_transaction(conn, |conn| send_due(conn, &env, now()))).await {
            Ok(n) if n > 0 => {
                tracing::info!(sessions = n, "calendar updates queued");
                state.mail_wake.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "calendar update scheduler: will try again"),
        }
        tokio::time::sleep(every).await;
    }
}
