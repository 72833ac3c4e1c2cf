//! The impact report over the JSON API.

use actix_web::{web, HttpResponse};

use super::pages::{may_see, may_see_organisation};
use super::Impact;
use crate::error::{AppError, ErrorBody};
use crate::http::ApiCaller;
use crate::state::AppState;

/// The multiplier effect of a training: its generations below, people reached (named and
/// reported), trainers, countries, hours; and the same counting only verified reports. For the
/// training's organisers, organisers of a training above it, and administrators.
#[utoipa::path(get, path = "/api/v1/trainings/{id}/impact", tag = "impact", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = Impact), (status = 404, body = ErrorBody)))]
pub async fn impact(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let days = state.settings.downstream.active_within_days;
    let report = state
        .db
        .run(move |conn| {
            may_see(conn, &caller.0, id)?;
            super::impact(conn, id, days)
        })
        .await?;
    Ok(HttpResponse::Ok().json(report))
}

/// The cascades of every training an organisation organises (each once: a training below
/// another of its trainings counts in that one's tree), for those who organise for it.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/impact", tag = "impact", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = Impact), (status = 404, body = ErrorBody)))]
pub async fn organisation_impact(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let days = state.settings.downstream.active_within_days;
    let report = state
        .db
        .run(move |conn| {
            may_see_organisation(conn, &caller.0, id)?;
            super::organisation_impact(conn, id, days)
        })
        .await?;
    Ok(HttpResponse::Ok().json(report))
}
