//! What each registration change sends: the e-mail (times in the recipient's zone) and, for a
//! confirmed place, the calendar invite. Everything here runs inside the change's transaction.

use crate::calendar::{self, CalEvent, Method, Party};
use crate::db::DbConnection;
use crate::domain::time::in_zone;
use crate::error::AppResult;
use crate::mail::{enqueue, mail_kinds, mailbox, Email, MailContext, MailSession};
use crate::state::LinkEnv;
use crate::trainings::{queries, Organiser, Session, Training};

use super::{participant_key, Registration, Status};

mail_kinds!(
    /// Every e-mail registration sends.
    RegistrationMail {
        ConfirmRegistration, confirm_registration, "confirm_registration",
            "registration/mail/confirm_registration/subject.txt", "registration/mail/confirm_registration/body.txt", "registration/mail/confirm_registration/body.html";
        Registered, registered, "registered",
            "registration/mail/registered/subject.txt", "registration/mail/registered/body.txt", "registration/mail/registered/body.html";
        Waitlisted, waitlisted, "waitlisted",
            "registration/mail/waitlisted/subject.txt", "registration/mail/waitlisted/body.txt", "registration/mail/waitlisted/body.html";
        AwaitingApproval, awaiting_approval, "awaiting_approval",
            "registration/mail/awaiting_approval/subject.txt", "registration/mail/awaiting_approval/body.txt", "registration/mail/awaiting_approval/body.html";
        Declined, declined, "declined",
            "registration/mail/declined/subject.txt", "registration/mail/declined/body.txt", "registration/mail/declined/body.html";
        RegistrationCancelled, registration_cancelled, "registration_cancelled",
            "registration/mail/registration_cancelled/subject.txt", "registration/mail/registration_cancelled/body.txt", "registration/mail/registration_cancelled/body.html";
        AlreadyRegistered, already_registered, "already_registered",
            "registration/mail/already_registered/subject.txt", "registration/mail/already_registered/body.txt", "registration/mail/already_registered/body.html";
        ScheduleChanged, schedule_changed, "schedule_changed",
            "registration/mail/schedule_changed/subject.txt", "registration/mail/schedule_changed/body.txt", "registration/mail/schedule_changed/body.html";
        SessionCancelled, session_cancelled, "session_cancelled",
            "registration/mail/session_cancelled/subject.txt", "registration/mail/session_cancelled/body.txt", "registration/mail/session_cancelled/body.html";
        TrainingCancelled, training_cancelled, "training_cancelled",
            "registration/mail/training_cancelled/subject.txt", "registration/mail/training_cancelled/body.txt", "registration/mail/training_cancelled/body.html";
        Reminder, reminder, "reminder",
            "registration/mail/reminder/subject.txt", "registration/mail/reminder/body.txt", "registration/mail/reminder/body.html";
        Invitation, invitation, "invitation",
            "registration/mail/invitation/subject.txt", "registration/mail/invitation/body.txt", "registration/mail/invitation/body.html";
        CalendarEntry, calendar_entry, "calendar_entry",
            "registration/mail/calendar_entry/subject.txt", "registration/mail/calendar_entry/body.txt", "registration/mail/calendar_entry/body.html";
    }
);

/// A training with what its e-mails show, loaded once per change.
pub struct TrainingMail {
    pub training: Training,
    pub sessions: Vec<Session>,
    pub organisers: Vec<Organiser>,
}

impl TrainingMail {
    pub fn load(conn: &mut DbConnection, training_id: i64) -> AppResult<TrainingMail> {
        let d = queries::detail(conn, training_id)?;
        Ok(TrainingMail { training: d.training, sessions: d.sessions, organisers: d.organisers })
    }

    fn organisers_text(&self) -> String {
        let mut seen: Vec<String> = Vec::new();
        for o in &self.organisers {
            let s = format!("{} ({})", o.organisation.name, o.organisation.country_name());
            if !seen.contains(&s) {
                seen.push(s);
            }
        }
        seen.join(", ")
    }

    fn lead_organisation(&self) -> String {
        self.organisers.first().map(|o| o.organisation.name.clone()).unwrap_or_else(|| "Cascade".into())
    }
}

/// The [`TrainingMail`] of each training people register for, kept while its version stays
/// the same (every change to a training, its sessions, organisers or their organisations bumps
/// it). A registration then reads one row, the version, instead of three tables.
#[derive(Default)]
pub struct TrainingMailCache(std::sync::Mutex<std::collections::HashMap<i64, std::sync::Arc<TrainingMail>>>);

impl TrainingMailCache {
    /// Bounds memory when many trainings take registrations at once; a miss costs one load.
    const MAX_ENTRIES: usize = 1024;

    /// The training as of `version`, which the caller read in the same transaction.
    pub fn get(
        &self,
        conn: &mut DbConnection,
        training_id: i64,
        version: i64,
    ) -> AppResult<std::sync::Arc<TrainingMail>> {
        let lock = || self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(tm) = lock().get(&training_id).filter(|tm| tm.training.version == version) {
            return Ok(tm.clone());
        }
        let tm = std::sync::Arc::new(TrainingMail::load(conn, training_id)?);
        let mut map = lock();
        if map.len() >= Self::MAX_ENTRIES {
            map.clear();
        }
        map.insert(training_id, tm.clone());
        Ok(tm)
    }
}

pub fn manage_url(env: &LinkEnv, r: &Registration) -> String {
    env.url(&format!("/p/{}", participant_key(&env.link_secret, r.id, &r.link_nonce)))
}

fn session_line(s: &Session, tz: chrono_tz::Tz, label: &str) -> String {
    let start = in_zone(s.starts_at, tz);
    let end = in_zone(s.ends_at, tz);
    format!(
        "{}, {}–{} ({label}, UTC{})",
        start.format("%a %-d %b %Y"),
        start.format("%H:%M"),
        crate::domain::time::end_time(&start, &end),
        start.format("%:z")
    )
}

/// The e-mail's view of the sessions: the recipient's zone first, the training's beside it.
pub fn mail_sessions(tm: &TrainingMail, r: &Registration, sessions: &[Session], with_join: bool) -> Vec<MailSession> {
    let tz = r.tz();
    let ttz = tm.training.tz();
    let tlabel = ttz.name().rsplit('/').next().unwrap_or("").replace('_', " ");
    sessions
        .iter()
        .map(|s| MailSession {
            title: s.title.clone(),
            local: session_line(s, tz, &r.zone_label()),
            training_local: if tz == ttz { String::new() } else { session_line(s, ttz, &tlabel) },
            join_url: if with_join { s.join_url.clone() } else { None },
        })
        .collect()
}

pub fn context(env: &LinkEnv, tm: &TrainingMail, r: &Registration) -> MailContext {
    MailContext {
        name: r.full_name.clone(),
        training_title: tm.training.title.clone(),
        training_url: env.url(&format!("/t/{}", tm.training.slug)),
        organisers: tm.organisers_text(),
        sessions: Vec::new(),
        action_url: String::new(),
        manage_url: manage_url(env, r),
        note: String::new(),
        hours: env.confirm_hours,
        contact: tm.training.contact(&tm.organisers).unwrap_or_default().to_string(),
        privacy_url: env.url(&format!("/t/{}/privacy", tm.training.slug)),
        ..MailContext::default()
    }
}

/// The calendar events for these sessions, as this participant's invite shows them.
pub fn events(
    env: &LinkEnv,
    tm: &TrainingMail,
    r: Option<&Registration>,
    sessions: &[Session],
    with_join: bool,
) -> Vec<CalEvent> {
    // a participant's events point to their own page (where they can cancel), others to the
    // training's public page
    let (url, footer) = match r {
        Some(r) => {
            let own = manage_url(env, r);
            let footer = format!("Your registration (to cancel, open it): {own}\n");
            (own, footer)
        }
        None => {
            let page = env.url(&format!("/t/{}", tm.training.slug));
            let footer = format!("Training: {page}\n");
            (page, footer)
        }
    };
    let offset = r.map(|r| r.calendar_sequence).unwrap_or(0);
    sessions
        .iter()
        .map(|s| {
            let mut e = calendar::session_event(&tm.training, s, &url, with_join, &footer);
            e.sequence += offset;
            e
        })
        .collect()
}

/// The events to cancel: the same UIDs, SEQUENCE one higher, STATUS:CANCELLED.
fn cancelled_events(env: &LinkEnv, tm: &TrainingMail, r: &Registration, sessions: &[Session]) -> Vec<CalEvent> {
    let mut evs = events(env, tm, Some(r), sessions, false);
    for e in &mut evs {
        e.sequence += 1;
        e.cancelled = true;
    }
    evs
}

fn invite(env: &LinkEnv, tm: &TrainingMail, r: &Registration, method: Method, events: &[CalEvent]) -> String {
    let organizer_name = tm.lead_organisation();
    calendar::build(
        method,
        &Party { name: &organizer_name, email: &env.organizer_email },
        Some(&Party { name: &r.full_name, email: &r.email }),
        events,
    )
}

fn render(tm: &TrainingMail, r: &Registration, kind: RegistrationMail, ctx: &MailContext) -> AppResult<Email> {
    Email::render(&kind, mailbox(&r.full_name, &r.email), ctx, Some(tm.training.id))
}

/// "Confirm your registration" with the one-time link.
pub fn confirm_link(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    token: &str,
) -> AppResult<()> {
    enqueue(conn, &confirm_link_email(env, tm, r, token)?, &env.host).map(|_| ())
}

/// The e-mail [`confirm_link`] queues.
pub fn confirm_link_email(env: &LinkEnv, tm: &TrainingMail, r: &Registration, token: &str) -> AppResult<Email> {
    let mut ctx = context(env, tm, r);
    ctx.action_url = env.url(&format!("/confirm/{token}"));
    render(tm, r, RegistrationMail::ConfirmRegistration, &ctx)
}

/// "You are registered", with the whole schedule as a REQUEST invite.
pub fn registered(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    note: &str,
) -> AppResult<()> {
    let mut ctx = context(env, tm, r);
    ctx.sessions = mail_sessions(tm, r, &tm.sessions, true);
    ctx.note = note.to_string();
    let email = render(tm, r, RegistrationMail::Registered, &ctx)?;
    let evs = events(env, tm, Some(r), &tm.sessions, true);
    let email = match evs.first() {
        Some(first) => email.with_calendar("REQUEST", invite(env, tm, r, Method::Request, std::slice::from_ref(first))),
        None => email,
    };
    enqueue(conn, &email, &env.host)?;
    calendar_entries(conn, env, tm, r, &tm.sessions, &evs, Method::Request)
}

/// iTIP treats the calendar of a scheduling message as one event (Gmail shows only the first
/// of several, Outlook keeps the first UID): a message that concerns several sessions carries
/// the first one, and each other session goes in a short e-mail of its own.
fn calendar_entries(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    sessions: &[Session],
    evs: &[CalEvent],
    method: Method,
) -> AppResult<()> {
    for (session, event) in sessions.iter().zip(evs).skip(1) {
        let mut ctx = context(env, tm, r);
        ctx.sessions = mail_sessions(tm, r, std::slice::from_ref(session), method == Method::Request);
        ctx.note = match method {
            Method::Cancel => format!("This e-mail removes “{}” from your calendar:", session.title),
            _ => format!("This e-mail adds “{}” to your calendar:", session.title),
        };
        let email = render(tm, r, RegistrationMail::CalendarEntry, &ctx)?;
        let ics = invite(env, tm, r, method, std::slice::from_ref(event));
        enqueue(conn, &email.with_calendar(method.as_str(), ics), &env.host)?;
    }
    Ok(())
}

/// A status e-mail without a calendar part (waiting list, awaiting approval, declined, ...).
pub fn status(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    kind: RegistrationMail,
    note: &str,
) -> AppResult<()> {
    let mut ctx = context(env, tm, r);
    ctx.note = note.to_string();
    ctx.sessions = mail_sessions(tm, r, &tm.sessions, false);
    let email = render(tm, r, kind, &ctx)?;
    enqueue(conn, &email, &env.host).map(|_| ())
}

/// What an existing registration says when the person registers again.
pub fn already_registered(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
) -> AppResult<()> {
    let note = match r.status() {
        Status::Confirmed => "your place is confirmed.",
        Status::Waitlisted => "you are on the waiting list.",
        Status::AwaitingApproval => "it waits for the organisers' approval.",
        Status::Declined => "the organisers declined it.",
        _ => "open it to see where it stands.",
    };
    status(conn, env, tm, r, RegistrationMail::AlreadyRegistered, note)
}

/// Cancels the person's calendar entries (METHOD:CANCEL, same UIDs).
pub fn cancelled(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    note: &str,
    with_calendar: bool,
) -> AppResult<()> {
    let mut ctx = context(env, tm, r);
    ctx.note = note.to_string();
    let email = render(tm, r, RegistrationMail::RegistrationCancelled, &ctx)?;
    if with_calendar && !tm.sessions.is_empty() {
        let evs = cancelled_events(env, tm, r, &tm.sessions);
        let email = email.with_calendar("CANCEL", invite(env, tm, r, Method::Cancel, &evs[..1]));
        enqueue(conn, &email, &env.host)?;
        calendar_entries(conn, env, tm, r, &tm.sessions, &evs, Method::Cancel)
    } else {
        enqueue(conn, &email, &env.host).map(|_| ())
    }
}

/// A moved or added session: a REQUEST update for that session only.
pub fn schedule_changed(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    session: &Session,
    note: &str,
) -> AppResult<()> {
    let mut ctx = context(env, tm, r);
    ctx.note = note.to_string();
    ctx.sessions = mail_sessions(tm, r, std::slice::from_ref(session), true);
    let email = render(tm, r, RegistrationMail::ScheduleChanged, &ctx)?;
    let ics = invite(env, tm, r, Method::Request, &events(env, tm, Some(r), std::slice::from_ref(session), true));
    enqueue(conn, &email.with_calendar("REQUEST", ics), &env.host).map(|_| ())
}

/// What a participant sees of a session in their calendar, before and now, each line as
/// (what, before, now); empty when nothing they see changed.
pub fn session_changes(
    r: &Registration,
    old_title: &str,
    before: &Session,
    new_title: &str,
    now: &Session,
) -> Vec<(String, String, String)> {
    let tz = r.tz();
    let label = r.zone_label();
    let mut changes = Vec::new();
    if (before.starts_at, before.ends_at) != (now.starts_at, now.ends_at) {
        changes.push(("Time".into(), session_line(before, tz, &label), session_line(now, tz, &label)));
    }
    let (was, is) = (format!("{old_title} — {}", before.title), format!("{new_title} — {}", now.title));
    if was != is {
        changes.push(("Title".into(), was, is));
    }
    if before.description != now.description {
        let shown = |d: &str| if d.is_empty() { "(none)".to_string() } else { d.to_string() };
        changes.push(("Description".into(), shown(&before.description), shown(&now.description)));
    }
    if before.join_url != now.join_url {
        let shown = |j: &Option<String>| j.clone().unwrap_or_else(|| "(none)".into());
        changes.push(("Join link".into(), shown(&before.join_url), shown(&now.join_url)));
    }
    changes
}

/// A session changed (one batch of edits): a REQUEST update for it, the e-mail listing what
/// changed, old and new.
pub fn session_updated(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    session: &Session,
    changes: Vec<(String, String, String)>,
) -> AppResult<()> {
    let mut ctx = context(env, tm, r);
    ctx.note = format!("“{}” has changed:", session.title);
    ctx.changes = changes;
    ctx.sessions = mail_sessions(tm, r, std::slice::from_ref(session), true);
    let email = render(tm, r, RegistrationMail::ScheduleChanged, &ctx)?;
    let ics = invite(env, tm, r, Method::Request, &events(env, tm, Some(r), std::slice::from_ref(session), true));
    enqueue(conn, &email.with_calendar("REQUEST", ics), &env.host).map(|_| ())
}

/// A cancelled session: METHOD:CANCEL with its UID and a higher SEQUENCE.
pub fn session_cancelled(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    session: &Session,
) -> AppResult<()> {
    let mut ctx = context(env, tm, r);
    ctx.note = format!("The session “{}” is cancelled:", session.title);
    ctx.sessions = mail_sessions(tm, r, std::slice::from_ref(session), false);
    let email = render(tm, r, RegistrationMail::SessionCancelled, &ctx)?;
    let evs = cancelled_events(env, tm, r, std::slice::from_ref(session));
    enqueue(conn, &email.with_calendar("CANCEL", invite(env, tm, r, Method::Cancel, &evs)), &env.host).map(|_| ())
}

/// The whole training is cancelled: CANCEL for every session to confirmed participants.
pub fn training_cancelled(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
) -> AppResult<()> {
    let ctx = context(env, tm, r);
    let email = render(tm, r, RegistrationMail::TrainingCancelled, &ctx)?;
    if r.status() == Status::Confirmed && !tm.sessions.is_empty() {
        let evs = cancelled_events(env, tm, r, &tm.sessions);
        let email = email.with_calendar("CANCEL", invite(env, tm, r, Method::Cancel, &evs[..1]));
        enqueue(conn, &email, &env.host)?;
        calendar_entries(conn, env, tm, r, &tm.sessions, &evs, Method::Cancel)
    } else {
        enqueue(conn, &email, &env.host).map(|_| ())
    }
}

/// A reminder before one session.
pub fn reminder(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    session: &Session,
    lead: &str,
) -> AppResult<()> {
    let mut ctx = context(env, tm, r);
    ctx.note = format!("“{}” starts in {lead}.", session.title);
    ctx.sessions = mail_sessions(tm, r, std::slice::from_ref(session), true);
    let email = render(tm, r, RegistrationMail::Reminder, &ctx)?;
    enqueue(conn, &email, &env.host).map(|_| ())
}

/// The personal link of an invitation-only training.
pub fn invitation(
    conn: &mut DbConnection,
    env: &LinkEnv,
    tm: &TrainingMail,
    r: &Registration,
    token: &str,
) -> AppResult<()> {
    let mut ctx = context(env, tm, r);
    ctx.action_url = env.url(&format!("/invited/{token}"));
    ctx.sessions = mail_sessions(tm, r, &tm.sessions, false);
    let email = render(tm, r, RegistrationMail::Invitation, &ctx)?;
    enqueue(conn, &email, &env.host).map(|_| ())
}
