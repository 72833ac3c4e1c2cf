//! The public training page (`/t/{slug}`), its JSON twin and its calendar
//! (`/t/{slug}/calendar.ics`). All three are rendered once per training version,
//! gzip-compressed once, and served from memory with an ETag and Last-Modified (calendar apps
//! poll the calendar all day: an unchanged one answers 304). The version is checked
//! against the database at most once a second per page (at once after a write through this
//! instance), so another instance's change shows within a second.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Serialize;

use crate::domain::time::utc_rfc3339;
use crate::domain::OrganiserRole;
use crate::error::AppError;
use crate::http::language::Reader;
use crate::http::Nav;
use crate::http::PageError;
use crate::i18n::Lang;
use crate::organisations::logo::{self, LogoInfo};
use crate::state::AppState;
use crate::trainings::zones::{schedule, Schedule};
use crate::trainings::{queries, Organiser, Training, TrainingDetail};

mod calendar;
mod privacy;

pub fn routes(cfg: &mut web::ServiceConfig) {
    calendar::routes(cfg);
    privacy::routes(cfg);
    cfg.route("/t/{slug}", web::get().to(page))
        .route("/t/{slug}", web::head().to(page))
        .route("/api/v1/public/trainings/{slug}", web::get().to(json))
        .route("/api/v1/public/trainings/{slug}", web::head().to(json));
}

/// Rendered pages by slug, each tagged with the training version it shows.
#[derive(Default)]
pub struct PageCache {
    pages: RwLock<HashMap<String, Entry>>,
}

/// A rendered version and when its version was last checked against the database.
#[derive(Clone)]
struct Entry {
    rendered: Arc<Rendered>,
    checked_at: Instant,
    /// [`crate::db::Db::write_generation`] at that check: a write through this instance
    /// makes the entry check again at once.
    generation: u64,
    /// Set while one request re-checks an expired entry; the others keep serving it
    /// meanwhile, so an expiry costs one query, not one per request in flight.
    refreshing: Arc<std::sync::atomic::AtomicBool>,
}

/// How long a checked version is trusted without asking the database again. Changes made
/// through this instance show at once; changes made through another instance within this time.
const FRESH_FOR: Duration = Duration::from_secs(1);

struct Rendered {
    id: i64,
    version: i64,
    slug: String,
    etag: String,
    /// HTTP date of the version's change
    last_modified: String,
    /// What the page shows, kept to render it in each language the first time one is asked for.
    source: PublicDetail,
    description_html: String,
    /// The training's own language (for readers who ask for none we speak).
    language: Lang,
    /// The page in each language ([`Lang::index`]), plain and gzipped, rendered on first use.
    html: Vec<std::sync::OnceLock<(Bytes, Bytes)>>,
    json: Bytes,
    json_gzip: Bytes,
    ics: Bytes,
    ics_gzip: Bytes,
    /// When the page must be rendered again although the version is the same: registration
    /// opens or closes, or the last session ends.
    valid_until: Option<chrono::NaiveDateTime>,
}

/// An organising organisation as public pages show it: once, however many of its people
/// organise, with its logo when it has one (served by Cascade, never from `logo_url`).
pub struct OrganisationView {
    pub name: String,
    /// its country's name in the reader's language
    pub country: String,
    /// It speaks for the lead organiser.
    pub lead: bool,
    pub logo: Option<LogoInfo>,
}

/// The training's organisations in organiser order (the lead's first), each once.
pub fn organisations(organisers: &[Organiser], logos: &[LogoInfo], lang: Lang) -> Vec<OrganisationView> {
    let mut out: Vec<(i64, OrganisationView)> = Vec::new();
    for o in organisers {
        let lead = o.role == OrganiserRole::Lead;
        match out.iter_mut().find(|(id, _)| *id == o.organisation.id) {
            Some((_, seen)) => seen.lead |= lead,
            None => out.push((
                o.organisation.id,
                OrganisationView {
                    name: o.organisation.name.clone(),
                    country: o.organisation.country().map(|c| c.name_in(lang)).unwrap_or_default(),
                    lead,
                    logo: logos.iter().find(|l| l.organisation_id == o.organisation.id).cloned(),
                },
            )),
        }
    }
    out.into_iter().map(|(_, v)| v).collect()
}

/// A training with what its public pages show besides it: its organisations' logos.
pub struct PublicDetail {
    pub detail: TrainingDetail,
    pub logos: Vec<LogoInfo>,
}

/// Reads a training and its organisations' logos (two queries more than the training).
pub fn load(conn: &mut crate::db::DbConnection, training_id: i64) -> Result<PublicDetail, AppError> {
    let detail = queries::detail(conn, training_id)?;
    let ids: Vec<i64> = detail.organisers.iter().map(|o| o.organisation.id).collect();
    let logos = logo::infos_of(conn, &ids)?;
    Ok(PublicDetail { detail, logos })
}

#[derive(Template)]
#[template(path = "public/training.html")]
struct PublicPage<'a> {
    nav: Nav,
    training: &'a Training,
    /// the training's language, named in itself ("Монгол")
    training_language: String,
    description_html: String,
    organisations: Vec<OrganisationView>,
    /// Whether any organisation has a logo (the row of logos is left out otherwise).
    has_logos: bool,
    contact: Option<&'a str>,
    schedule: Schedule,
    show_actions: bool,
    /// "14–16 February 2023" once the last session has ended
    took_place: Option<String>,
    /// registration has closed (the training has not ended yet)
    registration_over: bool,
}

impl PublicPage<'_> {
    fn privacy_url(&self) -> String {
        format!("/t/{}/privacy", self.training.slug)
    }
}

/// Markdown to HTML with anything executable removed (scripts, event handlers, javascript: links).
/// A single line break is kept as one (organisers write addresses and agendas line by line, not
/// knowing that Markdown joins them).
/// Images are never loaded from where an organiser pointed them (a third party could count
/// and identify readers with a tracking pixel): a Markdown image becomes a link to it, named
/// by its alt text (inside a link, just the alt text), and raw `<img>` tags are removed.
pub fn markdown(text: &str) -> String {
    use pulldown_cmark::{Event, LinkType, Tag, TagEnd};
    let parser = pulldown_cmark::Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES);
    let mut out: Vec<Event> = Vec::new();
    let mut links = 0usize;
    // per open image: its address when it became a link, and whether it had any text
    let mut images = Vec::new();
    for event in parser {
        match event {
            Event::Start(Tag::Link { .. }) => {
                links += 1;
                out.push(event);
            }
            Event::End(TagEnd::Link) => {
                links = links.saturating_sub(1);
                out.push(event);
            }
            Event::Start(Tag::Image { dest_url, title, id, .. }) => {
                if links == 0 {
                    links += 1;
                    images.push((Some(dest_url.clone()), false));
                    out.push(Event::Start(Tag::Link { link_type: LinkType::Inline, dest_url, title, id }));
                } else {
                    images.push((None, false));
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((Some(url), had_text)) = images.pop() {
                    links = links.saturating_sub(1);
                    if !had_text {
                        out.push(Event::Text(url));
                    }
                    out.push(Event::End(TagEnd::Link));
                }
            }
            Event::Text(_) | Event::Code(_) => {
                if let Some(open) = images.last_mut() {
                    open.1 = true;
                }
                out.push(event);
            }
            Event::SoftBreak => out.push(Event::HardBreak),
            other => out.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    ammonia::Builder::default().rm_tags(["img"]).link_rel(Some("noopener nofollow")).clean(&html).to_string()
}

/// The public view of a training (no e-mail addresses, no join links).
#[derive(Serialize, utoipa::ToSchema)]
pub struct PublicTraining {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub description_html: String,
    pub kind: crate::domain::TrainingKind,
    pub timezone: String,
    pub language: String,
    pub capacity: Option<i32>,
    pub registration_mode: crate::domain::RegistrationMode,
    /// The address to write to about the training (set by the organisers, else the lead
    /// organiser's).
    pub contact_email: Option<String>,
    /// The training's privacy notice: what registering keeps, for how long, how to have it erased.
    pub privacy_url: String,
    pub organisers: Vec<PublicOrganiser>,
    pub sessions: Vec<PublicSession>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct PublicOrganiser {
    pub organisation: String,
    pub country: String,
    pub role: crate::domain::OrganiserRole,
    /// The organisation's logo, served by Cascade (PNG or JPEG), when it has one.
    pub logo: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct PublicSession {
    pub title: String,
    /// UTC, RFC 3339.
    pub starts_at: String,
    pub ends_at: String,
    /// The same instants in each organiser country's zone (and the training's).
    pub local: Vec<ZoneTime>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ZoneTime {
    pub zone: String,
    pub label: String,
    pub starts_at: String,
    pub ends_at: String,
}

fn gzip(body: &[u8]) -> Result<Bytes, AppError> {
    Ok(Bytes::from(crate::http::gzip(body)))
}

/// The cached body in the encoding the client accepts. `Content-Encoding: identity` tells
/// the compression middleware to leave it alone.
fn respond(req: &HttpRequest, r: &Rendered, content_type: &str, plain: &Bytes, gzipped: &Bytes) -> HttpResponse {
    let gzip = crate::http::accepts_gzip(req);
    let mut res = HttpResponse::Ok();
    res.content_type(content_type)
        .insert_header((header::ETAG, r.etag.clone()))
        .insert_header((header::LAST_MODIFIED, r.last_modified.clone()))
        .insert_header((header::CACHE_CONTROL, "public, no-cache"))
        .insert_header((header::VARY, "Accept-Encoding"))
        .insert_header((header::CONTENT_ENCODING, if gzip { "gzip" } else { "identity" }));
    res.body(if gzip { gzipped.clone() } else { plain.clone() })
}

/// The page in `lang` (its ETag is the version's with the language's code).
fn render_html(r: &Rendered, lang: Lang) -> Result<(Bytes, Bytes), AppError> {
    let detail = &r.source.detail;
    // the title, summary and description in the reader's language where the organisers wrote one
    let shown = detail.training.in_language(lang);
    let t = &shown;
    let now = crate::db::now();
    let closes = t.registration_closes(&detail.sessions);
    let ended = t.ended_at(&detail.sessions);
    let took_place = ended.filter(|end| now >= *end).map(|_| t.dates_text(&detail.sessions, lang));
    let organisations = organisations(&detail.organisers, &r.source.logos, lang);
    let page = PublicPage {
        nav: Nav::anonymous(lang, format!("/t/{}", t.slug)),
        training: t,
        training_language: Lang::parse(&t.language)
            .map(|l| l.autonym().to_string())
            .unwrap_or_else(|| t.language.clone()),
        description_html: if t.description == detail.training.description {
            r.description_html.clone()
        } else {
            markdown(&t.description)
        },
        has_logos: organisations.iter().any(|o| o.logo.is_some()),
        organisations,
        contact: t.contact(&detail.organisers),
        schedule: schedule(t, &detail.sessions, &detail.organisers, lang),
        show_actions: false,
        registration_over: took_place.is_none() && closes.is_some_and(|c| now >= c),
        took_place,
    };
    let html = page.render().map_err(|e| AppError::Internal(anyhow::anyhow!("template: {e}")))?;
    Ok((gzip(html.as_bytes())?, Bytes::from(html)))
}

fn render(source: PublicDetail, env: &crate::state::LinkEnv) -> Result<Rendered, AppError> {
    let detail = &source.detail;
    let t = &detail.training;
    let contact = t.contact(&detail.organisers);
    let now = crate::db::now();
    let closes = t.registration_closes(&detail.sessions);
    let ended = t.ended_at(&detail.sessions);
    let valid_until = [t.registration_opens_at, closes, ended].into_iter().flatten().filter(|at| *at > now).min();
    let ics = calendar::publish(t, &detail.sessions, env);
    let description_html = markdown(&t.description);
    // the JSON's local times: the zones are the same in every language
    let sched = schedule(t, &detail.sessions, &detail.organisers, Lang::En);
    let public = PublicTraining {
        slug: t.slug.clone(),
        title: t.title.clone(),
        summary: t.summary.clone(),
        description_html: description_html.clone(),
        kind: t.kind(),
        timezone: t.timezone.clone(),
        language: t.language.clone(),
        capacity: t.capacity,
        registration_mode: t.mode(),
        contact_email: contact.map(str::to_string),
        privacy_url: env.url(&format!("/t/{}/privacy", t.slug)),
        organisers: detail
            .organisers
            .iter()
            .map(|o| PublicOrganiser {
                organisation: o.organisation.name.clone(),
                country: o.organisation.country.clone(),
                role: o.role,
                logo: source.logos.iter().find(|l| l.organisation_id == o.organisation.id).map(|l| env.url(&l.url())),
            })
            .collect(),
        sessions: detail
            .sessions
            .iter()
            .map(|s| PublicSession {
                title: s.title.clone(),
                starts_at: utc_rfc3339(s.starts_at),
                ends_at: utc_rfc3339(s.ends_at),
                local: sched
                    .columns
                    .iter()
                    .map(|c| ZoneTime {
                        zone: c.tz.name().to_string(),
                        label: c.label.clone(),
                        starts_at: crate::domain::time::in_zone(s.starts_at, c.tz).to_rfc3339(),
                        ends_at: crate::domain::time::in_zone(s.ends_at, c.tz).to_rfc3339(),
                    })
                    .collect(),
            })
            .collect(),
    };
    let json = serde_json::to_vec(&public).map_err(|e| AppError::Internal(e.into()))?;
    Ok(Rendered {
        id: t.id,
        version: t.version,
        slug: t.slug.clone(),
        etag: format!("\"t{}v{}\"", t.id, t.version),
        last_modified: header::HttpDate::from(std::time::SystemTime::from(t.updated_at.and_utc())).to_string(),
        ics_gzip: gzip(ics.as_bytes())?,
        ics: Bytes::from(ics),
        valid_until,
        language: Lang::parse(&t.language).unwrap_or_default(),
        html: (0..Lang::ALL.len()).map(|_| std::sync::OnceLock::new()).collect(),
        description_html,
        json_gzip: gzip(&json)?,
        json: Bytes::from(json),
        source,
    })
}

async fn fetch(state: &AppState, cache: &PageCache, slug: String) -> Result<Arc<Rendered>, AppError> {
    let generation = state.db.write_generation();
    let cached = cache.pages.read().ok().and_then(|p| p.get(&slug).cloned());
    if let Some(hit) = &cached {
        if hit.generation == generation {
            if hit.checked_at.elapsed() < FRESH_FOR {
                return Ok(hit.rendered.clone());
            }
            // expired by time only: one request re-checks, the others serve the cached copy
            if hit.refreshing.swap(true, std::sync::atomic::Ordering::AcqRel) {
                return Ok(hit.rendered.clone());
            }
        }
    }
    let key = slug.clone();
    let found = state.db.run(move |conn| queries::version_by_slug(conn, &key)).await;
    if let (Err(_), Some(hit)) = (&found, &cached) {
        hit.refreshing.store(false, std::sync::atomic::Ordering::Release);
    }
    let found = found?;
    let Some((id, version, _)) = found.filter(|f| f.2 == crate::domain::TrainingStatus::Published.as_str()) else {
        if let Ok(mut pages) = cache.pages.write() {
            pages.remove(&slug);
        }
        return Err(AppError::NotFound("no published training at this address".into()));
    };
    let rendered = match cached {
        Some(hit)
            if hit.rendered.id == id
                && hit.rendered.version == version
                && hit.rendered.valid_until.is_none_or(|until| crate::db::now() < until) =>
        {
            hit.rendered
        }
        _ => {
            let public = state.db.run(move |conn| load(conn, id)).await?;
            Arc::new(render(public, &state.link_env)?)
        }
    };
    if let Ok(mut pages) = cache.pages.write() {
        let entry = Entry {
            rendered: rendered.clone(),
            checked_at: Instant::now(),
            generation,
            refreshing: Default::default(),
        };
        pages.insert(slug, entry);
    }
    Ok(rendered)
}

/// 304 for a client that holds this version.
fn unchanged(r: &Rendered, etag: &str) -> HttpResponse {
    HttpResponse::NotModified()
        .insert_header((header::ETAG, etag.to_string()))
        .insert_header((header::LAST_MODIFIED, r.last_modified.clone()))
        .finish()
}

/// Whether the client already holds this version (If-None-Match; `*` matches any).
fn not_modified(req: &HttpRequest, etag: &str) -> bool {
    req.headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    cache: web::Data<PageCache>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let r = fetch(&state, &cache, slug.into_inner()).await?;
    let lang = Reader::of(&req).asked().unwrap_or(r.language);
    let etag = format!("{}-{}\"", r.etag.trim_end_matches('"'), lang.code());
    if not_modified(&req, &etag) {
        return Ok(unchanged(&r, &etag));
    }
    let slot = &r.html[lang.index()];
    let (gzipped, plain) = match slot.get() {
        Some(page) => page,
        None => {
            let page = render_html(&r, lang)?;
            slot.get_or_init(|| page)
        }
    };
    let mut response = respond(&req, &r, "text/html; charset=utf-8", plain, gzipped);
    let headers = response.headers_mut();
    headers.insert(header::ETAG, header::HeaderValue::from_str(&etag).map_err(|e| AppError::Internal(e.into()))?);
    headers.insert(header::VARY, header::HeaderValue::from_static("Accept-Encoding, Accept-Language, Cookie"));
    headers.insert(header::CONTENT_LANGUAGE, header::HeaderValue::from_static(lang.code()));
    Ok(response)
}

/// A published training as JSON (no sign-in needed).
#[utoipa::path(get, path = "/api/v1/public/trainings/{slug}", tag = "public",
    params(("slug" = String, Path, description = "the training's web address")),
    responses((status = 200, body = PublicTraining), (status = 404, body = crate::error::ErrorBody)))]
pub async fn json(
    req: HttpRequest,
    state: web::Data<AppState>,
    cache: web::Data<PageCache>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let r = fetch(&state, &cache, slug.into_inner()).await?;
    if not_modified(&req, &r.etag) {
        return Ok(unchanged(&r, &r.etag));
    }
    Ok(respond(&req, &r, "application/json", &r.json, &r.json_gzip))
}

#[cfg(test)]
mod tests {
    #[test]
    fn single_line_breaks_are_kept_and_scripts_removed() {
        let html = super::markdown("Day 1: the portal\nDay 2: reporters\n\n<script>alert(1)</script>");
        assert!(html.contains("Day 1: the portal<br"), "{html}");
        assert!(!html.contains("<script"), "{html}");
    }
}
