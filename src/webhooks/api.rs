//! Webhooks over the JSON API: an organisation's endpoints (list, add, read, change, delete,
//! renew the secret, resume), their delivery log and resending a delivery. For whoever may
//! change the organisation; to anyone else its endpoints do not exist (404).

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};

use super::service::{self, EndpointInput};
use super::{queries, Delivery, DeliveryStatus, Endpoint, EventType, Webhooks};
use crate::domain::time::utc_rfc3339;
use crate::error::{AppError, ErrorBody};
use crate::http::ApiCaller;
use crate::state::AppState;

/// An endpoint as its organisation's administrators see it (never its secret, except in the
/// answer that made or renewed it).
#[derive(Serialize, utoipa::ToSchema)]
pub struct EndpointOut {
    pub id: i64,
    pub organisation_id: i64,
    pub url: String,
    pub description: String,
    pub event_types: Vec<EventType>,
    /// Every training the organisation organises, or only `training_ids`.
    pub all_trainings: bool,
    pub training_ids: Vec<i64>,
    /// Switched on by the organisers.
    pub enabled: bool,
    /// Set when it was paused after failures (UTC, RFC 3339): deliveries wait until it is
    /// resumed (`POST …/resume`).
    pub paused_at: Option<String>,
    pub paused_reason: Option<String>,
    /// Deliveries that failed for good in a row.
    pub failed_in_a_row: i32,
    /// The secret's last characters, to tell secrets apart.
    pub secret_hint: String,
    /// Only in the answer that made the endpoint or renewed its secret: shown once. Verify
    /// `X-Cascade-Signature` with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl EndpointOut {
    fn new(e: Endpoint, training_ids: Vec<i64>, secret: Option<String>) -> EndpointOut {
        EndpointOut {
            id: e.id,
            organisation_id: e.organisation_id,
            event_types: e.event_types(),
            all_trainings: e.all_trainings,
            training_ids,
            enabled: e.enabled,
            paused_at: e.paused_at.map(utc_rfc3339),
            paused_reason: e.paused_reason,
            failed_in_a_row: e.failed_in_a_row,
            secret_hint: e.secret_hint,
            secret,
            created_at: utc_rfc3339(e.created_at),
            updated_at: utc_rfc3339(e.updated_at),
            url: e.url,
            description: e.description,
        }
    }
}

/// One delivery of the log.
#[derive(Serialize, utoipa::ToSchema)]
pub struct DeliveryOut {
    pub id: i64,
    pub endpoint_id: i64,
    /// `X-Cascade-Delivery`: the same on every attempt and resend.
    pub delivery_id: String,
    /// The payload's `id`: the same for every endpoint that got this event.
    pub event_id: String,
    #[schema(value_type = EventType)]
    pub event_type: String,
    pub status: DeliveryStatus,
    /// Attempts so far (since the last resend).
    pub attempts: i32,
    /// When the next attempt is due (pending only).
    pub next_attempt_at: Option<String>,
    pub last_attempt_at: Option<String>,
    /// The HTTP status of the last answer (none when there was no answer).
    pub last_status_code: Option<i32>,
    /// The start of the last answer's body.
    pub last_response: Option<String>,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    pub last_duration_ms: Option<i32>,
    pub delivered_at: Option<String>,
    pub created_at: String,
    /// The JSON body, as sent.
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
}

impl From<Delivery> for DeliveryOut {
    fn from(d: Delivery) -> DeliveryOut {
        DeliveryOut {
            id: d.id,
            endpoint_id: d.endpoint_id,
            status: d.status,
            attempts: d.attempts,
            next_attempt_at: (d.status == DeliveryStatus::Pending).then(|| utc_rfc3339(d.next_attempt_at)),
            last_attempt_at: d.last_attempt_at.map(utc_rfc3339),
            last_status_code: d.last_status_code,
            last_response: d.last_response,
            last_error: d.last_error,
            last_duration_ms: d.last_duration_ms,
            delivered_at: d.delivered_at.map(utc_rfc3339),
            created_at: utc_rfc3339(d.created_at),
            payload: serde_json::from_str(&d.payload).unwrap_or(serde_json::Value::Null),
            delivery_id: d.delivery_id,
            event_id: d.event_id,
            event_type: d.event_type,
        }
    }
}

/// A page of the delivery log, newest first.
#[derive(Serialize, utoipa::ToSchema)]
pub struct DeliveryPage {
    pub items: Vec<DeliveryOut>,
    /// Pass as `before` for the next (older) page; absent on the last page.
    pub next_before: Option<i64>,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LogPaging {
    /// Only deliveries with a smaller id (the previous page's `next_before`).
    pub before: Option<i64>,
    /// 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<i64>,
}

async fn endpoint_out(state: &AppState, caller: ApiCaller, org: i64, id: i64) -> Result<EndpointOut, AppError> {
    state
        .db
        .run(move |conn| {
            let (_, e) = service::endpoint_for(conn, &caller.0, org, id)?;
            let trainings = queries::training_ids(conn, e.id)?;
            Ok(EndpointOut::new(e, trainings, None))
        })
        .await
}

/// The organisation's webhook endpoints.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/webhooks", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 200, body = [EndpointOut]), (status = 404, body = ErrorBody, description = "no such organisation, or the caller may not change it")))]
pub async fn list(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let org = path.into_inner();
    let list = state
        .db
        .run(move |conn| {
            service::organisation_for(conn, &caller.0, org)?;
            let mut out = Vec::new();
            for e in queries::endpoints_of(conn, org)? {
                let trainings = queries::training_ids(conn, e.id)?;
                out.push(EndpointOut::new(e, trainings, None));
            }
            Ok(out)
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Adds an endpoint. The answer carries its `secret`, shown this once.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/webhooks", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = EndpointInput,
    responses((status = 201, body = EndpointOut, description = "the endpoint, with its secret"),
        (status = 404, body = ErrorBody, description = "no such organisation, or the caller may not change it"),
        (status = 422, body = ErrorBody, description = "an address that is not https:// or not public, an unknown event type, a training the organisation does not organise")))]
pub async fn create(
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<EndpointInput>,
) -> Result<HttpResponse, AppError> {
    let org = path.into_inner();
    let checked = service::check(&body, hooks.allow_loopback)?;
    service::check_target(&checked, hooks.allow_loopback).await?;
    let out = state
        .db
        .write(move |conn| {
            let (e, secret) = service::create(conn, &hooks.seal, &caller.0, org, &checked)?;
            let trainings = queries::training_ids(conn, e.id)?;
            Ok(EndpointOut::new(e, trainings, Some(secret)))
        })
        .await?;
    Ok(HttpResponse::Created().json(out))
}

/// One endpoint.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/webhooks/{webhook_id}", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path), ("webhook_id" = i64, Path)),
    responses((status = 200, body = EndpointOut), (status = 404, body = ErrorBody)))]
pub async fn get(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (org, id) = path.into_inner();
    Ok(HttpResponse::Ok().json(endpoint_out(&state, caller, org, id).await?))
}

/// Changes an endpoint (every field, as when adding it). Deliveries still waiting go to the
/// new address.
#[utoipa::path(put, path = "/api/v1/organisations/{id}/webhooks/{webhook_id}", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path), ("webhook_id" = i64, Path)), request_body = EndpointInput,
    responses((status = 200, body = EndpointOut), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
    body: web::Json<EndpointInput>,
) -> Result<HttpResponse, AppError> {
    let (org, id) = path.into_inner();
    let checked = service::check(&body, hooks.allow_loopback)?;
    service::check_target(&checked, hooks.allow_loopback).await?;
    let out = state
        .db
        .write(move |conn| {
            let e = service::update(conn, &caller.0, org, id, &checked)?;
            let trainings = queries::training_ids(conn, e.id)?;
            Ok(EndpointOut::new(e, trainings, None))
        })
        .await?;
    Ok(HttpResponse::Ok().json(out))
}

/// Deletes an endpoint and its delivery log.
#[utoipa::path(delete, path = "/api/v1/organisations/{id}/webhooks/{webhook_id}", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path), ("webhook_id" = i64, Path)),
    responses((status = 204, description = "deleted"), (status = 404, body = ErrorBody)))]
pub async fn delete(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (org, id) = path.into_inner();
    state.db.write(move |conn| service::delete(conn, &caller.0, org, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Gives the endpoint a new secret, returned this once; the old one stops signing at once.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/webhooks/{webhook_id}/secret", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path), ("webhook_id" = i64, Path)),
    responses((status = 200, body = EndpointOut, description = "the endpoint, with its new secret"), (status = 404, body = ErrorBody)))]
pub async fn renew_secret(
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (org, id) = path.into_inner();
    let out = state
        .db
        .write(move |conn| {
            let (e, secret) = service::renew_secret(conn, &hooks.seal, &caller.0, org, id)?;
            let trainings = queries::training_ids(conn, e.id)?;
            Ok(EndpointOut::new(e, trainings, Some(secret)))
        })
        .await?;
    Ok(HttpResponse::Ok().json(out))
}

/// Resumes an endpoint paused after failures: its waiting deliveries go out now.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/webhooks/{webhook_id}/resume", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path), ("webhook_id" = i64, Path)),
    responses((status = 200, body = EndpointOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody, description = "it is not paused")))]
pub async fn resume(
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (org, id) = path.into_inner();
    let out = state
        .db
        .write(move |conn| {
            let e = service::resume(conn, &caller.0, org, id)?;
            let trainings = queries::training_ids(conn, e.id)?;
            Ok(EndpointOut::new(e, trainings, None))
        })
        .await?;
    hooks.wake.notify_one();
    Ok(HttpResponse::Ok().json(out))
}

/// The endpoint's delivery log, newest first, with each delivery's last answer.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/webhooks/{webhook_id}/deliveries", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path), ("webhook_id" = i64, Path), LogPaging),
    responses((status = 200, body = DeliveryPage), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody, description = "limit out of range")))]
pub async fn deliveries(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
    paging: web::Query<LogPaging>,
) -> Result<HttpResponse, AppError> {
    let (org, id) = path.into_inner();
    let limit = paging.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(AppError::invalid("limit", "from 1 to 200"));
    }
    let before = paging.before;
    let items = state
        .db
        .run(move |conn| {
            service::endpoint_for(conn, &caller.0, org, id)?;
            queries::deliveries(conn, id, before, limit)
        })
        .await?;
    let next_before = (items.len() as i64 == limit).then(|| items.last().map(|d| d.id)).flatten();
    Ok(HttpResponse::Ok().json(DeliveryPage { items: items.into_iter().map(Into::into).collect(), next_before }))
}

/// One delivery, with its payload and last answer.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/webhooks/{webhook_id}/deliveries/{delivery_id}", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path), ("webhook_id" = i64, Path), ("delivery_id" = i64, Path)),
    responses((status = 200, body = DeliveryOut), (status = 404, body = ErrorBody)))]
pub async fn delivery(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(i64, i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (org, id, did) = path.into_inner();
    let d = state
        .db
        .run(move |conn| {
            service::endpoint_for(conn, &caller.0, org, id)?;
            queries::delivery(conn, id, did)
        })
        .await?;
    Ok(HttpResponse::Ok().json(DeliveryOut::from(d)))
}

/// Sends a delivery again (same payload, same `X-Cascade-Delivery`), with a fresh count of
/// attempts.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/webhooks/{webhook_id}/deliveries/{delivery_id}/resend", tag = "webhooks", security(("bearer" = [])),
    params(("id" = i64, Path), ("webhook_id" = i64, Path), ("delivery_id" = i64, Path)),
    responses((status = 202, body = DeliveryOut, description = "queued again"), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "it is being sent right now")))]
pub async fn resend(
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    caller: ApiCaller,
    path: web::Path<(i64, i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (org, id, did) = path.into_inner();
    let d = state.db.write(move |conn| service::resend(conn, &caller.0, org, id, did)).await?;
    hooks.wake.notify_one();
    Ok(HttpResponse::Accepted().json(DeliveryOut::from(d)))
}
