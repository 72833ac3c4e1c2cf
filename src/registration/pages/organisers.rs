//! The organisers' registrations table: who registered, counts by status, country and sex,
//! filters, CSV export, and the actions on each row (approve, decline, cancel, send again),
//! invitations one by one or from a CSV, and the e-mails that could not be delivered.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::domain::{RegistrationMode, COUNTRIES_BY_NAME};
use crate::error::AppError;
use crate::http::{render_with_status, Button, CsrfForm, FormError, Nav, PageError, SignedIn};
use crate::registration::service::{self, InviteeInput};
use crate::registration::{queries, Registration, Status};
use crate::state::AppState;
use crate::trainings::permissions::{authorize, Abilities, Action};
use crate::trainings::Training;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/trainings/{id}/registrations", web::get().to(table))
        .route("/trainings/{id}/registrations.csv", web::get().to(export_csv))
        .route("/trainings/{id}/registrations/{rid}/{action}", web::post().to(organiser_action))
        .route("/trainings/{id}/invitees", web::post().to(add_invitee))
        .service(
            web::resource("/trainings/{id}/invitees/import")
                .app_data(web::FormConfig::default().limit(2 * 1024 * 1024).error_handler(|err, _| {
                    let e = match err {
                        actix_web::error::UrlencodedError::Overflow { .. } => {
                            AppError::invalid("csv", "the CSV is larger than the limit (registration.max_csv_bytes)")
                        }
                        other => AppError::BadRequest(format!("the form could not be read: {other}")),
                    };
                    PageError(e).into()
                }))
                .route(web::post().to(import_invitees)),
        )
        .route("/trainings/{id}/outbox/retry", web::post().to(retry_outbox));
}

use crate::registration::export::{self, Filter as TableFilter};

/// One bar of the summary: a value, its label, how many, and their share.
struct Count {
    label: String,
    value: String,
    n: i64,
    percent: i64,
}

/// Bars from the database's counts, largest first.
fn bars(rows: impl IntoIterator<Item = (String, String, i64)>, total: i64) -> Vec<Count> {
    let mut v: Vec<Count> =
        rows.into_iter().map(|(value, label, n)| Count { label, value, n, percent: n * 100 / total.max(1) }).collect();
    v.sort_by(|a, b| b.n.cmp(&a.n).then(a.label.cmp(&b.label)));
    v
}

#[derive(Template)]
#[template(path = "registration/table.html")]
struct TablePage {
    nav: Nav,
    training: Training,
    can: Abilities,
    /// the page of rows shown ([`TABLE_PAGE`] at most), which page, how many match the filter
    rows: Vec<Registration>,
    page: i64,
    matching: i64,
    total: i64,
    by_status: Vec<Count>,
    by_country: Vec<Count>,
    by_sex: Vec<Count>,
    filter_status: String,
    filter_country: String,
    filter_sex: String,
    failed: Vec<crate::mail::OutboxRow>,
    confirmed: i64,
    error: FormError,
    notice: String,
    invitee: InviteeInput,
    csv: String,
    countries: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

impl TablePage {
    fn invitation_mode(&self) -> bool {
        self.training.mode() == RegistrationMode::Invitation
    }
    fn export_query(&self) -> String {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.append_pair("status", &self.filter_status)
            .append_pair("country", &self.filter_country)
            .append_pair("sex", &self.filter_sex);
        q.finish()
    }
    fn last_page(&self) -> i64 {
        ((self.matching + TABLE_PAGE - 1) / TABLE_PAGE).max(1)
    }
    /// The first and last row shown, counted from 1.
    /// "Showing 51–100 of 230 · page 2 of 5" (with "matching" when a filter narrows it).
    fn showing(&self) -> String {
        let (first, last) = self.shown();
        let id = if self.matching != self.total {
            "org-registrations-showing-matching"
        } else {
            "org-registrations-showing"
        };
        let args = [
            ("first", crate::i18n::Arg::Number(first as f64)),
            ("last", crate::i18n::Arg::Number(last as f64)),
            ("matching", crate::i18n::Arg::Number(self.matching as f64)),
            ("page", crate::i18n::Arg::Number(self.page as f64)),
            ("pages", crate::i18n::Arg::Number(self.last_page() as f64)),
        ];
        crate::i18n::messages::format(self.nav.lang, id, &args)
    }
    fn shown(&self) -> (i64, i64) {
        let first = (self.page - 1) * TABLE_PAGE + 1;
        (first, first + self.rows.len() as i64 - 1)
    }
    /// The address of page `n` with the same filter.
    fn page_href(&self, n: i64) -> String {
        format!("/trainings/{}/registrations?{}&page={n}", self.training.id, self.export_query())
    }
}

/// Rows on one page of the registrations table: a training with 50,000 registrations renders
/// a page as light as one with 100.
const TABLE_PAGE: i64 = 100;

/// `?page=` of the registrations table; anything that is not a page number is page 1.
#[derive(Deserialize)]
struct PageQuery {
    #[serde(default)]
    page: String,
}

impl PageQuery {
    fn number(&self) -> i64 {
        self.page.trim().parse::<i64>().unwrap_or(1).clamp(1, i64::MAX / TABLE_PAGE)
    }
}

struct TableInputs {
    error: FormError,
    notice: String,
    invitee: InviteeInput,
    csv: String,
}

async fn table_page(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    who: &SignedIn,
    id: i64,
    f: TableFilter,
    page: i64,
    inputs: TableInputs,
) -> Result<HttpResponse, PageError> {
    let actor = who.0.clone();
    let (filter, page_asked) = (f.clone(), page.max(1));
    let (training, role, (rows, matching, page), counts, failed) = state
        .db
        .run(move |conn| {
            let (t, role) = authorize(conn, &actor, id, Action::ViewRegistrations)?;
            let offset = |page: i64| (page - 1).saturating_mul(TABLE_PAGE);
            let (mut rows, matching) = queries::filtered_page(conn, id, &filter, offset(page_asked), TABLE_PAGE)?;
            // past the last page (a bookmark, a shrinking filter): show the last one
            let last = ((matching + TABLE_PAGE - 1) / TABLE_PAGE).max(1);
            let mut page = page_asked;
            if page > last {
                page = last;
                rows = queries::filtered_page(conn, id, &filter, offset(page), TABLE_PAGE)?.0;
            }
            Ok((
                t,
                role,
                (rows, matching, page),
                queries::counts(conn, id)?,
                crate::mail::failed_for_training(conn, id)?,
            ))
        })
        .await?;
    let total: i64 = counts.by_status.iter().map(|c| c.1).sum();
    let confirmed = counts.by_status.iter().find(|c| c.0 == Status::Confirmed).map_or(0, |c| c.1);
    let nav = Nav::new(req, Some(&who.0));
    let by_status =
        bars(counts.by_status.into_iter().map(|(s, n)| (s.as_str().into(), s.label_in(nav.lang), n)), total);
    let by_country = bars(
        counts.by_country.into_iter().map(|(code, n)| {
            let name = crate::domain::Country::from_code(&code).map(|c| c.name()).unwrap_or("");
            let label = format!("{name} ({code})");
            (code, label, n)
        }),
        total,
    );
    let by_sex = bars(
        counts.by_sex.into_iter().map(|(s, n)| match s {
            Some(s) => (s.as_str().into(), s.label_in(nav.lang), n),
            None => ("none".into(), nav.t("person-not-given"), n),
        }),
        total,
    );
    let status = if inputs.error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = TablePage {
        nav,
        can: Abilities::of(role, who.0.is_admin),
        total,
        training,
        rows,
        matching,
        page,
        by_status,
        by_country,
        by_sex,
        filter_status: f.status,
        filter_country: f.country,
        filter_sex: f.sex,
        failed,
        confirmed,
        error: inputs.error,
        notice: inputs.notice,
        invitee: inputs.invitee,
        csv: inputs.csv,
        countries: COUNTRIES_BY_NAME,
    };
    Ok(render_with_status(status, &page))
}

fn fresh() -> TableInputs {
    TableInputs {
        error: FormError::default(),
        notice: String::new(),
        invitee: InviteeInput::default(),
        csv: String::new(),
    }
}

async fn table(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    f: web::Query<TableFilter>,
    page: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    table_page(&req, &state, &who, id.into_inner(), f.into_inner(), page.number(), fresh()).await
}

/// CSV of the (filtered) registrations, for spreadsheets.
async fn export_csv(
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    f: web::Query<TableFilter>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let actor = who.0;
    let (training, all) = state
        .db
        .run(move |conn| {
            let (t, _) = authorize(conn, &actor, id, Action::ViewRegistrations)?;
            Ok((t, queries::list(conn, id)?))
        })
        .await?;
    let body = export::csv(&f.apply(all))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}-registrations.csv\"", training.slug),
        ))
        .body(body))
}

/// What an organiser can do to one registration from the table (the last part of the URL;
/// any other word is a 404).
#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum RowAction {
    Approve,
    Decline,
    Cancel,
    Resend,
    Erase,
}

async fn organiser_action(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    path: web::Path<(i64, i64, RowAction)>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let (id, rid, action) = path.into_inner();
    let env = state.link_env.clone();
    let actor = who.0.clone();
    let lang = crate::http::language::of_request(&req, None, None);
    let result = state
        .write(move |conn| match action {
            RowAction::Approve => service::approve(conn, &env, &actor, id, rid)
                .map(|s| lang.t1("org-registrations-approved", "status", s.label_in(lang).to_lowercase())),
            RowAction::Decline => {
                service::decline(conn, &env, &actor, id, rid).map(|_| lang.t("org-registrations-declined"))
            }
            RowAction::Cancel => {
                service::cancel_by_organiser(conn, &env, &actor, id, rid).map(|_| lang.t("org-registrations-cancelled"))
            }
            RowAction::Resend => {
                service::resend(conn, &env, &actor, id, rid).map(|_| lang.t("org-registrations-sent-again"))
            }
            RowAction::Erase => crate::registration::erasure::erase_by_organiser(conn, &env, &actor, id, rid)
                .map(|_| lang.t("org-registrations-erased")),
        })
        .await;
    let inputs = match result {
        Ok(notice) => {
            state.mail_wake.notify_one();
            TableInputs { notice, ..fresh() }
        }
        Err(e) => TableInputs { error: FormError::from_app(e)?, ..fresh() },
    };
    table_page(&req, &state, &who, id, TableFilter::default(), 1, inputs).await
}

async fn add_invitee(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form_data: CsrfForm<InviteeInput>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let input = form_data.0;
    let env = state.link_env.clone();
    let (actor, attempt) = (who.0.clone(), input.clone());
    let inputs = match state.db.write(move |conn| service::add_invitee(conn, &env, &actor, id, &attempt)).await {
        Ok(_) => {
            state.mail_wake.notify_one();
            let lang = crate::http::language::of_request(&req, None, None);
            TableInputs { notice: lang.t1("org-registrations-invitation-sent", "email", input.email.trim()), ..fresh() }
        }
        Err(e) => TableInputs { error: FormError::from_app(e)?, invitee: input, ..fresh() },
    };
    table_page(&req, &state, &who, id, TableFilter::default(), 1, inputs).await
}

#[derive(Deserialize)]
struct CsvForm {
    #[serde(default)]
    csv: String,
}

async fn import_invitees(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form_data: CsrfForm<CsvForm>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let text = form_data.0.csv;
    if text.len() > state.settings.registration.max_csv_bytes {
        let error = FormError {
            field: "csv".into(),
            message: format!(
                "the CSV has {} bytes; at most {} are accepted",
                text.len(),
                state.settings.registration.max_csv_bytes
            ),
        };
        return table_page(&req, &state, &who, id, TableFilter::default(), 1, TableInputs { error, ..fresh() }).await;
    }
    let max_rows = state.settings.registration.max_import_rows;
    let result = service::import_invitees(&state.db, &state.link_env, &who.0, id, text.clone(), max_rows).await;
    if result.as_ref().is_ok_and(|o| o.invited > 0) || matches!(&result, Err(AppError::Conflict { .. })) {
        state.mail_wake.notify_one();
    }
    let inputs = match result {
        Ok(outcome) => TableInputs { notice: import_notice(&outcome), ..fresh() },
        Err(e) => TableInputs { error: FormError::from_app(e)?, csv: text, ..fresh() },
    };
    table_page(&req, &state, &who, id, TableFilter::default(), 1, inputs).await
}

/// "3 invitations sent; 2 addresses were already invited or registered and were left as they
/// were: a@…, b@…" (the first ten named).
fn import_notice(outcome: &service::ImportOutcome) -> String {
    let sent = match outcome.invited {
        1 => "1 invitation sent.".to_string(),
        n => format!("{n} invitations sent."),
    };
    if outcome.already.is_empty() {
        return sent;
    }
    let named: Vec<&str> = outcome.already.iter().take(10).map(String::as_str).collect();
    let more =
        if outcome.already.len() > 10 { format!(" and {} more", outcome.already.len() - 10) } else { String::new() };
    let already = match outcome.already.len() {
        1 => "1 address was already invited or registered and was left as it was".to_string(),
        n => format!("{n} addresses were already invited or registered and were left as they were"),
    };
    format!("{sent} {already}: {}{more}.", named.join(", "))
}

async fn retry_outbox(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    _form: Button,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let actor = who.0.clone();
    let n = state.db.write(move |conn| service::retry_failed_mail(conn, &actor, id)).await?;
    state.mail_wake.notify_one();
    table_page(
        &req,
        &state,
        &who,
        id,
        TableFilter::default(),
        1,
        TableInputs {
            notice: crate::http::language::of_request(&req, None, None).t1(
                "org-registrations-queued-again",
                "count",
                n,
            ),
            ..fresh()
        },
    )
    .await
}
