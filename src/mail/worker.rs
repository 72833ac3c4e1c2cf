//! The outbox worker: claims due messages, sends them concurrently, and records the outcome.
//!
//! Several app instances may run it against one PostgreSQL: claiming uses
//! `FOR UPDATE SKIP LOCKED`, so two workers never take the same row, and a claim is a lease
//! (`locked_until`): when a worker dies mid-send, the lease runs out and another worker sends
//! the message (at-least-once, with the same Message-ID). On SQLite the claim runs in a
//! `BEGIN IMMEDIATE` transaction, which serialises claimers.

use std::time::Duration;

use actix_web::web;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamp};
use futures_util::stream::{self, StreamExt};

use super::{Attachment, Mailer, OutboxRow, OutboxStatus};
use crate::db::schema::{outbox, outbox_attachments};
use crate::db::{now, write_transaction, DbConnection};
use crate::error::AppResult;
use crate::state::AppState;

/// Leases up to `batch` due messages to this worker.
pub fn claim(conn: &mut DbConnection, batch: i64, lease: chrono::Duration) -> AppResult<Vec<Claimed>> {
    write_transaction(conn, |conn| {
        let at = now();
        let ids: Vec<i64> = if let DbConnection::Postgres(pg) = conn {
            diesel::sql_query(
                "SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 \
                 AND (locked_until IS NULL OR locked_until < $1) \
                 ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED",
            )
            .bind::<Timestamp, _>(at)
            .bind::<BigInt, _>(batch)
            .load::<crate::db::IdRow>(pg)?
            .into_iter()
            .map(|r| r.id)
            .collect()
        } else {
            outbox::table
                .filter(outbox::status.eq(OutboxStatus::Pending))
                .filter(outbox::next_attempt_at.le(at))
                .filter(outbox::locked_until.is_null().or(outbox::locked_until.lt(at)))
                .order((outbox::next_attempt_at, outbox::id))
                .limit(batch)
                .select(outbox::id)
                .load(conn)?
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
            .set((outbox::locked_until.eq(Some(at + lease)), outbox::attempts.eq(outbox::attempts + 1)))
            .execute(conn)?;
        let rows: Vec<OutboxRow> = outbox::table
            .filter(outbox::id.eq_any(&ids))
            .order(outbox::id)
            .select(OutboxRow::as_select())
            .load(conn)?;
        let mut attachments = super::attachments_of(conn, &ids)?;
        Ok(rows
            .into_iter()
            .map(|row| Claimed { attachments: attachments.remove(&row.id).unwrap_or_default(), row })
            .collect())
    })
}

/// A claimed message and its attachments.
pub struct Claimed {
    pub row: OutboxRow,
    pub attachments: Vec<Attachment>,
}

/// Records what happened to each message of a batch.
pub fn record(
    conn: &mut DbConnection,
    results: &[(i64, i32, Result<(), String>)],
    base_secs: i64,
    max_attempts: i32,
) -> AppResult<()> {
    write_transaction(conn, |conn| {
        let at = now();
        let sent: Vec<i64> = results.iter().filter(|r| r.2.is_ok()).map(|r| r.0).collect();
        if !sent.is_empty() {
            diesel::update(outbox::table.filter(outbox::id.eq_any(&sent)))
                .set((
                    outbox::status.eq(OutboxStatus::Sent),
                    outbox::sent_at.eq(Some(at)),
                    outbox::locked_until.eq(None::<NaiveDateTime>),
                    outbox::last_error.eq(None::<String>),
                ))
                .execute(conn)?;
            // attachments are the bulk of a message and are kept elsewhere (a certificate's
            // PDF stays downloadable); the sent body stays for the mailbox
            diesel::delete(outbox_attachments::table.filter(outbox_attachments::outbox_id.eq_any(&sent)))
                .execute(conn)?;
        }
        for (id, attempts, result) in results {
            let Err(error) = result else { continue };
            let error: String = error.chars().take(500).collect();
            if *attempts >= max_attempts {
                tracing::error!(outbox_id = id, attempts, %error, "giving up on an e-mail");
                diesel::update(outbox::table.find(id))
                    .set((
                        outbox::status.eq(OutboxStatus::Failed),
                        outbox::locked_until.eq(None::<NaiveDateTime>),
                        outbox::last_error.eq(Some(error)),
                    ))
                    .execute(conn)?;
            } else {
                let wait = backoff(base_secs, *attempts);
                tracing::warn!(outbox_id = id, attempts, retry_in_secs = wait.num_seconds(), %error, "e-mail not delivered; will retry");
                diesel::update(outbox::table.find(id))
                    .set((
                        outbox::next_attempt_at.eq(at + wait),
                        outbox::locked_until.eq(None::<NaiveDateTime>),
                        outbox::last_error.eq(Some(error)),
                    ))
                    .execute(conn)?;
            }
        }
        Ok(())
    })
}

/// Deletes up to `limit` messages sent before `before` (their bodies are the bulk of the table);
/// returns how many. Failed and pending messages stay.
pub fn purge_sent(conn: &mut DbConnection, before: NaiveDateTime, limit: i64) -> AppResult<usize> {
    write_transaction(conn, |conn| {
        let old = outbox::table
            .filter(outbox::status.eq(OutboxStatus::Sent))
            .filter(outbox::sent_at.lt(before))
            .order(outbox::id)
            .limit(limit)
            .select(outbox::id);
        let ids: Vec<i64> = old.load(conn)?;
        if ids.is_empty() {
            return Ok(0);
        }
        Ok(diesel::delete(outbox::table.filter(outbox::id.eq_any(&ids))).execute(conn)?)
    })
}

/// Runs [`purge_sent`] in rounds of 1,000 (short transactions) until nothing is left to delete.
pub async fn purge_old_mail(state: &AppState) -> AppResult<usize> {
    let days = state.settings.mail.keep_sent_days;
    if days == 0 {
        return Ok(0);
    }
    let before = now() - chrono::Duration::days(i64::from(days));
    let mut total = 0;
    loop {
        let n = state.db.run(move |conn| purge_sent(conn, before, 1000)).await?;
        total += n;
        if n < 1000 {
            return Ok(total);
        }
    }
}

/// base, 2×base, 4×base, … capped at one hour.
pub fn backoff(base_secs: i64, attempts: i32) -> chrono::Duration {
    let factor = 1i64 << (attempts.clamp(1, 20) - 1);
    chrono::Duration::seconds((base_secs.saturating_mul(factor)).min(3600))
}

/// Claims, sends and records one batch; returns how many messages it handled.
///
/// Each outcome is recorded as soon as it is known, not once for the whole batch: a recorder
/// runs beside the sending and writes every outcome that has arrived since its last write (one
/// short transaction for all of them, so a burst still costs few writes). A worker killed
/// mid-batch has recorded what it delivered, except the outcomes of its last moments, and the
/// next worker re-sends only those.
pub async fn run_once(state: &AppState, mailer: &Mailer) -> AppResult<usize> {
    let batch = state.settings.mail.batch_size;
    let lease = chrono::Duration::seconds(state.settings.mail.lock_secs);
    let rows = state.db.run(move |conn| claim(conn, batch, lease)).await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let count = rows.len();
    let from = &mailer.from;
    let transport = &mailer.transport;
    let (outcomes, mut arrived) = tokio::sync::mpsc::unbounded_channel::<(i64, i32, Result<(), String>)>();
    // Different people's e-mails go out concurrently; one person's go one after the other, in
    // the order they were queued, so that "you are registered" never arrives after "cancelled".
    let sending = stream::iter(by_recipient(rows))
        .map(move |rows| {
            let outcomes = outcomes.clone();
            async move {
                for claimed in rows {
                    let result = transport.send(from, &claimed.row, &claimed.attachments).await;
                    // `attempts` was raised when the row was claimed: it counts this try
                    let _ = outcomes.send((claimed.row.id, claimed.row.attempts, result));
                }
            }
        })
        .buffer_unordered(state.settings.mail.concurrency)
        // the stream owns the last sender: once every message is sent, the recorder ends
        .collect::<()>();
    let (base, max) = (state.settings.mail.retry_base_secs, state.settings.mail.max_attempts);
    let recording = async {
        let mut first_error = None;
        while let Some(outcome) = arrived.recv().await {
            let mut results = vec![outcome];
            while let Ok(more) = arrived.try_recv() {
                results.push(more);
            }
            if let Err(e) = state.db.run(move |conn| record(conn, &results, base, max)).await {
                // those messages stay leased and are sent again when the lease runs out
                tracing::warn!(error = %e, "outbox: recording outcomes failed");
                first_error.get_or_insert(e);
            }
        }
        first_error
    };
    let ((), failed) = tokio::join!(sending, recording);
    match failed {
        Some(e) => Err(e),
        None => Ok(count),
    }
}

/// The claimed rows grouped by recipient, each group in queue (id) order.
fn by_recipient(rows: Vec<Claimed>) -> Vec<Vec<Claimed>> {
    let mut groups: Vec<Vec<Claimed>> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for row in rows {
        // the address, whatever the display name said when each message was queued
        let address = row.row.recipient.rsplit('<').next().unwrap_or("").trim_end_matches('>').to_lowercase();
        match index.get(&address) {
            Some(&i) => groups[i].push(row),
            None => {
                index.insert(address, groups.len());
                groups.push(vec![row]);
            }
        }
    }
    groups
}

/// The worker loop: runs until the process ends. Woken early by `AppState::mail_wake`.
pub async fn run(state: web::Data<AppState>, mailer: web::Data<Mailer>) {
    let idle = Duration::from_millis(state.settings.mail.poll_interval_ms);
    tracing::info!(transport = %mailer.transport.describe(), "outbox worker started");
    // Each claim and each record is a write transaction. Woken once per queued e-mail, the
    // worker would run two of them per e-mail and compete with the requests that queue them;
    // waiting a moment lets a burst gather into one batch (e-mails leave `gather` later).
    let gather = Duration::from_millis(state.settings.mail.gather_ms);
    let full = usize::try_from(state.settings.mail.batch_size).unwrap_or(usize::MAX);
    let mut next_purge = tokio::time::Instant::now();
    loop {
        if tokio::time::Instant::now() >= next_purge {
            next_purge += Duration::from_secs(3600);
            match purge_old_mail(&state).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "old sent e-mails deleted"),
                Err(e) => tracing::warn!(error = %e, "deleting old sent e-mails: will try again"),
            }
        }
        match run_once(&state, &mailer).await {
            Ok(n) if n >= full => continue,
            Ok(n) if n > 0 => {
                tokio::time::sleep(gather).await;
                continue;
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "outbox worker: will try again"),
        }
        if tokio::time::timeout(idle, state.mail_wake.notified()).await.is_ok() {
            tokio::time::sleep(gather).await;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(super::backoff(30, 1).num_seconds(), 30);
        assert_eq!(super::backoff(30, 2).num_seconds(), 60);
        assert_eq!(super::backoff(30, 4).num_seconds(), 240);
        assert_eq!(super::backoff(30, 30).num_seconds(), 3600);
    }
}
