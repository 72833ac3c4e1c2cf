//! Self check-in from the participant's own page (`/p/{key}`, no password): during the window
//! around a session, a button, or the code the host reads out.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::attendance::service;
use crate::error::AppError;
use crate::http::{render, render_with_status, CsrfForm, Nav, PageError};
use crate::registration::{key_id, key_matches, queries};
use crate::state::AppState;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/p/{key}/sessions/{sid}/check-in", web::post().to(check_in));
}

#[derive(Deserialize)]
struct CheckInForm {
    /// The host's code; empty for the button.
    #[serde(default)]
    code: String,
}

#[derive(Template)]
#[template(path = "attendance/checked_in.html")]
struct CheckedInPage {
    nav: Nav,
    key: String,
    ok: bool,
    message: String,
}

async fn check_in(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    form: CsrfForm<CheckInForm>,
) -> Result<HttpResponse, PageError> {
    let (key, sid) = path.into_inner();
    let id = key_id(&key).ok_or_else(|| AppError::NotFound("this link is not valid".into()))?;
    let secret = state.link_env.link_secret.clone();
    let minutes_before = state.settings.attendance.check_in_minutes_before;
    let (k, code) = (key.clone(), form.0.code.trim().to_string());
    let result = state
        .db
        .write(move |conn| {
            let r = queries::find(conn, id)?
                .filter(|r| key_matches(&secret, &k, r))
                .ok_or_else(|| AppError::NotFound("this link is not valid".into()))?;
            let code = (!code.is_empty()).then_some(code.as_str());
            service::check_in(conn, &secret, &r, sid, code, minutes_before)
        })
        .await;
    let nav = Nav::new(&req, None);
    let lang = nav.lang;
    match result {
        Ok(_) => {
            let page = CheckedInPage { nav, key, ok: true, message: lang.t("checkin-ok") };
            let mut response = render(&page);
            response.headers_mut().insert(
                actix_web::http::header::REFERRER_POLICY,
                actix_web::http::header::HeaderValue::from_static("no-referrer"),
            );
            Ok(response)
        }
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict { .. })) => {
            // English names the exact rule; other languages say what check-in needs
            let message = if lang == crate::i18n::Lang::En { e.to_string() } else { lang.t("checkin-failed") };
            let page = CheckedInPage { nav, key, ok: false, message };
            Ok(render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}
