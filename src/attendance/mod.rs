//! Attendance: per confirmed registration and session, present / absent / excused, the minutes
//! attended and where that came from (an organiser's mark, a self check-in, the host's code, an
//! imported Zoom or Teams report). Downstream of registration: it reads registrations and
//! sessions, registration never reads it. Certificates will read it.
//!
//! `queries` reads, `service` changes (marks, check-in, imports: preview, apply, undo),
//! `import` parses the reports and computes minutes, `pages` and `api` are HTTP only.

pub mod api;
pub mod import;
pub mod pages;
pub mod queries;
pub mod service;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{attendance, attendance_imports};
use crate::domain::string_enum;

string_enum!(
    /// Whether a person attended a session.
    AttendanceStatus in "attendance.status" {
        Present => "present", "Present";
        Absent => "absent", "Absent";
        Excused => "excused", "Excused";
    }
);

string_enum!(
    /// Where an attendance mark came from.
    Source in "attendance.source" {
        Organiser => "organiser", "Marked by an organiser";
        SelfCheckIn => "self_check_in", "Self check-in";
        CheckInCode => "check_in_code", "Check-in with the session code";
        Import => "import", "Imported report";
    }
);

/// What is known of one person at one session.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Serialize)]
#[diesel(table_name = attendance)]
pub struct Mark {
    pub registration_id: i64,
    pub session_id: i64,
    pub status: AttendanceStatus,
    /// The union of the person's join–leave intervals clipped to the session; `None` when only
    /// presence is known.
    pub minutes: Option<i32>,
    pub source: Source,
    pub import_id: Option<i64>,
    #[serde(skip)]
    pub updated_at: NaiveDateTime,
}

/// An uploaded report as the history shows it (without its content).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = attendance_imports)]
pub struct ImportRecord {
    pub id: i64,
    pub training_id: i64,
    pub session_id: i64,
    pub file_name: String,
    pub format: String,
    pub timezone: String,
    pub matched: i32,
    pub matched_by_name: i32,
    pub unmatched: i32,
    pub ambiguous: i32,
    pub changed: i32,
    pub created_at: NaiveDateTime,
    pub applied_at: Option<NaiveDateTime>,
    pub undone_at: Option<NaiveDateTime>,
}

impl ImportRecord {
    pub fn is_applied(&self) -> bool {
        self.applied_at.is_some() && self.undone_at.is_none()
    }
    /// A preview nobody applied (applying it is still possible).
    pub fn is_preview(&self) -> bool {
        self.applied_at.is_none()
    }
}
