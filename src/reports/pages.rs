//! The impact pages: `/trainings/{id}/impact` for the organisers of a training and of those
//! above it (figures, charts, verified vs reported, CSV of every table, the public switch), and
//! `/t/{slug}/impact`, the public page organisers may switch on: aggregates only, small groups
//! not broken down.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::{charts, queries, snapshot, Figures, Generation, Impact, MIN_GROUP};
use crate::accounts::Account;
use crate::db::DbConnection;
use crate::domain::Country;
use crate::downstream::{AGE_BANDS, SEXES};
use crate::error::{AppError, AppResult};
use crate::http::{redirect, render_with_status, CsrfForm, MaybeSignedIn, Nav, PageError, SignedIn};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::trainings::permissions::{authorize, Action};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/t/{slug}/impact", web::get().to(public_page))
        .route("/trainings/{id}/impact", web::get().to(page))
        .route("/trainings/{id}/impact.csv", web::get().to(csv))
        .route("/organisations/{id}/impact", web::get().to(organisation_page))
        .route("/organisations/{id}/impact.csv", web::get().to(organisation_csv))
        .route("/trainings/{id}/impact/public", web::post().to(switch_public));
}

/// Organisers of the training or of one above it, and administrators, see its impact; others
/// are told it does not exist.
pub fn may_see(conn: &mut DbConnection, actor: &Account, training_id: i64) -> AppResult<()> {
    crate::trainings::queries::find(conn, training_id)?;
    if actor.is_admin || crate::downstream::queries::role_above(conn, actor.id, training_id)?.is_some() {
        Ok(())
    } else {
        Err(AppError::not_found("training"))
    }
}

/// A country's name for a template ("MN" → "Mongolia").
pub fn country_label(code: &str) -> String {
    country_name(code)
}

/// Those who organise trainings for the organisation, and administrators, see its cascades.
pub fn may_see_organisation(conn: &mut DbConnection, actor: &Account, organisation_id: i64) -> AppResult<()> {
    crate::organisations::find(conn, organisation_id)?;
    if actor.is_admin || queries::speaks_for(conn, actor.id, organisation_id)? {
        Ok(())
    } else {
        Err(AppError::not_found("organisation"))
    }
}

fn country_name(code: &str) -> String {
    country_name_in(Lang::En, code)
}

fn country_name_in(lang: Lang, code: &str) -> String {
    Country::from_code(code).map(|c| c.name_in(lang)).unwrap_or_else(|| code.to_string())
}

#[derive(Template)]
#[template(path = "reports/impact.html")]
struct ImpactPage {
    nav: Nav,
    impact: Impact,
    /// "/trainings/1" or "/organisations/3": where the views, CSV and JSON live
    base: String,
    /// the training's editor or the organisations list
    back: String,
    /// the figures shown (all, or verified only)
    shown: Figures,
    verified_view: bool,
    charts: Vec<(&'static str, String, String)>,
    public: bool,
    public_url: String,
    can_switch: bool,
    sexes: Vec<(&'static str, String)>,
    ages: Vec<(&'static str, String)>,
    min_group: i64,
    /// the public page: no names, small groups suppressed, no controls
    is_public_page: bool,
}

impl ImpactPage {
    fn rows(&self) -> Vec<&Generation> {
        self.shown.generations.iter().chain(std::iter::once(&self.shown.totals)).collect()
    }
    /// As in the JSON ("2026-12-01T07:30:00.123456Z").
    fn computed_at(&self) -> String {
        self.impact.computed_at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
    fn as_of_html(&self) -> String {
        let lang = self.nav.lang;
        let when = lang.t1(
            "impact-utc",
            "time",
            crate::i18n::dates::long_with_time(lang, self.impact.computed_at.naive_utc()),
        );
        let time = format!("<time datetime=\"{}\">{}</time>", self.computed_at(), crate::http::escape_html(&when));
        let id = if self.impact.updating { "impact-as-of-updating" } else { "impact-as-of" };
        crate::http::sentence_with_html(lang, id, "date", &time)
    }
    fn lead(&self) -> String {
        let totals = &self.shown.totals;
        self.nav.lang.tn(
            "impact-lead",
            &[
                ("people", totals.people_reached.into()),
                ("generations", self.shown.generations.len().into()),
                ("countries", totals.countries.len().into()),
                ("trainings", totals.trainings.into()),
                ("trainers", totals.trainers_certified.into()),
            ],
        )
    }
    fn generation_label(&self, g: &Generation) -> String {
        if g.generation < 0 {
            self.nav.t("impact-all-generations")
        } else {
            self.nav.t1("impact-generation-short", "generation", g.generation)
        }
    }
    fn country(&self, code: &str) -> String {
        country_name_in(self.nav.lang, code)
    }
    fn public_on_html(&self) -> String {
        crate::http::sentence_with_link(
            self.nav.lang,
            "impact-public-on",
            "link",
            &self.public_url,
            &self.public_url,
            "",
        )
    }
    fn multiplier(&self) -> String {
        self.shown.multiplier.map(|m| format!("{m:.2}")).unwrap_or_else(|| "—".into())
    }
    fn below(&self) -> i64 {
        self.shown.generations.iter().filter(|g| g.generation >= 1).map(|g| g.people_reached).sum()
    }
    fn g0_trainers(&self) -> i64 {
        self.shown.generations.first().map(|g| g.trainers_certified).unwrap_or(0)
    }
    fn country_list(&self, g: &Generation) -> String {
        g.countries.iter().map(|c| country_name_in(self.nav.lang, c)).collect::<Vec<_>>().join(", ")
    }
    fn csv_view(&self) -> &'static str {
        if self.verified_view {
            "&view=verified"
        } else {
            ""
        }
    }
    fn num(&self, v: Option<i64>) -> String {
        v.map(|n| self.n(&n)).unwrap_or_else(|| "—".into())
    }
    /// A count as the reader's language writes it ("1,234", "1 234").
    fn n(&self, v: &i64) -> String {
        crate::i18n::numbers::integer(self.nav.lang, *v)
    }
    fn hours(&self, g: &Generation) -> String {
        let rounded = (g.hours * 10.0).round() / 10.0;
        crate::i18n::numbers::format(self.nav.lang, rounded).unwrap_or_else(|| g.hours_text())
    }
}

#[derive(Deserialize)]
struct ViewQuery {
    #[serde(default)]
    view: String,
}

/// Whose report a signed-in page or CSV shows.
#[derive(Clone, Copy)]
pub(super) enum Subject {
    Training(i64),
    Organisation(i64),
}

impl Subject {
    fn base(self) -> String {
        match self {
            Subject::Training(id) => format!("/trainings/{id}"),
            Subject::Organisation(id) => format!("/organisations/{id}"),
        }
    }
}

/// The report of `subject` if `actor` may see it (404 otherwise), computed or stored (see
/// `snapshot.rs`).
pub(super) async fn visible_report(state: &web::Data<AppState>, actor: Account, subject: Subject) -> AppResult<Impact> {
    let scope = match subject {
        Subject::Training(id) => queries::Scope::Training(id),
        Subject::Organisation(id) => queries::Scope::Organisation(id),
    };
    snapshot::serve(state, scope, move |conn| match subject {
        Subject::Training(id) => may_see(conn, &actor, id),
        Subject::Organisation(id) => may_see_organisation(conn, &actor, id),
    })
    .await
}

/// The public switch of a training's page: (on, its address, may `actor` switch it).
type PublicSwitch = (bool, String, bool);

async fn report_page(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    who: &SignedIn,
    subject: Subject,
    view: &str,
) -> Result<HttpResponse, PageError> {
    let impact = visible_report(state, who.0.clone(), subject).await?;
    let actor = who.0.clone();
    let switch: Option<PublicSwitch> = state
        .db
        .run(move |conn| {
            Ok(match subject {
                Subject::Training(id) => Some((
                    queries::is_public(conn, id)?,
                    format!("/t/{}/impact", crate::trainings::queries::find(conn, id)?.slug),
                    authorize(conn, &actor, id, Action::EditDetails).is_ok(),
                )),
                Subject::Organisation(_) => None,
            })
        })
        .await?;
    let verified_view = view == "verified";
    let shown = if verified_view { impact.verified_only.clone() } else { impact.figures.clone() };
    let (public, public_url, can_switch) = switch.clone().unwrap_or((false, String::new(), false));
    let back = match subject {
        Subject::Training(id) => format!("/trainings/{id}/edit"),
        Subject::Organisation(_) => "/organisations".into(),
    };
    let nav = Nav::new(req, Some(&who.0));
    let lang = nav.lang;
    let sexes = crate::downstream::sexes_in(lang);
    Ok(render_with_status(
        StatusCode::OK,
        &ImpactPage {
            nav,
            charts: charts::all(&shown, lang, &sexes, |c| country_name_in(lang, c)),
            shown,
            verified_view,
            public,
            public_url,
            base: subject.base(),
            back,
            can_switch,
            sexes,
            ages: crate::downstream::age_bands_in(lang),
            min_group: MIN_GROUP,
            is_public_page: false,
            impact,
        },
    ))
}

async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    q: web::Query<ViewQuery>,
) -> Result<HttpResponse, PageError> {
    report_page(&req, &state, &who, Subject::Training(id.into_inner()), &q.view).await
}

async fn organisation_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    q: web::Query<ViewQuery>,
) -> Result<HttpResponse, PageError> {
    report_page(&req, &state, &who, Subject::Organisation(id.into_inner()), &q.view).await
}

async fn public_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: MaybeSignedIn,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let training_id = state
        .db
        .run(move |conn| {
            let not_found = || AppError::NotFound("this training has no public impact page".into());
            let training = crate::trainings::queries::find_by_slug(conn, &slug)?.ok_or_else(not_found)?;
            let shown = matches!(
                training.status,
                crate::domain::TrainingStatus::Published | crate::domain::TrainingStatus::Completed
            );
            if !shown || !queries::is_public(conn, training.id)? {
                return Err(not_found());
            }
            Ok(training.id)
        })
        .await?;
    let impact = snapshot::serve(&state, queries::Scope::Training(training_id), |_| Ok(())).await?;
    let mut shown = impact.figures.clone();
    shown.suppress_small_groups();
    let nav = Nav::new(&req, who.0.as_ref());
    let lang = nav.lang;
    let sexes = crate::downstream::sexes_in(lang);
    let charts = charts::all(&shown, lang, &sexes, |c| country_name_in(lang, c));
    let body = ImpactPage {
        nav,
        shown,
        verified_view: false,
        charts,
        public: true,
        public_url: String::new(),
        base: String::new(),
        back: String::new(),
        can_switch: false,
        sexes,
        ages: crate::downstream::age_bands_in(lang),
        min_group: MIN_GROUP,
        is_public_page: true,
        impact,
    };
    let mut response = render_with_status(StatusCode::OK, &body);
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("public, max-age=60"));
    // the words follow the reader's language (the switcher's cookie, else the browser's)
    response
        .headers_mut()
        .insert(header::VARY, header::HeaderValue::from_static("Accept-Encoding, Accept-Language, Cookie"));
    if let Ok(value) = header::HeaderValue::from_str(lang.code()) {
        response.headers_mut().insert(header::CONTENT_LANGUAGE, value);
    }
    Ok(response)
}

#[derive(Deserialize)]
struct CsvQuery {
    #[serde(default)]
    table: String,
    #[serde(default)]
    view: String,
}

async fn report_csv(
    state: &web::Data<AppState>,
    who: &SignedIn,
    subject: Subject,
    q: &CsvQuery,
) -> Result<HttpResponse, PageError> {
    let impact = visible_report(state, who.0.clone(), subject).await?;
    let name = match subject {
        Subject::Training(id) => format!("impact-{id}"),
        Subject::Organisation(id) => format!("organisation-{id}-impact"),
    };
    csv_of(&impact, q, &name)
}

async fn csv(
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    q: web::Query<CsvQuery>,
) -> Result<HttpResponse, PageError> {
    report_csv(&state, &who, Subject::Training(id.into_inner()), &q).await
}

async fn organisation_csv(
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    q: web::Query<CsvQuery>,
) -> Result<HttpResponse, PageError> {
    report_csv(&state, &who, Subject::Organisation(id.into_inner()), &q).await
}

/// One table of a report as CSV.
fn csv_of(impact: &Impact, q: &CsvQuery, name: &str) -> Result<HttpResponse, PageError> {
    let f = if q.view == "verified" { &impact.verified_only } else { &impact.figures };
    let csv_err = |e: csv::Error| AppError::Internal(anyhow::anyhow!("csv: {e}"));
    let mut out = csv::Writer::from_writer(Vec::new());
    let table = match q.table.as_str() {
        "months" => {
            out.write_record(["month", "people_reached"]).map_err(csv_err)?;
            for c in &f.by_month {
                out.write_record([c.key.clone(), c.people.to_string()]).map_err(csv_err)?;
            }
            "months"
        }
        "countries" => {
            out.write_record(["country", "country_name", "people_reached"]).map_err(csv_err)?;
            for c in &f.by_country {
                out.write_record([c.key.clone(), country_name(&c.key), c.people.to_string()]).map_err(csv_err)?;
            }
            "countries"
        }
        "generations" | "" => {
            let mut head: Vec<String> = [
                "generation",
                "trainings",
                "hosted_trainings",
                "reported_trainings",
                "trainers_certified",
                "active_trainers",
                "people_reached",
                "named_participants",
                "reported_participants",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            head.extend(SEXES.iter().map(|(k, _)| format!("sex_{k}")));
            head.extend(AGE_BANDS.iter().map(|(k, _)| format!("age_{k}")));
            head.extend(["countries".to_string(), "hours".to_string()]);
            out.write_record(&head).map_err(csv_err)?;
            for g in f.generations.iter().chain(std::iter::once(&f.totals)) {
                let mut row = vec![
                    if g.generation < 0 { "total".to_string() } else { g.generation.to_string() },
                    g.trainings.to_string(),
                    g.hosted_trainings.to_string(),
                    g.reported_trainings.to_string(),
                    g.trainers_certified.to_string(),
                    g.active_trainers.to_string(),
                    g.people_reached.to_string(),
                    g.named_participants.to_string(),
                    g.reported_participants.to_string(),
                ];
                row.extend(SEXES.iter().map(|(k, _)| g.sex(k).unwrap_or(0).to_string()));
                row.extend(AGE_BANDS.iter().map(|(k, _)| g.age(k).unwrap_or(0).to_string()));
                row.push(g.countries.join(" "));
                row.push(g.hours_text());
                out.write_record(&row).map_err(csv_err)?;
            }
            "generations"
        }
        other => {
            return Err(
                AppError::invalid("table", format!("{other:?} is not one of: generations, months, countries")).into()
            )
        }
    };
    let body = out.into_inner().map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}-{table}.csv\"")))
        .body(body))
}

#[derive(Deserialize)]
struct SwitchForm {
    #[serde(default)]
    public: String,
}

async fn switch_public(
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form: CsrfForm<SwitchForm>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let on = form.0.public == "on";
    let actor = who.0.clone();
    state
        .db
        .write(move |conn| {
            authorize(conn, &actor, id, Action::EditDetails)?;
            queries::set_public(conn, id, Some(actor.id), on)
        })
        .await?;
    Ok(redirect(&format!("/trainings/{id}/impact")))
}
