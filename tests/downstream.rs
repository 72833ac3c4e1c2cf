//! Downstream trainings on both databases, with the reference scenario's cohort certified as
//! trainers: a trainer logs what they delivered (the issue's example, with sessions, read back
//! and changed), every bad input is refused naming its field with nothing stored, evidence is
//! checked by its content and served only to those who may see the record, organisers above
//! decide (and only they), hosted trainings join the lineage and a loop is refused (also when
//! two requests race on PostgreSQL), trainers sign in by e-mail link without an account, and
//! reminders go to trainers who logged nothing, once each.

mod common;

use common::{Person, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

const PW: &str = "correct horse battery";
const LEAD: &str = "lead@acrc.example.org";
const CO_ORGANISER: &str = "oyun@undp-mn.example.org";

/// A certified trainer of a training: their e-mail, the certificate's code (as stored) and name.
#[derive(Debug, Clone)]
struct Trainer {
    email: String,
    code: String,
    name: String,
}

impl Trainer {
    /// The code as printed on the certificate (`7K3M-Q9PX-2HDW`).
    fn display_code(&self) -> String {
        format!("{}-{}-{}", &self.code[..4], &self.code[4..8], &self.code[8..])
    }
}

/// The demo loaded and every eligible participant certified (the demo is a ToT, so these are
/// trainer certificates).
struct Demo {
    root: i64,
    lead: String,
    trainers: Vec<Trainer>,
}

async fn certified_demo(app: &TestApp) -> Demo {
    let root = app.load_demo().await;
    let lead = app.lead_token().await;
    let trainers = issue_all(app, &lead, root).await;
    assert!(trainers.len() > 20, "most of the cohort is certified: {trainers:?}");
    Demo { root, lead, trainers }
}

/// Issues a certificate to everyone eligible in `training` (the API answers once they are
/// rendered); returns the holders, in the eligibility table's order.
async fn issue_all(app: &TestApp, token: &str, training: i64) -> Vec<Trainer> {
    let (s, table) = app.api(Method::GET, &format!("/api/v1/trainings/{training}/eligibility"), token, None).await;
    assert_eq!(s, 200, "{table}");
    let (s, issued) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{training}/certificates"),
            token,
            Some(json!({"all_eligible": true})),
        )
        .await;
    assert_eq!(s, 200, "{issued}");
    let certificates = issued["certificates"].as_array().unwrap();
    table["participants"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["eligible"] == true)
        .map(|p| {
            let cert = certificates
                .iter()
                .find(|c| c["registration_id"] == p["registration_id"])
                .unwrap_or_else(|| panic!("no certificate for {p}"));
            assert_eq!(cert["status"], "issued", "{cert}");
            Trainer {
                email: p["email"].as_str().unwrap().to_lowercase(),
                code: cert["code"].as_str().unwrap().to_string(),
                name: cert["holder_name"].as_str().unwrap().to_string(),
            }
        })
        .collect()
}

/// An account (with a password) for a certificate holder, and its API token.
async fn token_for(app: &TestApp, who: &Trainer) -> String {
    app.create_account(&who.email, &who.name, PW, false).await;
    app.api_token(&who.email, PW).await
}

/// A browser signed in as `email`.
async fn browser<'a>(app: &'a TestApp, email: &str, password: &str) -> Person<'a> {
    let person = Person::new(app);
    person.sign_in(email, password).await;
    person
}

/// The issue's example: a two-day in-person workshop in Darkhan for 30 people.
fn example(code: &str) -> Value {
    json!({
        "certificate_code": code,
        "title": "Reporting corruption online: a workshop for civil servants in Darkhan",
        "starts_on": "2024-05-06",
        "ends_on": "2024-05-07",
        "mode": "in_person",
        "country": "MN",
        "place": "Darkhan",
        "language": "mn",
        "hours": 12,
        "participants_total": 30,
        "participants_by_sex": {"female": 17, "male": 12, "another": 0, "not_recorded": 1}
    })
}

/// The example with one change.
fn example_with(code: &str, change: impl FnOnce(&mut Value)) -> Value {
    let mut body = example(code);
    change(&mut body);
    body
}

async fn log(app: &TestApp, token: &str, body: Value) -> (u16, Value) {
    app.api(Method::POST, "/api/v1/downstream-trainings", token, Some(body)).await
}

async fn log_ok(app: &TestApp, token: &str, body: Value) -> i64 {
    let (s, out) = log(app, token, body).await;
    assert_eq!(s, 201, "{out}");
    out["id"].as_i64().unwrap()
}

async fn record(app: &TestApp, token: &str, id: i64) -> (u16, Value) {
    app.api(Method::GET, &format!("/api/v1/downstream-trainings/{id}"), token, None).await
}

async fn decide(app: &TestApp, token: &str, id: i64, decision: &str, note: &str) -> (u16, Value) {
    let body = json!({"decision": decision, "note": note});
    app.api(Method::POST, &format!("/api/v1/downstream-trainings/{id}/verification"), token, Some(body)).await
}

/// PUTs an evidence file as the raw body, with its name in Content-Disposition.
async fn put_evidence(app: &TestApp, token: &str, id: i64, name: &str, bytes: Vec<u8>) -> (u16, Value) {
    let r = app
        .client
        .put(app.url(&format!("/api/v1/downstream-trainings/{id}/evidence")))
        .bearer_auth(token)
        .header("content-type", "application/pdf")
        .header("content-disposition", format!("attachment; filename=\"{name}\""))
        .body(bytes)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

/// (reported trainings, their figures rows, their sessions) stored.
async fn stored(app: &TestApp) -> (i64, i64, i64) {
    app.state
        .db
        .run(|conn| {
            use cascade::db::schema::{downstream_figures, downstream_sessions, downstream_trainings};
            use diesel::prelude::*;
            Ok((
                downstream_trainings::table.count().get_result(conn)?,
                downstream_figures::table.count().get_result(conn)?,
                downstream_sessions::table.count().get_result(conn)?,
            ))
        })
        .await
        .unwrap()
}

/// A 1×1 PNG (a real one: signature, IHDR, IDAT, IEND).
const PNG: [u8; 67] = [
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

/// A small, well-formed PDF of `extra` bytes more (a comment: viewers skip it).
fn pdf(extra: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n".to_vec();
    if extra > 0 {
        bytes.push(b'%');
        bytes.extend(std::iter::repeat_n(b'x', extra));
        bytes.push(b'\n');
    }
    bytes.extend_from_slice(b"trailer <</Root 1 0 R>>\n%%EOF\n");
    bytes
}

/// GETs `path` in `who`'s browser: (status, headers, bytes).
async fn download(who: &Person<'_>, path: &str) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    let r = who.client.get(who.app.url(path)).send().await.unwrap();
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    (status, headers, r.bytes().await.unwrap().to_vec())
}

/// A training `token`'s account leads, held on 4 March 2024 (one three-hour session, after
/// the demo), with `people` registered, confirmed and present, published, and everyone
/// certified: a ToT gives trainer certificates, other kinds certificates of attendance.
async fn certified_training(
    app: &TestApp,
    token: &str,
    title: &str,
    kind: &str,
    people: &[(&str, &str)],
) -> (i64, Vec<Trainer>) {
    let (s, org) = app
        .api(
            Method::POST,
            "/api/v1/organisations",
            token,
            Some(json!({"name": format!("{title} office"), "country": "MN"})),
        )
        .await;
    assert_eq!(s, 201, "{org}");
    let body = json!({"title": title, "kind": kind, "timezone": "Asia/Ulaanbaatar", "language": "mn", "organisation_id": org["id"]});
    let (s, t) = app.api(Method::POST, "/api/v1/trainings", token, Some(body)).await;
    assert_eq!(s, 201, "{t}");
    let training = t["id"].as_i64().unwrap();
    let session = json!({"title": "Day 1", "starts_at": "2024-03-04T10:00", "ends_at": "2024-03-04T13:00"});
    let (s, session) =
        app.api(Method::POST, &format!("/api/v1/trainings/{training}/sessions"), token, Some(session)).await;
    assert_eq!(s, 201, "{session}");
    let registrations = confirmed(app, training, people).await;
    let marks: Vec<Value> = registrations
        .iter()
        .map(|r| json!({"registration_id": r, "session_id": session["id"], "status": "present"}))
        .collect();
    let (s, body) =
        app.api(Method::PUT, &format!("/api/v1/trainings/{training}/attendance"), token, Some(json!(marks))).await;
    assert_eq!(s, 200, "{body}");
    let (s, body) = app
        .api(Method::POST, &format!("/api/v1/trainings/{training}/status"), token, Some(json!({"status": "published"})))
        .await;
    assert_eq!(s, 200, "{body}");
    let holders = issue_all(app, token, training).await;
    assert_eq!(holders.len(), people.len(), "everyone present is certified");
    (training, holders)
}

/// Confirmed registrations for these people (as an organiser's backfill records them).
async fn confirmed(app: &TestApp, training: i64, people: &[(&str, &str)]) -> Vec<i64> {
    let state = app.state.clone();
    let people: Vec<(String, String)> = people.iter().map(|(n, e)| (n.to_string(), e.to_string())).collect();
    tokio::task::spawn_blocking(move || {
        let mut conn = state.db.get().unwrap();
        people
            .iter()
            .map(|(name, email)| {
                let input = cascade::registration::RegistrationInput {
                    email: email.clone(),
                    full_name: name.clone(),
                    organisation: "Office".into(),
                    country: "MN".into(),
                    ..Default::default()
                };
                let d = cascade::registration::service::parse_details(&input, false).unwrap();
                cascade::db::write_transaction(&mut conn, |c| {
                    cascade::registration::service::record_participant(
                        c,
                        training,
                        &d,
                        cascade::registration::Status::Confirmed,
                    )
                })
                .unwrap()
            })
            .collect()
    })
    .await
    .unwrap()
}

/// (ancestor, generations above) of a training, nearest first, from the closure table.
async fn ancestors(app: &TestApp, training: i64) -> Vec<(i64, i32)> {
    app.state.db.run(move |conn| cascade::downstream::lineage::ancestors(conn, training)).await.unwrap()
}

// 1. Logging a reported training through the API.

async fn reported_logging_through_the_api(app: TestApp) {
    let demo = certified_demo(&app).await;
    let trainer = demo.trainers[0].clone();
    let token = token_for(&app, &trainer).await;

    // the issue's example: stored as sent, awaiting verification
    let (s, created) = log(&app, &token, example(&trainer.code)).await;
    assert_eq!(s, 201, "{created}");
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["status"], "submitted");
    assert_eq!(created["certificate_code"], trainer.display_code().as_str());
    assert_eq!(created["certificate_revoked"], false);
    assert_eq!(created["title"], "Reporting corruption online: a workshop for civil servants in Darkhan");
    assert_eq!((created["starts_on"].as_str(), created["ends_on"].as_str()), (Some("2024-05-06"), Some("2024-05-07")));
    assert_eq!(created["hours"].as_f64(), Some(12.0));
    assert_eq!(created["sessions"], json!([]), "given as dates and hours: no sessions");
    assert_eq!((created["mode"].as_str(), created["country"].as_str()), (Some("in_person"), Some("MN")));
    assert_eq!(created["city"], "Darkhan", "`place` is another name for the city");
    assert_eq!(created["language"], "mn");
    assert_eq!(created["participants_total"], 30);
    assert_eq!(created["participants_by_sex"], json!({"female": 17, "male": 12, "another": 0, "not_recorded": 1}));
    // no age breakdown given: every participant's age band is "not recorded"
    assert_eq!(
        created["participants_by_age_band"],
        json!({"under_25": 0, "25_34": 0, "35_44": 0, "45_54": 0, "55_64": 0, "65_plus": 0, "not_recorded": 30})
    );
    assert!(created["with_disability"].is_null() && created["evidence_file_url"].is_null(), "{created}");

    // GET returns the same record
    let (s, got) = record(&app, &token, id).await;
    assert_eq!((s, &got), (200, &created));

    // sessions instead of dates: the days and hours come from them (in any order, hours as
    // "1,5"), and the code in another spelling (lower case, hyphens) is the same certificate
    let with_sessions = json!({
        "certificate_code": trainer.display_code().to_lowercase(),
        "title": "Online follow-up for the Darkhan group",
        "sessions": [{"date": "2024-06-03", "hours": 3}, {"date": "2024-06-01", "hours": "1,5"}],
        "mode": "online",
        "country": "mn",
        "language": "mn",
        "participants_total": 12,
        "participants_by_sex": {"female": 7, "male": 5},
        "participants_by_age_band": {"25_34": 4, "35_44": 6, "45_54": 2},
        "with_disability": 1
    });
    let (s, second) = log(&app, &token, with_sessions).await;
    assert_eq!(s, 201, "{second}");
    assert_eq!((second["starts_on"].as_str(), second["ends_on"].as_str()), (Some("2024-06-01"), Some("2024-06-03")));
    assert_eq!(second["hours"].as_f64(), Some(4.5));
    assert_eq!(second["sessions"], json!([{"date": "2024-06-01", "hours": 1.5}, {"date": "2024-06-03", "hours": 3.0}]));
    assert_eq!(second["certificate_code"], trainer.display_code().as_str());
    assert_eq!(second["country"], "MN");
    assert_eq!(second["participants_by_sex"], json!({"female": 7, "male": 5, "another": 0, "not_recorded": 0}));
    assert_eq!(second["participants_by_age_band"]["35_44"], 6);
    assert_eq!(second["with_disability"], 1);
    let second_id = second["id"].as_i64().unwrap();
    assert_eq!(record(&app, &token, second_id).await, (200, second.clone()));

    // PUT changes it (the certificate may be left out: a record stays under its certificate)
    let mut changed = example(&trainer.code);
    changed.as_object_mut().unwrap().remove("certificate_code");
    changed["title"] = json!("Reporting corruption online (Darkhan, second run)");
    changed["participants_total"] = json!(32);
    changed["participants_by_sex"] = json!({"female": 18, "male": 13, "another": 0, "not_recorded": 1});
    changed["sessions"] = json!([{"date": "2024-05-06", "hours": 6}, {"date": "2024-05-08", "hours": 6}]);
    let (s, updated) = app.api(Method::PUT, &format!("/api/v1/downstream-trainings/{id}"), &token, Some(changed)).await;
    assert_eq!(s, 200, "{updated}");
    assert_eq!(updated["title"], "Reporting corruption online (Darkhan, second run)");
    assert_eq!(updated["participants_total"], 32);
    assert_eq!(updated["ends_on"], "2024-05-08");
    assert_eq!(updated["sessions"].as_array().map(Vec::len), Some(2));
    assert_eq!(updated["status"], "submitted");
    assert_eq!(record(&app, &token, id).await, (200, updated.clone()));
    // another certificate's code in a change is a mistake, not a move
    let other = &demo.trainers[1];
    let (s, body) =
        app.api(Method::PUT, &format!("/api/v1/downstream-trainings/{id}"), &token, Some(example(&other.code))).await;
    assert_eq!((s, body["field"].as_str()), (422, Some("certificate_code")), "{body}");

    // only its trainer changes it: another trainer does not see it, an organiser may not change it
    let other_token = token_for(&app, other).await;
    assert_eq!(record(&app, &other_token, id).await.0, 404);
    let put = |token: String| {
        let app = &app;
        let body = example(&trainer.code);
        async move { app.api(Method::PUT, &format!("/api/v1/downstream-trainings/{id}"), &token, Some(body)).await.0 }
    };
    assert_eq!(put(other_token.clone()).await, 404);
    assert_eq!(put(demo.lead.clone()).await, 403);
    // without a token: nothing
    let r =
        app.client.post(app.url("/api/v1/downstream-trainings")).json(&example(&trainer.code)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert_eq!(record(&app, &token, id).await, (200, updated), "refused changes changed nothing");
    assert_eq!(stored(&app).await, (2, 2, 4), "two records, two figures rows, 2 + 2 sessions");

    // the trainer space lists both under the certificate
    let space = browser(&app, &trainer.email, PW).await;
    let (s, page) = space.get("/trainer").await;
    assert_eq!(s, 200);
    for needle in [
        &trainer.display_code(),
        "Reporting corruption online (Darkhan, second run)",
        "Online follow-up for the Darkhan group",
        "Awaiting verification",
    ] {
        assert!(page.contains(needle), "{needle} missing from the trainer space:\n{page}");
    }
    // and the record's own page
    let (s, page) = space.get(&format!("/trainer/trainings/{id}")).await;
    assert_eq!(s, 200);
    assert!(page.contains("Darkhan") && page.contains("Save the changes"), "{page}");

    // the same through the trainer's form (multipart, the attendance sheet with it): the
    // breakdowns and sessions arrive as the API would store them
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf_of(&space, &format!("/trainer/trainings/new?certificate={}", trainer.code)).await)
        .text("certificate_code", trainer.code.clone())
        .text("title", "Evening course in Sükhbaatar")
        .text("session_date_0", "2024-07-02")
        .text("session_hours_0", "2")
        .text("session_date_1", "")
        .text("session_hours_1", "")
        .text("session_date_2", "2024-07-09")
        .text("session_hours_2", "2,5")
        .text("mode", "hybrid")
        .text("country", "MN")
        .text("region", "Sükhbaatar")
        .text("city", "Baruun-Urt")
        .text("language", "mn")
        .text("participants_total", "20")
        .text("sex_female", "11")
        .text("sex_male", "8")
        .text("sex_not_recorded", "1")
        .text("age_under_25", "5")
        .text("age_25_34", "15")
        .text("with_disability", "2")
        .part("file", reqwest::multipart::Part::bytes(PNG.to_vec()).file_name("sheet.png"));
    let r = space.client.post(app.url("/trainer/trainings")).multipart(form).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303, "{}", r.text().await.unwrap());
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let form_id: i64 = location
        .strip_prefix("/trainer/trainings/")
        .and_then(|rest| rest.strip_suffix("?saved=1"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{location}"));
    let (_, page) = space.get(&location).await;
    assert!(page.contains("Saved."), "{page}");
    let (s, logged) = record(&app, &token, form_id).await;
    assert_eq!(s, 200);
    assert_eq!(
        (logged["mode"].as_str(), logged["region"].as_str(), logged["city"].as_str(), logged["hours"].as_f64()),
        (Some("hybrid"), Some("Sükhbaatar"), Some("Baruun-Urt"), Some(4.5))
    );
    assert_eq!(logged["sessions"], json!([{"date": "2024-07-02", "hours": 2.0}, {"date": "2024-07-09", "hours": 2.5}]));
    assert_eq!(logged["participants_by_sex"], json!({"female": 11, "male": 8, "another": 0, "not_recorded": 1}));
    assert_eq!(
        logged["participants_by_age_band"],
        json!({"under_25": 5, "25_34": 15, "35_44": 0, "45_54": 0, "55_64": 0, "65_plus": 0, "not_recorded": 0})
    );
    assert_eq!(logged["with_disability"], 2);
    assert_eq!(logged["evidence_file_url"], app.url(&format!("/downstream/{form_id}/evidence")).as_str());
    assert_eq!(stored(&app).await, (3, 3, 6));
}

// 2. Bad inputs: 422 naming the field, nothing stored.

async fn bad_input_is_refused_and_nothing_stored(app: TestApp) {
    let demo = certified_demo(&app).await;
    let trainer = demo.trainers[0].clone();
    let token = token_for(&app, &trainer).await;
    let code = trainer.code.as_str();
    let future = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();

    // a revoked certificate: its holder may log nothing under it
    let revoked = demo.trainers[2].clone();
    let (s, body) = app
        .api(
            Method::POST,
            &format!("/api/v1/certificates/{}/revoke", revoked.code),
            &demo.lead,
            Some(json!({"reason": "Attendance was recorded for the wrong person"})),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let revoked_token = token_for(&app, &revoked).await;
    // a certificate of attendance: the trainer also attended a webinar (its lead certifies them)
    let (_, attended) = certified_training(
        &app,
        &demo.lead,
        "Webinar on whistle-blower protection",
        "technical_webinar",
        &[(trainer.name.as_str(), trainer.email.as_str())],
    )
    .await;

    // (who, body, field, words in the message)
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        (
            "trainer",
            example_with(code, |b| b["participants_by_sex"]["male"] = json!(13)),
            "participants_by_sex",
            "add up to 31",
        ),
        (
            "trainer",
            example_with(code, |b| b["participants_by_age_band"] = json!({"25_34": 10, "35_44": 10})),
            "participants_by_age_band",
            "add up to 20",
        ),
        ("trainer", example_with(code, |b| b["with_disability"] = json!(31)), "with_disability", "more than the 30"),
        ("trainer", example_with(code, |b| b["participants_total"] = json!(-1)), "participants_total", "between 0 and"),
        (
            "trainer",
            example_with(code, |b| {
                b.as_object_mut().unwrap().remove("participants_total");
            }),
            "participants_total",
            "number of participants",
        ),
        // before the certified training ended (16 February 2023)
        (
            "trainer",
            example_with(code, |b| {
                b["starts_on"] = json!("2023-01-10");
                b["ends_on"] = json!("2023-01-11");
            }),
            "starts_on",
            "16 February 2023",
        ),
        (
            "trainer",
            example_with(code, |b| b["sessions"] = json!([{"date": "2023-02-01", "hours": 2}])),
            "sessions",
            "16 February 2023",
        ),
        ("trainer", example_with(code, |b| b["ends_on"] = json!(future)), "ends_on", "once it took place"),
        (
            "trainer",
            example_with(code, |b| b["sessions"] = json!([{"date": future, "hours": 2}])),
            "sessions.0.date",
            "once it took place",
        ),
        (
            "trainer",
            example_with(code, |b| b["sessions"] = json!([{"date": "2024-05-06", "hours": 25}])),
            "sessions.0.hours",
            "at most 24",
        ),
        (
            "trainer",
            example_with(code, |b| b["ends_on"] = json!("2024-05-01")),
            "ends_on",
            "cannot end before it starts",
        ),
        ("trainer", example_with(code, |b| b["starts_on"] = json!("6 May 2024")), "starts_on", "YYYY-MM-DD"),
        (
            "trainer",
            example_with(code, |b| {
                b.as_object_mut().unwrap().remove("starts_on");
                b.as_object_mut().unwrap().remove("ends_on");
            }),
            "sessions",
            "at least one session",
        ),
        (
            "trainer",
            example_with(code, |b| {
                b.as_object_mut().unwrap().remove("hours");
            }),
            "hours",
            "hours in total",
        ),
        ("trainer", example_with(code, |b| b["mode"] = json!("carrier_pigeon")), "mode", "not one of"),
        ("trainer", example_with(code, |b| b["country"] = json!("ZZ")), "country", "country code"),
        (
            "trainer",
            example_with(code, |b| {
                b.as_object_mut().unwrap().remove("title");
            }),
            "title",
            "",
        ),
        ("trainer", example_with(code, |b| b["title"] = json!("   ")), "title", ""),
        ("trainer", example_with(code, |b| b["evidence_url"] = json!("javascript:alert(1)")), "evidence_url", "http"),
        // certificates: none, mistyped, well-formed but unknown, someone else's, revoked, of attendance
        (
            "trainer",
            example_with(code, |b| b["certificate_code"] = json!("")),
            "certificate_code",
            "choose the certificate",
        ),
        ("trainer", example(&mistyped(code)), "certificate_code", "no certificate has this code"),
        (
            "trainer",
            example(cascade::certificates::code::Code::generate().as_str()),
            "certificate_code",
            "no certificate has this code",
        ),
        ("trainer", example(&demo.trainers[1].code), "certificate_code", "not issued to you"),
        ("revoked", example(&revoked.code), "certificate_code", "revoked"),
        ("trainer", example(&attended[0].code), "certificate_code", "certificate of attendance"),
    ];
    for (who, body, field, needle) in cases {
        let token = if who == "revoked" { &revoked_token } else { &token };
        let (s, answer) = log(&app, token, body.clone()).await;
        assert_eq!((s, answer["field"].as_str()), (422, Some(field)), "{body}\n→ {answer}");
        assert!(
            answer["message"].as_str().unwrap_or("").contains(needle),
            "{field}: {needle:?} not in {:?}",
            answer["message"]
        );
    }
    // a body that is not JSON of the right shape
    let (s, _) = log(&app, &token, json!({"participants_by_sex": "many"})).await;
    assert_eq!(s, 400);
    assert_eq!(stored(&app).await, (0, 0, 0), "nothing was stored");
    let space = browser(&app, &trainer.email, PW).await;
    let (_, page) = space.get("/trainer").await;
    assert!(page.contains("Nothing delivered under this certificate yet."), "{page}");

    // the same rules on the form: the error names its field, the typed values stay
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf_of(&space, "/trainer/trainings/new").await)
        .text("certificate_code", trainer.code.clone())
        .text("title", "Form workshop")
        .text("session_date_0", "2024-05-06")
        .text("session_hours_0", "3")
        .text("mode", "in_person")
        .text("country", "MN")
        .text("language", "mn")
        .text("participants_total", "30")
        .text("sex_female", "17")
        .text("sex_male", "14");
    let r = space.client.post(app.url("/trainer/trainings")).multipart(form).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("add up to 31") && page.contains("value=\"Form workshop\""), "{page}");
    assert_eq!(stored(&app).await, (0, 0, 0), "nothing was stored from the form either");
}

/// The code with one character changed (its check character then fails).
fn mistyped(code: &str) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    chars[3] = if chars[3] == 'A' { 'B' } else { 'A' };
    chars.into_iter().collect()
}

/// The CSRF token in a page's form.
async fn csrf_of(who: &Person<'_>, page: &str) -> String {
    let (s, html) = who.get(page).await;
    assert_eq!(s, 200, "{page}: {html}");
    common::extract(&html, "name=\"csrf_token\" value=\"", "\"").expect("a CSRF token in the form")
}

// 2b. Evidence: checked by its content, served as a download to those who may see the record.

async fn evidence_is_checked_and_served_only_to_those_who_may_see_it(app: TestApp) {
    assert_eq!(app.state.settings.downstream.max_evidence_bytes, 2048);
    let demo = certified_demo(&app).await;
    let trainer = demo.trainers[0].clone();
    let token = token_for(&app, &trainer).await;
    let id = log_ok(&app, &token, example(&trainer.code)).await;

    // too large: 413; not what it claims to be (text named .pdf, sent as application/pdf): 422
    let (s, body) = put_evidence(&app, &token, id, "sheet.pdf", pdf(3000)).await;
    assert_eq!(s, 413, "{body}");
    let (s, body) = put_evidence(&app, &token, id, "sheet.pdf", b"Attendance: 30 people, trust me.".to_vec()).await;
    assert_eq!((s, body["field"].as_str()), (422, Some("evidence")), "{body}");
    let (s, body) = put_evidence(&app, &token, id, "sheet.pdf", Vec::new()).await;
    assert_eq!((s, body["field"].as_str()), (422, Some("evidence")), "{body}");
    // not theirs to add: someone else, the organiser
    app.create_account("stranger@example.org", "Stranger", PW, false).await;
    let stranger = app.api_token("stranger@example.org", PW).await;
    assert_eq!(put_evidence(&app, &stranger, id, "sheet.png", PNG.to_vec()).await.0, 404);
    assert_eq!(put_evidence(&app, &demo.lead, id, "sheet.png", PNG.to_vec()).await.0, 403);
    let (_, unchanged) = record(&app, &token, id).await;
    assert!(unchanged["evidence_file_url"].is_null(), "refused uploads stored nothing: {unchanged}");
    let evidence_dir = app.state.settings.evidence_dir();
    let files = || std::fs::read_dir(&evidence_dir).map(|d| d.count()).unwrap_or(0);
    assert_eq!(files(), 0, "no file was written for a refused upload");

    // a real PNG: stored under its SHA-256, linked from the record
    let (s, body) = put_evidence(&app, &token, id, "../../sheet.png", PNG.to_vec()).await;
    assert_eq!(s, 200, "{body}");
    let url = body["evidence_file_url"].as_str().expect("an evidence link").to_string();
    assert_eq!(url, app.url(&format!("/downstream/{id}/evidence")));
    use sha2::Digest;
    let on_disk = evidence_dir.join(format!("{}.png", hex::encode(sha2::Sha256::digest(PNG))));
    assert_eq!(std::fs::read(&on_disk).expect("stored under its SHA-256"), PNG.to_vec());
    let path = url.strip_prefix(&app.base).unwrap().to_string();

    // the trainer and the lead organiser download it: never shown inline, never sniffed
    for email in [trainer.email.as_str(), LEAD] {
        let who = browser(&app, email, if email == LEAD { cascade::demo::PASSWORD } else { PW }).await;
        let (s, headers, bytes) = download(&who, &path).await;
        assert_eq!(s, 200, "{email}");
        assert_eq!(bytes, PNG.to_vec(), "{email}");
        assert_eq!(headers["content-type"], "image/png");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        let disposition = headers["content-disposition"].to_str().unwrap();
        assert!(disposition.starts_with("attachment"), "{disposition}");
        assert!(!disposition.contains(".."), "the trainer's file name never reaches a path: {disposition}");
        assert!(headers["content-security-policy"].to_str().unwrap().contains("sandbox"));
    }
    // a stranger signed in: not found, and no bytes; nobody signed in: no bytes either
    let outsider = browser(&app, "stranger@example.org", PW).await;
    let (s, _, bytes) = download(&outsider, &path).await;
    assert_eq!(s, 404);
    assert!(!bytes.starts_with(&PNG[..8]));
    let (s, _, bytes) = download(&Person::new(&app), &path).await;
    assert_ne!(s, 200);
    assert!(!bytes.starts_with(&PNG[..8]));

    // replaced by a PDF: the new file is served with its own type
    let small = pdf(0);
    let (s, body) = put_evidence(&app, &token, id, "sheet.pdf", small.clone()).await;
    assert_eq!(s, 200, "{body}");
    let who = browser(&app, &trainer.email, PW).await;
    let (s, headers, bytes) = download(&who, &path).await;
    assert_eq!((s, bytes), (200, small));
    assert_eq!(headers["content-type"], "application/pdf");
}

/// The API takes evidence files up to `downstream.max_evidence_bytes` (10 MB by default), as the
/// trainer's form does.
async fn evidence_as_large_as_the_setting_allows(app: TestApp) {
    let max = app.state.settings.downstream.max_evidence_bytes;
    assert!(max >= 1024 * 1024, "the default allows scans of a few hundred KB: {max}");
    let demo = certified_demo(&app).await;
    let trainer = demo.trainers[0].clone();
    let token = token_for(&app, &trainer).await;
    let id = log_ok(&app, &token, example(&trainer.code)).await;
    // a 300 KB scan: well under the limit
    let scan = pdf(300 * 1024);
    // the form takes it...
    let space = browser(&app, &trainer.email, PW).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", csrf_of(&space, &format!("/trainer/trainings/{id}")).await)
        .text("title", "Reporting corruption online")
        .text("session_date_0", "2024-05-06")
        .text("session_hours_0", "12")
        .text("mode", "in_person")
        .text("country", "MN")
        .text("city", "Darkhan")
        .text("language", "mn")
        .text("participants_total", "30")
        .part("file", reqwest::multipart::Part::bytes(scan.clone()).file_name("scan.pdf"));
    let r = space.client.post(app.url(&format!("/trainer/trainings/{id}"))).multipart(form).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303, "the form takes a 300 KB scan");
    let (_, headers, bytes) = download(&space, &format!("/downstream/{id}/evidence")).await;
    assert_eq!((bytes.len(), headers["content-type"].to_str().unwrap()), (scan.len(), "application/pdf"));
    // ...and so does the API (this fails while the API's body limit is server.max_body_bytes)
    let mut other = scan.clone();
    other.extend_from_slice(b"% another scan\n");
    let (s, body) = put_evidence(&app, &token, id, "scan.pdf", other).await;
    assert_eq!(s, 200, "a 300 KB evidence file through the API (limit {max} bytes): {body}");
}

// 3. Verification and scoping.

async fn organisers_above_verify_and_only_they(app: TestApp) {
    let demo = certified_demo(&app).await;
    let trainer = demo.trainers[0].clone();
    let token = token_for(&app, &trainer).await;
    let id = log_ok(&app, &token, example(&trainer.code)).await;
    let title = "Reporting corruption online: a workshop for civil servants in Darkhan";
    let co = app.api_token(CO_ORGANISER, cascade::demo::PASSWORD).await;
    app.create_account("stranger@example.org", "Stranger", PW, false).await;
    let stranger = app.api_token("stranger@example.org", PW).await;

    // the organisers above see it; a stranger learns nothing, not even that it exists
    assert_eq!(record(&app, &demo.lead, id).await.0, 200);
    assert_eq!(record(&app, &co, id).await.0, 200);
    assert_eq!(record(&app, &stranger, id).await.0, 404);
    assert_eq!(decide(&app, &stranger, id, "verified", "").await.0, 404);
    assert_eq!(decide(&app, &stranger, 999_999, "verified", "").await.0, 404);
    // the trainer cannot verify their own training
    let (s, body) = decide(&app, &token, id, "verified", "").await;
    assert!(s == 403 || s == 404, "the trainer verifying their own: {s} {body}");
    // asking for information or rejecting needs a note the trainer reads; decisions are a closed list
    for (decision, note, field) in [
        ("needs_information", "", "note"),
        ("needs_information", "   ", "note"),
        ("rejected", "", "note"),
        ("approve", "", "decision"),
    ] {
        let (s, body) = decide(&app, &demo.lead, id, decision, note).await;
        assert_eq!((s, body["field"].as_str()), (422, Some(field)), "{decision} {note:?}: {body}");
    }
    assert_eq!(record(&app, &token, id).await.1["status"], "submitted", "refused decisions changed nothing");

    // the queue: the lead sees it, a stranger sees nothing
    let lead = browser(&app, LEAD, cascade::demo::PASSWORD).await;
    let (s, queue) = lead.get("/downstream/queue").await;
    assert_eq!(s, 200);
    assert!(queue.contains(title) && queue.contains(&trainer.name), "{queue}");
    assert!(queue.contains(&format!("/downstream/{id}")), "{queue}");
    let (s, page) = lead.get(&format!("/downstream/{id}")).await;
    assert_eq!(s, 200);
    assert!(page.contains(title) && page.contains(&trainer.display_code()), "{page}");
    let outsider = browser(&app, "stranger@example.org", PW).await;
    let (s, queue) = outsider.get("/downstream/queue").await;
    assert_eq!(s, 200);
    assert!(!queue.contains(title) && queue.contains("Nothing here."), "{queue}");
    assert_eq!(outsider.get(&format!("/downstream/{id}")).await.0, 404);
    assert_eq!(outsider.get("/trainer/trainings/new").await.0, 403, "no trainer certificate, no form");

    // the co-organiser asks for more information: the trainer is e-mailed the question
    let question = "Please add the attendance sheet with the participants' signatures.";
    let (s, asked) = decide(&app, &co, id, "needs_information", question).await;
    assert_eq!((s, asked["status"].as_str()), (200, Some("needs_information")), "{asked}");
    assert_eq!(asked["verification_note"], question);
    let mails = app.mail_to(&trainer.email).await;
    let mail = mails.iter().find(|m| m.subject.contains("more information")).expect("the question by e-mail");
    assert!(mail.text.contains(question), "{}", mail.text);
    assert!(mail.text.contains(&app.url(&format!("/trainer/trainings/{id}"))), "{}", mail.text);
    assert_eq!(decide(&app, &co, id, "needs_information", question).await.0, 409, "asked already");

    // the trainer answers by changing the record: back in the queue, the asker is told
    let answer = "The sheet is attached now; two names were hard to read.";
    let body = example_with(&trainer.code, |b| b["notes"] = json!(answer));
    let (s, changed) = app.api(Method::PUT, &format!("/api/v1/downstream-trainings/{id}"), &token, Some(body)).await;
    assert_eq!((s, changed["status"].as_str()), (200, Some("submitted")), "{changed}");
    let mails = app.mail_to(CO_ORGANISER).await;
    let mail = mails.iter().find(|m| m.subject.starts_with("Answered")).expect("the answer e-mailed to the asker");
    assert!(mail.text.contains(answer), "{}", mail.text);

    // the lead verifies; the trainer is told; a verified record no longer changes
    let (s, verified) = decide(&app, &demo.lead, id, "verified", "").await;
    assert_eq!((s, verified["status"].as_str()), (200, Some("verified")), "{verified}");
    assert!(app.mail_to(&trainer.email).await.iter().any(|m| m.subject.starts_with("Verified")), "a verified e-mail");
    let body = example_with(&trainer.code, |b| b["title"] = json!("Changed afterwards"));
    let (s, body) = app.api(Method::PUT, &format!("/api/v1/downstream-trainings/{id}"), &token, Some(body)).await;
    assert_eq!(s, 409, "{body}");
    assert_eq!(put_evidence(&app, &token, id, "late.png", PNG.to_vec()).await.0, 409);
    assert_eq!(decide(&app, &demo.lead, id, "verified", "").await.0, 409, "verified already");
    let (_, after) = record(&app, &token, id).await;
    assert_eq!((after["status"].as_str(), after["title"].as_str()), (Some("verified"), verified["title"].as_str()));
    // the queue: no longer awaiting a decision, listed under "Verified"
    let (_, open) = lead.get("/downstream/queue").await;
    assert!(!open.contains(title), "{open}");
    let (_, done) = lead.get("/downstream/queue?status=verified").await;
    assert!(done.contains(title), "{done}");

    // a rejected record goes back to the queue when its trainer changes it
    let second = log_ok(&app, &token, example_with(&trainer.code, |b| b["title"] = json!("A second workshop"))).await;
    let (s, rejected) = decide(&app, &co, second, "rejected", "This looks like the first workshop again.").await;
    assert_eq!((s, rejected["status"].as_str()), (200, Some("rejected")), "{rejected}");
    let body = example_with(&trainer.code, |b| b["title"] = json!("A second workshop, in Erdenet"));
    let (s, again) = app.api(Method::PUT, &format!("/api/v1/downstream-trainings/{second}"), &token, Some(body)).await;
    assert_eq!((s, again["status"].as_str()), (200, Some("submitted")), "{again}");

    // the decision form on the record's page: a question needs its note there too
    let co_browser = browser(&app, CO_ORGANISER, cascade::demo::PASSWORD).await;
    let page = format!("/downstream/{second}");
    let action = format!("{page}/decision");
    let r = co_browser.submit(&page, &action, &[("decision", "needs_information"), ("note", "")]).await;
    assert_eq!(r.status().as_u16(), 422);
    assert_eq!(record(&app, &token, second).await.1["status"], "submitted");
    let r =
        co_browser.submit(&page, &action, &[("decision", "needs_information"), ("note", "Which town was it?")]).await;
    assert_eq!((r.status().as_u16(), r.headers()["location"].to_str().unwrap()), (303, page.as_str()));
    let (_, asked) = record(&app, &token, second).await;
    assert_eq!(
        (asked["status"].as_str(), asked["verification_note"].as_str()),
        (Some("needs_information"), Some("Which town was it?"))
    );
    // nor can a stranger
    let r = outsider.submit("/downstream/queue", &action, &[("decision", "verified"), ("note", "")]).await;
    assert_eq!(r.status().as_u16(), 404);
}

/// A record whose certificate is revoked afterwards is kept and marked, but can no longer be
/// changed or verified (nor get new evidence, which would send it back to the queue).
async fn a_revoked_certificates_records_are_kept_but_frozen(app: TestApp) {
    let demo = certified_demo(&app).await;
    let trainer = demo.trainers[0].clone();
    let token = token_for(&app, &trainer).await;
    let id = log_ok(&app, &token, example(&trainer.code)).await;
    let (s, body) = app
        .api(
            Method::POST,
            &format!("/api/v1/certificates/{}/revoke", trainer.code),
            &demo.lead,
            Some(json!({"reason": "Attendance was recorded for the wrong person"})),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let (s, kept) = record(&app, &token, id).await;
    assert_eq!(
        (s, kept["certificate_revoked"].as_bool(), kept["status"].as_str()),
        (200, Some(true), Some("submitted"))
    );
    let (s, body) =
        app.api(Method::PUT, &format!("/api/v1/downstream-trainings/{id}"), &token, Some(example(&trainer.code))).await;
    assert_eq!((s, body["field"].as_str()), (409, Some("certificate_code")), "{body}");
    let (s, body) = decide(&app, &demo.lead, id, "verified", "").await;
    assert_eq!(s, 409, "{body}");
    let (_, queue) = browser(&app, LEAD, cascade::demo::PASSWORD).await.get("/downstream/queue").await;
    assert!(queue.contains(&format!("/downstream/{id}")) && queue.contains("Certificate revoked"), "{queue}");
    assert_eq!(record(&app, &token, id).await, (200, kept.clone()), "refused changes changed nothing");
    // evidence is a change like any other
    let (s, body) = put_evidence(&app, &token, id, "sheet.png", PNG.to_vec()).await;
    assert_eq!(s, 409, "evidence for a record whose certificate was revoked: {body}");
    assert_eq!(record(&app, &token, id).await, (200, kept), "the refused upload changed nothing");
}

// 4. Hosted trainings and the lineage; loops are refused.

async fn hosted_trainings_join_the_lineage_and_loops_are_refused(app: TestApp) {
    let demo = certified_demo(&app).await;
    let trainer = demo.trainers[0].clone();
    let token = token_for(&app, &trainer).await;
    let parent = |token: String, training: i64, code: String| {
        let app = &app;
        async move {
            let body = json!({"certificate_code": code});
            app.api(Method::PUT, &format!("/api/v1/trainings/{training}/parent"), &token, Some(body)).await
        }
    };
    let refused_as_a_loop = |(s, body): (u16, Value)| {
        assert_eq!(s, 409, "{body}");
        assert!(body["message"].as_str().unwrap_or("").contains("cannot descend from itself"), "{body}");
    };

    // G1: the trainer's own ToT (not yet placed in the cascade), with the demo's lead organiser
    // and a new person among its trainees
    let next_gen = ("Solongo Erdene", "solongo.erdene@example.mn");
    let (g1, g1_trainers) =
        certified_training(&app, &token, "Reporting portal ToT, Darkhan", "tot", &[("Min-jun Kim", LEAD), next_gen])
            .await;
    // G2: G1's new trainer hosts their own ToT under their G1 certificate, with the demo's
    // lead and G1's trainer among its trainees
    let g1_trainer = g1_trainers.iter().find(|t| t.email == next_gen.1).unwrap().clone();
    let g1_token = token_for(&app, &g1_trainer).await;
    let (g2, g2_trainers) = certified_training(
        &app,
        &g1_token,
        "Reporting portal ToT, Erdenet",
        "tot",
        &[("Min-jun Kim", LEAD), (trainer.name.as_str(), trainer.email.as_str())],
    )
    .await;
    let (s, body) = parent(g1_token.clone(), g2, g1_trainer.display_code()).await;
    assert_eq!(s, 204, "{body}");
    assert_eq!(ancestors(&app, g2).await, vec![(g1, 1)]);

    // G1 under a certificate of G2, its own child: a loop
    let trainer_in_g2 = g2_trainers.iter().find(|t| t.email == trainer.email).unwrap();
    refused_as_a_loop(parent(token.clone(), g1, trainer_in_g2.code.clone()).await);
    // under someone else's certificate, or by someone who does not lead it: refused
    let (s, body) = parent(token.clone(), g1, demo.trainers[1].code.clone()).await;
    assert_eq!((s, body["field"].as_str()), (422, Some("certificate_code")), "{body}");
    let (s, body) = parent(demo.lead.clone(), g1, trainer.code.clone()).await;
    assert_eq!(s, 403, "{body}");
    assert!(ancestors(&app, g1).await.is_empty(), "refused: no parent");

    // under the trainer's demo certificate: G1 one generation below the demo, and G2 (its
    // subtree) comes along, two below
    let (s, body) = parent(token.clone(), g1, trainer.code.clone()).await;
    assert_eq!(s, 204, "{body}");
    assert_eq!(ancestors(&app, g1).await, vec![(demo.root, 1)]);
    assert_eq!(ancestors(&app, g2).await, vec![(g1, 1), (demo.root, 2)]);
    // a parent is set once
    let (s, body) = parent(token.clone(), g1, trainer.code.clone()).await;
    assert_eq!(s, 409, "{body}");
    assert!(body["message"].as_str().unwrap().contains("already descends"), "{body}");
    let (_, page) = browser(&app, &trainer.email, PW).await.get("/trainer").await;
    assert!(page.contains("Reporting portal ToT, Darkhan") && page.contains("Hosted on Cascade"), "{page}");

    // the demo under a certificate of G1 or of G2 (the lead holds one of each): it would
    // descend from itself, one or two generations down
    for below in [&g1_trainers, &g2_trainers] {
        let lead_below = below.iter().find(|t| t.email == LEAD).expect("the lead certified below");
        refused_as_a_loop(parent(demo.lead.clone(), demo.root, lead_below.code.clone()).await);
    }
    assert!(ancestors(&app, demo.root).await.is_empty(), "the demo is still a root");
    assert_eq!(ancestors(&app, g2).await, vec![(g1, 1), (demo.root, 2)], "the lineage did not change");

    // G1's trainer reports a training: the organisers of every training above may see and
    // verify it, the demo's other trainers may not see it
    let report = log_ok(&app, &g1_token, example(&g1_trainer.code)).await;
    for verifier in [&token, &demo.lead] {
        assert_eq!(record(&app, verifier, report).await.0, 200);
    }
    let (_, queue) = browser(&app, LEAD, cascade::demo::PASSWORD).await.get("/downstream/queue").await;
    assert!(queue.contains(&format!("/downstream/{report}")), "the root's lead sees the generations below: {queue}");
    let bystander = token_for(&app, &demo.trainers[1]).await;
    assert_eq!(record(&app, &bystander, report).await.0, 404);
    let (s, verified) = decide(&app, &token, report, "verified", "").await;
    assert_eq!((s, verified["status"].as_str()), (200, Some("verified")), "G1's lead verifies: {verified}");

    // hosting from the trainer space: a draft ToT led by the trainer, already under the
    // chosen certificate; a mistake is shown on the form and creates nothing
    let space = browser(&app, &trainer.email, PW).await;
    let host = |title: &'static str| {
        let (space, code) = (&space, trainer.code.clone());
        async move {
            let fields = [
                ("certificate_code", code.as_str()),
                ("title", title),
                ("kind", "tot"),
                ("timezone", "Asia/Ulaanbaatar"),
                ("language", "mn"),
                ("organisation_name", "Darkhan Civic Centre"),
                ("organisation_country", "MN"),
            ];
            space.submit("/trainer", "/trainer/host", &fields).await
        }
    };
    let r = host("").await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("host_title"), "the error points at the title field");
    let r = host("Reporting portal ToT, Sükhbaatar").await;
    assert_eq!(r.status().as_u16(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let hosted: i64 = location
        .strip_prefix("/trainings/")
        .and_then(|rest| rest.strip_suffix("/edit"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{location}"));
    assert_eq!(ancestors(&app, hosted).await, vec![(demo.root, 1)]);
    let (s, training) = app.api(Method::GET, &format!("/api/v1/trainings/{hosted}"), &token, None).await;
    assert_eq!((s, training["status"].as_str()), (200, Some("draft")), "{training}");
}

/// Ana leads three ToTs, A, B and C (certified in each, so she holds a trainer certificate
/// of every one): (A, B, C) and the ids of her certificates of A and of B.
async fn three_trainings_of_one_lead(app: &TestApp) -> ((i64, i64, i64), (i64, i64)) {
    app.create_account("ana@example.org", "Ana Lima", PW, false).await;
    let ana = app.api_token("ana@example.org", PW).await;
    let herself = [("Ana Lima", "ana@example.org")];
    let (a, a_certs) = certified_training(app, &ana, "ToT A", "tot", &herself).await;
    let (b, b_certs) = certified_training(app, &ana, "ToT B", "tot", &herself).await;
    let (c, _) = certified_training(app, &ana, "ToT C", "tot", &herself).await;
    let mut ids = Vec::new();
    for code in [a_certs[0].code.clone(), b_certs[0].code.clone()] {
        let id = app
            .state
            .db
            .run(move |conn| Ok(cascade::certificates::queries::by_code(conn, &code)?.expect("issued").id))
            .await
            .unwrap();
        ids.push(id);
    }
    ((a, b, c), (ids[0], ids[1]))
}

/// Two requests placing two trainings under each other's certificates at the same moment: one
/// may succeed, the other must be refused; never a loop. (On SQLite writes take turns, so the
/// second always sees the first; PostgreSQL runs them side by side.)
async fn crossing_attaches_at_once_cannot_make_a_loop(app: TestApp) {
    let ((a, b, _), (cert_a, cert_b)) = three_trainings_of_one_lead(&app).await;
    // A under B's certificate and B under A's, at once
    let results = race(&app, (a, cert_b, b), (b, cert_a, a)).await;
    let (above_a, above_b) = (ancestors(&app, a).await, ancestors(&app, b).await);
    assert!(
        !(above_a.iter().any(|x| x.0 == b) && above_b.iter().any(|x| x.0 == a)),
        "a loop was stored: above A {above_a:?}, above B {above_b:?} ({results:?})"
    );
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "exactly one succeeds: {results:?}");
    let refused = results.iter().find_map(|r| r.as_ref().err()).unwrap();
    assert_eq!(refused.0, 409, "{refused:?}");
}

/// Two requests giving one training two parents at the same moment: one wins, the other is
/// told it already has one (409), not a server error.
async fn two_parents_at_once_one_wins(app: TestApp) {
    let ((a, b, c), (cert_a, cert_b)) = three_trainings_of_one_lead(&app).await;
    let results = race(&app, (c, cert_a, a), (c, cert_b, b)).await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "one parent: {results:?}");
    let refused = results.iter().find_map(|r| r.as_ref().err()).unwrap();
    assert_eq!(refused.0, 409, "the second parent is a conflict, not a server error: {refused:?}");
    assert_eq!(ancestors(&app, c).await.len(), 1, "one parent");
}

/// What `lineage::attach` answered: Ok, or (HTTP status, message).
type Attached = Result<(), (u16, String)>;

fn answered(e: cascade::error::AppError) -> (u16, String) {
    use actix_web::ResponseError;
    (e.status_code().as_u16(), e.to_string())
}

/// Runs `lineage::attach(child, certificate, parent training)` for `first` and `second`, each
/// in its own write transaction as two requests would, `second` starting once `first` has
/// attached but before it commits. On PostgreSQL `first` commits once `second` has finished or
/// waits for a lock (so an implementation that makes it wait passes); on SQLite, where writes
/// take turns, they run one after the other.
async fn race(app: &TestApp, first: (i64, i64, i64), second: (i64, i64, i64)) -> Vec<Attached> {
    use cascade::downstream::lineage;
    if app.backend == common::Backend::Sqlite {
        let mut out = Vec::new();
        for (child, cert, parent) in [first, second] {
            out.push(app.state.db.write(move |c| lineage::attach(c, child, cert, parent)).await.map_err(answered));
        }
        return out;
    }
    let (attached_tx, attached_rx) = std::sync::mpsc::channel::<()>();
    let (commit_tx, commit_rx) = std::sync::mpsc::channel::<()>();
    let state = app.state.clone();
    let one = std::thread::spawn(move || {
        let mut conn = state.db.get().unwrap();
        cascade::db::write_transaction(&mut conn, |c| {
            let r = lineage::attach(c, first.0, first.1, first.2);
            attached_tx.send(()).unwrap();
            commit_rx.recv().unwrap();
            r
        })
        .map_err(answered)
    });
    attached_rx.recv().unwrap();
    let state = app.state.clone();
    let two = std::thread::spawn(move || {
        let mut conn = state.db.get().unwrap();
        cascade::db::write_transaction(&mut conn, |c| lineage::attach(c, second.0, second.1, second.2))
            .map_err(answered)
    });
    common::wait_until("the second attach finished or waits for the first", std::time::Duration::from_secs(10), || {
        let finished = two.is_finished();
        let waits = waits_for_a_lock(app);
        async move { finished || waits.await }
    })
    .await;
    commit_tx.send(()).unwrap();
    vec![one.join().unwrap(), two.join().unwrap()]
}

/// Whether a session of this PostgreSQL database waits for a lock.
fn waits_for_a_lock(app: &TestApp) -> impl std::future::Future<Output = bool> {
    let state = app.state.clone();
    async move {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let n = state
            .db
            .run(|conn| {
                use diesel::RunQueryDsl;
                let cascade::db::DbConnection::Postgres(pg) = conn else { return Ok(0) };
                let q = "SELECT count(*) AS n FROM pg_stat_activity \
                         WHERE datname = current_database() AND wait_event_type = 'Lock'";
                Ok(diesel::sql_query(q).get_result::<Count>(pg)?.n)
            })
            .await
            .unwrap();
        n > 0
    }
}

// 5. Trainer sign-in by e-mail link.

async fn trainers_sign_in_by_email_link(app: TestApp) {
    let demo = certified_demo(&app).await;
    let trainer = demo.trainers[0].clone();
    let visitor = Person::new(&app);
    // not signed in: the trainer space sends to its sign-in page
    let r = visitor.client.get(app.url("/trainer")).send().await.unwrap();
    assert_eq!((r.status().as_u16(), r.headers()["location"].to_str().unwrap()), (303, "/trainer/sign-in"));

    // the holder's address (no account yet) and an unknown one get the same answer
    let holder = trainer.email.as_str();
    let (s, known) = ask_for_link(&visitor, holder).await;
    assert_eq!(s, 200);
    assert!(known.contains("a sign-in link is on its way"), "{known}");
    let (s, unknown) = ask_for_link(&visitor, "nobody@example.org").await;
    assert_eq!(s, 200);
    assert_eq!(
        common::without_csrf_tokens(&known.replace(holder, "X")),
        common::without_csrf_tokens(&unknown.replace("nobody@example.org", "X")),
        "the same page for both"
    );
    assert!(app.mail_to("nobody@example.org").await.is_empty(), "nothing sent to an unknown address");
    // the holder of a revoked certificate only is not a trainer any more
    let revoked = demo.trainers[1].clone();
    let (s, _) = app
        .api(
            Method::POST,
            &format!("/api/v1/certificates/{}/revoke", revoked.code),
            &demo.lead,
            Some(json!({"reason": "Duplicate"})),
        )
        .await;
    assert_eq!(s, 200);
    let before = app.mail_to(&revoked.email).await.len();
    assert_eq!(ask_for_link(&visitor, &revoked.email).await.0, 200);
    assert_eq!(app.mail_to(&revoked.email).await.len(), before, "no link for a revoked certificate's holder");

    // the link: GET shows a button, POST signs in and lands on the trainer space
    let link = app.last_link_to(holder).await;
    assert!(link.contains("/sign-in/link/") && link.contains("next=%2Ftrainer"), "{link}");
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    let (s, page) = visitor.get(&path).await;
    assert_eq!(s, 200);
    assert!(page.contains("Sign in now"), "{page}");
    let action = path.split('?').next().unwrap();
    let r = visitor.submit(&path, action, &[("next", "/trainer")]).await;
    assert_eq!((r.status().as_u16(), r.headers()["location"].to_str().unwrap()), (303, "/trainer"));
    let (s, space) = visitor.get("/trainer").await;
    assert_eq!(s, 200);
    for needle in [trainer.display_code().as_str(), "Valid", "Log a training you delivered", trainer.name.as_str()] {
        assert!(space.contains(needle), "{needle} missing from the trainer space:\n{space}");
    }
    // the account was made for the holder on first use
    let email = cascade::domain::Email::parse("email", holder).unwrap();
    let account = app.state.db.run(move |conn| cascade::accounts::find_by_email(conn, &email)).await.unwrap();
    assert_eq!(account.map(|a| a.name), Some(trainer.name.clone()));
    // it works once (the used link's page has no form: the CSRF token comes from another page)
    assert_eq!(visitor.submit("/trainer", action, &[("next", "/trainer")]).await.status().as_u16(), 410);

    // the link in a certificate e-mail: a masked address and one button to the holder only
    let other = demo.trainers[2].clone();
    let stranger = Person::new(&app);
    let start = format!("/trainer/start/{}", other.code);
    let (s, page) = stranger.get(&start).await;
    assert_eq!(s, 200);
    let (local, domain) = other.email.split_once('@').unwrap();
    let masked = format!("{}•••@{domain}", local.chars().next().unwrap());
    assert!(page.contains(&masked), "{masked} not on the page:\n{page}");
    assert!(!page.contains(&other.email) && !page.contains(local), "the address is masked");
    let sent_before = app.smtp.all().len();
    app.drain_outbox().await;
    let before = app.mail_to(&other.email).await.len();
    let r = stranger.submit(&start, &start, &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains(&masked) && !page.contains(&other.email), "{page}");
    let mails = app.mail_to(&other.email).await;
    assert_eq!(mails.len(), before + 1, "one link to the holder");
    assert!(mails.last().unwrap().first_link().contains("/sign-in/link/"));
    let all = app.smtp.all();
    let new: Vec<_> = all[sent_before..].iter().flat_map(|m| m.rcpt.clone()).collect();
    assert_eq!(new, vec![other.email.clone()], "sent to the holder and nobody else");
    // an unknown code: not found; the holder, signed in, goes straight to the space
    let unknown = format!("/trainer/start/{}", cascade::certificates::code::Code::generate().as_str());
    assert_eq!(stranger.get(&unknown).await.0, 404);
    let r = visitor.client.get(app.url(&format!("/trainer/start/{}", trainer.code))).send().await.unwrap();
    assert_eq!((r.status().as_u16(), r.headers()["location"].to_str().unwrap()), (303, "/trainer"));
}

/// Asks for a sign-in link on the trainer space's form: (status, page).
async fn ask_for_link(visitor: &Person<'_>, email: &str) -> (u16, String) {
    let r = visitor.submit("/trainer/sign-in", "/trainer/sign-in", &[("email", email)]).await;
    (r.status().as_u16(), r.text().await.unwrap())
}

// 6. Reminders to trainers who have logged nothing.

async fn reminders_go_once_to_trainers_who_logged_nothing(app: TestApp) {
    let demo = certified_demo(&app).await;
    // from here on only the test runs the reminders (and the outbox, through drain_outbox)
    app.stop_background_and_wait().await;
    let queue = || {
        let state = app.state.clone();
        async move {
            let env = state.link_env.clone();
            state.db.write(move |conn| cascade::downstream::reminders::queue_due(conn, &env, &[30, 90])).await.unwrap()
        }
    };
    let age = |code: String, days: i64| {
        let state = app.state.clone();
        async move {
            state
                .db
                .write(move |conn| {
                    use cascade::db::schema::certificates;
                    use diesel::prelude::*;
                    let at = cascade::db::now() - chrono::Duration::days(days);
                    let n = diesel::update(certificates::table.filter(certificates::code.eq(code)))
                        .set(certificates::issued_at.eq(at))
                        .execute(conn)?;
                    assert_eq!(n, 1);
                    Ok(())
                })
                .await
                .unwrap()
        }
    };
    let reminders = |email: String| {
        let app = &app;
        async move {
            app.mail_to(&email)
                .await
                .into_iter()
                .filter(|m| m.subject.starts_with("Have you trained others since"))
                .collect::<Vec<_>>()
        }
    };

    // certificates issued today: nobody is due
    assert_eq!(queue().await, 0);

    let [month, quarter, busy, revoked] = [0, 1, 2, 3].map(|i| demo.trainers[i].clone());
    // one trainer has logged a training, one certificate was revoked
    let token = token_for(&app, &busy).await;
    log_ok(&app, &token, example(&busy.code)).await;
    let (s, _) = app
        .api(
            Method::POST,
            &format!("/api/v1/certificates/{}/revoke", revoked.code),
            &demo.lead,
            Some(json!({"reason": "Duplicate"})),
        )
        .await;
    assert_eq!(s, 200);
    age(month.code.clone(), 40).await;
    for t in [&quarter, &busy, &revoked] {
        age(t.code.clone(), 100).await;
    }
    // 40 days: the 30-day reminder; 100 days: only the 90-day one (the 30-day one is past);
    // the busy trainer and the revoked certificate: none
    assert_eq!(queue().await, 2);
    assert_eq!(queue().await, 0, "once each");
    let got = reminders(month.email.clone()).await;
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].text.contains("1 month ago"), "{}", got[0].text);
    assert!(got[0].text.contains(&app.url(&format!("/trainer/start/{}", month.code))), "{}", got[0].text);
    let got = reminders(quarter.email.clone()).await;
    assert_eq!(got.len(), 1, "only the latest reminder when several are due: {got:?}");
    assert!(got[0].text.contains("3 months ago"), "{}", got[0].text);
    assert!(reminders(busy.email.clone()).await.is_empty(), "logged a training: no reminder");
    assert!(reminders(revoked.email.clone()).await.is_empty(), "revoked: no reminder");

    // later, the first trainer's 90 days come too, once
    age(month.code.clone(), 95).await;
    assert_eq!(queue().await, 1);
    assert_eq!(queue().await, 0);
    let got = reminders(month.email.clone()).await;
    assert_eq!(got.len(), 2);
    assert!(got[1].text.contains("3 months ago"), "{}", got[1].text);
    // the reminder's link leads to the one-button sign-in
    let (s, page) = app.get_text(&format!("/trainer/start/{}", month.code)).await;
    assert_eq!(s, 200);
    assert!(page.contains("E-mail me a sign-in link"), "{page}");
}

/// Like `on_both_backends!`, with settings changed before the app starts.
macro_rules! on_both_backends_with {
    ($name:ident, $tweak:expr) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::common::TestApp::spawn_with($crate::common::Backend::Sqlite, $tweak)
                    .await
                    .expect("sqlite app");
                super::$name(app).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = $crate::common::TestApp::spawn_with($crate::common::Backend::Postgres, $tweak).await
                {
                    super::$name(app).await;
                }
            }
        }
    };
}

on_both_backends!(
    reported_logging_through_the_api,
    bad_input_is_refused_and_nothing_stored,
    evidence_as_large_as_the_setting_allows,
    organisers_above_verify_and_only_they,
    a_revoked_certificates_records_are_kept_but_frozen,
    hosted_trainings_join_the_lineage_and_loops_are_refused,
    crossing_attaches_at_once_cannot_make_a_loop,
    two_parents_at_once_one_wins,
    trainers_sign_in_by_email_link,
    reminders_go_once_to_trainers_who_logged_nothing,
);
on_both_backends_with!(evidence_is_checked_and_served_only_to_those_who_may_see_it, |s| s
    .downstream
    .max_evidence_bytes = 2048);
