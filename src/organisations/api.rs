//! JSON API for organisations.

use actix_multipart::Multipart;
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

use super::logo::{self, LogoInfo};
use super::{Organisation, OrganisationInput};
use crate::error::{AppError, ErrorBody};
use crate::http::{upload, ApiCaller};
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

/// A logo upload as a multipart form (documentation only; the handler reads the stream).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct LogoForm {
    /// The PNG or JPEG file.
    #[schema(format = Binary, value_type = String)]
    file: Vec<u8>,
}

/// Sets the organisation's logo: the image as the request body (any Content-Type but
/// multipart) or as the field `file` of a `multipart/form-data` form. PNG or JPEG, recognised
/// by its content (not by a file name or the Content-Type), at most `organisations.max_logo_bytes`
/// (512 KB by default) and 4000 pixels a side, decodable to its end. Replaces any earlier logo;
/// certificates issued from then on show it. The person who added the organisation, or an
/// administrator.
#[utoipa::path(put, path = "/api/v1/organisations/{id}/logo", tag = "organisations", security(("bearer" = [])),
    params(("id" = i64, Path)),
    request_body(content(
        (Vec<u8> = "image/png"),
        (Vec<u8> = "image/jpeg"),
        (LogoForm = "multipart/form-data"),
    )),
    responses(
        (status = 200, body = LogoInfo, description = "the stored logo (its image at /organisations/{id}/logo)"),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody, description = "larger than organisations.max_logo_bytes"),
        (status = 415, body = ErrorBody, description = "not a PNG or JPEG (a GIF, a text file, …)"),
        (status = 422, body = ErrorBody, description = "empty, truncated or corrupt, or with 0 or more than 4000 pixels a side"),
    ))]
pub async fn put_logo(
    req: HttpRequest,
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let max = state.settings.organisations.max_logo_bytes;
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("multipart/form-data"));
    let bytes = if multipart {
        let form = upload::read(Multipart::new(req.headers(), payload), max).await?;
        form.file.map(|f| f.1).ok_or_else(|| AppError::invalid("file", "send the image as the form field \"file\""))?
    } else {
        upload::read_body(&req, payload, max).await?
    };
    let checked = web::block(move || logo::check(bytes, max))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("logo check: {e}")))??;
    let info = state.db.write(move |conn| logo::store(conn, &caller.0, id, checked)).await?;
    Ok(HttpResponse::Ok().json(info))
}

/// Removes the organisation's logo (204 also when it had none). Certificates already issued
/// keep the logo they were drawn with.
#[utoipa::path(delete, path = "/api/v1/organisations/{id}/logo", tag = "organisations", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn delete_logo(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    state.db.write(move |conn| logo::remove(conn, &caller.0, id)).await?;
    Ok(HttpResponse::NoContent().finish())
}
