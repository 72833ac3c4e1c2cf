//! Issuing and revoking certificates. Issuing is one short write transaction that records a
//! certificate (code, holder, what it attests) for each chosen eligible registration, at most
//! once per registration (a unique key, so concurrent requests cannot issue twice); the
//! certificate [`worker`](super::worker) then renders its PDF, signs its credential and queues
//! the e-mail. Organisers watch the progress on the certificates page.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Deserialize;

use super::code::Code;
use super::models::{Certificate, CertificateOutcome, CertificateStatus};
use super::{mails, queries, service};
use crate::accounts::Account;
use crate::db::schema::certificates;
use crate::db::{now, per_backend, DbConnection};
use crate::domain::{TrainingKind, TrainingStatus};
use crate::error::{AppError, AppResult};
use crate::state::LinkEnv;
use crate::trainings::permissions::{authorize, Action};
use crate::trainings::{self, Training};

/// Whom to issue to.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct IssueRequest {
    /// Everyone who meets the rule and has no certificate yet.
    #[serde(default)]
    pub all_eligible: bool,
    /// These registrations (each must meet the rule).
    #[serde(default)]
    pub registration_ids: Vec<i64>,
}

/// What an issue request did.
#[derive(Debug)]
pub struct Issued {
    /// Certificates recorded by this request.
    pub created: usize,
    /// The certificates of every registration asked for (new and earlier ones).
    pub certificates: Vec<Certificate>,
}

/// What a training's certificate says about it, worked out once per request.
struct Snapshot {
    title: String,
    organisers: String,
    /// the organisations of `organisers`, one id per line, in the same order
    organisation_ids: String,
    issuer: i64,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    scheduled_minutes: i32,
    outcome: CertificateOutcome,
    criteria: String,
}

fn snapshot(conn: &mut DbConnection, training: &Training, rule_text: &str) -> AppResult<Snapshot> {
    let sessions = trainings::queries::sessions(conn, training.id)?;
    let (Some(first), Some(last)) = (sessions.first(), sessions.last()) else {
        return Err(AppError::conflict(None, "the training has no sessions: there is nothing to certify"));
    };
    let tz = training.tz();
    let organisers = trainings::queries::organisers(conn, training.id)?;
    let Some(lead) = organisers.first() else {
        return Err(AppError::conflict(None, "the training has no lead organiser"));
    };
    let mut seen = HashSet::new();
    let named: Vec<&crate::organisations::Organisation> =
        organisers.iter().filter(|o| seen.insert(o.organisation.id)).map(|o| &o.organisation).collect();
    let names: Vec<&str> = named.iter().map(|o| o.name.as_str()).collect();
    let ids: Vec<String> = named.iter().map(|o| o.id.to_string()).collect();
    let minutes: i64 = sessions.iter().map(|s| (s.ends_at - s.starts_at).num_minutes()).sum();
    let outcome = match training.kind() {
        TrainingKind::Tot => CertificateOutcome::CertifiedTrainer,
        _ => CertificateOutcome::Attended,
    };
    let criteria = match outcome {
        CertificateOutcome::CertifiedTrainer => format!(
            "Attended {rule_text} of the Training of Trainers, which equips its graduates to train others in its topic."
        ),
        CertificateOutcome::Attended => format!("Attended {rule_text}."),
    };
    Ok(Snapshot {
        title: training.title.clone(),
        organisers: names.join("\n"),
        organisation_ids: ids.join("\n"),
        issuer: lead.organisation.id,
        starts_on: first.starts_at.and_utc().with_timezone(&tz).date_naive(),
        ends_on: last.ends_at.and_utc().with_timezone(&tz).date_naive(),
        scheduled_minutes: i32::try_from(minutes).unwrap_or(i32::MAX),
        outcome,
        criteria,
    })
}

/// Records certificates for the chosen registrations; call inside a write transaction. A
/// registration that already has one keeps it (never twice); one that does not meet the rule
/// is refused with the reason, and then nothing is issued.
pub fn issue(conn: &mut DbConnection, actor: &Account, training_id: i64, request: &IssueRequest) -> AppResult<Issued> {
    let (training, _) = authorize(conn, actor, training_id, Action::IssueCertificates)?;
    if !matches!(training.status, TrainingStatus::Published | TrainingStatus::Completed) {
        return Err(AppError::conflict(
            None,
            format!(
                "certificates are issued for a published or completed training; this one is {}",
                training.status.label().to_lowercase()
            ),
        ));
    }
    // exactly one of the two
    if request.all_eligible != request.registration_ids.is_empty() {
        return Err(AppError::invalid(
            "registration_ids",
            "say whom to issue to: all_eligible: true, or a list of registration_ids (not both)",
        ));
    }
    let table = service::eligibility(conn, actor, training_id)?;
    let rows: HashMap<i64, &service::Eligibility> = table.rows.iter().map(|r| (r.registration_id, r)).collect();
    let chosen: Vec<&service::Eligibility> = if request.all_eligible {
        table.rows.iter().filter(|r| r.outcome.eligible).collect()
    } else {
        let mut chosen = Vec::new();
        let mut seen = HashSet::new();
        for id in &request.registration_ids {
            let Some(row) = rows.get(id) else {
                return Err(AppError::invalid(
                    "registration_ids",
                    format!("registration {id} is not a confirmed registration of this training"),
                ));
            };
            if !row.outcome.eligible {
                return Err(AppError::invalid(
                    "registration_ids",
                    format!("{} does not meet the rule: {}", row.full_name, row.outcome.reasons.join("; ")),
                ));
            }
            if seen.insert(*id) {
                chosen.push(*row);
            }
        }
        chosen
    };
    let existing: HashSet<i64> = queries::for_training(conn, training_id)?.iter().map(|c| c.registration_id).collect();
    let to_issue: Vec<&&service::Eligibility> =
        chosen.iter().filter(|r| !existing.contains(&r.registration_id)).collect();
    let mut created = 0;
    if !to_issue.is_empty() {
        let snap = snapshot(conn, &training, &table.rule_text)?;
        let at = now();
        for row in to_issue {
            let email = row.email.to_lowercase();
            let subject = match queries::subject_of(conn, &email)? {
                Some(s) => s,
                None => uuid::Uuid::new_v4().to_string(),
            };
            // the holder's language, as their e-mails have it: their choice, else the training's
            let chosen_language: Option<String> = crate::db::schema::registrations::table
                .find(row.registration_id)
                .select(crate::db::schema::registrations::language)
                .first(conn)?;
            let language = crate::i18n::negotiate(crate::i18n::Choice {
                stored: chosen_language.as_deref(),
                training: Some(&training.language),
                ..Default::default()
            });
            // a new code until it is unique (55 random bits: a repeat is very unlikely)
            for _ in 0..5 {
                let values = (
                    certificates::code.eq(Code::generate().as_str().to_string()),
                    certificates::registration_id.eq(row.registration_id),
                    certificates::training_id.eq(training_id),
                    certificates::issuer_organisation_id.eq(snap.issuer),
                    certificates::outcome.eq(snap.outcome),
                    certificates::status.eq(CertificateStatus::Issuing),
                    certificates::holder_name.eq(&row.full_name),
                    certificates::holder_email.eq(&email),
                    certificates::subject_uuid.eq(&subject),
                    certificates::training_title.eq(&snap.title),
                    certificates::organisers.eq(&snap.organisers),
                    certificates::organisation_ids.eq(Some(&snap.organisation_ids)),
                    certificates::starts_on.eq(snap.starts_on),
                    certificates::ends_on.eq(snap.ends_on),
                    certificates::scheduled_minutes.eq(snap.scheduled_minutes),
                    certificates::sessions_attended.eq(i32::try_from(row.outcome.sessions_attended).unwrap_or(0)),
                    certificates::sessions_total.eq(i32::try_from(row.outcome.sessions_total).unwrap_or(0)),
                    certificates::minutes_attended.eq(i32::try_from(row.outcome.minutes).ok()),
                    certificates::criteria.eq(&snap.criteria),
                    certificates::issued_by.eq(Some(actor.id)),
                    certificates::issued_at.eq(at),
                    certificates::language.eq(Some(language.code())),
                );
                // a concurrent request may have issued it meanwhile: then nothing happens
                let n = per_backend!(conn, |c| diesel::insert_into(certificates::table)
                    .values(values)
                    .on_conflict_do_nothing()
                    .execute(c))?;
                let issued: bool = diesel::select(diesel::dsl::exists(
                    certificates::table.filter(certificates::registration_id.eq(row.registration_id)),
                ))
                .get_result(conn)?;
                if n == 1 {
                    created += 1;
                }
                if issued {
                    break;
                }
            }
        }
    }
    let wanted: HashSet<i64> = chosen.iter().map(|r| r.registration_id).collect();
    let certificates = queries::for_training(conn, training_id)?
        .into_iter()
        .filter(|c| request.all_eligible || wanted.contains(&c.registration_id))
        .collect();
    Ok(Issued { created, certificates })
}

/// A training's certificates for its organisers.
pub fn list(conn: &mut DbConnection, actor: &Account, training_id: i64) -> AppResult<(Training, Vec<Certificate>)> {
    let (training, _) = authorize(conn, actor, training_id, Action::ViewRegistrations)?;
    let list = queries::for_training(conn, training_id)?;
    Ok((training, list))
}

/// Revokes a certificate with a reason (organisers of its training); the holder is told.
pub fn revoke(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    code: &str,
    reason: &str,
) -> AppResult<Certificate> {
    let not_found = || AppError::NotFound("no certificate has this code".into());
    let code = Code::parse(code).ok_or_else(not_found)?;
    let cert = queries::by_code(conn, code.as_str())?.ok_or_else(not_found)?;
    authorize(conn, actor, cert.training_id, Action::IssueCertificates)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(AppError::invalid(
            "reason",
            "say why the certificate is revoked (the holder and verifiers see it)",
        ));
    }
    if reason.chars().count() > 500 {
        return Err(AppError::invalid("reason", "at most 500 characters"));
    }
    if !cert.status.may_become(CertificateStatus::Revoked) {
        return Err(AppError::conflict(
            None,
            match cert.status {
                CertificateStatus::Revoked => "this certificate is already revoked",
                _ => "this certificate is still being issued; revoke it in a moment",
            },
        ));
    }
    let at = now();
    let n =
        diesel::update(certificates::table.find(cert.id).filter(certificates::status.eq(CertificateStatus::Issued)))
            .set((
                certificates::status.eq(CertificateStatus::Revoked),
                certificates::revoked_at.eq(Some(at)),
                certificates::revoked_by.eq(Some(actor.id)),
                certificates::revocation_reason.eq(Some(reason)),
            ))
            .execute(conn)?;
    if n == 0 {
        return Err(AppError::conflict(None, "this certificate changed meanwhile; reload and try again"));
    }
    let cert = queries::by_code(conn, code.as_str())?.ok_or_else(not_found)?;
    mails::revoked(conn, env, &cert)?;
    Ok(cert)
}
