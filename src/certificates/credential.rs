//! Open Badges 3.0: the `OpenBadgeCredential` of a certificate, its VC-JWT, the issuer
//! `Profile` and the revocation list (W3C Bitstring Status List, which the VC 2.0 context
//! defines and Open Badges 3.0 verifiers read).
//!
//! The credential is built once, when the certificate is issued, and signed: the JWT's payload
//! is the credential itself plus `iss`, `jti`, `sub` and `nbf` (OB 3.0 §8.2, "VC-JWT"). What
//! `/c/{code}/credential.json` serves is that same payload without the JWT claims, so the JSON
//! and the JWT never disagree, whatever is edited later.

use std::io::Write;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{NaiveDateTime, SecondsFormat};
use serde_json::{json, Map, Value};
use sha2::Digest;

use super::models::{Certificate, CertificateOutcome};
use crate::error::{AppError, AppResult};

pub const CONTEXT_VC: &str = "https://www.w3.org/ns/credentials/v2";
pub const CONTEXT_OB: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
pub const SCHEMA_OB: &str =
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
/// The JWT claims OB 3.0 adds to the credential; not part of the credential's JSON.
const JWT_CLAIMS: [&str; 5] = ["iss", "jti", "sub", "nbf", "exp"];
/// Bitstring Status List's minimum length (16 KB), so a list does not reveal how few it holds.
const MIN_LIST_BITS: usize = 131_072;

/// The organisation that issues (the training's lead organisation), as Open Badges names it.
#[derive(Debug, Clone)]
pub struct Issuer {
    pub organisation_id: i64,
    pub name: String,
    pub website: Option<String>,
}

/// The URLs of one instance's Open Badges documents.
pub struct Urls<'a> {
    pub base: &'a str,
}

impl Urls<'_> {
    pub fn credential(&self, code: &str) -> String {
        format!("{}/c/{code}/credential.json", self.base)
    }
    pub fn verify(&self, code: &str) -> String {
        format!("{}/c/{code}", self.base)
    }
    pub fn issuer(&self, organisation_id: i64) -> String {
        format!("{}/issuers/{organisation_id}", self.base)
    }
    pub fn revocation_list(&self, organisation_id: i64) -> String {
        format!("{}/issuers/{organisation_id}/revocations", self.base)
    }
    pub fn achievement(&self, training_id: i64, outcome: CertificateOutcome) -> String {
        format!("{}/achievements/{training_id}/{}", self.base, outcome.as_str())
    }
}

fn timestamp(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The issuer's `Profile`.
pub fn profile(urls: &Urls, issuer: &Issuer) -> Value {
    let mut profile = json!({
        "@context": [CONTEXT_VC, CONTEXT_OB],
        "id": urls.issuer(issuer.organisation_id),
        "type": ["Profile"],
        "name": issuer.name,
    });
    if let Some(url) = &issuer.website {
        profile["url"] = json!(url);
    }
    profile
}

/// The achievement a certificate attests, with its criteria.
pub fn achievement(urls: &Urls, cert: &Certificate, issuer: &Issuer) -> Value {
    let (name, description) = match cert.outcome {
        CertificateOutcome::CertifiedTrainer => (
            format!("Certified trainer: {}", cert.training_title),
            format!(
                "Completed the Training of Trainers \u{201c}{}\u{201d} and may train others in its topic.",
                cert.training_title
            ),
        ),
        CertificateOutcome::Attended => (
            format!("Attended: {}", cert.training_title),
            format!("Attended the training \u{201c}{}\u{201d}.", cert.training_title),
        ),
    };
    let mut creator = profile(urls, issuer);
    if let Some(map) = creator.as_object_mut() {
        map.remove("@context");
    }
    json!({
        "id": urls.achievement(cert.training_id, cert.outcome),
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": name,
        "description": description,
        "criteria": {"narrative": cert.criteria},
        "creator": creator,
    })
}

/// The credential of a certificate (without a proof: the VC-JWT is its proof).
pub fn credential(urls: &Urls, cert: &Certificate, issuer: &Issuer) -> Value {
    let achievement = achievement(urls, cert, issuer);
    let mut issuer_profile = profile(urls, issuer);
    if let Some(map) = issuer_profile.as_object_mut() {
        map.remove("@context");
    }
    // the holder: a salted hash of the lower-cased e-mail (the salt is public, its purpose is
    // that the same address hashes differently in every credential) and a stable subject id
    let salt = &cert.code;
    let hash = sha2::Sha256::digest(format!("{}{salt}", cert.holder_email.to_lowercase()).as_bytes());
    json!({
        "@context": [CONTEXT_VC, CONTEXT_OB],
        "id": urls.credential(&cert.code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": achievement["name"],
        "description": achievement["description"],
        "issuer": issuer_profile,
        "validFrom": timestamp(cert.issued_at),
        "credentialSubject": {
            "id": format!("urn:uuid:{}", cert.subject_uuid),
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "identityHash": format!("sha256${}", hex::encode(hash)),
                "identityType": "emailAddress",
                "hashed": true,
                "salt": salt,
            }],
            "achievement": achievement,
        },
        "credentialStatus": {
            "id": format!("{}#{}", urls.revocation_list(cert.issuer_organisation_id), cert.id),
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": cert.id.to_string(),
            "statusListCredential": urls.revocation_list(cert.issuer_organisation_id),
        },
        "credentialSchema": [{"id": SCHEMA_OB, "type": "1EdTechJsonSchemaValidator2019"}],
    })
}

/// The JWT payload: the credential plus `iss` (issuer id), `jti` (credential id), `sub`
/// (subject id) and `nbf` (validFrom).
pub fn jwt_claims(credential: &Value, valid_from: NaiveDateTime) -> Value {
    let mut claims = credential.clone();
    if let Some(map) = claims.as_object_mut() {
        map.insert("iss".into(), credential["issuer"]["id"].clone());
        map.insert("jti".into(), credential["id"].clone());
        map.insert("sub".into(), credential["credentialSubject"]["id"].clone());
        map.insert("nbf".into(), json!(valid_from.and_utc().timestamp()));
    }
    claims
}

/// The credential inside a stored VC-JWT (its payload without the JWT claims), as JSON text.
pub fn credential_from_jwt(jwt: &str) -> AppResult<Value> {
    let payload =
        jwt.split('.').nth(1).ok_or_else(|| AppError::Internal(anyhow::anyhow!("stored JWT has no payload")))?;
    let bytes =
        URL_SAFE_NO_PAD.decode(payload).map_err(|e| AppError::Internal(anyhow::anyhow!("stored JWT payload: {e}")))?;
    let mut value: Map<String, Value> =
        serde_json::from_slice(&bytes).map_err(|e| AppError::Internal(anyhow::anyhow!("stored JWT payload: {e}")))?;
    for claim in JWT_CLAIMS {
        value.remove(claim);
    }
    Ok(Value::Object(value))
}

/// The `BitstringStatusListCredential` of one issuer: bit `i` (from the left) is 1 when the
/// certificate with id `i` is revoked.
pub fn revocation_list(urls: &Urls, issuer: &Issuer, revoked_ids: &[i64], at: NaiveDateTime) -> AppResult<Value> {
    let max = revoked_ids.iter().copied().max().unwrap_or(0);
    let bits = MIN_LIST_BITS.max((usize::try_from(max).unwrap_or(0) + 1).div_ceil(8) * 8);
    let mut list = vec![0u8; bits / 8];
    for id in revoked_ids {
        if let Ok(i) = usize::try_from(*id) {
            list[i / 8] |= 0x80 >> (i % 8);
        }
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&list).map_err(|e| AppError::Internal(e.into()))?;
    let compressed = gz.finish().map_err(|e| AppError::Internal(e.into()))?;
    let id = urls.revocation_list(issuer.organisation_id);
    Ok(json!({
        "@context": [CONTEXT_VC],
        "id": id,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": urls.issuer(issuer.organisation_id),
        "validFrom": timestamp(at),
        "credentialSubject": {
            "id": format!("{id}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            // multibase: "u" = base64url without padding
            "encodedList": format!("u{}", URL_SAFE_NO_PAD.encode(compressed)),
        },
    }))
}

/// The JWT claims of a status list credential (`iss`, `jti`, `nbf` as for credentials).
pub fn revocation_list_claims(list: &Value, at: NaiveDateTime) -> Value {
    let mut claims = list.clone();
    if let Some(map) = claims.as_object_mut() {
        map.insert("iss".into(), list["issuer"].clone());
        map.insert("jti".into(), list["id"].clone());
        map.insert("nbf".into(), json!(at.and_utc().timestamp()));
    }
    claims
}

/// LinkedIn's "add to profile" link for a certification.
pub fn linkedin_url(cert: &Certificate, issuer: &Issuer, verify_url: &str) -> String {
    use chrono::Datelike;
    let mut url = url::Url::parse("https://www.linkedin.com/profile/add").expect("a valid constant URL");
    let name = match cert.outcome {
        CertificateOutcome::CertifiedTrainer => format!("Certified trainer: {}", cert.training_title),
        CertificateOutcome::Attended => cert.training_title.clone(),
    };
    url.query_pairs_mut()
        .append_pair("startTask", "CERTIFICATION_NAME")
        .append_pair("name", &name)
        .append_pair("organizationName", &issuer.name)
        .append_pair("issueYear", &cert.issued_at.year().to_string())
        .append_pair("issueMonth", &cert.issued_at.month().to_string())
        .append_pair("certUrl", verify_url)
        .append_pair("certId", &cert.display_code());
    url.into()
}
