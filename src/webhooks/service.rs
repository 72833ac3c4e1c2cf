//! Every change to endpoints and deliveries, and the reads that need a right, each checked:
//! an organisation's webhooks belong to whoever may change the organisation (the account that
//! added it, or an administrator: [`crate::organisations::Organisation::may_be_changed_by`]).
//! To anyone else the organisation's endpoints and deliveries do not exist (404, not 403).

use std::collections::BTreeSet;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;

use super::{queries, signing, target, Delivery, DeliveryStatus, Endpoint, EventType};
use crate::accounts::Account;
use crate::db::schema::{webhook_deliveries, webhook_endpoint_trainings, webhook_endpoints};
use crate::db::{now, DbConnection};
use crate::domain::optional_line;
use crate::error::{AppError, AppResult};
use crate::organisations::Organisation;

/// The most trainings an endpoint can be limited to.
pub const MAX_TRAININGS: usize = 500;

/// What a form or JSON body says about an endpoint, before it is checked.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct EndpointInput {
    /// The receiver: an https:// address whose host is public (not loopback, private or
    /// link-local), without user name or password.
    #[schema(required = true, example = "https://crm.example.org/hooks/cascade")]
    pub url: String,
    /// A note for the organisers (what receives it), at most 200 characters.
    pub description: String,
    /// The events it receives: at least one.
    #[schema(required = true, value_type = Vec<EventType>, min_items = 1)]
    pub event_types: Vec<String>,
    /// Every training the organisation organises, now and later (the default); false: only
    /// `training_ids`.
    pub all_trainings: bool,
    /// With `all_trainings` false: the trainings (organised by the organisation) it is limited to.
    pub training_ids: Vec<i64>,
    /// Switched on (the default). While off, no deliveries are made for it.
    pub enabled: bool,
}

impl Default for EndpointInput {
    fn default() -> Self {
        EndpointInput {
            url: String::new(),
            description: String::new(),
            event_types: Vec::new(),
            all_trainings: true,
            training_ids: Vec::new(),
            enabled: true,
        }
    }
}

/// A checked [`EndpointInput`].
#[derive(Debug, Clone)]
pub struct Checked {
    pub url: url::Url,
    pub description: String,
    pub event_types: Vec<EventType>,
    pub all_trainings: bool,
    pub training_ids: Vec<i64>,
    pub enabled: bool,
}

impl Checked {
    fn event_types_text(&self) -> String {
        self.event_types.iter().map(EventType::as_str).collect::<Vec<_>>().join(" ")
    }
}

/// Checks the input at the edge, without the database (see [`check_target`] for the address's
/// resolution, and [`create`] for the trainings).
pub fn check(input: &EndpointInput, allow_loopback: bool) -> AppResult<Checked> {
    let url = target::parse("url", &input.url, allow_loopback)?;
    let description = optional_line("description", &input.description, 200)?.unwrap_or_default();
    if input.event_types.is_empty() {
        return Err(AppError::invalid("event_types", "choose at least one event to receive"));
    }
    if input.event_types.len() > 50 {
        return Err(AppError::invalid("event_types", "at most 50 event types"));
    }
    let mut event_types = Vec::new();
    for raw in &input.event_types {
        let t = EventType::parse("event_types", raw)?;
        if !event_types.contains(&t) {
            event_types.push(t);
        }
    }
    // in the documented order, whatever the order given
    event_types.sort_by_key(|t| EventType::ALL.iter().position(|a| a == t));
    let training_ids: Vec<i64> = if input.all_trainings {
        Vec::new()
    } else {
        let ids: BTreeSet<i64> = input.training_ids.iter().copied().collect();
        if ids.is_empty() {
            return Err(AppError::invalid("training_ids", "choose at least one training, or all trainings"));
        }
        if ids.len() > MAX_TRAININGS {
            return Err(AppError::invalid("training_ids", format!("at most {MAX_TRAININGS} trainings")));
        }
        ids.into_iter().collect()
    };
    Ok(Checked {
        url,
        description,
        event_types,
        all_trainings: input.all_trainings,
        training_ids,
        enabled: input.enabled,
    })
}

/// The part of the check that asks DNS: a name that resolves to an address that is not public
/// is refused. Run before the write (not inside a transaction).
pub async fn check_target(checked: &Checked, allow_loopback: bool) -> AppResult<()> {
    target::check_resolves("url", &checked.url, allow_loopback).await
}

/// The organisation, when `actor` may manage its webhooks; "not found" otherwise.
pub fn organisation_for(conn: &mut DbConnection, actor: &Account, organisation_id: i64) -> AppResult<Organisation> {
    match crate::organisations::find(conn, organisation_id) {
        Ok(o) if o.may_be_changed_by(actor) => Ok(o),
        Ok(_) | Err(AppError::NotFound(_)) => Err(AppError::not_found("organisation")),
        Err(e) => Err(e),
    }
}

/// The organisation's endpoint `id`, when `actor` may manage it.
pub fn endpoint_for(
    conn: &mut DbConnection,
    actor: &Account,
    organisation_id: i64,
    id: i64,
) -> AppResult<(Organisation, Endpoint)> {
    let organisation = organisation_for(conn, actor, organisation_id)?;
    let endpoint = queries::endpoint(conn, organisation_id, id)?;
    Ok((organisation, endpoint))
}

/// The trainings must be organised by the organisation.
fn check_trainings(conn: &mut DbConnection, organisation: &Organisation, ids: &[i64]) -> AppResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let organised: BTreeSet<i64> =
        queries::organised_trainings(conn, organisation.id)?.into_iter().map(|(id, _)| id).collect();
    if let Some(other) = ids.iter().find(|id| !organised.contains(id)) {
        return Err(AppError::invalid(
            "training_ids",
            format!("training {other} is not organised by {}: choose among its trainings", organisation.name),
        ));
    }
    Ok(())
}

fn set_trainings(conn: &mut DbConnection, endpoint_id: i64, ids: &[i64]) -> AppResult<()> {
    diesel::delete(webhook_endpoint_trainings::table.filter(webhook_endpoint_trainings::endpoint_id.eq(endpoint_id)))
        .execute(conn)?;
    for id in ids {
        diesel::insert_into(webhook_endpoint_trainings::table)
            .values((
                webhook_endpoint_trainings::endpoint_id.eq(endpoint_id),
                webhook_endpoint_trainings::training_id.eq(id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Adds an endpoint; returns it and its secret (shown this once).
pub fn create(
    conn: &mut DbConnection,
    seal: &signing::SealKey,
    actor: &Account,
    organisation_id: i64,
    checked: &Checked,
) -> AppResult<(Endpoint, String)> {
    let organisation = organisation_for(conn, actor, organisation_id)?;
    check_trainings(conn, &organisation, &checked.training_ids)?;
    let secret = signing::new_secret();
    let at = now();
    let id: i64 = diesel::insert_into(webhook_endpoints::table)
        .values((
            webhook_endpoints::organisation_id.eq(organisation_id),
            webhook_endpoints::url.eq(checked.url.as_str()),
            webhook_endpoints::description.eq(&checked.description),
            webhook_endpoints::event_types.eq(checked.event_types_text()),
            webhook_endpoints::all_trainings.eq(checked.all_trainings),
            webhook_endpoints::enabled.eq(checked.enabled),
            webhook_endpoints::secret_sealed.eq(seal.seal(&secret)?),
            webhook_endpoints::secret_hint.eq(signing::hint(&secret)),
            webhook_endpoints::failed_in_a_row.eq(0),
            webhook_endpoints::created_by.eq(Some(actor.id)),
            webhook_endpoints::created_at.eq(at),
            webhook_endpoints::updated_at.eq(at),
        ))
        .returning(webhook_endpoints::id)
        .get_result(conn)?;
    set_trainings(conn, id, &checked.training_ids)?;
    Ok((queries::endpoint(conn, organisation_id, id)?, secret))
}

/// Changes an endpoint. Deliveries still waiting go to its new address.
pub fn update(
    conn: &mut DbConnection,
    actor: &Account,
    organisation_id: i64,
    id: i64,
    checked: &Checked,
) -> AppResult<Endpoint> {
    let (organisation, _) = endpoint_for(conn, actor, organisation_id, id)?;
    check_trainings(conn, &organisation, &checked.training_ids)?;
    diesel::update(webhook_endpoints::table.find(id))
        .set((
            webhook_endpoints::url.eq(checked.url.as_str()),
            webhook_endpoints::description.eq(&checked.description),
            webhook_endpoints::event_types.eq(checked.event_types_text()),
            webhook_endpoints::all_trainings.eq(checked.all_trainings),
            webhook_endpoints::enabled.eq(checked.enabled),
            webhook_endpoints::updated_at.eq(now()),
        ))
        .execute(conn)?;
    set_trainings(conn, id, &checked.training_ids)?;
    queries::endpoint(conn, organisation_id, id)
}

/// Deletes an endpoint and its delivery log.
pub fn delete(conn: &mut DbConnection, actor: &Account, organisation_id: i64, id: i64) -> AppResult<()> {
    endpoint_for(conn, actor, organisation_id, id)?;
    // (the foreign keys cascade on PostgreSQL and on SQLite, whose foreign keys are on; said
    // here as well, so the order never depends on it)
    diesel::delete(webhook_deliveries::table.filter(webhook_deliveries::endpoint_id.eq(id))).execute(conn)?;
    diesel::delete(webhook_endpoint_trainings::table.filter(webhook_endpoint_trainings::endpoint_id.eq(id)))
        .execute(conn)?;
    diesel::delete(webhook_endpoints::table.find(id)).execute(conn)?;
    Ok(())
}

/// Gives the endpoint a new secret; returns it (shown this once). The old one stops signing
/// at once, also for deliveries still waiting.
pub fn renew_secret(
    conn: &mut DbConnection,
    seal: &signing::SealKey,
    actor: &Account,
    organisation_id: i64,
    id: i64,
) -> AppResult<(Endpoint, String)> {
    endpoint_for(conn, actor, organisation_id, id)?;
    let secret = signing::new_secret();
    diesel::update(webhook_endpoints::table.find(id))
        .set((
            webhook_endpoints::secret_sealed.eq(seal.seal(&secret)?),
            webhook_endpoints::secret_hint.eq(signing::hint(&secret)),
            webhook_endpoints::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok((queries::endpoint(conn, organisation_id, id)?, secret))
}

/// Resumes a paused endpoint: its waiting deliveries go out now.
pub fn resume(conn: &mut DbConnection, actor: &Account, organisation_id: i64, id: i64) -> AppResult<Endpoint> {
    let (_, endpoint) = endpoint_for(conn, actor, organisation_id, id)?;
    if !endpoint.is_paused() {
        return Err(AppError::conflict(None, "this endpoint is not paused"));
    }
    let at = now();
    diesel::update(webhook_endpoints::table.find(id))
        .set((
            webhook_endpoints::paused_at.eq(None::<NaiveDateTime>),
            webhook_endpoints::paused_reason.eq(None::<String>),
            webhook_endpoints::failed_in_a_row.eq(0),
            webhook_endpoints::updated_at.eq(at),
        ))
        .execute(conn)?;
    diesel::update(
        webhook_deliveries::table
            .filter(webhook_deliveries::endpoint_id.eq(id))
            .filter(webhook_deliveries::status.eq(DeliveryStatus::Pending)),
    )
    .set(webhook_deliveries::next_attempt_at.eq(at))
    .execute(conn)?;
    queries::endpoint(conn, organisation_id, id)
}

/// Sends a delivery again, with the same payload and delivery id (receivers that already have
/// it can tell): back to pending, with a fresh count of attempts.
pub fn resend(
    conn: &mut DbConnection,
    actor: &Account,
    organisation_id: i64,
    endpoint_id: i64,
    id: i64,
) -> AppResult<Delivery> {
    endpoint_for(conn, actor, organisation_id, endpoint_id)?;
    let delivery = queries::delivery(conn, endpoint_id, id)?;
    if delivery.is_leased() {
        return Err(AppError::conflict(None, "this delivery is being sent right now; wait for its outcome"));
    }
    diesel::update(webhook_deliveries::table.find(id))
        .set((
            webhook_deliveries::status.eq(DeliveryStatus::Pending),
            webhook_deliveries::attempts.eq(0),
            webhook_deliveries::next_attempt_at.eq(now()),
            webhook_deliveries::locked_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    queries::delivery(conn, endpoint_id, id)
}
