//! A certificate as stored: what it says (copied when it was issued), where it stands, and the
//! rendered PDF and signed credential.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::certificates;
use crate::domain::string_enum;

string_enum!(
    /// Where a certificate stands. `issuing` until the worker has rendered its PDF and signed
    /// its credential (seconds); then `issued`, and `revoked` if organisers withdraw it.
    CertificateStatus in "certificates.status" {
        Issuing => "issuing", "Being issued";
        Issued => "issued", "Valid";
        Revoked => "revoked", "Revoked";
    }
);

impl CertificateStatus {
    /// The one transition function: issuing → issued → revoked; nothing goes back.
    pub fn may_become(self, target: CertificateStatus) -> bool {
        use CertificateStatus::*;
        matches!((self, target), (Issuing, Issued) | (Issued, Revoked))
    }
}

string_enum!(
    /// What the certificate attests. Passing the rule of a Training of Trainers makes the
    /// holder a certified trainer for its topic; other trainings certify attendance.
    CertificateOutcome in "certificates.outcome" {
        Attended => "attended", "Certificate of attendance";
        CertifiedTrainer => "certified_trainer", "Certified trainer";
    }
);

/// Everything but the PDF bytes and the signed credential (those are read only when served).
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = certificates)]
pub struct Certificate {
    pub id: i64,
    pub code: String,
    pub registration_id: i64,
    pub training_id: i64,
    pub issuer_organisation_id: i64,
    pub outcome: CertificateOutcome,
    pub status: CertificateStatus,
    pub holder_name: String,
    pub holder_email: String,
    pub subject_uuid: String,
    pub training_title: String,
    pub organisers: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub scheduled_minutes: i32,
    pub sessions_attended: i32,
    pub sessions_total: i32,
    pub minutes_attended: Option<i32>,
    pub criteria: String,
    pub issued_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub revocation_reason: Option<String>,
    /// The organisations of `organisers`, in the same order, one id per line (NULL on
    /// certificates issued before logos were drawn).
    #[serde(skip)]
    pub organisation_ids: Option<String>,
    /// The holder's language at issue (the PDF's wording, the e-mails); NULL: English.
    #[serde(skip)]
    pub language: Option<String>,
}

impl Certificate {
    /// The language of the holder's PDF and e-mails.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.language.as_deref().and_then(crate::i18n::Lang::parse).unwrap_or(crate::i18n::Lang::En)
    }

    /// The code as printed, `7K3M-Q9PX-2HDW`.
    pub fn display_code(&self) -> String {
        super::code::display(&self.code)
    }

    pub fn organiser_names(&self) -> Vec<String> {
        self.organisers.lines().filter(|l| !l.is_empty()).map(str::to_string).collect()
    }

    /// The organisations named, lead first (empty when the certificate did not record them).
    pub fn organisation_ids(&self) -> Vec<i64> {
        self.organisation_ids.as_deref().unwrap_or("").lines().filter_map(|l| l.trim().parse().ok()).collect()
    }

    /// The training's dates in `lang`: "14–16 February 2023", "14–16 февраля 2023 г.".
    pub fn dates_in(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::dates::span(lang, self.starts_on, self.ends_on)
    }

    /// The training's scheduled time in hours in `lang`: "9 hours", "7.5 hours".
    pub fn hours_in(&self, lang: crate::i18n::Lang) -> String {
        let hours = f64::from(self.scheduled_minutes) / 60.0;
        let shown = if self.scheduled_minutes % 60 == 0 { hours } else { (hours * 10.0).round() / 10.0 };
        lang.t1("verify-hours-value", "hours", crate::i18n::Arg::Number(shown))
    }

    pub fn is_valid(&self) -> bool {
        self.status == CertificateStatus::Issued
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifecycle_only_goes_forward() {
        use CertificateStatus::*;
        for from in CertificateStatus::ALL {
            for to in CertificateStatus::ALL {
                let expected = matches!((from, to), (Issuing, Issued) | (Issued, Revoked));
                assert_eq!(from.may_become(*to), expected, "{from:?} -> {to:?}");
            }
        }
    }
}
