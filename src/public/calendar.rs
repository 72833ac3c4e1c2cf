//! The whole-training calendar download: METHOD:PUBLISH, no ATTENDEE, no join links (they are
//! for confirmed participants only), always the current schedule.

use actix_web::http::header;
use actix_web::{web, HttpResponse};

use crate::calendar::{build, session_event, Method, Party};
use crate::error::AppError;
use crate::state::AppState;
use crate::trainings::queries;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/t/{slug}/calendar.ics", web::get().to(training_calendar));
}

async fn training_calendar(state: web::Data<AppState>, slug: web::Path<String>) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let (training, sessions) = state
        .db
        .run(move |conn| {
            let t = queries::find_by_slug(conn, &slug)?
                .filter(|t| t.is_public())
                .ok_or_else(|| AppError::not_found("training"))?;
            let sessions = queries::sessions(conn, t.id)?;
            Ok((t, sessions))
        })
        .await?;
    let env = &state.link_env;
    let page = env.url(&format!("/t/{}", training.slug));
    let footer = format!("Training: {page}\n");
    let events: Vec<_> = sessions.iter().map(|s| session_event(&training, s, &page, false, &footer)).collect();
    let ics = build(Method::Publish, &Party { name: &env.organizer_name, email: &env.organizer_email }, None, &events);
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}.ics\"", training.slug)))
        .body(ics))
}
