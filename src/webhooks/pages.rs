//! The webhooks pages of an organisation: its endpoints and a form to add one; an endpoint's
//! page (change, pause state, renew the secret, delete, the delivery log with a resend button
//! per delivery); the page that shows a secret once. For whoever may change the organisation;
//! to anyone else they do not exist (404).

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::service::{self, EndpointInput};
use super::{queries, Delivery, Endpoint, EventType, Webhooks};
use crate::error::AppError;
use crate::http::{redirect, render_with_status, Button, CsrfForm, FormError, Nav, PageError, SignedIn};
use crate::organisations::Organisation;
use crate::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organisations/{id}/webhooks", web::get().to(list_page))
        .route("/organisations/{id}/webhooks", web::post().to(create))
        .route("/organisations/{id}/webhooks/{webhook_id}", web::get().to(endpoint_page))
        .route("/organisations/{id}/webhooks/{webhook_id}", web::post().to(update))
        .route("/organisations/{id}/webhooks/{webhook_id}/delete", web::post().to(delete))
        .route("/organisations/{id}/webhooks/{webhook_id}/secret", web::post().to(renew_secret))
        .route("/organisations/{id}/webhooks/{webhook_id}/resume", web::post().to(resume))
        .route("/organisations/{id}/webhooks/{webhook_id}/deliveries/{delivery_id}/resend", web::post().to(resend));
}

/// Deliveries shown on an endpoint's page at once.
const LOG_PAGE: i64 = 50;

/// The endpoint form as typed (kept when it is shown again with an error).
pub struct FormState {
    pub url: String,
    pub description: String,
    pub events: Vec<EventType>,
    pub all_trainings: bool,
    pub training_ids: Vec<i64>,
    pub enabled: bool,
}

impl FormState {
    fn fresh() -> FormState {
        FormState {
            url: String::new(),
            description: String::new(),
            events: Vec::new(),
            all_trainings: true,
            training_ids: Vec::new(),
            enabled: true,
        }
    }

    fn of(e: &Endpoint, training_ids: Vec<i64>) -> FormState {
        FormState {
            url: e.url.clone(),
            description: e.description.clone(),
            events: e.event_types(),
            all_trainings: e.all_trainings,
            training_ids,
            enabled: e.enabled,
        }
    }

    /// The fields of the posted form: `url`, `description`, a checkbox `event:<type>` per
    /// event type, `trainings` (`all` or `some`) with a checkbox `training:<id>` per training,
    /// and `enabled`.
    fn from_form(form: &HashMap<String, String>) -> FormState {
        let field = |name: &str| form.get(name).cloned().unwrap_or_default();
        FormState {
            url: field("url"),
            description: field("description"),
            events: EventType::ALL.iter().copied().filter(|t| form.contains_key(&format!("event:{t}"))).collect(),
            all_trainings: field("trainings") != "some",
            training_ids: form
                .keys()
                .filter_map(|k| k.strip_prefix("training:").and_then(|id| id.parse().ok()))
                .collect(),
            enabled: form.contains_key("enabled"),
        }
    }

    fn input(&self) -> EndpointInput {
        EndpointInput {
            url: self.url.clone(),
            description: self.description.clone(),
            event_types: self.events.iter().map(|t| t.as_str().to_string()).collect(),
            all_trainings: self.all_trainings,
            training_ids: self.training_ids.clone(),
            enabled: self.enabled,
        }
    }

    pub fn has_event(&self, t: &EventType) -> bool {
        self.events.contains(t)
    }
    pub fn has_training(&self, id: &i64) -> bool {
        self.training_ids.contains(id)
    }
}

/// An endpoint in the list, with its waiting and failed deliveries.
struct Row {
    endpoint: Endpoint,
    pending: i64,
    failed: i64,
}

#[derive(Template)]
#[template(path = "webhooks/list.html")]
struct ListPage {
    nav: Nav,
    organisation: Organisation,
    rows: Vec<Row>,
    form: FormState,
    error: FormError,
    trainings: Vec<(i64, String)>,
    event_types: &'static [EventType],
    notice: &'static str,
}

/// An event type's label in the reader's language.
fn event_label(nav: &Nav, t: &EventType) -> String {
    nav.lang.t(&format!("org-webhooks-event-{}", t.as_str().replace(['.', '_'], "-")))
}

impl ListPage {
    fn event_label(&self, t: &EventType) -> String {
        event_label(&self.nav, t)
    }
}

impl EndpointPage {
    fn event_label(&self, t: &EventType) -> String {
        event_label(&self.nav, t)
    }
}

#[derive(serde::Deserialize)]
struct Done {
    #[serde(default)]
    done: String,
    before: Option<i64>,
}

async fn list(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    who: &SignedIn,
    org: i64,
    form: FormState,
    error: FormError,
    notice: &'static str,
) -> Result<HttpResponse, PageError> {
    let actor = who.0.clone();
    let (organisation, endpoints, counts, trainings) = state
        .db
        .run(move |conn| {
            let organisation = service::organisation_for(conn, &actor, org)?;
            let endpoints = queries::endpoints_of(conn, org)?;
            let ids: Vec<i64> = endpoints.iter().map(|e| e.id).collect();
            Ok((organisation, endpoints, queries::counts(conn, &ids)?, queries::organised_trainings(conn, org)?))
        })
        .await?;
    let rows = endpoints
        .into_iter()
        .zip(counts)
        .map(|(endpoint, (_, pending, failed))| Row { endpoint, pending, failed })
        .collect();
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(render_with_status(
        status,
        &ListPage {
            nav: Nav::new(req, Some(&who.0)),
            organisation,
            rows,
            form,
            error,
            trainings,
            event_types: EventType::ALL,
            notice,
        },
    ))
}

async fn list_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
    query: web::Query<Done>,
) -> Result<HttpResponse, PageError> {
    let notice = match query.done.as_str() {
        "deleted" => "org-webhooks-deleted",
        _ => "",
    };
    list(&req, &state, &who, path.into_inner(), FormState::fresh(), FormError::default(), notice).await
}

#[derive(Template)]
#[template(path = "webhooks/secret.html")]
struct SecretPage {
    nav: Nav,
    organisation: Organisation,
    endpoint: Endpoint,
    secret: String,
    renewed: bool,
}

impl SecretPage {
    /// "Secret for <span class="break">https://…</span>:"
    fn secret_for_html(&self) -> String {
        let url = [("url", self.endpoint.url.as_str(), "span class=\"break\"")];
        crate::trainings::pages::tagged(self.nav.lang, "org-webhooks-secret-for", &url, &[])
    }
    /// How a receiver checks a signature, the header names as code.
    fn signature_html(&self) -> String {
        let headers =
            [("timestamp", "X-Cascade-Timestamp", "code"), ("signature", "X-Cascade-Signature: sha256=…", "code")];
        crate::trainings::pages::tagged(self.nav.lang, "org-webhooks-signature", &headers, &[])
    }
}

/// Checks the form, asks DNS about its address, then `write`s; a refused input is the error
/// to show on the form.
async fn checked(hooks: &Webhooks, form: &FormState) -> Result<service::Checked, AppError> {
    let checked = service::check(&form.input(), hooks.allow_loopback)?;
    service::check_target(&checked, hooks.allow_loopback).await?;
    Ok(checked)
}

async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    who: SignedIn,
    path: web::Path<i64>,
    form: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let org = path.into_inner();
    let form = FormState::from_form(&form.0);
    let result = match checked(&hooks, &form).await {
        Ok(checked) => {
            let (actor, hooks) = (who.0.clone(), hooks.clone());
            state
                .db
                .write(move |conn| {
                    let (endpoint, secret) = service::create(conn, &hooks.seal, &actor, org, &checked)?;
                    Ok((service::organisation_for(conn, &actor, org)?, endpoint, secret))
                })
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        // the secret is shown on this answer, never in an address or a later page
        Ok((organisation, endpoint, secret)) => Ok(render_with_status(
            StatusCode::CREATED,
            &SecretPage { nav: Nav::new(&req, Some(&who.0)), organisation, endpoint, secret, renewed: false },
        )),
        Err(e) => list(&req, &state, &who, org, form, FormError::from_app(e)?, "").await,
    }
}

#[derive(Template)]
#[template(path = "webhooks/endpoint.html")]
struct EndpointPage {
    nav: Nav,
    organisation: Organisation,
    endpoint: Endpoint,
    form: FormState,
    error: FormError,
    trainings: Vec<(i64, String)>,
    event_types: &'static [EventType],
    deliveries: Vec<Delivery>,
    /// The id to ask for older deliveries with, when there are more.
    older: Option<i64>,
    notice: &'static str,
}

#[allow(clippy::too_many_arguments)]
async fn endpoint(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    who: &SignedIn,
    org: i64,
    id: i64,
    form: Option<FormState>,
    error: FormError,
    notice: &'static str,
    before: Option<i64>,
) -> Result<HttpResponse, PageError> {
    let actor = who.0.clone();
    let (organisation, endpoint, training_ids, trainings, deliveries) = state
        .db
        .run(move |conn| {
            let (organisation, endpoint) = service::endpoint_for(conn, &actor, org, id)?;
            let training_ids = queries::training_ids(conn, id)?;
            let trainings = queries::organised_trainings(conn, org)?;
            let deliveries = queries::deliveries(conn, id, before, LOG_PAGE)?;
            Ok((organisation, endpoint, training_ids, trainings, deliveries))
        })
        .await?;
    let older = (deliveries.len() as i64 == LOG_PAGE).then(|| deliveries.last().map(|d| d.id)).flatten();
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let form = form.unwrap_or_else(|| FormState::of(&endpoint, training_ids));
    Ok(render_with_status(
        status,
        &EndpointPage {
            nav: Nav::new(req, Some(&who.0)),
            organisation,
            endpoint,
            form,
            error,
            trainings,
            event_types: EventType::ALL,
            deliveries,
            older,
            notice,
        },
    ))
}

async fn endpoint_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    query: web::Query<Done>,
) -> Result<HttpResponse, PageError> {
    let (org, id) = path.into_inner();
    let notice = match query.done.as_str() {
        "saved" => "org-webhooks-saved",
        "resumed" => "org-webhooks-resumed",
        "resent" => "org-webhooks-resent",
        _ => "",
    };
    endpoint(&req, &state, &who, org, id, None, FormError::default(), notice, query.before).await
}

async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    form: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let (org, id) = path.into_inner();
    let form = FormState::from_form(&form.0);
    let result = match checked(&hooks, &form).await {
        Ok(checked) => {
            let actor = who.0.clone();
            state.db.write(move |conn| service::update(conn, &actor, org, id, &checked)).await.map(|_| ())
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(redirect(&format!("/organisations/{org}/webhooks/{id}?done=saved"))),
        Err(e) => endpoint(&req, &state, &who, org, id, Some(form), FormError::from_app(e)?, "", None).await,
    }
}

async fn delete(
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (org, id) = path.into_inner();
    let actor = who.0.clone();
    state.db.write(move |conn| service::delete(conn, &actor, org, id)).await?;
    Ok(redirect(&format!("/organisations/{org}/webhooks?done=deleted")))
}

async fn renew_secret(
    req: HttpRequest,
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (org, id) = path.into_inner();
    let actor = who.0.clone();
    let (organisation, endpoint, secret) = state
        .db
        .write(move |conn| {
            let (endpoint, secret) = service::renew_secret(conn, &hooks.seal, &actor, org, id)?;
            Ok((service::organisation_for(conn, &actor, org)?, endpoint, secret))
        })
        .await?;
    Ok(render_with_status(
        StatusCode::OK,
        &SecretPage { nav: Nav::new(&req, Some(&who.0)), organisation, endpoint, secret, renewed: true },
    ))
}

async fn resume(
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (org, id) = path.into_inner();
    let actor = who.0.clone();
    state.db.write(move |conn| service::resume(conn, &actor, org, id)).await?;
    hooks.wake.notify_one();
    Ok(redirect(&format!("/organisations/{org}/webhooks/{id}?done=resumed")))
}

async fn resend(
    state: web::Data<AppState>,
    hooks: web::Data<Webhooks>,
    who: SignedIn,
    path: web::Path<(i64, i64, i64)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (org, id, did) = path.into_inner();
    let actor = who.0.clone();
    state.db.write(move |conn| service::resend(conn, &actor, org, id, did)).await?;
    hooks.wake.notify_one();
    Ok(redirect(&format!("/organisations/{org}/webhooks/{id}?done=resent#deliveries")))
}
