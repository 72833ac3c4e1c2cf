//! The organisers' attendance grid: one row a person, one column a session, a status and
//! minutes in each cell; "mark the rest present" per session; filters by country and name.
//! Made for 60 people and a keyboard, and works without JavaScript (one form, one submit).

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::attendance::service::{self, Grid, MarkInput};
use crate::attendance::{queries, AttendanceStatus, ImportRecord};
use crate::error::AppError;
use crate::http::{render_with_status, Button, CsrfForm, FormError, Nav, PageError, SignedIn};
use crate::registration::Registration;
use crate::state::AppState;
use crate::trainings::permissions::Abilities;
use crate::trainings::Session;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/trainings/{id}/attendance", web::get().to(page))
        .route("/trainings/{id}/attendance", web::post().to(save))
        .route("/trainings/{id}/attendance/sessions/{sid}/rest-present", web::post().to(rest_present));
}

#[derive(Deserialize, Default)]
pub(super) struct Filter {
    #[serde(default)]
    country: String,
    #[serde(default)]
    q: String,
}

/// A cell of the grid as the form shows it.
struct Cell {
    session_id: i64,
    status: &'static str,
    minutes: String,
    source: String,
}

struct Row {
    registration: Registration,
    cells: Vec<Cell>,
}

struct SessionColumn {
    session: Session,
    when: String,
    length: i32,
    present: usize,
    code: String,
}

#[derive(Template)]
#[template(path = "attendance/grid.html")]
struct GridPage {
    nav: Nav,
    training: crate::trainings::Training,
    can_mark: bool,
    columns: Vec<SessionColumn>,
    rows: Vec<Row>,
    total: usize,
    countries: Vec<String>,
    filter: Filter,
    imports: Vec<ImportRecord>,
    statuses: &'static [AttendanceStatus],
    error: FormError,
    notice: String,
}

impl GridPage {
    /// "<strong>12</strong> of 30 present"
    fn present_html(&self, c: &SessionColumn) -> String {
        let present = c.present.to_string();
        let total = [("total", crate::i18n::Arg::Number(self.total as f64))];
        crate::trainings::pages::tagged(
            self.nav.lang,
            "org-attendance-present",
            &[("present", &present, "strong")],
            &total,
        )
    }
    /// How an imported report's people matched: by e-mail, by name, not, ambiguously.
    fn import_matched(&self, i: &ImportRecord) -> String {
        let id =
            if i.ambiguous > 0 { "org-attendance-import-matched-ambiguous" } else { "org-attendance-import-matched" };
        let args = [
            ("email", crate::i18n::Arg::Number(f64::from(i.matched))),
            ("name", crate::i18n::Arg::Number(f64::from(i.matched_by_name))),
            ("unmatched", crate::i18n::Arg::Number(f64::from(i.unmatched))),
            ("ambiguous", crate::i18n::Arg::Number(f64::from(i.ambiguous))),
        ];
        crate::i18n::messages::format(self.nav.lang, id, &args)
    }
    fn session_title(&self, id: &i64) -> String {
        self.columns.iter().find(|c| c.session.id == *id).map(|c| c.session.title.clone()).unwrap_or_default()
    }
}

pub(super) async fn render_grid(
    req: &HttpRequest,
    state: &AppState,
    who: &SignedIn,
    id: i64,
    filter: Filter,
    error: FormError,
    notice: String,
) -> Result<HttpResponse, PageError> {
    let actor = who.0.clone();
    let nav = Nav::new(req, Some(&who.0));
    let (grid, imports, role) = state
        .db
        .run(move |conn| {
            let grid = service::grid(conn, &actor, id)?;
            let role = crate::trainings::queries::role_of(conn, id, actor.id)?;
            Ok((grid, queries::imports(conn, id)?, role))
        })
        .await?;
    let Grid { training, sessions, people, marks } = grid;
    let can = Abilities::of(role, who.0.is_admin);
    let tz = training.tz();
    let mark_of: HashMap<(i64, i64), &crate::attendance::Mark> =
        marks.iter().map(|m| ((m.registration_id, m.session_id), m)).collect();
    let columns: Vec<SessionColumn> = sessions
        .iter()
        .map(|s| {
            let local = crate::domain::time::in_zone(s.starts_at, tz);
            SessionColumn {
                when: local.format("%-d %b %H:%M").to_string(),
                length: service::length_minutes(s),
                present: marks.iter().filter(|m| m.session_id == s.id && m.status == AttendanceStatus::Present).count(),
                code: service::check_in_code(&state.link_env.link_secret, s),
                session: s.clone(),
            }
        })
        .collect();
    let mut countries: Vec<String> = people.iter().map(|r| r.country.clone()).collect();
    countries.sort();
    countries.dedup();
    let total = people.len();
    let needle = crate::attendance::import::normalise_name(&filter.q);
    let rows: Vec<Row> = people
        .into_iter()
        .filter(|r| filter.country.is_empty() || r.country == filter.country)
        .filter(|r| {
            needle.is_empty()
                || crate::attendance::import::normalise_name(&r.full_name).contains(&needle)
                || r.email.contains(&filter.q.trim().to_lowercase())
        })
        .map(|r| Row {
            cells: sessions
                .iter()
                .map(|s| {
                    let m = mark_of.get(&(r.id, s.id));
                    Cell {
                        session_id: s.id,
                        status: m.map_or("", |m| m.status.as_str()),
                        minutes: m.and_then(|m| m.minutes).map(|n| n.to_string()).unwrap_or_default(),
                        source: m.map_or(String::new(), |m| m.source.label_in(nav.lang)),
                    }
                })
                .collect(),
            registration: r,
        })
        .collect();
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = GridPage {
        nav,
        training,
        can_mark: can.take_attendance,
        columns,
        rows,
        total,
        countries,
        filter,
        imports,
        statuses: AttendanceStatus::ALL,
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
    filter: web::Query<Filter>,
) -> Result<HttpResponse, PageError> {
    render_grid(&req, &state, &who, id.into_inner(), filter.into_inner(), FormError::default(), String::new()).await
}

/// Reads the grid's form: `s.{registration}.{session}` = present / absent / excused / "" and
/// `m.{registration}.{session}` = minutes. Only the cells on the form are changed.
fn changes(form: &HashMap<String, String>) -> Result<Vec<MarkInput>, AppError> {
    let mut out = Vec::new();
    for (key, value) in form {
        let Some(rest) = key.strip_prefix("s.") else { continue };
        let (r, s) = rest.split_once('.').ok_or_else(|| AppError::BadRequest(format!("unknown field {key:?}")))?;
        let (registration_id, session_id) = match (r.parse::<i64>(), s.parse::<i64>()) {
            (Ok(r), Ok(s)) => (r, s),
            _ => return Err(AppError::BadRequest(format!("unknown field {key:?}"))),
        };
        let status = match value.trim() {
            "" => None,
            v => Some(AttendanceStatus::parse(key, v)?),
        };
        let minutes_key = format!("m.{registration_id}.{session_id}");
        let minutes = match form.get(&minutes_key).map(|m| m.trim()).unwrap_or("") {
            "" => None,
            m => Some(m.parse::<i32>().map_err(|_| {
                AppError::invalid(minutes_key.clone(), format!("{m:?} is not a whole number of minutes"))
            })?),
        };
        out.push(MarkInput { registration_id, session_id, status, minutes });
    }
    // the same order every time (a HashMap has none), so a bad cell is reported consistently
    out.sort_by_key(|c| (c.registration_id, c.session_id));
    Ok(out)
}

async fn save(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let result = match changes(&form.0) {
        Ok(list) => {
            let actor = who.0.clone();
            state.db.write(move |conn| service::set_marks(conn, &actor, id, &list)).await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(n) => {
            let lang = crate::http::language::of_request(&req, None, None);
            let notice = lang.t1("org-attendance-marks-saved", "count", n);
            render_grid(&req, &state, &who, id, Filter::default(), FormError::default(), notice).await
        }
        Err(e) => render_grid(&req, &state, &who, id, Filter::default(), FormError::from_app(e)?, String::new()).await,
    }
}

async fn rest_present(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (id, sid) = path.into_inner();
    let actor = who.0.clone();
    let n = state.db.write(move |conn| service::mark_rest_present(conn, &actor, id, sid)).await?;
    let notice = crate::http::language::of_request(&req, None, None).t1("org-attendance-more-present", "count", n);
    render_grid(&req, &state, &who, id, Filter::default(), FormError::default(), notice).await
}
