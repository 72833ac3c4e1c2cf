//! Microsoft Teams' two downloads. Both are tab-separated UTF-16 LE with a byte order mark and
//! `\r\n` line ends (decoded before this), with a ".csv" name despite the tabs. The files are read
//! line by line: a line that has tabs is split on tabs, a file without any tabs (the same download
//! opened and saved again by a spreadsheet) on commas; double quotes around a field are removed.
//!
//! The attendance report (2021 on) has numbered sections: "1. Summary" (key–value lines: Meeting
//! title, Attended participants, Start time, End time, Meeting duration, Average attendance time),
//! "2. Participants" (one row per person: Name, First Join, Last Leave, In-Meeting Duration,
//! Email, Participant ID (UPN), Role, and more columns in newer reports) and "3. In-Meeting
//! Activities" (one row per join: Name, Join Time, Leave Time, Duration, Email, Role). The joins
//! come from section 3; without it, or when it has no rows, from First Join and Last Leave of
//! section 2, which then counts the gaps of a person who left and came back as attended. A first
//! 2021 version of the report ("Meeting Summary" key–value lines, then "Full Name, Join Time,
//! Leave Time, Duration, Email, Role, Participant ID (UPN)") is read the same way: tables are
//! recognised by their headers, not by their section numbers.
//!
//! The attendance list (2020, downloaded from the participants pane during the meeting) is a
//! "Full Name, User Action, Timestamp" log, the header sometimes with a trailing tab, and no
//! e-mails. "Joined before" marks someone already in the meeting when the list began; it is read
//! as a join at its timestamp. Each person's events are put in time order and paired: an interval
//! opens when the person goes from no connection to one, and closes when the last connection
//! leaves (two devices give "Joined", "Joined", "Left", "Left"). A person who never leaves stays
//! until the last timestamp in the file, which is when the list was downloaded. People are told
//! apart by their name as shown, the only thing the list has.
//!
//! Times are the US forms Teams writes for English ("2/14/23, 7:58:12 AM", also with a 4-digit
//! year), ISO forms, and day.month.year with dots; see `datetime.rs`.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};

use super::datetime;
use super::text::{self, Header};
use super::{time_cell, ImportError, Join, Report, ReportFormat, Skipped};

/// Tabs if any of the first non-blank lines has one, else commas.
fn delimiter_of(text: &str) -> char {
    if text.lines().filter(|line| !line.trim().is_empty()).take(20).any(|line| line.contains('\t')) {
        '\t'
    } else {
        ','
    }
}

/// "1. Summary", "2. Participants", "3. In-Meeting Activities" (also in other languages: the
/// number is what counts), or the "Meeting Summary" of the first 2021 version: a line alone.
fn is_section_title(line: &str, delimiter: char) -> bool {
    if line.contains(delimiter) {
        return false;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = (1..=2).contains(&digits)
        && line[digits..].starts_with('.')
        && line[digits + 1..].starts_with(|c: char| c.is_whitespace());
    numbered || line.eq_ignore_ascii_case("meeting summary")
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// One row per join: section 3, or the table of the first 2021 version.
    Activities,
    /// One row per person: section 2.
    Participants,
}

/// Column indexes of a table of people in the report.
struct Table {
    kind: Kind,
    name: usize,
    join: usize,
    leave: usize,
    email: Option<usize>,
    role: Option<usize>,
}

/// Rows read from one kind of table.
#[derive(Default)]
struct Rows {
    joins: Vec<Join>,
    skipped: Vec<Skipped>,
}

fn cell<'f>(fields: &'f [Cow<'_, str>], index: usize) -> Option<&'f str> {
    fields.get(index).map(|field| field.trim())
}

impl Table {
    fn from_header(fields: &[Cow<'_, str>]) -> Option<Table> {
        let header = Header::new(fields.iter().map(AsRef::as_ref));
        let name = header.find(&["name", "full name"])?;
        let (kind, join, leave) = match (header.find(&["join time"]), header.find(&["leave time"])) {
            (Some(join), Some(leave)) => (Kind::Activities, join, leave),
            _ => (Kind::Participants, header.find(&["first join"])?, header.find(&["last leave"])?),
        };
        Some(Table { kind, name, join, leave, email: header.find(&["email", "e-mail"]), role: header.find(&["role"]) })
    }

    fn read(&self, fields: &[Cow<'_, str>], line: usize, rows: &mut Rows) -> Result<(), ImportError> {
        let (join_column, leave_column) = match self.kind {
            Kind::Activities => ("Join Time", "Leave Time"),
            Kind::Participants => ("First Join", "Last Leave"),
        };
        let mut name = cell(fields, self.name).unwrap_or("").to_owned();
        let email = self.email.and_then(|i| cell(fields, i)).and_then(text::clean_email);
        if name.is_empty() {
            match &email {
                Some(email) => name = email.clone(),
                None => {
                    let reason = "the row has neither a name nor an e-mail".into();
                    rows.skipped.push(Skipped { line, name, reason });
                    return Ok(());
                }
            }
        }
        let joined = time_cell(cell(fields, self.join), line, join_column)?;
        let left = match cell(fields, self.leave).map(|leave| (leave, datetime::parse_datetime(leave))) {
            Some((_, Some(left))) => left,
            // a leave time without its date (one public sample has it): the join's day, or the
            // next day when that would come before the join
            Some((leave, None)) => match datetime::parse_time_of_day(leave) {
                Some(time) if joined.date().and_time(time) < joined => joined.date().and_time(time) + Duration::days(1),
                Some(time) => joined.date().and_time(time),
                None => time_cell(Some(leave), line, leave_column)?,
            },
            None => time_cell(None, line, leave_column)?,
        };
        rows.joins.push(Join {
            line,
            guest: text::has_guest_suffix(&name).then_some(true),
            name,
            original_name: None,
            email,
            joined,
            left,
            role: self.role.and_then(|i| cell(fields, i)).filter(|role| !role.is_empty()).map(str::to_owned),
        });
        Ok(())
    }
}

/// The attendance report of 2021 on.
pub(super) fn parse_report(text: &str) -> Result<Report, ImportError> {
    let delimiter = delimiter_of(text);
    let mut report = Report::new(ReportFormat::TeamsReport);
    let mut table: Option<Table> = None;
    let mut activities = Rows::default();
    let mut participants = Rows::default();
    let mut seen_table = false;
    for (index, raw) in text.split('\n').enumerate() {
        let line = index + 1;
        let trimmed = raw.trim_end_matches(|c: char| c == delimiter || c.is_whitespace()).trim_start();
        if trimmed.is_empty() {
            continue;
        }
        if is_section_title(trimmed, delimiter) {
            table = None;
            continue;
        }
        let fields = text::split_fields(raw, delimiter);
        let header_like = fields.iter().any(|field| {
            let field = field.trim();
            field.eq_ignore_ascii_case("join time") || field.eq_ignore_ascii_case("first join")
        });
        if header_like {
            if let Some(found) = Table::from_header(&fields) {
                seen_table = true;
                table = Some(found);
                continue;
            }
        }
        match &table {
            Some(table) => {
                let rows = match table.kind {
                    Kind::Activities => &mut activities,
                    Kind::Participants => &mut participants,
                };
                table.read(&fields, line, rows)?;
            }
            None => {
                if cell(&fields, 0).is_some_and(|key| key.eq_ignore_ascii_case("meeting title")) {
                    report.topic = cell(&fields, 1).filter(|title| !title.is_empty()).map(str::to_owned);
                }
            }
        }
    }
    if !seen_table {
        return Err(ImportError::File(
            "no table of participants was found: a Teams attendance report has \"2. Participants\" with a \
             \"Name, First Join, Last Leave, ...\" header and \"3. In-Meeting Activities\" with a \
             \"Name, Join Time, Leave Time, ...\" header"
                .into(),
        ));
    }
    let chosen = if activities.joins.is_empty() && activities.skipped.is_empty() { participants } else { activities };
    report.joins = chosen.joins;
    report.skipped = chosen.skipped;
    Ok(report)
}

/// One line of the attendance list.
struct Event {
    person: usize,
    at: NaiveDateTime,
    joins: bool,
    line: usize,
}

/// The attendance list of 2020.
pub(super) fn parse_list(text: &str) -> Result<Report, ImportError> {
    let delimiter = delimiter_of(text);
    let mut report = Report::new(ReportFormat::TeamsLegacy);
    let mut columns: Option<(usize, usize, usize)> = None;
    let mut people: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut last: Option<NaiveDateTime> = None;
    for (index, raw) in text.split('\n').enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let fields = text::split_fields(raw, delimiter);
        let Some((name_column, action_column, time_column)) = columns else {
            // lines before the header (a notice that the data may be incomplete) are not people
            let header = Header::new(fields.iter().map(AsRef::as_ref));
            if let (Some(name), Some(action), Some(time)) =
                (header.find(&["full name", "name"]), header.find(&["user action"]), header.find(&["timestamp"]))
            {
                columns = Some((name, action, time));
            }
            continue;
        };
        let name = cell(&fields, name_column).unwrap_or("");
        let joins = match cell(&fields, action_column) {
            None => {
                return Err(ImportError::Line { line, message: "the row ends before the User Action column".into() })
            }
            Some(action) if action.eq_ignore_ascii_case("joined") || action.eq_ignore_ascii_case("joined before") => {
                true
            }
            Some(action) if action.eq_ignore_ascii_case("left") => false,
            Some(action) => {
                return Err(ImportError::Line {
                    line,
                    message: format!(
                    "User Action {action:?} is not one this importer reads (\"Joined\", \"Joined before\", \"Left\")"
                ),
                })
            }
        };
        let at = time_cell(cell(&fields, time_column), line, "Timestamp")?;
        if name.is_empty() {
            report.skipped.push(Skipped { line, name: String::new(), reason: "the row has no name".into() });
            continue;
        }
        let person = match people.get(name) {
            Some(&person) => person,
            None => {
                names.push(name.to_owned());
                people.insert(name.to_owned(), names.len() - 1);
                names.len() - 1
            }
        };
        last = last.max(Some(at));
        events.push(Event { person, at, joins, line });
    }
    if columns.is_none() {
        return Err(ImportError::File(
            "no \"Full Name, User Action, Timestamp\" header was found: this is not a Teams attendance list".into(),
        ));
    }
    let Some(last) = last else {
        return Ok(report);
    };
    // stable: events of one person at the same second keep the order of the file
    events.sort_by_key(|event| (event.person, event.at));
    for one_person in events.chunk_by(|a, b| a.person == b.person) {
        let name = &names[one_person[0].person];
        let mut connections = 0u32;
        let mut open: Option<(NaiveDateTime, usize)> = None;
        let close = |joined: NaiveDateTime, line: usize, left: NaiveDateTime, joins: &mut Vec<Join>| {
            joins.push(Join {
                line,
                name: name.clone(),
                original_name: None,
                email: None,
                joined,
                left,
                guest: text::has_guest_suffix(name).then_some(true),
                role: None,
            })
        };
        for event in one_person {
            if event.joins {
                if connections == 0 {
                    open = Some((event.at, event.line));
                }
                connections += 1;
            } else if connections == 0 {
                let reason = "\"Left\" without a \"Joined\" before it".into();
                report.skipped.push(Skipped { line: event.line, name: name.clone(), reason });
            } else {
                connections -= 1;
                if connections == 0 {
                    let (joined, line) = open.take().expect("an open interval while connected");
                    close(joined, line, event.at, &mut report.joins);
                }
            }
        }
        if let Some((joined, line)) = open {
            close(joined, line, last, &mut report.joins);
        }
    }
    report.joins.sort_by_key(|join| join.line);
    report.skipped.sort_by_key(|skipped| skipped.line);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_first_join_and_last_leave_without_section_3() {
        let text = "1. Summary\nMeeting title\tToT\n\n2. Participants\n\
                    Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\n\
                    Ana Lima (Guest)\t2/14/23, 3:15:00 PM\t2/14/23, 4:15:00 PM\t1h\t\t\tAttendee\n\
                    Dilnoza Yusupova\t2/14/23, 3:00:00 PM\t2/14/23, 5:59:30 PM\t2h 59m 30s\tDilnoza@Example.UZ\tx\tPresenter\n";
        let report = parse_report(text).unwrap();
        assert_eq!(report.topic.as_deref(), Some("ToT"));
        assert_eq!(report.joins.len(), 2);
        assert_eq!(report.joins[0].line, 6);
        assert_eq!(report.joins[0].guest, Some(true));
        assert_eq!(report.joins[0].email, None);
        assert_eq!(report.joins[1].email.as_deref(), Some("dilnoza@example.uz"));
        assert_eq!(report.joins[1].role.as_deref(), Some("Presenter"));
    }

    #[test]
    fn reads_the_first_2021_version_and_a_leave_without_a_date() {
        let text = "Meeting Summary\nTotal Number of Participants\t1\nMeeting Title\tWeekly\n\n\
                    Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\tParticipant ID (UPN)\n\
                    Ana\t2/14/2023, 11:50:00 PM\t12:10:00 AM\t20m\ta@x.org\tAttendee\ta@x.org\n";
        let report = parse_report(text).unwrap();
        assert_eq!(report.topic.as_deref(), Some("Weekly"));
        let join = &report.joins[0];
        assert_eq!(join.left - join.joined, Duration::minutes(20));
    }

    #[test]
    fn reads_a_report_saved_again_with_commas() {
        let text = "1. Summary,,,\nMeeting title,\"Sync, weekly\",,\n2. Participants,,,\n\
                    Name,First Join,Last Leave,Email\n\"Lima, Ana\",\"2/14/23, 3:15:00 PM\",\"2/14/23, 4:15:00 PM\",\n";
        let report = parse_report(text).unwrap();
        assert_eq!(report.topic.as_deref(), Some("Sync, weekly"));
        assert_eq!(report.joins[0].name, "Lima, Ana");
    }

    #[test]
    fn a_bad_time_in_the_report_names_line_and_value() {
        let text =
            "3. In-Meeting Activities\nName\tJoin Time\tLeave Time\nAna\t14/02/2023, 15:00:00\t2/14/23, 4:00:00 PM\n";
        let error = parse_report(text).unwrap_err().to_string();
        assert!(error.starts_with("line 3: Join Time \"14/02/2023, 15:00:00\" is not"), "{error}");
    }

    #[test]
    fn pairs_the_list_per_person_across_devices() {
        let text = "Full Name\tUser Action\tTimestamp\t\n\
                    B\tJoined before\t2/14/2023, 6:58:00 AM\n\
                    A\tJoined\t2/14/2023, 7:00:00 AM\n\
                    B\tJoined\t2/14/2023, 8:05:00 AM\n\
                    B\tLeft\t2/14/2023, 8:10:00 AM\n\
                    C\tLeft\t2/14/2023, 8:20:00 AM\n\
                    A\tLeft\t2/14/2023, 8:30:00 AM\n\
                    B\tLeft\t2/14/2023, 9:40:00 AM\n\
                    A\tJoined\t2/14/2023, 9:00:00 AM\n";
        let report = parse_list(text).unwrap();
        let joins: Vec<_> = report
            .joins
            .iter()
            .map(|j| {
                (j.name.as_str(), j.line, j.joined.format("%H:%M").to_string(), j.left.format("%H:%M").to_string())
            })
            .collect();
        assert_eq!(
            joins,
            [
                ("B", 2, "06:58".into(), "09:40".into()),
                ("A", 3, "07:00".into(), "08:30".into()),
                // never left: until the last timestamp in the file
                ("A", 9, "09:00".into(), "09:40".into()),
            ]
        );
        assert_eq!(report.skipped.len(), 1);
        assert_eq!((report.skipped[0].line, report.skipped[0].name.as_str()), (6, "C"));
    }

    #[test]
    fn an_unknown_action_is_an_error() {
        let text = "Full Name\tUser Action\tTimestamp\nA\tIngressou\t2/14/2023, 7:00:00 AM\n";
        assert_eq!(
            parse_list(text).unwrap_err().to_string(),
            "line 2: User Action \"Ingressou\" is not one this importer reads (\"Joined\", \"Joined before\", \"Left\")"
        );
        assert!(matches!(parse_list("Name\tWhen\n"), Err(ImportError::File(_))));
    }
}
