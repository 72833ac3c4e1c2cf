//! Reads of downstream trainings: a trainer's certificates and what they logged under each,
//! one record with its sessions and messages, the organisers' verification queue, and who
//! stands above a training (its organisers and those of every training it descends from).

use diesel::prelude::*;

use super::{lineage, Message, Report, ReportSession, ReportStatus};
use crate::accounts::Account;
use crate::certificates::models::{Certificate, CertificateOutcome, CertificateStatus};
use crate::db::schema::{
    certificates, downstream_figures, downstream_messages, downstream_sessions, downstream_trainings, hosted_trainings,
    trainer_reminders_sent, training_lineage, training_organisers, trainings,
};
use crate::db::DbConnection;
use crate::domain::{OrganiserRole, TrainingStatus};
use crate::error::AppResult;

/// The trainer certificates (issued or revoked) of an e-mail address, oldest first.
pub fn trainer_certificates(conn: &mut DbConnection, email: &str) -> AppResult<Vec<Certificate>> {
    Ok(certificates::table
        .filter(certificates::holder_email.eq(email.to_lowercase()))
        .filter(certificates::outcome.eq(CertificateOutcome::CertifiedTrainer))
        .filter(certificates::status.ne(CertificateStatus::Issuing))
        .order(certificates::id)
        .select(Certificate::as_select())
        .load(conn)?)
}

/// The reported trainings logged under these certificates, newest first.
pub fn reports_under(conn: &mut DbConnection, certificate_ids: &[i64]) -> AppResult<Vec<Report>> {
    Ok(downstream_trainings::table
        .inner_join(downstream_figures::table)
        .filter(downstream_trainings::certificate_id.eq_any(certificate_ids))
        .order((downstream_trainings::starts_on.desc(), downstream_trainings::id.desc()))
        .select(Report::as_select())
        .load(conn)?)
}

/// A hosted training in a list: (certificate, training id, title, status).
#[derive(Clone)]
pub struct Hosted {
    pub certificate_id: i64,
    pub training_id: i64,
    pub title: String,
    pub status: TrainingStatus,
}

/// The trainings hosted on Cascade under these certificates.
pub fn hosted_under(conn: &mut DbConnection, certificate_ids: &[i64]) -> AppResult<Vec<Hosted>> {
    let rows: Vec<(i64, i64, String, TrainingStatus)> = hosted_trainings::table
        .inner_join(trainings::table)
        .filter(hosted_trainings::certificate_id.eq_any(certificate_ids))
        .order(trainings::id.desc())
        .select((hosted_trainings::certificate_id, trainings::id, trainings::title, trainings::status))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(certificate_id, training_id, title, status)| Hosted { certificate_id, training_id, title, status })
        .collect())
}

pub fn find(conn: &mut DbConnection, id: i64) -> AppResult<Option<Report>> {
    Ok(downstream_trainings::table
        .inner_join(downstream_figures::table)
        .filter(downstream_trainings::id.eq(id))
        .select(Report::as_select())
        .first(conn)
        .optional()?)
}

pub fn sessions(conn: &mut DbConnection, id: i64) -> AppResult<Vec<ReportSession>> {
    Ok(downstream_sessions::table
        .filter(downstream_sessions::downstream_training_id.eq(id))
        .order((downstream_sessions::held_on, downstream_sessions::id))
        .select(ReportSession::as_select())
        .load(conn)?)
}

pub fn messages(conn: &mut DbConnection, id: i64) -> AppResult<Vec<Message>> {
    Ok(downstream_messages::table
        .filter(downstream_messages::downstream_training_id.eq(id))
        .order(downstream_messages::id)
        .select(Message::as_select())
        .load(conn)?)
}

pub fn certificate(conn: &mut DbConnection, id: i64) -> AppResult<Option<Certificate>> {
    Ok(certificates::table.find(id).select(Certificate::as_select()).first(conn).optional()?)
}

/// The strongest role `account` has over `training` or any training above it (lead beats
/// co-organiser beats facilitator). Organisers see the whole cascade below their trainings.
pub fn role_above(conn: &mut DbConnection, account_id: i64, training: i64) -> AppResult<Option<OrganiserRole>> {
    let mut ids: Vec<i64> = lineage::ancestors(conn, training)?.into_iter().map(|(a, _)| a).collect();
    ids.push(training);
    let roles: Vec<OrganiserRole> = training_organisers::table
        .filter(training_organisers::account_id.eq(account_id))
        .filter(training_organisers::training_id.eq_any(&ids))
        .select(training_organisers::role)
        .load(conn)?;
    Ok([OrganiserRole::Lead, OrganiserRole::CoOrganiser, OrganiserRole::Facilitator]
        .into_iter()
        .find(|r| roles.contains(r)))
}

/// One line of the verification queue.
pub struct QueueItem {
    pub report: Report,
    pub trainer_name: String,
    pub certificate_code: String,
    /// The certified training the trainer's certificate is from.
    pub from_training: String,
    pub certificate_revoked: bool,
}

/// The reported trainings under every training `account` leads or co-organises (all
/// generations below), or under every training for an administrator; `statuses` filters.
pub fn queue(conn: &mut DbConnection, account: &Account, statuses: &[ReportStatus]) -> AppResult<Vec<QueueItem>> {
    let mut query = downstream_trainings::table
        .inner_join(downstream_figures::table)
        .inner_join(certificates::table)
        .filter(downstream_trainings::status.eq_any(statuses))
        .into_boxed();
    if !account.is_admin {
        let mine: Vec<i64> = training_organisers::table
            .filter(training_organisers::account_id.eq(account.id))
            .filter(training_organisers::role.eq_any([OrganiserRole::Lead, OrganiserRole::CoOrganiser]))
            .select(training_organisers::training_id)
            .load(conn)?;
        let mut scope: Vec<i64> = training_lineage::table
            .filter(training_lineage::ancestor_id.eq_any(&mine))
            .select(training_lineage::descendant_id)
            .load(conn)?;
        scope.extend(mine);
        query = query.filter(certificates::training_id.eq_any(scope));
    }
    let rows: Vec<(Report, String, String, String, CertificateStatus)> = query
        .order((downstream_trainings::updated_at, downstream_trainings::id))
        .select((
            Report::as_select(),
            certificates::holder_name,
            certificates::code,
            certificates::training_title,
            certificates::status,
        ))
        .limit(1000)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(report, trainer_name, code, from_training, status)| QueueItem {
            report,
            trainer_name,
            certificate_code: crate::certificates::code::display(&code),
            from_training,
            certificate_revoked: status == CertificateStatus::Revoked,
        })
        .collect())
}

/// Whether anything was logged under any trainer certificate of this e-mail (reported or hosted).
pub fn has_logged(conn: &mut DbConnection, email: &str) -> AppResult<bool> {
    let ids: Vec<i64> =
        certificates::table.filter(certificates::holder_email.eq(email)).select(certificates::id).load(conn)?;
    let reported: i64 = downstream_trainings::table
        .filter(downstream_trainings::certificate_id.eq_any(&ids))
        .count()
        .get_result(conn)?;
    let hosted: i64 =
        hosted_trainings::table.filter(hosted_trainings::certificate_id.eq_any(&ids)).count().get_result(conn)?;
    Ok(reported + hosted > 0)
}

/// Valid trainer certificates issued before `before`, not yet reminded after `after_days`.
pub fn due_for_reminder(
    conn: &mut DbConnection,
    after_days: i32,
    before: chrono::NaiveDateTime,
) -> AppResult<Vec<Certificate>> {
    let reminded = trainer_reminders_sent::table
        .filter(trainer_reminders_sent::after_days.eq(after_days))
        .select(trainer_reminders_sent::certificate_id);
    Ok(certificates::table
        .filter(certificates::outcome.eq(CertificateOutcome::CertifiedTrainer))
        .filter(certificates::status.eq(CertificateStatus::Issued))
        .filter(certificates::issued_at.le(before))
        .filter(certificates::id.ne_all(reminded))
        .order(certificates::id)
        .limit(500)
        .select(Certificate::as_select())
        .load(conn)?)
}
