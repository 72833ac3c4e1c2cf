//! JSON API for trainings, sessions and organisers (bearer token; see /api/openapi.json).

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};

use super::permissions::{authorize, Action};
use super::{queries, service, InvitationInput, SessionInput, TrainingDetail, TrainingInput};
use crate::domain::time::{in_zone, utc_rfc3339};
use crate::domain::{OrganiserRole, RegistrationMode, TrainingKind, TrainingStatus};
use crate::error::{AppError, ErrorBody};
use crate::http::ApiCaller;
use crate::organisations::Organisation;
use crate::state::AppState;

#[derive(Serialize, utoipa::ToSchema)]
pub struct TrainingOut {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub kind: TrainingKind,
    pub timezone: String,
    pub language: String,
    pub capacity: Option<i32>,
    pub registration_opens_at: Option<String>,
    pub registration_closes_at: Option<String>,
    pub registration_mode: RegistrationMode,
    pub status: TrainingStatus,
    pub public_url: String,
    /// The address participants write to (public page, privacy notice, their e-mails): the one
    /// set, else the lead organiser's.
    pub contact_email: String,
    /// Whether `contact_email` was set for this training (false: it is the lead organiser's).
    pub contact_email_set: bool,
    /// The title, summary and description in other languages.
    pub translations: Vec<super::TrainingTranslation>,
    pub sessions: Vec<SessionOut>,
    pub organisers: Vec<OrganiserOut>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SessionOut {
    pub id: i64,
    /// Stable calendar UID.
    pub uid: String,
    pub title: String,
    pub description: String,
    /// UTC, RFC 3339.
    pub starts_at: String,
    pub ends_at: String,
    /// In the training's zone, RFC 3339 with offset.
    pub starts_at_local: String,
    pub ends_at_local: String,
    pub join_url: Option<String>,
    pub sequence: i32,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct OrganiserOut {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub role: OrganiserRole,
    pub organisation: Organisation,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Created {
    pub id: i64,
}

fn out(state: &AppState, d: TrainingDetail) -> TrainingOut {
    let t = d.training;
    let tz = t.tz();
    let contact_email = t.contact(&d.organisers).unwrap_or_default().to_string();
    TrainingOut {
        contact_email,
        contact_email_set: t.contact_email.is_some(),
        translations: t.translations(),
        public_url: state.url(&format!("/t/{}", t.slug)),
        id: t.id,
        kind: t.kind(),
        registration_mode: t.mode(),
        status: t.status(),
        slug: t.slug,
        title: t.title,
        summary: t.summary,
        description: t.description,
        timezone: t.timezone,
        language: t.language,
        capacity: t.capacity,
        registration_opens_at: t.registration_opens_at.map(utc_rfc3339),
        registration_closes_at: t.registration_closes_at.map(utc_rfc3339),
        sessions: d
            .sessions
            .into_iter()
            .map(|s| SessionOut {
                id: s.id,
                uid: s.uid,
                title: s.title,
                description: s.description,
                starts_at: utc_rfc3339(s.starts_at),
                ends_at: utc_rfc3339(s.ends_at),
                starts_at_local: in_zone(s.starts_at, tz).to_rfc3339(),
                ends_at_local: in_zone(s.ends_at, tz).to_rfc3339(),
                join_url: s.join_url,
                sequence: s.sequence,
            })
            .collect(),
        organisers: d
            .organisers
            .into_iter()
            .map(|o| OrganiserOut {
                account_id: o.account_id,
                name: o.name,
                email: o.email,
                role: o.role,
                organisation: o.organisation,
            })
            .collect(),
    }
}

async fn detail_out(
    state: &web::Data<AppState>,
    caller: crate::accounts::Account,
    id: i64,
) -> Result<TrainingOut, AppError> {
    let d = state
        .db
        .run(move |conn| {
            authorize(conn, &caller, id, Action::View)?;
            queries::detail(conn, id)
        })
        .await?;
    Ok(out(state, d))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct TrainingSummary {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub status: TrainingStatus,
    pub first_session: Option<String>,
    pub my_role: Option<OrganiserRole>,
}

/// The trainings the caller organises (all, for an administrator).
#[utoipa::path(get, path = "/api/v1/trainings", tag = "trainings", security(("bearer" = [])),
    responses((status = 200, body = [TrainingSummary]), (status = 401, body = ErrorBody)))]
pub async fn list(state: web::Data<AppState>, caller: ApiCaller) -> Result<HttpResponse, AppError> {
    let cards = state.db.run(move |conn| queries::for_account(conn, &caller.0)).await?;
    let items: Vec<TrainingSummary> = cards
        .into_iter()
        .map(|c| TrainingSummary {
            id: c.id,
            slug: c.slug,
            title: c.title,
            status: c.status,
            first_session: c.first_session.map(utc_rfc3339),
            my_role: c.my_role,
        })
        .collect();
    Ok(HttpResponse::Ok().json(items))
}

/// Creates a draft training; the caller becomes its lead organiser.
#[utoipa::path(post, path = "/api/v1/trainings", tag = "trainings", security(("bearer" = [])), request_body = TrainingInput,
    responses((status = 201, body = TrainingOut), (status = 422, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn create(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<TrainingInput>,
) -> Result<HttpResponse, AppError> {
    let actor = caller.0.clone();
    let id = state.write(move |conn| service::create_training(conn, &actor, &body)).await?;
    Ok(HttpResponse::Created().json(detail_out(&state, caller.0, id).await?))
}

#[utoipa::path(get, path = "/api/v1/trainings/{id}", tag = "trainings", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = TrainingOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(detail_out(&state, caller.0, path.into_inner()).await?))
}

/// Replaces the training's details (send every field).
#[utoipa::path(put, path = "/api/v1/trainings/{id}", tag = "trainings", security(("bearer" = [])), request_body = TrainingInput,
    params(("id" = i64, Path)), responses((status = 200, body = TrainingOut), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<TrainingInput>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let actor = caller.0.clone();
    state.write(move |conn| service::update_training(conn, &actor, id, &body)).await?;
    Ok(HttpResponse::Ok().json(detail_out(&state, caller.0, id).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct StatusChange {
    /// draft, published, completed or cancelled.
    #[serde(default)]
    pub status: String,
}

/// Moves the training through its lifecycle.
#[utoipa::path(post, path = "/api/v1/trainings/{id}/status", tag = "trainings", security(("bearer" = [])), request_body = StatusChange,
    params(("id" = i64, Path)), responses((status = 200, body = TrainingOut), (status = 409, body = ErrorBody)))]
pub async fn change_status(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<StatusChange>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let target = TrainingStatus::parse("status", &body.status)?;
    let actor = caller.0.clone();
    state.write(move |conn| service::set_status(conn, &actor, id, target)).await?;
    Ok(HttpResponse::Ok().json(detail_out(&state, caller.0, id).await?))
}

/// Adds a session; times are local to the training's zone.
#[utoipa::path(post, path = "/api/v1/trainings/{id}/sessions", tag = "sessions", security(("bearer" = [])), request_body = SessionInput,
    params(("id" = i64, Path)), responses((status = 201, body = Created), (status = 422, body = ErrorBody)))]
pub async fn add_session(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<SessionInput>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let sid = state.write(move |conn| service::add_session(conn, &caller.0, id, &body)).await?;
    Ok(HttpResponse::Created().json(Created { id: sid }))
}

#[utoipa::path(put, path = "/api/v1/trainings/{id}/sessions/{session_id}", tag = "sessions", security(("bearer" = [])), request_body = SessionInput,
    params(("id" = i64, Path), ("session_id" = i64, Path)), responses((status = 204), (status = 422, body = ErrorBody)))]
pub async fn update_session(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
    body: web::Json<SessionInput>,
) -> Result<HttpResponse, AppError> {
    let (id, sid) = path.into_inner();
    state.write(move |conn| service::update_session(conn, &caller.0, id, sid, &body)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(delete, path = "/api/v1/trainings/{id}/sessions/{session_id}", tag = "sessions", security(("bearer" = [])),
    params(("id" = i64, Path), ("session_id" = i64, Path)), responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn delete_session(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (id, sid) = path.into_inner();
    state.write(move |conn| service::delete_session(conn, &caller.0, id, sid)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct InvitationOut {
    pub id: i64,
    pub email: String,
    /// When the link e-mailed to the invitee stops working (Unix time, seconds). The link
    /// itself is never in an answer: only the invited person, through their e-mail, can use
    /// it (and choose the new account's password with it).
    pub expires_at: i64,
}

/// Invites a co-organiser or facilitator (lead organiser only). The one-time link goes to the
/// invited address by e-mail only.
#[utoipa::path(post, path = "/api/v1/trainings/{id}/organisers", tag = "organisers", security(("bearer" = [])), request_body = InvitationInput,
    params(("id" = i64, Path)), responses((status = 201, body = InvitationOut), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn invite(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<InvitationInput>,
) -> Result<HttpResponse, AppError> {
    let env = state.link_env.clone();
    let id = path.into_inner();
    let days = state.settings.auth.invitation_days;
    let (inv, email) = state
        .db
        .write(move |conn| service::invite_organiser(conn, &env, &caller.0, id, &body, chrono::Duration::days(days)))
        .await?;
    state.mail_wake.notify_one();
    let expires_at = (chrono::Utc::now() + chrono::Duration::days(days)).timestamp();
    Ok(HttpResponse::Created().json(InvitationOut { id: inv, email: email.to_string(), expires_at }))
}

#[utoipa::path(delete, path = "/api/v1/trainings/{id}/organisers/{account_id}", tag = "organisers", security(("bearer" = [])),
    params(("id" = i64, Path), ("account_id" = i64, Path)), responses((status = 204), (status = 403, body = ErrorBody)))]
pub async fn remove_organiser(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (id, account_id) = path.into_inner();
    state.write(move |conn| service::remove_organiser(conn, &caller.0, id, account_id)).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct AcceptInvitation {
    #[serde(default)]
    pub token: String,
}

/// Accepts an invitation for the caller (whose e-mail must be the invited one).
#[utoipa::path(post, path = "/api/v1/invitations/accept", tag = "organisers", security(("bearer" = [])), request_body = AcceptInvitation,
    responses((status = 200, body = TrainingOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn accept(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<AcceptInvitation>,
) -> Result<HttpResponse, AppError> {
    let actor = caller.0.clone();
    let id = state.write(move |conn| service::accept_invitation(conn, &actor, &body.token)).await?;
    Ok(HttpResponse::Ok().json(detail_out(&state, caller.0, id).await?))
}
