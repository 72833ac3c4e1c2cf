//! The account's password through the API: change it (signed in, knowing the current one) and
//! ask for a reset link by e-mail. The link itself is used on its page (`/password/reset/…`):
//! only the person who reads the address's e-mail can set a password with it.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Duration;
use serde::{Deserialize, Serialize};

use super::pages::{request_reset, reset_notice, TokenResponse};
use super::service;
use super::throttle::SignInThrottle;
use crate::crypto::jwt::AUDIENCE_API;
use crate::domain::Email;
use crate::error::{AppError, ErrorBody};
use crate::http::ApiCaller;
use crate::state::AppState;

#[derive(Deserialize, utoipa::ToSchema)]
pub struct PasswordChange {
    #[serde(default)]
    pub current_password: String,
    /// 10 to 1000 characters, not one of the 10,000 most common passwords, not containing the
    /// account's e-mail address.
    #[serde(default)]
    pub new_password: String,
}

/// Changes the caller's password. Every session and token issued before ends, this one
/// included; the answer carries a new token.
#[utoipa::path(post, path = "/api/v1/auth/password", tag = "auth", security(("bearer" = [])), request_body = PasswordChange,
    responses((status = 200, body = TokenResponse, description = "changed; a new token (every earlier one has ended)"),
        (status = 401, body = ErrorBody), (status = 422, body = ErrorBody, description = "current password wrong, or new password refused (field says which)"),
        (status = 429, body = ErrorBody, description = "too many wrong current passwords; retry after the seconds in Retry-After",
            headers(("Retry-After" = u64, description = "seconds to wait")))))]
pub async fn change_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    throttle: web::Data<SignInThrottle>,
    caller: ApiCaller,
    body: web::Json<PasswordChange>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let ip = req.peer_addr().map(|a| a.ip());
    service::change_password(&state.db, &throttle, &caller.0, ip, body.current_password, body.new_password).await?;
    let (token, expires_at) =
        state.jwt.issue(caller.0.id, AUDIENCE_API, Duration::minutes(state.settings.auth.api_token_minutes))?;
    Ok(HttpResponse::Ok().json(TokenResponse { token, token_type: "Bearer", expires_at }))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct PasswordResetRequest {
    #[serde(default)]
    pub email: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Accepted {
    pub message: String,
}

/// Sends a one-time link to choose a new password to the address, if it has an account. The
/// answer is the same either way (no account enumeration); at most five links per account in
/// 15 minutes are sent.
#[utoipa::path(post, path = "/api/v1/auth/password-reset", tag = "auth", request_body = PasswordResetRequest,
    responses((status = 202, body = Accepted), (status = 422, body = ErrorBody, description = "not an e-mail address")))]
pub async fn request_password_reset(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<PasswordResetRequest>,
) -> Result<HttpResponse, AppError> {
    let email = Email::parse("email", &body.email)?;
    // the e-mail in the caller's language (Accept-Language), as a page would write it
    request_reset(&state, &email, crate::http::language::of_request(&req, None, None)).await?;
    Ok(HttpResponse::Accepted()
        .json(Accepted { message: reset_notice(&email, state.settings.auth.password_reset_minutes) }))
}
