//! Errors as the browser and the API client see them: [`PageError`] answers an
//! [`AppError`] as an HTML page; the JSON and form extractors answer malformed or oversized
//! bodies with the common error body.

use actix_web::error::{JsonPayloadError, UrlencodedError};
use actix_web::http::{header, Method, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use askama::Template;

use crate::error::AppError;

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub status: u16,
    pub message: String,
}

/// An [`AppError`] answered as an HTML page, for the server-rendered routes.
/// Signing-in problems redirect to the sign-in page instead.
#[derive(Debug)]
pub struct PageError(pub AppError);

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<E: Into<AppError>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        self.0.status_code()
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::Unauthorized(_) = self.0 {
            return HttpResponse::SeeOther().insert_header((header::LOCATION, "/sign-in")).finish();
        }
        if let AppError::Internal(e) = &self.0 {
            tracing::error!(error = ?e, "internal error");
        }
        let page = ErrorPage { status: self.status_code().as_u16(), message: self.0.to_string() };
        let mut response = super::render_with_status(self.status_code(), &page);
        if let AppError::RateLimited(secs) = self.0 {
            if let Ok(value) = header::HeaderValue::from_str(&secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        if let AppError::MethodNotAllowed { allow, .. } = &self.0 {
            response.headers_mut().insert(header::ALLOW, header::HeaderValue::from_static(allow));
        }
        response
    }
}

pub fn json_config(limit: usize) -> web::JsonConfig {
    web::JsonConfig::default().limit(limit).error_handler(|err, _req| {
        let app = match &err {
            JsonPayloadError::Overflow { limit } | JsonPayloadError::OverflowKnownLength { limit, .. } => {
                AppError::PayloadTooLarge(*limit)
            }
            JsonPayloadError::ContentType => {
                AppError::BadRequest("send the body as Content-Type: application/json".into())
            }
            JsonPayloadError::Deserialize(e) if e.is_data() => {
                AppError::BadRequest(format!("the JSON has a value of the wrong type: {e}"))
            }
            JsonPayloadError::Deserialize(e) => AppError::BadRequest(format!("malformed JSON: {e}")),
            other => AppError::BadRequest(format!("the body could not be read: {other}")),
        };
        app.into()
    })
}

pub fn form_config(limit: usize) -> web::FormConfig {
    web::FormConfig::default().limit(limit).error_handler(|err, _req| {
        let app = match &err {
            UrlencodedError::Overflow { limit, .. } => AppError::PayloadTooLarge(*limit),
            other => AppError::BadRequest(format!("the form could not be read: {other}")),
        };
        app.into()
    })
}

/// The methods the application answers somewhere.
const SERVED: [(Method, &str); 5] = [
    (Method::GET, "HEAD, POST, PUT, DELETE"),
    (Method::HEAD, "GET, POST, PUT, DELETE"),
    (Method::POST, "GET, HEAD, PUT, DELETE"),
    (Method::PUT, "GET, HEAD, POST, DELETE"),
    (Method::DELETE, "GET, HEAD, POST, PUT"),
];
const ALLOW_ALL: &str = "GET, HEAD, POST, PUT, DELETE";

/// Why no route took this request: a method the application never answers (TRACE, CONNECT,
/// PATCH, …) or an address that exists for other methods is a 405 with `Allow` (the methods
/// the application answers, less this one: the route table keeps no per-address list);
/// anything else is a 404.
pub fn unrouted(req: &HttpRequest, not_found: &str) -> AppError {
    let method = req.method();
    match SERVED.iter().find(|(m, _)| m == method) {
        None => AppError::MethodNotAllowed { method: method.to_string(), allow: ALLOW_ALL },
        Some((_, others)) if req.resource_map().has_resource(req.path()) => {
            AppError::MethodNotAllowed { method: method.to_string(), allow: others }
        }
        Some(_) => AppError::NotFound(not_found.to_string()),
    }
}

/// The pages' answer to a request no route took: the error page (404 or 405).
pub async fn page_default(req: HttpRequest) -> Result<HttpResponse, PageError> {
    Err(PageError(unrouted(&req, "there is no page at this address")))
}

/// A path segment that does not parse (a non-integer id): the page is not found.
pub fn page_path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|e, _req| {
        PageError(AppError::NotFound(format!("there is no page at this address ({e})"))).into()
    })
}

/// The API's: the same as JSON.
pub fn api_path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|e, _req| AppError::NotFound(format!("no such resource: {e}")).into())
}

/// A query string that does not parse, answered with the common JSON error body.
pub fn api_query_config() -> web::QueryConfig {
    web::QueryConfig::default()
        .error_handler(|e, _req| AppError::BadRequest(format!("the query string could not be read: {e}")).into())
}
