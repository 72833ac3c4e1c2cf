//! Who is asking: the browser session (signed JWT in an HttpOnly cookie) for pages, a bearer
//! JWT for the API. Both load the account, so a sign-out or a removed account takes effect at once.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};

use super::PageError;
use crate::accounts::{self, Account};
use crate::crypto::jwt::{AUDIENCE_API, AUDIENCE_WEB};
use crate::error::AppError;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "cascade_session";

pub fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, token)
        .path("/")
        .http_only(true)
        .secure(state.settings.secure_cookies())
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::hours(state.settings.auth.session_hours))
        .finish()
}

pub fn expired_session_cookie(state: &AppState) -> Cookie<'static> {
    let mut cookie = session_cookie(state, String::new());
    cookie.make_removal();
    cookie
}

/// Issues a browser session for the account.
pub fn start_session(state: &AppState, account_id: i64) -> Result<Cookie<'static>, AppError> {
    let (token, _) =
        state.jwt.issue(account_id, AUDIENCE_WEB, chrono::Duration::hours(state.settings.auth.session_hours))?;
    Ok(session_cookie(state, token))
}

async fn account_for(state: web::Data<AppState>, token: String, audience: &'static str) -> Result<Account, AppError> {
    let claims = state.jwt.verify(&token, audience)?;
    let id: i64 = claims.sub.parse().map_err(|_| AppError::Unauthorized("the token is not valid".into()))?;
    let account = state
        .db
        .run(move |conn| accounts::find(conn, id))
        .await?
        .ok_or_else(|| AppError::Unauthorized("the account no longer exists".into()))?;
    if let Some(revoked) = account.sessions_revoked_at {
        if claims.auth_ms <= revoked.and_utc().timestamp_millis() {
            return Err(AppError::Unauthorized("you signed out; sign in again".into()));
        }
    }
    Ok(account)
}

fn state_of(req: &HttpRequest) -> web::Data<AppState> {
    req.app_data::<web::Data<AppState>>().expect("AppState is registered").clone()
}

/// A signed-in person on a page; anyone else is sent to the sign-in page.
pub struct SignedIn(pub Account);

impl FromRequest for SignedIn {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = state_of(req);
        let token = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string());
        Box::pin(async move {
            let token = token.ok_or_else(|| AppError::Unauthorized("sign in first".into()))?;
            Ok(SignedIn(account_for(state, token, AUDIENCE_WEB).await?))
        })
    }
}

/// The signed-in person if there is one (public pages show a different menu).
pub struct MaybeSignedIn(pub Option<Account>);

impl FromRequest for MaybeSignedIn {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = state_of(req);
        let token = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string());
        Box::pin(async move {
            Ok(MaybeSignedIn(match token {
                Some(t) => account_for(state, t, AUDIENCE_WEB).await.ok(),
                None => None,
            }))
        })
    }
}

/// An API caller with a valid bearer token.
pub struct ApiCaller(pub Account);

impl FromRequest for ApiCaller {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = state_of(req);
        let header =
            req.headers().get(actix_web::http::header::AUTHORIZATION).and_then(|v| v.to_str().ok()).map(str::to_string);
        Box::pin(async move {
            let header = header.ok_or_else(|| {
                AppError::Unauthorized("send Authorization: Bearer <token> (POST /api/v1/auth/token gives one)".into())
            })?;
            // the scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" are Bearer
            let token = header
                .split_once(' ')
                .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
                .map(|(_, token)| token)
                .ok_or_else(|| AppError::Unauthorized("the Authorization header must be Bearer <token>".into()))?;
            Ok(ApiCaller(account_for(state, token.trim().to_string(), AUDIENCE_API).await?))
        })
    }
}
