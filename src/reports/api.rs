//! The impact report over the JSON API.

use actix_web::{web, HttpResponse};

use super::pages::{visible_report, Subject};
use super::Impact;
use crate::error::{AppError, ErrorBody};
use crate::http::ApiCaller;
use crate::state::AppState;

async fn answer(state: &web::Data<AppState>, caller: ApiCaller, subject: Subject) -> Result<HttpResponse, AppError> {
    let report = visible_report(state, caller.0, subject).await?;
    Ok(HttpResponse::Ok().json(report))
}

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
    answer(&state, caller, Subject::Training(path.into_inner())).await
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
    answer(&state, caller, Subject::Organisation(path.into_inner())).await
}
