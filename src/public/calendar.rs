//! The whole-training calendar download: METHOD:PUBLISH, no ATTENDEE, no join links (they are
//! for confirmed participants only), always the current schedule. Rendered once per training
//! version with the public page (see `mod.rs`), answered with 304 when unchanged.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

use super::{fetch, not_modified, PageCache};
use crate::calendar::{build, session_event, Method, Party};
use crate::error::AppError;
use crate::state::{AppState, LinkEnv};
use crate::trainings::{Session, Training};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/t/{slug}/calendar.ics", web::get().to(training_calendar))
        .route("/t/{slug}/calendar.ics", web::head().to(training_calendar));
}

/// The training's sessions as a PUBLISH calendar.
pub(super) fn publish(training: &Training, sessions: &[Session], env: &LinkEnv) -> String {
    let page = env.url(&format!("/t/{}", training.slug));
    // one file for everyone: in the training's language
    let lang = crate::i18n::Lang::parse(&training.language).unwrap_or_default();
    let footer = lang.t1("ics-training", "url", &page) + "\n";
    let events: Vec<_> = sessions.iter().map(|s| session_event(training, s, &page, false, &footer, lang)).collect();
    build(Method::Publish, &Party { name: &env.organizer_name, email: &env.organizer_email }, None, &events)
}

async fn training_calendar(
    req: HttpRequest,
    state: web::Data<AppState>,
    cache: web::Data<PageCache>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let r = fetch(&state, &cache, slug.into_inner()).await?;
    if not_modified(&req, &r.etag) {
        return Ok(super::unchanged(&r, &r.etag));
    }
    let mut response = super::respond(&req, &r, "text/calendar; charset=utf-8", &r.ics, &r.ics_gzip);
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        header::HeaderValue::from_str(&format!("attachment; filename=\"{}.ics\"", r.slug))
            .map_err(|e| AppError::Internal(e.into()))?,
    );
    Ok(response)
}
