//! Sign-in pages (password and one-time link), sign-out, first-run setup and API tokens.

use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::Duration;
use serde::{Deserialize, Serialize};

use super::service;
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
        .route("/setup", web::post().to(setup));
}

/// Only same-site absolute paths are followed after signing in. The value is parsed as a URL
/// against this site, as a browser would, and must stay on it; control characters and
/// whitespace are refused outright (browsers strip a TAB or newline, so `/\t/evil.example`
/// becomes `//evil.example`, another site; in a header they would not even be valid).
fn safe_next(next: &str) -> &str {
    const HOME: &str = "http://cascade.invalid";
    let plain = next.starts_with('/')
        && !next.starts_with("//")
        && !next.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    let same_site = plain
        && url::Url::parse(HOME)
            .and_then(|base| base.join(next))
            .is_ok_and(|u| u.origin() == url::Url::parse(HOME).expect("a valid base").origin());
    if same_site {
        next
    } else {
        "/dashboard"
    }
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
    let account = state.db.run(move |conn| accounts::find_by_email(conn, &email)).await?;
    let hash = account.as_ref().and_then(|a| a.password_hash.clone());
    if !password::verify(form.password.clone(), hash).await {
        return Ok(failed("the e-mail address or the password is wrong"));
    }
    let account = account.expect("verified accounts exist");
    let cookie = start_session(&state, account.id)?;
    Ok(HttpResponse::SeeOther()
        .cookie(cookie)
        .insert_header((actix_web::http::header::LOCATION, safe_next(&form.next)))
        .finish())
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
    state
        .db
        .write(move |conn| service::send_sign_in_link(conn, &env, &lookup, Duration::minutes(minutes), None))
        .await?;
    state.mail_wake.notify_one();
    Ok(render(&SignInPage {
        nav: Nav::new(&req, None),
        email: String::new(),
        next: String::new(),
        error: FormError::default(),
        notice: format!(
            "If {email} has an account, a sign-in link is on its way. It works once, for {minutes} minutes."
        ),
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
        password::check_strength("password", &form.password)?;
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

/// Exchanges an e-mail and password for a bearer token.
#[utoipa::path(post, path = "/api/v1/auth/token", tag = "auth", request_body = TokenRequest,
    responses((status = 200, body = TokenResponse), (status = 401, body = crate::error::ErrorBody)))]
pub async fn api_token(state: web::Data<AppState>, body: web::Json<TokenRequest>) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let email = Email::parse("email", &body.email)?;
    let account = state.db.run(move |conn| accounts::find_by_email(conn, &email)).await?;
    let hash = account.as_ref().and_then(|a| a.password_hash.clone());
    if !password::verify(body.password, hash).await {
        return Err(AppError::Unauthorized("the e-mail address or the password is wrong".into()));
    }
    let account = account.expect("verified accounts exist");
    let (token, expires_at) =
        state.jwt.issue(account.id, AUDIENCE_API, Duration::minutes(state.settings.auth.api_token_minutes))?;
    Ok(HttpResponse::Ok().json(TokenResponse { token, token_type: "Bearer", expires_at }))
}
