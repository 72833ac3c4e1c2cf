//! iCalendar (RFC 5545) for invites (iTIP/iMIP REQUEST and CANCEL, RFC 5546/6047), the
//! whole-training download and personal feeds (PUBLISH, no ATTENDEE).
//!
//! Times are written in UTC (`...Z`), so no VTIMEZONE is needed (a calendar with no event
//! carries one UTC VTIMEZONE only because RFC 5545 wants at least one component). Every session
//! keeps one UID for its life; SEQUENCE rises with each change a participant would see.
//!
//! Invites do not ask for replies (`RSVP=FALSE`): nobody reads replies sent to the ORGANIZER
//! address; the e-mail says how to cancel instead. The join link of an online session is its
//! LOCATION (what Gmail, Outlook and Apple Calendar show beside the time) and is repeated in
//! the DESCRIPTION; URL is the participant's own page (or the training's, in public files). The `ics` crate writes the objects;
//! [`refold`] then folds lines at 75 octets including the leading space of continuation lines
//! (the crate leaves continuation lines one octet too long).

use chrono::NaiveDateTime;
use ics::parameters::{PartStat, Role, CN, RSVP};
use ics::properties::{
    Attendee, Description, DtEnd, DtStart, Location, Method as MethodProp, Organizer, Sequence, Status, Summary, URL,
};
use ics::{escape_text, Event, ICalendar, Standard, TimeZone};

use crate::trainings::{Session, Training};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Request,
    Cancel,
    Publish,
}

impl Method {
    pub fn as_str(&self) -> &'static str {
        match self {
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
            Method::Publish => "PUBLISH",
        }
    }
}

/// One session as a calendar event.
#[derive(Debug, Clone)]
pub struct CalEvent {
    pub uid: String,
    pub sequence: i32,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub summary: String,
    pub description: String,
    /// The join link, for those who may join.
    pub location: Option<String>,
    pub url: String,
    pub cancelled: bool,
}

/// A session as a calendar event: "training — session" as its summary, the session's
/// description, the join link when `with_join` (confirmed participants only) as LOCATION and in
/// the description, then `footer`; `page_url` as its URL. The words around them are in `lang`
/// (the summary and the session's description stay as the organisers wrote them).
pub fn session_event(
    training: &Training,
    s: &Session,
    page_url: &str,
    with_join: bool,
    footer: &str,
    lang: crate::i18n::Lang,
) -> CalEvent {
    let mut description = String::new();
    if !s.description.is_empty() {
        description.push_str(&s.description);
        description.push_str("\n\n");
    }
    if let (true, Some(j)) = (with_join, &s.join_url) {
        description.push_str(&lang.t1("ics-join", "url", j));
        description.push('\n');
    }
    description.push_str(footer);
    CalEvent {
        uid: s.uid.clone(),
        sequence: s.sequence,
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        summary: format!("{} — {}", training.title, s.title),
        description,
        location: if with_join { s.join_url.clone() } else { None },
        url: page_url.to_string(),
        cancelled: false,
    }
}

/// Who sends invites (ORGANIZER) and who receives them (ATTENDEE).
pub struct Party<'a> {
    pub name: &'a str,
    pub email: &'a str,
}

fn stamp(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A quoted parameter value (RFC 5545 §3.2: values with ",", ";" or ":" must be quoted;
/// DQUOTE itself is not allowed inside).
fn quoted(value: &str) -> String {
    let clean: String = value.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    format!("\"{clean}\"")
}

/// Builds a VCALENDAR. `organizer` and `attendee` are written for REQUEST and CANCEL only.
pub fn build(method: Method, organizer: &Party, attendee: Option<&Party>, events: &[CalEvent]) -> String {
    let mut cal = ICalendar::new("2.0", "-//Cascade//Training-of-Trainers//EN");
    cal.push(MethodProp::new(method.as_str()));
    cal.push(ics::properties::CalScale::new("GREGORIAN"));
    let dtstamp = stamp(crate::db::now());
    for e in events {
        let mut event = Event::new(e.uid.clone(), dtstamp.clone());
        event.push(DtStart::new(stamp(e.starts_at)));
        event.push(DtEnd::new(stamp(e.ends_at)));
        event.push(Sequence::new(e.sequence.to_string()));
        event.push(Summary::new(escape_text(e.summary.as_str()).into_owned()));
        if !e.description.is_empty() {
            event.push(Description::new(escape_text(e.description.as_str()).into_owned()));
        }
        if let Some(location) = &e.location {
            event.push(Location::new(escape_text(location.as_str()).into_owned()));
        }
        if !e.url.is_empty() {
            event.push(URL::new(e.url.clone()));
        }
        let cancelled = e.cancelled || method == Method::Cancel;
        event.push(if cancelled { Status::cancelled() } else { Status::confirmed() });
        if method != Method::Publish {
            let mut org = Organizer::new(format!("mailto:{}", organizer.email));
            org.add(CN::new(quoted(organizer.name)));
            event.push(org);
            if let Some(a) = attendee {
                let mut att = Attendee::new(format!("mailto:{}", a.email));
                att.add(CN::new(quoted(a.name)));
                att.add(Role::new("REQ-PARTICIPANT"));
                if method == Method::Request {
                    // no reply is expected: nobody reads the ORGANIZER address
                    att.add(PartStat::new("NEEDS-ACTION"));
                    att.add(RSVP::False);
                }
                event.push(att);
            }
        }
        event.push(ics::properties::Transp::opaque());
        cal.add_event(event);
    }
    if events.is_empty() {
        // RFC 5545 §3.6: a calendar holds at least one component; calendar apps polling a feed
        // whose sessions were all cancelled must still read it as a calendar
        cal.add_timezone(TimeZone::standard("UTC", Standard::new("19700101T000000", "+0000", "+0000")));
    }
    refold(&cal.to_string())
}

/// Unfolds, then folds every line at 75 octets (continuation lines: a space plus 74 octets),
/// never inside a UTF-8 character, with CRLF line ends.
pub fn refold(ics: &str) -> String {
    let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 70 * 3);
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        let mut rest = line;
        let mut limit = 75;
        loop {
            if rest.len() <= limit {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            limit = 74;
        }
    }
    out
}

/// "Add to Google Calendar" for one session.
pub fn google_link(e: &CalEvent) -> String {
    let mut url = url::Url::parse("https://calendar.google.com/calendar/render").expect("static URL");
    url.query_pairs_mut()
        .append_pair("action", "TEMPLATE")
        .append_pair("text", &e.summary)
        .append_pair("dates", &format!("{}/{}", stamp(e.starts_at), stamp(e.ends_at)))
        .append_pair("details", &e.description);
    url.to_string()
}

/// "Add to Outlook" for one session.
pub fn outlook_link(e: &CalEvent) -> String {
    let mut url = url::Url::parse("https://outlook.office.com/calendar/0/deeplink/compose").expect("static URL");
    url.query_pairs_mut()
        .append_pair("path", "/calendar/action/compose")
        .append_pair("rru", "addevent")
        .append_pair("subject", &e.summary)
        .append_pair("startdt", &e.starts_at.and_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .append_pair("enddt", &e.ends_at.and_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .append_pair("body", &e.description);
    url.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> CalEvent {
        CalEvent {
            uid: "abc@cascade".into(),
            sequence: 2,
            starts_at: chrono::NaiveDate::from_ymd_opt(2023, 2, 14).unwrap().and_hms_opt(7, 0, 0).unwrap(),
            ends_at: chrono::NaiveDate::from_ymd_opt(2023, 2, 14).unwrap().and_hms_opt(10, 0, 0).unwrap(),
            summary: "Day 1; the portal, explained".into(),
            description: "Join: https://meet.example.org/x\nA very long line of description text that goes on and on — with ünïcödé — past seventy-five octets".into(),
            location: Some("https://meet.example.org/x".into()),
            url: "https://cascade.example.org/t/x".into(),
            cancelled: false,
        }
    }

    #[test]
    fn lines_are_folded_at_75_octets_with_crlf() {
        let ics = build(
            Method::Request,
            &Party { name: "ACRC, Korea", email: "o@example.org" },
            Some(&Party { name: "Ana", email: "a@example.org" }),
            &[event()],
        );
        assert!(ics.ends_with("\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("METHOD:REQUEST"));
        assert!(unfolded.contains("SUMMARY:Day 1\\; the portal\\, explained"));
        assert!(unfolded.contains("ORGANIZER;CN=\"ACRC, Korea\":mailto:o@example.org"));
        assert!(unfolded.contains("RSVP=FALSE") && !unfolded.contains("RSVP=TRUE"));
        assert!(unfolded.contains("LOCATION:https://meet.example.org/x"));
        assert!(unfolded.contains("DTSTART:20230214T070000Z"));
        assert!(!unfolded.contains("TZID"));
    }

    #[test]
    fn cancel_asks_for_no_reply_and_an_empty_calendar_is_still_a_calendar() {
        let party = Party { name: "x", email: "o@example.org" };
        let ics = build(Method::Cancel, &party, Some(&Party { name: "Ana", email: "a@example.org" }), &[event()]);
        assert!(ics.contains("STATUS:CANCELLED") && !ics.contains("RSVP") && !ics.contains("PARTSTAT"), "{ics}");
        let empty = build(Method::Publish, &party, None, &[]);
        assert!(empty.contains("BEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD"), "{empty}");
        assert!(!empty.contains("VEVENT"));
    }

    #[test]
    fn publish_has_no_attendee() {
        let ics = build(
            Method::Publish,
            &Party { name: "x", email: "o@example.org" },
            Some(&Party { name: "Ana", email: "a@example.org" }),
            &[event()],
        );
        assert!(!ics.contains("ATTENDEE"));
        assert!(ics.contains("METHOD:PUBLISH"));
    }
}
