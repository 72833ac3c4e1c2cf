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
use crate::i18n::dates;
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
        self.cert.revoked_at.map(|d| dates::long(self.nav.lang, d.date())).unwrap_or_default()
    }
    fn issued_on(&self) -> String {
        dates::long(self.nav.lang, self.cert.issued_at.date())
    }
    fn dates(&self) -> String {
        self.cert.dates_in(self.nav.lang)
    }
    fn hours(&self) -> String {
        self.cert.hours_in(self.nav.lang)
    }
}

#[derive(Template)]
#[template(path = "certificates/lookup.html")]
struct LookupPage {
    nav: Nav,
    typed: String,
    /// the code typed matches no certificate
    not_found: bool,
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
        return render(&LookupPage { nav: Nav::new(&req, None), typed, not_found: false });
    }
    match Code::parse(&typed) {
        Some(code) => {
            HttpResponse::SeeOther().insert_header((header::LOCATION, format!("/c/{}", code.as_str()))).finish()
        }
        None => {
            render_with_status(StatusCode::NOT_FOUND, &LookupPage { nav: Nav::new(&req, None), typed, not_found: true })
        }
    }
}

async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    certs: web::Data<Certificates>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let typed = path.into_inner();
    let not_found_page = |req: &HttpRequest, typed: &str| {
        let typed: String = typed.chars().take(40).collect();
        render_with_status(StatusCode::NOT_FOUND, &LookupPage { nav: Nav::new(req, None), typed, not_found: true })
    };
    let Some(code) = Code::parse(&typed) else {
        return Ok(not_found_page(&req, &typed));
    };
    // a code typed in lower case or with hyphens lands on the one canonical address
    if code.as_str() != typed {
        return Ok(HttpResponse::MovedPermanently()
            .insert_header((header::LOCATION, format!("/c/{}", code.as_str())))
            .finish());
    }
    let generation = state.db.write_generation();
    // one rendering per language a reader asks for
    let lang = crate::http::language::Reader::of(&req).lang(None, None);
    let cache_key = format!("{}/{}", code.as_str(), lang.code());
    let cached = certs.pages.get(&cache_key);
    if let Some(page) = &cached {
        // one request checks a stale page against the database; the others meanwhile serve it
        // as it is (a thundering herd of identical queries would only queue for connections)
        if page.fresh(generation) || page.checking.swap(true, std::sync::atomic::Ordering::AcqRel) {
            return Ok(page.respond(&req, lang));
        }
    }
    let key = code.as_str().to_string();
    let found = state.db.run(move |conn| queries::by_code(conn, &key)).await;
    if let Some(page) = &cached {
        page.checking.store(false, std::sync::atomic::Ordering::Release);
    }
    let Some(cert) = found? else {
        return Ok(not_found_page(&req, &typed));
    };
    // unchanged since it was rendered: serve it again, now checked
    if let Some(page) = cached.filter(|p| p.shows(&cert)) {
        return Ok(certs.pages.insert(&cache_key, page.checked(generation)).respond(&req, lang));
    }
    let urls = Urls { base: state.settings.public_url() };
    let mut nav = Nav::new(&req, None);
    nav.lang = lang;
    // cached for every reader: the switcher comes back to the page, not to one reader's query
    nav.here = format!("/c/{}", code.as_str());
    let view = VerifyPage { nav, code: cert.display_code(), verify_url: urls.verify(&cert.code), cert };
    let html = view.render().map_err(|e| AppError::Internal(anyhow::anyhow!("verification page: {e}")))?;
    let page = RenderedPage::new(&view.cert, html, generation);
    Ok(certs.pages.insert(&cache_key, page).respond(&req, lang))
}

/// Rendered verification pages by code, each tagged with the status it shows. Rendering and
/// compressing a page costs ten times more than serving it, and a page is looked at far more
/// often than it changes. Checked against the database when this instance wrote anything
/// since, and at least once a second (a revocation on another instance shows within a second).
/// At most [`VerifyPages::MAX`] pages; past that the cache starts again.
#[derive(Default)]
pub struct VerifyPages {
    pages: std::sync::RwLock<std::collections::HashMap<String, std::sync::Arc<RenderedPage>>>,
}

impl VerifyPages {
    const MAX: usize = 10_000;

    fn get(&self, code: &str) -> Option<std::sync::Arc<RenderedPage>> {
        self.pages.read().ok()?.get(code).cloned()
    }

    fn insert(&self, code: &str, page: RenderedPage) -> std::sync::Arc<RenderedPage> {
        let page = std::sync::Arc::new(page);
        if let Ok(mut pages) = self.pages.write() {
            if pages.len() >= Self::MAX && !pages.contains_key(code) {
                pages.clear();
            }
            pages.insert(code.to_string(), page.clone());
        }
        page
    }
}

pub struct RenderedPage {
    status: CertificateStatus,
    revoked_at: Option<chrono::NaiveDateTime>,
    generation: u64,
    checked: std::time::Instant,
    /// A request is checking this page against the database.
    checking: std::sync::atomic::AtomicBool,
    html: actix_web::web::Bytes,
    html_gzip: actix_web::web::Bytes,
}

impl RenderedPage {
    fn new(cert: &Certificate, html: String, generation: u64) -> RenderedPage {
        RenderedPage {
            status: cert.status,
            revoked_at: cert.revoked_at,
            generation,
            checked: std::time::Instant::now(),
            checking: std::sync::atomic::AtomicBool::new(false),
            html_gzip: crate::http::gzip(html.as_bytes()).into(),
            html: html.into(),
        }
    }

    fn fresh(&self, generation: u64) -> bool {
        self.generation == generation && self.checked.elapsed() < std::time::Duration::from_secs(1)
    }

    fn shows(&self, cert: &Certificate) -> bool {
        self.status == cert.status && self.revoked_at == cert.revoked_at
    }

    fn checked(&self, generation: u64) -> RenderedPage {
        RenderedPage {
            status: self.status,
            revoked_at: self.revoked_at,
            generation,
            checked: std::time::Instant::now(),
            checking: std::sync::atomic::AtomicBool::new(false),
            html: self.html.clone(),
            html_gzip: self.html_gzip.clone(),
        }
    }

    fn respond(&self, req: &HttpRequest, lang: crate::i18n::Lang) -> HttpResponse {
        let gzip = crate::http::accepts_gzip(req);
        HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            // a revocation must show at once: browsers ask again every time
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .insert_header((header::VARY, "Accept-Encoding, Accept-Language, Cookie"))
            .insert_header((header::CONTENT_LANGUAGE, lang.code()))
            .insert_header((header::CONTENT_ENCODING, if gzip { "gzip" } else { "identity" }))
            .body(if gzip { self.html_gzip.clone() } else { self.html.clone() })
    }
}

async fn pdf(state: web::Data<AppState>, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let code = Code::parse(&path).ok_or_else(not_found)?;
    let key = code.as_str().to_string();
    let bytes = state.db.run(move |conn| queries::pdf(conn, &key)).await?.ok_or_else(not_found)?.ok_or_else(|| {
        AppError::conflict(None, "this certificate is being issued; its PDF is ready in a few seconds")
    })?;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"certificate-{}.pdf\"", code.display()),
        ))
        // a PDF never changes once rendered (revocation shows on the page and in the list)
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(bytes))
}

/// A certificate's credential as served: the VC-JWT and the JSON inside it. A signed
/// credential never changes (revocation is in the status list), so it is kept once read.
pub struct Credential {
    jwt: actix_web::web::Bytes,
    json: actix_web::web::Bytes,
}

/// Credentials by code, [`VerifyPages::MAX`] at most (then it starts again).
#[derive(Default)]
pub struct Credentials {
    by_code: std::sync::RwLock<std::collections::HashMap<String, std::sync::Arc<Credential>>>,
}

async fn stored_credential(
    state: &AppState,
    certs: &Certificates,
    code: &str,
) -> Result<std::sync::Arc<Credential>, AppError> {
    let code = Code::parse(code).ok_or_else(not_found)?;
    if let Some(c) = certs.credentials.by_code.read().ok().and_then(|m| m.get(code.as_str()).cloned()) {
        return Ok(c);
    }
    let key = code.as_str().to_string();
    let jwt = state.db.run(move |conn| queries::credential_jwt(conn, &key)).await?.ok_or_else(not_found)?.ok_or_else(
        || AppError::conflict(None, "this certificate is being issued; its credential is ready in a few seconds"),
    )?;
    let json = serde_json::to_vec(&credential::credential_from_jwt(&jwt)?).map_err(|e| AppError::Internal(e.into()))?;
    let found = std::sync::Arc::new(Credential { jwt: jwt.into(), json: json.into() });
    if let Ok(mut map) = certs.credentials.by_code.write() {
        if map.len() >= VerifyPages::MAX {
            map.clear();
        }
        map.insert(code.as_str().to_string(), found.clone());
    }
    Ok(found)
}

fn credential_response(content_type: &str, body: actix_web::web::Bytes) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .body(body)
}

async fn credential_json(
    state: web::Data<AppState>,
    certs: web::Data<Certificates>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let credential = stored_credential(&state, &certs, &path).await?;
    Ok(credential_response("application/json", credential.json.clone()))
}

async fn credential_jwt(
    state: web::Data<AppState>,
    certs: web::Data<Certificates>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let credential = stored_credential(&state, &certs, &path).await?;
    Ok(credential_response("application/jwt", credential.jwt.clone()))
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
