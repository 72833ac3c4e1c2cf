//! Every change to a training, its sessions and its organisers. Each function checks the role
//! matrix, parses its input into domain types (errors name the field) and writes nothing when
//! anything is wrong: callers run it inside one write transaction.

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use diesel::prelude::*;

use super::events::TrainingEvent;
use super::permissions::{authorize, Action};
use super::{queries, InvitationInput, SessionInput, Training, TrainingInput, TrainingTranslation};
use crate::accounts::Account;
use crate::crypto::tokens::{hash_token, random_token};
use crate::db::schema::{organiser_invitations, training_organisers, training_sessions, trainings};
use crate::db::{now, DbConnection};
use crate::domain::time::{local_to_utc, parse_local, Ambiguity};
use crate::domain::{
    optional_line, optional_positive, optional_text, optional_url, parse_language, parse_slug, parse_text,
    parse_timezone, slugify, Email, OrganiserRole, RegistrationMode, TrainingKind, TrainingStatus,
};
use crate::error::{AppError, AppResult};
use crate::events::record;
use crate::i18n::Lang;
use crate::mail::mail_kinds;
use crate::state::LinkEnv;

mail_kinds!(
    /// The e-mails trainings sends to organisers.
    OrganiserMail {
        OrganiserInvitation, organiser_invitation, "organiser_invitation",
            "trainings/mail/organiser_invitation/subject.txt", "trainings/mail/organiser_invitation/body.txt", "trainings/mail/organiser_invitation/body.html";
    }
);

pub const MAX_TITLE: usize = 200;
pub const MAX_SUMMARY: usize = 500;
pub const MAX_DESCRIPTION: usize = 20_000;

struct TrainingFields {
    title: String,
    slug: Option<String>,
    summary: String,
    description: String,
    kind: TrainingKind,
    tz: Tz,
    language: String,
    capacity: Option<i32>,
    opens: Option<NaiveDateTime>,
    closes: Option<NaiveDateTime>,
    mode: RegistrationMode,
    /// None: the lead organiser's address
    contact: Option<Email>,
    /// The translations as stored (JSON); None: leave them as they are
    translations: Option<String>,
}

/// The most languages a training's title may be translated into (every language Cascade
/// speaks but the training's own).
pub const MAX_TRANSLATIONS: usize = 12;

/// Checks the title, summary and description in other languages and returns them as stored:
/// each in a language Cascade speaks, not the training's own, at most once, with a title.
pub fn parse_translations(training_language: &str, rows: &[TrainingTranslation]) -> AppResult<String> {
    if rows.len() > MAX_TRANSLATIONS {
        return Err(AppError::invalid("translations", format!("at most {MAX_TRANSLATIONS} translations")));
    }
    let own = Lang::parse(training_language);
    let mut out: Vec<TrainingTranslation> = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let field = |name: &str| format!("translations[{i}].{name}");
        let lang = Lang::parse(&row.language).filter(|l| Lang::OFFERED.contains(l)).ok_or_else(|| {
            AppError::invalid(
                field("language"),
                format!(
                    "{:?} is not a language Cascade speaks: one of {}",
                    row.language,
                    Lang::OFFERED.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
                ),
            )
        })?;
        if Some(lang) == own {
            return Err(AppError::invalid(
                field("language"),
                "this is the training's own language: its title and description are the training's",
            ));
        }
        if out.iter().any(|t| t.language == lang.code()) {
            return Err(AppError::invalid(field("language"), format!("{} is given twice", lang.code())));
        }
        out.push(TrainingTranslation {
            language: lang.code().to_string(),
            title: parse_text(&field("title"), &row.title, MAX_TITLE)?,
            summary: optional_line(&field("summary"), &row.summary, MAX_SUMMARY)?.unwrap_or_default(),
            description: optional_text(&field("description"), &row.description, MAX_DESCRIPTION)?.unwrap_or_default(),
        });
    }
    serde_json::to_string(&out).map_err(|e| AppError::Internal(e.into()))
}

fn optional_local(field: &str, raw: &str, tz: Tz) -> AppResult<Option<NaiveDateTime>> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let local = parse_local(field, raw)?;
    local_to_utc(field, tz, local, Ambiguity::Earlier).map(Some)
}

fn parse_training(input: &TrainingInput) -> AppResult<TrainingFields> {
    let tz = parse_timezone("timezone", &input.timezone)?;
    let opens = optional_local("registration_opens", &input.registration_opens, tz)?;
    let closes = optional_local("registration_closes", &input.registration_closes, tz)?;
    if let (Some(o), Some(c)) = (opens, closes) {
        if c <= o {
            return Err(AppError::invalid("registration_closes", "registration must close after it opens"));
        }
    }
    let kind = if input.kind.trim().is_empty() { TrainingKind::Tot } else { TrainingKind::parse("kind", &input.kind)? };
    let mode = if input.registration_mode.trim().is_empty() {
        RegistrationMode::Open
    } else {
        RegistrationMode::parse("registration_mode", &input.registration_mode)?
    };
    let language =
        if input.language.trim().is_empty() { "en".to_string() } else { parse_language("language", &input.language)? };
    let translations = match &input.translations {
        Some(rows) => Some(parse_translations(&language, rows)?),
        None => None,
    };
    Ok(TrainingFields {
        translations,
        title: parse_text("title", &input.title, MAX_TITLE)?,
        slug: if input.slug.trim().is_empty() { None } else { Some(parse_slug("slug", &input.slug)?) },
        summary: optional_line("summary", &input.summary, MAX_SUMMARY)?.unwrap_or_default(),
        description: optional_text("description", &input.description, MAX_DESCRIPTION)?.unwrap_or_default(),
        kind,
        tz,
        language,
        capacity: optional_positive("capacity", &input.capacity, 100_000)?,
        opens,
        closes,
        mode,
        contact: if input.contact_email.trim().is_empty() {
            None
        } else {
            Some(Email::parse("contact_email", &input.contact_email)?)
        },
    })
}

fn parse_id(field: &str, raw: &str) -> AppResult<i64> {
    raw.trim().parse::<i64>().map_err(|_| AppError::invalid(field, format!("choose a {}", field.replace("_id", ""))))
}

fn slug_taken(conn: &mut DbConnection, slug: &str, except: Option<i64>) -> AppResult<bool> {
    let mut q = trainings::table.filter(trainings::slug.eq(slug)).into_boxed();
    if let Some(id) = except {
        q = q.filter(trainings::id.ne(id));
    }
    Ok(q.select(trainings::id).first::<i64>(conn).optional()?.is_some())
}

/// Marks the training changed: public pages and feeds are rendered anew.
pub fn touch(conn: &mut DbConnection, training_id: i64) -> AppResult<()> {
    diesel::update(trainings::table.find(training_id))
        .set((trainings::version.eq(trainings::version + 1), trainings::updated_at.eq(now())))
        .execute(conn)?;
    Ok(())
}

/// Creates a draft training; the creator becomes its lead organiser, speaking for the
/// organisation named in the input.
pub fn create_training(conn: &mut DbConnection, actor: &Account, input: &TrainingInput) -> AppResult<i64> {
    let f = parse_training(input)?;
    let organisation_id = parse_id("organisation_id", &input.organisation_id)?;
    crate::organisations::find(conn, organisation_id)
        .map_err(|_| AppError::invalid("organisation_id", "that organisation does not exist"))?;
    let slug = match &f.slug {
        Some(s) => {
            if slug_taken(conn, s, None)? {
                return Err(AppError::conflict(
                    Some("slug"),
                    format!("the address /t/{s} is taken; choose another slug"),
                ));
            }
            s.clone()
        }
        None => {
            let base = slugify(&f.title);
            let mut candidate = base.clone();
            let mut n = 2;
            while slug_taken(conn, &candidate, None)? {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            candidate
        }
    };
    let at = now();
    let id: i64 = diesel::insert_into(trainings::table)
        .values((
            trainings::slug.eq(&slug),
            trainings::title.eq(&f.title),
            trainings::summary.eq(&f.summary),
            trainings::description.eq(&f.description),
            trainings::kind.eq(f.kind),
            trainings::timezone.eq(f.tz.name()),
            trainings::language.eq(&f.language),
            trainings::capacity.eq(f.capacity),
            trainings::registration_opens_at.eq(f.opens),
            trainings::registration_closes_at.eq(f.closes),
            trainings::registration_mode.eq(f.mode),
            trainings::contact_email.eq(f.contact.as_ref().map(Email::as_str)),
            trainings::translations.eq(f.translations.as_deref().unwrap_or("[]")),
            trainings::status.eq(TrainingStatus::Draft),
            trainings::version.eq(1i64),
            trainings::created_by.eq(Some(actor.id)),
            trainings::created_at.eq(at),
            trainings::updated_at.eq(at),
        ))
        .returning(trainings::id)
        .get_result(conn)?;
    diesel::insert_into(training_organisers::table)
        .values((
            training_organisers::training_id.eq(id),
            training_organisers::account_id.eq(actor.id),
            training_organisers::organisation_id.eq(organisation_id),
            training_organisers::role.eq(OrganiserRole::Lead),
            training_organisers::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(id)
}

pub fn update_training(conn: &mut DbConnection, actor: &Account, id: i64, input: &TrainingInput) -> AppResult<()> {
    let (training, _) = authorize(conn, actor, id, Action::EditDetails)?;
    let f = parse_training(input)?;
    let slug = f.slug.clone().unwrap_or(training.slug.clone());
    if slug != training.slug && slug_taken(conn, &slug, Some(id))? {
        return Err(AppError::conflict(Some("slug"), format!("the address /t/{slug} is taken; choose another slug")));
    }
    diesel::update(trainings::table.find(id))
        .set((
            trainings::slug.eq(&slug),
            trainings::title.eq(&f.title),
            trainings::summary.eq(&f.summary),
            trainings::description.eq(&f.description),
            trainings::kind.eq(f.kind),
            trainings::timezone.eq(f.tz.name()),
            trainings::language.eq(&f.language),
            trainings::capacity.eq(f.capacity),
            trainings::registration_opens_at.eq(f.opens),
            trainings::registration_closes_at.eq(f.closes),
            trainings::registration_mode.eq(f.mode),
            trainings::contact_email.eq(f.contact.as_ref().map(Email::as_str)),
        ))
        .execute(conn)?;
    match &f.translations {
        Some(json) => {
            diesel::update(trainings::table.find(id)).set(trainings::translations.eq(json)).execute(conn)?;
        }
        // kept, but a change of the training's own language drops the translation into it
        None if f.language != training.language => {
            let kept = training.translations().into_iter().filter(|t| t.language != f.language).collect::<Vec<_>>();
            let json = serde_json::to_string(&kept).map_err(|e| AppError::Internal(e.into()))?;
            diesel::update(trainings::table.find(id)).set(trainings::translations.eq(json)).execute(conn)?;
        }
        None => {}
    }
    if f.title != training.title {
        // the title is part of every session's calendar entry
        let sessions_before = queries::sessions(conn, id)?;
        diesel::update(training_sessions::table.filter(training_sessions::training_id.eq(id)))
            .set(training_sessions::sequence.eq(training_sessions::sequence + 1))
            .execute(conn)?;
        record(conn, &TrainingEvent::TrainingRenamed { training_id: id, old_title: training.title, sessions_before })?;
    }
    touch(conn, id)
}

/// Replaces the training's title, summary and description in other languages (the editor's
/// form for them).
pub fn set_translations(
    conn: &mut DbConnection,
    actor: &Account,
    id: i64,
    rows: &[TrainingTranslation],
) -> AppResult<()> {
    let (training, _) = authorize(conn, actor, id, Action::EditDetails)?;
    let json = parse_translations(&training.language, rows)?;
    if json != training.translations {
        diesel::update(trainings::table.find(id)).set(trainings::translations.eq(&json)).execute(conn)?;
        touch(conn, id)?;
    }
    Ok(())
}

/// The lifecycle: draft → published → completed; draft or published → cancelled;
/// published → draft (unpublish). Publishing needs at least one session.
pub fn set_status(conn: &mut DbConnection, actor: &Account, id: i64, target: TrainingStatus) -> AppResult<()> {
    use TrainingStatus::*;
    let (training, _) = authorize(conn, actor, id, Action::ChangeStatus)?;
    let from = training.status();
    if !from.may_become(target) {
        return Err(AppError::conflict(
            Some("status"),
            format!("a {} training cannot become {}", from.as_str(), target.as_str()),
        ));
    }
    if target == Published && queries::sessions(conn, id)?.is_empty() {
        return Err(AppError::conflict(Some("status"), "add at least one session before publishing"));
    }
    diesel::update(trainings::table.find(id)).set(trainings::status.eq(target)).execute(conn)?;
    if target == Cancelled {
        record(conn, &TrainingEvent::TrainingCancelled { training_id: id })?;
    }
    touch(conn, id)
}

struct SessionFields {
    title: String,
    description: String,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    join_url: Option<String>,
}

fn parse_session(
    conn: &mut DbConnection,
    training: &Training,
    input: &SessionInput,
    except: Option<i64>,
) -> AppResult<SessionFields> {
    let tz = training.tz();
    let title = parse_text("title", &input.title, MAX_TITLE)?;
    let ambiguity = Ambiguity::parse("ambiguous", &input.ambiguous)?;
    let starts_at = local_to_utc("starts_at", tz, parse_local("starts_at", &input.starts_at)?, ambiguity)?;
    let ends_at = local_to_utc("ends_at", tz, parse_local("ends_at", &input.ends_at)?, ambiguity)?;
    if ends_at == starts_at {
        return Err(AppError::invalid("ends_at", "the session has no length: the end equals the start"));
    }
    if ends_at < starts_at {
        return Err(AppError::invalid("ends_at", "the session ends before it starts"));
    }
    if ends_at - starts_at > chrono::Duration::hours(24) {
        return Err(AppError::invalid(
            "ends_at",
            "a session lasts at most 24 hours; split longer blocks into sessions",
        ));
    }
    let overlapping: Option<(String, NaiveDateTime, NaiveDateTime)> = {
        let mut q = training_sessions::table
            .filter(training_sessions::training_id.eq(training.id))
            .filter(training_sessions::starts_at.lt(ends_at))
            .filter(training_sessions::ends_at.gt(starts_at))
            .into_boxed();
        if let Some(id) = except {
            q = q.filter(training_sessions::id.ne(id));
        }
        q.select((training_sessions::title, training_sessions::starts_at, training_sessions::ends_at))
            .first(conn)
            .optional()?
    };
    if let Some((other, s, e)) = overlapping {
        let s = crate::domain::time::in_zone(s, tz);
        let e = crate::domain::time::in_zone(e, tz);
        return Err(AppError::invalid(
            "starts_at",
            format!(
                "this session overlaps “{other}” ({} {}–{})",
                s.format("%-d %b"),
                s.format("%H:%M"),
                e.format("%H:%M")
            ),
        ));
    }
    Ok(SessionFields {
        title,
        description: optional_text("description", &input.description, MAX_DESCRIPTION)?.unwrap_or_default(),
        starts_at,
        ends_at,
        join_url: optional_url("join_url", &input.join_url)?,
    })
}

pub fn add_session(conn: &mut DbConnection, actor: &Account, training_id: i64, input: &SessionInput) -> AppResult<i64> {
    let (training, _) = authorize(conn, actor, training_id, Action::EditSessions)?;
    let f = parse_session(conn, &training, input, None)?;
    let at = now();
    let id = diesel::insert_into(training_sessions::table)
        .values((
            training_sessions::training_id.eq(training_id),
            training_sessions::uid.eq(format!("{}@cascade", uuid::Uuid::new_v4())),
            training_sessions::title.eq(&f.title),
            training_sessions::description.eq(&f.description),
            training_sessions::starts_at.eq(f.starts_at),
            training_sessions::ends_at.eq(f.ends_at),
            training_sessions::join_url.eq(&f.join_url),
            training_sessions::sequence.eq(0),
            training_sessions::created_at.eq(at),
            training_sessions::updated_at.eq(at),
        ))
        .returning(training_sessions::id)
        .get_result(conn)?;
    touch(conn, training_id)?;
    record(conn, &TrainingEvent::SessionAdded { training_id, session_id: id })?;
    Ok(id)
}

fn session_of(conn: &mut DbConnection, training_id: i64, session_id: i64) -> AppResult<super::Session> {
    training_sessions::table
        .find(session_id)
        .filter(training_sessions::training_id.eq(training_id))
        .select(super::Session::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("session"))
}

/// Changes a session; a change of time raises its SEQUENCE (calendar updates depend on it).
pub fn update_session(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    session_id: i64,
    input: &SessionInput,
) -> AppResult<()> {
    let (training, _) = authorize(conn, actor, training_id, Action::EditSessions)?;
    let existing = session_of(conn, training_id, session_id)?;
    let f = parse_session(conn, &training, input, Some(session_id))?;
    // anything a calendar shows of the session: a participant's copy must be updated
    let changed = f.starts_at != existing.starts_at
        || f.ends_at != existing.ends_at
        || f.title != existing.title
        || f.description != existing.description
        || f.join_url != existing.join_url;
    diesel::update(training_sessions::table.find(session_id))
        .set((
            training_sessions::title.eq(&f.title),
            training_sessions::description.eq(&f.description),
            training_sessions::starts_at.eq(f.starts_at),
            training_sessions::ends_at.eq(f.ends_at),
            training_sessions::join_url.eq(&f.join_url),
            training_sessions::sequence.eq(existing.sequence + i32::from(changed)),
            training_sessions::updated_at.eq(now()),
        ))
        .execute(conn)?;
    touch(conn, training_id)?;
    if changed {
        record(conn, &TrainingEvent::SessionChanged { training_id, before: existing })?;
    }
    Ok(())
}

pub fn delete_session(conn: &mut DbConnection, actor: &Account, training_id: i64, session_id: i64) -> AppResult<()> {
    authorize(conn, actor, training_id, Action::EditSessions)?;
    let session = session_of(conn, training_id, session_id)?;
    diesel::delete(training_sessions::table.find(session_id)).execute(conn)?;
    // confirmed participants get METHOD:CANCEL for it (registration reacts)
    record(conn, &TrainingEvent::SessionDeleted { training_id, session })?;
    touch(conn, training_id)
}

/// Invites a co-organiser or facilitator: the one-time link is e-mailed to the invited
/// address and is not returned (nobody but that address's reader may use it).
pub fn invite_organiser(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    input: &InvitationInput,
    valid_for: chrono::Duration,
) -> AppResult<(i64, Email)> {
    invite_organiser_with_token(conn, env, actor, training_id, input, valid_for).map(|(id, email, _)| (id, email))
}

/// [`invite_organiser`], also returning the link's secret token: only for the demo loader,
/// which accepts on behalf of accounts it made itself. No HTTP handler may call it.
pub(crate) fn invite_organiser_with_token(
    conn: &mut DbConnection,
    env: &LinkEnv,
    actor: &Account,
    training_id: i64,
    input: &InvitationInput,
    valid_for: chrono::Duration,
) -> AppResult<(i64, Email, String)> {
    authorize(conn, actor, training_id, Action::ManageOrganisers)?;
    let email = Email::parse("email", &input.email)?;
    let role = OrganiserRole::parse("role", &input.role)?;
    if role == OrganiserRole::Lead {
        return Err(AppError::invalid(
            "role",
            "a training has one lead organiser; invite a co_organiser or facilitator",
        ));
    }
    let organisation_id = parse_id("organisation_id", &input.organisation_id)?;
    crate::organisations::find(conn, organisation_id)
        .map_err(|_| AppError::invalid("organisation_id", "that organisation does not exist"))?;
    let already = queries::organisers(conn, training_id)?.into_iter().any(|o| o.email == email.as_str());
    if already {
        return Err(AppError::conflict(Some("email"), format!("{email} already organises this training")));
    }
    let token = random_token();
    let at = now();
    let id = diesel::insert_into(organiser_invitations::table)
        .values((
            organiser_invitations::training_id.eq(training_id),
            organiser_invitations::email.eq(email.as_str()),
            organiser_invitations::role.eq(role),
            organiser_invitations::organisation_id.eq(organisation_id),
            organiser_invitations::token_hash.eq(hash_token(&token)),
            organiser_invitations::invited_by.eq(Some(actor.id)),
            organiser_invitations::expires_at.eq(at + valid_for),
            organiser_invitations::created_at.eq(at),
        ))
        .returning(organiser_invitations::id)
        .get_result(conn)?;
    let training = queries::find(conn, training_id)?;
    let ctx = crate::mail::MailContext {
        training_title: training.title.clone(),
        action_url: env.url(&format!("{}{token}", crate::crypto::tokens::ORGANISER_INVITATION_PATH)),
        hours: valid_for.num_hours(),
        role: role.label().to_lowercase(),
        ..Default::default()
    };
    let mail =
        crate::mail::Email::render(&OrganiserMail::OrganiserInvitation, email.to_string(), &ctx, Some(training_id))?;
    crate::mail::enqueue(conn, &mail, &env.host)?;
    Ok((id, email, token))
}

/// An invitation as the invitee sees it.
pub struct InvitationView {
    pub id: i64,
    pub training_id: i64,
    pub training_title: String,
    pub email: String,
    pub role: OrganiserRole,
    pub organisation_name: String,
}

/// Looks up an open invitation by its token (used, expired and unknown ones are refused alike).
pub fn open_invitation(conn: &mut DbConnection, token: &str) -> AppResult<InvitationView> {
    use crate::db::schema::organisations;
    let row: Option<(i64, i64, String, String, OrganiserRole, String)> = organiser_invitations::table
        .inner_join(trainings::table)
        .inner_join(organisations::table)
        .filter(organiser_invitations::token_hash.eq(hash_token(token)))
        .filter(organiser_invitations::accepted_at.is_null())
        .filter(organiser_invitations::expires_at.gt(now()))
        .select((
            organiser_invitations::id,
            organiser_invitations::training_id,
            trainings::title,
            organiser_invitations::email,
            organiser_invitations::role,
            organisations::name,
        ))
        .first(conn)
        .optional()?;
    let (id, training_id, training_title, email, role, organisation_name) = row.ok_or_else(|| {
        AppError::NotFound(
            "this invitation link was already used, has expired or is not valid; ask the lead organiser for a new one"
                .into(),
        )
    })?;
    Ok(InvitationView { id, training_id, training_title, email, role, organisation_name })
}

/// Accepts an invitation for `account`, whose e-mail must be the invited one. Single use.
pub fn accept_invitation(conn: &mut DbConnection, account: &Account, token: &str) -> AppResult<i64> {
    let inv = open_invitation(conn, token)?;
    if !inv.email.eq_ignore_ascii_case(&account.email) {
        return Err(AppError::Forbidden(format!(
            "this invitation is for {}; you are signed in as {}. Sign out and use the link again",
            inv.email, account.email
        )));
    }
    let organisation_id: i64 =
        organiser_invitations::table.find(inv.id).select(organiser_invitations::organisation_id).first(conn)?;
    let claimed =
        diesel::update(organiser_invitations::table.find(inv.id).filter(organiser_invitations::accepted_at.is_null()))
            .set(organiser_invitations::accepted_at.eq(Some(now())))
            .execute(conn)?;
    if claimed != 1 {
        return Err(AppError::NotFound("this invitation link was already used".into()));
    }
    if queries::role_of(conn, inv.training_id, account.id)?.is_none() {
        diesel::insert_into(training_organisers::table)
            .values((
                training_organisers::training_id.eq(inv.training_id),
                training_organisers::account_id.eq(account.id),
                training_organisers::organisation_id.eq(organisation_id),
                training_organisers::role.eq(inv.role),
                training_organisers::created_at.eq(now()),
            ))
            .execute(conn)?;
    }
    touch(conn, inv.training_id)?;
    Ok(inv.training_id)
}

pub fn remove_organiser(conn: &mut DbConnection, actor: &Account, training_id: i64, account_id: i64) -> AppResult<()> {
    authorize(conn, actor, training_id, Action::ManageOrganisers)?;
    match queries::role_of(conn, training_id, account_id)? {
        None => return Err(AppError::not_found("organiser")),
        Some(OrganiserRole::Lead) => {
            return Err(AppError::conflict(None, "the lead organiser cannot be removed"));
        }
        Some(_) => {}
    }
    diesel::delete(training_organisers::table.find((training_id, account_id))).execute(conn)?;
    touch(conn, training_id)
}

pub fn revoke_invitation(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    invitation_id: i64,
) -> AppResult<()> {
    authorize(conn, actor, training_id, Action::ManageOrganisers)?;
    let n = diesel::delete(
        organiser_invitations::table
            .find(invitation_id)
            .filter(organiser_invitations::training_id.eq(training_id))
            .filter(organiser_invitations::accepted_at.is_null()),
    )
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::not_found("invitation"));
    }
    Ok(())
}
