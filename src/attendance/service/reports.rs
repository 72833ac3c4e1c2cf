//! Imported Zoom and Teams reports: a **preview** (who matched, how, with how many minutes) is
//! stored with the decoded file, **apply** writes exactly that and records what it replaced, and
//! **undo** puts it back. Applying the same file twice for a session changes nothing.

use std::collections::HashMap;

use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use diesel::prelude::*;
use serde::Serialize;

use super::{length_minutes, session_of, upsert, MarkRow, TAKE_ATTENDANCE};
use crate::accounts::Account;
use crate::attendance::import::{self, Join, ReportFormat, Skipped};
use crate::attendance::{queries, AttendanceStatus, ImportRecord, Mark, Source};
use crate::db::schema::{attendance, attendance_import_changes, attendance_imports};
use crate::db::{now, DbConnection};
use crate::error::{AppError, AppResult};
use crate::registration::{self, Registration, Status};
use crate::trainings;
use crate::trainings::permissions::authorize;

/// What the organiser chose on the upload form.
pub struct ImportOptions {
    pub file_name: String,
    /// `None`: recognise the format from the content.
    pub format: Option<ReportFormat>,
    /// The zone of the times in the file (the files carry none); `None`: the training's.
    pub timezone: Option<Tz>,
}

impl ImportOptions {
    /// Parses what the form or the API sent: `format` empty or "auto" recognises the format;
    /// `timezone` empty means the training's zone.
    pub fn parse(file_name: &str, format: &str, timezone: &str) -> AppResult<ImportOptions> {
        let format = match format.trim() {
            "" | "auto" => None,
            f => Some(ReportFormat::parse_name(f).ok_or_else(|| {
                AppError::invalid(
                    "format",
                    format!("{f:?} is not one of: auto, zoom_webinar, zoom_meeting, teams_report, teams_legacy"),
                )
            })?),
        };
        let timezone = match timezone.trim() {
            "" => None,
            zone => Some(crate::domain::parse_timezone("timezone", zone)?),
        };
        Ok(ImportOptions { file_name: file_name.to_string(), format, timezone })
    }
}

/// How a person in the report was matched to a registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// Same e-mail address (case-insensitive).
    Email,
    /// No e-mail match, but exactly one registration has this name: to confirm.
    Name,
    /// Nobody matches.
    None,
    /// Several registrations have this name.
    Ambiguous,
}

impl MatchKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            MatchKind::Email => "email",
            MatchKind::Name => "name",
            MatchKind::None => "none",
            MatchKind::Ambiguous => "ambiguous",
        }
    }
}

/// One person of the report, with their joins merged.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PreviewPerson {
    pub name: String,
    pub email: Option<String>,
    pub registration_id: Option<i64>,
    /// The registered name, when matched.
    pub registered_name: Option<String>,
    #[serde(rename = "match")]
    pub match_kind: MatchKind,
    /// Minutes attended: the union of the joins clipped to the session.
    pub minutes: i64,
    pub joins: usize,
    /// The first line of the file about this person.
    pub line: usize,
}

/// A row of the file that was left out, and why.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SkippedRow {
    pub line: usize,
    pub name: String,
    pub reason: String,
}

/// The preview or, once applied, the result of an import.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Preview {
    pub import_id: i64,
    pub session_id: i64,
    pub format: String,
    pub timezone: String,
    pub file_name: String,
    pub people: Vec<PreviewPerson>,
    pub skipped: Vec<SkippedRow>,
    pub matched: usize,
    pub matched_by_name: usize,
    pub unmatched: usize,
    pub ambiguous: usize,
    pub applied: bool,
    /// Marks this import wrote (0 for a preview, and for a file already applied).
    pub changed: usize,
}

/// A local time in the file to UTC; a time inside a spring-forward gap is read an hour later,
/// one that happens twice in autumn as the first (a report cannot say which).
fn to_utc(tz: Tz, t: NaiveDateTime) -> NaiveDateTime {
    tz.from_local_datetime(&t)
        .earliest()
        .or_else(|| tz.from_local_datetime(&(t + chrono::Duration::hours(1))).earliest())
        .map(|d| d.naive_utc())
        .unwrap_or(t)
}

/// Who a join is about: the e-mail when the file has one, else the name.
fn identity(j: &Join) -> String {
    match &j.email {
        Some(e) => format!("e:{e}"),
        None => format!("n:{}", import::normalise_name(j.original_name.as_deref().unwrap_or(&j.name))),
    }
}

/// Matches the report's people to the training's confirmed registrations and adds up their
/// minutes. People who match the same registration (renamed, or once with and once without
/// e-mail) are merged, so their minutes are a union too.
fn match_people(
    joins: &[Join],
    registrations: &[Registration],
    tz: Tz,
    start: NaiveDateTime,
    end: NaiveDateTime,
) -> Vec<PreviewPerson> {
    let by_email: HashMap<&str, &Registration> = registrations.iter().map(|r| (r.email.as_str(), r)).collect();
    let mut by_name: HashMap<String, Vec<&Registration>> = HashMap::new();
    for r in registrations {
        by_name.entry(import::normalise_name(&r.full_name)).or_default().push(r);
    }
    // group joins by identity, in order of first appearance
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<&Join>> = HashMap::new();
    for j in joins {
        let key = identity(j);
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(j);
    }
    // match each identity; merge those that reach the same registration
    let mut people: Vec<(PreviewPerson, Vec<(NaiveDateTime, NaiveDateTime)>)> = Vec::new();
    let mut of_registration: HashMap<i64, usize> = HashMap::new();
    for key in order {
        let group = &groups[&key];
        let first = group[0];
        let intervals: Vec<(NaiveDateTime, NaiveDateTime)> =
            group.iter().map(|j| (to_utc(tz, j.joined), to_utc(tz, j.left))).collect();
        let email_match = first.email.as_deref().and_then(|e| by_email.get(e)).copied();
        let names = [first.original_name.as_deref(), Some(first.name.as_str())];
        let name_matches: Vec<&Registration> = names
            .iter()
            .flatten()
            .find_map(|n| by_name.get(&import::normalise_name(n)).filter(|v| !v.is_empty()))
            .cloned()
            .unwrap_or_default();
        let (kind, registration) = match (email_match, name_matches.as_slice()) {
            (Some(r), _) => (MatchKind::Email, Some(r)),
            (None, [one]) => (MatchKind::Name, Some(*one)),
            (None, []) => (MatchKind::None, None),
            (None, _) => (MatchKind::Ambiguous, None),
        };
        if let Some(&i) = registration.and_then(|r| of_registration.get(&r.id)) {
            let (person, merged) = &mut people[i];
            merged.extend(intervals);
            person.joins += group.len();
            if kind == MatchKind::Email {
                person.match_kind = MatchKind::Email;
            }
            continue;
        }
        if let Some(r) = registration {
            of_registration.insert(r.id, people.len());
        }
        people.push((
            PreviewPerson {
                name: first.original_name.clone().unwrap_or_else(|| first.name.clone()),
                email: first.email.clone(),
                registration_id: registration.map(|r| r.id),
                registered_name: registration.map(|r| r.full_name.clone()),
                match_kind: kind,
                minutes: 0,
                joins: group.len(),
                line: first.line,
            },
            intervals,
        ));
    }
    people
        .into_iter()
        .map(|(mut p, intervals)| {
            p.minutes = import::minutes_attended(&intervals, start, end);
            p
        })
        .collect()
}

fn count(people: &[PreviewPerson], kind: MatchKind) -> usize {
    people.iter().filter(|p| p.match_kind == kind).count()
}

/// Parses a report and matches it: everything a preview shows, without storing anything.
fn analyse(
    conn: &mut DbConnection,
    training_id: i64,
    session_id: i64,
    text: &str,
    format: Option<ReportFormat>,
    tz: Tz,
) -> AppResult<(ReportFormat, Vec<PreviewPerson>, Vec<SkippedRow>)> {
    let sessions = trainings::queries::sessions(conn, training_id)?;
    let s = session_of(&sessions, session_id)?.clone();
    let report = import::parse_text(text, format).map_err(|e| AppError::invalid("file", e.to_string()))?;
    let registrations: Vec<Registration> =
        registration::queries::list(conn, training_id)?.into_iter().filter(|r| r.status == Status::Confirmed).collect();
    let people = match_people(&report.joins, &registrations, tz, s.starts_at, s.ends_at);
    let skipped =
        report.skipped.into_iter().map(|Skipped { line, name, reason }| SkippedRow { line, name, reason }).collect();
    debug_assert!(people.iter().all(|p| p.minutes <= i64::from(length_minutes(&s))));
    Ok((report.format, people, skipped))
}

fn preview_of(record: &ImportRecord, people: Vec<PreviewPerson>, skipped: Vec<SkippedRow>) -> Preview {
    Preview {
        import_id: record.id,
        session_id: record.session_id,
        format: record.format.clone(),
        timezone: record.timezone.clone(),
        file_name: record.file_name.clone(),
        matched: count(&people, MatchKind::Email),
        matched_by_name: count(&people, MatchKind::Name),
        unmatched: count(&people, MatchKind::None),
        ambiguous: count(&people, MatchKind::Ambiguous),
        applied: record.is_applied(),
        changed: usize::try_from(record.changed).unwrap_or(0),
        people,
        skipped,
    }
}

/// Reads an uploaded report and stores it as a preview (nothing else changes). A file that is
/// not a report, or has a bad line, is an error naming the line, and nothing is stored.
pub fn preview_import(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    session_id: i64,
    options: &ImportOptions,
    bytes: &[u8],
) -> AppResult<Preview> {
    let (training, _) = authorize(conn, actor, training_id, TAKE_ATTENDANCE)?;
    let tz = options.timezone.unwrap_or_else(|| training.tz());
    let text = import::decode(bytes).map_err(|e| AppError::invalid("file", e.to_string()))?;
    let (format, people, skipped) = analyse(conn, training_id, session_id, &text, options.format, tz)?;
    let file_name: String = options.file_name.chars().filter(|c| !c.is_control()).take(200).collect();
    let sha = crate::crypto::tokens::hash_token(&text);
    let at = now();
    let id: i64 = diesel::insert_into(attendance_imports::table)
        .values((
            attendance_imports::training_id.eq(training_id),
            attendance_imports::session_id.eq(session_id),
            attendance_imports::file_name.eq(if file_name.is_empty() { "report".to_string() } else { file_name }),
            attendance_imports::file_sha256.eq(sha),
            attendance_imports::format.eq(format.name()),
            attendance_imports::timezone.eq(tz.name()),
            attendance_imports::content.eq(&text),
            attendance_imports::matched.eq(count_i32(&people, MatchKind::Email)),
            attendance_imports::matched_by_name.eq(count_i32(&people, MatchKind::Name)),
            attendance_imports::unmatched.eq(count_i32(&people, MatchKind::None)),
            attendance_imports::ambiguous.eq(count_i32(&people, MatchKind::Ambiguous)),
            attendance_imports::created_by.eq(Some(actor.id)),
            attendance_imports::created_at.eq(at),
        ))
        .returning(attendance_imports::id)
        .get_result(conn)?;
    let record = load(conn, training_id, id)?.0;
    Ok(preview_of(&record, people, skipped))
}

fn count_i32(people: &[PreviewPerson], kind: MatchKind) -> i32 {
    i32::try_from(count(people, kind)).unwrap_or(i32::MAX)
}

fn load(conn: &mut DbConnection, training_id: i64, import_id: i64) -> AppResult<(ImportRecord, String)> {
    queries::import(conn, import_id)?
        .filter(|(r, _)| r.training_id == training_id)
        .ok_or_else(|| AppError::not_found("import"))
}

/// Writes what the preview showed: e-mail matches, and the name matches the organiser
/// confirmed (`confirmed_names`: their registration ids; `None` confirms all of them). A person
/// with minutes in the session is present, one whose time fell outside it absent. Ambiguous and
/// unmatched people are left out. Applying a file already applied to this session (this import
/// or an identical one) changes nothing.
pub fn apply_import(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    import_id: i64,
    confirmed_names: Option<&[i64]>,
) -> AppResult<Preview> {
    authorize(conn, actor, training_id, TAKE_ATTENDANCE)?;
    let (record, text) = load(conn, training_id, import_id)?;
    let tz: Tz = record.timezone.parse().unwrap_or(chrono_tz::UTC);
    let format = ReportFormat::parse_name(&record.format);
    let (_, people, skipped) = analyse(conn, training_id, record.session_id, &text, format, tz)?;
    if record.undone_at.is_some() {
        return Err(AppError::conflict(None, "this import was undone; upload the file again to import it"));
    }
    if record.applied_at.is_some() {
        return Ok(preview_of(&record, people, skipped));
    }
    let sha = crate::crypto::tokens::hash_token(&text);
    let same_file_applied: bool = diesel::select(diesel::dsl::exists(
        attendance_imports::table
            .filter(attendance_imports::session_id.eq(record.session_id))
            .filter(attendance_imports::file_sha256.eq(&sha))
            .filter(attendance_imports::applied_at.is_not_null())
            .filter(attendance_imports::undone_at.is_null()),
    ))
    .get_result(conn)?;
    let at = now();
    let mut changed = 0usize;
    if !same_file_applied {
        // the session's marks, read once
        let existing = queries::marks(conn, training_id)?;
        let marks: HashMap<i64, &Mark> =
            existing.iter().filter(|m| m.session_id == record.session_id).map(|m| (m.registration_id, m)).collect();
        for p in &people {
            let Some(registration_id) = p.registration_id else { continue };
            let confirmed = match p.match_kind {
                MatchKind::Email => true,
                MatchKind::Name => confirmed_names.is_none_or(|ids| ids.contains(&registration_id)),
                MatchKind::None | MatchKind::Ambiguous => false,
            };
            if !confirmed {
                continue;
            }
            let previous = marks.get(&registration_id).copied();
            let row = MarkRow {
                registration_id,
                session_id: record.session_id,
                status: if p.minutes > 0 { AttendanceStatus::Present } else { AttendanceStatus::Absent },
                minutes: Some(i32::try_from(p.minutes).unwrap_or(i32::MAX)),
                source: Source::Import,
                import_id: Some(import_id),
                updated_by: Some(actor.id),
                updated_at: at,
            };
            if upsert(conn, previous, row)? {
                diesel::insert_into(attendance_import_changes::table)
                    .values((
                        attendance_import_changes::import_id.eq(import_id),
                        attendance_import_changes::registration_id.eq(registration_id),
                        attendance_import_changes::session_id.eq(record.session_id),
                        attendance_import_changes::previous_status.eq(previous.map(|m| m.status)),
                        attendance_import_changes::previous_minutes.eq(previous.and_then(|m| m.minutes)),
                        attendance_import_changes::previous_source.eq(previous.map(|m| m.source)),
                        attendance_import_changes::previous_import_id.eq(previous.and_then(|m| m.import_id)),
                    ))
                    .execute(conn)?;
                changed += 1;
            }
        }
    }
    diesel::update(attendance_imports::table.find(import_id))
        .set((
            attendance_imports::applied_at.eq(Some(at)),
            attendance_imports::changed.eq(i32::try_from(changed).unwrap_or(i32::MAX)),
        ))
        .execute(conn)?;
    let record = load(conn, training_id, import_id)?.0;
    Ok(preview_of(&record, people, skipped))
}

/// Puts back what an applied import replaced, for every mark it still owns (a mark changed
/// since, by an organiser or a later import, stays). Returns how many marks were restored.
pub fn undo_import(conn: &mut DbConnection, actor: &Account, training_id: i64, import_id: i64) -> AppResult<usize> {
    authorize(conn, actor, training_id, TAKE_ATTENDANCE)?;
    let (record, _) = load(conn, training_id, import_id)?;
    if !record.is_applied() {
        return Err(AppError::conflict(None, "only an applied import can be undone"));
    }
    type Change = (i64, i64, Option<AttendanceStatus>, Option<i32>, Option<Source>, Option<i64>);
    let changes: Vec<Change> = attendance_import_changes::table
        .filter(attendance_import_changes::import_id.eq(import_id))
        .select((
            attendance_import_changes::registration_id,
            attendance_import_changes::session_id,
            attendance_import_changes::previous_status,
            attendance_import_changes::previous_minutes,
            attendance_import_changes::previous_source,
            attendance_import_changes::previous_import_id,
        ))
        .load(conn)?;
    // the marks this import still owns (a mark changed since by anyone else stays)
    let existing = queries::marks(conn, training_id)?;
    let owned: HashMap<(i64, i64), &Mark> = existing
        .iter()
        .filter(|m| m.import_id == Some(import_id))
        .map(|m| ((m.registration_id, m.session_id), m))
        .collect();
    let at = now();
    let mut restored = 0;
    for (registration_id, session_id, status, minutes, source, previous_import) in changes {
        let Some(&current) = owned.get(&(registration_id, session_id)) else { continue };
        match (status, source) {
            (Some(status), Some(source)) => {
                upsert(
                    conn,
                    Some(current),
                    MarkRow {
                        registration_id,
                        session_id,
                        status,
                        minutes,
                        source,
                        import_id: previous_import,
                        updated_by: Some(actor.id),
                        updated_at: at,
                    },
                )?;
            }
            _ => {
                diesel::delete(attendance::table.find((registration_id, session_id))).execute(conn)?;
            }
        }
        restored += 1;
    }
    diesel::update(attendance_imports::table.find(import_id))
        .set(attendance_imports::undone_at.eq(Some(at)))
        .execute(conn)?;
    Ok(restored)
}

/// A stored import as its preview shows it (to review it later, or see what was applied).
pub fn show_import(conn: &mut DbConnection, actor: &Account, training_id: i64, import_id: i64) -> AppResult<Preview> {
    authorize(conn, actor, training_id, crate::trainings::permissions::Action::ViewRegistrations)?;
    let (record, text) = load(conn, training_id, import_id)?;
    let tz: Tz = record.timezone.parse().unwrap_or(chrono_tz::UTC);
    let format = ReportFormat::parse_name(&record.format);
    let (_, people, skipped) = analyse(conn, training_id, record.session_id, &text, format, tz)?;
    Ok(preview_of(&record, people, skipped))
}
