//! A training's privacy notice (`/t/{slug}/privacy`), linked from its public page, its
//! registration form, each participant's page and the foot of their e-mails: what registering
//! keeps, what for, who sees it, for how long, and how to have it erased. Every sentence says
//! what this Cascade does: the retention comes from `privacy.erase_registrations_after_days`
//! and `mail.keep_sent_days`, the erasure from `registration::erasure`.

use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::{organisations, OrganisationView};
use crate::domain::time::in_zone;
use crate::domain::TrainingStatus;
use crate::error::AppError;
use crate::http::{render, Nav, PageError};
use crate::state::AppState;
use crate::trainings::{queries, Training};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/t/{slug}/privacy", web::get().to(page)).route("/t/{slug}/privacy", web::head().to(page));
}

#[derive(Template)]
#[template(path = "public/privacy.html")]
struct PrivacyPage {
    nav: Nav,
    training: Training,
    /// "A (Kosovo), B (Mongolia) and C (Rwanda)" in the reader's language
    organisers_text: String,
    contact: Option<String>,
    /// `privacy.erase_registrations_after_days` (0: never by itself)
    erase_after_days: u32,
    /// "17 March 2023": when that comes for this training (its last session's day plus the days)
    erase_on: Option<String>,
    /// `mail.keep_sent_days` (0: kept)
    keep_sent_days: u32,
}

/// The notice of any training that has been published (also once it is completed or
/// cancelled: its participants' details are still kept); a draft has none.
async fn page(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let detail = state
        .db
        .run(move |conn| {
            let training = queries::find_by_slug(conn, &slug)?
                .filter(|t| t.status() != TrainingStatus::Draft)
                .ok_or_else(|| AppError::NotFound("no training at this address".into()))?;
            queries::detail(conn, training.id)
        })
        .await?;
    let nav = Nav::new(&req, None).for_training(&req, &detail.training.language);
    let lang = nav.lang;
    let erase_after_days = state.settings.privacy.erase_registrations_after_days;
    let erase_on = match (erase_after_days, detail.training.ended_at(&detail.sessions)) {
        (0, _) | (_, None) => None,
        (days, Some(end)) => Some(crate::i18n::dates::long(
            lang,
            in_zone(end + chrono::Duration::days(i64::from(days)), detail.training.tz()).date_naive(),
        )),
    };
    let organisers: Vec<String> = organisations(&detail.organisers, &[], lang)
        .into_iter()
        .map(|o: OrganisationView| format!("{} ({})", o.name, o.country))
        .collect();
    let page = PrivacyPage {
        nav,
        organisers_text: crate::i18n::list(lang, &organisers),
        contact: detail.training.contact(&detail.organisers).map(str::to_string),
        training: detail.training,
        erase_after_days,
        erase_on,
        keep_sent_days: state.settings.mail.keep_sent_days,
    };
    Ok(render(&page))
}
