//! Zoom's two downloads. Both are comma-separated (UTF-8, usually with a byte order mark) with
//! one row per join, so a person who dropped and came back has several rows.
//!
//! The webinar "Attendee Report" stacks several tables in one file: "Attendee Report",
//! "Report Generated:", a "Topic,Webinar ID,Actual Start Time,..." header with one row, then
//! sections titled "Host Details", "Panelist Details", "Attendee Details" and "Other Attended",
//! each with its own header ("Attended,User Name (Original Name),First Name,Last Name,Email,...,
//! Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name" for attendees,
//! fewer columns for hosts and panelists). Registrants who did not come have "Attended" = "No"
//! and "--" for the times. Rows are often padded with trailing commas to a common width.
//!
//! The meeting "Participants" report may start with a one-row meeting block ("Meeting ID,Topic,
//! Start Time,End Time,User Email,Duration (Minutes),Participants", newer: "Topic,ID,...") and a
//! blank line; then "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),
//! Guest", newer exports adding "Recording Consent" and "In Waiting Room" (since 2024 in lower
//! case: "Name (original name),Email,Join time,...,In waiting room").
//!
//! The whole file goes through one `csv` reader (flexible: the tables differ in width), which
//! handles quoted names with commas and gives each record's line; the tables are told apart by
//! their header rows, recognised by a "Join Time" cell.

use csv::StringRecord;

use super::text::{self, Header};
use super::{time_cell, ImportError, Join, Report, ReportFormat, Skipped};

/// Where a webinar row is: which section's role it gets, or a section that is not about people.
#[derive(Clone, Copy, PartialEq)]
enum Section {
    /// Before any section title (some exports have none): rows get no role.
    Untitled,
    /// A known section: its rows get this role.
    Role(&'static str),
    /// A section this parser does not know: its rows are not people.
    Other,
}

fn section_title(title: &str) -> Option<Section> {
    let title = title.trim().trim_end_matches(':').to_ascii_lowercase();
    Some(match title.as_str() {
        "attendee report" => return None,
        "host details" => Section::Role("Host"),
        "panelist details" => Section::Role("Panelist"),
        "attendee details" => Section::Role("Attendee"),
        "other attended" | "other details" => Section::Role("Other"),
        _ => Section::Other,
    })
}

/// Column indexes of one table of people.
struct People {
    name: Option<usize>,
    /// Whether the name column is Zoom's "Name (Original Name)".
    with_original: bool,
    first_name: Option<usize>,
    last_name: Option<usize>,
    email: Option<usize>,
    join: usize,
    leave: usize,
    guest: Option<usize>,
    attended: Option<usize>,
    waiting_room: Option<usize>,
    role: Option<&'static str>,
}

impl People {
    /// The table a header row starts, if it is one: it needs join and leave times and a name.
    fn from_header(record: &StringRecord, role: Option<&'static str>) -> Option<People> {
        let header = Header::new(record.iter());
        let join = header.find(&["join time"])?;
        let leave = header.find(&["leave time"])?;
        let (name, with_original) = match header.find(&["user name (original name)", "name (original name)"]) {
            Some(i) => (Some(i), true),
            None => (header.find(&["user name", "name", "participant name", "display name"]), false),
        };
        let first_name = header.find(&["first name"]);
        if name.is_none() && first_name.is_none() {
            return None;
        }
        Some(People {
            name,
            with_original,
            first_name,
            last_name: header.find(&["last name"]),
            email: header.find(&["email", "user email", "e-mail", "email address"]),
            join,
            leave,
            guest: header.find(&["is guest", "guest"]),
            attended: header.find(&["attended"]),
            waiting_room: header.find(&["in waiting room"]),
            role,
        })
    }

    fn read(&self, record: &StringRecord, line: usize, report: &mut Report) -> Result<(), ImportError> {
        let cell = |i: Option<usize>| i.and_then(|i| record.get(i)).map(str::trim).unwrap_or("");
        let (mut name, original_name) = match self.name {
            Some(i) if self.with_original => text::split_original_name(cell(Some(i))),
            Some(i) => (cell(Some(i)).to_owned(), None),
            None => (String::new(), None),
        };
        if name.is_empty() {
            name = format!("{} {}", cell(self.first_name), cell(self.last_name)).trim().to_owned();
        }
        if text::yes_no(cell(self.attended)) == Some(false) {
            report.skipped.push(Skipped { line, name, reason: "registered but did not attend (Attended = No)".into() });
            return Ok(());
        }
        if text::yes_no(cell(self.waiting_room)) == Some(true) {
            report.skipped.push(Skipped { line, name, reason: "in the waiting room, not in the meeting".into() });
            return Ok(());
        }
        let email = text::clean_email(cell(self.email));
        if name.is_empty() {
            match &email {
                Some(email) => name = email.clone(),
                None => {
                    report.skipped.push(Skipped {
                        line,
                        name,
                        reason: "the row has neither a name nor an e-mail".into(),
                    });
                    return Ok(());
                }
            }
        }
        let joined = time_cell(record.get(self.join), line, "Join Time")?;
        let left = time_cell(record.get(self.leave), line, "Leave Time")?;
        report.joins.push(Join {
            line,
            name,
            original_name,
            email,
            joined,
            left,
            guest: self.guest.and_then(|i| record.get(i)).and_then(text::yes_no),
            role: self.role.map(str::to_owned),
        });
        Ok(())
    }
}

/// Calls `row` with each non-blank record and its 1-based line, reusing one record.
fn each_record(
    text: &str,
    mut row: impl FnMut(&StringRecord, usize) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut record = StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => {
                let message = format!("the CSV cannot be read: {e}");
                return Err(match e.position() {
                    Some(position) => ImportError::Line { line: position.line() as usize, message },
                    None => ImportError::File(message),
                });
            }
        }
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(0, |position| position.line() as usize);
        row(&record, line)?;
    }
}

fn has_cell(record: &StringRecord, name: &str) -> bool {
    record.iter().any(|cell| cell.trim().trim_matches('"').trim().eq_ignore_ascii_case(name))
}

fn position_of(record: &StringRecord, name: &str) -> Option<usize> {
    record.iter().position(|cell| cell.trim().eq_ignore_ascii_case(name))
}

/// The only non-empty cell when it is the first (a section title such as "Host Details,").
fn lone_first(record: &StringRecord) -> Option<&str> {
    let first = record.get(0)?.trim();
    (!first.is_empty() && record.iter().skip(1).all(|cell| cell.trim().is_empty())).then_some(first)
}

fn non_empty(cell: Option<&str>) -> Option<String> {
    cell.map(str::trim).filter(|cell| !cell.is_empty()).map(str::to_owned)
}

/// The webinar "Attendee Report".
pub(super) fn parse_webinar(text: &str) -> Result<Report, ImportError> {
    let mut report = Report::new(ReportFormat::ZoomWebinar);
    let mut section = Section::Untitled;
    let mut table: Option<People> = None;
    let mut seen_table = false;
    // after the "Topic,Webinar ID,..." header, the next row holds the values
    let mut topic_column: Option<usize> = None;
    each_record(text, |record, line| {
        if let Some(title) = lone_first(record) {
            if let Some(next) = section_title(title) {
                section = next;
                table = None;
            }
            return Ok(());
        }
        if has_cell(record, "join time") {
            let role = match section {
                Section::Untitled => None,
                Section::Role(role) => Some(role),
                Section::Other => return Ok(()),
            };
            if let Some(people) = People::from_header(record, role) {
                table = Some(people);
                seen_table = true;
                topic_column = None;
                return Ok(());
            }
        }
        if let Some(column) = topic_column.take() {
            report.topic = non_empty(record.get(column));
            return Ok(());
        }
        if report.topic.is_none() && table.is_none() && has_cell(record, "webinar id") {
            topic_column = position_of(record, "topic");
            return Ok(());
        }
        match (&table, section) {
            (Some(people), Section::Untitled | Section::Role(_)) => people.read(record, line, &mut report),
            _ => Ok(()),
        }
    })?;
    if !seen_table {
        return Err(ImportError::File(
            "no table of attendees was found: a Zoom webinar attendee report has a header like \
             \"Attended,User Name (Original Name),First Name,Last Name,Email,...,Join Time,Leave Time,...\""
                .into(),
        ));
    }
    Ok(report)
}

/// The meeting "Participants" report.
pub(super) fn parse_meeting(text: &str) -> Result<Report, ImportError> {
    let mut report = Report::new(ReportFormat::ZoomMeeting);
    let mut table: Option<People> = None;
    // after the meeting block's header, the next row holds the values
    let mut topic_column: Option<usize> = None;
    each_record(text, |record, line| {
        if has_cell(record, "join time") {
            if let Some(people) = People::from_header(record, None) {
                table = Some(people);
                topic_column = None;
                return Ok(());
            }
        }
        if let Some(column) = topic_column.take() {
            report.topic = non_empty(record.get(column));
            return Ok(());
        }
        match &table {
            Some(people) => people.read(record, line, &mut report),
            None => {
                topic_column = position_of(record, "topic");
                Ok(())
            }
        }
    })?;
    if table.is_none() {
        return Err(ImportError::File(
            "no table of participants was found: a Zoom meeting participants report has a header like \
             \"Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\""
                .into(),
        ));
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_webinar_report_without_section_titles() {
        let text = "Attendee Report\nTopic,Webinar ID,Actual Start Time\nT,1,\"08/02/2026 10:45:00 AM\"\n\
                    Attended,User Name,Email,Join Time,Leave Time\n\
                    Yes,A One,A1@Example.com,08/02/2026 10:50:00 AM,08/02/2026 11:50:00 AM\n";
        let report = parse_webinar(text).unwrap();
        assert_eq!(report.topic.as_deref(), Some("T"));
        assert_eq!(report.joins.len(), 1);
        assert_eq!(report.joins[0].line, 5);
        assert_eq!(report.joins[0].role, None);
        assert_eq!(report.joins[0].email.as_deref(), Some("a1@example.com"));
        // "User Name" without "(Original Name)" is not split
        let text = text.replace("A One", "A (B)");
        assert_eq!(parse_webinar(&text).unwrap().joins[0].name, "A (B)");
    }

    #[test]
    fn reads_quoted_headers_and_ignores_unknown_sections() {
        let text = "Panelist Details,\n\"Attended\",\"User Name\",\"Email\",\"Join Time\",\"Leave Time\"\n\
                    \"Yes\",\"P\",\"p@x.org\",\"Mar 28, 2020 09:39:09\",\"Mar 28, 2020 10:03:38\"\n\
                    Poll Details,\nAttended,User Name,Email,Join Time,Leave Time\nYes,Q,q@x.org,x,y\n";
        let report = parse_webinar(text).unwrap();
        assert_eq!(report.joins.len(), 1);
        assert_eq!(report.joins[0].role.as_deref(), Some("Panelist"));
    }

    #[test]
    fn uses_first_and_last_name_when_the_user_name_is_empty() {
        let text =
            "Attendee Details\nAttended,User Name (Original Name),First Name,Last Name,Email,Join Time,Leave Time\n\
                    Yes,,Dilnoza,Yusupova,,02/14/2023 07:00:00 AM,02/14/2023 08:00:00 AM\n\
                    Yes,,,,,02/14/2023 07:00:00 AM,02/14/2023 08:00:00 AM\n\
                    No,,Sardor,,sardor@x.uz,--,--\n";
        let report = parse_webinar(text).unwrap();
        assert_eq!(report.joins[0].name, "Dilnoza Yusupova");
        assert_eq!(report.skipped.len(), 2);
        assert_eq!(report.skipped[0].line, 4);
        assert_eq!(report.skipped[1].name, "Sardor");
    }

    #[test]
    fn reads_the_2024_lower_case_participants_header() {
        let text = "Topic,ID,Duration (minutes),Start time,End time,Participants\n\
                    Class,1,77,\"09/03/2026 08:30:26 AM\",\"09/03/2026 09:46:50 AM\",2\n\n\
                    Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,In waiting room\n\
                    \"Lima, Ana\",,\"09/03/2026 08:30:00 AM\",\"09/03/2026 09:30:00 AM\",60,Yes,No\n\
                    Ali,,09/03/2026 08:29:00 AM,09/03/2026 08:30:00 AM,1,Yes,Yes\n";
        let report = parse_meeting(text).unwrap();
        assert_eq!(report.topic.as_deref(), Some("Class"));
        assert_eq!(report.joins.len(), 1);
        assert_eq!(report.joins[0].name, "Lima, Ana");
        assert_eq!(report.joins[0].line, 5);
        assert_eq!(report.joins[0].guest, Some(true));
        assert_eq!(report.skipped[0].line, 6);
    }

    #[test]
    fn counts_lines_inside_quoted_newlines() {
        let text = "Name (Original Name),User Email,Join Time,Leave Time\n\
                    \"Two\nLines\",,2023-02-14 07:00:00,2023-02-14 08:00:00\n\
                    After,,2023-02-14 07:00:00,bad\n";
        let error = parse_meeting(text).unwrap_err();
        assert_eq!(error.to_string().split(':').next(), Some("line 4"), "{error}");
    }

    #[test]
    fn a_missing_column_names_the_line() {
        let text = "Name (Original Name),User Email,Join Time,Leave Time\nAna,a@x.org,2023-02-14 07:00:00\n";
        let error = parse_meeting(text).unwrap_err();
        assert_eq!(error.to_string(), "line 2: the row ends before the Leave Time column");
    }

    #[test]
    fn a_file_without_a_table_is_refused() {
        assert!(matches!(parse_meeting("Meeting ID,Topic\n1,T\n"), Err(ImportError::File(_))));
        assert!(matches!(parse_webinar("Attendee Report\nHost Details\n"), Err(ImportError::File(_))));
    }
}
