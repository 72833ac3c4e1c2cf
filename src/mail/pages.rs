//! The local mailbox: every e-mail Cascade queued, with its links clickable, so that a
//! newcomer walks the whole flow without a mail server. Open without signing in only in
//! development, to a browser on the same machine as a server listening on loopback
//! ([`crate::http::local_request`]); otherwise to administrators only. Even then the links
//! that give an account (sign-in, password reset, co-organiser invitation) are hidden from
//! everyone but the person the e-mail was sent to: reading the mailbox never signs anyone in
//! as somebody else.

use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use super::{Mailer, OutboxRow};
use crate::crypto::tokens::redact_account_links;
use crate::error::AppError;
use crate::http::{mailbox_open, render, MaybeSignedIn, Nav, PageError};
use crate::state::AppState;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/mailbox", web::get().to(list)).route("/mailbox/{id}", web::get().to(show));
}

fn allowed(req: &HttpRequest, who: &MaybeSignedIn) -> Result<(), AppError> {
    if mailbox_open(req, who.0.as_ref()) {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "the mailbox is for administrators (without signing in, only in development, from the machine Cascade \
             listens on at 127.0.0.1)"
                .into(),
        ))
    }
}

/// The address of a recipient written "Name" <address> or bare.
fn address_of(recipient: &str) -> &str {
    match (recipient.rfind('<'), recipient.rfind('>')) {
        (Some(a), Some(b)) if a < b => recipient[a + 1..b].trim(),
        _ => recipient.trim(),
    }
}

/// The message as the viewer (the signed-in address, if any) may see it: account links hidden
/// unless it was sent to them.
fn as_seen_by(mut message: OutboxRow, viewer: Option<&str>) -> OutboxRow {
    let own = viewer.is_some_and(|email| email.eq_ignore_ascii_case(address_of(&message.recipient)));
    if !own {
        message.body_text = redact_account_links(&message.body_text);
        message.body_html = redact_account_links(&message.body_html);
    }
    message
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
    allowed(&req, &who)?;
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
    allowed(&req, &who)?;
    let id = id.into_inner();
    let message =
        state.db.run(move |conn| super::find(conn, id)?.ok_or_else(|| AppError::not_found("message"))).await?;
    let message = as_seen_by(message, who.0.as_ref().map(|a| a.email.as_str()));
    let parts = linkify(&message.body_text);
    Ok(render(&ShowPage { nav: Nav::new(&req, who.0.as_ref()), message, parts }))
}
