//! Certification over the JSON API: the rule, scores, eligibility, issuing, listing and revoking
//! certificates.

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};

use super::issuing::{self, IssueRequest};
use super::models::{Certificate, CertificateStatus};
use super::service::{self, Eligibility, RuleInput, ScoreInput};
use super::{queries, worker, Certificates, Rule};
use crate::error::{AppError, ErrorBody};
use crate::http::ApiCaller;
use crate::state::AppState;

/// Sets the training's certification rule.
#[utoipa::path(put, path = "/api/v1/trainings/{id}/certification-rule", tag = "certification", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = RuleInput,
    responses((status = 200, body = Rule), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_rule(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<RuleInput>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let rule = state.db.write(move |conn| service::set_rule(conn, &caller.0, id, &body)).await?;
    Ok(HttpResponse::Ok().json(rule))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct EligibilityOut {
    pub rule: Rule,
    /// The rule in words.
    pub rule_text: String,
    pub eligible: usize,
    pub participants: Vec<Eligibility>,
}

/// Who meets the rule, and for who does not, which part failed.
#[utoipa::path(get, path = "/api/v1/trainings/{id}/eligibility", tag = "certification", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = EligibilityOut), (status = 403, body = ErrorBody)))]
pub async fn eligibility(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let table = state.db.run(move |conn| service::eligibility(conn, &caller.0, id)).await?;
    Ok(HttpResponse::Ok().json(EligibilityOut {
        eligible: table.rows.iter().filter(|r| r.outcome.eligible).count(),
        rule: table.rule,
        rule_text: table.rule_text,
        participants: table.rows,
    }))
}

/// Sets assessment scores (0–100; null removes one).
#[utoipa::path(put, path = "/api/v1/trainings/{id}/scores", tag = "certification", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = [ScoreInput],
    responses((status = 204), (status = 422, body = ErrorBody)))]
pub async fn set_scores(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<Vec<ScoreInput>>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    state.db.write(move |conn| service::set_scores(conn, &caller.0, id, &body)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A certificate as the API shows it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct CertificateOut {
    pub id: i64,
    /// The code as stored and used in URLs (12 characters).
    pub code: String,
    /// The code as printed (`7K3M-Q9PX-2HDW`).
    pub display_code: String,
    pub registration_id: i64,
    pub holder_name: String,
    /// `attended` or `certified_trainer`.
    pub outcome: String,
    /// `issuing`, `issued` or `revoked`.
    pub status: String,
    /// UTC, RFC 3339.
    #[schema(format = DateTime)]
    pub issued_at: String,
    #[schema(format = DateTime)]
    pub revoked_at: Option<String>,
    pub revocation_reason: Option<String>,
    pub verify_url: String,
    pub pdf_url: String,
    pub credential_url: String,
}

impl CertificateOut {
    fn of(base: &str, c: Certificate) -> CertificateOut {
        CertificateOut {
            verify_url: format!("{base}/c/{}", c.code),
            pdf_url: format!("{base}/c/{}/certificate.pdf", c.code),
            credential_url: format!("{base}/c/{}/credential.json", c.code),
            display_code: c.display_code(),
            id: c.id,
            registration_id: c.registration_id,
            holder_name: c.holder_name,
            outcome: c.outcome.as_str().to_string(),
            status: c.status.as_str().to_string(),
            issued_at: crate::domain::time::utc_rfc3339(c.issued_at),
            revoked_at: c.revoked_at.map(crate::domain::time::utc_rfc3339),
            revocation_reason: c.revocation_reason,
            code: c.code,
        }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct IssuedOut {
    /// How many certificates this request issued (the others existed before).
    pub created: usize,
    pub certificates: Vec<CertificateOut>,
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct RevokeInput {
    pub reason: String,
}

/// Issues certificates to everyone eligible (`{"all_eligible": true}`) or to some
/// registrations (`{"registration_ids": [..]}`), never twice for one registration. Answers
/// when they are rendered (PDF, signed credential, e-mail queued).
#[utoipa::path(post, path = "/api/v1/trainings/{id}/certificates", tag = "certification", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = IssueRequest,
    responses((status = 200, body = IssuedOut), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn issue(
    state: web::Data<AppState>,
    certs: web::Data<Certificates>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<IssueRequest>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let request = body.into_inner();
    let issued = state.write(move |conn| issuing::issue(conn, &caller.0, id, &request)).await?;
    // render this training's certificates now, alongside the background worker; what another
    // renderer holds is waited for (bounded: past it, the answer says "issuing")
    worker::run_until_done(&state, &certs, Some(id)).await?;
    let wanted: Vec<i64> = issued.certificates.iter().map(|c| c.id).collect();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let list = loop {
        let list = state.db.run(move |conn| queries::for_training(conn, id)).await?;
        let waiting = list.iter().any(|c| wanted.contains(&c.id) && c.status == CertificateStatus::Issuing);
        if !waiting || std::time::Instant::now() > deadline {
            break list;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        worker::run_until_done(&state, &certs, Some(id)).await?;
    };
    let base = state.settings.public_url();
    Ok(HttpResponse::Ok().json(IssuedOut {
        created: issued.created,
        certificates: list
            .into_iter()
            .filter(|c| wanted.contains(&c.id))
            .map(|c| CertificateOut::of(base, c))
            .collect(),
    }))
}

/// The training's certificates.
#[utoipa::path(get, path = "/api/v1/trainings/{id}/certificates", tag = "certification", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = [CertificateOut]), (status = 403, body = ErrorBody)))]
pub async fn list(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let (_, list) = state.db.run(move |conn| issuing::list(conn, &caller.0, id)).await?;
    let base = state.settings.public_url();
    Ok(HttpResponse::Ok().json(list.into_iter().map(|c| CertificateOut::of(base, c)).collect::<Vec<_>>()))
}

/// Revokes a certificate with a reason; the page, the credential's status list and the holder
/// (by e-mail) follow.
#[utoipa::path(post, path = "/api/v1/certificates/{code}/revoke", tag = "certification", security(("bearer" = [])),
    params(("code" = String, Path)), request_body = RevokeInput,
    responses((status = 200, body = CertificateOut), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn revoke(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<String>,
    body: web::Json<RevokeInput>,
) -> Result<HttpResponse, AppError> {
    let code = path.into_inner();
    let env = state.link_env.clone();
    let reason = body.into_inner().reason;
    let cert = state.write(move |conn| issuing::revoke(conn, &env, &caller.0, &code, &reason)).await?;
    Ok(HttpResponse::Ok().json(CertificateOut::of(state.settings.public_url(), cert)))
}
