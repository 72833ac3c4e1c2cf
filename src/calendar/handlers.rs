//! The whole-training calendar download: METHOD:PUBLISH, no ATTENDEE, no join links (they are
//! for confirmed participants only), always the current schedule.

use actix_web::http::header;
use actix_web::{web, HttpResponse};

use super::{build, Method, Party};
use crate::error::AppError;
use crate::registration::mails::{events, TrainingMail};
use crate::startup::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/t/{slug}/calendar.ics", web::get().to(training_calendar));
}

async fn training_calendar(state: web::Data<AppState>, slug: web::Path<String>) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let tm = state
        .db
        .run(move |conn| {
            let t = crate::trainings::queries::find_by_slug(conn, &slug)?
                .filter(|t| t.is_public())
                .ok_or_else(|| AppError::not_found("training"))?;
            TrainingMail::load(conn, t.id)
        })
        .await?;
    let evs = events(&state.link_env, &tm, None, &tm.sessions, false);
    let ics = build(
        Method::Publish,
        &Party { name: &state.link_env.organizer_name, email: &state.link_env.organizer_email },
        None,
        &evs,
    );
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}.ics\"", tm.training.slug)))
        .body(ics))
}
