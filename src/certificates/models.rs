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
}

impl Certificate {
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

    /// "14–16 February 2023", "28 February – 2 March 2023", "3 March 2023".
    pub fn dates(&self) -> String {
        let (a, b) = (self.starts_on, self.ends_on);
        if a == b {
            a.format("%-d %B %Y").to_string()
        } else if a.format("%Y-%m").to_string() == b.format("%Y-%m").to_string() {
            format!("{}–{}", a.format("%-d"), b.format("%-d %B %Y"))
        } else if a.format("%Y").to_string() == b.format("%Y").to_string() {
            format!("{} – {}", a.format("%-d %B"), b.format("%-d %B %Y"))
        } else {
            format!("{} – {}", a.format("%-d %B %Y"), b.format("%-d %B %Y"))
        }
    }

    /// The training's scheduled time in hours, "9 hours", "7.5 hours".
    pub fn hours(&self) -> String {
        let hours = f64::from(self.scheduled_minutes) / 60.0;
        if self.scheduled_minutes % 60 == 0 {
            format!("{} hour{}", self.scheduled_minutes / 60, if self.scheduled_minutes == 60 { "" } else { "s" })
        } else {
            format!("{hours:.1} hours")
        }
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
