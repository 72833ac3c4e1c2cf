//! The e-mails of certificates: "your certificate" (the PDF attached, links to the verification
//! page, the credential and LinkedIn) and "your certificate was revoked".

use super::credential::{linkedin_url, Issuer, Urls};
use super::models::Certificate;
use crate::db::DbConnection;
use crate::error::AppResult;
use crate::mail::{enqueue, mail_kinds, mailbox, Attachment, Email, MailContext};
use crate::state::LinkEnv;

mail_kinds!(
    /// The e-mails of certificates.
    CertificateMail {
        Issued, issued, "certificate_issued",
            "certificates/mail/issued/subject.txt", "certificates/mail/issued/body.txt", "certificates/mail/issued/body.html";
        Revoked, revoked_mail, "certificate_revoked",
            "certificates/mail/revoked/subject.txt", "certificates/mail/revoked/body.txt", "certificates/mail/revoked/body.html";
    }
);

fn context(env: &LinkEnv, cert: &Certificate) -> MailContext {
    let urls = Urls { base: &env.public_url };
    let lang = cert.lang();
    let role = match cert.outcome {
        super::models::CertificateOutcome::CertifiedTrainer => lang.t("verify-trainer"),
        super::models::CertificateOutcome::Attended => lang.t("verify-attendance"),
    };
    MailContext {
        lang,
        name: cert.holder_name.clone(),
        training_title: cert.training_title.clone(),
        organisers: cert.organiser_names().join(", "),
        action_url: urls.verify(&cert.code),
        note: cert.display_code(),
        role,
        ..MailContext::default()
    }
}

/// Queues the holder's e-mail with the PDF attached.
pub fn issued(
    conn: &mut DbConnection,
    env: &LinkEnv,
    cert: &Certificate,
    issuer: &Issuer,
    pdf: &[u8],
) -> AppResult<()> {
    let urls = Urls { base: &env.public_url };
    let mut ctx = context(env, cert);
    ctx.links = vec![
        (ctx.t("mail-cert-credential"), format!("{}/c/{}/credential.jwt", env.public_url, cert.code)),
        (ctx.t("mail-cert-linkedin"), linkedin_url(cert, issuer, &urls.verify(&cert.code))),
    ];
    if cert.outcome == super::models::CertificateOutcome::CertifiedTrainer {
        // the trainer space (downstream trainings) is reached from here; its page e-mails the
        // holder a sign-in link, creating their account on first use
        ctx.links.push((ctx.t("mail-cert-trainer-space"), format!("{}/trainer/start/{}", env.public_url, cert.code)));
    }
    let mail = Email::render(
        &CertificateMail::Issued,
        mailbox(&cert.holder_name, &cert.holder_email),
        &ctx,
        Some(cert.training_id),
    )?
    .with_attachment(Attachment {
        filename: format!("certificate-{}.pdf", cert.display_code()),
        content_type: "application/pdf",
        content: pdf.to_vec(),
    });
    enqueue(conn, &mail, &env.host)?;
    Ok(())
}

/// Tells the holder that their certificate was revoked, and why.
pub fn revoked(conn: &mut DbConnection, env: &LinkEnv, cert: &Certificate) -> AppResult<()> {
    let mut ctx = context(env, cert);
    ctx.note = cert.revocation_reason.clone().unwrap_or_default();
    let mail = Email::render(
        &CertificateMail::Revoked,
        mailbox(&cert.holder_name, &cert.holder_email),
        &ctx,
        Some(cert.training_id),
    )?;
    enqueue(conn, &mail, &env.host)?;
    Ok(())
}
