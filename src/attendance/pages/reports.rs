//! Importing a Zoom or Teams report for one session: upload (with the zone of its times),
//! preview (who matched and how, minutes), apply (name matches only when ticked), undo.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::grid::render_grid;
use crate::attendance::import::ReportFormat;
use crate::attendance::service::{self, ImportOptions, Preview};

/// The upload form's choices (file name, format, zone) as [`ImportOptions`].
fn options(upload: &upload::Upload) -> Result<ImportOptions, AppError> {
    let (file_name, _) = upload.file.as_ref().ok_or_else(|| AppError::invalid("file", "choose the report file"))?;
    ImportOptions::parse(file_name, upload.field("format"), upload.field("timezone"))
}
use crate::error::AppError;
use crate::http::{render, render_with_status, upload, Button, CsrfForm, FormError, Nav, PageError, SignedIn};
use crate::state::AppState;
use crate::trainings::{Session, Training};

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/trainings/{id}/sessions/{sid}/attendance/import", web::get().to(upload_page))
        .route("/trainings/{id}/sessions/{sid}/attendance/import", web::post().to(preview))
        .route("/trainings/{id}/attendance/imports/{iid}", web::get().to(review))
        .route("/trainings/{id}/attendance/imports/{iid}/apply", web::post().to(apply))
        .route("/trainings/{id}/attendance/imports/{iid}/undo", web::post().to(undo));
}

const FORMATS: &[ReportFormat] =
    &[ReportFormat::ZoomWebinar, ReportFormat::ZoomMeeting, ReportFormat::TeamsReport, ReportFormat::TeamsLegacy];

#[derive(Template)]
#[template(path = "attendance/upload.html")]
struct UploadPage {
    nav: Nav,
    training: Training,
    session: Session,
    formats: &'static [ReportFormat],
    format: String,
    timezone: String,
    max_mb: usize,
    error: FormError,
}

impl UploadPage {
    /// What an organiser calls the download, in the reader's language.
    fn format_label(&self, f: &ReportFormat) -> String {
        self.nav.t(&format!("org-attendance-format-{}", f.name().replace('_', "-")))
    }
}

#[derive(Template)]
#[template(path = "attendance/preview.html")]
struct PreviewPage {
    nav: Nav,
    training: Training,
    session: Session,
    preview: Preview,
}

impl PreviewPage {
    /// A count in bold and what it counts: "<strong>12</strong> matched by e-mail".
    fn count_html(&self, id: &str, n: &usize) -> String {
        let count = n.to_string();
        let number = [("n", crate::i18n::Arg::Number(*n as f64))];
        crate::trainings::pages::tagged(self.nav.lang, id, &[("count", &count, "strong")], &number)
    }
}

/// The training and one of its sessions, for someone who may take attendance.
async fn training_session(
    state: &AppState,
    who: &SignedIn,
    id: i64,
    sid: i64,
) -> Result<(Training, Session), AppError> {
    let actor = who.0.clone();
    state
        .db
        .run(move |conn| {
            let grid = service::grid(conn, &actor, id)?;
            let s = grid.sessions.into_iter().find(|s| s.id == sid).ok_or_else(|| AppError::not_found("session"))?;
            Ok((grid.training, s))
        })
        .await
}

async fn upload_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, PageError> {
    let (id, sid) = path.into_inner();
    let (training, session) = training_session(&state, &who, id, sid).await?;
    Ok(render(&UploadPage {
        nav: Nav::new(&req, Some(&who.0)),
        timezone: training.timezone.clone(),
        training,
        session,
        formats: FORMATS,
        format: String::new(),
        max_mb: state.settings.attendance.max_report_bytes / (1024 * 1024),
        error: FormError::default(),
    }))
}

async fn preview(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    form: Multipart,
) -> Result<HttpResponse, PageError> {
    let (id, sid) = path.into_inner();
    let upload = upload::read(form, state.settings.attendance.max_report_bytes).await?;
    upload::check_csrf(&req, &upload)?;
    let (training, session) = training_session(&state, &who, id, sid).await?;
    let result = match options(&upload) {
        Ok(opts) => {
            let actor = who.0.clone();
            let bytes = upload.file.as_ref().map(|f| f.1.clone()).unwrap_or_default();
            state.db.write(move |conn| service::preview_import(conn, &actor, id, sid, &opts, &bytes)).await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(preview) => Ok(render(&PreviewPage { nav: Nav::new(&req, Some(&who.0)), training, session, preview })),
        Err(e) => {
            let page = UploadPage {
                nav: Nav::new(&req, Some(&who.0)),
                timezone: upload.field("timezone").to_string(),
                format: upload.field("format").to_string(),
                training,
                session,
                formats: FORMATS,
                max_mb: state.settings.attendance.max_report_bytes / (1024 * 1024),
                error: FormError::from_app(e)?,
            };
            Ok(render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}

/// A stored preview again (from the history), to apply it later.
async fn review(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, PageError> {
    let (id, iid) = path.into_inner();
    let actor = who.0.clone();
    let preview = state.db.run(move |conn| service::show_import(conn, &actor, id, iid)).await?;
    let (training, session) = training_session(&state, &who, id, preview.session_id).await?;
    Ok(render(&PreviewPage { nav: Nav::new(&req, Some(&who.0)), training, session, preview }))
}

async fn apply(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    form: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let (id, iid) = path.into_inner();
    // the name matches the organiser ticked: confirm.{registration id} = yes
    let confirmed: Vec<i64> =
        form.0.keys().filter_map(|k| k.strip_prefix("confirm.")).filter_map(|r| r.parse().ok()).collect();
    let actor = who.0.clone();
    let preview = state.db.write(move |conn| service::apply_import(conn, &actor, id, iid, Some(&confirmed))).await?;
    let lang = crate::http::language::of_request(&req, None, None);
    let notice = lang.t2("org-attendance-applied", "file", &preview.file_name, "count", preview.changed);
    render_grid(&req, &state, &who, id, Default::default(), FormError::default(), notice).await
}

async fn undo(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (id, iid) = path.into_inner();
    let actor = who.0.clone();
    let n = state.db.write(move |conn| service::undo_import(conn, &actor, id, iid)).await?;
    let notice = crate::http::language::of_request(&req, None, None).t1("org-attendance-undone", "count", n);
    render_grid(&req, &state, &who, id, Default::default(), FormError::default(), notice).await
}
