//! Domain events: how a capability tells the ones downstream of it that something changed,
//! without knowing them. Trainings records "a session moved" in the transaction of the move;
//! registration, which trainings never imports, reacts by e-mailing participants. The reactions
//! are wired by the composition root ([`crate::state::Reactions`]) and run in the same
//! transaction ([`crate::state::AppState::write`]), so the change and its consequences commit
//! or roll back together. Events stay in `domain_events` as a log of what happened.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::db::schema::domain_events;
use crate::db::{now, DbConnection};
use crate::error::{AppError, AppResult};

/// An event a capability defines (an enum with `#[serde(tag = "kind")]`, say) and records.
pub trait DomainEvent: Serialize + DeserializeOwned {
    /// The family of events, e.g. "training"; [`StoredEvent::decode`] checks it.
    const STREAM: &'static str;
    /// The training it concerns, for the log.
    fn training_id(&self) -> Option<i64>;
}

/// An event as it is stored, waiting for (or done with) its reactions.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = domain_events)]
pub struct StoredEvent {
    pub id: i64,
    pub kind: String,
    pub training_id: Option<i64>,
    pub payload: String,
    pub created_at: NaiveDateTime,
}

impl StoredEvent {
    /// The event as `E`, or `None` when it belongs to another stream.
    pub fn decode<E: DomainEvent>(&self) -> AppResult<Option<E>> {
        if self.kind != E::STREAM {
            return Ok(None);
        }
        serde_json::from_str(&self.payload).map(Some).map_err(|e| {
            AppError::Internal(anyhow::anyhow!("domain_events row {}: unknown {} event: {e}", self.id, self.kind))
        })
    }
}

/// Records the event. Call inside the transaction of the change it describes.
pub fn record<E: DomainEvent>(conn: &mut DbConnection, event: &E) -> AppResult<()> {
    let payload = serde_json::to_string(event).map_err(|e| AppError::Internal(e.into()))?;
    diesel::insert_into(domain_events::table)
        .values((
            domain_events::kind.eq(E::STREAM),
            domain_events::training_id.eq(event.training_id()),
            domain_events::payload.eq(payload),
            domain_events::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Events nobody has reacted to yet, oldest first. On PostgreSQL the rows are locked
/// (`SKIP LOCKED`), so two instances never handle the same event; a transaction sees its own
/// new events and, on SQLite, is the only writer anyway.
pub fn pending(conn: &mut DbConnection) -> AppResult<Vec<StoredEvent>> {
    let query = domain_events::table.filter(domain_events::handled_at.is_null()).order(domain_events::id).limit(1000);
    Ok(match conn {
        DbConnection::Postgres(pg) => query.select(StoredEvent::as_select()).for_update().skip_locked().load(pg)?,
        DbConnection::Sqlite(_) => query.select(StoredEvent::as_select()).load(conn)?,
    })
}

pub fn mark_handled(conn: &mut DbConnection, id: i64) -> AppResult<()> {
    diesel::update(domain_events::table.find(id)).set(domain_events::handled_at.eq(Some(now()))).execute(conn)?;
    Ok(())
}
