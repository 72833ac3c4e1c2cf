//! The organisers' verification queue (`/downstream/queue`): every reported training under the
//! trainings they lead or co-organise, all generations below; one record (`/downstream/{id}`)
//! with its sessions, evidence and conversation, and the decision form; the evidence file.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::downstream::queries::{self, QueueItem};
use crate::downstream::service::{self, Access, DecisionInput};
use crate::downstream::{evidence, Decision, Message, Report, ReportSession, ReportStatus, AGE_BANDS, SEXES};
use crate::error::AppError;
use crate::http::{redirect, render_with_status, CsrfForm, FormError, Nav, PageError, SignedIn};
use crate::state::AppState;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/downstream/queue", web::get().to(queue))
        .route("/downstream/{id}", web::get().to(record))
        .route("/downstream/{id}/decision", web::post().to(decide))
        .route("/downstream/{id}/evidence", web::get().to(evidence_file));
}

#[derive(Template)]
#[template(path = "downstream/queue.html")]
struct QueuePage {
    nav: Nav,
    items: Vec<QueueItem>,
    /// "open" (awaiting a decision), "verified", "rejected" or "all"
    filter: String,
}

#[derive(Deserialize)]
struct QueueQuery {
    #[serde(default)]
    status: String,
}

async fn queue(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    q: web::Query<QueueQuery>,
) -> Result<HttpResponse, PageError> {
    let (filter, statuses): (&str, Vec<ReportStatus>) = match q.status.as_str() {
        "verified" => ("verified", vec![ReportStatus::Verified]),
        "rejected" => ("rejected", vec![ReportStatus::Rejected]),
        "all" => ("all", ReportStatus::ALL.to_vec()),
        _ => ("open", vec![ReportStatus::Submitted, ReportStatus::NeedsInformation]),
    };
    let actor = who.0.clone();
    let items = state.db.run(move |conn| queries::queue(conn, &actor, &statuses)).await?;
    Ok(render_with_status(
        StatusCode::OK,
        &QueuePage { nav: Nav::new(&req, Some(&who.0)), items, filter: filter.to_string() },
    ))
}

#[derive(Template)]
#[template(path = "downstream/record.html")]
struct RecordPage {
    nav: Nav,
    report: Report,
    sessions: Vec<ReportSession>,
    messages: Vec<Message>,
    trainer_name: String,
    certificate_code: String,
    certificate_revoked: bool,
    from_training: String,
    may_decide: bool,
    by_sex: Vec<(&'static str, i32)>,
    by_age_band: Vec<(&'static str, i32)>,
    decisions: &'static [Decision],
    error: FormError,
}

impl RecordPage {
    /// "Reported by <strong>trainer</strong>, certified in … (certificate <span class="code">…</span>).
    /// Status: <strong>…</strong>."
    fn reported_by_html(&self) -> String {
        let tagged = [
            ("trainer", self.trainer_name.as_str(), "strong"),
            ("code", self.certificate_code.as_str(), "span class=\"code\""),
            ("status", self.report.status.label(), "strong"),
        ];
        let training = [("training", crate::i18n::Arg::Text(self.from_training.clone()))];
        crate::trainings::pages::tagged(self.nav.lang, "org-record-reported-by", &tagged, &training)
    }
}

async fn render_record(
    req: &HttpRequest,
    state: &AppState,
    who: &crate::accounts::Account,
    id: i64,
    error: FormError,
) -> Result<HttpResponse, PageError> {
    let actor = who.clone();
    let (report, access, sessions, messages, cert) = state
        .db
        .run(move |conn| {
            let (report, access) = service::visible(conn, &actor, id)?;
            let sessions = queries::sessions(conn, id)?;
            let messages = queries::messages(conn, id)?;
            let cert =
                queries::certificate(conn, report.certificate_id)?.ok_or_else(|| AppError::not_found("certificate"))?;
            Ok((report, access, sessions, messages, cert))
        })
        .await?;
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(render_with_status(
        status,
        &RecordPage {
            nav: Nav::new(req, Some(who)),
            by_sex: SEXES.iter().map(|s| s.1).zip(report.by_sex()).collect(),
            by_age_band: AGE_BANDS.iter().map(|a| a.1).zip(report.by_age_band()).collect(),
            report,
            sessions,
            messages,
            trainer_name: cert.holder_name.clone(),
            certificate_code: cert.display_code(),
            certificate_revoked: !cert.is_valid(),
            from_training: cert.training_title.clone(),
            may_decide: access.may_decide(),
            decisions: Decision::ALL,
            error,
        },
    ))
}

async fn record(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    render_record(&req, &state, &who.0, id.into_inner(), FormError::default()).await
}

async fn decide(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form: CsrfForm<DecisionInput>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let actor = who.0.clone();
    let env = state.link_env.clone();
    match state.db.write(move |conn| service::decide(conn, &env, &actor, id, &form.0)).await {
        Ok(_) => {
            state.mail_wake.notify_one();
            Ok(redirect(&format!("/downstream/{id}")))
        }
        Err(e) => render_record(&req, &state, &who.0, id, FormError::from_app(e)?).await,
    }
}

/// The evidence file, for those who may see the record: downloaded, never shown inline (a PDF
/// or image from a user is not rendered in our origin).
async fn evidence_file(
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let actor = who.0.clone();
    let (report, _access): (Report, Access) = state.db.run(move |conn| service::visible(conn, &actor, id)).await?;
    let not_found = || PageError(AppError::NotFound("this training has no evidence file".into()));
    let stored = report.evidence_file.clone().ok_or_else(not_found)?;
    let path = evidence::path(&state.settings.evidence_dir(), &stored).ok_or_else(not_found)?;
    let bytes = web::block(move || std::fs::read(path)).await.map_err(|e| PageError(AppError::Internal(e.into())))?;
    let bytes = bytes.map_err(|_| not_found())?;
    let ext = stored.rsplit('.').next().unwrap_or("bin");
    Ok(HttpResponse::Ok()
        .content_type(report.evidence_media_type.clone().unwrap_or_else(|| "application/octet-stream".into()))
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"evidence-{id}.{ext}\"")))
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header(("Content-Security-Policy", "default-src 'none'; sandbox"))
        .body(bytes))
}
