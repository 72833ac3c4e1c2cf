//! Sign-in pages (password and one-time link), sign-out, first-run setup and API tokens.

use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::Duration;
use serde::{Deserialize, Serialize};

use super::service;
use super::throttle::SignInThrottle;
use crate::accounts;
use crate::crypto::jwt::AUDIENCE_API;
use crate::crypto::password;
use crate::crypto::tokens::same_secret;
use crate::domain::{parse_text, Email};
use crate::error::AppError;
use crate::http::session::{expired_session_cookie, start_session};
use crate::http::PageError;
use crate::http::{redirect, render, render_with_status, Button, FormError, Nav};
use crate::http::{CsrfForm, MaybeSignedIn, SignedIn};
use crate::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/sign-in", web::get().to(sign_in_page))
        .route("/sign-in", web::post().to(sign_in))
        .route("/sign-in/link", web::post().to(request_link))
        .route("/sign-in/link/{token}", web::get().to(link_page))
        .route("/sign-in/link/{token}", web::post().to(use_link))
        .route("/sign-out", web::post().to(sign_out))
        .route("/setup", web::get().to(setup_page))
        .route("/setup", web::post().to(setup))
        .route("/password/forgot", web::get().to(forgot_page))
        .route("/password/forgot", web::post().to(forgot))
        .route("/password/reset/{token}", web::get().to(reset_page))
        .route("/password/reset/{token}", web::post().to(reset))
        .route("/account/password", web::get().to(change_page))
        .route("/account/password", web::post().to(change));
}

/// Only same-site absolute paths are followed after signing in ([`crate::http::local_path`]).
fn safe_next(next: &str) -> &str {
    crate::http::local_path(next).unwrap_or("/dashboard")
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_same_site_paths_are_followed() {
        for ok in ["/trainer", "/trainings/1/edit?x=1", "/dashboard"] {
            assert_eq!(safe_next(ok), ok);
        }
        for bad in [
            "//evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\\evil.example",
            "https://evil.example/",
            "/ /evil.example",
            "evil.example",
            "",
            "/\u{0}",
        ] {
            assert_eq!(safe_next(bad), "/dashboard", "{bad:?}");
        }
    }
}

#[derive(Template)]
#[template(path = "auth/sign_in.html")]
struct SignInPage {
    nav: Nav,
    email: String,
    next: String,
    error: FormError,
    notice: String,
}

#[derive(Deserialize)]
struct NextQuery {
    #[serde(default)]
    next: String,
}

async fn sign_in_page(req: HttpRequest, q: web::Query<NextQuery>, who: MaybeSignedIn) -> HttpResponse {
    if who.0.is_some() {
        return redirect(safe_next(&q.next));
    }
    render(&SignInPage {
        nav: Nav::new(&req, None),
        email: String::new(),
        next: q.next.clone(),
        error: FormError::default(),
        notice: String::new(),
    })
}

#[derive(Deserialize)]
struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

async fn sign_in(
    req: HttpRequest,
    state: web::Data<AppState>,
    throttle: web::Data<SignInThrottle>,
    form: CsrfForm<SignInForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let failed = |message: &str| {
        render_with_status(
            actix_web::http::StatusCode::UNAUTHORIZED,
            &SignInPage {
                nav: Nav::new(&req, None),
                email: form.email.clone(),
                next: form.next.clone(),
                error: FormError { field: "password".into(), message: message.into() },
                notice: String::new(),
            },
        )
    };
    let email = match Email::parse("email", &form.email) {
        Ok(e) => e,
        Err(e) => {
            return Ok(render_with_status(
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
                &SignInPage {
                    nav: Nav::new(&req, None),
                    email: form.email.clone(),
                    next: form.next.clone(),
                    error: FormError::from_app(e)?,
                    notice: String::new(),
                },
            ))
        }
    };
    let ip = req.peer_addr().map(|a| a.ip());
    if let Err(secs) = throttle.check(email.as_str(), ip) {
        let mut page = render_with_status(
            actix_web::http::StatusCode::TOO_MANY_REQUESTS,
            &SignInPage {
                nav: Nav::new(&req, None),
                email: form.email.clone(),
                next: form.next.clone(),
                error: FormError { field: "password".into(), message: too_many_failures(secs) },
                notice: String::new(),
            },
        );
        page.headers_mut().insert(actix_web::http::header::RETRY_AFTER, secs.into());
        return Ok(page);
    }
    let lookup = email.clone();
    let account = state.db.run(move |conn| accounts::find_by_email(conn, &lookup)).await?;
    let hash = account.as_ref().and_then(|a| a.password_hash.clone());
    if !password::verify(form.password.clone(), hash).await {
        throttle.failed(email.as_str(), ip);
        return Ok(failed("the e-mail address or the password is wrong"));
    }
    throttle.succeeded(email.as_str());
    let account = account.expect("verified accounts exist");
    let cookie = start_session(&state, account.id)?;
    Ok(HttpResponse::SeeOther()
        .cookie(cookie)
        .insert_header((actix_web::http::header::LOCATION, safe_next(&form.next)))
        .finish())
}

/// What a throttled sign-in or password change tells the person on the page (the API answers
/// 429 with the common error body and the same Retry-After).
fn too_many_failures(secs: u64) -> String {
    format!(
        "too many wrong passwords for this address or from your network: try again in {secs} seconds, \
         or ask for a sign-in link by e-mail"
    )
}

#[derive(Deserialize)]
struct LinkForm {
    #[serde(default)]
    email: String,
}

/// Sends a one-time sign-in link. The answer is the same whether or not the address is known.
async fn request_link(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<LinkForm>,
) -> Result<HttpResponse, PageError> {
    let email = match Email::parse("link_email", &form.0.email) {
        Ok(e) => e,
        Err(e) => {
            return Ok(render_with_status(
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
                &SignInPage {
                    nav: Nav::new(&req, None),
                    email: form.0.email.clone(),
                    next: String::new(),
                    error: FormError::from_app(e)?,
                    notice: String::new(),
                },
            ))
        }
    };
    let minutes = state.settings.auth.sign_in_link_minutes;
    let lookup = email.clone();
    let env = state.link_env.clone();
    let lang = crate::http::language::of_request(&req, None, None);
    state
        .db
        .write(move |conn| service::send_sign_in_link(conn, &env, &lookup, Duration::minutes(minutes), None, lang))
        .await?;
    state.mail_wake.notify_one();
    let nav = Nav::new(&req, None);
    Ok(render(&SignInPage {
        notice: nav.lang.t2("org-auth-link-sent", "email", email.to_string(), "minutes", minutes),
        nav,
        email: String::new(),
        next: String::new(),
        error: FormError::default(),
    }))
}

#[derive(Template)]
#[template(path = "auth/link.html")]
struct LinkPage {
    nav: Nav,
    token: String,
    valid: bool,
    /// where the link leads once used (kept through the button's form)
    next: String,
}

/// Shows a button rather than signing in on GET: mail scanners that open links must not use
/// up the one-time token.
async fn link_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    q: web::Query<NextQuery>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let check = token.clone();
    let valid = state.db.run(move |conn| service::sign_in_link_account(conn, &check)).await?.is_some();
    let page = LinkPage { nav: Nav::new(&req, None), token, valid, next: safe_next(&q.next).to_string() };
    Ok(if valid { render(&page) } else { render_with_status(actix_web::http::StatusCode::GONE, &page) })
}

async fn use_link(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: CsrfForm<NextQuery>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let check = token.clone();
    let account_id = state.db.write(move |conn| service::use_sign_in_link(conn, &check)).await?;
    match account_id {
        Some(id) => Ok(HttpResponse::SeeOther()
            .cookie(start_session(&state, id)?)
            .insert_header((actix_web::http::header::LOCATION, safe_next(&form.0.next)))
            .finish()),
        None => Ok(render_with_status(
            actix_web::http::StatusCode::GONE,
            &LinkPage { nav: Nav::new(&req, None), token, valid: false, next: String::new() },
        )),
    }
}

async fn sign_out(state: web::Data<AppState>, who: SignedIn, _form: Button) -> Result<HttpResponse, PageError> {
    let id = who.0.id;
    state.db.run(move |conn| accounts::revoke_sessions(conn, id)).await?;
    Ok(HttpResponse::SeeOther()
        .cookie(expired_session_cookie(&state))
        .insert_header((actix_web::http::header::LOCATION, "/"))
        .finish())
}

#[derive(Template)]
#[template(path = "auth/setup.html")]
struct SetupPage {
    nav: Nav,
    token: String,
    full_name: String,
    email: String,
    error: FormError,
}

#[derive(Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

fn setup_allowed(state: &AppState, token: &str) -> Result<(), AppError> {
    let guard = state.setup_token.lock().map_err(|_| AppError::Internal(anyhow::anyhow!("lock poisoned")))?;
    match guard.as_deref() {
        None => Err(AppError::NotFound("Cascade is already set up; sign in instead".into())),
        Some(expected) if same_secret(expected, token) => Ok(()),
        Some(_) => Err(AppError::Forbidden(
            "open the setup link printed in the server log when Cascade started (it carries a token)".into(),
        )),
    }
}

async fn setup_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    q: web::Query<TokenQuery>,
) -> Result<HttpResponse, PageError> {
    setup_allowed(&state, &q.token)?;
    Ok(render(&SetupPage {
        nav: Nav::new(&req, None),
        token: q.token.clone(),
        full_name: String::new(),
        email: String::new(),
        error: FormError::default(),
    }))
}

#[derive(Deserialize)]
struct SetupForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

async fn setup(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<SetupForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    setup_allowed(&state, &form.token)?;
    let parsed = (|| {
        let name = parse_text("name", &form.name, 120)?;
        let email = Email::parse("email", &form.email)?;
        password::check_strength("password", &form.password, email.as_str())?;
        Ok::<_, AppError>((name, email))
    })();
    let (name, email) = match parsed {
        Ok(v) => v,
        Err(e) => {
            return Ok(render_with_status(
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
                &SetupPage {
                    nav: Nav::new(&req, None),
                    token: form.token.clone(),
                    full_name: form.name.clone(),
                    email: form.email.clone(),
                    error: FormError::from_app(e)?,
                },
            ))
        }
    };
    let hash = password::hash(form.password.clone()).await?;
    let id = state
        .db
        .write(move |conn| {
            if accounts::count(conn)? > 0 {
                return Err(AppError::NotFound("Cascade is already set up; sign in instead".into()));
            }
            accounts::create(conn, &email, &name, Some(&hash), true)
        })
        .await?;
    if let Ok(mut guard) = state.setup_token.lock() {
        *guard = None;
    }
    Ok(HttpResponse::SeeOther()
        .cookie(start_session(&state, id)?)
        .insert_header((actix_web::http::header::LOCATION, "/dashboard"))
        .finish())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct TokenRequest {
    #[serde(default)]
    #[schema(required = true)]
    pub email: String,
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct TokenResponse {
    pub token: String,
    pub token_type: &'static str,
    /// Unix time (seconds) when the token stops working.
    pub expires_at: i64,
}

/// Exchanges an e-mail and password for a bearer token. Wrong passwords are throttled per
/// address and per client IP: past a few, the answer is 429 with `Retry-After` (seconds) until
/// the delay, which doubles with each further failure, has passed — also for the right password.
#[utoipa::path(post, path = "/api/v1/auth/token", tag = "auth", request_body = TokenRequest,
    responses((status = 200, body = TokenResponse), (status = 401, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody),
        (status = 429, body = crate::error::ErrorBody, description = "too many wrong passwords; retry after the seconds in Retry-After",
            headers(("Retry-After" = u64, description = "seconds to wait")))))]
pub async fn api_token(
    req: HttpRequest,
    state: web::Data<AppState>,
    throttle: web::Data<SignInThrottle>,
    body: web::Json<TokenRequest>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let email = Email::parse("email", &body.email)?;
    let ip = req.peer_addr().map(|a| a.ip());
    throttle.check(email.as_str(), ip).map_err(AppError::RateLimited)?;
    let lookup = email.clone();
    let account = state.db.run(move |conn| accounts::find_by_email(conn, &lookup)).await?;
    let hash = account.as_ref().and_then(|a| a.password_hash.clone());
    if !password::verify(body.password, hash).await {
        throttle.failed(email.as_str(), ip);
        return Err(AppError::Unauthorized("the e-mail address or the password is wrong".into()));
    }
    throttle.succeeded(email.as_str());
    let account = account.expect("verified accounts exist");
    let (token, expires_at) =
        state.jwt.issue(account.id, AUDIENCE_API, Duration::minutes(state.settings.auth.api_token_minutes))?;
    Ok(HttpResponse::Ok().json(TokenResponse { token, token_type: "Bearer", expires_at }))
}

#[derive(Template)]
#[template(path = "auth/forgot.html")]
struct ForgotPage {
    nav: Nav,
    email: String,
    error: FormError,
    notice: String,
}

async fn forgot_page(req: HttpRequest) -> HttpResponse {
    render(&ForgotPage {
        nav: Nav::new(&req, None),
        email: String::new(),
        error: FormError::default(),
        notice: String::new(),
    })
}

/// What anyone asking for a reset link is told, whether or not the address has an account.
pub(crate) fn reset_notice(email: &Email, minutes: i64) -> String {
    format!(
        "If {email} has an account, a link to choose a new password is on its way. It works once, for {minutes} minutes."
    )
}

/// Sends a password-reset link. The answer is the same whether or not the address is known.
async fn forgot(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<LinkForm>,
) -> Result<HttpResponse, PageError> {
    let email = match Email::parse("email", &form.0.email) {
        Ok(e) => e,
        Err(e) => {
            return Ok(render_with_status(
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
                &ForgotPage {
                    nav: Nav::new(&req, None),
                    email: form.0.email.clone(),
                    error: FormError::from_app(e)?,
                    notice: String::new(),
                },
            ))
        }
    };
    let minutes = state.settings.auth.password_reset_minutes;
    let nav = Nav::new(&req, None);
    request_reset(&state, &email, nav.lang).await?;
    Ok(render(&ForgotPage {
        notice: nav.lang.t2("org-auth-reset-sent", "email", email.to_string(), "minutes", minutes),
        nav,
        email: String::new(),
        error: FormError::default(),
    }))
}

/// Queues a reset link for `email` if it has an account (the page and the API).
pub(crate) async fn request_reset(state: &AppState, email: &Email, lang: crate::i18n::Lang) -> Result<(), AppError> {
    let minutes = state.settings.auth.password_reset_minutes;
    let env = state.link_env.clone();
    let lookup = email.clone();
    state
        .db
        .write(move |conn| service::send_password_reset(conn, &env, &lookup, Duration::minutes(minutes), lang))
        .await?;
    state.mail_wake.notify_one();
    Ok(())
}

#[derive(Template)]
#[template(path = "auth/reset.html")]
struct ResetPage {
    nav: Nav,
    token: String,
    valid: bool,
    error: FormError,
}

async fn reset_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let check = token.clone();
    let valid = state.db.run(move |conn| service::password_reset_account(conn, &check)).await?.is_some();
    let page = ResetPage { nav: Nav::new(&req, None), token, valid, error: FormError::default() };
    Ok(if valid { render(&page) } else { render_with_status(actix_web::http::StatusCode::GONE, &page) })
}

#[derive(Deserialize)]
struct ResetForm {
    #[serde(default)]
    password: String,
}

/// Sets the new password from a reset link, then signs the person in (every other session
/// has ended). A refused password changes nothing and leaves the link usable.
async fn reset(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: CsrfForm<ResetForm>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let gone = |req: &HttpRequest, token: String| {
        render_with_status(
            actix_web::http::StatusCode::GONE,
            &ResetPage { nav: Nav::new(req, None), token, valid: false, error: FormError::default() },
        )
    };
    let check = token.clone();
    let Some((_, email)) = state.db.run(move |conn| service::password_reset_account(conn, &check)).await? else {
        return Ok(gone(&req, token));
    };
    if let Err(e) = password::check_strength("password", &form.0.password, &email) {
        return Ok(render_with_status(
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            &ResetPage { nav: Nav::new(&req, None), token, valid: true, error: FormError::from_app(e)? },
        ));
    }
    let hash = password::hash(form.0.password.clone()).await?;
    let used = token.clone();
    match state.db.write(move |conn| service::reset_password(conn, &used, &hash)).await? {
        Some(id) => Ok(HttpResponse::SeeOther()
            .cookie(start_session(&state, id)?)
            .insert_header((actix_web::http::header::LOCATION, "/dashboard"))
            .finish()),
        None => Ok(gone(&req, token)),
    }
}

#[derive(Template)]
#[template(path = "auth/change_password.html")]
struct ChangePage {
    nav: Nav,
    has_password: bool,
    error: FormError,
    notice: String,
}

async fn change_page(req: HttpRequest, who: SignedIn) -> HttpResponse {
    render(&ChangePage {
        nav: Nav::new(&req, Some(&who.0)),
        has_password: who.0.password_hash.is_some(),
        error: FormError::default(),
        notice: String::new(),
    })
}

#[derive(Deserialize)]
struct ChangeForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// Changes the password (the current one must be given); every other session ends and this
/// browser gets a new one.
async fn change(
    req: HttpRequest,
    state: web::Data<AppState>,
    throttle: web::Data<SignInThrottle>,
    who: SignedIn,
    form: CsrfForm<ChangeForm>,
) -> Result<HttpResponse, PageError> {
    let form = form.0;
    let ip = req.peer_addr().map(|a| a.ip());
    let page = |error: FormError, notice: String| ChangePage {
        nav: Nav::new(&req, Some(&who.0)),
        has_password: who.0.password_hash.is_some(),
        error,
        notice,
    };
    match service::change_password(&state.db, &throttle, &who.0, ip, form.current_password, form.new_password).await {
        Ok(()) => {
            let changed = crate::http::language::of_request(&req, None, None).t("org-auth-password-changed");
            let mut response = render(&page(FormError::default(), changed));
            response
                .add_cookie(&start_session(&state, who.0.id)?)
                .map_err(|e| AppError::Internal(anyhow::anyhow!("session cookie: {e}")))?;
            Ok(response)
        }
        Err(AppError::RateLimited(secs)) => {
            let mut response = render_with_status(
                actix_web::http::StatusCode::TOO_MANY_REQUESTS,
                &page(FormError { field: "current_password".into(), message: too_many_failures(secs) }, String::new()),
            );
            response.headers_mut().insert(actix_web::http::header::RETRY_AFTER, secs.into());
            Ok(response)
        }
        Err(e) => Ok(render_with_status(
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            &page(FormError::from_app(e)?, String::new()),
        )),
    }
}
