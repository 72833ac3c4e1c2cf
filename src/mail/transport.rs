//! Where e-mail goes: an SMTP server (lettre, pooled connections; plain, STARTTLS or TLS from
//! the URL) or, in the embedded default, `.eml` files in `<data.dir>/mail`.

use std::path::PathBuf;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::{Attachment, OutboxRow};

pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

impl Transport {
    pub fn from_settings(settings: &crate::config::Settings) -> anyhow::Result<Transport> {
        if settings.mail.smtp_url.is_empty() {
            return Ok(Transport::Files(settings.data.dir.join("mail")));
        }
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.mail.smtp_url)
            .map_err(|e| anyhow::anyhow!("mail.smtp_url: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .pool_config(lettre::transport::smtp::PoolConfig::new().max_size(settings.mail.concurrency as u32))
            .build();
        Ok(Transport::Smtp(transport))
    }

    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp(_) => "SMTP".into(),
            Transport::Files(dir) => format!("captured in {}", dir.display()),
        }
    }

    pub async fn send(&self, from: &Mailbox, row: &OutboxRow, attachments: &[Attachment]) -> Result<(), String> {
        let message = build(from, row, attachments)?;
        match self {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Transport::Files(dir) => {
                let bytes = message.formatted();
                let dir = dir.clone();
                let name = format!("{:010}-{}.eml", row.id, row.kind);
                tokio::task::spawn_blocking(move || {
                    std::fs::create_dir_all(&dir)?;
                    // write then rename: a reader never sees half a message
                    let tmp = dir.join(format!(".{name}.tmp"));
                    std::fs::write(&tmp, bytes)?;
                    std::fs::rename(tmp, dir.join(name))
                })
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| e.to_string())
            }
        }
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834): every e-mail Cascade sends is written by a
/// program, so vacation responders and mailing lists do not answer it.
#[derive(Clone)]
struct AutoSubmitted;

impl lettre::message::header::Header for AutoSubmitted {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }
    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), "auto-generated".into())
    }
}

/// The MIME message: multipart/alternative with text/plain, text/html and, for invites,
/// `text/calendar; method=X; charset=UTF-8` whose method matches the calendar's METHOD; with
/// attachments, that alternative and the files inside multipart/mixed.
pub fn build(from: &Mailbox, row: &OutboxRow, attachments: &[Attachment]) -> Result<Message, String> {
    let to: Mailbox = row.recipient.parse().map_err(|e| format!("recipient {:?}: {e}", row.recipient))?;
    let mut alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(row.body_text.clone()))
        .singlepart(SinglePart::html(row.body_html.clone()));
    if let (Some(method), Some(ics)) = (&row.ics_method, &row.ics) {
        let content_type = ContentType::parse(&format!("text/calendar; method={method}; charset=UTF-8"))
            .map_err(|e| format!("content type: {e}"))?;
        alternative = alternative.singlepart(SinglePart::builder().header(content_type).body(ics.clone()));
    }
    let builder = Message::builder()
        .header(AutoSubmitted)
        .message_id(Some(row.message_id.clone()))
        .from(from.clone())
        .to(to)
        .subject(row.subject.clone());
    if attachments.is_empty() {
        return builder.multipart(alternative).map_err(|e| format!("message: {e}"));
    }
    let mut mixed = MultiPart::mixed().multipart(alternative);
    for a in attachments {
        let content_type = ContentType::parse(a.content_type).map_err(|e| format!("content type: {e}"))?;
        mixed = mixed
            .singlepart(lettre::message::Attachment::new(a.filename.clone()).body(a.content.clone(), content_type));
    }
    builder.multipart(mixed).map_err(|e| format!("message: {e}"))
}
