//! What each registration change sends: the e-mail (times in the recipient's zone) and, for a
//! confirmed place, the calendar invite. Everything here runs inside the change's transaction.

use crate::calendar::{self, CalEvent, Method, Party};
use crate::db::DbConnection;
use crate::domain::time::in_zone;
use crate::error::AppResult;
use crate::i18n::{dates, Arg, Lang};
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

    /// "ACRC (Republic of Korea), UNDP Kosovo (Kosovo)", the countries named in `lang`.
    fn organisers_text(&self, lang: Lang) -> String {
        let mut seen: Vec<String> = Vec::new();
        for o in &self.organisers {
            let country = o.organisation.country().map(|c| c.name_in(lang)).unwrap_or_default();
            let s = format!("{} ({country})", o.organisation.name);
            if !seen.contains(&s) {
                seen.push(s);
            }
        }
        crate::i18n::list(lang, &seen)
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

/// "Tue, 14 Feb 2023, 08:00–11:00 (Pristina, UTC+01:00)", written in `lang`.
fn session_line(s: &Session, tz: chrono_tz::Tz, label: &str, lang: Lang) -> String {
    let start = in_zone(s.starts_at, tz);
    let end = in_zone(s.ends_at, tz);
    let args = [
        ("day", Arg::Text(dates::with_weekday(lang, start.date_naive()))),
        ("start", Arg::Text(dates::time(lang, start.time()))),
        ("end", Arg::Text(crate::trainings::zones::end_time(lang, &start, &end))),
        ("place", Arg::Text(label.to_string())),
        ("offset", Arg::Text(format!("UTC{}", start.format("%:z")))),
    ];
    crate::i18n::messages::format(lang, "mail-session-when", &args)
}

/// The text of a note given as a message id ("" for none), with the training's title and a
/// session's title at hand.
fn note_text(ctx: &MailContext, note: &str, session: Option<&Session>) -> String {
    if note.is_empty() {
        return String::new();
    }
    ctx.lang.t2(note, "title", &ctx.training_title, "session", session.map(|s| s.title.as_str()).unwrap_or(""))
}

/// The e-mail's view of the sessions: the recipient's zone first, the training's beside it.
pub fn mail_sessions(tm: &TrainingMail, r: &Registration, sessions: &[Session], with_join: bool) -> Vec<MailSession> {
    let tz = r.tz();
    let ttz = tm.training.tz();
    let tlabel = ttz.name().rsplit('/').next().unwrap_or("").replace('_', " ");
    let lang = r.lang(&tm.training.language);
    sessions
        .iter()
        .map(|s| MailSession {
            title: s.title.clone(),
            local: session_line(s, tz, &r.zone_label(), lang),
            training_local: if tz == ttz { String::new() } else { session_line(s, ttz, &tlabel, lang) },
            join_url: if with_join { s.join_url.clone() } else { None },
        })
        .collect()
}

pub fn context(env: &LinkEnv, tm: &TrainingMail, r: &Registration) -> MailContext {
    MailContext {
        lang: r.lang(&tm.training.language),
        name: r.full_name.clone(),
        // the title in the participant's language where the organisers wrote one (the
        // calendar entries' SUMMARY keeps the training's own)
        training_title: tm.training.in_language(r.lang(&tm.training.language)).title,
        training_url: env.url(&format!("/t/{}", tm.training.slug)),
        organisers: tm.organisers_text(r.lang(&tm.training.language)),
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
    // (in the participant's language; a file for everyone in the training's)
    let (url, footer) = match r {
        Some(r) => {
            let own = manage_url(env, r);
            let footer = r.lang(&tm.training.language).t1("ics-your-registration", "url", &own) + "\n";
            (own, footer)
        }
        None => {
            let page = env.url(&format!("/t/{}", tm.training.slug));
            let lang = Lang::parse(&tm.training.language).unwrap_or_default();
            let footer = lang.t1("ics-training", "url", &page) + "\n";
            (page, footer)
        }
    };
    let join_label = r
        .map(|r| r.lang(&tm.training.language))
        .unwrap_or_else(|| Lang::parse(&tm.training.language).unwrap_or_default());
    let offset = r.map(|r| r.calendar_sequence).unwrap_or(0);
    sessions
        .iter()
        .map(|s| {
            let mut e = calendar::session_event(&tm.training, s, &url, with_join, &footer, join_label);
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
    ctx.note = note_text(&ctx, note, None);
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
            Method::Cancel => ctx.lang.t1("mail-entry-removes", "session", &session.title),
            _ => ctx.lang.t1("mail-entry-adds", "session", &session.title),
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
    ctx.note = note_text(&ctx, note, None);
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
        Status::Confirmed => "mail-already-confirmed",
        Status::Waitlisted => "mail-already-waitlisted",
        Status::AwaitingApproval => "mail-already-awaiting",
        Status::Declined => "mail-already-declined",
        _ => "mail-already-other",
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
    ctx.note = note_text(&ctx, note, None);
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
    ctx.note = note_text(&ctx, note, Some(session));
    ctx.sessions = mail_sessions(tm, r, std::slice::from_ref(session), true);
    let email = render(tm, r, RegistrationMail::ScheduleChanged, &ctx)?;
    let ics = invite(env, tm, r, Method::Request, &events(env, tm, Some(r), std::slice::from_ref(session), true));
    enqueue(conn, &email.with_calendar("REQUEST", ics), &env.host).map(|_| ())
}

/// What a participant sees of a session in their calendar, before and now, each line as
/// (what, before, now); empty when nothing they see changed.
pub fn session_changes(
    r: &Registration,
    training_language: &str,
    old_title: &str,
    before: &Session,
    new_title: &str,
    now: &Session,
) -> Vec<(String, String, String)> {
    let tz = r.tz();
    let label = r.zone_label();
    let lang = r.lang(training_language);
    let none = lang.t("mail-change-none");
    let mut changes = Vec::new();
    if (before.starts_at, before.ends_at) != (now.starts_at, now.ends_at) {
        changes.push((
            lang.t("mail-change-time"),
            session_line(before, tz, &label, lang),
            session_line(now, tz, &label, lang),
        ));
    }
    let (was, is) = (format!("{old_title} — {}", before.title), format!("{new_title} — {}", now.title));
    if was != is {
        changes.push((lang.t("mail-change-title"), was, is));
    }
    if before.description != now.description {
        let shown = |d: &str| if d.is_empty() { none.clone() } else { d.to_string() };
        changes.push((lang.t("mail-change-description"), shown(&before.description), shown(&now.description)));
    }
    if before.join_url != now.join_url {
        let shown = |j: &Option<String>| j.clone().unwrap_or_else(|| none.clone());
        changes.push((lang.t("mail-change-join-link"), shown(&before.join_url), shown(&now.join_url)));
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
    ctx.note = ctx.lang.t1("mail-changed-session", "session", &session.title);
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
    ctx.note = ctx.lang.t1("mail-session-cancelled", "session", &session.title);
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
    lead_minutes: i64,
) -> AppResult<()> {
    let mut ctx = context(env, tm, r);
    let title = session.title.as_str();
    ctx.note = match lead_minutes {
        m if m >= 1440 => ctx.lang.t2("mail-reminder-days", "session", title, "days", m / 1440),
        m if m >= 60 => ctx.lang.t2("mail-reminder-hours", "session", title, "hours", m / 60),
        m => ctx.lang.t2("mail-reminder-minutes", "session", title, "minutes", m),
    };
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
