//! Every change to downstream trainings, checked: a trainer logs and edits what they delivered
//! under their own valid trainer certificate; organisers above decide; a trainer hosts a
//! training on Cascade under their certificate. Each function runs inside the caller's write
//! transaction.

use chrono::NaiveDate;
use diesel::prelude::*;

use super::evidence::{self, Evidence};
use super::{lineage, mails, queries, Decision, Report, ReportFields, ReportInput, ReportStatus};
use crate::accounts::Account;
use crate::certificates::code::Code;
use crate::certificates::models::{Certificate, CertificateOutcome, CertificateStatus};
use crate::db::schema::{downstream_figures, downstream_messages, downstream_sessions, downstream_trainings};
use crate::db::{now, per_backend, DbConnection};
use crate::domain::OrganiserRole;
use crate::error::{AppError, AppResult};
use crate::state::LinkEnv;
use crate::trainings::TrainingInput;

/// What someone may do with a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The trainer who logged it: see, edit until verified, answer questions.
    Trainer,
    /// A lead or co-organiser of the certificate's training or of one above it, or an
    /// administrator: see and decide.
    Verifier,
    /// A facilitator above: see.
    Viewer,
}

impl Access {
    pub fn may_decide(self) -> bool {
        self == Access::Verifier
    }
}

/// The trainer's own certificate for this code: valid, a trainer certificate, theirs.
pub fn own_certificate(conn: &mut DbConnection, trainer: &Account, raw_code: &str) -> AppResult<Certificate> {
    let field = "certificate_code";
    if raw_code.trim().is_empty() {
        return Err(AppError::invalid(field, "choose the certificate you delivered this training under"));
    }
    let unknown = || AppError::invalid(field, "no certificate has this code (check it on your certificate)");
    let code = Code::parse(raw_code).ok_or_else(unknown)?;
    let cert = crate::certificates::queries::by_code(conn, code.as_str())?.ok_or_else(unknown)?;
    if !cert.holder_email.eq_ignore_ascii_case(&trainer.email) {
        return Err(AppError::invalid(field, "this certificate was not issued to you"));
    }
    if cert.outcome != CertificateOutcome::CertifiedTrainer {
        return Err(AppError::invalid(
            field,
            "this is a certificate of attendance; trainings are logged under a trainer certificate",
        ));
    }
    match cert.status {
        CertificateStatus::Issued => Ok(cert),
        CertificateStatus::Revoked => {
            Err(AppError::invalid(field, "this certificate was revoked: no training can be logged under it"))
        }
        CertificateStatus::Issuing => {
            Err(AppError::invalid(field, "this certificate is still being issued; try again in a minute"))
        }
    }
}

/// A training delivered under a certificate cannot start before the certified training ended.
fn check_dates(cert: &Certificate, f: &ReportFields) -> AppResult<()> {
    if f.starts_on < cert.ends_on {
        let field = if f.sessions.is_empty() { "starts_on" } else { "sessions" };
        return Err(AppError::invalid(
            field,
            format!(
                "{} is before {} ended ({}): a downstream training comes after the certificate it is delivered under",
                f.starts_on,
                cert.training_title,
                cert.ends_on.format("%-d %B %Y")
            ),
        ));
    }
    Ok(())
}

fn today() -> NaiveDate {
    now().date()
}

/// The column values every write of a report sets, from its checked fields.
macro_rules! report_columns {
    ($f:expr, $at:expr) => {
        (
            downstream_trainings::title.eq(&$f.title),
            downstream_trainings::starts_on.eq($f.starts_on),
            downstream_trainings::ends_on.eq($f.ends_on),
            downstream_trainings::minutes.eq($f.minutes),
            downstream_trainings::mode.eq($f.mode),
            downstream_trainings::country.eq($f.country.code()),
            downstream_trainings::region.eq(&$f.region),
            downstream_trainings::city.eq(&$f.city),
            downstream_trainings::language.eq(&$f.language),
            downstream_trainings::audience_organisations.eq(&$f.audience_organisations),
            (
                downstream_trainings::curriculum_version.eq(&$f.curriculum_version),
                downstream_trainings::evidence_url.eq(&$f.evidence_url),
                downstream_trainings::notes.eq(&$f.notes),
                downstream_trainings::updated_at.eq($at),
            ),
        )
    };
}

/// Logs a reported training; returns its id.
pub fn create(
    conn: &mut DbConnection,
    trainer: &Account,
    input: &ReportInput,
    upload: Option<(&Evidence, String)>,
) -> AppResult<i64> {
    let cert = own_certificate(conn, trainer, &input.certificate_code)?;
    let f = input.parse(today())?;
    check_dates(&cert, &f)?;
    let at = now();
    let id: i64 = diesel::insert_into(downstream_trainings::table)
        .values((
            report_columns!(f, at),
            downstream_trainings::certificate_id.eq(cert.id),
            downstream_trainings::trainer_account_id.eq(trainer.id),
            downstream_trainings::status.eq(ReportStatus::Submitted),
            downstream_trainings::created_at.eq(at),
        ))
        .returning(downstream_trainings::id)
        .get_result(conn)?;
    write_figures(conn, id, &f)?;
    write_sessions(conn, id, &f)?;
    if let Some((e, stored)) = upload {
        set_evidence(conn, id, e, &stored)?;
    }
    Ok(id)
}

/// Writes the record's participants (its figures row), replacing what was there.
fn write_figures(conn: &mut DbConnection, id: i64, f: &ReportFields) -> AppResult<()> {
    diesel::delete(downstream_figures::table.find(id)).execute(conn)?;
    diesel::insert_into(downstream_figures::table)
        .values((
            downstream_figures::downstream_training_id.eq(id),
            downstream_figures::participants_total.eq(f.total),
            downstream_figures::female.eq(f.by_sex[0]),
            downstream_figures::male.eq(f.by_sex[1]),
            downstream_figures::another.eq(f.by_sex[2]),
            downstream_figures::sex_not_recorded.eq(f.by_sex[3]),
            downstream_figures::age_under_25.eq(f.by_age_band[0]),
            downstream_figures::age_25_34.eq(f.by_age_band[1]),
            downstream_figures::age_35_44.eq(f.by_age_band[2]),
            (
                downstream_figures::age_45_54.eq(f.by_age_band[3]),
                downstream_figures::age_55_64.eq(f.by_age_band[4]),
                downstream_figures::age_65_plus.eq(f.by_age_band[5]),
                downstream_figures::age_not_recorded.eq(f.by_age_band[6]),
                downstream_figures::with_disability.eq(f.with_disability),
            ),
        ))
        .execute(conn)?;
    Ok(())
}

fn write_sessions(conn: &mut DbConnection, id: i64, f: &ReportFields) -> AppResult<()> {
    diesel::delete(downstream_sessions::table.filter(downstream_sessions::downstream_training_id.eq(id)))
        .execute(conn)?;
    let rows: Vec<_> = f
        .sessions
        .iter()
        .map(|(day, minutes)| {
            (
                downstream_sessions::downstream_training_id.eq(id),
                downstream_sessions::held_on.eq(*day),
                downstream_sessions::minutes.eq(*minutes),
            )
        })
        .collect();
    if !rows.is_empty() {
        per_backend!(conn, |c| diesel::insert_into(downstream_sessions::table).values(&rows).execute(c))?;
    }
    Ok(())
}

fn set_evidence(conn: &mut DbConnection, id: i64, e: &Evidence, stored: &str) -> AppResult<()> {
    diesel::update(downstream_trainings::table.find(id))
        .set((
            downstream_trainings::evidence_file.eq(Some(stored)),
            downstream_trainings::evidence_media_type.eq(Some(e.media_type)),
            downstream_trainings::evidence_name.eq(Some(&e.name)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Stores an uploaded evidence file (outside the transaction: content-addressed, so a file
/// whose record was never written is harmless and is reused by the next upload of it).
pub fn store_evidence(dir: &std::path::Path, e: &Evidence) -> AppResult<String> {
    evidence::store(dir, e)
}

/// What `actor` may do with `report`; `None`: nothing (the caller answers 404).
pub fn access(conn: &mut DbConnection, actor: &Account, report: &Report) -> AppResult<Option<Access>> {
    if report.trainer_account_id == actor.id {
        return Ok(Some(Access::Trainer));
    }
    if actor.is_admin {
        return Ok(Some(Access::Verifier));
    }
    let Some(cert) = queries::certificate(conn, report.certificate_id)? else { return Ok(None) };
    Ok(match queries::role_above(conn, actor.id, cert.training_id)? {
        Some(OrganiserRole::Lead | OrganiserRole::CoOrganiser) => Some(Access::Verifier),
        Some(OrganiserRole::Facilitator) => Some(Access::Viewer),
        None => None,
    })
}

/// The record if `actor` may see it (404 otherwise: whether it exists is not told).
pub fn visible(conn: &mut DbConnection, actor: &Account, id: i64) -> AppResult<(Report, Access)> {
    let not_found = || AppError::not_found("downstream training");
    let report = queries::find(conn, id)?.ok_or_else(not_found)?;
    let access = access(conn, actor, &report)?.ok_or_else(not_found)?;
    Ok((report, access))
}

/// Changes a record (its trainer only, until verified). A record that was rejected or had a
/// question goes back to the queue; `answer` is the trainer's reply to that question.
pub fn update(
    conn: &mut DbConnection,
    env: &LinkEnv,
    trainer: &Account,
    id: i64,
    input: &ReportInput,
    upload: Option<(&Evidence, String)>,
) -> AppResult<()> {
    let (report, access) = visible(conn, trainer, id)?;
    if access != Access::Trainer {
        return Err(AppError::Forbidden("only the trainer who logged this training may change it".into()));
    }
    if !report.editable() {
        return Err(AppError::conflict(None, "this training is verified and can no longer be changed"));
    }
    let cert = queries::certificate(conn, report.certificate_id)?.ok_or_else(|| AppError::not_found("certificate"))?;
    if cert.status == CertificateStatus::Revoked {
        return Err(AppError::conflict(
            Some("certificate_code"),
            "the certificate this training was logged under was revoked",
        ));
    }
    // a record stays under the certificate it was logged under; a different code is a mistake
    if !input.certificate_code.trim().is_empty()
        && Code::parse(&input.certificate_code).map(|c| c.as_str().to_string()) != Some(cert.code.clone())
    {
        return Err(AppError::invalid(
            "certificate_code",
            "a logged training stays under its certificate; log a new one instead",
        ));
    }
    let f = input.parse(today())?;
    check_dates(&cert, &f)?;
    let at = now();
    diesel::update(
        downstream_trainings::table.find(id).filter(downstream_trainings::status.ne(ReportStatus::Verified)),
    )
    .set((report_columns!(f, at), downstream_trainings::status.eq(ReportStatus::Submitted)))
    .execute(conn)?;
    write_figures(conn, id, &f)?;
    write_sessions(conn, id, &f)?;
    if let Some((e, stored)) = upload {
        set_evidence(conn, id, e, &stored)?;
    }
    let answer = input.notes.trim();
    if report.status == ReportStatus::NeedsInformation {
        add_message(
            conn,
            id,
            Some(trainer.id),
            "answer",
            if answer.is_empty() { "(changed the record)" } else { answer },
        )?;
        mails::answered(conn, env, &report, &cert)?;
    }
    Ok(())
}

fn add_message(conn: &mut DbConnection, id: i64, author: Option<i64>, kind: &str, body: &str) -> AppResult<()> {
    diesel::insert_into(downstream_messages::table)
        .values((
            downstream_messages::downstream_training_id.eq(id),
            downstream_messages::author_account_id.eq(author),
            downstream_messages::kind.eq(kind),
            downstream_messages::body.eq(body),
            downstream_messages::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// What an organiser decides.
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct DecisionInput {
    /// verified, needs_information or rejected.
    #[schema(required = true)]
    pub decision: String,
    /// Required when asking for information or rejecting; the trainer reads it.
    pub note: String,
}

/// Verifies, asks for information or rejects; the trainer is e-mailed.
pub fn decide(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    id: i64,
    input: &DecisionInput,
) -> AppResult<Report> {
    let (report, access) = visible(conn, actor, id)?;
    if !access.may_decide() {
        return Err(AppError::Forbidden(
            "only the lead organisers and co-organisers of the trainings above this one may verify it".into(),
        ));
    }
    let decision = Decision::parse("decision", &input.decision)?;
    let note = crate::domain::optional_text("note", &input.note, 2000)?;
    if decision != Decision::Verified && note.is_none() {
        return Err(AppError::invalid("note", "say what is missing or why, the trainer reads it"));
    }
    let cert = queries::certificate(conn, report.certificate_id)?.ok_or_else(|| AppError::not_found("certificate"))?;
    if decision == Decision::Verified && cert.status == CertificateStatus::Revoked {
        return Err(AppError::conflict(
            None,
            "the certificate this training was logged under was revoked; it cannot be verified",
        ));
    }
    if report.status == decision.status() {
        return Err(AppError::conflict(
            None,
            format!("this training is already {}", report.status.label().to_lowercase()),
        ));
    }
    let at = now();
    diesel::update(downstream_trainings::table.find(id).filter(downstream_trainings::updated_at.eq(report.updated_at)))
        .set((
            downstream_trainings::status.eq(decision.status()),
            downstream_trainings::verification_note.eq(&note),
            downstream_trainings::verified_by.eq(Some(actor.id)),
            downstream_trainings::decided_at.eq(Some(at)),
            downstream_trainings::updated_at.eq(at),
        ))
        .execute(conn)
        .and_then(|n| if n == 1 { Ok(()) } else { Err(diesel::result::Error::RollbackTransaction) })
        .map_err(|e| match e {
            diesel::result::Error::RollbackTransaction => {
                AppError::conflict(None, "the trainer changed this record a moment ago; look at it again")
            }
            e => e.into(),
        })?;
    add_message(conn, id, Some(actor.id), decision.as_str(), note.as_deref().unwrap_or(""))?;
    let report = queries::find(conn, id)?.ok_or_else(|| AppError::not_found("downstream training"))?;
    mails::decided(conn, env, &report, &cert, decision)?;
    Ok(report)
}

/// What a trainer says about a training they will host on Cascade.
#[derive(Debug, Default, Clone, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct HostInput {
    pub certificate_code: String,
    pub title: String,
    /// tot (its certified trainers are the next generation) or another kind.
    pub kind: String,
    pub timezone: String,
    pub language: String,
    /// The organisation the trainer speaks for: an existing one by id, or a new one by name and country.
    #[serde(deserialize_with = "crate::trainings::text_or_number")]
    #[schema(value_type = Option<i64>)]
    pub organisation_id: String,
    pub organisation_name: String,
    pub organisation_country: String,
}

/// Creates a draft training with the trainer as lead organiser, whose parent is their
/// certificate; returns its id.
pub fn host(conn: &mut DbConnection, trainer: &Account, input: &HostInput) -> AppResult<i64> {
    let cert = own_certificate(conn, trainer, &input.certificate_code)?;
    let organisation_id = if input.organisation_id.trim().is_empty() {
        let name = crate::domain::parse_text("organisation_name", &input.organisation_name, 200)?;
        let country = crate::domain::Country::parse("organisation_country", &input.organisation_country)?;
        let existing = crate::organisations::list(conn)?
            .into_iter()
            .find(|o| o.name.eq_ignore_ascii_case(&name) && o.country == country.code());
        match existing {
            Some(o) => o.id,
            None => crate::organisations::create(
                conn,
                trainer,
                &crate::organisations::OrganisationInput {
                    name,
                    country: country.code().to_string(),
                    ..Default::default()
                },
            )?,
        }
    } else {
        input
            .organisation_id
            .trim()
            .parse()
            .map_err(|_| AppError::invalid("organisation_id", "choose an organisation"))?
    };
    let training = TrainingInput {
        title: input.title.clone(),
        kind: if input.kind.trim().is_empty() { "tot".into() } else { input.kind.clone() },
        timezone: input.timezone.clone(),
        language: input.language.clone(),
        registration_mode: "open".into(),
        organisation_id: organisation_id.to_string(),
        ..Default::default()
    };
    let id = crate::trainings::service::create_training(conn, trainer, &training)?;
    lineage::attach(conn, id, cert.id, cert.training_id)?;
    Ok(id)
}

/// Places an existing training (which `actor` leads) under one of `actor`'s trainer
/// certificates. Refused when it would make the training descend from itself.
pub fn attach(conn: &mut DbConnection, actor: &Account, training_id: i64, certificate_code: &str) -> AppResult<()> {
    let role = crate::trainings::queries::role_of(conn, training_id, actor.id)?;
    if role != Some(OrganiserRole::Lead) {
        return Err(AppError::Forbidden(
            "only the lead organiser of a training may say which certificate it descends from".into(),
        ));
    }
    let cert = own_certificate(conn, actor, certificate_code)?;
    lineage::attach(conn, training_id, cert.id, cert.training_id)
}

/// Ensures an account for a trainer certificate holder (signing in by e-mail link creates it on
/// first use); `None` when the address holds no valid trainer certificate.
pub fn trainer_account(conn: &mut DbConnection, email: &crate::domain::Email) -> AppResult<Option<Account>> {
    if let Some(a) = crate::accounts::find_by_email(conn, email)? {
        return Ok(Some(a));
    }
    let certs = queries::trainer_certificates(conn, email.as_str())?;
    let Some(cert) = certs.iter().find(|c| c.is_valid()) else { return Ok(None) };
    let id = crate::accounts::create(conn, email, &cert.holder_name, None, false)?;
    crate::accounts::find(conn, id)
}

/// Adds (or replaces) the evidence file of a record its trainer may still change; a record
/// that waited for information goes back to the queue.
pub fn set_evidence_only(
    conn: &mut DbConnection,
    env: &LinkEnv,
    trainer: &Account,
    report: &Report,
    e: &Evidence,
    stored: &str,
) -> AppResult<()> {
    let cert = queries::certificate(conn, report.certificate_id)?.ok_or_else(|| AppError::not_found("certificate"))?;
    if cert.status == CertificateStatus::Revoked {
        return Err(AppError::conflict(
            Some("certificate_code"),
            "the certificate this training was logged under was revoked",
        ));
    }
    set_evidence(conn, report.id, e, stored)?;
    diesel::update(downstream_trainings::table.find(report.id))
        .set((downstream_trainings::status.eq(ReportStatus::Submitted), downstream_trainings::updated_at.eq(now())))
        .execute(conn)?;
    if report.status == ReportStatus::NeedsInformation {
        add_message(conn, report.id, Some(trainer.id), "answer", "(added evidence)")?;
        let cert =
            queries::certificate(conn, report.certificate_id)?.ok_or_else(|| AppError::not_found("certificate"))?;
        mails::answered(conn, env, report, &cert)?;
    }
    Ok(())
}
