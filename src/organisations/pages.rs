//! The organisations pages: the list and a form to add one; the edit page (details, and the
//! logo: upload or remove); and the public logo image.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::logo::{self, LogoInfo};
use super::{Organisation, OrganisationInput};
use crate::domain::COUNTRIES_BY_NAME;
use crate::error::AppError;
use crate::http::PageError;
use crate::http::{redirect, render_with_status, upload, FormError, Nav};
use crate::http::{CsrfForm, SignedIn};
use crate::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organisations", web::get().to(list_page))
        .route("/organisations", web::post().to(create))
        .route("/organisations/{id}/edit", web::get().to(edit_page))
        .route("/organisations/{id}/edit", web::post().to(update))
        .route("/organisations/{id}/logo", web::get().to(logo_image))
        .route("/organisations/{id}/logo", web::post().to(upload_logo))
        .route("/organisations/{id}/logo/delete", web::post().to(remove_logo));
}

type CountryRow = (&'static str, &'static str, &'static str, &'static str);

/// An organisation in the list: may the viewer change it, and its logo.
struct Row {
    organisation: Organisation,
    editable: bool,
    logo: Option<LogoInfo>,
}

#[derive(Template)]
#[template(path = "organisations/list.html")]
struct ListPage {
    nav: Nav,
    organisations: Vec<Row>,
    input: OrganisationInput,
    error: FormError,
    countries: &'static [CountryRow],
}

async fn page(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    who: &SignedIn,
    input: OrganisationInput,
    error: FormError,
) -> Result<HttpResponse, PageError> {
    let (organisations, logos) = state.db.run(|conn| Ok((super::list(conn)?, logo::all_infos(conn)?))).await?;
    let mut logos: HashMap<i64, LogoInfo> = logos.into_iter().map(|l| (l.organisation_id, l)).collect();
    let organisations = organisations
        .into_iter()
        .map(|o| Row { editable: o.may_be_changed_by(&who.0), logo: logos.remove(&o.id), organisation: o })
        .collect();
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(render_with_status(
        status,
        &ListPage { nav: Nav::new(req, Some(&who.0)), organisations, input, error, countries: COUNTRIES_BY_NAME },
    ))
}

async fn list_page(req: HttpRequest, state: web::Data<AppState>, who: SignedIn) -> Result<HttpResponse, PageError> {
    page(&req, &state, &who, OrganisationInput::default(), FormError::default()).await
}

fn copy(input: &OrganisationInput) -> OrganisationInput {
    OrganisationInput {
        name: input.name.clone(),
        country: input.country.clone(),
        website: input.website.clone(),
        logo_url: input.logo_url.clone(),
    }
}

async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    form: CsrfForm<OrganisationInput>,
) -> Result<HttpResponse, PageError> {
    let input = form.0;
    let actor = who.0.clone();
    let attempt = copy(&input);
    match state.db.write(move |conn| super::create(conn, &actor, &attempt)).await {
        Ok(_) => Ok(redirect("/organisations")),
        Err(e) => page(&req, &state, &who, input, FormError::from_app(e)?).await,
    }
}

#[derive(Template)]
#[template(path = "organisations/edit.html")]
struct EditPage {
    nav: Nav,
    organisation: Organisation,
    logo: Option<LogoInfo>,
    input: OrganisationInput,
    error: FormError,
    logo_error: FormError,
    max_kb: usize,
    max_side: u32,
    countries: &'static [CountryRow],
    /// "saved", "uploaded", "removed" after a change
    notice: &'static str,
}

struct EditState {
    input: Option<OrganisationInput>,
    error: FormError,
    logo_error: FormError,
    notice: &'static str,
}

async fn edit(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    who: &SignedIn,
    id: i64,
    status: StatusCode,
    with: EditState,
) -> Result<HttpResponse, PageError> {
    let actor = who.0.clone();
    let (organisation, current) =
        state.db.run(move |conn| Ok((super::find_to_change(conn, &actor, id)?, logo::info(conn, id)?))).await?;
    let input = with.input.unwrap_or_else(|| OrganisationInput {
        name: organisation.name.clone(),
        country: organisation.country.clone(),
        website: organisation.website.clone().unwrap_or_default(),
        logo_url: organisation.logo_url.clone().unwrap_or_default(),
    });
    Ok(render_with_status(
        status,
        &EditPage {
            nav: Nav::new(req, Some(&who.0)),
            organisation,
            logo: current,
            input,
            error: with.error,
            logo_error: with.logo_error,
            max_kb: state.settings.organisations.max_logo_bytes / 1024,
            max_side: logo::MAX_SIDE,
            countries: COUNTRIES_BY_NAME,
            notice: with.notice,
        },
    ))
}

#[derive(serde::Deserialize)]
struct EditQuery {
    #[serde(default)]
    done: String,
}

async fn edit_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
    query: web::Query<EditQuery>,
) -> Result<HttpResponse, PageError> {
    let notice = match query.done.as_str() {
        "saved" => "org-organisation-saved",
        "uploaded" => "org-organisation-logo-uploaded",
        "removed" => "org-organisation-logo-removed",
        _ => "",
    };
    let fresh = EditState { input: None, error: FormError::default(), logo_error: FormError::default(), notice };
    edit(&req, &state, &who, path.into_inner(), StatusCode::OK, fresh).await
}

async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
    form: CsrfForm<OrganisationInput>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner();
    let input = form.0;
    let (actor, attempt) = (who.0.clone(), copy(&input));
    match state.db.write(move |conn| super::update(conn, &actor, id, &attempt)).await {
        Ok(()) => Ok(redirect(&format!("/organisations/{id}/edit?done=saved"))),
        Err(e) => {
            let with = EditState {
                input: Some(input),
                error: FormError::from_app(e)?,
                logo_error: FormError::default(),
                notice: "",
            };
            edit(&req, &state, &who, id, StatusCode::UNPROCESSABLE_ENTITY, with).await
        }
    }
}

/// A refused upload shown on the form, with the status that says why (413, 415 or 422).
fn logo_form_error(e: AppError) -> Result<(StatusCode, FormError), PageError> {
    use actix_web::ResponseError;
    let status = e.status_code();
    match e {
        AppError::PayloadTooLarge(limit) => Ok((
            status,
            FormError {
                field: "file".into(),
                message: format!("the file is larger than {} KB; choose a smaller image", limit / 1024),
            },
        )),
        AppError::UnsupportedMediaType(message) => Ok((status, FormError { field: "file".into(), message })),
        other => Ok((StatusCode::UNPROCESSABLE_ENTITY, FormError::from_app(other)?)),
    }
}

async fn upload_logo(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
    form: Multipart,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner();
    let max = state.settings.organisations.max_logo_bytes;
    let result = match upload::read(form, max).await {
        Ok(upload) => {
            upload::check_csrf(&req, &upload)?;
            let bytes = upload.file.map(|f| f.1).unwrap_or_default();
            let actor = who.0.clone();
            match web::block(move || logo::check(bytes, max)).await {
                Ok(Ok(checked)) => state.db.write(move |conn| logo::store(conn, &actor, id, checked)).await,
                Ok(Err(e)) => Err(e),
                Err(e) => Err(AppError::Internal(anyhow::anyhow!("logo check: {e}"))),
            }
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(redirect(&format!("/organisations/{id}/edit?done=uploaded"))),
        Err(e) => {
            let (status, logo_error) = logo_form_error(e)?;
            let with = EditState { input: None, error: FormError::default(), logo_error, notice: "" };
            edit(&req, &state, &who, id, status, with).await
        }
    }
}

async fn remove_logo(
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
    _form: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner();
    let actor = who.0.clone();
    state.db.write(move |conn| logo::remove(conn, &actor, id)).await?;
    Ok(redirect(&format!("/organisations/{id}/edit?done=removed")))
}

/// The organisation's logo, for anyone (pages and certificates show it): its stored type,
/// `X-Content-Type-Options: nosniff`, cached for five minutes and revalidated by its ETag.
#[utoipa::path(get, path = "/organisations/{id}/logo", tag = "organisations", params(("id" = i64, Path)),
    responses(
        (status = 200, description = "the image", content(
            (Vec<u8> = "image/png"), (Vec<u8> = "image/jpeg")),
            headers(("ETag" = String), ("Cache-Control" = String), ("X-Content-Type-Options" = String, description = "nosniff"))),
        (status = 304, description = "If-None-Match matched the ETag"),
        (status = 404, description = "no such organisation, or no logo")))]
pub async fn logo_image(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner();
    let found = state.db.run(move |conn| logo::find(conn, id)).await?;
    let Some(found) = found else { return Err(AppError::not_found("logo").into()) };
    let etag = found.etag();
    let matches = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut response = if matches { HttpResponse::NotModified() } else { HttpResponse::Ok() };
    response
        .insert_header((header::ETAG, etag))
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"organisation-{id}-logo.{}\"", found.extension()),
        ));
    if matches {
        return Ok(response.finish());
    }
    Ok(response.content_type(found.media_type.as_str()).body(found.bytes))
}
