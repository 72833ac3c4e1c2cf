//! CSRF protection for every state-changing form: a random token in a cookie that the form
//! must repeat in a hidden `csrf_token` field (double submit). A cross-site page can make the
//! browser send the cookie but cannot read it to fill in the field. Forms are read through
//! [`CsrfForm`], so a handler cannot forget the check. The field holds the secret masked with a
//! new random pad in every response (BREACH: a compressed page must not repeat a secret).

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
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::rngs::OsRng;
use rand::RngCore;
use subtle::ConstantTimeEq;

use crate::crypto::tokens::random_token;
use crate::error::AppError;
use crate::state::AppState;

pub const CSRF_COOKIE: &str = "cascade_csrf";

#[derive(Clone)]
struct NewCsrfToken(String);

/// The token to put in this page's forms: the cookie's secret (made, and set as a cookie, on
/// first use), masked afresh for each response — a random pad followed by the secret XOR the
/// pad — so that a compressed page never repeats the same secret bytes (BREACH).
pub fn token(req: &HttpRequest) -> String {
    if let Some(c) = req.cookie(CSRF_COOKIE) {
        if let Some(secret) = decode_secret(c.value()) {
            return mask(&secret);
        }
    }
    if let Some(t) = req.extensions().get::<NewCsrfToken>() {
        if let Some(secret) = decode_secret(&t.0) {
            return mask(&secret);
        }
    }
    let t = random_token();
    let masked = decode_secret(&t).map(|s| mask(&s)).unwrap_or_default();
    req.extensions_mut().insert(NewCsrfToken(t));
    masked
}

const SECRET_BYTES: usize = 32;

fn decode_secret(cookie: &str) -> Option<[u8; SECRET_BYTES]> {
    URL_SAFE_NO_PAD.decode(cookie).ok()?.try_into().ok()
}

fn mask(secret: &[u8; SECRET_BYTES]) -> String {
    let mut out = [0u8; 2 * SECRET_BYTES];
    OsRng.fill_bytes(&mut out[..SECRET_BYTES]);
    for i in 0..SECRET_BYTES {
        out[SECRET_BYTES + i] = out[i] ^ secret[i];
    }
    URL_SAFE_NO_PAD.encode(out)
}

/// True when `submitted` is a masked form of the secret in `cookie` (compared in constant
/// time). The bare secret is refused: pages only ever carry masked tokens.
pub fn matches(cookie: Option<&str>, submitted: &str) -> bool {
    let Some(secret) = cookie.and_then(decode_secret) else {
        return false;
    };
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(submitted) else {
        return false;
    };
    if bytes.len() != 2 * SECRET_BYTES {
        return false;
    }
    let (pad, masked) = bytes.split_at(SECRET_BYTES);
    let unmasked: Vec<u8> = pad.iter().zip(masked).map(|(p, m)| p ^ m).collect();
    bool::from(unmasked.as_slice().ct_eq(&secret[..]))
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
                c if matches(c.as_deref(), &form.csrf_token) => Ok(CsrfForm(form.inner)),
                _ => Err(PageError(AppError::Csrf)),
            }
        })
    }
}
