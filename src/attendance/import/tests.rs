//! The fixtures of `tests/fixtures/attendance/` end to end: detection, joins and skips, names in
//! three scripts, e-mails, and the minutes of session 1 (07:00–10:00 UTC on 14 February 2023)
//! that its README lists, each fixture in its own organiser's zone.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::*;

const ZOOM_WEBINAR: &[u8] = include_bytes!("../../../tests/fixtures/attendance/zoom_webinar.csv");
const ZOOM_MEETING: &[u8] = include_bytes!("../../../tests/fixtures/attendance/zoom_meeting.csv");
const ZOOM_MEETING_NO_BLOCK: &[u8] = include_bytes!("../../../tests/fixtures/attendance/zoom_meeting_no_block.csv");
const TEAMS_REPORT: &[u8] = include_bytes!("../../../tests/fixtures/attendance/teams_report.csv");
const TEAMS_LEGACY: &[u8] = include_bytes!("../../../tests/fixtures/attendance/teams_legacy.csv");
const MALFORMED_ZOOM: &[u8] = include_bytes!("../../../tests/fixtures/attendance/malformed_zoom.csv");

/// Session 1 in the wall-clock time of a file whose zone is `utc_offset_hours` from UTC.
fn session_1(utc_offset_hours: i64) -> (NaiveDateTime, NaiveDateTime) {
    let start =
        NaiveDate::from_ymd_opt(2023, 2, 14).unwrap().and_hms_opt(7, 0, 0).unwrap() + Duration::hours(utc_offset_hours);
    (start, start + Duration::hours(3))
}

/// Minutes per person (by the name shown) for session 1.
fn minutes_by_name(report: &Report, utc_offset_hours: i64) -> BTreeMap<String, i64> {
    let (start, end) = session_1(utc_offset_hours);
    let mut intervals: BTreeMap<String, Vec<(NaiveDateTime, NaiveDateTime)>> = BTreeMap::new();
    for join in &report.joins {
        intervals.entry(join.name.clone()).or_default().push(join.interval());
    }
    intervals.into_iter().map(|(name, list)| (name, minutes_attended(&list, start, end))).collect()
}

fn expect_minutes(report: &Report, utc_offset_hours: i64, expected: &[(&str, i64)]) {
    let expected: BTreeMap<String, i64> = expected.iter().map(|(name, minutes)| (name.to_string(), *minutes)).collect();
    assert_eq!(minutes_by_name(report, utc_offset_hours), expected);
}

fn join<'r>(report: &'r Report, name: &str) -> &'r Join {
    report.joins.iter().find(|join| join.name == name).unwrap_or_else(|| panic!("no join for {name}"))
}

#[test]
fn detects_every_fixture() {
    for (bytes, format) in [
        (ZOOM_WEBINAR, ReportFormat::ZoomWebinar),
        (ZOOM_MEETING, ReportFormat::ZoomMeeting),
        (ZOOM_MEETING_NO_BLOCK, ReportFormat::ZoomMeeting),
        (TEAMS_REPORT, ReportFormat::TeamsReport),
        (TEAMS_LEGACY, ReportFormat::TeamsLegacy),
        (MALFORMED_ZOOM, ReportFormat::ZoomMeeting),
    ] {
        let text = decode(bytes).unwrap();
        assert!(!text.contains('\r') && !text.starts_with('\u{feff}'));
        assert_eq!(detect(&text).unwrap(), format);
    }
}

/// The encodings the fixtures exist to exercise: a line-end conversion on commit would make the
/// tests pass without testing them.
#[test]
fn fixtures_keep_their_bytes() {
    let crlf = |bytes: &[u8]| bytes.windows(2).any(|pair| pair == b"\r\n");
    let crlf_utf16 = |bytes: &[u8]| bytes.windows(4).any(|four| four == [b'\r', 0, b'\n', 0]);
    for bytes in [ZOOM_WEBINAR, ZOOM_MEETING] {
        assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]) && crlf(bytes));
    }
    for bytes in [TEAMS_REPORT, TEAMS_LEGACY] {
        assert!(bytes.starts_with(&[0xFF, 0xFE]) && crlf_utf16(bytes));
    }
    assert!(!ZOOM_MEETING_NO_BLOCK.contains(&b'\r') && crlf(MALFORMED_ZOOM));
}

#[test]
fn zoom_webinar() {
    let report = parse(ZOOM_WEBINAR, None).unwrap();
    assert_eq!(report.format, ReportFormat::ZoomWebinar);
    assert_eq!(report.topic.as_deref(), Some("ToT on digital corruption reporting – session 1"));
    assert_eq!(report.joins.len(), 17);
    let skipped: Vec<_> = report.skipped.iter().map(|s| (s.line, s.name.as_str())).collect();
    assert_eq!(skipped, [(27, "Lucía Fernández"), (28, "Peter Okafor")]);
    assert!(report.skipped[0].reason.contains("Attended = No"));

    assert_eq!(join(&report, "Seo-yeon Park").role.as_deref(), Some("Host"));
    assert_eq!(join(&report, "Jonas Berg").role.as_deref(), Some("Panelist"));
    assert_eq!(join(&report, "Dilnoza Yusupova").role.as_deref(), Some("Attendee"));
    let nomvula = join(&report, "Nomvula Dube");
    assert_eq!((nomvula.role.as_deref(), nomvula.email.as_deref(), nomvula.guest), (Some("Other"), None, Some(true)));
    assert_eq!(nomvula.line, 31);

    let ana = join(&report, "Ana (UNDP Kosovo)");
    assert_eq!(ana.original_name.as_deref(), Some("Ana Lima"));
    assert_eq!(ana.email.as_deref(), Some("ana.lima@example.org"));
    assert_eq!(ana.guest, Some(false));
    assert_eq!(join(&report, "Lee, Jae-won").email.as_deref(), Some("jaewon.lee@example.kr"));
    let batbayar = join(&report, "Батбаяр Дорж");
    assert_eq!(batbayar.line, 14);
    assert_eq!(batbayar.joined, NaiveDate::from_ymd_opt(2023, 2, 14).unwrap().and_hms_opt(15, 48, 30).unwrap());

    // Asia/Seoul, UTC+9: session 1 is 16:00–19:00
    expect_minutes(
        &report,
        9,
        &[
            ("Seo-yeon Park", 180),
            ("Jonas Berg", 177),
            ("Батбаяр Дорж", 180),
            ("Mirëlinda Krasniqi", 161),
            ("Dilnoza Yusupova", 180),
            ("Ana (UNDP Kosovo)", 150),
            ("김민지", 104),
            ("Tariq Haddad", 90),
            ("Lee, Jae-won", 30),
            ("Sophie Martin", 0),
            ("Nomvula Dube", 60),
        ],
    );
}

#[test]
fn zoom_meeting_with_its_meeting_block() {
    let report = parse(ZOOM_MEETING, None).unwrap();
    assert_eq!(report.format, ReportFormat::ZoomMeeting);
    assert_eq!(report.topic.as_deref(), Some("ToT on digital corruption reporting – session 1"));
    assert_eq!(report.joins.len(), 13);
    let skipped: Vec<_> = report.skipped.iter().map(|s| (s.line, s.name.as_str())).collect();
    assert_eq!(skipped, [(6, "Mirëlinda Krasniqi"), (13, "+383 44 555 010")]);
    assert!(report.skipped.iter().all(|s| s.reason.contains("waiting room")));
    assert_eq!(report.joins[0].line, 5);

    let ana = join(&report, "Ana (UNDP Kosovo)");
    assert_eq!((ana.original_name.as_deref(), ana.email.as_deref()), (Some("Ana Lima"), Some("ana.lima@example.org")));
    let guest = join(&report, "iPhone de Lucía");
    assert_eq!((guest.email.as_deref(), guest.guest), (None, Some(true)));
    assert_eq!(join(&report, "Nguyen, Thi Lan").role, None);

    // Europe/Belgrade (Pristina), UTC+1: session 1 is 08:00–11:00
    expect_minutes(
        &report,
        1,
        &[
            ("Arben Gashi", 180),
            ("Mirëlinda Krasniqi", 180),
            ("Батбаяр Дорж", 150),
            ("Ana (UNDP Kosovo)", 105),
            ("Dilnoza Yusupova", 110),
            ("iPhone de Lucía", 60),
            ("Besnik Hoxha", 10),
            ("Nguyen, Thi Lan", 30),
            ("Teuta Berisha", 59),
        ],
    );
}

#[test]
fn zoom_meeting_without_a_block_in_the_2024_header() {
    let report = parse(ZOOM_MEETING_NO_BLOCK, None).unwrap();
    assert_eq!(report.format, ReportFormat::ZoomMeeting);
    assert_eq!(report.topic, None);
    assert_eq!(report.joins.len(), 11);
    let skipped: Vec<_> = report.skipped.iter().map(|s| (s.line, s.name.as_str())).collect();
    assert_eq!(skipped, [(3, "Jasur Karimov")]);
    assert_eq!(join(&report, "Guest 7").email, None);
    assert_eq!(join(&report, "Ana (UNDP Kosovo)").email.as_deref(), Some("ana.lima@example.org"));

    // Asia/Tashkent, UTC+5: session 1 is 12:00–15:00
    expect_minutes(
        &report,
        5,
        &[
            ("Olim Tursunov", 180),
            ("Jasur Karimov", 150),
            ("Dilnoza Yusupova", 175),
            ("Mirëlinda Krasniqi", 120),
            ("Батбаяр Дорж", 120),
            ("Ana (UNDP Kosovo)", 150),
            ("Guest 7", 45),
            ("Shahlo Rakhimova", 0),
        ],
    );
}

#[test]
fn teams_report() {
    let report = parse(TEAMS_REPORT, None).unwrap();
    assert_eq!(report.format, ReportFormat::TeamsReport);
    assert_eq!(report.topic.as_deref(), Some("ToT on digital corruption reporting – session 1"));
    // section 3, one row per join; section 2 is not read when section 3 has rows
    assert_eq!(report.joins.len(), 13);
    assert!(report.skipped.is_empty());
    assert_eq!(report.joins.first().map(|j| j.line), Some(23));
    assert_eq!(report.joins.last().map(|j| j.line), Some(35));

    let batbayar = join(&report, "Батбаяр Дорж");
    assert_eq!(batbayar.email.as_deref(), Some("batbayar.dorj@example.mn"));
    assert_eq!(join(&report, "Oyunchimeg Bat").role.as_deref(), Some("Organizer"));
    assert_eq!(join(&report, "Enkhjin Ganbold").role.as_deref(), Some("Presenter"));
    let ana = join(&report, "Ana Lima (Guest)");
    assert_eq!((ana.email.as_deref(), ana.guest, ana.role.as_deref()), (None, Some(true), Some("Attendee")));
    assert_eq!(normalise_name(&ana.name), "ana lima");
    assert_eq!(join(&report, "김민지").guest, None);

    // Asia/Ulaanbaatar, UTC+8: session 1 is 15:00–18:00
    expect_minutes(
        &report,
        8,
        &[
            ("Oyunchimeg Bat", 180),
            ("Батбаяр Дорж", 180),
            ("Enkhjin Ganbold", 150),
            ("Dilnoza Yusupova", 179),
            ("Mirëlinda Krasniqi", 115),
            ("Ana Lima (Guest)", 60),
            ("김민지", 90),
            ("Temuulen Sukh", 10),
            ("Saruul Erdene", 0),
        ],
    );
}

#[test]
fn teams_report_without_section_3_falls_back_to_section_2() {
    let text = decode(TEAMS_REPORT).unwrap();
    let cut = text.find("3. In-Meeting Activities").unwrap();
    let report = parse_text(&text[..cut], None).unwrap();
    assert_eq!(report.joins.len(), 9);
    assert_eq!(report.joins[0].line, 11);
    // First Join to Last Leave: the gaps between rejoins count
    let minutes = minutes_by_name(&report, 8);
    assert_eq!(minutes["Mirëlinda Krasniqi"], 145);
    assert_eq!(minutes["Enkhjin Ganbold"], 180);
    assert_eq!(minutes["Dilnoza Yusupova"], 179);
}

#[test]
fn teams_legacy_list() {
    let report = parse(TEAMS_LEGACY, None).unwrap();
    assert_eq!(report.format, ReportFormat::TeamsLegacy);
    assert_eq!(report.topic, None);
    assert_eq!(report.joins.len(), 8);
    assert!(report.skipped.is_empty());
    assert!(report.joins.iter().all(|j| j.email.is_none() && j.role.is_none()));
    assert_eq!(join(&report, "Ana Lima (Guest)").guest, Some(true));
    assert_eq!(join(&report, "Батбаяр Дорж").line, 5);
    // Dilnoza never left: until the last timestamp of the list
    let dilnoza = join(&report, "Dilnoza Yusupova");
    assert_eq!(dilnoza.left, NaiveDate::from_ymd_opt(2023, 2, 14).unwrap().and_hms_opt(10, 5, 0).unwrap());

    // Europe/London, UTC+0 in February: session 1 is 07:00–10:00
    expect_minutes(
        &report,
        0,
        &[
            ("Claire Dubois", 180),
            ("Rustam Aliev", 0),
            ("Батбаяр Дорж", 160),
            ("Dilnoza Yusupova", 180),
            ("Mirëlinda Krasniqi", 90),
            ("Ana Lima (Guest)", 45),
            ("Hannah Schmidt", 15),
        ],
    );
}

#[test]
fn names_in_three_scripts_survive_every_encoding() {
    for (bytes, names) in [
        (ZOOM_WEBINAR, &["Батбаяр Дорж", "Mirëlinda Krasniqi", "김민지"][..]),
        (TEAMS_REPORT, &["Батбаяр Дорж", "Mirëlinda Krasniqi", "김민지"][..]),
        (TEAMS_LEGACY, &["Батбаяр Дорж", "Mirëlinda Krasniqi", "Dilnoza Yusupova"][..]),
        (ZOOM_MEETING_NO_BLOCK, &["Батбаяр Дорж", "Mirëlinda Krasniqi", "Dilnoza Yusupova"][..]),
    ] {
        let report = parse(bytes, None).unwrap();
        for name in names {
            assert!(report.joins.iter().any(|join| join.name == *name), "{name} in {:?}", report.format);
        }
    }
}

#[test]
fn emails_are_lower_case_everywhere() {
    for bytes in [ZOOM_WEBINAR, ZOOM_MEETING, ZOOM_MEETING_NO_BLOCK, TEAMS_REPORT] {
        let report = parse(bytes, None).unwrap();
        for email in report.joins.iter().filter_map(|join| join.email.as_deref()) {
            assert_eq!(email, email.to_lowercase());
            assert_eq!(email, email.trim());
        }
    }
}

#[test]
fn the_malformed_file_names_its_line_and_value() {
    match parse(MALFORMED_ZOOM, None) {
        Err(ImportError::Line { line, message }) => {
            assert_eq!(line, 7);
            assert!(message.starts_with("Join Time \"14/02/2023 08:15:30\""), "{message}");
        }
        other => panic!("expected a line error, got {other:?}"),
    }
    let shown = parse(MALFORMED_ZOOM, None).unwrap_err().to_string();
    assert!(shown.starts_with("line 7: Join Time \"14/02/2023 08:15:30\" is not a date and time"), "{shown}");
}

#[test]
fn a_file_that_is_no_report_is_refused() {
    for text in ["", "Name,Email\nAna,a@x.org\n", "just some prose"] {
        match parse(text.as_bytes(), None) {
            Err(ImportError::File(message)) => {
                assert!(message.starts_with("this is not a Zoom or Teams attendance report: expected"))
            }
            other => panic!("{other:?}"),
        }
    }
    // a format that does not fit the content finds no table
    assert!(matches!(parse(ZOOM_MEETING, Some(ReportFormat::TeamsLegacy)), Err(ImportError::File(_))));
    assert!(matches!(parse(TEAMS_LEGACY, Some(ReportFormat::ZoomWebinar)), Err(ImportError::File(_))));
    // the right one given explicitly works
    assert_eq!(parse(TEAMS_LEGACY, Some(ReportFormat::TeamsLegacy)).unwrap().joins.len(), 8);
}

#[test]
fn format_names_round_trip() {
    for format in ReportFormat::ALL {
        assert_eq!(ReportFormat::parse_name(format.name()), Some(format));
        assert!(!format.label().is_empty());
    }
    assert_eq!(ReportFormat::parse_name("zoom"), None);
    assert_eq!(ReportFormat::TeamsReport.name(), "teams_report");
}

/// 10,000 rows of each big format parse, and the minutes stay linear to compute: a sanity check
/// that nothing is quadratic (no timing assertion; release mode parses this in a few ms).
#[test]
fn ten_thousand_rows() {
    let mut text = String::from(
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n\
         1,Big,02/14/2023 07:00:00 AM,02/14/2023 10:00:00 AM,host@example.org,180,10000\n\n\
         Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,In Waiting Room\n",
    );
    for i in 0..10_000 {
        let minute = i % 50;
        text.push_str(&format!(
            "\"Person {i}, Org\",p{}@Example.org,02/14/2023 07:{minute:02}:00 AM,02/14/2023 09:{minute:02}:30 AM,120,No,No\n",
            i % 2_000
        ));
    }
    let report = parse(text.as_bytes(), None).unwrap();
    assert_eq!(report.joins.len(), 10_000);
    assert_eq!(report.joins[9_999].line, 10_004);
    let everyone: Vec<_> = report.joins.iter().map(Join::interval).collect();
    assert_eq!(minutes_attended(&everyone, session_1(0).0, session_1(0).1), 169);

    let mut list = String::from("Full Name\tUser Action\tTimestamp\n");
    for i in 0..5_000 {
        list.push_str(&format!("P{}\tJoined\t2/14/2023, 7:{:02}:00 AM\n", i % 700, i % 60));
        list.push_str(&format!("P{}\tLeft\t2/14/2023, 9:{:02}:00 AM\n", i % 700, i % 60));
    }
    let report = parse(list.as_bytes(), None).unwrap();
    assert_eq!(report.format, ReportFormat::TeamsLegacy);
    assert!(!report.joins.is_empty());
}
