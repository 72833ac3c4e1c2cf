//! JSON API for organisations.

use actix_web::{web, HttpResponse};

use super::{Organisation, OrganisationInput};
use crate::error::{AppError, ErrorBody};
use crate::http::ApiCaller;
use crate::state::AppState;

#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations", security(("bearer" = [])),
    responses((status = 200, body = [Organisation]), (status = 401, body = ErrorBody)))]
pub async fn list(state: web::Data<AppState>, _caller: ApiCaller) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(state.db.run(super::list).await?))
}

#[utoipa::path(post, path = "/api/v1/organisations", tag = "organisations", security(("bearer" = [])), request_body = OrganisationInput,
    responses((status = 201, body = Organisation), (status = 422, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<OrganisationInput>,
) -> Result<HttpResponse, AppError> {
    let org = state
        .db
        .write(move |conn| {
            let id = super::create(conn, &caller.0, &body)?;
            super::find(conn, id)
        })
        .await?;
    Ok(HttpResponse::Created().json(org))
}

#[utoipa::path(get, path = "/api/v1/organisations/{id}", tag = "organisations", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = Organisation), (status = 404, body = ErrorBody)))]
pub async fn get(
    state: web::Data<AppState>,
    _caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    Ok(HttpResponse::Ok().json(state.db.run(move |conn| super::find(conn, id)).await?))
}

#[utoipa::path(put, path = "/api/v1/organisations/{id}", tag = "organisations", security(("bearer" = [])), request_body = OrganisationInput,
    params(("id" = i64, Path)), responses((status = 200, body = Organisation), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<OrganisationInput>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let org = state
        .db
        .write(move |conn| {
            super::update(conn, &caller.0, id, &body)?;
            super::find(conn, id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(org))
}
