//! Reads for certification: a training's rule, its assessment scores, its certificates, and the
//! published signing keys.

use diesel::prelude::*;

use super::models::{Certificate, CertificateOutcome, CertificateStatus};
use super::Rule;
use crate::db::schema::{
    assessment_scores, certificate_documents, certificates, certification_rules, credential_keys, registrations,
};
use crate::db::{per_backend, DbConnection};
use crate::error::AppResult;

/// The training's rule, or the default (every session attended).
pub fn rule(conn: &mut DbConnection, training_id: i64) -> AppResult<Rule> {
    Ok(certification_rules::table
        .find(training_id)
        .select(Rule::as_select())
        .first(conn)
        .optional()?
        .unwrap_or_else(|| Rule::default_for(training_id)))
}

/// (registration, score) for the training's registrations that have a score.
pub fn scores(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<(i64, i32)>> {
    Ok(assessment_scores::table
        .inner_join(registrations::table)
        .filter(registrations::training_id.eq(training_id))
        .select((assessment_scores::registration_id, assessment_scores::score))
        .load(conn)?)
}

/// A training's certificates, in the order they were issued.
pub fn for_training(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<Certificate>> {
    Ok(certificates::table
        .filter(certificates::training_id.eq(training_id))
        .order(certificates::id)
        .select(Certificate::as_select())
        .load(conn)?)
}

pub fn by_code(conn: &mut DbConnection, code: &str) -> AppResult<Option<Certificate>> {
    Ok(certificates::table
        .filter(certificates::code.eq(code))
        .select(Certificate::as_select())
        .first(conn)
        .optional()?)
}

/// The signed credential of the certificate with this code: `None` when there is no such
/// certificate, `Some(None)` while it is being issued.
pub fn credential_jwt(conn: &mut DbConnection, code: &str) -> AppResult<Option<Option<String>>> {
    Ok(certificates::table
        .left_join(certificate_documents::table)
        .filter(certificates::code.eq(code))
        .select(certificate_documents::credential_jwt.nullable())
        .first(conn)
        .optional()?)
}

/// The PDF of the certificate with this code, as [`credential_jwt`].
pub fn pdf(conn: &mut DbConnection, code: &str) -> AppResult<Option<Option<Vec<u8>>>> {
    Ok(certificates::table
        .left_join(certificate_documents::table)
        .filter(certificates::code.eq(code))
        .select(certificate_documents::pdf.nullable())
        .first(conn)
        .optional()?)
}

/// The ids of an issuer's revoked certificates (the revocation list's set bits).
pub fn revoked_ids(conn: &mut DbConnection, organisation_id: i64) -> AppResult<Vec<i64>> {
    Ok(certificates::table
        .filter(certificates::issuer_organisation_id.eq(organisation_id))
        .filter(certificates::status.eq(CertificateStatus::Revoked))
        .select(certificates::id)
        .load(conn)?)
}

/// Whether an organisation has issued anything (its issuer profile is public only then).
pub fn has_issued(conn: &mut DbConnection, organisation_id: i64) -> AppResult<bool> {
    Ok(diesel::select(diesel::dsl::exists(
        certificates::table.filter(certificates::issuer_organisation_id.eq(organisation_id)),
    ))
    .get_result(conn)?)
}

/// The subject id already given to this e-mail, so one person is one subject across trainings.
pub fn subject_of(conn: &mut DbConnection, email: &str) -> AppResult<Option<String>> {
    Ok(certificates::table
        .filter(certificates::holder_email.eq(email))
        .select(certificates::subject_uuid)
        .first(conn)
        .optional()?)
}

/// Every published signing key, oldest first.
pub fn public_keys(conn: &mut DbConnection) -> AppResult<Vec<String>> {
    Ok(credential_keys::table.order(credential_keys::created_at).select(credential_keys::public_jwk).load(conn)?)
}

/// Publishes a signing key's public half (once).
pub fn publish_key(conn: &mut DbConnection, kid: &str, jwk: &str) -> AppResult<()> {
    let values = (
        credential_keys::kid.eq(kid),
        credential_keys::public_jwk.eq(jwk),
        credential_keys::created_at.eq(crate::db::now()),
    );
    per_backend!(conn, |c| diesel::insert_into(credential_keys::table)
        .values(values)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(())
}

/// The first certificate of a training with this outcome (what its achievement says).
pub fn first_with_outcome(
    conn: &mut DbConnection,
    training_id: i64,
    outcome: CertificateOutcome,
) -> AppResult<Option<Certificate>> {
    Ok(certificates::table
        .filter(certificates::training_id.eq(training_id))
        .filter(certificates::outcome.eq(outcome))
        .order(certificates::id)
        .select(Certificate::as_select())
        .first(conn)
        .optional()?)
}

/// An organisation as the issuer of credentials.
pub fn issuer(conn: &mut DbConnection, organisation_id: i64) -> AppResult<super::credential::Issuer> {
    let o = crate::organisations::find(conn, organisation_id)?;
    Ok(super::credential::Issuer { organisation_id: o.id, name: o.name, website: o.website })
}
