//! Reads the attendance reports organisers download from Zoom and Microsoft Teams, and computes
//! minutes attended from them.
//!
//! A pure parser: bytes in, one [`Join`] per join–leave interval out, nothing from the rest of
//! the application (the caller maps [`ImportError`] to its own errors and matches people). Four
//! downloads are read, each recognised from its content rather than its file name (organisers
//! rename files, and every download is called something like `participants_8123.csv` or
//! `meetingAttendanceReport.csv` anyway):
//!
//! - [`ReportFormat::ZoomWebinar`]: the webinar "Attendee Report" (`zoom.rs`);
//! - [`ReportFormat::ZoomMeeting`]: the meeting "Participants" report (`zoom.rs`);
//! - [`ReportFormat::TeamsReport`]: the Teams meeting attendance report of 2021 on (`teams.rs`);
//! - [`ReportFormat::TeamsLegacy`]: the Teams attendance list of 2020 (`teams.rs`).
//!
//! Times are kept as the wall-clock times printed in the file: none of the four says its time
//! zone (it is the zone of the account or computer that downloaded it), so the caller, who knows
//! the organiser's zone, converts. Minutes are computed by [`minutes_attended`] as the union of a
//! person's intervals (`intervals.rs`). Column names are matched without regard to case (Zoom
//! changed "Join Time" to "Join time" in 2024) but in English only.

mod datetime;
mod intervals;
mod teams;
mod text;
mod zoom;

use std::fmt;

use chrono::NaiveDateTime;

pub use intervals::{merge_intervals, minutes_attended};
pub use text::{decode, normalise_name};

/// Which download a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportFormat {
    /// Zoom webinar "Attendee Report": metadata, then Host / Panelist / Attendee sections.
    ZoomWebinar,
    /// Zoom meeting "Participants" report, optionally after a one-row meeting block.
    ZoomMeeting,
    /// Teams meeting attendance report (2021 on): "1. Summary", "2. Participants",
    /// "3. In-Meeting Activities", tab-separated UTF-16.
    TeamsReport,
    /// Teams attendance list (2020): "Full Name", "User Action", "Timestamp".
    TeamsLegacy,
}

impl ReportFormat {
    /// Every format, in the order a form lists them.
    pub const ALL: [ReportFormat; 4] =
        [ReportFormat::ZoomWebinar, ReportFormat::ZoomMeeting, ReportFormat::TeamsReport, ReportFormat::TeamsLegacy];

    /// The stable name stored with an import and used in forms and the API.
    pub fn name(&self) -> &'static str {
        match self {
            ReportFormat::ZoomWebinar => "zoom_webinar",
            ReportFormat::ZoomMeeting => "zoom_meeting",
            ReportFormat::TeamsReport => "teams_report",
            ReportFormat::TeamsLegacy => "teams_legacy",
        }
    }

    /// The format with this [`name`](Self::name); `None` for anything else.
    pub fn parse_name(name: &str) -> Option<ReportFormat> {
        ReportFormat::ALL.into_iter().find(|format| format.name() == name)
    }

    /// What an organiser calls the download.
    pub fn label(&self) -> &'static str {
        match self {
            ReportFormat::ZoomWebinar => "Zoom webinar attendee report",
            ReportFormat::ZoomMeeting => "Zoom meeting participants report",
            ReportFormat::TeamsReport => "Teams meeting attendance report",
            ReportFormat::TeamsLegacy => "Teams attendance list (2020)",
        }
    }
}

impl fmt::Display for ReportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One join–leave interval of one person, as the report gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Join {
    /// The 1-based line of the decoded file the interval comes from (for a Teams attendance list,
    /// the line of the join), so that a preview can point at it.
    pub line: usize,
    /// The name as shown in the meeting. For Zoom's "New Name (Original Name)" this is the new
    /// name; the original is in [`original_name`](Self::original_name).
    pub name: String,
    /// The name the person had before renaming themselves in Zoom: the last parenthesised group
    /// of a "Name (Original Name)" column. A name that really ends in parentheses is split too (the
    /// report cannot tell the two apart), so match on both.
    pub original_name: Option<String>,
    /// Trimmed and lower-cased; `None` when the report has none (guests, phone callers, the
    /// Teams attendance list).
    pub email: Option<String>,
    /// The join, in the file's own wall-clock time (the files carry no zone).
    pub joined: NaiveDateTime,
    /// The leave, in the file's own wall-clock time. Kept as written even when it is before
    /// `joined`; [`minutes_attended`] ignores such intervals.
    pub left: NaiveDateTime,
    /// Whether the report marks the person as a guest; `None` when it does not say.
    pub guest: Option<bool>,
    /// The role the report gives: "Host", "Panelist", "Attendee" or "Other" for a Zoom webinar
    /// (from the section), Teams' own role ("Organizer", "Presenter", "Attendee"...) for a Teams
    /// report, `None` otherwise. Hosts and panelists are kept: the caller decides.
    pub role: Option<String>,
}

impl Join {
    /// The interval as [`minutes_attended`] takes it.
    pub fn interval(&self) -> (NaiveDateTime, NaiveDateTime) {
        (self.joined, self.left)
    }
}

/// A row that names a person but gives no attendance, and why it was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The 1-based line of the decoded file.
    pub line: usize,
    /// The name as the row shows it (may be empty).
    pub name: String,
    /// Why, in words an organiser understands.
    pub reason: String,
}

/// What a report says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Which download it was.
    pub format: ReportFormat,
    /// The meeting or webinar title, when the report has one.
    pub topic: Option<String>,
    /// One entry per join–leave interval, in the order of the file.
    pub joins: Vec<Join>,
    /// Rows left out: Zoom webinar registrants who did not attend, Zoom waiting-room rows, a Teams
    /// "Left" with no join before it, rows with neither name nor e-mail.
    pub skipped: Vec<Skipped>,
}

impl Report {
    fn new(format: ReportFormat) -> Report {
        Report { format, topic: None, joins: Vec::new(), skipped: Vec::new() }
    }
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A row is wrong: a time that does not parse, a missing column, an unknown action.
    #[error("line {line}: {message}")]
    Line {
        /// The 1-based line of the decoded file.
        line: usize,
        /// What is wrong, naming the column and the value.
        message: String,
    },
    /// The file as a whole is wrong: not text, not one of the reports, no table of people.
    #[error("{0}")]
    File(String),
}

const NOT_A_REPORT: &str = "this is not a Zoom or Teams attendance report: expected a Zoom webinar attendee report \
(\"Attendee Report\", then \"Attendee Details\" and an \"Attended,User Name (Original Name),...,Join Time,Leave Time\" \
header), a Zoom meeting participants report (a \"Name (Original Name),User Email,Join Time,Leave Time,...\" header), \
a Teams meeting attendance report (\"1. Summary\", \"2. Participants\", \"3. In-Meeting Activities\") or a Teams \
attendance list (a \"Full Name, User Action, Timestamp\" header)";

/// Which report `text` (already [`decode`]d) is, from its content.
///
/// The first line that only one format has decides: Zoom webinar section titles and its
/// "Topic,Webinar ID" or "Attended,..." headers; Teams' numbered section titles and its
/// "First Join"/"Last Leave" or tab-separated "Name, Join Time, Leave Time" headers; the
/// "Full Name, User Action" header of the 2020 list; Zoom's "Name (Original Name)" with
/// "Join Time", or its "Meeting ID,Topic" block.
pub fn detect(text: &str) -> Result<ReportFormat, ImportError> {
    for line in text.lines() {
        let line = line
            .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .trim_end_matches([',', '\t', ';'])
            .trim_end();
        if line.is_empty() {
            continue;
        }
        let mut lower = line.to_lowercase();
        if lower.contains('"') {
            lower.retain(|c| c != '"');
        }
        if let Some(format) = classify(&lower) {
            return Ok(format);
        }
    }
    Err(ImportError::File(NOT_A_REPORT.to_owned()))
}

fn classify(line: &str) -> Option<ReportFormat> {
    use ReportFormat::*;
    match line {
        "attendee report" | "attendee details" | "host details" | "panelist details" | "other attended" => {
            return Some(ZoomWebinar)
        }
        "1. summary" | "2. participants" | "3. in-meeting activities" | "meeting summary" => return Some(TeamsReport),
        _ => {}
    }
    let has = |needle: &str| line.contains(needle);
    if line.starts_with("topic,webinar id") || (line.starts_with("attended,") && has("join time")) {
        Some(ZoomWebinar)
    } else if line.starts_with("full name") && has("user action") {
        Some(TeamsLegacy)
    } else if has("first join") && has("last leave") {
        Some(TeamsReport)
    } else if has("name (original name)") && has("join time") {
        Some(ZoomMeeting)
    } else if (line.starts_with("name\t") || line.starts_with("full name\t")) && has("join time") && has("leave time") {
        Some(TeamsReport)
    } else if line.starts_with("meeting id,topic") || line.starts_with("topic,id,") {
        Some(ZoomMeeting)
    } else {
        None
    }
}

/// Reads a downloaded report: [`decode`]s it, [`detect`]s the format unless `format` is given,
/// and parses it.
pub fn parse(bytes: &[u8], format: Option<ReportFormat>) -> Result<Report, ImportError> {
    parse_text(&decode(bytes)?, format)
}

/// [`parse`] for text that is already decoded (line numbers count its `\n`s).
pub fn parse_text(text: &str, format: Option<ReportFormat>) -> Result<Report, ImportError> {
    let format = match format {
        Some(format) => format,
        None => detect(text)?,
    };
    match format {
        ReportFormat::ZoomWebinar => zoom::parse_webinar(text),
        ReportFormat::ZoomMeeting => zoom::parse_meeting(text),
        ReportFormat::TeamsReport => teams::parse_report(text),
        ReportFormat::TeamsLegacy => teams::parse_list(text),
    }
}

/// Reads a time cell, or says which line, column and value were wrong.
fn time_cell(cell: Option<&str>, line: usize, column: &str) -> Result<NaiveDateTime, ImportError> {
    let Some(cell) = cell else {
        return Err(ImportError::Line { line, message: format!("the row ends before the {column} column") });
    };
    let cell = cell.trim();
    if cell.is_empty() {
        return Err(ImportError::Line { line, message: format!("{column} is empty") });
    }
    datetime::parse_datetime(cell).ok_or_else(|| ImportError::Line {
        line,
        message: format!("{column} {cell:?} is not a date and time this importer reads ({})", datetime::EXAMPLES),
    })
}

#[cfg(test)]
mod tests;
