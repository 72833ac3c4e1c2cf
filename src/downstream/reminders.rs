//! Reminders to certified trainers who have logged nothing: `reminder_after_days` after
//! certification (30 and 90 by default), once each, across restarts and several instances (a
//! row in `trainer_reminders_sent`, inserted with ON CONFLICT DO NOTHING in the transaction of
//! the e-mail). A trainer who is due for several at once (a long-past certificate when the
//! feature is first switched on) gets only the latest.

use std::time::Duration;

use actix_web::web;
use diesel::prelude::*;

use super::{mails, queries};
use crate::db::schema::trainer_reminders_sent;
use crate::db::{now, per_backend, write_transaction, DbConnection};
use crate::error::AppResult;
use crate::state::{AppState, LinkEnv};

fn claim(conn: &mut DbConnection, certificate_id: i64, after_days: i32) -> AppResult<bool> {
    let values = (
        trainer_reminders_sent::certificate_id.eq(certificate_id),
        trainer_reminders_sent::after_days.eq(after_days),
        trainer_reminders_sent::created_at.eq(now()),
    );
    let inserted = per_backend!(conn, |c| diesel::insert_into(trainer_reminders_sent::table)
        .values(values)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(inserted == 1)
}

/// Queues the reminders that are due now; returns how many.
pub fn queue_due(conn: &mut DbConnection, env: &LinkEnv, after_days: &[i32]) -> AppResult<usize> {
    let mut offsets = after_days.to_vec();
    offsets.sort_unstable_by(|a, b| b.cmp(a));
    offsets.dedup();
    let mut queued = 0;
    for (i, &days) in offsets.iter().enumerate() {
        let before = now() - chrono::Duration::days(i64::from(days));
        for cert in queries::due_for_reminder(conn, days, before)? {
            if !claim(conn, cert.id, days)? {
                continue;
            }
            // the earlier reminders are past: this one replaces them
            for &earlier in &offsets[i + 1..] {
                claim(conn, cert.id, earlier)?;
            }
            if !queries::has_logged(conn, &cert.holder_email)? {
                mails::reminder(conn, env, &cert, days)?;
                queued += 1;
            }
        }
    }
    Ok(queued)
}

/// The scheduler loop.
pub async fn run(state: web::Data<AppState>) {
    let every = Duration::from_secs(state.settings.downstream.reminder_interval_secs.max(1));
    loop {
        let env = state.link_env.clone();
        let days = state.settings.downstream.reminder_after_days.clone();
        match state.db.run(move |conn| write_transaction(conn, |conn| queue_due(conn, &env, &days))).await {
            Ok(n) if n > 0 => {
                tracing::info!(reminders = n, "trainer reminders queued");
                state.mail_wake.notify_one();
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "trainer reminders: will try again"),
        }
        tokio::time::sleep(every).await;
    }
}
