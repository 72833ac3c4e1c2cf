//! The participant's own page (`/p/{key}`, no password: the key is an HMAC): status,
//! schedule in their zone with join links in time, calendar links and feed, edit, cancel,
//! erase (`/p/{key}/erase`: a page that asks, then the POST that erases).

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::calendar::{self, Method, Party};
use crate::db::now;
use crate::domain::time::in_zone;
use crate::error::AppError;
use crate::http::{render, render_with_status, Button, CsrfForm, FormError, Nav, PageError};
use crate::i18n::dates;
use crate::registration::mails::{self, TrainingMail};
use crate::registration::service;
use crate::registration::{
    key_id, key_matches, queries, AgeBand, Registration, RegistrationCaches, RegistrationInput, Sex, Status,
};
use crate::state::AppState;
use crate::trainings::Training;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/p/{key}", web::get().to(participant_page))
        .route("/p/{key}", web::post().to(participant_update))
        .route("/p/{key}/cancel", web::post().to(participant_cancel))
        .route("/p/{key}/erase", web::get().to(erase_page))
        .route("/p/{key}/erase", web::post().to(participant_erase))
        .route("/p/{key}/calendar.ics", web::get().to(participant_feed))
        .route("/p/{key}/calendar.ics", web::head().to(participant_feed));
}

/// What the details form shows: the input being corrected, its error, a notice (a message id).
#[derive(Default)]
struct ParticipantForm {
    input: Option<RegistrationInput>,
    error: FormError,
    notice: String,
}

/// A session on the participant's page.
struct SessionView {
    title: String,
    mine: String,
    theirs: String,
    join_url: Option<String>,
    join_from: String,
    google: String,
    outlook: String,
    /// Self check-in is open now (attendance takes the form).
    check_in: bool,
    id: i64,
}

#[derive(Template)]
#[template(path = "registration/participant.html")]
struct ParticipantPage {
    nav: Nav,
    /// the language their e-mails are written in (saved with their details)
    mail_language: crate::i18n::Lang,
    key: String,
    registration: Registration,
    training: Training,
    status: Status,
    sessions: Vec<SessionView>,
    zone_label: String,
    webcal_url: String,
    input: RegistrationInput,
    error: FormError,
    notice: String,
    sexes: &'static [Sex],
    ages: &'static [AgeBand],
}

impl ParticipantPage {
    fn privacy_url(&self) -> String {
        format!("/t/{}/privacy", self.training.slug)
    }
}

async fn load_participant(state: &web::Data<AppState>, key: &str) -> Result<(Registration, TrainingMail), AppError> {
    let id = key_id(key).ok_or_else(|| AppError::NotFound("this link is not valid".into()))?;
    let (r, tm) = state
        .db
        .run(move |conn| {
            let r = queries::find(conn, id)?.ok_or_else(|| AppError::NotFound("this link is not valid".into()))?;
            let tm = TrainingMail::load(conn, r.training_id)?;
            Ok((r, tm))
        })
        .await?;
    if !key_matches(&state.link_env.link_secret, key, &r) {
        return Err(AppError::NotFound("this link is not valid".into()));
    }
    Ok((r, tm))
}

fn participant_view(
    req: &HttpRequest,
    state: &AppState,
    key: String,
    r: Registration,
    tm: TrainingMail,
    form: ParticipantForm,
) -> ParticipantPage {
    let ParticipantForm { input, error, notice } = form;
    let nav = Nav::new(req, None).for_registration(req, r.language.as_deref(), &tm.training.language);
    let lang = nav.lang;
    let mail_language = r.lang(&tm.training.language);
    let tz = r.tz();
    let ttz = tm.training.tz();
    let confirmed = r.status() == Status::Confirmed;
    let at = now();
    let before = chrono::Duration::minutes(state.link_env.join_link_minutes_before);
    let check_in_before = chrono::Duration::minutes(state.settings.attendance.check_in_minutes_before);
    // add-to-calendar links point to this page, where the join link appears in time
    let events = mails::events(&state.link_env, &tm, Some(&r), &tm.sessions, false);
    let sessions = tm
        .sessions
        .iter()
        .zip(events.iter())
        .map(|(s, e)| {
            let fmt = |z: chrono_tz::Tz| {
                let a = in_zone(s.starts_at, z);
                let b = in_zone(s.ends_at, z);
                format!(
                    "{} {}–{} (UTC{})",
                    dates::with_weekday(lang, a.date_naive()),
                    dates::time(lang, a),
                    crate::trainings::zones::end_time(lang, &a, &b),
                    a.format("%:z")
                )
            };
            let open = confirmed && at >= s.starts_at - before && at < s.ends_at;
            SessionView {
                title: s.title.clone(),
                mine: fmt(tz),
                theirs: if tz == ttz { String::new() } else { fmt(ttz) },
                join_url: if open { s.join_url.clone() } else { None },
                join_from: if confirmed && s.join_url.is_some() && at < s.starts_at - before {
                    let from = in_zone(s.starts_at - before, tz);
                    lang.t1("participant-join-from", "time", dates::long_with_time(lang, from.naive_local()))
                } else {
                    String::new()
                },
                google: calendar::google_link(e),
                outlook: calendar::outlook_link(e),
                check_in: confirmed && at >= s.starts_at - check_in_before && at < s.ends_at,
                id: s.id,
            }
        })
        .collect();
    let feed_path = format!("/p/{key}/calendar.ics");
    let feed_url = state.url(&feed_path);
    let webcal_url = feed_url.replacen("https://", "webcal://", 1).replacen("http://", "webcal://", 1);
    let input = input.unwrap_or_else(|| RegistrationInput {
        email: r.email.clone(),
        full_name: r.full_name.clone(),
        organisation: r.organisation.clone(),
        country: r.country.clone(),
        sex: r.sex.map(|s| s.as_str().to_string()).unwrap_or_default(),
        age_band: r.age_band.map(|a| a.as_str().to_string()).unwrap_or_default(),
        consent: String::new(),
        language: r.language.clone().unwrap_or_default(),
    });
    ParticipantPage {
        nav,
        mail_language,
        key,
        status: r.status(),
        zone_label: r.zone_label(),
        registration: r,
        training: tm.training.in_language(lang),
        sessions,
        webcal_url,
        input,
        error: error.in_lang(lang),
        notice: if notice.is_empty() { notice } else { lang.t(&notice) },
        sexes: Sex::ALL,
        ages: AgeBand::ALL,
    }
}

#[derive(Deserialize)]
struct Welcome {
    #[serde(default)]
    welcome: String,
}

async fn participant_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    key: web::Path<String>,
    q: web::Query<Welcome>,
) -> Result<HttpResponse, PageError> {
    let key = key.into_inner();
    let (r, tm) = load_participant(&state, &key).await?;
    let notice = match (q.welcome.as_str(), r.status()) {
        ("1", Status::Confirmed) => "participant-welcome-confirmed",
        ("1", Status::Waitlisted) => "participant-welcome-waitlisted",
        ("1", Status::AwaitingApproval) => "participant-welcome-awaiting",
        _ => "",
    };
    let form = ParticipantForm { notice: notice.into(), ..Default::default() };
    let mut response = render(&participant_view(&req, &state, key, r, tm, form));
    // the page's address is a secret: keep it out of Referer headers
    response.headers_mut().insert(header::REFERRER_POLICY, header::HeaderValue::from_static("no-referrer"));
    Ok(response)
}

async fn participant_update(
    req: HttpRequest,
    state: web::Data<AppState>,
    key: web::Path<String>,
    form_data: CsrfForm<RegistrationInput>,
) -> Result<HttpResponse, PageError> {
    let key = key.into_inner();
    let (r, _) = load_participant(&state, &key).await?;
    let input = form_data.0;
    let attempt = input.clone();
    let id = r.id;
    let result = state.db.write(move |conn| service::update_details(conn, id, &attempt)).await;
    let (r, tm) = load_participant(&state, &key).await?;
    match result {
        Ok(()) => Ok(render(&participant_view(
            &req,
            &state,
            key,
            r,
            tm,
            ParticipantForm { notice: "participant-saved".into(), ..Default::default() },
        ))),
        Err(e) => {
            let page = participant_view(
                &req,
                &state,
                key,
                r,
                tm,
                ParticipantForm { input: Some(input), error: FormError::from_app(e)?, notice: String::new() },
            );
            Ok(render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

async fn participant_cancel(
    req: HttpRequest,
    state: web::Data<AppState>,
    key: web::Path<String>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let key = key.into_inner();
    let (r, _) = load_participant(&state, &key).await?;
    let env = state.link_env.clone();
    let id = r.id;
    state.write(move |conn| service::cancel(conn, &env, id, "")).await?;
    state.mail_wake.notify_one();
    let (r, tm) = load_participant(&state, &key).await?;
    Ok(render(&participant_view(
        &req,
        &state,
        key,
        r,
        tm,
        ParticipantForm { notice: "participant-cancelled-notice".into(), ..Default::default() },
    )))
}

/// Asks before erasing: what goes, what stays, and that it cannot be undone.
#[derive(Template)]
#[template(path = "registration/erase.html")]
struct ErasePage {
    nav: Nav,
    key: String,
    registration: Registration,
    training: Training,
    /// The training has not ended and the person still holds (or waits for) a place.
    cancels: bool,
}

/// What is left once the details are gone (the personal link no longer works).
#[derive(Template)]
#[template(path = "registration/erased.html")]
struct ErasedPage {
    nav: Nav,
    training: Training,
}

async fn erase_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    key: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let key = key.into_inner();
    let (r, tm) = load_participant(&state, &key).await?;
    let ended = tm.training.ended_at(&tm.sessions).is_some_and(|end| end <= now());
    let nav = Nav::new(&req, None).for_registration(&req, r.language.as_deref(), &tm.training.language);
    let training = tm.training.in_language(nav.lang);
    let page = ErasePage { nav, key, cancels: r.is_active() && !ended, registration: r, training };
    let mut response = render(&page);
    response.headers_mut().insert(header::REFERRER_POLICY, header::HeaderValue::from_static("no-referrer"));
    Ok(response)
}

async fn participant_erase(
    req: HttpRequest,
    state: web::Data<AppState>,
    key: web::Path<String>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let key = key.into_inner();
    let (r, tm) = load_participant(&state, &key).await?;
    let env = state.link_env.clone();
    let id = r.id;
    state.db.write(move |conn| crate::registration::erasure::erase(conn, &env, id, "note-you-erased")).await?;
    state.mail_wake.notify_one();
    let nav = Nav::new(&req, None).for_registration(&req, r.language.as_deref(), &tm.training.language);
    let training = tm.training.in_language(nav.lang);
    Ok(render(&ErasedPage { nav, training }))
}

/// The personal feed (works as a webcal:// subscription): METHOD:PUBLISH, no ATTENDEE, the
/// current schedule; join links only for a confirmed place.
///
/// Calendar apps poll it all day, so it costs one query: the registration with its training's
/// version; the training and its sessions come from the per-version cache that registration
/// e-mails use.
async fn participant_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    caches: web::Data<RegistrationCaches>,
    key: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let key = key.into_inner();
    let invalid = || AppError::NotFound("this link is not valid".into());
    let id = key_id(&key).ok_or_else(invalid)?;
    let cache = caches.training_mails.clone();
    let (r, tm) = state
        .db
        .run(move |conn| {
            let (r, version) = queries::with_training_version(conn, id)?.ok_or_else(invalid)?;
            let tm = cache.get(conn, r.training_id, version)?;
            Ok((r, tm))
        })
        .await?;
    if !key_matches(&state.link_env.link_secret, &key, &r) {
        return Err(invalid());
    }
    // what the feed shows follows the training's version and this registration's status,
    // calendar sequence and language: calendar apps polling an unchanged feed get 304
    let etag = format!(
        "\"p{}t{}v{}{}q{}{}\"",
        r.id,
        tm.training.id,
        tm.training.version,
        r.status().as_str(),
        r.calendar_sequence,
        r.language.as_deref().unwrap_or("")
    );
    let last_modified = header::HttpDate::from(std::time::SystemTime::from(tm.training.updated_at.and_utc()));
    let unchanged = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    if unchanged {
        return Ok(HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .insert_header((header::LAST_MODIFIED, last_modified))
            .finish());
    }
    let active = matches!(r.status(), Status::Confirmed | Status::Waitlisted | Status::AwaitingApproval);
    let sessions = if active { tm.sessions.clone() } else { Vec::new() };
    let events = mails::events(&state.link_env, &tm, Some(&r), &sessions, r.status() == Status::Confirmed);
    let ics = calendar::build(
        Method::Publish,
        &Party { name: &state.link_env.organizer_name, email: &state.link_env.organizer_email },
        None,
        &events,
    );
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "private, no-cache"))
        .insert_header((header::ETAG, etag))
        .insert_header((header::LAST_MODIFIED, last_modified))
        .insert_header((header::CONTENT_DISPOSITION, format!("inline; filename=\"{}.ics\"", tm.training.slug)))
        .body(ics))
}
