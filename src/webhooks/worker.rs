//! The webhook worker: claims due deliveries, POSTs them, and records each answer.
//!
//! It runs in every instance. A claim is a lease (`locked_until`, `webhooks.lock_secs`) and
//! raises `attempts`: on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so two instances never take
//! the same delivery; on SQLite inside `BEGIN IMMEDIATE`, which serialises claimers. A worker
//! that dies mid-send leaves its lease to run out and another sends the delivery again, with
//! the same `X-Cascade-Delivery` (at-least-once). Deliveries of a paused or switched-off
//! endpoint are not claimed: they wait.
//!
//! An answer in 2xx delivers. Anything else — another status (a redirect too: it is not
//! followed), a timeout, a refused connection, an address that is not public — is a failed
//! attempt: retried after `retry_base_secs × 2^(attempts−1)` (at most `retry_max_secs`) until
//! `max_attempts`, then failed. `410 Gone` fails it at once and pauses the endpoint, as
//! `pause_after_failures` deliveries failed in a row do.

use std::sync::Arc;
use std::time::{Duration, Instant};

use actix_web::web;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamp};
use futures_util::stream::{self, StreamExt};

use super::{Delivery, DeliveryStatus, Webhooks};
use crate::config::{Settings, WebhookSettings};
use crate::db::schema::{webhook_deliveries, webhook_endpoints};
use crate::db::{now, write_transaction, DbConnection};
use crate::error::AppResult;
use crate::state::AppState;

/// The client that delivers: rustls with the aws-lc-rs provider and the webpki roots, every
/// name resolved by [`super::target::CheckedResolver`], no proxy, no redirects, a timeout.
pub fn client(settings: &Settings) -> anyhow::Result<reqwest::Client> {
    // the process's default too (reqwest's rustls has none built in): aws-lc-rs, as for mail
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::aws_lc_rs::default_provider()))
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let timeout = Duration::from_secs(settings.webhooks.timeout_secs);
    Ok(reqwest::Client::builder()
        .use_preconfigured_tls(tls)
        .dns_resolver(Arc::new(super::target::CheckedResolver { allow_loopback: settings.webhooks.allow_loopback }))
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timeout)
        .connect_timeout(timeout)
        .user_agent(format!("Cascade-Webhooks/1 (+{})", settings.public_url()))
        .pool_max_idle_per_host(2)
        .build()?)
}

/// A claimed delivery, with where it goes and the sealed secret that signs it.
pub struct Claimed {
    pub delivery: Delivery,
    pub url: String,
    pub secret_sealed: String,
}

/// Leases up to `batch` due deliveries of active endpoints to this worker.
pub fn claim(conn: &mut DbConnection, batch: i64, lease: chrono::Duration) -> AppResult<Vec<Claimed>> {
    write_transaction(conn, |conn| {
        let at = now();
        let ids: Vec<i64> = if let DbConnection::Postgres(pg) = conn {
            diesel::sql_query(
                "SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id \
                 WHERE d.status = 'pending' AND d.next_attempt_at <= $1 \
                 AND (d.locked_until IS NULL OR d.locked_until < $1) \
                 AND e.enabled AND e.paused_at IS NULL \
                 ORDER BY d.next_attempt_at, d.id LIMIT $2 FOR UPDATE OF d SKIP LOCKED",
            )
            .bind::<Timestamp, _>(at)
            .bind::<BigInt, _>(batch)
            .load::<crate::db::IdRow>(pg)?
            .into_iter()
            .map(|r| r.id)
            .collect()
        } else {
            webhook_deliveries::table
                .inner_join(webhook_endpoints::table)
                .filter(webhook_deliveries::status.eq(DeliveryStatus::Pending))
                .filter(webhook_deliveries::next_attempt_at.le(at))
                .filter(webhook_deliveries::locked_until.is_null().or(webhook_deliveries::locked_until.lt(at)))
                .filter(webhook_endpoints::enabled.eq(true))
                .filter(webhook_endpoints::paused_at.is_null())
                .order((webhook_deliveries::next_attempt_at, webhook_deliveries::id))
                .limit(batch)
                .select(webhook_deliveries::id)
                .load(conn)?
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        diesel::update(webhook_deliveries::table.filter(webhook_deliveries::id.eq_any(&ids)))
            .set((
                webhook_deliveries::locked_until.eq(Some(at + lease)),
                webhook_deliveries::attempts.eq(webhook_deliveries::attempts + 1),
                webhook_deliveries::last_attempt_at.eq(Some(at)),
            ))
            .execute(conn)?;
        let rows: Vec<(Delivery, String, String)> = webhook_deliveries::table
            .inner_join(webhook_endpoints::table)
            .filter(webhook_deliveries::id.eq_any(&ids))
            .order(webhook_deliveries::id)
            .select((Delivery::as_select(), webhook_endpoints::url, webhook_endpoints::secret_sealed))
            .load(conn)?;
        Ok(rows.into_iter().map(|(delivery, url, secret_sealed)| Claimed { delivery, url, secret_sealed }).collect())
    })
}

/// What one attempt got.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status_code: Option<u16>,
    /// The start of the answer's body (`max_response_bytes`).
    pub response: Option<String>,
    /// Why there was no 2xx answer, in words.
    pub error: Option<String>,
    pub duration_ms: i32,
}

impl Outcome {
    fn delivered(&self) -> bool {
        self.status_code.is_some_and(|c| (200..300).contains(&c))
    }
    fn gone(&self) -> bool {
        self.status_code == Some(410)
    }
    fn failed(error: String, started: Instant) -> Outcome {
        Outcome { status_code: None, response: None, error: Some(error), duration_ms: elapsed_ms(started) }
    }
}

fn elapsed_ms(started: Instant) -> i32 {
    i32::try_from(started.elapsed().as_millis()).unwrap_or(i32::MAX)
}

/// POSTs one delivery, signed; never fails, the outcome says what happened.
pub async fn send(hooks: &Webhooks, settings: &WebhookSettings, claimed: &Claimed) -> Outcome {
    let started = Instant::now();
    let secret = match hooks.seal.open(&claimed.secret_sealed) {
        Ok(s) => s,
        Err(e) => return Outcome::failed(e, started),
    };
    let url = match url::Url::parse(&claimed.url) {
        Ok(u) => u,
        Err(e) => return Outcome::failed(format!("the address is not valid: {e}"), started),
    };
    if let Err(e) = super::target::literal_allowed(&url, hooks.allow_loopback) {
        return Outcome::failed(e, started);
    }
    let d = &claimed.delivery;
    let timestamp = chrono::Utc::now().timestamp();
    let body = d.payload.as_bytes().to_vec();
    let request = hooks
        .client
        .post(url)
        .header("content-type", "application/json")
        .header("x-cascade-event", d.event_type.as_str())
        .header("x-cascade-delivery", d.delivery_id.as_str())
        .header("x-cascade-timestamp", timestamp.to_string())
        .header("x-cascade-signature", super::signing::signature(&secret, timestamp, &body))
        .body(body);
    let mut response = match request.send().await {
        Ok(r) => r,
        Err(e) => return Outcome::failed(describe(&e), started),
    };
    let status = response.status().as_u16();
    let mut kept: Vec<u8> = Vec::new();
    let mut error = None;
    while kept.len() < settings.max_response_bytes {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                kept.extend_from_slice(&chunk[..chunk.len().min(settings.max_response_bytes - kept.len())])
            }
            Ok(None) => break,
            Err(e) => {
                error = Some(format!("reading the answer: {}", describe(&e)));
                break;
            }
        }
    }
    let text = String::from_utf8_lossy(&kept).into_owned();
    let error = error.or_else(|| match status {
        200..=299 => None,
        300..=399 => Some(format!("HTTP {status}: redirects are not followed; give the final address")),
        _ => Some(format!("HTTP {status}")),
    });
    Outcome { status_code: Some(status), response: Some(text), error, duration_ms: elapsed_ms(started) }
}

/// The error in words, with its causes (reqwest's own message is only the outermost).
fn describe(e: &reqwest::Error) -> String {
    let mut text = if e.is_timeout() { "timed out".to_string() } else { e.to_string() };
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.chars().take(500).collect()
}

/// base, 2×base, 4×base, … capped.
pub fn backoff(base_secs: i64, max_secs: i64, attempts: i32) -> chrono::Duration {
    let factor = 1i64 << (attempts.clamp(1, 30) - 1);
    chrono::Duration::seconds(base_secs.saturating_mul(factor).min(max_secs))
}

/// Records one attempt's outcome (in its own short transaction): delivered, retried later, or
/// failed — and whether the endpoint is paused.
pub fn record(
    conn: &mut DbConnection,
    claimed: &Delivery,
    outcome: &Outcome,
    settings: &WebhookSettings,
) -> AppResult<()> {
    write_transaction(conn, |conn| {
        let at = now();
        let attempts = claimed.attempts;
        let (status, next) = if outcome.delivered() {
            (DeliveryStatus::Delivered, None)
        } else if outcome.gone() || attempts >= settings.max_attempts {
            (DeliveryStatus::Failed, None)
        } else {
            (DeliveryStatus::Pending, Some(at + backoff(settings.retry_base_secs, settings.retry_max_secs, attempts)))
        };
        diesel::update(webhook_deliveries::table.find(claimed.id))
            .set((
                webhook_deliveries::status.eq(status),
                webhook_deliveries::next_attempt_at.eq(next.unwrap_or(claimed.next_attempt_at)),
                webhook_deliveries::locked_until.eq(None::<NaiveDateTime>),
                webhook_deliveries::last_status_code.eq(outcome.status_code.map(i32::from)),
                webhook_deliveries::last_response.eq(&outcome.response),
                webhook_deliveries::last_error.eq(&outcome.error),
                webhook_deliveries::last_duration_ms.eq(Some(outcome.duration_ms)),
                webhook_deliveries::delivered_at.eq((status == DeliveryStatus::Delivered).then_some(at)),
            ))
            .execute(conn)?;
        let endpoint = webhook_endpoints::table.find(claimed.endpoint_id);
        match status {
            DeliveryStatus::Delivered => {
                diesel::update(endpoint).set(webhook_endpoints::failed_in_a_row.eq(0)).execute(conn)?;
            }
            DeliveryStatus::Failed => {
                let in_a_row: Option<i32> = diesel::update(endpoint)
                    .set(webhook_endpoints::failed_in_a_row.eq(webhook_endpoints::failed_in_a_row + 1))
                    .returning(webhook_endpoints::failed_in_a_row)
                    .get_result(conn)
                    .optional()?;
                // (an endpoint deleted meanwhile took its deliveries with it)
                let in_a_row = in_a_row.unwrap_or(0);
                let limit = settings.pause_after_failures;
                let reason = if outcome.gone() {
                    Some("the receiver answered 410 Gone".to_string())
                } else if limit > 0 && in_a_row >= limit {
                    Some(format!("{in_a_row} deliveries in a row failed after every attempt"))
                } else {
                    None
                };
                if let Some(reason) = reason {
                    tracing::warn!(endpoint = claimed.endpoint_id, %reason, "webhook endpoint paused");
                    diesel::update(endpoint.filter(webhook_endpoints::paused_at.is_null()))
                        .set((
                            webhook_endpoints::paused_at.eq(Some(at)),
                            webhook_endpoints::paused_reason.eq(Some(reason)),
                        ))
                        .execute(conn)?;
                }
                tracing::warn!(delivery = claimed.id, attempts, error = ?outcome.error, "webhook delivery failed");
            }
            DeliveryStatus::Pending => {
                tracing::info!(delivery = claimed.id, attempts, error = ?outcome.error, "webhook delivery will be retried");
            }
        }
        Ok(())
    })
}

/// Claims, sends and records one batch; returns how many deliveries it handled. Each outcome
/// is recorded as soon as it is known.
pub async fn run_once(state: &AppState, hooks: &Webhooks) -> AppResult<usize> {
    let settings = state.settings.webhooks.clone();
    let (batch, lease) = (settings.batch_size, chrono::Duration::seconds(settings.lock_secs));
    let claimed = state.db.run(move |conn| claim(conn, batch, lease)).await?;
    let count = claimed.len();
    let settings = &settings;
    let results: Vec<AppResult<()>> = stream::iter(claimed)
        .map(|c| async move {
            let outcome = send(hooks, settings, &c).await;
            let settings = settings.clone();
            state.db.run(move |conn| record(conn, &c.delivery, &outcome, &settings)).await
        })
        .buffer_unordered(settings.concurrency)
        .collect()
        .await;
    // a delivery whose outcome could not be recorded stays leased and is sent again later
    match results.into_iter().find_map(Result::err) {
        Some(e) => Err(e),
        None => Ok(count),
    }
}

/// Deletes up to `limit` delivered or failed deliveries made before `before`; returns how many.
pub fn purge(conn: &mut DbConnection, before: NaiveDateTime, limit: i64) -> AppResult<usize> {
    write_transaction(conn, |conn| {
        let ids: Vec<i64> = webhook_deliveries::table
            .filter(webhook_deliveries::status.ne(DeliveryStatus::Pending))
            .filter(webhook_deliveries::created_at.lt(before))
            .order(webhook_deliveries::id)
            .limit(limit)
            .select(webhook_deliveries::id)
            .load(conn)?;
        if ids.is_empty() {
            return Ok(0);
        }
        Ok(diesel::delete(webhook_deliveries::table.filter(webhook_deliveries::id.eq_any(&ids))).execute(conn)?)
    })
}

async fn purge_old(state: &AppState) -> AppResult<usize> {
    let days = state.settings.webhooks.keep_days;
    if days == 0 {
        return Ok(0);
    }
    let before = now() - chrono::Duration::days(i64::from(days));
    let mut total = 0;
    loop {
        let n = state.db.run(move |conn| purge(conn, before, 1000)).await?;
        total += n;
        if n < 1000 {
            return Ok(total);
        }
    }
}

/// The worker loop: runs until the process ends. Woken early after domain events were handled
/// ([`AppState::reacted`]) and by a resend or resume ([`Webhooks::wake`]).
pub async fn run(state: web::Data<AppState>, hooks: web::Data<Webhooks>) {
    let idle = Duration::from_millis(state.settings.webhooks.poll_interval_ms);
    let full = usize::try_from(state.settings.webhooks.batch_size).unwrap_or(usize::MAX);
    let mut next_purge = tokio::time::Instant::now();
    loop {
        if tokio::time::Instant::now() >= next_purge {
            next_purge += Duration::from_secs(3600);
            match purge_old(&state).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "old webhook deliveries deleted"),
                Err(e) => tracing::warn!(error = %e, "deleting old webhook deliveries: will try again"),
            }
        }
        match run_once(&state, &hooks).await {
            Ok(n) if n >= full => continue,
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "webhook worker: will try again"),
        }
        tokio::select! {
            _ = state.reacted.notified() => {}
            _ = hooks.wake.notified() => {}
            _ = tokio::time::sleep(idle) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        assert_eq!(super::backoff(60, 21600, 1).num_seconds(), 60);
        assert_eq!(super::backoff(60, 21600, 2).num_seconds(), 120);
        assert_eq!(super::backoff(60, 21600, 5).num_seconds(), 960);
        assert_eq!(super::backoff(60, 21600, 12).num_seconds(), 21600);
        assert_eq!(super::backoff(60, 21600, 1000).num_seconds(), 21600);
    }
}
