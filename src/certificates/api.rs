//! The certification rule and eligibility over the JSON API.

use actix_web::{web, HttpResponse};
use serde::Serialize;

use super::service::{self, Eligibility, RuleInput, ScoreInput};
use super::Rule;
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
