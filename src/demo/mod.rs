//! The reference scenario: a three-day ToT, 14–16 February 2023, on a digital
//! corruption-reporting portal, led by Korea's ACRC with the UNDP offices in Mongolia, Kosovo
//! and Uzbekistan. One three-hour session a day at 07:00–10:00 UTC, which is 16:00–19:00 in
//! Seoul, 15:00–18:00 in Ulaanbaatar, 08:00–11:00 in Pristina and 12:00–15:00 in Tashkent:
//! inside 07:00–22:00 everywhere. Loading it twice changes nothing.
//!
//! Its cohort (`cohort.rs`): 36 officials from Mongolia, Kosovo and Uzbekistan, 33 confirmed
//! and 3 cancelled. Day 1's attendance comes from the Zoom webinar attendee report the host
//! downloaded (`day1_zoom_attendee_report.csv`, times in Seoul), days 2 and 3 were marked by
//! the organisers.

mod cohort;
mod emblems;
mod lineage;

pub use lineage::grow as grow_cascade;

use crate::accounts::{self, Account};
use crate::db::{write_transaction, DbConnection};
use crate::domain::{Email, OrganiserRole, TrainingStatus};
use crate::error::{AppError, AppResult};
use crate::organisations::OrganisationInput;
use crate::trainings::{queries, service, SessionInput, TrainingInput};

pub const SLUG: &str = "tot-digital-corruption-reporting-2023";
/// A follow-up training four weeks after the demo is loaded, open for registration (the
/// reference ToT took place in 2023 and takes none).
pub const UPCOMING_SLUG: &str = "reporting-portal-refresher";
/// Demo accounts share this password; it is printed by `cascade demo`.
pub const PASSWORD: &str = "cascade-demo-2023";

pub struct DemoSummary {
    pub training_id: i64,
    pub created: bool,
    pub accounts: Vec<(String, String)>,
    /// (holder, code) of two certificates to try, once [`certify`] ran.
    pub certificates: Vec<(String, String)>,
    /// (e-mail, name) of a certified trainer who signs in with the demo password, once
    /// [`grow_cascade`] ran.
    pub trainer: Option<(String, String)>,
}

impl DemoSummary {
    pub fn describe(&self, public_url: &str) -> String {
        let mut s = String::new();
        s.push_str(if self.created {
            "Demo loaded: the reference ToT with co-organisers in KR, MN, XK and UZ (each with a made-up logo), 36 trainees, their attendance\n(day 1 imported from the host's Zoom report) and the certification rule.\n"
        } else {
            "The demo was already loaded; nothing changed.\n"
        });
        s.push_str(&format!("  Public page:  {public_url}/t/{SLUG}\n"));
        s.push_str(&format!("  Open for registration (a follow-up in four weeks): {public_url}/t/{UPCOMING_SLUG}\n"));
        s.push_str(&format!("  Editor:       {public_url}/trainings/{}/edit\n", self.training_id));
        s.push_str(&format!("  Attendance:   {public_url}/trainings/{}/attendance\n", self.training_id));
        s.push_str(&format!("  Eligibility:  {public_url}/trainings/{}/certification\n", self.training_id));
        s.push_str(&format!("  Certificates: {public_url}/trainings/{}/certificates\n", self.training_id));
        if !self.certificates.is_empty() {
            s.push_str("  Two certificates to check (open the link, download the PDF and the credential):\n");
            for (holder, code) in &self.certificates {
                s.push_str(&format!("    {public_url}/c/{code}   {holder}\n"));
            }
        }
        if let Some((email, name)) = &self.trainer {
            s.push_str(&format!("  Impact (public): {public_url}/t/{SLUG}/impact\n"));
            s.push_str(&format!(
                "  Impact (organisers, with the verification queue): {public_url}/trainings/{}/impact\n",
                self.training_id
            ));
            s.push_str(&format!(
                "  A certified trainer, {name}, logs trainings at {public_url}/trainer\n    (sign in as {email} with the password below)\n"
            ));
        }
        s.push_str(&format!("  Sign in at {public_url}/sign-in with password {PASSWORD:?} as:\n"));
        for (email, role) in &self.accounts {
            s.push_str(&format!("    {email:<34} {role}\n"));
        }
        s
    }
}

const PEOPLE: [(&str, &str, &str, &str, OrganiserRole); 4] = [
    ("lead@acrc.example.org", "Min-jun Kim", "Anti-Corruption and Civil Rights Commission", "KR", OrganiserRole::Lead),
    ("oyun@undp-mn.example.org", "Oyuntsetseg Bat", "UNDP Mongolia", "MN", OrganiserRole::CoOrganiser),
    ("arben@undp-xk.example.org", "Arben Krasniqi", "UNDP Kosovo", "XK", OrganiserRole::CoOrganiser),
    ("dilnoza@undp-uz.example.org", "Dilnoza Rashidova", "UNDP Uzbekistan", "UZ", OrganiserRole::CoOrganiser),
];

fn account(conn: &mut DbConnection, email: &str, name: &str, hash: &str) -> AppResult<Account> {
    let email = Email::parse("email", email)?;
    if let Some(a) = accounts::find_by_email(conn, &email)? {
        return Ok(a);
    }
    let id = accounts::create(conn, &email, name, Some(hash), false)?;
    accounts::find(conn, id)?.ok_or_else(|| AppError::not_found("account"))
}

fn organisation(conn: &mut DbConnection, actor: &Account, name: &str, country: &str) -> AppResult<i64> {
    if let Some(o) = crate::organisations::list(conn)?.into_iter().find(|o| o.name == name && o.country == country) {
        return Ok(o.id);
    }
    let input = OrganisationInput { name: name.into(), country: country.into(), ..Default::default() };
    crate::organisations::create(conn, actor, &input)
}

/// Gives a demo organisation the `index`-th made-up emblem as its logo, through the same checks
/// as an upload, unless it has a logo.
fn emblem_logo(conn: &mut DbConnection, actor: &Account, organisation_id: i64, index: usize) -> AppResult<()> {
    use crate::organisations::logo;
    if logo::info(conn, organisation_id)?.is_none() {
        let checked = logo::check(emblems::emblem(index), 512 * 1024)?;
        logo::store(conn, actor, organisation_id, checked)?;
    }
    Ok(())
}

/// Certifies the reference cohort: everyone who meets the rule gets a certificate (issued by
/// the lead organiser, rendered here, e-mailed through the outbox); picks two to print, from
/// Mongolia and Kosovo. Running it again issues nothing new.
pub fn certify(
    conn: &mut DbConnection,
    env: &crate::state::LinkEnv,
    key: &crate::crypto::credential_key::CredentialKey,
    summary: &mut DemoSummary,
) -> AppResult<usize> {
    use crate::certificates::{issuing, worker};
    let lead = accounts::find_by_email(conn, &Email::parse("email", PEOPLE[0].0)?)?
        .ok_or_else(|| AppError::not_found("lead account"))?;
    let request = issuing::IssueRequest { all_eligible: true, registration_ids: Vec::new() };
    let training_id = summary.training_id;
    write_transaction(conn, |conn| issuing::issue(conn, &lead, training_id, &request))?;
    let rendered = worker::render_all_blocking(conn, env, key, training_id, 50)?;
    let (_, all) = issuing::list(conn, &lead, training_id)?;
    let registrations = crate::registration::queries::list(conn, training_id)?;
    for country in ["MN", "XK"] {
        let pick = all
            .iter()
            .find(|c| c.is_valid() && registrations.iter().any(|r| r.id == c.registration_id && r.country == country));
        if let Some(c) = pick {
            summary.certificates.push((c.holder_name.clone(), c.code.clone()));
        }
    }
    Ok(rendered)
}

pub fn load(conn: &mut DbConnection, env: &crate::state::LinkEnv) -> AppResult<DemoSummary> {
    let accounts_list: Vec<(String, String)> =
        PEOPLE.iter().map(|p| (p.0.to_string(), p.4.label().to_string())).collect();
    if let Some(t) = queries::find_by_slug(conn, SLUG)? {
        return Ok(DemoSummary {
            training_id: t.id,
            created: false,
            accounts: accounts_list,
            certificates: Vec::new(),
            trainer: None,
        });
    }
    let hash = crate::crypto::password::hash_blocking(PASSWORD)?;
    let id = write_transaction(conn, |conn| {
        let mut people = Vec::new();
        for (index, (email, name, org, country, role)) in PEOPLE.into_iter().enumerate() {
            let a = account(conn, email, name, &hash)?;
            let org_id = organisation(conn, &a, org, country)?;
            emblem_logo(conn, &a, org_id, index)?;
            people.push((a, org_id, role));
        }
        let (lead, lead_org, _) = &people[0];
        let input = TrainingInput {
            title: "Training of Trainers: the digital corruption-reporting portal".into(),
            slug: SLUG.into(),
            summary: "Three afternoons (Seoul time) on running a whistle-blower reporting portal, for officials who will teach it at home.".into(),
            description: "Korea's Anti-Corruption & Civil Rights Commission shares its digital reporting system with partner countries.\n\n\
                Over three days you will learn:\n\n\
                - how citizens report safely and how reports are triaged;\n\
                - how to protect whistle-blowers' identities;\n\
                - how to teach the model to colleagues in your own institution.\n\n\
                Participants who attend every session are certified as trainers.".into(),
            kind: "tot".into(),
            timezone: "Asia/Seoul".into(),
            language: "en".into(),
            capacity: "60".into(),
            registration_mode: "open".into(),
            organisation_id: lead_org.to_string(),
            ..Default::default()
        };
        let id = service::create_training(conn, lead, &input)?;
        for (day, title) in [
            (14, "Day 1: how the portal works"),
            (15, "Day 2: protecting reporters"),
            (16, "Day 3: teaching the model at home"),
        ] {
            let session = SessionInput {
                title: title.into(),
                starts_at: format!("2023-02-{day}T16:00"),
                ends_at: format!("2023-02-{day}T19:00"),
                join_url: "https://meet.example.org/acrc-tot-2023".into(),
                ..Default::default()
            };
            service::add_session(conn, lead, id, &session)?;
        }
        for (account, org_id, role) in &people[1..] {
            let invite = crate::trainings::InvitationInput {
                email: account.email.clone(),
                role: role.as_str().into(),
                organisation_id: org_id.to_string(),
            };
            let (_, _, token) =
                service::invite_organiser_with_token(conn, env, lead, id, &invite, chrono::Duration::days(1))?;
            service::accept_invitation(conn, account, &token)?;
        }
        service::set_status(conn, lead, id, TrainingStatus::Published)?;
        cohort_and_attendance(conn, lead, id)?;
        upcoming(conn, lead, lead_org)?;
        Ok(id)
    })?;
    Ok(DemoSummary { training_id: id, created: true, accounts: accounts_list, certificates: Vec::new(), trainer: None })
}

/// A two-afternoon follow-up four weeks from now, published and open, for trying the
/// participant's path (register, confirm, the invites) on the demo.
fn upcoming(conn: &mut DbConnection, lead: &Account, lead_org: &i64) -> AppResult<i64> {
    let input = TrainingInput {
        title: "Refresher: the reporting portal one year on".into(),
        slug: UPCOMING_SLUG.into(),
        summary: "Two afternoons (Seoul time) for certified trainers and newcomers: what changed in the portal, and questions from the trainings you delivered.".into(),
        description: "A follow-up to the Training of Trainers on the digital corruption-reporting portal.".into(),
        kind: "technical_webinar".into(),
        timezone: "Asia/Seoul".into(),
        language: "en".into(),
        capacity: "100".into(),
        registration_mode: "open".into(),
        organisation_id: lead_org.to_string(),
        ..Default::default()
    };
    let id = service::create_training(conn, lead, &input)?;
    let first = (crate::db::now() + chrono::Duration::days(28)).date();
    for (offset, title) in [(0, "Part 1: what changed"), (1, "Part 2: your questions")] {
        let day = first + chrono::Duration::days(offset);
        let session = SessionInput {
            title: title.into(),
            starts_at: format!("{}T16:00", day.format("%Y-%m-%d")),
            ends_at: format!("{}T18:00", day.format("%Y-%m-%d")),
            join_url: "https://meet.example.org/acrc-refresher".into(),
            ..Default::default()
        };
        service::add_session(conn, lead, id, &session)?;
    }
    service::set_status(conn, lead, id, TrainingStatus::Published)?;
    Ok(id)
}

/// Records the cohort and their attendance: day 1 imported from the host's Zoom report, days 2
/// and 3 marked (a few absent or excused, a few who left early).
fn cohort_and_attendance(conn: &mut DbConnection, lead: &Account, training_id: i64) -> AppResult<()> {
    use crate::attendance::service::{self as attendance, ImportOptions, MarkInput};
    use crate::attendance::AttendanceStatus;
    use crate::registration::{RegistrationInput, Status};
    let mut confirmed = Vec::new();
    for (full_name, email, organisation, country, sex, age_band, status) in cohort::COHORT {
        let input = RegistrationInput {
            email: email.into(),
            full_name: full_name.into(),
            organisation: organisation.into(),
            country: country.into(),
            sex: sex.into(),
            age_band: age_band.into(),
            consent: "yes".into(),
            language: String::new(),
        };
        let details = crate::registration::service::parse_details(&input, true)?;
        let status = Status::parse("status", status)?;
        let id = crate::registration::service::record_participant(conn, training_id, &details, status)?;
        if status == Status::Confirmed {
            confirmed.push(id);
        }
    }
    let sessions = queries::sessions(conn, training_id)?;
    let options = ImportOptions {
        file_name: "day1_zoom_attendee_report.csv".into(),
        format: None,
        timezone: Some(chrono_tz::Asia::Seoul),
    };
    let report = include_bytes!("day1_zoom_attendee_report.csv");
    let preview = attendance::preview_import(conn, lead, training_id, sessions[0].id, &options, report)?;
    attendance::apply_import(conn, lead, training_id, preview.import_id, None)?;
    let mut marks = Vec::new();
    for (day, session) in sessions.iter().enumerate().skip(1) {
        for (i, &registration_id) in confirmed.iter().enumerate() {
            let (status, minutes) = match (i + day * 5) % 17 {
                0 => (AttendanceStatus::Absent, None),
                1 if day == 2 => (AttendanceStatus::Excused, None),
                2 => (AttendanceStatus::Present, Some(150)),
                _ => (AttendanceStatus::Present, Some(180)),
            };
            marks.push(MarkInput { registration_id, session_id: session.id, status: Some(status), minutes });
        }
    }
    attendance::set_marks(conn, lead, training_id, &marks)?;
    // the reference ToT's rule: every session, each with at least 80 % of its time
    let rule = crate::certificates::service::RuleInput {
        min_sessions: Some(3),
        min_minutes_percent: Some(80),
        ..Default::default()
    };
    crate::certificates::service::set_rule(conn, lead, training_id, &rule)?;
    Ok(())
}
