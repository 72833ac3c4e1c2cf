//! Reminders before each session (by default 24 h and 1 h), each sent once per registration,
//! session and offset, also across restarts and several instances: a row in `reminders_sent`
//! is inserted with ON CONFLICT DO NOTHING in the same transaction as the e-mail, and the
//! e-mail is queued only by the instance whose insert took effect.

use std::time::Duration;

use actix_web::web;
use diesel::prelude::*;

use super::mails::{self, TrainingMail};
use super::queries::each_registration;
use super::Status;
use crate::db::schema::{reminders_sent, training_sessions, trainings};
use crate::db::{now, per_backend, write_transaction, DbConnection};
use crate::domain::TrainingStatus;
use crate::error::{AppError, AppResult};
use crate::state::{AppState, LinkEnv};
use crate::trainings::Session;

fn claim(conn: &mut DbConnection, registration_id: i64, session_id: i64, offset: i32) -> AppResult<bool> {
    let values = (
        reminders_sent::registration_id.eq(registration_id),
        reminders_sent::session_id.eq(session_id),
        reminders_sent::offset_minutes.eq(offset),
        reminders_sent::created_at.eq(now()),
    );
    let inserted = per_backend!(conn, |c| diesel::insert_into(reminders_sent::table)
        .values(values)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(inserted == 1)
}

/// Queues the reminders that are due now; returns how many.
pub fn queue_due(conn: &mut DbConnection, env: &LinkEnv, offsets: &[i32]) -> AppResult<usize> {
    let Some(&max) = offsets.iter().max() else { return Ok(0) };
    let at = now();
    let sessions: Vec<(i64, i64, chrono::NaiveDateTime)> = training_sessions::table
        .inner_join(trainings::table)
        .filter(trainings::status.eq(TrainingStatus::Published))
        .filter(training_sessions::starts_at.gt(at))
        .filter(training_sessions::starts_at.le(at + chrono::Duration::minutes(i64::from(max))))
        // one order for every scheduler, so two instances take their row locks in the same order
        .order(training_sessions::id)
        .select((training_sessions::id, training_sessions::training_id, training_sessions::starts_at))
        .load(conn)?;
    let mut queued = 0;
    for (session_id, training_id, starts_at) in sessions {
        let until = (starts_at - at).num_minutes();
        // the smallest reminder whose time has come (a late registrant gets one, not all)
        let Some(&offset) = offsets.iter().filter(|o| i64::from(**o) >= until).min() else { continue };
        let done: std::collections::HashSet<i64> = reminders_sent::table
            .filter(reminders_sent::session_id.eq(session_id))
            .filter(reminders_sent::offset_minutes.le(offset))
            .select(reminders_sent::registration_id)
            .load::<i64>(conn)?
            .into_iter()
            .collect();
        // what the e-mail shows is loaded once, when the first person still needs a reminder
        let mut content: Option<(TrainingMail, Session)> = None;
        let lead = until.max(1);
        each_registration(conn, training_id, &[Status::Confirmed], |conn, r| {
            if done.contains(&r.id) {
                return Ok(());
            }
            if content.is_none() {
                let tm = TrainingMail::load(conn, training_id)?;
                let session = tm.sessions.iter().find(|s| s.id == session_id).cloned();
                content = Some((tm, session.ok_or_else(|| AppError::not_found("session"))?));
            }
            let (tm, session) = content.as_ref().expect("loaded above");
            if claim(conn, r.id, session_id, offset)? {
                mails::reminder(conn, env, tm, r, session, lead)?;
                queued += 1;
            }
            Ok(())
        })?;
    }
    Ok(queued)
}

/// The scheduler loop.
pub async fn run(state: web::Data<AppState>) {
    let every = Duration::from_secs(state.settings.registration.reminder_interval_secs.max(1));
    loop {
        let env = state.link_env.clone();
        let offsets = state.settings.registration.reminder_offsets_minutes.clone();
        match state.db.run(move |conn| write_transaction(conn, |conn| queue_due(conn, &env, &offsets))).await {
            Ok(n) if n > 0 => {
                tracing::info!(reminders = n, "reminders queued");
                state.mail_wake.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "reminder scheduler: will try again"),
        }
        tokio::time::sleep(every).await;
    }
}
