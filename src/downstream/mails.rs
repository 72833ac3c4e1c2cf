//! The e-mails of downstream trainings: an organiser's decision to the trainer, the trainer's
//! answer to the organiser who asked, and the reminder to trainers who have logged nothing.

use super::{Decision, Report};
use crate::certificates::models::Certificate;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::mail::{enqueue, mail_kinds, mailbox, Email, MailContext};
use crate::state::LinkEnv;

mail_kinds!(
    /// The e-mails of downstream trainings.
    DownstreamMail {
        Decided, decided, "downstream_decided",
            "downstream/mail/decided/subject.txt", "downstream/mail/decided/body.txt", "downstream/mail/decided/body.html";
        Answered, answered_mail, "downstream_answered",
            "downstream/mail/answered/subject.txt", "downstream/mail/answered/body.txt", "downstream/mail/answered/body.html";
        Reminder, reminder_mail, "trainer_reminder",
            "downstream/mail/reminder/subject.txt", "downstream/mail/reminder/body.txt", "downstream/mail/reminder/body.html";
    }
);

/// Tells the trainer what the organisers decided (and what they asked).
pub fn decided(
    conn: &mut DbConnection,
    env: &LinkEnv,
    report: &Report,
    cert: &Certificate,
    decision: Decision,
) -> AppResult<()> {
    let ctx = MailContext {
        lang: cert.lang(),
        name: cert.holder_name.clone(),
        // the Training of Trainers whose organisers decided, and the training the trainer logged
        training_title: cert.training_title.clone(),
        organisers: cert.organiser_names().join(", "),
        item: report.title.clone(),
        // the messages' selector: verified, needs_information, rejected
        role: decision.as_str().to_string(),
        note: report.verification_note.clone().unwrap_or_default(),
        action_url: env.url(&format!("/trainer/trainings/{}", report.id)),
        ..MailContext::default()
    };
    let mail = Email::render(&DownstreamMail::Decided, mailbox(&cert.holder_name, &cert.holder_email), &ctx, None)?;
    enqueue(conn, &mail, &env.host)?;
    Ok(())
}

/// Tells the organiser who asked for information that the trainer answered.
pub fn answered(conn: &mut DbConnection, env: &LinkEnv, report: &Report, cert: &Certificate) -> AppResult<()> {
    let Some(asker) = report.verified_by else { return Ok(()) };
    let Some(account) = crate::accounts::find(conn, asker)? else { return Ok(()) };
    let ctx = MailContext {
        name: account.name.clone(),
        training_title: report.title.clone(),
        organisers: cert.holder_name.clone(),
        note: crate::downstream::queries::messages(conn, report.id)?.last().map(|m| m.body.clone()).unwrap_or_default(),
        action_url: env.url("/downstream/queue"),
        ..MailContext::default()
    };
    let mail = Email::render(&DownstreamMail::Answered, mailbox(&account.name, &account.email), &ctx, None)?;
    enqueue(conn, &mail, &env.host)?;
    Ok(())
}

/// Reminds a certified trainer who has logged nothing.
pub fn reminder(conn: &mut DbConnection, env: &LinkEnv, cert: &Certificate, after_days: i32) -> AppResult<()> {
    let lang = cert.lang();
    let ctx = MailContext {
        lang,
        name: cert.holder_name.clone(),
        training_title: cert.training_title.clone(),
        organisers: cert.organiser_names().join(", "),
        note: match after_days {
            d if d % 30 == 0 && d < 360 => lang.t3(
                "mail-log-reminder-months",
                "months",
                d / 30,
                "title",
                cert.training_title.as_str(),
                "organisers",
                cert.organiser_names().join(", "),
            ),
            d => lang.t3(
                "mail-log-reminder-days",
                "days",
                d,
                "title",
                cert.training_title.as_str(),
                "organisers",
                cert.organiser_names().join(", "),
            ),
        },
        action_url: env.url(&format!("/trainer/start/{}", cert.code)),
        ..MailContext::default()
    };
    let mail = Email::render(&DownstreamMail::Reminder, mailbox(&cert.holder_name, &cert.holder_email), &ctx, None)?;
    enqueue(conn, &mail, &env.host)?;
    Ok(())
}
