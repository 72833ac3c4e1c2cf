//! The certification page: the rule (a form), scores, and the eligibility table with the
//! reason for everyone who does not qualify.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::certificates::service::{self, Eligibility, RuleInput, ScoreInput};
use crate::certificates::Rule;
use crate::error::AppError;
use crate::http::{render_with_status, CsrfForm, FormError, Nav, PageError, SignedIn};
use crate::state::AppState;
use crate::trainings::permissions::Abilities;
use crate::trainings::Training;

pub(super) fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/trainings/{id}/certification", web::get().to(page))
        .route("/trainings/{id}/certification/rule", web::post().to(save_rule))
        .route("/trainings/{id}/certification/scores", web::post().to(save_scores));
}

#[derive(Template)]
#[template(path = "certificates/certification.html")]
struct CertificationPage {
    nav: Nav,
    training: Training,
    rule: Rule,
    rule_text: String,
    rows: Vec<Eligibility>,
    eligible: usize,
    can_change: bool,
    error: FormError,
    notice: String,
}

fn opt(v: Option<i32>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

impl CertificationPage {
    /// "To be certified: <strong>rule</strong>. <strong>12</strong> of 30 confirmed participants qualify."
    fn rule_html(&self) -> String {
        let eligible = self.eligible.to_string();
        let tagged = [("rule", self.rule_text.as_str(), "strong"), ("eligible", eligible.as_str(), "strong")];
        let total = [("total", crate::i18n::Arg::Number(self.rows.len() as f64))];
        crate::trainings::pages::tagged(self.nav.lang, "org-certification-rule", &tagged, &total)
    }
    fn min_sessions(&self) -> String {
        opt(self.rule.min_sessions)
    }
    fn min_sessions_percent(&self) -> String {
        opt(self.rule.min_sessions_percent)
    }
    fn min_minutes_percent(&self) -> String {
        opt(self.rule.min_minutes_percent)
    }
    fn pass_mark(&self) -> String {
        opt(self.rule.pass_mark)
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
    let (table, role) = state
        .db
        .run(move |conn| {
            Ok((service::eligibility(conn, &actor, id)?, crate::trainings::queries::role_of(conn, id, actor.id)?))
        })
        .await?;
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = CertificationPage {
        nav: Nav::new(req, Some(&who.0)),
        eligible: table.rows.iter().filter(|r| r.outcome.eligible).count(),
        training: table.training,
        rule: table.rule,
        rule_text: table.rule_text,
        rows: table.rows,
        can_change: Abilities::of(role, who.0.is_admin).manage_registrations,
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
struct RuleForm {
    #[serde(default)]
    min_sessions: String,
    #[serde(default)]
    min_sessions_percent: String,
    #[serde(default)]
    min_minutes_percent: String,
    #[serde(default)]
    pass_mark: String,
}

fn number(field: &str, raw: &str) -> Result<Option<i32>, AppError> {
    match raw.trim().trim_end_matches('%').trim() {
        "" => Ok(None),
        v => v.parse().map(Some).map_err(|_| AppError::invalid(field, format!("{v:?} is not a whole number"))),
    }
}

async fn save_rule(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form: CsrfForm<RuleForm>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let f = form.0;
    let input = (|| {
        Ok::<_, AppError>(RuleInput {
            min_sessions: number("min_sessions", &f.min_sessions)?,
            min_sessions_percent: number("min_sessions_percent", &f.min_sessions_percent)?,
            min_minutes_percent: number("min_minutes_percent", &f.min_minutes_percent)?,
            pass_mark: number("pass_mark", &f.pass_mark)?,
        })
    })();
    let actor = who.0.clone();
    let result = match input {
        Ok(input) => state.db.write(move |conn| service::set_rule(conn, &actor, id, &input)).await.map(|_| ()),
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => {
            let notice = crate::http::language::of_request(&req, None, None).t("org-certification-rule-saved");
            render_page(&req, &state, &who, id, FormError::default(), notice).await
        }
        Err(e) => render_page(&req, &state, &who, id, FormError::from_app(e)?, String::new()).await,
    }
}

async fn save_scores(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form: CsrfForm<std::collections::HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    // score.{registration id} = 0–100, or empty to remove
    let scores: Result<Vec<ScoreInput>, AppError> = form
        .0
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("score.").map(|r| (r, v)))
        .map(|(r, v)| {
            let registration_id = r.parse().map_err(|_| AppError::BadRequest(format!("unknown field score.{r}")))?;
            Ok(ScoreInput { registration_id, score: number(&format!("score.{r}"), v)? })
        })
        .collect();
    let actor = who.0.clone();
    let result = match scores {
        Ok(list) => state.db.write(move |conn| service::set_scores(conn, &actor, id, &list)).await.map(|_| ()),
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => {
            let notice = crate::http::language::of_request(&req, None, None).t("org-certification-scores-saved");
            render_page(&req, &state, &who, id, FormError::default(), notice).await
        }
        Err(e) => render_page(&req, &state, &who, id, FormError::from_app(e)?, String::new()).await,
    }
}
