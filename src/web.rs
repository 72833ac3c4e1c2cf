//! What every server-rendered page shares: rendering, the navigation bar, form errors, the
//! embedded static assets, the home page and the health check.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use crate::accounts::Account;
use crate::auth::MaybeSignedIn;
use crate::error::{AppError, PageError};
use crate::startup::AppState;

pub const CSS: &str = include_str!("../frontend/static/app.css");
pub const JS: &str = include_str!("../frontend/static/app.js");

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/healthz", web::get().to(healthz))
        .route("/healthz", web::head().to(healthz))
        .route("/static/app.css", web::get().to(css))
        .route("/static/app.css", web::head().to(css))
        .route("/static/app.js", web::get().to(js))
        .route("/static/app.js", web::head().to(js));
}

async fn css(req: HttpRequest) -> HttpResponse {
    static GZ: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    asset(&req, CSS, GZ.get_or_init(|| gzip(CSS.as_bytes())), "text/css; charset=utf-8")
}

async fn js(req: HttpRequest) -> HttpResponse {
    static GZ: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    asset(&req, JS, GZ.get_or_init(|| gzip(JS.as_bytes())), "text/javascript; charset=utf-8")
}

/// Compresses once, at the best level (static files and cached pages).
pub fn gzip(body: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::with_capacity(body.len() / 3), flate2::Compression::best());
    let _ = gz.write_all(body);
    gz.finish().unwrap_or_default()
}

/// True when the client takes gzip.
pub fn accepts_gzip(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")))
}

fn asset(req: &HttpRequest, body: &'static str, gzipped: &'static [u8], content_type: &'static str) -> HttpResponse {
    // The URL carries a version (?v=), so the file can be cached for a long time. It is
    // compressed once; `identity` keeps the compression middleware from doing it again.
    let gzip = accepts_gzip(req);
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=604800, immutable"))
        .insert_header((header::VARY, "Accept-Encoding"))
        .insert_header((header::CONTENT_ENCODING, if gzip { "gzip" } else { "identity" }))
        .body(if gzip { gzipped } else { body.as_bytes() })
}

pub fn render<T: Template>(page: &T) -> HttpResponse {
    render_with_status(StatusCode::OK, page)
}

pub fn render_with_status<T: Template>(status: StatusCode, page: &T) -> HttpResponse {
    match page.render() {
        Ok(body) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            HttpResponse::InternalServerError().body("internal error")
        }
    }
}

pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, to)).finish()
}

/// The signed-in person's name in the menu, and the token for the sign-out form.
pub struct Nav {
    pub account: Option<NavAccount>,
    pub csrf: String,
    /// The local mailbox link: in development, or for administrators.
    pub mailbox: bool,
}

pub struct NavAccount {
    pub name: String,
    pub is_admin: bool,
}

impl Nav {
    pub fn new(req: &HttpRequest, account: Option<&Account>) -> Nav {
        let development = req
            .app_data::<web::Data<AppState>>()
            .is_some_and(|s| s.settings.environment == crate::config::Environment::Development);
        Nav {
            mailbox: development || account.is_some_and(|a| a.is_admin),
            account: account.map(|a| NavAccount { name: a.name.clone(), is_admin: a.is_admin }),
            csrf: crate::auth::csrf::token(req),
        }
    }
}

/// The error shown on a form: which field and what is wrong. Empty when the form is fresh.
#[derive(Default)]
pub struct FormError {
    pub field: String,
    pub message: String,
}

impl FormError {
    /// Turns a validation error into a form error; other errors stay errors.
    pub fn from_app(e: AppError) -> Result<FormError, PageError> {
        match e {
            AppError::Invalid { field, message } => Ok(FormError { field, message }),
            AppError::Conflict { field, message } => Ok(FormError { field: field.unwrap_or_default(), message }),
            other => Err(PageError(other)),
        }
    }
    pub fn any(&self) -> bool {
        !self.message.is_empty()
    }
    /// The message when it is about `field`, else "".
    pub fn on(&self, field: &str) -> &str {
        if self.field == field {
            &self.message
        } else {
            ""
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub status: u16,
    pub message: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    nav: Nav,
    trainings: Vec<crate::trainings::TrainingCard>,
    setup_open: bool,
}

async fn home(req: HttpRequest, state: web::Data<AppState>, who: MaybeSignedIn) -> Result<HttpResponse, PageError> {
    if who.0.is_some() {
        return Ok(redirect("/dashboard"));
    }
    let trainings = state.db.run(crate::trainings::queries::upcoming_public).await?;
    let setup_open = state.setup_token.lock().map(|t| t.is_some()).unwrap_or(false);
    Ok(render(&HomePage { nav: Nav::new(&req, None), trainings, setup_open }))
}

async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    use diesel::connection::SimpleConnection;
    let db = state.db.run(|conn| conn.batch_execute("SELECT 1").map_err(AppError::from)).await;
    match db {
        Ok(()) => HttpResponse::Ok().json(serde_json::json!({"status": "ok", "database": state.db.backend().name()})),
        Err(e) => HttpResponse::ServiceUnavailable().json(
            serde_json::json!({"status": "unavailable", "database": state.db.backend().name(), "error": e.to_string()}),
        ),
    }
}
