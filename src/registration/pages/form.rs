//! The participant's way in: the registration form, "check your inbox", the confirmation
//! link, and the invitee's personal link.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use actix_web::http::{header, StatusCode};
use actix_web::web::{Bytes, BytesMut};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::client_ip;
use crate::db::now;
use crate::domain::{RegistrationMode, TrainingStatus};
use crate::error::AppError;
use crate::http::language::Reader;
use crate::http::{redirect, render, render_with_status, Button, CsrfForm, FormError, Nav, PageError};
use crate::i18n::Lang;
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
    sexes: &'static [Sex],
    ages: &'static [AgeBand],
}

impl FormPage {
    fn privacy_url(&self) -> String {
        format!("/t/{}/privacy", self.training.slug)
    }
    fn invitation_only(&self) -> bool {
        self.training.mode() == RegistrationMode::Invitation && !self.email_fixed
    }
}

/// The training a public form is for (any but a draft), whether it is full, why it is closed
/// if it is, and the reader's language there.
async fn published(
    state: &web::Data<AppState>,
    slug: String,
    reader: Reader,
) -> Result<(Training, bool, Option<String>, Lang), AppError> {
    state
        .db
        .run(move |conn| {
            let t = trainings::queries::find_by_slug(conn, &slug)?.ok_or_else(|| AppError::not_found("training"))?;
            if t.status() == TrainingStatus::Draft {
                return Err(AppError::not_found("training"));
            }
            let full = queries::is_full(conn, &t)?;
            let sessions = trainings::queries::sessions(conn, t.id)?;
            let lang = reader.lang(None, Some(&t.language));
            let closed = closed_reason(&t, &sessions, now(), lang);
            Ok((t, full, closed, lang))
        })
        .await
}

#[allow(clippy::too_many_arguments)]
fn form(
    req: &HttpRequest,
    lang: Lang,
    training: Training,
    full: bool,
    closed: Option<String>,
    input: RegistrationInput,
    error: FormError,
    action: String,
    email_fixed: bool,
) -> FormPage {
    let mut nav = Nav::new(req, None);
    nav.lang = lang;
    FormPage {
        nav,
        closed,
        // the title and description in the reader's language, where the organisers wrote one
        training: training.in_language(lang),
        input,
        error: error.in_lang(lang),
        full,
        action,
        email_fixed,
        sexes: Sex::ALL,
        ages: AgeBand::ALL,
    }
}

/// The blank registration form of each training, rendered once and kept per instance: every
/// visitor gets the same page but for their CSRF token, which is spliced into the rendered
/// parts. An entry is trusted for [`FORM_FRESH_FOR`] (at once re-checked after a write through
/// this instance); a check costs one query for the training's version (plus a count of the
/// confirmed places when it has a capacity) and renders again only when the version, "full"
/// or "closed" changed.
#[derive(Default)]
pub struct FormPageCache {
    forms: RwLock<HashMap<FormKey, Arc<CachedForm>>>,
}

/// A cached form: by slug and the language the reader asked for (None: the training's own).
type FormKey = (String, Option<Lang>);

struct CachedForm {
    training: Training,
    sessions: Vec<trainings::Session>,
    full: bool,
    closed: Option<String>,
    /// the page split where the CSRF token goes
    parts: Vec<Bytes>,
    checked_at: Instant,
    generation: u64,
}

const FORM_FRESH_FOR: Duration = Duration::from_secs(1);

/// Stands in for the CSRF token while the cached form is rendered (letters only, so no escaping
/// changes it; 32 random-looking characters that no training text contains by chance).
const TOKEN_SLOT: &str = "CsrfTokenSlotQzXv7Wm3Kp9Lr2Ty8Nb";

impl CachedForm {
    #[allow(clippy::too_many_arguments)]
    fn render(
        req: &HttpRequest,
        lang: Lang,
        training: Training,
        sessions: Vec<trainings::Session>,
        full: bool,
        closed: Option<String>,
        generation: u64,
    ) -> Result<CachedForm, AppError> {
        let action = format!("/t/{}/register", training.slug);
        let kept = training.clone();
        let mut page =
            form(req, lang, training, full, closed, RegistrationInput::default(), FormError::default(), action, false);
        page.nav.csrf = TOKEN_SLOT.to_string();
        // cached for every visitor: the switcher comes back to the form, not to one visitor's query
        page.nav.here = page.action.clone();
        let html = page.render().map_err(|e| AppError::Internal(e.into()))?;
        let parts = html.split(TOKEN_SLOT).map(|p| Bytes::copy_from_slice(p.as_bytes())).collect();
        let (training, full, closed) = (kept, page.full, page.closed);
        Ok(CachedForm { training, sessions, full, closed, parts, checked_at: Instant::now(), generation })
    }

    fn respond(&self, token: &str) -> HttpResponse {
        let len = self.parts.iter().map(Bytes::len).sum::<usize>() + token.len() * self.parts.len();
        let mut body = BytesMut::with_capacity(len);
        for (i, part) in self.parts.iter().enumerate() {
            if i > 0 {
                body.extend_from_slice(token.as_bytes());
            }
            body.extend_from_slice(part);
        }
        HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body.freeze())
    }
}

async fn form_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    caches: web::Data<RegistrationCaches>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    // nobody is signed in on this page: the same HTML for everyone but the token
    let nav = Nav::new(&req, None);
    let asked = Reader::of(&req).asked();
    let key = (slug.clone(), asked);
    let generation = state.db.write_generation();
    let cached = caches.forms.forms.read().ok().and_then(|m| m.get(&key).cloned());
    if let Some(c) = &cached {
        if c.generation == generation && c.checked_at.elapsed() < FORM_FRESH_FOR {
            return Ok(c.respond(&nav.csrf));
        }
    }
    // check the version (and the places) again; render again only when something shows differently
    let (slug_q, previous) = (slug.clone(), cached.clone());
    let fresh = state
        .db
        .run(move |conn| {
            let Some((_, version, status)) = trainings::queries::version_by_slug(conn, &slug_q)? else {
                return Err(AppError::not_found("training"));
            };
            if status == TrainingStatus::Draft.as_str() {
                return Err(AppError::not_found("training"));
            }
            match previous {
                Some(p) if p.training.version == version => {
                    let full = queries::is_full(conn, &p.training)?;
                    Ok((p.training.clone(), p.sessions.clone(), full))
                }
                _ => {
                    let t = trainings::queries::find_by_slug(conn, &slug_q)?
                        .ok_or_else(|| AppError::not_found("training"))?;
                    let full = queries::is_full(conn, &t)?;
                    let sessions = trainings::queries::sessions(conn, t.id)?;
                    Ok((t, sessions, full))
                }
            }
        })
        .await;
    let (training, sessions, full) = match fresh {
        Ok(found) => found,
        Err(e) => {
            if let Ok(mut m) = caches.forms.forms.write() {
                m.remove(&key);
            }
            return Err(e.into());
        }
    };
    let lang = asked.unwrap_or_else(|| Lang::parse(&training.language).unwrap_or_default());
    let closed = closed_reason(&training, &sessions, now(), lang);
    let entry = match cached {
        Some(c) if c.training.version == training.version && c.full == full && c.closed == closed => {
            Arc::new(CachedForm {
                parts: c.parts.clone(),
                training,
                sessions,
                full,
                closed,
                checked_at: Instant::now(),
                generation,
            })
        }
        _ => Arc::new(CachedForm::render(&req, lang, training, sessions, full, closed, generation)?),
    };
    let response = entry.respond(&nav.csrf);
    if let Ok(mut m) = caches.forms.forms.write() {
        m.insert(key, entry);
    }
    Ok(response)
}

#[derive(Template)]
#[template(path = "registration/check_inbox.html")]
struct CheckInbox {
    nav: Nav,
    training: Training,
    hours: i64,
}

impl CheckInbox {
    fn register_url(&self) -> String {
        format!("/t/{}/register", self.training.slug)
    }
}

async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    caches: web::Data<RegistrationCaches>,
    slug: web::Path<String>,
    form_data: CsrfForm<RegistrationInput>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let mut input = form_data.0;
    if input.language.trim().is_empty() {
        // the form names the language it was read in; without it, the one the reader asked for
        input.language = Reader::of(&req).asked().map(|l| l.code().to_string()).unwrap_or_default();
    }
    caches.limit_per_ip.check(&client_ip(&req)).map_err(AppError::RateLimited)?;
    if let Ok(email) = crate::domain::Email::parse("email", &input.email) {
        caches.limit_per_email.check(&(slug.as_str(), email.as_str())).map_err(AppError::RateLimited)?;
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
            let (training, full, closed, lang) = published(&state, slug.clone(), Reader::of(&req)).await?;
            let action = format!("/t/{slug}/register");
            let page = form(&req, lang, training, full, closed, input, FormError::from_app(e)?, action, false);
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
    let (training, _, _, lang) = published(&state, slug.into_inner(), Reader::of(&req)).await?;
    let mut nav = Nav::new(&req, None);
    nav.lang = lang;
    Ok(render(&CheckInbox { nav, training: training.in_language(lang), hours: state.link_env.confirm_hours }))
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
    let mut nav = Nav::new(&req, None);
    if let Some(t) = &training {
        nav = nav.for_training(&req, &t.language);
    }
    let page_lang = nav.lang;
    let page = ConfirmPage {
        nav,
        token,
        valid,
        training_title: training.as_ref().map(|t| t.in_language(page_lang).title).unwrap_or_default(),
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
    let reader = Reader::of(&req);
    let (r, training, full, closed, lang) = state
        .db
        .run(move |conn| {
            let r = queries::token_is_open(conn, &t, TokenPurpose::Invite)?.ok_or_else(|| {
                AppError::NotFound("this invitation link was already used, has expired or is not valid; ask the organisers for a new one".into())
            })?;
            let training = trainings::queries::find(conn, r.training_id)?;
            let full = queries::is_full(conn, &training)?;
            let lang = reader.lang(None, Some(&training.language));
            let closed = closed_reason(&training, &trainings::queries::sessions(conn, training.id)?, now(), lang);
            Ok((r, training, full, closed, lang))
        })
        .await?;
    let input = RegistrationInput {
        email: r.email.clone(),
        full_name: r.full_name.clone(),
        organisation: r.organisation.clone(),
        country: r.country.clone(),
        ..Default::default()
    };
    Ok(render(&form(
        &req,
        lang,
        training,
        full,
        closed,
        input,
        FormError::default(),
        format!("/invited/{token}"),
        true,
    )))
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
            let lang = crate::http::language::of_request(&req, None, Some(&training.language));
            let page = form(
                &req,
                lang,
                training,
                false,
                None,
                input,
                FormError::from_app(e)?,
                format!("/invited/{token}"),
                true,
            );
            Ok(render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}
