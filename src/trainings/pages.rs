//! The organiser's pages: dashboard, new training, the training editor (details, lifecycle,
//! sessions in several zones, co-organisers), and the invitation a co-organiser accepts.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::permissions::{authorize, Abilities, Action};
use super::zones::{schedule, Schedule};
use super::{
    queries, service, InvitationInput, PendingInvitation, SessionInput, Training, TrainingCard, TrainingInput,
};
use crate::accounts::{self, Account};
use crate::crypto::password;
use crate::domain::time::to_local_input;
use crate::domain::{parse_text, Email, OrganiserRole, RegistrationMode, TrainingKind, TrainingStatus};
use crate::error::AppError;
use crate::http::PageError;
use crate::http::{escape_html, redirect, render, render_with_status, Button, FormError, Nav};
use crate::http::{CsrfForm, MaybeSignedIn, SignedIn};
use crate::i18n::{Arg, Lang};
use crate::organisations::Organisation;
use crate::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/dashboard", web::get().to(dashboard))
        .route("/trainings/new", web::get().to(new_page))
        .route("/trainings", web::post().to(create))
        .route("/trainings/{id}/edit", web::get().to(editor))
        .route("/trainings/{id}", web::post().to(update))
        .route("/trainings/{id}/status", web::post().to(change_status))
        .route("/trainings/{id}/sessions", web::post().to(add_session))
        .route("/trainings/{id}/sessions/{sid}/edit", web::get().to(session_page))
        .route("/trainings/{id}/sessions/{sid}", web::post().to(update_session))
        .route("/trainings/{id}/sessions/{sid}/delete", web::post().to(delete_session))
        .route("/trainings/{id}/organisers", web::post().to(invite))
        .route("/trainings/{id}/organisers/{account_id}/remove", web::post().to(remove_organiser))
        .route("/trainings/{id}/invitations/{inv}/revoke", web::post().to(revoke_invitation))
        .route("/invitations/{token}", web::get().to(invitation_page))
        .route("/invitations/{token}/accept", web::post().to(accept_invitation))
        .route("/invitations/{token}/join", web::post().to(join_with_new_account));
}

/// The message `id` as HTML, each of `tagged` (name, value, tag) wrapped in its tag (`strong`,
/// `code`, `span class="break"`) and every other argument in `plain` as it is: the sentence stays whole for
/// translators, and everything but the tags is escaped (organisers' pages and e-mails).
pub(crate) fn tagged(lang: Lang, id: &str, tagged: &[(&str, &str, &str)], plain: &[(&str, Arg)]) -> String {
    // private-use characters no message contains, standing in for the tagged values
    const SLOTS: [&str; 4] = ["\u{E001}", "\u{E002}", "\u{E003}", "\u{E004}"];
    let mut args: Vec<(&str, Arg)> =
        tagged.iter().zip(SLOTS).map(|((name, _, _), slot)| (*name, Arg::Text(slot.to_string()))).collect();
    args.extend(plain.iter().cloned());
    let mut html = escape_html(&crate::i18n::messages::format(lang, id, &args));
    for ((_, value, tag), slot) in tagged.iter().zip(SLOTS) {
        let close = tag.split(' ').next().unwrap_or_default();
        html = html.replacen(slot, &format!("<{tag}>{}</{close}>", escape_html(value)), 1);
    }
    html
}

/// An organiser's role in the reader's language (the role's column name is no message id).
pub(crate) fn role_label(lang: Lang, role: OrganiserRole) -> String {
    lang.t(match role {
        OrganiserRole::Lead => "org-role-lead",
        OrganiserRole::CoOrganiser => "org-role-co-organiser",
        OrganiserRole::Facilitator => "org-role-facilitator",
    })
}

/// The organiser invitation e-mail's sentence, the training's title in bold.
pub(crate) fn invitation_mail_html(m: &crate::mail::MailContext) -> String {
    tagged(
        m.lang,
        "org-invitation-mail-html",
        &[("title", &m.training_title, "strong")],
        &[("role", Arg::Text(m.role.clone()))],
    )
}

#[derive(Template)]
#[template(path = "trainings/dashboard.html")]
struct DashboardPage {
    nav: Nav,
    account: Account,
    trainings: Vec<TrainingCard>,
    has_organisations: bool,
}

impl DashboardPage {
    fn role_label(&self, role: &OrganiserRole) -> String {
        role_label(self.nav.lang, *role)
    }
}

async fn dashboard(req: HttpRequest, state: web::Data<AppState>, who: SignedIn) -> Result<HttpResponse, PageError> {
    let account = who.0;
    let a = account.clone();
    let (trainings, orgs) = state
        .db
        .run(move |conn| Ok((queries::for_account(conn, &a)?, crate::organisations::list(conn)?.len())))
        .await?;
    Ok(render(&DashboardPage { nav: Nav::new(&req, Some(&account)), account, trainings, has_organisations: orgs > 0 }))
}

/// The details form, for a new training and in the editor.
#[derive(Template)]
#[template(path = "trainings/new.html")]
struct NewPage {
    nav: Nav,
    details: TrainingInput,
    organisations: Vec<Organisation>,
    error: FormError,
    kinds: &'static [TrainingKind],
    modes: &'static [RegistrationMode],
    /// What the contact field says it falls back to.
    contact_hint: String,
}

/// The contact field's hint: where the address is shown and what an empty field means.
fn contact_hint(lang: Lang, fallback: &str) -> String {
    lang.t1("org-details-contact-hint", "fallback", fallback)
}

async fn new_page(req: HttpRequest, state: web::Data<AppState>, who: SignedIn) -> Result<HttpResponse, PageError> {
    let organisations = state.db.run(crate::organisations::list).await?;
    let input = TrainingInput { timezone: "UTC".into(), language: "en".into(), ..Default::default() };
    let nav = Nav::new(&req, Some(&who.0));
    Ok(render(&NewPage {
        contact_hint: contact_hint(nav.lang, &who.0.email),
        nav,
        details: input,
        organisations,
        error: FormError::default(),
        kinds: TrainingKind::ALL,
        modes: RegistrationMode::ALL,
    }))
}

async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    form: CsrfForm<TrainingInput>,
) -> Result<HttpResponse, PageError> {
    let input = form.0;
    let actor = who.0.clone();
    let attempt = input.clone();
    match state.write(move |conn| service::create_training(conn, &actor, &attempt)).await {
        Ok(id) => Ok(redirect(&format!("/trainings/{id}/edit"))),
        Err(e) => {
            let error = FormError::from_app(e)?;
            let organisations = state.db.run(crate::organisations::list).await?;
            let nav = Nav::new(&req, Some(&who.0));
            Ok(render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &NewPage {
                    contact_hint: contact_hint(nav.lang, &who.0.email),
                    nav,
                    details: input,
                    organisations,
                    error,
                    kinds: TrainingKind::ALL,
                    modes: RegistrationMode::ALL,
                },
            ))
        }
    }
}

/// Which form on the editor an error belongs to.
#[derive(Default, PartialEq, Eq)]
enum Section {
    #[default]
    None,
    Details,
    Status,
    Session,
    Organisers,
}

#[derive(Template)]
#[template(path = "trainings/editor.html")]
struct EditorPage {
    nav: Nav,
    training: Training,
    can: Abilities,
    details: TrainingInput,
    schedule: Schedule,
    organisers: Vec<super::Organiser>,
    invitations: Vec<PendingInvitation>,
    organisations: Vec<Organisation>,
    session_input: SessionInput,
    invite_input: InvitationInput,
    error: FormError,
    section: Section,
    notice: String,
    kinds: &'static [TrainingKind],
    modes: &'static [RegistrationMode],
    contact_hint: String,
}

impl EditorPage {
    fn error_in(&self, section: &str) -> bool {
        let s = match section {
            "details" => Section::Details,
            "status" => Section::Status,
            "session" => Section::Session,
            "organisers" => Section::Organisers,
            _ => Section::None,
        };
        self.section == s && self.error.any()
    }
    /// The error if it belongs to that section's form, else an empty one.
    fn section_error(&self, section: &str) -> &FormError {
        static NONE: FormError = FormError { field: String::new(), message: String::new() };
        if self.error_in(section) {
            &self.error
        } else {
            &NONE
        }
    }
    fn tz_hint(&self) -> String {
        tz_hint(self.nav.lang, &self.training)
    }
    fn role_label(&self, role: &OrganiserRole) -> String {
        role_label(self.nav.lang, *role)
    }
    /// "<strong>name</strong> — role, organisation (country)" as HTML.
    fn organiser_line(&self, o: &super::Organiser) -> String {
        let country = o.organisation.country_name();
        tagged(
            self.nav.lang,
            "org-editor-organiser",
            &[("name", &o.name, "strong")],
            &[
                ("role", Arg::Text(self.role_label(&o.role))),
                ("organisation", Arg::Text(o.organisation.name.clone())),
                ("country", Arg::Text(country.to_string())),
            ],
        )
    }
    fn public_path(&self) -> String {
        format!("/t/{}", self.training.slug)
    }
}

fn details_of(t: &Training) -> TrainingInput {
    let tz = t.tz();
    TrainingInput {
        title: t.title.clone(),
        slug: t.slug.clone(),
        summary: t.summary.clone(),
        description: t.description.clone(),
        kind: t.kind.as_str().to_string(),
        timezone: t.timezone.clone(),
        language: t.language.clone(),
        capacity: t.capacity.map(|c| c.to_string()).unwrap_or_default(),
        registration_opens: t.registration_opens_at.map(|v| to_local_input(v, tz)).unwrap_or_default(),
        registration_closes: t.registration_closes_at.map(|v| to_local_input(v, tz)).unwrap_or_default(),
        registration_mode: t.registration_mode.as_str().to_string(),
        contact_email: t.contact_email.clone().unwrap_or_default(),
        organisation_id: String::new(),
        // edited on their own form (the editor's "Other languages")
        translations: None,
    }
}

struct EditorInputs {
    details: Option<TrainingInput>,
    session: Option<SessionInput>,
    invite: Option<InvitationInput>,
    error: FormError,
    section: Section,
    notice: String,
}

impl EditorInputs {
    fn fresh() -> Self {
        EditorInputs {
            details: None,
            session: None,
            invite: None,
            error: FormError::default(),
            section: Section::None,
            notice: String::new(),
        }
    }
}

async fn editor_page(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    actor: &Account,
    id: i64,
    inputs: EditorInputs,
) -> Result<HttpResponse, PageError> {
    let a = actor.clone();
    let (detail, role, invitations, organisations) = state
        .db
        .run(move |conn| {
            let (_, role) = authorize(conn, &a, id, Action::View)?;
            Ok((
                queries::detail(conn, id)?,
                role,
                queries::pending_invitations(conn, id)?,
                crate::organisations::list(conn)?,
            ))
        })
        .await?;
    let status = if inputs.error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let lead_email = detail
        .organisers
        .iter()
        .find(|o| o.role == crate::domain::OrganiserRole::Lead)
        .map(|o| o.email.clone())
        .unwrap_or_default();
    let nav = Nav::new(req, Some(actor));
    let page = EditorPage {
        contact_hint: contact_hint(nav.lang, &lead_email),
        schedule: schedule(&detail.training, &detail.sessions, &detail.organisers, nav.lang),
        nav,
        can: Abilities::of(role, actor.is_admin),
        details: inputs.details.unwrap_or_else(|| details_of(&detail.training)),
        training: detail.training,
        organisers: detail.organisers,
        invitations,
        organisations,
        session_input: inputs.session.unwrap_or_default(),
        invite_input: inputs.invite.unwrap_or_default(),
        error: inputs.error,
        section: inputs.section,
        notice: inputs.notice,
        kinds: TrainingKind::ALL,
        modes: RegistrationMode::ALL,
    };
    Ok(render_with_status(status, &page))
}

async fn editor(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    editor_page(&req, &state, &who.0, path.into_inner(), EditorInputs::fresh()).await
}

async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
    form: CsrfForm<TrainingInput>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner();
    let input = form.0;
    let actor = who.0.clone();
    let attempt = input.clone();
    match state.write(move |conn| service::update_training(conn, &actor, id, &attempt)).await {
        Ok(()) => Ok(redirect(&format!("/trainings/{id}/edit#details"))),
        Err(e) => {
            let error = FormError::from_app(e)?;
            let inputs =
                EditorInputs { details: Some(input), error, section: Section::Details, ..EditorInputs::fresh() };
            editor_page(&req, &state, &who.0, id, inputs).await
        }
    }
}

#[derive(Deserialize)]
struct StatusForm {
    #[serde(default)]
    status: String,
}

async fn change_status(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
    form: CsrfForm<StatusForm>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner();
    let actor = who.0.clone();
    let result = match TrainingStatus::parse("status", &form.0.status) {
        Ok(target) => state.write(move |conn| service::set_status(conn, &actor, id, target)).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => Ok(redirect(&format!("/trainings/{id}/edit"))),
        Err(e) => {
            let inputs =
                EditorInputs { error: FormError::from_app(e)?, section: Section::Status, ..EditorInputs::fresh() };
            editor_page(&req, &state, &who.0, id, inputs).await
        }
    }
}

async fn add_session(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
    form: CsrfForm<SessionInput>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner();
    let input = form.0;
    let actor = who.0.clone();
    let attempt = input.clone();
    match state.write(move |conn| service::add_session(conn, &actor, id, &attempt)).await {
        Ok(_) => Ok(redirect(&format!("/trainings/{id}/edit#sessions"))),
        Err(e) => {
            let inputs = EditorInputs {
                session: Some(input),
                error: FormError::from_app(e)?,
                section: Section::Session,
                ..EditorInputs::fresh()
            };
            editor_page(&req, &state, &who.0, id, inputs).await
        }
    }
}

fn tz_hint(lang: Lang, training: &Training) -> String {
    lang.t1("org-editor-tz-hint", "zone", &training.timezone)
}

impl SessionPage {
    fn tz_hint(&self) -> String {
        tz_hint(self.nav.lang, &self.training)
    }
}

#[derive(Template)]
#[template(path = "trainings/session.html")]
struct SessionPage {
    nav: Nav,
    training: Training,
    session_id: i64,
    input: SessionInput,
    error: FormError,
}

async fn session_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, PageError> {
    let (id, sid) = path.into_inner();
    let actor = who.0.clone();
    let (training, session) = state
        .db
        .run(move |conn| {
            let (training, _) = authorize(conn, &actor, id, Action::EditSessions)?;
            let session = queries::sessions(conn, id)?
                .into_iter()
                .find(|s| s.id == sid)
                .ok_or_else(|| AppError::not_found("session"))?;
            Ok((training, session))
        })
        .await?;
    let tz = training.tz();
    let input = SessionInput {
        title: session.title,
        description: session.description,
        starts_at: to_local_input(session.starts_at, tz),
        ends_at: to_local_input(session.ends_at, tz),
        ambiguous: String::new(),
        join_url: session.join_url.unwrap_or_default(),
    };
    Ok(render(&SessionPage {
        nav: Nav::new(&req, Some(&who.0)),
        training,
        session_id: sid,
        input,
        error: FormError::default(),
    }))
}

async fn update_session(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    form: CsrfForm<SessionInput>,
) -> Result<HttpResponse, PageError> {
    let (id, sid) = path.into_inner();
    let input = form.0;
    let actor = who.0.clone();
    let attempt = input.clone();
    match state.write(move |conn| service::update_session(conn, &actor, id, sid, &attempt)).await {
        Ok(()) => Ok(redirect(&format!("/trainings/{id}/edit#sessions"))),
        Err(e) => {
            let error = FormError::from_app(e)?;
            let training = state.db.run(move |conn| queries::find(conn, id)).await?;
            Ok(render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &SessionPage { nav: Nav::new(&req, Some(&who.0)), training, session_id: sid, input, error },
            ))
        }
    }
}

async fn delete_session(
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (id, sid) = path.into_inner();
    let actor = who.0;
    state.write(move |conn| service::delete_session(conn, &actor, id, sid)).await?;
    Ok(redirect(&format!("/trainings/{id}/edit#sessions")))
}

async fn invite(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<i64>,
    form: CsrfForm<InvitationInput>,
) -> Result<HttpResponse, PageError> {
    let env = state.link_env.clone();
    let id = path.into_inner();
    let input = form.0;
    let actor = who.0.clone();
    let attempt = input.clone();
    let days = state.settings.auth.invitation_days;
    match state
        .db
        .write(move |conn| service::invite_organiser(conn, &env, &actor, id, &attempt, chrono::Duration::days(days)))
        .await
    {
        Ok((_, email)) => {
            state.mail_wake.notify_one();
            let lang = crate::http::language::of_request(&req, None, None);
            let notice = lang.t2("org-editor-invitation-sent", "email", email.to_string(), "days", days);
            editor_page(
                &req,
                &state,
                &who.0,
                id,
                EditorInputs { notice, section: Section::Organisers, ..EditorInputs::fresh() },
            )
            .await
        }
        Err(e) => {
            let inputs = EditorInputs {
                invite: Some(input),
                error: FormError::from_app(e)?,
                section: Section::Organisers,
                ..EditorInputs::fresh()
            };
            editor_page(&req, &state, &who.0, id, inputs).await
        }
    }
}

async fn remove_organiser(
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (id, account_id) = path.into_inner();
    let actor = who.0;
    state.write(move |conn| service::remove_organiser(conn, &actor, id, account_id)).await?;
    Ok(redirect(&format!("/trainings/{id}/edit#organisers")))
}

async fn revoke_invitation(
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (id, inv) = path.into_inner();
    let actor = who.0;
    state.write(move |conn| service::revoke_invitation(conn, &actor, id, inv)).await?;
    Ok(redirect(&format!("/trainings/{id}/edit#organisers")))
}

#[derive(Template)]
#[template(path = "trainings/invitation.html")]
struct InvitationPage {
    nav: Nav,
    token: String,
    invitation: service::InvitationView,
    signed_in_as: Option<String>,
    account_exists: bool,
    full_name: String,
    error: FormError,
}

impl InvitationPage {
    /// "You are invited as <strong>role</strong>, speaking for <strong>organisation</strong>…"
    fn invited_as_html(&self) -> String {
        let role = role_label(self.nav.lang, self.invitation.role);
        tagged(
            self.nav.lang,
            "org-invitation-as",
            &[
                ("role", &role, "strong"),
                ("organisation", &self.invitation.organisation_name, "strong"),
                ("email", &self.invitation.email, "strong"),
            ],
            &[],
        )
    }
}

async fn invitation_page_with(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    who: Option<Account>,
    token: String,
    name: String,
    error: FormError,
) -> Result<HttpResponse, PageError> {
    let t = token.clone();
    let (invitation, account_exists) = state
        .db
        .run(move |conn| {
            let inv = service::open_invitation(conn, &t)?;
            let email = Email::parse("email", &inv.email)?;
            let exists = accounts::find_by_email(conn, &email)?.is_some();
            Ok((inv, exists))
        })
        .await?;
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = InvitationPage {
        nav: Nav::new(req, who.as_ref()),
        token,
        invitation,
        signed_in_as: who.map(|a| a.email),
        account_exists,
        full_name: name,
        error,
    };
    Ok(render_with_status(status, &page))
}

async fn invitation_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: MaybeSignedIn,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    invitation_page_with(&req, &state, who.0, token.into_inner(), String::new(), FormError::default()).await
}

async fn accept_invitation(
    state: web::Data<AppState>,
    who: SignedIn,
    token: web::Path<String>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let actor = who.0;
    let id = state.write(move |conn| service::accept_invitation(conn, &actor, &token)).await?;
    Ok(redirect(&format!("/trainings/{id}/edit")))
}

#[derive(Deserialize)]
struct JoinForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
}

/// Creates the invitee's account (for the invited e-mail only) and accepts in one step.
async fn join_with_new_account(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: CsrfForm<JoinForm>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let form = form.0;
    // the password is checked against the invited address (an unknown link fails here)
    let t = token.clone();
    let invited = state.db.run(move |conn| Ok(service::open_invitation(conn, &t)?.email)).await?;
    let checked = parse_text("name", &form.name, 120)
        .and_then(|n| password::check_strength("password", &form.password, &invited).map(|_| n));
    let name = match checked {
        Ok(n) => n,
        Err(e) => {
            return invitation_page_with(&req, &state, None, token, form.name.clone(), FormError::from_app(e)?).await
        }
    };
    let hash = password::hash(form.password.clone()).await?;
    let t = token.clone();
    let (account_id, training_id) = state
        .db
        .write(move |conn| {
            let inv = service::open_invitation(conn, &t)?;
            let email = Email::parse("email", &inv.email)?;
            if accounts::find_by_email(conn, &email)?.is_some() {
                return Err(AppError::conflict(
                    Some("email"),
                    format!("{email} already has an account: sign in to accept"),
                ));
            }
            let id = accounts::create(conn, &email, &name, Some(&hash), false)?;
            let account = accounts::find(conn, id)?.ok_or_else(|| AppError::not_found("account"))?;
            Ok((id, service::accept_invitation(conn, &account, &t)?))
        })
        .await?;
    Ok(HttpResponse::SeeOther()
        .cookie(crate::http::session::start_session(&state, account_id)?)
        .insert_header((actix_web::http::header::LOCATION, format!("/trainings/{training_id}/edit")))
        .finish())
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    nav: Nav,
    trainings: Vec<super::TrainingCard>,
    setup_open: bool,
}

impl HomePage {
    /// The first-run notice's sentence, its commands as code.
    fn first_run_html(&self) -> String {
        tagged(
            self.nav.lang,
            "org-home-first-run-text",
            &[("create", "cascade admin create", "code"), ("demo", "cascade demo", "code")],
            &[],
        )
    }
}

async fn home(req: HttpRequest, state: web::Data<AppState>, who: MaybeSignedIn) -> Result<HttpResponse, PageError> {
    if who.0.is_some() {
        return Ok(redirect("/dashboard"));
    }
    let trainings = state.db.run(queries::upcoming_public).await?;
    let setup_open = state.setup_token.lock().map(|t| t.is_some()).unwrap_or(false);
    Ok(render(&HomePage { nav: Nav::new(&req, None), trainings, setup_open }))
}
