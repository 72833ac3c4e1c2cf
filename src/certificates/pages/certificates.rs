//! `/trainings/{id}/certificates`: who has a certificate, who qualifies and has none yet
//! (issue to all, or to one), the progress while the worker renders (the page refreshes itself
//! without JavaScript), and revocation with a reason.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::certificates::issuing::{self, IssueRequest};
use crate::certificates::models::{Certificate, CertificateStatus};
use crate::certificates::service::{self, Eligibility};
use crate::certificates::Certificates;
use crate::error::AppError;
use crate::http::{render_with_status, CsrfForm, FormError, Nav, PageError, SignedIn};
use crate::state::AppState;
use crate::trainings::permissions::Abilities;
use crate::trainings::Training;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/trainings/{id}/certificates", web::get().to(page))
        .route("/trainings/{id}/certificates", web::post().to(issue))
        .route("/trainings/{id}/certificates/{code}/revoke", web::post().to(revoke));
}

#[derive(Template)]
#[template(path = "certificates/certificates.html")]
struct CertificatesPage {
    nav: Nav,
    training: Training,
    certificates: Vec<Certificate>,
    /// Eligible, without a certificate.
    waiting: Vec<Eligibility>,
    issuing: usize,
    can_issue: bool,
    error: FormError,
    notice: String,
}

impl CertificatesPage {
    fn certification_path(&self) -> String {
        format!("/trainings/{}/certification", self.training.id)
    }
    fn done(&self) -> usize {
        self.certificates.len() - self.issuing
    }
    fn is_issuing(c: &Certificate) -> bool {
        c.status == CertificateStatus::Issuing
    }
    fn is_issued(c: &Certificate) -> bool {
        c.status == CertificateStatus::Issued
    }
}

async fn render_page(
    req: &HttpRequest,
    state: &AppState,
    who: &SignedIn,
    id: i64,
    error: FormError,
    notice: String,
) -> Result<HttpResponse, PageError> {
    let actor = who.0.clone();
    let (training, certificates, table, role) = state
        .db
        .run(move |conn| {
            let (training, certificates) = issuing::list(conn, &actor, id)?;
            let table = service::eligibility(conn, &actor, id)?;
            let role = crate::trainings::queries::role_of(conn, id, actor.id)?;
            Ok((training, certificates, table, role))
        })
        .await?;
    let has: std::collections::HashSet<i64> = certificates.iter().map(|c| c.registration_id).collect();
    let waiting = table.rows.into_iter().filter(|r| r.outcome.eligible && !has.contains(&r.registration_id)).collect();
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = CertificatesPage {
        nav: Nav::new(req, Some(&who.0)),
        issuing: certificates.iter().filter(|c| c.status == CertificateStatus::Issuing).count(),
        training,
        certificates,
        waiting,
        can_issue: Abilities::of(role, who.0.is_admin).issue_certificates,
        error,
        notice,
    };
    Ok(render_with_status(status, &page))
}

async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    render_page(&req, &state, &who, id.into_inner(), FormError::default(), String::new()).await
}

#[derive(Deserialize)]
struct IssueForm {
    /// "all", or a registration id
    #[serde(default)]
    to: String,
}

async fn issue(
    req: HttpRequest,
    state: web::Data<AppState>,
    certs: web::Data<Certificates>,
    who: SignedIn,
    id: web::Path<i64>,
    form: CsrfForm<IssueForm>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let request = match form.0.to.as_str() {
        "all" => IssueRequest { all_eligible: true, registration_ids: Vec::new() },
        one => match one.parse::<i64>() {
            Ok(r) => IssueRequest { all_eligible: false, registration_ids: vec![r] },
            Err(_) => return Err(AppError::BadRequest("say whom to issue to".into()).into()),
        },
    };
    let actor = who.0.clone();
    match state.write(move |conn| issuing::issue(conn, &actor, id, &request)).await {
        Ok(_) => {
            certs.wake.notify_one();
            // Post/Redirect/Get: the page shows the progress and refreshes itself until done
            Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, format!("/trainings/{id}/certificates")))
                .finish())
        }
        Err(e) => render_page(&req, &state, &who, id, FormError::from_app(e)?, String::new()).await,
    }
}

#[derive(Deserialize)]
struct RevokeForm {
    #[serde(default)]
    reason: String,
}

async fn revoke(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, String)>,
    form: CsrfForm<RevokeForm>,
) -> Result<HttpResponse, PageError> {
    let (id, code) = path.into_inner();
    let field = format!("reason-{code}");
    let actor = who.0.clone();
    let env = state.link_env.clone();
    let reason = form.0.reason;
    let result = state
        .write(move |conn| {
            let cert = crate::certificates::queries::by_code(conn, &code)?
                .filter(|c| c.training_id == id)
                .ok_or_else(|| AppError::NotFound("no certificate of this training has this code".into()))?;
            issuing::revoke(conn, &env, &actor, &cert.code, &reason)
        })
        .await;
    match result {
        Ok(cert) => {
            let lang = crate::http::language::of_request(&req, None, None);
            let notice = lang.t1("org-certificates-revoked", "name", &cert.holder_name);
            render_page(&req, &state, &who, id, FormError::default(), notice).await
        }
        Err(e) => {
            // the error points at this row's reason field
            let mut error = FormError::from_app(e)?;
            if error.field == "reason" {
                error.field = field;
            }
            render_page(&req, &state, &who, id, error, String::new()).await
        }
    }
}
