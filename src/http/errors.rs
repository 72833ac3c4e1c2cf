//! Errors as the browser and the API client see them: [`PageError`] answers an
//! [`AppError`] as an HTML page; the JSON and form extractors answer malformed or oversized
//! bodies with the common error body.

use actix_web::dev::ServiceResponse;
use actix_web::error::{JsonPayloadError, UrlencodedError};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use askama::Template;

use crate::error::AppError;
use crate::i18n::Lang;

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    nav: super::Nav,
    status: u16,
    /// What went wrong, in the reader's language.
    message: String,
    /// The error's own English wording, where it says more than `message` (which field, which
    /// rule) and the reader reads another language; shown marked as English.
    detail: Option<String>,
}

impl ErrorPage {
    fn new(error: &AppError, lang: Lang, here: String) -> ErrorPage {
        let status = error.status_code().as_u16();
        let nav = super::Nav::anonymous(lang, here);
        // English readers get the error's own sentence, as they always have
        if lang == Lang::En {
            return ErrorPage { nav, status, message: error.to_string(), detail: None };
        }
        let (message, detail) = match error {
            AppError::NotFound(_) => (lang.t("error-not-found-text"), None),
            AppError::Forbidden(_) => (lang.t("error-forbidden-text"), None),
            AppError::Csrf => (lang.t("error-csrf-text"), None),
            AppError::RateLimited(seconds) => (lang.t1("error-rate-limited-text", "seconds", *seconds), None),
            AppError::Unavailable => (lang.t("error-unavailable-text"), None),
            AppError::Internal(_) => (lang.t("error-internal-text"), None),
            AppError::PayloadTooLarge(_) => (lang.t("error-too-large-text"), None),
            other => (lang.t("error-other-text"), Some(other.to_string())),
        };
        ErrorPage { nav, status, message, detail }
    }

    fn response(error: &AppError, lang: Lang, here: String) -> HttpResponse {
        let status = error.status_code();
        let mut response = super::render_with_status(status, &ErrorPage::new(error, lang, here));
        if let AppError::RateLimited(secs) = error {
            if let Ok(value) = header::HeaderValue::from_str(&secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        if let AppError::MethodNotAllowed { allow, .. } = error {
            response.headers_mut().insert(header::ALLOW, header::HeaderValue::from_static(allow));
        }
        response
    }
}

/// Error pages in the reader's language. [`PageError`] renders without the request (actix's
/// `ResponseError` has none), in English; this middleware sees the request and renders the
/// page again in the reader's language (the switcher's cookie, then `Accept-Language`).
pub fn localised_error_pages<B: 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(|res: ServiceResponse<B>| {
        let page_error = res.response().error().and_then(|e| e.as_error::<PageError>());
        let lang = super::language::of_request(res.request(), None, None);
        let Some(PageError(error)) = page_error.filter(|_| lang != Lang::En) else {
            return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
        };
        if matches!(error, AppError::Unauthorized(_)) {
            return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
        }
        let response = ErrorPage::response(error, lang, super::language::here(res.request()));
        let (req, _) = res.into_parts();
        Ok(ErrorHandlerResponse::Response(ServiceResponse::new(req, response).map_into_right_body()))
    })
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
        // English here, without the request; `localised_error_pages` renders it again in
        // the reader's language (the switcher then comes back to the start page)
        ErrorPage::response(&self.0, Lang::En, "/".into())
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
