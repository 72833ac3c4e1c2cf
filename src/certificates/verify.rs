//! What anyone may see without signing in: the verification page of a certificate
//! (`/c/{code}`), its PDF and Open Badges credential (JSON and VC-JWT), the issuers' profiles
//! and revocation lists, the achievements, and the JWKS with every key that ever signed.
//! A code that is mistyped or unknown gets one plain "not found": never a list, never a hint
//! about other certificates.

use actix_web::http::header;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::code::Code;
use super::credential::{self, Issuer, Urls};
use super::models::{Certificate, CertificateOutcome, CertificateStatus};
use super::{queries, Certificates, SignedList};
use crate::error::AppError;
use crate::http::{render, render_with_status, Nav, PageError};
use crate::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/c", web::get().to(lookup))
        .route("/c/{code}", web::get().to(page))
        .route("/c/{code}/certificate.pdf", web::get().to(pdf))
        .route("/c/{code}/credential.json", web::get().to(credential_json))
        .route("/c/{code}/credential.jwt", web::get().to(credential_jwt))
        .route("/.well-known/jwks.json", web::get().to(jwks))
        .route("/issuers/{id}", web::get().to(issuer_profile))
        .route("/issuers/{id}/revocations", web::get().to(revocations))
        .route("/achievements/{training_id}/{outcome}", web::get().to(achievement));
}

#[derive(Template)]
#[template(path = "certificates/verify.html")]
struct VerifyPage {
    nav: Nav,
    cert: Certificate,
    code: String,
    verify_url: String,
}

impl VerifyPage {
    fn revoked(&self) -> bool {
        self.cert.status == CertificateStatus::Revoked
    }
    fn issuing(&self) -> bool {
        self.cert.status == CertificateStatus::Issuing
    }
    fn trainer(&self) -> bool {
        self.cert.outcome == CertificateOutcome::CertifiedTrainer
    }
    fn revoked_on(&self) -> String {
        self.cert.revoked_at.map(|d| d.format("%-d %B %Y").to_string()).unwrap_or_default()
    }
    fn issued_on(&self) -> String {
        self.cert.issued_at.format("%-d %B %Y").to_string()
    }
    fn attended(&self) -> String {
        format!("{} of {} sessions", self.cert.sessions_attended, self.cert.sessions_total)
    }
}

#[derive(Template)]
#[template(path = "certificates/lookup.html")]
struct LookupPage {
    nav: Nav,
    typed: String,
    error: String,
}

#[derive(Deserialize)]
struct LookupQuery {
    #[serde(default)]
    code: String,
}

const NOT_FOUND: &str =
    "No certificate has this code. Check each character: the code has 12 letters and digits, like 7K3M-Q9PX-2HDW.";

fn not_found() -> AppError {
    AppError::NotFound(NOT_FOUND.into())
}

/// `/c?code=...`: the form on the lookup page (works without JavaScript).
async fn lookup(req: HttpRequest, query: web::Query<LookupQuery>) -> HttpResponse {
    let typed = query.code.trim().chars().take(40).collect::<String>();
    if typed.is_empty() {
        return render(&LookupPage { nav: Nav::new(&req, None), typed, error: String::new() });
    }
    match Code::parse(&typed) {
        Some(code) => {
            HttpResponse::SeeOther().insert_header((header::LOCATION, format!("/c/{}", code.as_str()))).finish()
        }
        None => render_with_status(
            StatusCode::NOT_FOUND,
            &LookupPage { nav: Nav::new(&req, None), typed, error: NOT_FOUND.into() },
        ),
    }
}

/// The certificate, or "not found" (also for a code whose check character is wrong).
async fn find(state: &AppState, code: &str) -> Result<Certificate, AppError> {
    let code = Code::parse(code).ok_or_else(not_found)?;
    state.db.run(move |conn| queries::by_code(conn, code.as_str())).await?.ok_or_else(not_found)
}

async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let typed = path.into_inner();
    let cert = match find(&state, &typed).await {
        Ok(c) => c,
        Err(AppError::NotFound(message)) => {
            let typed: String = typed.chars().take(40).collect();
            return Ok(render_with_status(
                StatusCode::NOT_FOUND,
                &LookupPage { nav: Nav::new(&req, None), typed, error: message },
            ));
        }
        Err(e) => return Err(e.into()),
    };
    // a code typed in lower case or with hyphens lands on the one canonical address
    if cert.code != typed {
        return Ok(HttpResponse::MovedPermanently()
            .insert_header((header::LOCATION, format!("/c/{}", cert.code)))
            .finish());
    }
    let urls = Urls { base: state.settings.public_url() };
    let page =
        VerifyPage { nav: Nav::new(&req, None), code: cert.display_code(), verify_url: urls.verify(&cert.code), cert };
    Ok(render(&page))
}

async fn pdf(state: web::Data<AppState>, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let cert = find(&state, &path).await?;
    let code = cert.code.clone();
    let bytes = state.db.run(move |conn| queries::pdf(conn, &code)).await?.ok_or_else(|| {
        AppError::conflict(None, "this certificate is being issued; its PDF is ready in a few seconds")
    })?;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"certificate-{}.pdf\"", cert.display_code()),
        ))
        // a PDF never changes once rendered (revocation shows on the page and in the list)
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(bytes))
}

async fn stored_jwt(state: &AppState, code: &str) -> Result<String, AppError> {
    let cert = find(state, code).await?;
    let code = cert.code;
    state.db.run(move |conn| queries::credential_jwt(conn, &code)).await?.ok_or_else(|| {
        AppError::conflict(None, "this certificate is being issued; its credential is ready in a few seconds")
    })
}

async fn credential_json(state: web::Data<AppState>, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let jwt = stored_jwt(&state, &path).await?;
    let credential = credential::credential_from_jwt(&jwt)?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .json(credential))
}

async fn credential_jwt(state: web::Data<AppState>, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let jwt = stored_jwt(&state, &path).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/jwt")
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .body(jwt))
}

async fn jwks(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let keys = state.db.run(queries::public_keys).await?;
    let keys: Vec<serde_json::Value> = keys.iter().filter_map(|k| serde_json::from_str(k).ok()).collect();
    Ok(HttpResponse::Ok()
        .content_type("application/jwk-set+json")
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .json(serde_json::json!({ "keys": keys })))
}

/// The issuing organisation, only once it has issued (organisations that issue nothing are
/// not Open Badges issuers).
async fn issuer_of(state: &AppState, id: i64) -> Result<Issuer, AppError> {
    let issued = state.db.run(move |conn| queries::has_issued(conn, id)).await?;
    if !issued {
        return Err(AppError::not_found("issuer"));
    }
    let issuers = state.db.run(move |conn| queries::issuer(conn, id)).await?;
    Ok(issuers)
}

async fn issuer_profile(state: web::Data<AppState>, path: web::Path<i64>) -> Result<HttpResponse, AppError> {
    let issuer = issuer_of(&state, path.into_inner()).await?;
    let urls = Urls { base: state.settings.public_url() };
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .json(credential::profile(&urls, &issuer)))
}

/// The issuer's revocation list: the signed VC-JWT when the client asks for a JWT
/// (`Accept: application/vc+jwt` or `application/jwt`), the JSON credential otherwise. Never
/// cached for long: a revocation must show within a minute.
async fn revocations(
    req: HttpRequest,
    state: web::Data<AppState>,
    certs: web::Data<Certificates>,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let issuer = issuer_of(&state, id).await?;
    let mut revoked = state.db.run(move |conn| queries::revoked_ids(conn, id)).await?;
    revoked.sort_unstable();
    let cached = certs.signed_lists.lock().ok().and_then(|lists| {
        lists
            .get(&id)
            .filter(|l| l.revoked == revoked && l.made.elapsed() < std::time::Duration::from_secs(60))
            .map(|l| (l.json.clone(), l.jwt.clone()))
    });
    let (list, jwt) = match cached {
        Some(pair) => pair,
        None => {
            let urls = Urls { base: state.settings.public_url() };
            let at = crate::db::now();
            let list = credential::revocation_list(&urls, &issuer, &revoked, at)?;
            let jwt = certs.key.sign(&credential::revocation_list_claims(&list, at))?;
            if let Ok(mut lists) = certs.signed_lists.lock() {
                let made = std::time::Instant::now();
                lists.insert(id, SignedList { revoked, made, json: list.clone(), jwt: jwt.clone() });
            }
            (list, jwt)
        }
    };
    let wants_jwt = req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("jwt"));
    let mut response = HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "public, max-age=60"))
        .insert_header((header::VARY, "Accept"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .take();
    if wants_jwt {
        Ok(response.content_type("application/vc+jwt").body(jwt))
    } else {
        Ok(response.content_type("application/json").json(list))
    }
}

async fn achievement(state: web::Data<AppState>, path: web::Path<(i64, String)>) -> Result<HttpResponse, AppError> {
    let (training_id, outcome) = path.into_inner();
    let outcome = CertificateOutcome::from_db(&outcome).map_err(|_| AppError::not_found("achievement"))?;
    let cert = state
        .db
        .run(move |conn| queries::first_with_outcome(conn, training_id, outcome))
        .await?
        .ok_or_else(|| AppError::not_found("achievement"))?;
    let issuer = issuer_of(&state, cert.issuer_organisation_id).await?;
    let urls = Urls { base: state.settings.public_url() };
    let mut body = credential::achievement(&urls, &cert, &issuer);
    body["@context"] = serde_json::json!([credential::CONTEXT_VC, credential::CONTEXT_OB]);
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .json(body))
}
