//! Certification: the rule a training sets (sessions attended, share of each session's
//! minutes, an assessment's pass mark), who meets it and, for who does not, which part failed;
//! then the certificates of those who do: a code anyone can check on a public page, a PDF, an
//! Open Badges 3.0 credential signed as a VC-JWT, revocation.
//! Downstream of attendance: it reads marks and registrations; nothing below reads it.
//!
//! - [`service`]: the rule, scores and the eligibility table;
//! - [`issuing`]: issue (recorded at once) and revoke; [`worker`]: renders and e-mails;
//! - [`code`], [`pdf`], [`credential`]: the certificate's code, its PDF, its Open Badges documents;
//! - [`verify`]: the public pages and documents (`/c/{code}`, JWKS, issuers, revocation lists).

pub mod api;
pub mod code;
pub mod credential;
pub mod events;
pub mod issuing;
pub mod mails;
pub mod models;
pub mod pages;
pub mod pdf;
pub mod queries;
pub mod service;
pub mod verify;
pub mod worker;

/// What the certificate capability keeps for the life of the process (its own `web::Data`):
/// the key that signs credentials and the worker's wake-up call.
pub struct Certificates {
    pub key: crate::crypto::credential_key::CredentialKey,
    pub wake: tokio::sync::Notify,
    /// Each issuer's signed revocation list, reused while its revoked set is the same and it is
    /// younger than a minute (signing costs a millisecond of CPU; the list is public).
    pub signed_lists: std::sync::Mutex<std::collections::HashMap<i64, SignedList>>,
    /// Rendered verification pages.
    pub pages: verify::VerifyPages,
    /// Signed credentials already read.
    pub credentials: verify::Credentials,
}

/// A signed revocation list and what it was made from.
pub struct SignedList {
    pub revoked: Vec<i64>,
    pub made: std::time::Instant,
    pub json: serde_json::Value,
    pub jwt: String,
}

impl Certificates {
    /// Loads (or makes, on first start) the signing key, and publishes its public half.
    pub fn load(settings: &crate::config::Settings, db: &crate::db::Db) -> anyhow::Result<Certificates> {
        let key = crate::crypto::credential_key::CredentialKey::load_or_create(&settings.credential_key_path())?;
        let mut conn = db.get().map_err(|e| anyhow::anyhow!("{e}"))?;
        queries::publish_key(&mut conn, &key.kid, &key.public_jwk.to_string())?;
        Ok(Certificates {
            key,
            wake: tokio::sync::Notify::new(),
            signed_lists: Default::default(),
            pages: Default::default(),
            credentials: Default::default(),
        })
    }
}

use diesel::prelude::*;
use serde::Serialize;

use crate::attendance::{AttendanceStatus, Mark};
use crate::db::schema::certification_rules;
use crate::trainings::Session;

/// A training's certification rule. Every part that is set must hold; a training without a
/// rule certifies those who attended every session.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = certification_rules)]
pub struct Rule {
    pub training_id: i64,
    /// At least this many sessions attended.
    pub min_sessions: Option<i32>,
    /// At least this share of all sessions attended, in percent.
    pub min_sessions_percent: Option<i32>,
    /// A session counts as attended only with at least this share of its minutes, in percent
    /// (when minutes are known: an organiser's mark or a self check-in counts in full).
    pub min_minutes_percent: Option<i32>,
    /// An assessment is required, with a score (0–100) at least this high.
    pub pass_mark: Option<i32>,
}

impl Rule {
    /// The rule of a training that has not set one: every session attended.
    pub fn default_for(training_id: i64) -> Rule {
        Rule {
            training_id,
            min_sessions: None,
            min_sessions_percent: Some(100),
            min_minutes_percent: None,
            pass_mark: None,
        }
    }

    /// How many sessions of `total` must be attended.
    pub fn sessions_needed(&self, total: usize) -> usize {
        let by_count = self.min_sessions.map_or(0, |n| usize::try_from(n).unwrap_or(0));
        // rounded up: 80 % of 3 sessions needs 3
        let by_share = self.min_sessions_percent.map_or(0, |p| (total * usize::try_from(p).unwrap_or(0)).div_ceil(100));
        by_count.max(by_share)
    }

    /// The rule in words ("3 of 3 sessions, each with at least 80 % of its time").
    pub fn describe(&self, total: usize) -> String {
        let mut s = format!("{} of {total} sessions", self.sessions_needed(total));
        if let Some(p) = self.min_minutes_percent {
            s.push_str(&format!(", each with at least {p} % of its time"));
        }
        if let Some(m) = self.pass_mark {
            s.push_str(&format!(", and an assessment score of at least {m}"));
        }
        s
    }
}

/// Whether one person meets the rule, and why not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Outcome {
    pub eligible: bool,
    /// Sessions that count as attended.
    pub sessions_attended: usize,
    pub sessions_total: usize,
    /// Minutes attended in all (known minutes; a session marked present without minutes counts
    /// in full).
    pub minutes: i64,
    pub score: Option<i32>,
    /// Each part of the rule that failed, in words ("attended 2 of 3 sessions; needs 3").
    pub reasons: Vec<String>,
}

/// Applies the rule to one person's marks (any order; other people's are ignored by the caller).
pub fn evaluate(rule: &Rule, sessions: &[Session], marks: &[&Mark], score: Option<i32>) -> Outcome {
    let total = sessions.len();
    let mut attended = 0;
    let mut minutes = 0i64;
    let mut reasons = Vec::new();
    for s in sessions {
        let length = (s.ends_at - s.starts_at).num_minutes();
        let Some(m) = marks.iter().find(|m| m.session_id == s.id && m.status == AttendanceStatus::Present) else {
            continue;
        };
        let got = m.minutes.map_or(length, i64::from);
        minutes += got;
        match rule.min_minutes_percent {
            Some(p) if got * 100 < length * i64::from(p) => {
                reasons.push(format!("attended {got} of {length} minutes of “{}”; needs {p} %", s.title))
            }
            _ => attended += 1,
        }
    }
    let needed = rule.sessions_needed(total);
    if attended < needed {
        reasons.insert(0, format!("attended {attended} of {total} sessions; needs {needed}"));
    } else {
        // short sessions do not matter when enough others count
        reasons.clear();
    }
    if let Some(mark) = rule.pass_mark {
        match score {
            None => reasons.push("no assessment score yet".into()),
            Some(s) if s < mark => reasons.push(format!("assessment score {s}; the pass mark is {mark}")),
            Some(_) => {}
        }
    }
    Outcome {
        eligible: reasons.is_empty(),
        sessions_attended: attended,
        sessions_total: total,
        minutes,
        score,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attendance::Source;

    fn session(id: i64, minutes: i64) -> Session {
        let start = chrono::NaiveDate::from_ymd_opt(2023, 2, 13).unwrap().and_hms_opt(7, 0, 0).unwrap()
            + chrono::Duration::days(id);
        Session {
            id,
            training_id: 1,
            uid: format!("{id}@test"),
            title: format!("Day {id}"),
            description: String::new(),
            starts_at: start,
            ends_at: start + chrono::Duration::minutes(minutes),
            join_url: None,
            sequence: 0,
        }
    }

    fn mark(session_id: i64, status: AttendanceStatus, minutes: Option<i32>) -> Mark {
        Mark {
            registration_id: 1,
            session_id,
            status,
            minutes,
            source: Source::Organiser,
            import_id: None,
            updated_at: chrono::NaiveDateTime::default(),
        }
    }

    #[test]
    fn every_part_of_the_rule_and_its_reason() {
        use AttendanceStatus::*;
        let sessions = [session(1, 180), session(2, 180), session(3, 180)];
        let rule = Rule {
            training_id: 1,
            min_sessions: Some(3),
            min_sessions_percent: None,
            min_minutes_percent: Some(80),
            pass_mark: None,
        };
        let all = [mark(1, Present, Some(180)), mark(2, Present, None), mark(3, Present, Some(150))];
        let o = evaluate(&rule, &sessions, &all.iter().collect::<Vec<_>>(), None);
        assert!(o.eligible, "{o:?}");
        assert_eq!((o.sessions_attended, o.minutes), (3, 510));
        // 140 of 180 minutes is 77 %: that session does not count
        let short = [mark(1, Present, Some(180)), mark(2, Present, Some(180)), mark(3, Present, Some(140))];
        let o = evaluate(&rule, &sessions, &short.iter().collect::<Vec<_>>(), None);
        assert!(!o.eligible);
        assert_eq!(
            o.reasons,
            ["attended 2 of 3 sessions; needs 3", "attended 140 of 180 minutes of “Day 3”; needs 80 %"]
        );
        // excused or absent is not attended
        let excused = [mark(1, Present, None), mark(2, Excused, None), mark(3, Absent, None)];
        let o = evaluate(&rule, &sessions, &excused.iter().collect::<Vec<_>>(), None);
        assert_eq!(o.reasons, ["attended 1 of 3 sessions; needs 3"]);
        // a share of sessions, rounded up: 60 % of 3 needs 2; the short session then does not matter
        let share = Rule { min_sessions: None, min_sessions_percent: Some(60), ..rule.clone() };
        let o = evaluate(&share, &sessions, &short.iter().collect::<Vec<_>>(), None);
        assert!(o.eligible, "{o:?}");
        assert_eq!(share.sessions_needed(3), 2);
        // an assessment
        let assessed = Rule { pass_mark: Some(70), ..rule.clone() };
        let o = evaluate(&assessed, &sessions, &all.iter().collect::<Vec<_>>(), None);
        assert_eq!(o.reasons, ["no assessment score yet"]);
        let o = evaluate(&assessed, &sessions, &all.iter().collect::<Vec<_>>(), Some(65));
        assert_eq!(o.reasons, ["assessment score 65; the pass mark is 70"]);
        assert!(evaluate(&assessed, &sessions, &all.iter().collect::<Vec<_>>(), Some(70)).eligible);
        // the default: every session
        let default = Rule::default_for(1);
        assert_eq!(default.sessions_needed(3), 3);
        assert_eq!(default.describe(3), "3 of 3 sessions");
        assert_eq!(rule.describe(3), "3 of 3 sessions, each with at least 80 % of its time");
    }
}
