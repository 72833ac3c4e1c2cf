//! The HTTP layer every page and API handler shares: rendering, the navigation bar, form
//! errors, page errors, the session and CSRF extractors, static assets and the health check.
//! It sits on the core (state, error, config) and knows no capability but accounts (whose
//! account a session is).

pub mod assets;
pub mod csrf;
mod errors;
pub mod request_span;
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
pub use errors::{form_config, json_config, ErrorPage, PageError};
pub use request_span::RequestSpan;
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
