//! The HTTP layer every page and API handler shares: rendering, the navigation bar, form
//! errors, page errors, the session and CSRF extractors, static assets and the health check.
//! It sits on the core (state, error, config) and knows no capability but accounts (whose
//! account a session is).

pub mod assets;
pub mod csrf;
mod errors;
pub mod headers;
mod health;
pub mod log;
pub mod rate_limit;
pub mod session;
pub mod upload;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use crate::accounts::Account;
use crate::error::AppError;
use crate::state::AppState;
pub use assets::{accepts_gzip, gzip};
pub use csrf::{Button, CsrfForm};
pub use errors::{
    api_path_config, api_query_config, form_config, json_config, page_default, page_path_config, unrouted, ErrorPage,
    PageError,
};
pub use session::{ApiCaller, MaybeSignedIn, SignedIn};

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
    /// The local mailbox link: for administrators, or on this machine in development.
    pub mailbox: bool,
}

pub struct NavAccount {
    pub name: String,
    pub is_admin: bool,
}

/// Whether the request comes from this machine to a server that listens only on this
/// machine, in development: the listening address and the peer are loopback (127.0.0.0/8,
/// ::1) and no proxy says it forwarded the request (a reverse proxy on the same host would
/// otherwise make every visitor look local). What the local mailbox needs to open without
/// signing in; `docker run` (bound to 0.0.0.0) or a proxied site never passes.
pub fn local_request(req: &HttpRequest) -> bool {
    let development = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.environment == crate::config::Environment::Development);
    let bound_locally = req.app_config().local_addr().ip().is_loopback();
    let peer_local = req.peer_addr().is_some_and(|a| a.ip().is_loopback());
    let forwarded = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip"]
        .iter()
        .any(|h| req.headers().contains_key(*h));
    development && bound_locally && peer_local && !forwarded
}

/// Whether this person may open the captured mailbox: administrators, or anyone on a
/// [`local_request`].
pub fn mailbox_open(req: &HttpRequest, account: Option<&Account>) -> bool {
    account.is_some_and(|a| a.is_admin) || local_request(req)
}

impl Nav {
    pub fn new(req: &HttpRequest, account: Option<&Account>) -> Nav {
        Nav {
            mailbox: mailbox_open(req, account),
            account: account.map(|a| NavAccount { name: a.name.clone(), is_admin: a.is_admin }),
            csrf: csrf::token(req),
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
