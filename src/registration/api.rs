//! Registrations over the JSON API, for organisers: the list (filters, paging, CSV), adding a
//! participant (invited, or confirmed for walk-ins and lists), reading and correcting one, and
//! the actions of the organisers' table. The same service functions as the pages, so the same
//! rules; a registration of a training the caller does not organise is "not found".

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use super::export::{self, Filter};
use super::service::{self, AddedAs};
use super::{queries, Registration, RegistrationInput, Status};
use crate::error::{AppError, ErrorBody};
use crate::http::ApiCaller;
use crate::state::AppState;
use crate::trainings::permissions::{authorize, Action};

/// One registration as organisers see it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RegistrationOut {
    pub id: i64,
    pub training_id: i64,
    pub email: String,
    pub full_name: String,
    pub organisation: String,
    pub country: String,
    pub sex: Option<String>,
    pub age_band: Option<String>,
    pub status: Status,
    /// UTC, RFC 3339.
    pub registered_at: String,
    pub confirmed_at: Option<String>,
    /// UTC, RFC 3339: when the person's e-mail address, name and organisation were erased.
    pub erased_at: Option<String>,
    /// The participant's language (en, fr, es, ru, zh-Hans, ar, ko, mn, sq, uz-Latn); none:
    /// the training's. Their e-mails and calendar invitations are written in it.
    pub language: Option<String>,
}

impl From<Registration> for RegistrationOut {
    fn from(r: Registration) -> RegistrationOut {
        RegistrationOut {
            id: r.id,
            training_id: r.training_id,
            sex: r.sex.map(|s| s.as_str().to_string()),
            age_band: r.age_band.map(|a| a.as_str().to_string()),
            status: r.status,
            registered_at: crate::domain::time::utc_rfc3339(r.created_at),
            confirmed_at: r.confirmed_at.map(crate::domain::time::utc_rfc3339),
            erased_at: r.erased_at.map(crate::domain::time::utc_rfc3339),
            language: r.language,
            email: r.email,
            full_name: r.full_name,
            organisation: r.organisation,
            country: r.country,
        }
    }
}

/// A page of registrations.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RegistrationPage {
    pub items: Vec<RegistrationOut>,
    /// Registrations matching the filters, on every page.
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Paging {
    /// From 1 (default 1).
    pub page: Option<usize>,
    /// 1 to 500 (default 100).
    pub per_page: Option<usize>,
}

/// An organiser adds a participant.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewParticipant {
    #[serde(flatten)]
    pub details: RegistrationInput,
    /// `invited` (they get their personal link) or `confirmed` (a place at once; allowed also
    /// after registration closed).
    pub status: AddedAs,
}

fn wants_csv(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim().starts_with("text/csv")))
}

/// The registrations of a training, filtered, a page at a time; with `Accept: text/csv`, all
/// that match as CSV.
#[utoipa::path(get, path = "/api/v1/trainings/{id}/registrations", tag = "registrations", security(("bearer" = [])),
    params(("id" = i64, Path), Filter, Paging),
    responses((status = 200, description = "A page as JSON, or with Accept: text/csv every match as CSV",
            content((RegistrationPage = "application/json"), (String = "text/csv"))),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<i64>,
    filter: web::Query<Filter>,
    paging: web::Query<Paging>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let filter = filter.into_inner();
    if !filter.status.is_empty() {
        Status::parse("status", &filter.status)?;
    }
    let page = paging.page.unwrap_or(1);
    let per_page = paging.per_page.unwrap_or(100);
    if page == 0 {
        return Err(AppError::invalid("page", "pages start at 1"));
    }
    if !(1..=500).contains(&per_page) {
        return Err(AppError::invalid("per_page", "from 1 to 500"));
    }
    let actor = caller.0;
    let csv = wants_csv(&req);
    let (rows, total) = state
        .db
        .run(move |conn| {
            // whoever does not organise it is told it does not exist (no probing for ids)
            authorize(conn, &actor, id, Action::ViewRegistrations).map_err(|_| AppError::not_found("training"))?;
            if csv {
                let rows = filter.apply(queries::list(conn, id)?);
                let total = rows.len() as i64;
                return Ok((rows, total));
            }
            let offset = i64::try_from((page - 1).saturating_mul(per_page)).unwrap_or(i64::MAX);
            queries::filtered_page(conn, id, &filter, offset, per_page as i64)
        })
        .await?;
    if csv {
        return Ok(HttpResponse::Ok().content_type("text/csv; charset=utf-8").body(export::csv(&rows)?));
    }
    let items = rows.into_iter().map(Into::into).collect();
    Ok(HttpResponse::Ok().json(RegistrationPage { items, total: total as usize, page, per_page }))
}

/// Adds a participant: invited (they get their personal link) or confirmed (a walk-in or a
/// list: a place at once, and the invites unless the training is over).
#[utoipa::path(post, path = "/api/v1/trainings/{id}/registrations", tag = "registrations", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = NewParticipant,
    responses((status = 201, body = RegistrationOut), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<i64>,
    body: web::Json<NewParticipant>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let body = body.into_inner();
    let env = state.link_env.clone();
    let actor = caller.0;
    let r =
        state.write(move |conn| service::add_participant(conn, &env, &actor, id, &body.details, body.status)).await?;
    state.mail_wake.notify_one();
    Ok(HttpResponse::Created().json(RegistrationOut::from(r)))
}

/// The registration, when the caller organises its training.
fn owned(
    conn: &mut crate::db::DbConnection,
    actor: &crate::accounts::Account,
    reg_id: i64,
    action: Action,
) -> Result<Registration, AppError> {
    let r = queries::find(conn, reg_id)?.ok_or_else(|| AppError::not_found("registration"))?;
    authorize(conn, actor, r.training_id, action).map_err(|_| AppError::not_found("registration"))?;
    Ok(r)
}

/// One registration.
#[utoipa::path(get, path = "/api/v1/registrations/{id}", tag = "registrations", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = RegistrationOut), (status = 404, body = ErrorBody)))]
pub async fn get(state: web::Data<AppState>, caller: ApiCaller, id: web::Path<i64>) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let actor = caller.0;
    let r = state.db.run(move |conn| owned(conn, &actor, id, Action::ViewRegistrations)).await?;
    Ok(HttpResponse::Ok().json(RegistrationOut::from(r)))
}

/// Corrects a participant's details (name, organisation, country, sex, age band; the e-mail
/// stays). Fields left out keep their value. A registration whose details were erased answers
/// 409.
#[utoipa::path(patch, path = "/api/v1/registrations/{id}", tag = "registrations", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = DetailsPatch,
    responses((status = 200, body = RegistrationOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn patch(
    state: web::Data<AppState>,
    caller: ApiCaller,
    id: web::Path<i64>,
    body: web::Json<DetailsPatch>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let body = body.into_inner();
    let actor = caller.0;
    let r = state
        .db
        .write(move |conn| {
            let r = owned(conn, &actor, id, Action::ManageRegistrations)?;
            let input = RegistrationInput {
                email: r.email.clone(),
                full_name: body.full_name.unwrap_or(r.full_name),
                organisation: body.organisation.unwrap_or(r.organisation),
                country: body.country.unwrap_or(r.country),
                sex: body.sex.unwrap_or_else(|| r.sex.map(|s| s.as_str().to_string()).unwrap_or_default()),
                age_band: body
                    .age_band
                    .unwrap_or_else(|| r.age_band.map(|a| a.as_str().to_string()).unwrap_or_default()),
                consent: String::new(),
                language: String::new(),
            };
            service::update_participant(conn, &actor, r.training_id, r.id, &input)
        })
        .await?;
    Ok(HttpResponse::Ok().json(RegistrationOut::from(r)))
}

/// The fields an organiser may correct; absent ones are kept.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DetailsPatch {
    pub full_name: Option<String>,
    pub organisation: Option<String>,
    pub country: Option<String>,
    /// female, male, another, undisclosed, or "" to clear.
    pub sex: Option<String>,
    /// under_25 … 65_plus, or "" to clear.
    pub age_band: Option<String>,
}

/// What an organiser can do to one registration.
#[derive(Deserialize, Clone, Copy, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RegistrationAction {
    Approve,
    Decline,
    Cancel,
    Resend,
    Erase,
}

/// Approves, declines, cancels (the person is told; a freed place goes to the waiting list),
/// sends the registration's last e-mail again, or erases the person's details at their request
/// (e-mail address, name and organisation; a place in a training that has not ended is
/// cancelled first; erasing again changes nothing). An erased registration answers 409 to
/// anything else.
#[utoipa::path(post, path = "/api/v1/registrations/{id}/{action}", tag = "registrations", security(("bearer" = [])),
    params(("id" = i64, Path), ("action" = inline(RegistrationAction), Path)),
    responses((status = 200, body = RegistrationOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn act(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(i64, RegistrationAction)>,
) -> Result<HttpResponse, AppError> {
    let (id, action) = path.into_inner();
    let env = state.link_env.clone();
    let actor = caller.0;
    let r = state
        .write(move |conn| {
            let r = owned(conn, &actor, id, Action::ManageRegistrations)?;
            let t = r.training_id;
            match action {
                RegistrationAction::Approve => service::approve(conn, &env, &actor, t, id).map(|_| ())?,
                RegistrationAction::Decline => service::decline(conn, &env, &actor, t, id)?,
                RegistrationAction::Cancel => service::cancel_by_organiser(conn, &env, &actor, t, id)?,
                RegistrationAction::Resend => service::resend(conn, &env, &actor, t, id)?,
                RegistrationAction::Erase => {
                    crate::registration::erasure::erase_by_organiser(conn, &env, &actor, t, id)?
                }
            }
            queries::load(conn, id)
        })
        .await?;
    state.mail_wake.notify_one();
    Ok(HttpResponse::Ok().json(RegistrationOut::from(r)))
}
