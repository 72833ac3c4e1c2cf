//! The editor's page for a training's title, summary and description in other languages
//! (`/trainings/{id}/languages`): one row per language, an empty row to add one. Readers of
//! that language see these on the public page, the form, their own page and their e-mails.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::permissions::{authorize, Action};
use super::{queries, service, Training, TrainingTranslation};
use crate::http::{redirect, render_with_status, CsrfForm, FormError, Nav, PageError, SignedIn};
use crate::i18n::Lang;
use crate::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/trainings/{id}/languages", web::get().to(page))
        .route("/trainings/{id}/languages", web::post().to(save));
}

#[derive(Template)]
#[template(path = "trainings/languages.html")]
struct LanguagesPage {
    nav: Nav,
    training: Training,
    /// the stored translations (or what was typed), then one empty row
    rows: Vec<TrainingTranslation>,
    /// the languages a translation may be in: Cascade's, but the training's own
    languages: Vec<Lang>,
    may_edit: bool,
    error: FormError,
    saved: bool,
}

impl LanguagesPage {
    fn is_chosen(&self, row: &TrainingTranslation, lang: &Lang) -> bool {
        Lang::parse(&row.language) == Some(*lang)
    }
    fn language_name(&self, code: &str) -> String {
        Lang::parse(code).map(|l| l.autonym().to_string()).unwrap_or_else(|| code.to_string())
    }
}

async fn show(
    req: &HttpRequest,
    state: &AppState,
    who: &SignedIn,
    id: i64,
    typed: Option<Vec<TrainingTranslation>>,
    error: FormError,
    saved: bool,
) -> Result<HttpResponse, PageError> {
    let actor = who.0.clone();
    let (training, may_edit) = state
        .db
        .run(move |conn| {
            authorize(conn, &actor, id, Action::View)?;
            let may_edit = authorize(conn, &actor, id, Action::EditDetails).is_ok();
            Ok((queries::find(conn, id)?, may_edit))
        })
        .await?;
    let own = Lang::parse(&training.language);
    let mut rows = typed.unwrap_or_else(|| training.translations());
    if may_edit && rows.len() < service::MAX_TRANSLATIONS {
        rows.push(TrainingTranslation {
            language: String::new(),
            title: String::new(),
            summary: String::new(),
            description: String::new(),
        });
    }
    let status = if error.any() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = LanguagesPage {
        nav: Nav::new(req, Some(&who.0)),
        languages: Lang::OFFERED.iter().copied().filter(|l| Some(*l) != own).collect(),
        training,
        rows,
        may_edit,
        error,
        saved,
    };
    Ok(render_with_status(status, &page))
}

#[derive(serde::Deserialize)]
struct SavedQuery {
    #[serde(default)]
    saved: String,
}

async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    q: web::Query<SavedQuery>,
) -> Result<HttpResponse, PageError> {
    show(&req, &state, &who, id.into_inner(), None, FormError::default(), !q.saved.is_empty()).await
}

/// The rows of the form (`language_0`, `title_0`, …); a row left wholly empty is no row.
fn rows_of(form: &HashMap<String, String>) -> Vec<TrainingTranslation> {
    let field = |name: &str, i: usize| form.get(&format!("{name}_{i}")).cloned().unwrap_or_default();
    (0..=service::MAX_TRANSLATIONS)
        .map(|i| TrainingTranslation {
            language: field("language", i),
            title: field("title", i),
            summary: field("summary", i),
            description: field("description", i),
        })
        .filter(|t| ![&t.language, &t.title, &t.summary, &t.description].iter().all(|v| v.trim().is_empty()))
        .collect()
}

async fn save(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: SignedIn,
    id: web::Path<i64>,
    form: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let id = id.into_inner();
    let rows = rows_of(&form.0);
    let actor = who.0.clone();
    let attempt = rows.clone();
    match state.write(move |conn| service::set_translations(conn, &actor, id, &attempt)).await {
        Ok(()) => Ok(redirect(&format!("/trainings/{id}/languages?saved=1"))),
        Err(e) => {
            let mut error = FormError::from_app(e)?;
            // "translations[2].title" is the field `title_2` on this form
            if let Some((i, name)) = error
                .field
                .strip_prefix("translations[")
                .and_then(|rest| rest.split_once("]."))
                .map(|(i, name)| (i.to_string(), name.to_string()))
            {
                error.field = format!("{name}_{i}");
            }
            show(&req, &state, &who, id, Some(rows), error, false).await
        }
    }
}
