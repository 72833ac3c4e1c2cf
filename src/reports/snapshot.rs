//! Where a report comes from: computed for the request, or read from a stored snapshot.
//!
//! A report is computed from the cascade's rows (`queries.rs`), which costs a few milliseconds
//! for a cascade of a few thousand trainings and ~1.7 s at 100,000 (docs/BENCHMARKS.md, "Impact
//! report"). A report whose computation took at least `[reports] snapshot_after_ms` is stored in
//! `impact_snapshots` and served from there — one row read, whatever the cascade's size — marked
//! with the time it was computed. Once it is older than `snapshot_max_age_secs`, the next request
//! still gets it (marked as being updated) and starts one recomputation in the background; the
//! row's `refreshing_until` lease keeps several instances (or requests) from all recomputing it,
//! and one lock per instance keeps background recomputations one at a time, so memory does not
//! grow with the number of cascades being looked at. Small reports are never stored, so they are
//! always current.

use std::time::{Duration, Instant};

use actix_web::web;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::queries::Scope;
use super::Impact;
use crate::db::schema::impact_snapshots as snap;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// How long an instance may hold a snapshot for its recomputation before another may take over
/// (an instance that stopped mid-way releases nothing).
const REFRESH_LEASE: Duration = Duration::from_secs(300);

/// Background recomputations run one at a time per instance.
static BACKGROUND: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn key(scope: Scope) -> (&'static str, i64) {
    match scope {
        Scope::Training(id) => ("training", id),
        Scope::Organisation(id) => ("organisation", id),
    }
}

/// Computes a report from the rows, timing it.
fn compute(conn: &mut DbConnection, scope: Scope, active_within_days: i64) -> AppResult<(Impact, u64)> {
    let started = Instant::now();
    let impact = match scope {
        Scope::Training(id) => super::impact(conn, id, active_within_days)?,
        Scope::Organisation(id) => super::organisation_impact(conn, id, active_within_days)?,
    };
    Ok((impact, started.elapsed().as_millis() as u64))
}

#[derive(Queryable)]
struct Stored {
    computed_at: NaiveDateTime,
    compute_ms: i64,
    body: String,
}

fn find(conn: &mut DbConnection, scope: Scope) -> AppResult<Option<Stored>> {
    let (kind, id) = key(scope);
    Ok(snap::table
        .find((kind, id))
        .select((snap::computed_at, snap::compute_ms, snap::body))
        .first::<Stored>(conn)
        .optional()?)
}

fn decode(stored: &Stored) -> AppResult<Impact> {
    serde_json::from_str(&stored.body)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("impact_snapshots: a stored report does not decode: {e}")))
}

/// Stores (or replaces) a report and releases its lease.
fn store(conn: &mut DbConnection, scope: Scope, impact: &Impact, compute_ms: u64) -> AppResult<()> {
    let (kind, id) = key(scope);
    let body = serde_json::to_string(impact).map_err(|e| AppError::Internal(e.into()))?;
    let row = (
        snap::scope.eq(kind),
        snap::scope_id.eq(id),
        snap::computed_at.eq(impact.computed_at.naive_utc()),
        snap::compute_ms.eq(compute_ms as i64),
        snap::body.eq(&body),
        snap::refreshing_until.eq(None::<NaiveDateTime>),
    );
    crate::db::per_backend!(conn, |c| diesel::insert_into(snap::table)
        .values(row)
        .on_conflict((snap::scope, snap::scope_id))
        .do_update()
        .set((
            snap::computed_at.eq(impact.computed_at.naive_utc()),
            snap::compute_ms.eq(compute_ms as i64),
            snap::body.eq(&body),
            snap::refreshing_until.eq(None::<NaiveDateTime>),
        ))
        .execute(c))?;
    Ok(())
}

fn forget(conn: &mut DbConnection, scope: Scope) -> AppResult<()> {
    let (kind, id) = key(scope);
    diesel::delete(snap::table.find((kind, id))).execute(conn)?;
    Ok(())
}

/// Takes the snapshot's recomputation for this instance; false when another holds it, or has
/// just stored a newer one (computed at or after `stale_before`).
fn claim(conn: &mut DbConnection, scope: Scope, stale_before: NaiveDateTime) -> AppResult<bool> {
    let (kind, id) = key(scope);
    let now = crate::db::now();
    let until = now + chrono::Duration::from_std(REFRESH_LEASE).expect("a short lease");
    let taken = diesel::update(
        snap::table
            .find((kind, id))
            .filter(snap::computed_at.lt(stale_before))
            .filter(snap::refreshing_until.is_null().or(snap::refreshing_until.lt(now))),
    )
    .set(snap::refreshing_until.eq(until))
    .execute(conn)?;
    Ok(taken == 1)
}

fn release(conn: &mut DbConnection, scope: Scope) -> AppResult<()> {
    let (kind, id) = key(scope);
    diesel::update(snap::table.find((kind, id))).set(snap::refreshing_until.eq(None::<NaiveDateTime>)).execute(conn)?;
    Ok(())
}

/// What to do after a report was read.
enum Then {
    Nothing,
    /// computed now and slow: keep it
    Store(u64),
    /// computed now and quick: drop a snapshot kept from a slower time
    Forget,
    /// served from an old snapshot: recompute it in the background
    Refresh,
}

/// The report of `scope` for a request that `allowed` lets through (run first, in the same
/// database turn): computed now, or the stored snapshot (see the module's comment).
pub async fn serve<A>(state: &web::Data<AppState>, scope: Scope, allowed: A) -> AppResult<Impact>
where
    A: FnOnce(&mut DbConnection) -> AppResult<()> + Send + 'static,
{
    let days = state.settings.downstream.active_within_days;
    let after_ms = state.settings.reports.snapshot_after_ms;
    let max_age = chrono::Duration::seconds(state.settings.reports.snapshot_max_age_secs as i64);
    let (mut impact, then) = state
        .db
        .run(move |conn| {
            allowed(conn)?;
            let stored = find(conn, scope)?;
            if let Some(s) = &stored {
                let fresh = crate::db::now() - s.computed_at < max_age;
                // a stored report that would now be quick to compute is recomputed instead
                if fresh || s.compute_ms as u64 >= after_ms {
                    return Ok((decode(s)?, if fresh { Then::Nothing } else { Then::Refresh }));
                }
            }
            let (impact, ms) = compute(conn, scope, days)?;
            let then = if ms >= after_ms {
                Then::Store(ms)
            } else if stored.is_some() {
                Then::Forget
            } else {
                Then::Nothing
            };
            Ok((impact, then))
        })
        .await?;
    match then {
        Then::Nothing => {}
        Then::Store(ms) => {
            let kept = impact.clone();
            state.db.write(move |conn| store(conn, scope, &kept, ms)).await?;
            // a large report decoded tens of thousands of rows: give that memory back
            crate::memory::release_free();
        }
        Then::Forget => state.db.write(move |conn| forget(conn, scope)).await?,
        Then::Refresh => {
            impact.updating = true;
            let stale_before = crate::db::now() - max_age;
            if state.db.write(move |conn| claim(conn, scope, stale_before)).await? {
                let state = state.clone();
                actix_web::rt::spawn(async move {
                    let _one_at_a_time = BACKGROUND.lock().await;
                    if let Err(e) = refresh(&state, scope).await {
                        tracing::warn!(error = %e, ?scope, "recomputing a stored impact report failed");
                        let _ = state.db.write(move |conn| release(conn, scope)).await;
                    }
                });
            }
        }
    }
    Ok(impact)
}

/// Recomputes one stored report now and stores it.
pub async fn refresh(state: &AppState, scope: Scope) -> AppResult<()> {
    let days = state.settings.downstream.active_within_days;
    let (impact, ms) = state.db.run(move |conn| compute(conn, scope, days)).await?;
    state.db.write(move |conn| store(conn, scope, &impact, ms)).await?;
    crate::memory::release_free();
    Ok(())
}

/// Recomputes every stored report computed before `older_than` ago, one after another;
/// returns how many. (A maintenance call: `cascade` operators and tests use it to bring every
/// snapshot up to date at once.)
pub async fn refresh_older_than(state: &AppState, older_than: Duration) -> AppResult<usize> {
    let age = chrono::Duration::from_std(older_than).unwrap_or(chrono::Duration::days(36_500));
    let cutoff = crate::db::now().checked_sub_signed(age).unwrap_or(NaiveDateTime::MIN);
    let due: Vec<(String, i64)> = state
        .db
        .run(move |conn| {
            Ok(snap::table.filter(snap::computed_at.le(cutoff)).select((snap::scope, snap::scope_id)).load(conn)?)
        })
        .await?;
    let _one_at_a_time = BACKGROUND.lock().await;
    for (kind, id) in &due {
        let scope = if kind == "organisation" { Scope::Organisation(*id) } else { Scope::Training(*id) };
        refresh(state, scope).await?;
    }
    Ok(due.len())
}
