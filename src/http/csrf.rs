//! CSRF protection for every state-changing form: a random token in a cookie that the form
//! must repeat in a hidden `csrf_token` field (double submit). A cross-site page can make the
//! browser send the cookie but cannot read it to fill in the field. Forms are read through
//! [`CsrfForm`], so a handler cannot forget the check.

use std::future::Future;
use std::pin::Pin;

use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::PageError;
use crate::crypto::tokens::{random_token, same_secret};
use crate::error::AppError;
use crate::state::AppState;

pub const CSRF_COOKIE: &str = "cascade_csrf";

#[derive(Clone)]
struct NewCsrfToken(String);

/// The token to put in this page's forms (made, and set as a cookie, on first use).
pub fn token(req: &HttpRequest) -> String {
    if let Some(c) = req.cookie(CSRF_COOKIE) {
        if c.value().len() >= 32 {
            return c.value().to_string();
        }
    }
    if let Some(t) = req.extensions().get::<NewCsrfToken>() {
        return t.0.clone();
    }
    let t = random_token();
    req.extensions_mut().insert(NewCsrfToken(t.clone()));
    t
}

/// Middleware: sets the cookie when a page made a new token.
pub async fn set_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let secure = req.app_data::<web::Data<AppState>>().map(|s| s.settings.secure_cookies()).unwrap_or(false);
    let mut res = next.call(req).await?;
    let new = res.request().extensions().get::<NewCsrfToken>().cloned();
    if let Some(NewCsrfToken(t)) = new {
        let cookie =
            Cookie::build(CSRF_COOKIE, t).path("/").http_only(true).secure(secure).same_site(SameSite::Lax).finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}

#[derive(Deserialize)]
struct WithCsrf<T> {
    #[serde(default)]
    csrf_token: String,
    #[serde(flatten)]
    inner: T,
}

/// A form with nothing but its CSRF token: a button that changes something.
#[derive(Deserialize)]
pub struct NoFields {}

/// The extractor of such a button's form.
pub type Button = CsrfForm<NoFields>;

/// A url-encoded form whose `csrf_token` matched the cookie. Fields should be `String`s and
/// parsed into domain types by the handler, so that errors can name the field.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let cookie = req.cookie(CSRF_COOKIE).map(|c| c.value().to_string());
        let limit = req.app_data::<web::Data<AppState>>().map_or(65536, |s| s.settings.server.max_body_bytes);
        let form = web::Form::<WithCsrf<T>>::from_request(req, payload);
        Box::pin(async move {
            let form = form.await.map_err(|e| {
                if e.as_response_error().status_code() == actix_web::http::StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::PayloadTooLarge(limit)
                } else {
                    AppError::BadRequest(format!("the form could not be read: {e}"))
                }
            })?;
            let form = form.into_inner();
            match cookie {
                Some(c) if !form.csrf_token.is_empty() && same_secret(&c, &form.csrf_token) => Ok(CsrfForm(form.inner)),
                _ => Err(PageError(AppError::Csrf)),
            }
        })
    }
}
