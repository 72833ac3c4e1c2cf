//! Downstream trainings over the JSON API: a trainer logs, reads and changes a reported
//! training, uploads its evidence; organisers decide; a training is placed under a certificate.

use std::collections::BTreeMap;

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;

use super::service::{self, DecisionInput};
use super::{evidence, queries, Report, ReportInput, AGE_BANDS, SEXES};
use crate::error::{AppError, ErrorBody};
use crate::http::ApiCaller;
use crate::state::AppState;

/// A session as the API shows it.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = DownstreamSessionOut)]
pub struct SessionOut {
    /// "YYYY-MM-DD"
    pub date: String,
    pub hours: f64,
}

/// A reported downstream training as the API shows it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ReportOut {
    pub id: i64,
    /// submitted, needs_information, verified or rejected.
    pub status: String,
    /// The certificate it was logged under, as printed.
    pub certificate_code: String,
    /// True when that certificate was revoked: the record is kept, marked, and left out of the figures.
    pub certificate_revoked: bool,
    pub title: String,
    pub starts_on: String,
    pub ends_on: String,
    pub hours: f64,
    pub sessions: Vec<SessionOut>,
    /// online, in_person or hybrid.
    pub mode: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub language: String,
    pub audience_organisations: String,
    pub participants_total: i32,
    /// female, male, another, not_recorded.
    pub participants_by_sex: BTreeMap<String, i32>,
    /// under_25, 25_34, 35_44, 45_54, 55_64, 65_plus, not_recorded.
    pub participants_by_age_band: BTreeMap<String, i32>,
    pub with_disability: Option<i32>,
    pub curriculum_version: String,
    pub evidence_url: Option<String>,
    /// Where the uploaded evidence file can be downloaded (signed in, by those who may see the record).
    pub evidence_file_url: Option<String>,
    pub notes: String,
    /// What the organisers wrote with their last decision.
    pub verification_note: Option<String>,
    /// UTC, RFC 3339.
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub updated_at: String,
}

impl ReportOut {
    pub fn of(base: &str, r: Report, sessions: Vec<super::ReportSession>, code: &str, revoked: bool) -> ReportOut {
        ReportOut {
            id: r.id,
            status: r.status.as_str().to_string(),
            certificate_code: crate::certificates::code::display(code),
            certificate_revoked: revoked,
            title: r.title.clone(),
            starts_on: r.starts_on.to_string(),
            ends_on: r.ends_on.to_string(),
            hours: f64::from(r.minutes) / 60.0,
            sessions: sessions
                .iter()
                .map(|s| SessionOut { date: s.held_on.to_string(), hours: f64::from(s.minutes) / 60.0 })
                .collect(),
            mode: r.mode.as_str().to_string(),
            country: r.country.clone(),
            region: r.region.clone(),
            city: r.city.clone(),
            language: r.language.clone(),
            audience_organisations: r.audience_organisations.clone(),
            participants_total: r.participants_total(),
            participants_by_sex: SEXES.iter().map(|s| s.0.to_string()).zip(r.by_sex()).collect(),
            participants_by_age_band: AGE_BANDS.iter().map(|a| a.0.to_string()).zip(r.by_age_band()).collect(),
            with_disability: r.with_disability(),
            curriculum_version: r.curriculum_version.clone(),
            evidence_url: r.evidence_url.clone(),
            evidence_file_url: r.evidence_file.as_ref().map(|_| format!("{base}/downstream/{}/evidence", r.id)),
            notes: r.notes.clone(),
            verification_note: r.verification_note.clone(),
            created_at: crate::domain::time::utc_rfc3339(r.created_at),
            updated_at: crate::domain::time::utc_rfc3339(r.updated_at),
        }
    }
}

async fn answer(state: &AppState, caller: ApiCaller, id: i64, status: u16) -> Result<HttpResponse, AppError> {
    let base = state.settings.public_url().to_string();
    let out = state
        .db
        .run(move |conn| {
            let (report, _) = service::visible(conn, &caller.0, id)?;
            let sessions = queries::sessions(conn, id)?;
            let cert =
                queries::certificate(conn, report.certificate_id)?.ok_or_else(|| AppError::not_found("certificate"))?;
            let revoked = !cert.is_valid();
            Ok(ReportOut::of(&base, report, sessions, &cert.code, revoked))
        })
        .await?;
    let status = actix_web::http::StatusCode::from_u16(status).unwrap_or(actix_web::http::StatusCode::OK);
    Ok(HttpResponse::build(status).json(out))
}

/// Logs a training the caller delivered under their trainer certificate (reported figures).
#[utoipa::path(post, path = "/api/v1/downstream-trainings", tag = "downstream", security(("bearer" = [])),
    request_body = ReportInput,
    responses((status = 201, body = ReportOut), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    state: web::Data<AppState>,
    caller: ApiCaller,
    body: web::Json<ReportInput>,
) -> Result<HttpResponse, AppError> {
    let trainer = caller.0.clone();
    let id = state.db.write(move |conn| service::create(conn, &trainer, &body, None)).await?;
    answer(&state, caller, id, 201).await
}

/// One downstream training (its trainer, organisers above it, administrators).
#[utoipa::path(get, path = "/api/v1/downstream-trainings/{id}", tag = "downstream", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = ReportOut), (status = 404, body = ErrorBody)))]
pub async fn get(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    answer(&state, caller, path.into_inner(), 200).await
}

/// Changes a downstream training (its trainer, until it is verified); it goes back to the queue.
#[utoipa::path(put, path = "/api/v1/downstream-trainings/{id}", tag = "downstream", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = ReportInput,
    responses((status = 200, body = ReportOut), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<ReportInput>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let trainer = caller.0.clone();
    let env = state.link_env.clone();
    state.db.write(move |conn| service::update(conn, &env, &trainer, id, &body, None)).await?;
    state.mail_wake.notify_one();
    answer(&state, caller, id, 200).await
}

/// Uploads the evidence (the body is the file: a PDF, JPEG or PNG, told apart by its content).
#[utoipa::path(put, path = "/api/v1/downstream-trainings/{id}/evidence", tag = "downstream", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body(content(
        (Vec<u8> = "application/pdf"),
        (Vec<u8> = "image/jpeg"),
        (Vec<u8> = "image/png"),
    )),
    responses((status = 200, body = ReportOut), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn upload_evidence(
    req: HttpRequest,
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    mut body: web::Payload,
) -> Result<HttpResponse, AppError> {
    use futures_util::StreamExt;
    let id = path.into_inner();
    let max = state.settings.downstream.max_evidence_bytes;
    // read up to this route's own limit (the app-wide body limit is for forms and JSON), and
    // refuse as soon as it is passed
    let mut bytes = Vec::new();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| AppError::BadRequest(format!("the upload could not be read: {e}")))?;
        if bytes.len() + chunk.len() > max {
            return Err(AppError::PayloadTooLarge(max));
        }
        bytes.extend_from_slice(&chunk);
    }
    let name = req
        .headers()
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split("filename=").nth(1))
        .map(|v| v.trim_matches('"').to_string())
        .unwrap_or_else(|| "evidence".into());
    let file = evidence::check(&name, bytes, max)?;
    let dir = state.settings.evidence_dir();
    let trainer = caller.0.clone();
    let env = state.link_env.clone();
    state
        .db
        .write(move |conn| {
            let (report, access) = service::visible(conn, &trainer, id)?;
            if access != service::Access::Trainer {
                return Err(AppError::Forbidden("only the trainer who logged this training may add evidence".into()));
            }
            if !report.editable() {
                return Err(AppError::conflict(None, "this training is verified and can no longer be changed"));
            }
            let stored = service::store_evidence(&dir, &file)?;
            service::set_evidence_only(conn, &env, &trainer, &report, &file, &stored)
        })
        .await?;
    answer(&state, caller, id, 200).await
}

/// Verifies a downstream training, asks its trainer for more information, or rejects it (with
/// a note the trainer reads); the trainer is e-mailed.
#[utoipa::path(post, path = "/api/v1/downstream-trainings/{id}/verification", tag = "downstream", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = DecisionInput,
    responses((status = 200, body = ReportOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn verification(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<DecisionInput>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let actor = caller.0.clone();
    let env = state.link_env.clone();
    state.db.write(move |conn| service::decide(conn, &env, &actor, id, &body)).await?;
    state.mail_wake.notify_one();
    answer(&state, caller, id, 200).await
}

/// Which certificate a training descends from.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct ParentInput {
    /// A trainer certificate of the caller.
    pub certificate_code: String,
}

/// Places a training the caller leads under one of the caller's trainer certificates: it
/// becomes a hosted downstream training, one generation below the certificate's training.
#[utoipa::path(put, path = "/api/v1/trainings/{id}/parent", tag = "downstream", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = ParentInput,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_parent(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<ParentInput>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    state.db.write(move |conn| service::attach(conn, &caller.0, id, &body.certificate_code)).await?;
    Ok(HttpResponse::NoContent().finish())
}
