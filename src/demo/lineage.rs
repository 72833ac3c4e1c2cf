//! The reference scenario grown forward: trainers certified in February 2023 deliver downstream
//! trainings in 2023–2024. In Mongolia and Uzbekistan they report them (counts by sex and age
//! band; most verified by the lead organiser, two still awaiting); in Kosovo a trainer hosts a
//! two-morning training on Cascade for municipal officials, certifies ten of them as trainers,
//! and two of those deliver a third generation (Prizren; Tirana in Albania). The CLI switches the
//! reference ToT's public impact page on. Running it again changes nothing.

use super::{account, organisation, DemoSummary, PASSWORD, PEOPLE};
use crate::accounts::Account;
use crate::certificates::models::Certificate;
use crate::db::{write_transaction, DbConnection};
use crate::domain::{Email, TrainingStatus};
use crate::downstream::service::{self as downstream, DecisionInput};
use crate::downstream::{AgeInput, ReportInput, SessionInput as DaySession, SexInput};
use crate::error::{AppError, AppResult};
use crate::state::LinkEnv;

/// A reported training of the scenario: (title, sessions (day, hours), mode, country, region,
/// city, language, audience, by sex [f, m, another, not recorded], by age band (7), verified?)
type Reported = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    [i32; 4],
    [i32; 7],
    bool,
);

const G1_REPORTED: [(&str, Reported); 4] = [
    (
        "MN",
        (
            "Digital corruption reporting for Darkhan-Uul officials",
            &[("2023-05-10", "3"), ("2023-05-11", "3")],
            "in_person",
            "MN",
            "Darkhan-Uul",
            "Darkhan",
            "mn",
            "Darkhan-Uul aimag administration",
            [17, 12, 0, 1],
            [4, 9, 8, 5, 3, 0, 1],
            true,
        ),
    ),
    (
        "MN",
        (
            "The reporting portal: a one-day course in Erdenet",
            &[("2023-09-19", "4")],
            "in_person",
            "MN",
            "Orkhon",
            "Erdenet",
            "mn",
            "Orkhon province governor's office",
            [14, 10, 0, 0],
            [3, 8, 7, 4, 2, 0, 0],
            true,
        ),
    ),
    (
        "UZ",
        (
            "Whistle-blower protection online: Samarkand regional staff",
            &[("2023-06-20", "3"), ("2023-06-27", "3")],
            "online",
            "UZ",
            "Samarqand",
            "Samarkand",
            "uz",
            "Samarkand regional khokimiyat",
            [11, 17, 0, 0],
            [2, 10, 9, 5, 2, 0, 0],
            true,
        ),
    ),
    (
        "MN",
        (
            "Reporting portal refresher for Ulaanbaatar districts",
            &[("2024-02-06", "2"), ("2024-02-13", "2")],
            "hybrid",
            "MN",
            "",
            "Ulaanbaatar",
            "mn",
            "District governors' offices",
            [25, 18, 0, 2],
            [0, 0, 0, 0, 0, 0, 45],
            false,
        ),
    ),
];

const G2_REPORTED: [Reported; 2] = [
    (
        "Reporting corruption safely: Prizren municipal staff",
        &[("2024-03-12", "3")],
        "in_person",
        "XK",
        "Prizren",
        "Prizren",
        "sq",
        "Municipality of Prizren",
        [9, 9, 0, 0],
        [2, 6, 5, 3, 2, 0, 0],
        true,
    ),
    (
        "Regional workshop on digital reporting, Tirana",
        &[("2024-05-21", "5")],
        "hybrid",
        "AL",
        "Tirana",
        "Tirana",
        "sq",
        "Municipalities of Tirana and Durrës",
        [12, 9, 1, 0],
        [3, 7, 6, 4, 2, 0, 0],
        false,
    ),
];

/// The Kosovo trainer's hosted training: its participants (name, e-mail, sex, age band) and
/// who missed the second morning (not certified).
const PRISTINA: [(&str, &str, &str, &str); 12] = [
    ("Blerina Gashi", "blerina.gashi@prishtina.example.org", "female", "25_34"),
    ("Driton Berisha", "driton.berisha@prishtina.example.org", "male", "35_44"),
    ("Vjosa Hoxha", "vjosa.hoxha@prishtina.example.org", "female", "35_44"),
    ("Arbër Morina", "arber.morina@prishtina.example.org", "male", "25_34"),
    ("Teuta Krasniqi", "teuta.krasniqi@prishtina.example.org", "female", "45_54"),
    ("Besnik Shala", "besnik.shala@prishtina.example.org", "male", "45_54"),
    ("Fjolla Rexhepi", "fjolla.rexhepi@prishtina.example.org", "female", "under_25"),
    ("Ilir Bytyqi", "ilir.bytyqi@prishtina.example.org", "male", "35_44"),
    ("Lirije Kastrati", "lirije.kastrati@prishtina.example.org", "female", "55_64"),
    ("Gëzim Kelmendi", "gezim.kelmendi@prishtina.example.org", "male", "25_34"),
    ("Donika Avdiu", "donika.avdiu@prishtina.example.org", "female", "35_44"),
    ("Mentor Salihu", "mentor.salihu@prishtina.example.org", "male", "45_54"),
];
const ABSENT_ON_DAY_2: [usize; 2] = [5, 11];

fn input(code: &str, r: &Reported) -> ReportInput {
    let (title, sessions, mode, country, region, city, language, audience, sex, age, _) = *r;
    ReportInput {
        certificate_code: code.into(),
        title: title.into(),
        sessions: sessions.iter().map(|(d, h)| DaySession { date: (*d).into(), hours: (*h).into() }).collect(),
        mode: mode.into(),
        country: country.into(),
        region: region.into(),
        city: city.into(),
        language: language.into(),
        audience_organisations: audience.into(),
        participants_total: sex.iter().sum::<i32>().to_string(),
        participants_by_sex: SexInput {
            female: sex[0].to_string(),
            male: sex[1].to_string(),
            another: sex[2].to_string(),
            not_recorded: sex[3].to_string(),
        },
        participants_by_age_band: AgeInput {
            under_25: age[0].to_string(),
            from_25_to_34: age[1].to_string(),
            from_35_to_44: age[2].to_string(),
            from_45_to_54: age[3].to_string(),
            from_55_to_64: age[4].to_string(),
            from_65: age[5].to_string(),
            not_recorded: age[6].to_string(),
        },
        curriculum_version: "ACRC portal ToT 2023.1".into(),
        ..Default::default()
    }
}

fn log(
    conn: &mut DbConnection,
    env: &LinkEnv,
    trainer: &Account,
    verifier: &Account,
    code: &str,
    r: &Reported,
) -> AppResult<()> {
    let id = downstream::create(conn, trainer, &input(code, r), None)?;
    if r.10 {
        let decision = DecisionInput { decision: "verified".into(), note: String::new() };
        downstream::decide(conn, env, verifier, id, &decision)?;
    }
    Ok(())
}

/// Grows the cascade under the certified reference cohort (after [`super::certify`]).
pub fn grow(
    conn: &mut DbConnection,
    env: &LinkEnv,
    key: &crate::crypto::credential_key::CredentialKey,
    summary: &mut DemoSummary,
) -> AppResult<()> {
    let root = summary.training_id;
    let lead = crate::accounts::find_by_email(conn, &Email::parse("email", PEOPLE[0].0)?)?
        .ok_or_else(|| AppError::not_found("lead account"))?;
    let certs: Vec<Certificate> =
        crate::certificates::queries::for_training(conn, root)?.into_iter().filter(|c| c.is_valid()).collect();
    let registrations = crate::registration::queries::list(conn, root)?;
    let of_country = |country: &str| -> Vec<&Certificate> {
        certs
            .iter()
            .filter(|c| registrations.iter().any(|r| r.id == c.registration_id && r.country == country))
            .collect()
    };
    let (mn, uz, xk) = (of_country("MN"), of_country("UZ"), of_country("XK"));
    let (Some(mn1), Some(mn2), Some(uz1), Some(xk1)) = (mn.first(), mn.get(1), uz.first(), xk.first()) else {
        return Err(AppError::not_found("certified trainers from Mongolia, Uzbekistan and Kosovo"));
    };
    summary.trainer = Some((mn1.holder_email.clone(), mn1.holder_name.clone()));
    if !crate::downstream::queries::trainer_certificates(conn, &mn1.holder_email)?.is_empty()
        && crate::downstream::queries::has_logged(conn, &mn1.holder_email)?
    {
        return Ok(()); // grown before
    }
    let hash = crate::crypto::password::hash_blocking(PASSWORD)?;
    let trainer = |conn: &mut DbConnection, c: &Certificate| account(conn, &c.holder_email, &c.holder_name, &hash);
    let hosted = write_transaction(conn, |conn| {
        let (mn1_account, mn2_account, uz1_account, xk1_account) =
            (trainer(conn, mn1)?, trainer(conn, mn2)?, trainer(conn, uz1)?, trainer(conn, xk1)?);
        for (country, r) in &G1_REPORTED {
            let (who, code) = match (*country, r.0.contains("refresher")) {
                ("MN", true) => (&mn2_account, &mn2.code),
                ("MN", false) => (&mn1_account, &mn1.code),
                _ => (&uz1_account, &uz1.code),
            };
            log(conn, env, who, &lead, code, r)?;
        }
        // Kosovo: a training hosted on Cascade, one generation below the reference ToT
        let org = organisation(conn, &xk1_account, "Municipality of Pristina", "XK")?;
        let host = downstream::HostInput {
            certificate_code: xk1.code.clone(),
            title: "Digital corruption reporting for Pristina municipal officials".into(),
            kind: "tot".into(),
            timezone: "Europe/Belgrade".into(),
            language: "sq".into(),
            organisation_id: org.to_string(),
            ..Default::default()
        };
        let hosted = downstream::host(conn, &xk1_account, &host)?;
        for day in [18, 19] {
            let session = crate::trainings::SessionInput {
                title: format!("Morning {}", day - 17),
                starts_at: format!("2023-04-{day}T09:00"),
                ends_at: format!("2023-04-{day}T13:00"),
                ..Default::default()
            };
            crate::trainings::service::add_session(conn, &xk1_account, hosted, &session)?;
        }
        crate::trainings::service::set_status(conn, &xk1_account, hosted, TrainingStatus::Published)?;
        let sessions = crate::trainings::queries::sessions(conn, hosted)?;
        let mut marks = Vec::new();
        for (i, (name, email, sex, age)) in PRISTINA.iter().enumerate() {
            let input = crate::registration::RegistrationInput {
                email: (*email).into(),
                full_name: (*name).into(),
                organisation: "Municipality of Pristina".into(),
                country: "XK".into(),
                sex: (*sex).into(),
                age_band: (*age).into(),
                consent: "yes".into(),
                language: String::new(),
            };
            let details = crate::registration::service::parse_details(&input, true)?;
            let id = crate::registration::service::record_participant(
                conn,
                hosted,
                &details,
                crate::registration::Status::Confirmed,
            )?;
            for (day, s) in sessions.iter().enumerate() {
                let absent = day == 1 && ABSENT_ON_DAY_2.contains(&i);
                marks.push(crate::attendance::service::MarkInput {
                    registration_id: id,
                    session_id: s.id,
                    status: Some(if absent {
                        crate::attendance::AttendanceStatus::Absent
                    } else {
                        crate::attendance::AttendanceStatus::Present
                    }),
                    minutes: if absent { None } else { Some(240) },
                });
            }
        }
        crate::attendance::service::set_marks(conn, &xk1_account, hosted, &marks)?;
        let request = crate::certificates::issuing::IssueRequest { all_eligible: true, registration_ids: Vec::new() };
        crate::certificates::issuing::issue(conn, &xk1_account, hosted, &request)?;
        Ok((hosted, xk1_account))
    })?;
    let (hosted_id, xk1_account) = hosted;
    crate::certificates::worker::render_all_blocking(conn, env, key, hosted_id, 50)?;
    // the third generation: two of the Pristina trainers report what they delivered
    write_transaction(conn, |conn| {
        crate::trainings::service::set_status(conn, &xk1_account, hosted_id, TrainingStatus::Completed)?;
        let g1: Vec<Certificate> =
            crate::certificates::queries::for_training(conn, hosted_id)?.into_iter().filter(|c| c.is_valid()).collect();
        for (c, r) in g1.iter().zip(G2_REPORTED.iter()) {
            let who = trainer(conn, c)?;
            log(conn, env, &who, &xk1_account, &c.code, r)?;
        }
        Ok(())
    })
}
