//! The local mailbox: every e-mail Cascade queued, with its links clickable, so that a
//! newcomer walks the whole flow without a mail server. Open to everyone in development (the
//! embedded default, on 127.0.0.1), to administrators only in production.

use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::{Mailer, OutboxRow};
use crate::config::Environment;
use crate::error::AppError;
use crate::http::{render, MaybeSignedIn, Nav, PageError};
use crate::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/mailbox", web::get().to(list)).route("/mailbox/{id}", web::get().to(show));
}

fn allowed(state: &AppState, who: &MaybeSignedIn) -> Result<(), AppError> {
    let admin = who.0.as_ref().is_some_and(|a| a.is_admin);
    if state.settings.environment == Environment::Development || admin {
        Ok(())
    } else {
        Err(AppError::Forbidden("the mailbox is for administrators".into()))
    }
}

#[derive(Template)]
#[template(path = "mail_pages/list.html")]
struct ListPage {
    nav: Nav,
    messages: Vec<OutboxRow>,
    transport: String,
}

async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    mailer: web::Data<Mailer>,
    who: MaybeSignedIn,
) -> Result<HttpResponse, PageError> {
    allowed(&state, &who)?;
    let messages = state.db.run(|conn| super::recent(conn, 200)).await?;
    Ok(render(&ListPage { nav: Nav::new(&req, who.0.as_ref()), messages, transport: mailer.transport.describe() }))
}

#[derive(Template)]
#[template(path = "mail_pages/show.html")]
struct ShowPage {
    nav: Nav,
    message: OutboxRow,
    parts: Vec<Part>,
}

/// A piece of the plain-text body: text, or a link to make clickable.
struct Part {
    text: String,
    link: bool,
}

fn linkify(body: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("http://").or_else(|| rest.find("https://")).map(|i| {
        let j = rest.find("https://").unwrap_or(usize::MAX);
        i.min(j)
    }) {
        parts.push(Part { text: rest[..start].to_string(), link: false });
        let end = rest[start..].find(|c: char| c.is_whitespace()).map(|e| start + e).unwrap_or(rest.len());
        parts.push(Part { text: rest[start..end].to_string(), link: true });
        rest = &rest[end..];
    }
    parts.push(Part { text: rest.to_string(), link: false });
    parts
}

async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    who: MaybeSignedIn,
    id: web::Path<i64>,
) -> Result<HttpResponse, PageError> {
    allowed(&state, &who)?;
    let id = id.into_inner();
    let message =
        state.db.run(move |conn| super::find(conn, id)?.ok_or_else(|| AppError::not_found("message"))).await?;
    let parts = linkify(&message.body_text);
    Ok(render(&ShowPage { nav: Nav::new(&req, who.0.as_ref()), message, parts }))
}
