//! The trainer space: `/trainer` lists the trainer's certificates and what they delivered under
//! each; `/trainer/sign-in` and `/trainer/start/{code}` (the link in the certificate e-mail)
//! sign a certified trainer in by e-mail link, creating their account on first use;
//! `/trainer/trainings/...` logs and changes a reported training (multipart: the evidence file
//! travels with the form); `/trainer/host` creates a training on Cascade under a certificate.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;

use super::{field_anchor, FormValues};
use crate::certificates::code::Code;
use crate::certificates::models::Certificate;
use crate::domain::{countries_by_name_in as countries_in, Email, TrainingKind};
use crate::downstream::queries::{self, Hosted};
use crate::downstream::service::{self, Access, HostInput};
use crate::downstream::{evidence, DeliveryMode, Message, Report, ReportSession};
use crate::error::AppError;
use crate::http::{
    redirect, render, render_with_status, upload, CsrfForm, FormError, MaybeSignedIn, Nav, PageError, SignedIn,
};
use crate::i18n::Lang;
use crate::state::AppState;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/trainer", web::get().to(space))
        .route("/trainer/sign-in", web::get().to(sign_in_page))
        .route("/trainer/sign-in", web::post().to(sign_in))
        .route("/trainer/start/{code}", web::get().to(start_page))
        .route("/trainer/start/{code}", web::post().to(start))
        .route("/trainer/trainings/new", web::get().to(new_page))
        .route("/trainer/trainings", web::post().to(create))
        .route("/trainer/trainings/{id}", web::get().to(edit_page))
        .route("/trainer/trainings/{id}", web::post().to(update))
        .route("/trainer/host", web::post().to(host));
}

/// A certificate with what was delivered under it.
struct CertificateBlock {
    certificate: Certificate,
    reports: Vec<Report>,
    hosted: Vec<Hosted>,
}

#[derive(Template)]
#[template(path = "downstream/space.html")]
struct SpacePage {
    nav: Nav,
    name: String,
    blocks: Vec<CertificateBlock>,
    host: HostInput,
    error: FormError,
    /// (code, name) in the reader's language, by name
    countries: Vec<(&'static str, std::borrow::Cow<'static, str>)>,
    kinds: &'static [TrainingKind],
}

impl SpacePage {
    fn valid_blocks(&self) -> Vec<&CertificateBlock> {
        self.blocks.iter().filter(|b| b.certificate.is_valid()).collect()
    }
    fn certified_since(&self, c: &Certificate) -> String {
        self.nav.t1("trainer-certified-since", "date", crate::i18n::dates::long(self.nav.lang, c.ends_on))
    }
    fn report_dates(&self, r: &Report) -> String {
        r.dates_in(self.nav.lang)
    }
    fn report_place(&self, r: &Report) -> String {
        r.place_in(self.nav.lang)
    }
}

async fn render_space(
    req: &HttpRequest,
    state: &AppState,
    who: &crate::accounts::Account,
    host: HostInput,
    error: FormError,
) -> Result<HttpResponse, PageError> {
    let email = who.email.clone();
    let blocks = state
        .db
        .run(move |conn| {
            let certs = queries::trainer_certificates(conn, &email)?;
            let ids: Vec<i64> = certs.iter().map(|c| c.id).collect();
            let reports = queries::reports_under(conn, &ids)?;
            let hosted = queries::hosted_under(conn, &ids)?;
            Ok(certs
                .into_iter()
                .map(|c| CertificateBlock {
                    reports: reports.iter().filter(|r| r.certificate_id == c.id).cloned().collect(),
                    hosted: hosted.iter().filter(|h| h.certificate_id == c.id).cloned().collect(),
                    certificate: c,
                })
                .collect::<Vec<_>>())
        })
        .await?;
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let nav = Nav::new(req, Some(who));
    let nav_lang = nav.lang;
    let error = error.in_lang(nav_lang);
    Ok(render_with_status(
        status,
        &SpacePage {
            nav,
            name: who.name.clone(),
            blocks,
            host,
            error,
            countries: countries_in(nav_lang),
            kinds: TrainingKind::ALL,
        },
    ))
}

async fn space(req: HttpRequest, state: web::Data<AppState>, who: MaybeSignedIn) -> Result<HttpResponse, PageError> {
    let Some(account) = who.0 else { return Ok(redirect("/trainer/sign-in")) };
    render_space(&req, &state, &account, HostInput::default(), FormError::default()).await
}

#[derive(Template)]
#[template(path = "downstream/sign_in.html")]
struct SignInPage {
    nav: Nav,
    email: String,
    /// "m•••@example.org" when signing in from a certificate's link
    masked: String,
    code: String,
    error: FormError,
    notice: String,
}

async fn sign_in_page(req: HttpRequest, who: MaybeSignedIn) -> HttpResponse {
    if who.0.is_some() {
        return redirect("/trainer");
    }
    render(&SignInPage {
        nav: Nav::new(&req, None),
        email: String::new(),
        masked: String::new(),
        code: String::new(),
        error: FormError::default(),
        notice: String::new(),
    })
}

#[derive(Deserialize)]
struct EmailForm {
    #[serde(default)]
    email: String,
}

/// Sends a sign-in link to a certified trainer (creating their account on first use). The
/// answer is the same for any address, so nobody learns who holds a certificate.
async fn send_link(state: &AppState, email: Email, lang: Lang) -> Result<(), AppError> {
    let minutes = state.settings.auth.sign_in_link_minutes;
    let env = state.link_env.clone();
    state
        .db
        .write(move |conn| {
            if service::trainer_account(conn, &email)?.is_some() {
                crate::auth::service::send_sign_in_link(
                    conn,
                    &env,
                    &email,
                    Duration::minutes(minutes),
                    Some("/trainer"),
                    lang,
                )?;
            }
            Ok(())
        })
        .await?;
    state.mail_wake.notify_one();
    Ok(())
}

fn sent_notice(state: &AppState, lang: Lang, to: &str) -> String {
    lang.t2("trainer-sign-in-sent", "email", to, "minutes", state.settings.auth.sign_in_link_minutes)
}

async fn sign_in(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: CsrfForm<EmailForm>,
) -> Result<HttpResponse, PageError> {
    let mut page = SignInPage {
        nav: Nav::new(&req, None),
        email: form.0.email.clone(),
        masked: String::new(),
        code: String::new(),
        error: FormError::default(),
        notice: String::new(),
    };
    let email = match Email::parse("email", &form.0.email) {
        Ok(e) => e,
        Err(e) => {
            page.error = FormError::from_app(e)?;
            return Ok(render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    page.notice = sent_notice(&state, page.nav.lang, email.as_str());
    send_link(&state, email, page.nav.lang).await?;
    page.email.clear();
    Ok(render(&page))
}

/// "mirlinda@example.org" → "m•••@example.org": enough to recognise one's own address.
fn mask(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => format!("{}•••@{domain}", local.chars().next().unwrap_or('•')),
        None => "•••".into(),
    }
}

async fn holder_of(state: &AppState, raw: &str) -> Result<Certificate, PageError> {
    let not_found = || PageError(AppError::NotFound("no certificate has this code".into()));
    let code = Code::parse(raw).ok_or_else(not_found)?;
    let c = code.as_str().to_string();
    let cert =
        state.db.run(move |conn| crate::certificates::queries::by_code(conn, &c)).await?.ok_or_else(not_found)?;
    if cert.outcome != crate::certificates::models::CertificateOutcome::CertifiedTrainer {
        return Err(not_found());
    }
    Ok(cert)
}

/// The link in a trainer's certificate e-mail: signed in as its holder, straight to the space;
/// otherwise one button that e-mails the holder a sign-in link (the code is printed on the
/// certificate, so it is no secret: the link goes to the holder's address only).
async fn start_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: MaybeSignedIn,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let cert = holder_of(&state, &code).await?;
    if who.0.as_ref().is_some_and(|a| a.email.eq_ignore_ascii_case(&cert.holder_email)) {
        return Ok(redirect("/trainer"));
    }
    Ok(render(&SignInPage {
        nav: Nav::new(&req, who.0.as_ref()),
        email: String::new(),
        masked: mask(&cert.holder_email),
        code: cert.code,
        error: FormError::default(),
        notice: String::new(),
    }))
}

async fn start(
    req: HttpRequest,
    state: web::Data<AppState>,
    code: web::Path<String>,
    _form: crate::http::Button,
) -> Result<HttpResponse, PageError> {
    let cert = holder_of(&state, &code).await?;
    let masked = mask(&cert.holder_email);
    let email = Email::parse("email", &cert.holder_email)?;
    let nav = Nav::new(&req, None);
    send_link(&state, email, nav.lang).await?;
    Ok(render(&SignInPage {
        email: String::new(),
        notice: sent_notice(&state, nav.lang, &masked),
        nav,
        masked,
        code: cert.code,
        error: FormError::default(),
    }))
}

#[derive(Template)]
#[template(path = "downstream/form.html")]
struct FormPage {
    nav: Nav,
    /// None: a new record
    report: Option<Report>,
    messages: Vec<Message>,
    /// (code as stored, label) of the trainer's valid trainer certificates
    certificates: Vec<(String, String)>,
    v: FormValues,
    error: FormError,
    notice: String,
    countries: Vec<(&'static str, std::borrow::Cow<'static, str>)>,
    modes: &'static [DeliveryMode],
    /// "10 MB", "512 KB"
    max_size: String,
}

impl FormPage {
    fn sex_label(&self, key: &str) -> String {
        crate::downstream::category_label(self.nav.lang, "registrations-sex", key, key)
    }
    fn age_label(&self, key: &str) -> String {
        crate::downstream::category_label(self.nav.lang, "registrations-age-band", key, key)
    }
    fn message_date(&self, msg: &Message) -> String {
        crate::i18n::dates::long(self.nav.lang, msg.created_at.date())
    }
    /// "answer", "needs_information", … as the conversation shows them
    fn message_kind(&self, kind: &str) -> String {
        let id = format!("trainer-message-{}", kind.replace('_', "-"));
        if crate::i18n::messages::has(Lang::En, &id) {
            self.nav.t(&id)
        } else {
            kind.replace('_', " ")
        }
    }
    fn editable(&self) -> bool {
        self.report.as_ref().is_none_or(|r| r.editable())
    }
    fn action(&self) -> String {
        match &self.report {
            Some(r) => format!("/trainer/trainings/{}", r.id),
            None => "/trainer/trainings".into(),
        }
    }
}

async fn certificate_choices(state: &AppState, email: &str, lang: Lang) -> Result<Vec<(String, String)>, AppError> {
    let email = email.to_string();
    let certs = state.db.run(move |conn| queries::trainer_certificates(conn, &email)).await?;
    Ok(certs
        .into_iter()
        .filter(|c| c.is_valid())
        .map(|c| {
            let label = lang.t3(
                "trainer-certificate-choice",
                "title",
                c.training_title.as_str(),
                "code",
                c.display_code(),
                "date",
                crate::i18n::dates::long(lang, c.ends_on),
            );
            (c.code.clone(), label)
        })
        .collect())
}

#[allow(clippy::too_many_arguments)]
async fn render_form(
    req: &HttpRequest,
    state: &AppState,
    who: &crate::accounts::Account,
    report: Option<Report>,
    messages: Vec<Message>,
    v: FormValues,
    error: FormError,
    notice: String,
) -> Result<HttpResponse, PageError> {
    let nav = Nav::new(req, Some(who));
    let lang = nav.lang;
    let certificates = certificate_choices(state, &who.email, lang).await?;
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let error = error.in_lang(lang);
    Ok(render_with_status(
        status,
        &FormPage {
            nav,
            report,
            messages,
            certificates,
            v,
            error,
            notice,
            countries: countries_in(lang),
            modes: DeliveryMode::ALL,
            max_size: match state.settings.downstream.max_evidence_bytes {
                b if b >= 1024 * 1024 => format!("{} MB", b / (1024 * 1024)),
                b => format!("{} KB", b / 1024),
            },
        },
    ))
}

#[derive(Deserialize)]
struct NewQuery {
    #[serde(default)]
    certificate: String,
}

async fn new_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    q: web::Query<NewQuery>,
) -> Result<HttpResponse, PageError> {
    let mut v = FormValues::blank(&q.certificate);
    let choices =
        certificate_choices(&state, &who.0.email, crate::http::language::of_request(&req, None, None)).await?;
    if choices.is_empty() {
        return Err(AppError::Forbidden(
            "only certified trainers log downstream trainings, and you hold no valid trainer certificate".into(),
        )
        .into());
    }
    if v.certificate_code.is_empty() {
        v.certificate_code = choices[0].0.clone();
    }
    render_form(&req, &state, &who.0, None, Vec::new(), v, FormError::default(), String::new()).await
}

fn form_error(e: AppError) -> Result<FormError, PageError> {
    let mut fe = FormError::from_app(e)?;
    fe.field = field_anchor(&fe.field);
    Ok(fe)
}

/// Reads the multipart form: its values and the checked evidence file (if one was chosen).
async fn read_form(
    req: &HttpRequest,
    state: &AppState,
    form: Multipart,
) -> Result<(FormValues, Result<Option<evidence::Evidence>, AppError>), PageError> {
    let max = state.settings.downstream.max_evidence_bytes;
    let upload = upload::read(form, max).await?;
    upload::check_csrf(req, &upload)?;
    let values = FormValues::from_fields(&upload.fields);
    let file = match upload.file {
        Some((name, bytes)) if !bytes.is_empty() || !name.is_empty() => evidence::check(&name, bytes, max).map(Some),
        _ => Ok(None),
    };
    Ok((values, file))
}

async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    form: Multipart,
) -> Result<HttpResponse, PageError> {
    let (v, file) = read_form(&req, &state, form).await?;
    let file = match file {
        Ok(f) => f,
        Err(e) => return render_form(&req, &state, &who.0, None, Vec::new(), v, form_error(e)?, String::new()).await,
    };
    let stored = match &file {
        Some(f) => Some(service::store_evidence(&state.settings.evidence_dir(), f)?),
        None => None,
    };
    let input = v.input();
    let trainer = who.0.clone();
    let result = state.db.write(move |conn| service::create(conn, &trainer, &input, file.as_ref().zip(stored))).await;
    match result {
        Ok(id) => Ok(redirect(&format!("/trainer/trainings/{id}?saved=1"))),
        Err(e) => render_form(&req, &state, &who.0, None, Vec::new(), v, form_error(e)?, String::new()).await,
    }
}

async fn load_own(
    state: &AppState,
    who: &crate::accounts::Account,
    id: i64,
) -> Result<(Report, Vec<ReportSession>, Vec<Message>, String), PageError> {
    let actor = who.clone();
    let (report, access, sessions, messages, code) = state
        .db
        .run(move |conn| {
            let (report, access) = service::visible(conn, &actor, id)?;
            let sessions = queries::sessions(conn, id)?;
            let messages = queries::messages(conn, id)?;
            let code = queries::certificate(conn, report.certificate_id)?.map(|c| c.code).unwrap_or_default();
            Ok((report, access, sessions, messages, code))
        })
        .await?;
    if access != Access::Trainer {
        // organisers look at it on the verification page
        return Err(PageError(AppError::NotFound("this is not one of your trainings".into())));
    }
    Ok((report, sessions, messages, code))
}

#[derive(Deserialize)]
struct SavedQuery {
    #[serde(default)]
    saved: String,
}

async fn edit_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    q: web::Query<SavedQuery>,
) -> Result<HttpResponse, PageError> {
    let (report, sessions, messages, code) = load_own(&state, &who.0, id.into_inner()).await?;
    let v = FormValues::of(&code, &report, &sessions);
    let notice = if q.saved.is_empty() {
        String::new()
    } else {
        crate::http::language::of_request(&req, None, None).t("trainer-saved")
    };
    render_form(&req, &state, &who.0, Some(report), messages, v, FormError::default(), notice).await
}

async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form: Multipart,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let (report, _, messages, _) = load_own(&state, &who.0, id).await?;
    let (v, file) = read_form(&req, &state, form).await?;
    let file = match file {
        Ok(f) => f,
        Err(e) => {
            return render_form(&req, &state, &who.0, Some(report), messages, v, form_error(e)?, String::new()).await
        }
    };
    let stored = match &file {
        Some(f) => Some(service::store_evidence(&state.settings.evidence_dir(), f)?),
        None => None,
    };
    let input = v.input();
    let trainer = who.0.clone();
    let env = state.link_env.clone();
    let result =
        state.db.write(move |conn| service::update(conn, &env, &trainer, id, &input, file.as_ref().zip(stored))).await;
    match result {
        Ok(()) => {
            state.mail_wake.notify_one();
            Ok(redirect(&format!("/trainer/trainings/{id}?saved=1")))
        }
        Err(e) => render_form(&req, &state, &who.0, Some(report), messages, v, form_error(e)?, String::new()).await,
    }
}

async fn host(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    form: CsrfForm<HostInput>,
) -> Result<HttpResponse, PageError> {
    let input = form.0;
    let trainer = who.0.clone();
    let attempt = input.clone();
    match state.write(move |conn| service::host(conn, &trainer, &attempt)).await {
        Ok(id) => Ok(redirect(&format!("/trainings/{id}/edit"))),
        Err(e) => {
            let error = FormError::from_app(e)?;
            render_space(&req, &state, &who.0, input, error).await
        }
    }
}
