//! The participant's pages (register, confirm, personal page, calendar feed) and the
//! organisers' registrations table.

use std::collections::BTreeMap;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use diesel::prelude::*;
use serde::Deserialize;

use super::mails::{self, TrainingMail};
use super::service::{self, closed_reason, InviteeInput};
use super::{key_id, key_matches, AgeBand, Registration, RegistrationInput, Sex, Status};
use crate::auth::{CsrfForm, SignedIn};
use crate::calendar::{self, Method, Party};
use crate::db::now;
use crate::db::schema::registrations;
use crate::domain::time::in_zone;
use crate::domain::{RegistrationMode, COUNTRIES};
use crate::error::{AppError, PageError};
use crate::startup::AppState;
use crate::trainings::permissions::{authorize, Abilities, Action};
use crate::trainings::{queries, Training};
use crate::web::{redirect, render, render_with_status, FormError, Nav};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/t/{slug}/register", web::get().to(form_page))
        .route("/t/{slug}/register", web::post().to(submit))
        .route("/t/{slug}/check-inbox", web::get().to(check_inbox))
        .route("/confirm/{token}", web::get().to(confirm_page))
        .route("/confirm/{token}", web::post().to(confirm))
        .route("/invited/{token}", web::get().to(invited_page))
        .route("/invited/{token}", web::post().to(invited_submit))
        .route("/p/{key}", web::get().to(participant_page))
        .route("/p/{key}", web::post().to(participant_update))
        .route("/p/{key}/cancel", web::post().to(participant_cancel))
        .route("/p/{key}/calendar.ics", web::get().to(participant_feed))
        .route("/trainings/{id}/registrations", web::get().to(table))
        .route("/trainings/{id}/registrations.csv", web::get().to(export_csv))
        .route("/trainings/{id}/registrations/{rid}/{action}", web::post().to(organiser_action))
        .route("/trainings/{id}/invitees", web::post().to(add_invitee))
        .service(
            web::resource("/trainings/{id}/invitees/import")
                .app_data(web::FormConfig::default().limit(2 * 1024 * 1024).error_handler(|err, _| {
                    let e = match err {
                        actix_web::error::UrlencodedError::Overflow { .. } => {
                            AppError::invalid("csv", "the CSV is larger than the limit (registration.max_csv_bytes)")
                        }
                        other => AppError::BadRequest(format!("the form could not be read: {other}")),
                    };
                    PageError(e).into()
                }))
                .route(web::post().to(import_invitees)),
        )
        .route("/trainings/{id}/outbox/retry", web::post().to(retry_outbox));
}

/// The client address for rate limiting: the TCP peer. Forwarded headers are not trusted
/// (anyone can send them); behind a reverse proxy every client shares the proxy's limit.
fn client_ip(req: &HttpRequest) -> String {
    req.peer_addr().map(|a| a.ip().to_string()).unwrap_or_else(|| "unknown".into())
}

#[derive(Template)]
#[template(path = "registration/form.html")]
struct FormPage {
    nav: Nav,
    training: Training,
    input: RegistrationInput,
    error: FormError,
    closed: Option<String>,
    full: bool,
    action: String,
    email_fixed: bool,
    countries: &'static [(&'static str, &'static str, &'static str, &'static str)],
    sexes: &'static [Sex],
    ages: &'static [AgeBand],
}

impl FormPage {
    fn invitation_only(&self) -> bool {
        self.training.mode() == RegistrationMode::Invitation && !self.email_fixed
    }
}

async fn published(state: &web::Data<AppState>, slug: String) -> Result<(Training, bool), AppError> {
    state
        .db
        .run(move |conn| {
            let t = queries::find_by_slug(conn, &slug)?.ok_or_else(|| AppError::not_found("training"))?;
            if matches!(t.status(), crate::domain::TrainingStatus::Draft) {
                return Err(AppError::not_found("training"));
            }
            let full = service::is_full(conn, &t)?;
            Ok((t, full))
        })
        .await
}

fn form(
    req: &HttpRequest,
    training: Training,
    full: bool,
    input: RegistrationInput,
    error: FormError,
    action: String,
    email_fixed: bool,
) -> FormPage {
    FormPage {
        nav: Nav::new(req, None),
        closed: closed_reason(&training, now()),
        training,
        input,
        error,
        full,
        action,
        email_fixed,
        countries: COUNTRIES,
        sexes: Sex::ALL,
        ages: AgeBand::ALL,
    }
}

async fn form_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let (training, full) = published(&state, slug.clone()).await?;
    let action = format!("/t/{slug}/register");
    Ok(render(&form(&req, training, full, RegistrationInput::default(), FormError::default(), action, false)))
}

#[derive(Template)]
#[template(path = "registration/check_inbox.html")]
struct CheckInbox {
    nav: Nav,
    training: Training,
    hours: i64,
}

async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form_data: CsrfForm<RegistrationInput>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let input = form_data.0;
    state.limit_per_ip.check(&client_ip(&req)).map_err(AppError::RateLimited)?;
    if let Ok(email) = crate::domain::Email::parse("email", &input.email) {
        state.limit_per_email.check(email.as_str()).map_err(AppError::RateLimited)?;
    }
    // the form is checked before the database is touched
    let result = match service::parse_details(&input, true) {
        Err(e) => Err(e),
        Ok(details) => register(&state, &slug, details).await,
    };
    match result {
        Ok(_) => {
            state.mail_wake.notify_one();
            // redirect, so that reloading the page does not send the form again
            Ok(redirect(&format!("/t/{slug}/check-inbox")))
        }
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict { .. })) => {
            let (training, full) = published(&state, slug.clone()).await?;
            let action = format!("/t/{slug}/register");
            let page = form(&req, training, full, input, FormError::from_app(e)?, action, false);
            Ok(render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}

/// Writes a registration from the public form. On PostgreSQL a new address takes the short
/// path ([`service::register_new_postgres`]: two statements); everything else runs in one write
/// transaction: one query for the training's version and the address's registration, the
/// training's e-mail data from the per-version cache, then the inserts.
async fn register(
    state: &web::Data<AppState>,
    slug: &str,
    details: service::Details,
) -> Result<service::RegisterOutcome, AppError> {
    if matches!(state.db.backend(), crate::db::Backend::Postgres(_)) {
        let (app, key, new) = (state.clone(), slug.to_string(), details.clone());
        let short = state
            .db
            .run(move |conn| service::register_new_postgres(conn, &app.link_env, &app.training_mails, &key, &new))
            .await?;
        if let Some(done) = short {
            return Ok(done);
        }
    }
    let (app, key) = (state.clone(), slug.to_string());
    state
        .db
        .write(move |conn| {
            let target = service::form_target(conn, &key, &details.email)?
                .filter(|t| t.status != crate::domain::TrainingStatus::Draft.as_str())
                .ok_or_else(|| AppError::not_found("training"))?;
            let tm = app.training_mails.get(conn, target.training_id, target.version)?;
            service::register_with(conn, &app.link_env, &tm, &details, target.existing)
        })
        .await
}

async fn check_inbox(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (training, _) = published(&state, slug.into_inner()).await?;
    Ok(render(&CheckInbox { nav: Nav::new(&req, None), training, hours: state.link_env.confirm_hours }))
}

#[derive(Template)]
#[template(path = "registration/confirm.html")]
struct ConfirmPage {
    nav: Nav,
    token: String,
    valid: bool,
    training_title: String,
    register_url: String,
}

async fn confirm_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let t = token.clone();
    let found = state
        .db
        .run(move |conn| {
            // a used or expired link still knows its training, to offer registering again
            match service::link_state(conn, &t, "confirm")? {
                Some((r, open)) => Ok((open, Some(queries::find(conn, r.training_id)?))),
                None => Ok((false, None)),
            }
        })
        .await?;
    let (valid, training) = found;
    let page = ConfirmPage {
        nav: Nav::new(&req, None),
        token,
        valid,
        training_title: training.as_ref().map(|t| t.title.clone()).unwrap_or_default(),
        register_url: training.as_ref().map(|t| format!("/t/{}/register", t.slug)).unwrap_or_else(|| "/".into()),
    };
    Ok(if page.valid { render(&page) } else { render_with_status(StatusCode::GONE, &page) })
}

#[derive(Deserialize)]
struct Empty {}

async fn confirm(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    _form: CsrfForm<Empty>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let env = state.link_env.clone();
    let t = token.clone();
    match state.db.write(move |conn| service::confirm(conn, &env, &t)).await {
        Ok(r) => {
            state.mail_wake.notify_one();
            Ok(redirect(&format!(
                "/p/{}?welcome=1",
                super::participant_key(&state.link_env.link_secret, r.id, &r.link_nonce)
            )))
        }
        Err(AppError::NotFound(_)) => {
            let page = ConfirmPage {
                nav: Nav::new(&req, None),
                token,
                valid: false,
                training_title: String::new(),
                register_url: "/".into(),
            };
            Ok(render_with_status(StatusCode::GONE, &page))
        }
        Err(e) => Err(e.into()),
    }
}

async fn invited_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let t = token.clone();
    let (r, training, full) = state
        .db
        .run(move |conn| {
            let r = service::token_is_open(conn, &t, "invite")?.ok_or_else(|| {
                AppError::NotFound("this invitation link was already used, has expired or is not valid; ask the organisers for a new one".into())
            })?;
            let training = queries::find(conn, r.training_id)?;
            let full = service::is_full(conn, &training)?;
            Ok((r, training, full))
        })
        .await?;
    let input = RegistrationInput {
        email: r.email.clone(),
        full_name: r.full_name.clone(),
        organisation: r.organisation.clone(),
        country: r.country.clone(),
        ..Default::default()
    };
    Ok(render(&form(&req, training, full, input, FormError::default(), format!("/invited/{token}"), true)))
}

async fn invited_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form_data: CsrfForm<RegistrationInput>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let input = form_data.0;
    let env = state.link_env.clone();
    let (t, attempt) = (token.clone(), input.clone());
    match state.db.write(move |conn| service::accept_invitation(conn, &env, &t, &attempt)).await {
        Ok(r) => {
            state.mail_wake.notify_one();
            Ok(redirect(&format!(
                "/p/{}?welcome=1",
                super::participant_key(&state.link_env.link_secret, r.id, &r.link_nonce)
            )))
        }
        Err(e @ AppError::Invalid { .. }) => {
            let t = token.clone();
            let (training, email) = state
                .db
                .run(move |conn| {
                    let r =
                        service::token_is_open(conn, &t, "invite")?.ok_or_else(|| AppError::not_found("invitation"))?;
                    Ok((queries::find(conn, r.training_id)?, r.email))
                })
                .await?;
            let input = RegistrationInput { email, ..input };
            let page = form(&req, training, false, input, FormError::from_app(e)?, format!("/invited/{token}"), true);
            Ok(render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}

/// What the details form shows: the input being corrected, its error, a notice.
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
}

#[derive(Template)]
#[template(path = "registration/participant.html")]
struct ParticipantPage {
    nav: Nav,
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
    countries: &'static [(&'static str, &'static str, &'static str, &'static str)],
    sexes: &'static [Sex],
    ages: &'static [AgeBand],
}

async fn load_participant(state: &web::Data<AppState>, key: &str) -> Result<(Registration, TrainingMail), AppError> {
    let id = key_id(key).ok_or_else(|| AppError::NotFound("this link is not valid".into()))?;
    let (r, tm) = state
        .db
        .run(move |conn| {
            let r = service::find(conn, id)?.ok_or_else(|| AppError::NotFound("this link is not valid".into()))?;
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
    let tz = r.tz();
    let ttz = tm.training.tz();
    let confirmed = r.status() == Status::Confirmed;
    let at = now();
    let before = chrono::Duration::minutes(state.link_env.join_link_minutes_before);
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
                    a.format("%a %-d %b %Y"),
                    a.format("%H:%M"),
                    b.format("%H:%M"),
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
                    format!("The join link appears here from {}.", from.format("%-d %b %H:%M"))
                } else {
                    String::new()
                },
                google: calendar::google_link(e),
                outlook: calendar::outlook_link(e),
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
        sex: r.sex.clone().unwrap_or_default(),
        age_band: r.age_band.clone().unwrap_or_default(),
        consent: String::new(),
    });
    ParticipantPage {
        nav: Nav::new(req, None),
        key,
        status: r.status(),
        zone_label: r.zone_label(),
        registration: r,
        training: tm.training,
        sessions,
        webcal_url,
        input,
        error,
        notice,
        countries: COUNTRIES,
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
        ("1", Status::Confirmed) => {
            "Your registration is confirmed. The calendar invitation is on its way to your inbox."
        }
        ("1", Status::Waitlisted) => {
            "Your e-mail address is confirmed. The training is full: you are on the waiting list."
        }
        ("1", Status::AwaitingApproval) => {
            "Your e-mail address is confirmed. The organisers will review your registration."
        }
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
            ParticipantForm { notice: "Your details are saved.".into(), ..Default::default() },
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
    _form: CsrfForm<Empty>,
) -> Result<HttpResponse, PageError> {
    let key = key.into_inner();
    let (r, _) = load_participant(&state, &key).await?;
    let env = state.link_env.clone();
    let id = r.id;
    state.db.write(move |conn| service::cancel(conn, &env, id, "")).await?;
    state.mail_wake.notify_one();
    let (r, tm) = load_participant(&state, &key).await?;
    Ok(render(&participant_view(
        &req,
        &state,
        key,
        r,
        tm,
        ParticipantForm { notice: "Your registration is cancelled.".into(), ..Default::default() },
    )))
}

/// The personal feed (works as a webcal:// subscription): METHOD:PUBLISH, no ATTENDEE, the
/// current schedule; join links only for a confirmed place.
async fn participant_feed(state: web::Data<AppState>, key: web::Path<String>) -> Result<HttpResponse, AppError> {
    let key = key.into_inner();
    let (r, tm) = load_participant(&state, &key).await?;
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
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header((header::CONTENT_DISPOSITION, format!("inline; filename=\"{}.ics\"", tm.training.slug)))
        .body(ics))
}

#[derive(Deserialize, Default)]
struct TableFilter {
    #[serde(default)]
    status: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    sex: String,
}

struct Count {
    label: String,
    value: String,
    n: usize,
    percent: usize,
}

fn counts(rows: &[Registration], key: impl Fn(&Registration) -> (String, String)) -> Vec<Count> {
    let mut map: BTreeMap<(String, String), usize> = BTreeMap::new();
    for r in rows {
        *map.entry(key(r)).or_default() += 1;
    }
    let total = rows.len().max(1);
    let mut v: Vec<Count> =
        map.into_iter().map(|((value, label), n)| Count { label, value, n, percent: n * 100 / total }).collect();
    v.sort_by(|a, b| b.n.cmp(&a.n).then(a.label.cmp(&b.label)));
    v
}

#[derive(Template)]
#[template(path = "registration/table.html")]
struct TablePage {
    nav: Nav,
    training: Training,
    can: Abilities,
    rows: Vec<Registration>,
    total: usize,
    by_status: Vec<Count>,
    by_country: Vec<Count>,
    by_sex: Vec<Count>,
    filter_status: String,
    filter_country: String,
    filter_sex: String,
    failed: Vec<crate::mail::OutboxRow>,
    confirmed: i64,
    error: FormError,
    notice: String,
    invitee: InviteeInput,
    csv: String,
    countries: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

impl TablePage {
    fn invitation_mode(&self) -> bool {
        self.training.mode() == RegistrationMode::Invitation
    }
    fn export_query(&self) -> String {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.append_pair("status", &self.filter_status)
            .append_pair("country", &self.filter_country)
            .append_pair("sex", &self.filter_sex);
        q.finish()
    }
}

struct TableInputs {
    error: FormError,
    notice: String,
    invitee: InviteeInput,
    csv: String,
}

fn all_registrations(conn: &mut crate::db::DbConnection, training_id: i64) -> Result<Vec<Registration>, AppError> {
    Ok(registrations::table
        .filter(registrations::training_id.eq(training_id))
        .order(registrations::id)
        .select(Registration::as_select())
        .load(conn)?)
}

fn filtered(rows: Vec<Registration>, f: &TableFilter) -> Vec<Registration> {
    rows.into_iter()
        .filter(|r| f.status.is_empty() || r.status == f.status)
        .filter(|r| f.country.is_empty() || r.country == f.country)
        .filter(|r| f.sex.is_empty() || r.sex.as_deref().unwrap_or("none") == f.sex)
        .collect()
}

async fn table_page(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    who: &SignedIn,
    id: i64,
    f: TableFilter,
    inputs: TableInputs,
) -> Result<HttpResponse, PageError> {
    let actor = who.0.clone();
    let (training, role, all, failed) = state
        .db
        .run(move |conn| {
            let (t, role) = authorize(conn, &actor, id, Action::ViewRegistrations)?;
            Ok((t, role, all_registrations(conn, id)?, crate::mail::failed_for_training(conn, id)?))
        })
        .await?;
    let confirmed = all.iter().filter(|r| r.status() == Status::Confirmed).count() as i64;
    let by_status = counts(&all, |r| (r.status.clone(), r.status().label().to_string()));
    let by_country = counts(&all, |r| {
        let name = crate::domain::Country::from_code(&r.country).map(|c| c.name()).unwrap_or("");
        (r.country.clone(), format!("{name} ({})", r.country))
    });
    let by_sex = counts(&all, |r| {
        (
            r.sex.clone().unwrap_or_else(|| "none".into()),
            if r.sex.is_some() { r.sex_label().to_string() } else { "Not given".into() },
        )
    });
    let rows = filtered(all, &f);
    let status = if inputs.error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = TablePage {
        nav: Nav::new(req, Some(&who.0)),
        can: Abilities::of(role, who.0.is_admin),
        total: by_status.iter().map(|c| c.n).sum(),
        training,
        rows,
        by_status,
        by_country,
        by_sex,
        filter_status: f.status,
        filter_country: f.country,
        filter_sex: f.sex,
        failed,
        confirmed,
        error: inputs.error,
        notice: inputs.notice,
        invitee: inputs.invitee,
        csv: inputs.csv,
        countries: COUNTRIES,
    };
    Ok(render_with_status(status, &page))
}

fn fresh() -> TableInputs {
    TableInputs {
        error: FormError::default(),
        notice: String::new(),
        invitee: InviteeInput::default(),
        csv: String::new(),
    }
}

async fn table(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    f: web::Query<TableFilter>,
) -> Result<HttpResponse, PageError> {
    table_page(&req, &state, &who, id.into_inner(), f.into_inner(), fresh()).await
}

/// CSV of the (filtered) registrations, for spreadsheets.
async fn export_csv(
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    f: web::Query<TableFilter>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let actor = who.0;
    let (training, all) = state
        .db
        .run(move |conn| {
            let (t, _) = authorize(conn, &actor, id, Action::ViewRegistrations)?;
            Ok((t, all_registrations(conn, id)?))
        })
        .await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| AppError::Internal(e.into());
    out.write_record([
        "email",
        "full_name",
        "organisation",
        "country",
        "sex",
        "age_band",
        "status",
        "registered_at_utc",
        "confirmed_at_utc",
    ])
    .map_err(csv_err)?;
    for r in filtered(all, &f) {
        out.write_record([
            r.email.as_str(),
            r.full_name.as_str(),
            r.organisation.as_str(),
            r.country.as_str(),
            r.sex.as_deref().unwrap_or(""),
            r.age_band.as_deref().unwrap_or(""),
            r.status.as_str(),
            &crate::domain::time::utc_rfc3339(r.created_at),
            &r.confirmed_at.map(crate::domain::time::utc_rfc3339).unwrap_or_default(),
        ])
        .map_err(csv_err)?;
    }
    let body = out.into_inner().map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}-registrations.csv\"", training.slug),
        ))
        .body(body))
}

async fn organiser_action(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64, String)>,
    _form: CsrfForm<Empty>,
) -> Result<HttpResponse, PageError> {
    let (id, rid, action) = path.into_inner();
    let env = state.link_env.clone();
    let actor = who.0.clone();
    let action_name = action.clone();
    let result = state
        .db
        .write(move |conn| match action_name.as_str() {
            "approve" => service::approve(conn, &env, &actor, id, rid)
                .map(|s| format!("Approved: {}.", s.label().to_lowercase())),
            "decline" => {
                service::decline(conn, &env, &actor, id, rid).map(|_| "Declined; the person was told.".to_string())
            }
            "cancel" => service::cancel_by_organiser(conn, &env, &actor, id, rid)
                .map(|_| "Cancelled; the person was told.".to_string()),
            "resend" => service::resend(conn, &env, &actor, id, rid).map(|_| "Sent again.".to_string()),
            other => Err(AppError::NotFound(format!("no action {other:?}"))),
        })
        .await;
    let inputs = match result {
        Ok(notice) => {
            state.mail_wake.notify_one();
            TableInputs { notice, ..fresh() }
        }
        Err(e) => TableInputs { error: FormError::from_app(e)?, ..fresh() },
    };
    table_page(&req, &state, &who, id, TableFilter::default(), inputs).await
}

async fn add_invitee(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form_data: CsrfForm<InviteeInput>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let input = form_data.0;
    let env = state.link_env.clone();
    let (actor, attempt) = (who.0.clone(), input.clone());
    let inputs = match state.db.write(move |conn| service::add_invitee(conn, &env, &actor, id, &attempt)).await {
        Ok(_) => {
            state.mail_wake.notify_one();
            TableInputs { notice: format!("Invitation sent to {}.", input.email.trim()), ..fresh() }
        }
        Err(e) => TableInputs { error: FormError::from_app(e)?, invitee: input, ..fresh() },
    };
    table_page(&req, &state, &who, id, TableFilter::default(), inputs).await
}

#[derive(Deserialize)]
struct CsvForm {
    #[serde(default)]
    csv: String,
}

async fn import_invitees(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form_data: CsrfForm<CsvForm>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let text = form_data.0.csv;
    if text.len() > state.settings.registration.max_csv_bytes {
        let error = FormError {
            field: "csv".into(),
            message: format!(
                "the CSV has {} bytes; at most {} are accepted",
                text.len(),
                state.settings.registration.max_csv_bytes
            ),
        };
        return table_page(&req, &state, &who, id, TableFilter::default(), TableInputs { error, ..fresh() }).await;
    }
    let env = state.link_env.clone();
    let (actor, attempt) = (who.0.clone(), text.clone());
    let inputs = match state.db.write(move |conn| service::import_invitees(conn, &env, &actor, id, &attempt)).await {
        Ok(n) => {
            state.mail_wake.notify_one();
            TableInputs { notice: format!("{n} invitations sent."), ..fresh() }
        }
        Err(e) => TableInputs { error: FormError::from_app(e)?, csv: text, ..fresh() },
    };
    table_page(&req, &state, &who, id, TableFilter::default(), inputs).await
}

async fn retry_outbox(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    _form: CsrfForm<Empty>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let actor = who.0.clone();
    let n = state
        .db
        .write(move |conn| {
            authorize(conn, &actor, id, Action::ManageRegistrations)?;
            crate::mail::retry_failed(conn, id)
        })
        .await?;
    state.mail_wake.notify_one();
    table_page(
        &req,
        &state,
        &who,
        id,
        TableFilter::default(),
        TableInputs { notice: format!("{n} e-mails queued again."), ..fresh() },
    )
    .await
}
