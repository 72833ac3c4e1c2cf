//! The organisations page: the list, and a form to add one.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::{Organisation, OrganisationInput};
use crate::domain::COUNTRIES;
use crate::http::PageError;
use crate::http::{redirect, render_with_status, FormError, Nav};
use crate::http::{CsrfForm, SignedIn};
use crate::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organisations", web::get().to(list_page)).route("/organisations", web::post().to(create));
}

#[derive(Template)]
#[template(path = "organisations/list.html")]
struct ListPage {
    nav: Nav,
    organisations: Vec<Organisation>,
    input: OrganisationInput,
    error: FormError,
    countries: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

async fn page(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    who: &SignedIn,
    input: OrganisationInput,
    error: FormError,
) -> Result<HttpResponse, PageError> {
    let organisations = state.db.run(super::list).await?;
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(render_with_status(
        status,
        &ListPage { nav: Nav::new(req, Some(&who.0)), organisations, input, error, countries: COUNTRIES },
    ))
}

async fn list_page(req: HttpRequest, state: web::Data<AppState>, who: SignedIn) -> Result<HttpResponse, PageError> {
    page(&req, &state, &who, OrganisationInput::default(), FormError::default()).await
}

async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    form: CsrfForm<OrganisationInput>,
) -> Result<HttpResponse, PageError> {
    let input = form.0;
    let actor = who.0.clone();
    let attempt = OrganisationInput {
        name: input.name.clone(),
        country: input.country.clone(),
        website: input.website.clone(),
        logo_url: input.logo_url.clone(),
    };
    match state.db.write(move |conn| super::create(conn, &actor, &attempt)).await {
        Ok(_) => Ok(redirect("/organisations")),
        Err(e) => page(&req, &state, &who, input, FormError::from_app(e)?).await,
    }
}
