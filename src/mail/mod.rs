//! The one way Cascade sends e-mail. A change that causes an e-mail writes it, fully rendered,
//! to the `outbox` table in the same transaction ([`enqueue`]); the [`worker`] delivers it over
//! SMTP, or captures it in `<data.dir>/mail` when no SMTP server is configured, with retries and
//! a stable Message-ID. Nothing a person was promised is lost when SMTP is down or the process
//! dies: the row stays until a send succeeds.

pub mod pages;
pub mod templates;
pub mod transport;
pub mod worker;

use diesel::prelude::*;

use crate::db::schema::{outbox, outbox_attachments};
use crate::db::{now, DbConnection};
use crate::domain::string_enum;
use crate::error::AppResult;
pub(crate) use templates::mail_kinds;
pub use templates::{MailContext, MailKind, MailSession};

string_enum!(
    /// Where a queued e-mail stands.
    OutboxStatus in "outbox.status" {
        Pending => "pending", "Waiting to be sent";
        Sent => "sent", "Sent";
        Failed => "failed", "Could not be delivered";
    }
);

/// How this instance sends: the transport (SMTP or captured files) and the From address.
/// Registered as its own `web::Data` for the mailbox page; the outbox worker owns a clone.
pub struct Mailer {
    pub transport: transport::Transport,
    pub from: lettre::message::Mailbox,
}

impl Mailer {
    pub fn from_settings(settings: &crate::config::Settings) -> anyhow::Result<Mailer> {
        use anyhow::Context;
        Ok(Mailer {
            transport: transport::Transport::from_settings(settings)?,
            from: settings.mail.from.parse().context("mail.from")?,
        })
    }
}

/// A calendar part: `text/calendar; method=...` inside the multipart/alternative.
#[derive(Debug, Clone)]
pub struct CalendarPart {
    pub method: &'static str,
    pub ics: String,
}

/// A file attached to an e-mail (a certificate's PDF).
#[derive(Debug, Clone)]
pub struct Attachment {
    pub filename: String,
    pub content_type: &'static str,
    pub content: Vec<u8>,
}

/// An e-mail ready to be queued.
#[derive(Debug, Clone)]
pub struct Email {
    /// The kind's name ([`MailKind::name`]), kept in the outbox.
    pub kind: &'static str,
    pub training_id: Option<i64>,
    /// "Name <address>" or a bare address.
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub calendar: Option<CalendarPart>,
    pub attachments: Vec<Attachment>,
}

impl Email {
    /// Renders the kind's templates (subject, text, HTML) for `ctx`.
    pub fn render(kind: &dyn MailKind, to: String, ctx: &MailContext, training_id: Option<i64>) -> AppResult<Email> {
        let (subject, text, html) = kind
            .render(ctx)
            .map_err(|e| crate::error::AppError::Internal(anyhow::anyhow!("mail template {}: {e}", kind.name())))?;
        Ok(Email { kind: kind.name(), training_id, to, subject, text, html, calendar: None, attachments: Vec::new() })
    }

    pub fn with_calendar(mut self, method: &'static str, ics: String) -> Email {
        self.calendar = Some(CalendarPart { method, ics });
        self
    }

    pub fn with_attachment(mut self, attachment: Attachment) -> Email {
        self.attachments.push(attachment);
        self
    }
}

/// Deletes the e-mails of one training already sent to, or given up for, `address` (their
/// bodies name the person; a person whose details are erased has no use for them). E-mails still
/// waiting to leave stay: they are sent, then deleted with every sent one after
/// `mail.keep_sent_days`. Returns how many were deleted.
pub fn forget_sent_to(conn: &mut DbConnection, training_id: i64, address: &str) -> AppResult<usize> {
    // recipients are "Name" <address> (see `mailbox`) or the bare address; LIKE needs `_` and
    // `%`, both allowed in addresses, escaped
    let escaped: String = address
        .chars()
        .flat_map(|c| match c {
            '\\' | '%' | '_' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    let ids: Vec<i64> = outbox::table
        .filter(outbox::training_id.eq(training_id))
        .filter(outbox::status.ne(OutboxStatus::Pending))
        .filter(outbox::recipient.eq(address).or(outbox::recipient.like(format!("%<{escaped}>")).escape('\\')))
        .select(outbox::id)
        .load(conn)?;
    if ids.is_empty() {
        return Ok(0);
    }
    diesel::delete(outbox_attachments::table.filter(outbox_attachments::outbox_id.eq_any(&ids))).execute(conn)?;
    Ok(diesel::delete(outbox::table.filter(outbox::id.eq_any(&ids))).execute(conn)?)
}

/// "Ana Lima <ana@example.org>", with the name quoted when it needs to be.
pub fn mailbox(name: &str, email: &str) -> String {
    let clean: String = name.chars().filter(|c| !c.is_control() && *c != '"' && *c != '\\').collect();
    format!("\"{clean}\" <{email}>")
}

/// A Message-ID, made once when the e-mail is queued and kept through every retry.
pub fn new_message_id(host: &str) -> String {
    format!("<{}@{host}>", uuid::Uuid::new_v4().simple())
}

/// Writes the e-mail to the outbox. Call inside the transaction of the change that causes it.
pub fn enqueue(conn: &mut DbConnection, email: &Email, host: &str) -> AppResult<i64> {
    let at = now();
    let id = diesel::insert_into(outbox::table)
        .values((
            outbox::message_id.eq(new_message_id(host)),
            outbox::kind.eq(email.kind),
            outbox::training_id.eq(email.training_id),
            outbox::recipient.eq(&email.to),
            outbox::subject.eq(&email.subject),
            outbox::body_text.eq(&email.text),
            outbox::body_html.eq(&email.html),
            outbox::ics_method.eq(email.calendar.as_ref().map(|c| c.method)),
            outbox::ics.eq(email.calendar.as_ref().map(|c| c.ics.as_str())),
            outbox::status.eq(OutboxStatus::Pending),
            outbox::attempts.eq(0),
            outbox::next_attempt_at.eq(at),
            outbox::created_at.eq(at),
        ))
        .returning(outbox::id)
        .get_result(conn)?;
    for a in &email.attachments {
        diesel::insert_into(outbox_attachments::table)
            .values((
                outbox_attachments::outbox_id.eq(id),
                outbox_attachments::filename.eq(&a.filename),
                outbox_attachments::content_type.eq(a.content_type),
                outbox_attachments::content.eq(&a.content),
            ))
            .execute(conn)?;
    }
    Ok(id)
}

/// The attachments of the given messages, by message.
pub fn attachments_of(
    conn: &mut DbConnection,
    ids: &[i64],
) -> AppResult<std::collections::HashMap<i64, Vec<Attachment>>> {
    let rows: Vec<(i64, String, String, Vec<u8>)> = outbox_attachments::table
        .filter(outbox_attachments::outbox_id.eq_any(ids))
        .order(outbox_attachments::id)
        .select((
            outbox_attachments::outbox_id,
            outbox_attachments::filename,
            outbox_attachments::content_type,
            outbox_attachments::content,
        ))
        .load(conn)?;
    let mut by_message: std::collections::HashMap<i64, Vec<Attachment>> = std::collections::HashMap::new();
    for (id, filename, content_type, content) in rows {
        // only types Cascade attaches; anything else would be a bug, sent as octets
        let content_type = match content_type.as_str() {
            "application/pdf" => "application/pdf",
            _ => "application/octet-stream",
        };
        by_message.entry(id).or_default().push(Attachment { filename, content_type, content });
    }
    Ok(by_message)
}

/// A message as the mailbox and the organisers' failure list show it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxRow {
    pub id: i64,
    pub message_id: String,
    pub kind: String,
    pub training_id: Option<i64>,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub ics_method: Option<String>,
    pub ics: Option<String>,
    pub status: OutboxStatus,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: chrono::NaiveDateTime,
    pub sent_at: Option<chrono::NaiveDateTime>,
}

/// Messages for one training that could not be delivered.
pub fn failed_for_training(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<OutboxRow>> {
    Ok(outbox::table
        .filter(outbox::training_id.eq(training_id))
        .filter(outbox::status.eq(OutboxStatus::Failed))
        .order(outbox::id.desc())
        .limit(200)
        .select(OutboxRow::as_select())
        .load(conn)?)
}

/// Puts failed messages of a training back in the queue.
pub fn retry_failed(conn: &mut DbConnection, training_id: i64) -> AppResult<usize> {
    Ok(diesel::update(
        outbox::table.filter(outbox::training_id.eq(training_id)).filter(outbox::status.eq(OutboxStatus::Failed)),
    )
    .set((
        outbox::status.eq(OutboxStatus::Pending),
        outbox::attempts.eq(0),
        outbox::next_attempt_at.eq(now()),
        outbox::locked_until.eq(None::<chrono::NaiveDateTime>),
    ))
    .execute(conn)?)
}

/// The latest messages, newest first (the local mailbox).
pub fn recent(conn: &mut DbConnection, limit: i64) -> AppResult<Vec<OutboxRow>> {
    Ok(outbox::table.order(outbox::id.desc()).limit(limit).select(OutboxRow::as_select()).load(conn)?)
}

pub fn find(conn: &mut DbConnection, id: i64) -> AppResult<Option<OutboxRow>> {
    Ok(outbox::table.find(id).select(OutboxRow::as_select()).first(conn).optional()?)
}
