//! Reads of endpoints and deliveries. Who may see them is decided in [`super::service`].

use diesel::prelude::*;

use super::{Delivery, DeliveryStatus, Endpoint};
use crate::db::schema::{
    organisations, training_organisers, trainings, webhook_deliveries, webhook_endpoint_trainings, webhook_endpoints,
};
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};

/// The organisation's endpoints, oldest first.
pub fn endpoints_of(conn: &mut DbConnection, organisation_id: i64) -> AppResult<Vec<Endpoint>> {
    Ok(webhook_endpoints::table
        .filter(webhook_endpoints::organisation_id.eq(organisation_id))
        .order(webhook_endpoints::id)
        .select(Endpoint::as_select())
        .load(conn)?)
}

/// The endpoint `id` of the organisation (not found when it belongs to another).
pub fn endpoint(conn: &mut DbConnection, organisation_id: i64, id: i64) -> AppResult<Endpoint> {
    webhook_endpoints::table
        .find(id)
        .filter(webhook_endpoints::organisation_id.eq(organisation_id))
        .select(Endpoint::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("webhook endpoint"))
}

/// The trainings an endpoint is limited to (empty when it takes them all).
pub fn training_ids(conn: &mut DbConnection, endpoint_id: i64) -> AppResult<Vec<i64>> {
    Ok(webhook_endpoint_trainings::table
        .filter(webhook_endpoint_trainings::endpoint_id.eq(endpoint_id))
        .order(webhook_endpoint_trainings::training_id)
        .select(webhook_endpoint_trainings::training_id)
        .load(conn)?)
}

/// The trainings the organisation organises (someone speaks for it), newest first: what an
/// endpoint can be limited to.
pub fn organised_trainings(conn: &mut DbConnection, organisation_id: i64) -> AppResult<Vec<(i64, String)>> {
    let organised = training_organisers::table
        .filter(training_organisers::organisation_id.eq(organisation_id))
        .select(training_organisers::training_id);
    Ok(trainings::table
        .filter(trainings::id.eq_any(organised))
        .order(trainings::id.desc())
        .select((trainings::id, trainings::title))
        .load(conn)?)
}

/// The endpoints that receive events of this training, each with its organisation's name:
/// switched on, of an organisation that organises the training, and taking every training or
/// this one. (Paused ones too: their deliveries wait for them.)
pub fn covering(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<(Endpoint, String)>> {
    let organising = training_organisers::table
        .filter(training_organisers::training_id.eq(training_id))
        .select(training_organisers::organisation_id);
    let limited_to_it = webhook_endpoint_trainings::table
        .filter(webhook_endpoint_trainings::training_id.eq(training_id))
        .select(webhook_endpoint_trainings::endpoint_id);
    Ok(webhook_endpoints::table
        .inner_join(organisations::table)
        .filter(webhook_endpoints::organisation_id.eq_any(organising))
        .filter(webhook_endpoints::enabled.eq(true))
        .filter(webhook_endpoints::all_trainings.eq(true).or(webhook_endpoints::id.eq_any(limited_to_it)))
        .order(webhook_endpoints::id)
        .select((Endpoint::as_select(), organisations::name))
        .load(conn)?)
}

/// An endpoint's deliveries, newest first: at most `limit`, older than `before` when given.
pub fn deliveries(
    conn: &mut DbConnection,
    endpoint_id: i64,
    before: Option<i64>,
    limit: i64,
) -> AppResult<Vec<Delivery>> {
    let mut query = webhook_deliveries::table
        .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
        .order(webhook_deliveries::id.desc())
        .limit(limit)
        .select(Delivery::as_select())
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(webhook_deliveries::id.lt(before));
    }
    Ok(query.load(conn)?)
}

/// The delivery `id` of the endpoint (not found when it belongs to another).
pub fn delivery(conn: &mut DbConnection, endpoint_id: i64, id: i64) -> AppResult<Delivery> {
    webhook_deliveries::table
        .find(id)
        .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
        .select(Delivery::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("delivery"))
}

/// How many deliveries of each endpoint wait or failed: (endpoint, pending, failed).
pub fn counts(conn: &mut DbConnection, endpoint_ids: &[i64]) -> AppResult<Vec<(i64, i64, i64)>> {
    let rows: Vec<(i64, DeliveryStatus, i64)> = webhook_deliveries::table
        .filter(webhook_deliveries::endpoint_id.eq_any(endpoint_ids))
        .filter(webhook_deliveries::status.ne(DeliveryStatus::Delivered))
        .group_by((webhook_deliveries::endpoint_id, webhook_deliveries::status))
        .select((webhook_deliveries::endpoint_id, webhook_deliveries::status, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(endpoint_ids
        .iter()
        .map(|&id| {
            let of = |s: DeliveryStatus| rows.iter().filter(|r| r.0 == id && r.1 == s).map(|r| r.2).sum();
            (id, of(DeliveryStatus::Pending), of(DeliveryStatus::Failed))
        })
        .collect())
}
