//! The participant's way in: the registration form, "check your inbox", the confirmation
//! link, and the invitee's personal link.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::client_ip;
use crate::db::now;
use crate::domain::{RegistrationMode, TrainingStatus, COUNTRIES};
use crate::error::AppError;
use crate::http::{redirect, render, render_with_status, Button, CsrfForm, FormError, Nav, PageError};
use crate::registration::service::{self, closed_reason};
use crate::registration::{
    participant_key, queries, AgeBand, RegistrationCaches, RegistrationInput, Sex, TokenPurpose,
};
use crate::state::AppState;
use crate::trainings::{self, Training};

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/t/{slug}/register", web::get().to(form_page))
        .route("/t/{slug}/register", web::post().to(submit))
        .route("/t/{slug}/check-inbox", web::get().to(check_inbox))
        .route("/confirm/{token}", web::get().to(confirm_page))
        .route("/confirm/{token}", web::post().to(confirm))
        .route("/invited/{token}", web::get().to(invited_page))
        .route("/invited/{token}", web::post().to(invited_submit));
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

/// The training a public form is for (any but a draft), and why it is closed, if it is.
async fn published(state: &web::Data<AppState>, slug: String) -> Result<(Training, bool, Option<String>), AppError> {
    state
        .db
        .run(move |conn| {
            let t = trainings::queries::find_by_slug(conn, &slug)?.ok_or_else(|| AppError::not_found("training"))?;
            if t.status() == TrainingStatus::Draft {
                return Err(AppError::not_found("training"));
            }
            let full = queries::is_full(conn, &t)?;
            let sessions = trainings::queries::sessions(conn, t.id)?;
            let closed = closed_reason(&t, &sessions, now());
            Ok((t, full, closed))
        })
        .await
}

#[allow(clippy::too_many_arguments)]
fn form(
    req: &HttpRequest,
    training: Training,
    full: bool,
    closed: Option<String>,
    input: RegistrationInput,
    error: FormError,
    action: String,
    email_fixed: bool,
) -> FormPage {
    FormPage {
        nav: Nav::new(req, None),
        closed,
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
    let (training, full, closed) = published(&state, slug.clone()).await?;
    let action = format!("/t/{slug}/register");
    Ok(render(&form(&req, training, full, closed, RegistrationInput::default(), FormError::default(), action, false)))
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
    caches: web::Data<RegistrationCaches>,
    slug: web::Path<String>,
    form_data: CsrfForm<RegistrationInput>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let input = form_data.0;
    caches.limit_per_ip.check(&client_ip(&req)).map_err(AppError::RateLimited)?;
    if let Ok(email) = crate::domain::Email::parse("email", &input.email) {
        caches.limit_per_email.check(email.as_str()).map_err(AppError::RateLimited)?;
    }
    // the form is checked before the database is touched
    let result = match service::parse_details(&input, true) {
        Err(e) => Err(e),
        Ok(details) => {
            service::register_from_form(&state.db, &state.link_env, &caches.training_mails, &slug, details).await
        }
    };
    match result {
        Ok(_) => {
            state.mail_wake.notify_one();
            // redirect, so that reloading the page does not send the form again
            Ok(redirect(&format!("/t/{slug}/check-inbox")))
        }
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict { .. })) => {
            let (training, full, closed) = published(&state, slug.clone()).await?;
            let action = format!("/t/{slug}/register");
            let page = form(&req, training, full, closed, input, FormError::from_app(e)?, action, false);
            Ok(render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}

async fn check_inbox(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (training, _, _) = published(&state, slug.into_inner()).await?;
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
            match queries::link_state(conn, &t, TokenPurpose::Confirm)? {
                Some((r, open)) => Ok((open, Some(trainings::queries::find(conn, r.training_id)?))),
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

async fn confirm(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let env = state.link_env.clone();
    let t = token.clone();
    match state.write(move |conn| service::confirm(conn, &env, &t)).await {
        Ok(r) => {
            state.mail_wake.notify_one();
            Ok(redirect(&format!("/p/{}?welcome=1", participant_key(&state.link_env.link_secret, r.id, &r.link_nonce))))
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
    let (r, training, full, closed) = state
        .db
        .run(move |conn| {
            let r = queries::token_is_open(conn, &t, TokenPurpose::Invite)?.ok_or_else(|| {
                AppError::NotFound("this invitation link was already used, has expired or is not valid; ask the organisers for a new one".into())
            })?;
            let training = trainings::queries::find(conn, r.training_id)?;
            let full = queries::is_full(conn, &training)?;
            let closed = closed_reason(&training, &trainings::queries::sessions(conn, training.id)?, now());
            Ok((r, training, full, closed))
        })
        .await?;
    let input = RegistrationInput {
        email: r.email.clone(),
        full_name: r.full_name.clone(),
        organisation: r.organisation.clone(),
        country: r.country.clone(),
        ..Default::default()
    };
    Ok(render(&form(&req, training, full, closed, input, FormError::default(), format!("/invited/{token}"), true)))
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
    match state.write(move |conn| service::accept_invitation(conn, &env, &t, &attempt)).await {
        Ok(r) => {
            state.mail_wake.notify_one();
            Ok(redirect(&format!("/p/{}?welcome=1", participant_key(&state.link_env.link_secret, r.id, &r.link_nonce))))
        }
        Err(e @ AppError::Invalid { .. }) => {
            let t = token.clone();
            let (training, email) = state
                .db
                .run(move |conn| {
                    let r = queries::token_is_open(conn, &t, TokenPurpose::Invite)?
                        .ok_or_else(|| AppError::not_found("invitation"))?;
                    Ok((trainings::queries::find(conn, r.training_id)?, r.email))
                })
                .await?;
            let input = RegistrationInput { email, ..input };
            let page =
                form(&req, training, false, None, input, FormError::from_app(e)?, format!("/invited/{token}"), true);
            Ok(render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}
