//! Attendance through HTTP on both databases: every Zoom and Teams format imported from the
//! fixtures (preview, then apply), minutes as the union of each person's joins clipped to the
//! session, matching by e-mail in any case and by name, idempotent re-import and undo, bad
//! files and inputs (a clear error, nothing changed), organisers' marks and self check-in.

mod common;

use common::{Person, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

const PW: &str = "correct horse battery";

/// The registered people the fixtures talk about (tests/fixtures/attendance/README.md).
const PEOPLE: [(&str, &str); 5] = [
    ("Батбаяр Дорж", "batbayar.dorj@example.mn"),
    ("Mirëlinda Krasniqi", "mirelinda.krasniqi@example.org"),
    ("Dilnoza Yusupova", "dilnoza.yusupova@example.uz"),
    ("Ana Lima", "ana.lima@example.org"),
    ("김민지", "minji.kim@example.kr"),
];

struct Setup {
    lead: String,
    training: i64,
    /// Session 1: 14 Feb 2023 07:00–10:00 UTC (16:00–19:00 in Seoul); session 2 the next day.
    sessions: Vec<i64>,
    /// registration ids, in the order of [`PEOPLE`]
    people: Vec<i64>,
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/attendance/{name}", env!("CARGO_MANIFEST_DIR"))).expect(name)
}

async fn setup(app: &TestApp) -> Setup {
    app.create_account("lead@example.org", "Lead", PW, false).await;
    let lead = app.api_token("lead@example.org", PW).await;
    let (_, org) =
        app.api(Method::POST, "/api/v1/organisations", &lead, Some(json!({"name": "ACRC", "country": "KR"}))).await;
    let body = json!({"title": "Reporting portal ToT", "timezone": "Asia/Seoul", "organisation_id": org["id"]});
    let (s, t) = app.api(Method::POST, "/api/v1/trainings", &lead, Some(body)).await;
    assert_eq!(s, 201, "{t}");
    let training = t["id"].as_i64().unwrap();
    let mut sessions = Vec::new();
    for day in [14, 15] {
        let session = json!({"title": format!("Day {}", day - 13), "starts_at": format!("2023-02-{day}T16:00"), "ends_at": format!("2023-02-{day}T19:00")});
        let (s, b) =
            app.api(Method::POST, &format!("/api/v1/trainings/{training}/sessions"), &lead, Some(session)).await;
        assert_eq!(s, 201, "{b}");
        sessions.push(b["id"].as_i64().unwrap());
    }
    let people = confirmed(app, training, &PEOPLE).await;
    Setup { lead, training, sessions, people }
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

/// POSTs a report to the import endpoint; (status, body).
async fn import(
    app: &TestApp,
    s: &Setup,
    session: i64,
    file: &str,
    bytes: Vec<u8>,
    fields: &[(&str, &str)],
) -> (u16, Value) {
    let mut form = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(bytes).file_name(file.to_string()));
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    let r = app
        .client
        .post(app.url(&format!("/api/v1/trainings/{}/sessions/{session}/attendance/import", s.training)))
        .bearer_auth(&s.lead)
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

/// (match, minutes) of the person registered with `email`, from a preview.
fn person(preview: &Value, s: &Setup, email: &str) -> (String, i64) {
    let i = PEOPLE.iter().position(|p| p.1 == email).unwrap();
    let id = s.people[i];
    let p = preview["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["registration_id"].as_i64() == Some(id))
        .unwrap_or_else(|| panic!("{email} not matched in {preview}"));
    (p["match"].as_str().unwrap().to_string(), p["minutes"].as_i64().unwrap())
}

async fn attendance(app: &TestApp, s: &Setup) -> Vec<Value> {
    let (status, list) =
        app.api(Method::GET, &format!("/api/v1/trainings/{}/attendance", s.training), &s.lead, None).await;
    assert_eq!(status, 200, "{list}");
    list.as_array().unwrap().clone()
}

async fn imports_stored(app: &TestApp) -> i64 {
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::attendance_imports;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        attendance_imports::table.count().get_result(&mut conn).unwrap()
    })
    .await
    .unwrap()
}

/// A fixture, the zone of its times, and what its preview must say: (e-mail, match, minutes).
type Case = (&'static str, &'static str, &'static [(&'static str, &'static str, i64)]);

async fn every_format_previews_with_the_right_minutes(app: TestApp) {
    let s = setup(&app).await;
    // (file, zone of its times, [(e-mail, match, minutes)]) from the fixtures' README
    let cases: [Case; 5] = [
        (
            "zoom_webinar.csv",
            "Asia/Seoul",
            &[
                ("batbayar.dorj@example.mn", "email", 180),
                ("mirelinda.krasniqi@example.org", "email", 161),
                ("dilnoza.yusupova@example.uz", "email", 180),
                ("ana.lima@example.org", "email", 150),
                ("minji.kim@example.kr", "email", 104),
            ],
        ),
        (
            "zoom_meeting.csv",
            "Europe/Belgrade",
            &[
                ("batbayar.dorj@example.mn", "email", 150),
                ("mirelinda.krasniqi@example.org", "email", 180),
                ("dilnoza.yusupova@example.uz", "email", 110),
                ("ana.lima@example.org", "email", 105),
            ],
        ),
        (
            "zoom_meeting_no_block.csv",
            "Asia/Tashkent",
            &[
                ("batbayar.dorj@example.mn", "email", 120),
                ("mirelinda.krasniqi@example.org", "email", 120),
                ("dilnoza.yusupova@example.uz", "email", 175),
                ("ana.lima@example.org", "email", 150),
            ],
        ),
        (
            "teams_report.csv",
            "Asia/Ulaanbaatar",
            &[
                ("batbayar.dorj@example.mn", "email", 180),
                ("mirelinda.krasniqi@example.org", "email", 115),
                ("dilnoza.yusupova@example.uz", "email", 179),
                // a guest without e-mail: by name only, to be confirmed
                ("ana.lima@example.org", "name", 60),
                ("minji.kim@example.kr", "email", 90),
            ],
        ),
        (
            "teams_legacy.csv",
            "Europe/London",
            &[
                ("batbayar.dorj@example.mn", "name", 160),
                ("mirelinda.krasniqi@example.org", "name", 90),
                ("dilnoza.yusupova@example.uz", "name", 180),
                ("ana.lima@example.org", "name", 45),
            ],
        ),
    ];
    for (file, zone, expected) in cases {
        let (status, preview) = import(&app, &s, s.sessions[0], file, fixture(file), &[("timezone", zone)]).await;
        assert_eq!(status, 200, "{file}: {preview}");
        assert_eq!(preview["applied"], false, "{file}");
        for (email, kind, minutes) in expected {
            assert_eq!(person(&preview, &s, email), (kind.to_string(), *minutes), "{file}: {email}");
        }
        assert!(preview["unmatched"].as_u64().unwrap() > 0, "{file}: people who did not register are listed");
    }
    // nothing was applied: a preview changes no attendance
    assert!(attendance(&app, &s).await.iter().all(|a| a["status"].is_null()));
    // the format can be named instead of recognised; a wrong name is a clear error
    let (status, _) = import(
        &app,
        &s,
        s.sessions[0],
        "r.csv",
        fixture("zoom_meeting.csv"),
        &[("format", "zoom_meeting"), ("timezone", "Europe/Belgrade")],
    )
    .await;
    assert_eq!(status, 200);
    let (status, body) =
        import(&app, &s, s.sessions[0], "r.csv", fixture("zoom_meeting.csv"), &[("format", "webex")]).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("format")), "{body}");
}

async fn apply_is_idempotent_and_can_be_undone(app: TestApp) {
    let s = setup(&app).await;
    let apply = [("timezone", "Asia/Seoul"), ("apply", "true")];
    let (status, first) =
        import(&app, &s, s.sessions[0], "zoom_webinar.csv", fixture("zoom_webinar.csv"), &apply).await;
    assert_eq!(status, 200, "{first}");
    assert_eq!((first["applied"].as_bool(), first["changed"].as_u64()), (Some(true), Some(5)), "{first}");
    let marks = attendance(&app, &s).await;
    let mark = |id: i64, session: i64| {
        marks.iter().find(|m| m["registration_id"] == id && m["session_id"] == session).unwrap().clone()
    };
    let mirelinda = mark(s.people[1], s.sessions[0]);
    assert_eq!(
        (mirelinda["status"].as_str(), mirelinda["minutes"].as_i64(), mirelinda["source"].as_str()),
        (Some("present"), Some(161), Some("import"))
    );
    assert!(mark(s.people[0], s.sessions[1])["status"].is_null(), "the other session is untouched");
    // the same file again: nothing changes
    let (status, again) = import(&app, &s, s.sessions[0], "copy.csv", fixture("zoom_webinar.csv"), &apply).await;
    assert_eq!((status, again["changed"].as_u64()), (200, Some(0)), "{again}");
    assert_eq!(attendance(&app, &s).await, marks);
    // an organiser corrects one mark; undoing the import restores the others and keeps hers
    let (status, body) = app
        .api(
            Method::PUT,
            &format!("/api/v1/trainings/{}/attendance", s.training),
            &s.lead,
            Some(json!([{"registration_id": s.people[4], "session_id": s.sessions[0], "status": "excused"}])),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let organiser = Person::new(&app);
    organiser.sign_in("lead@example.org", PW).await;
    let grid = format!("/trainings/{}/attendance", s.training);
    let (status, page) = organiser.get(&grid).await;
    assert_eq!(status, 200);
    assert!(page.contains("zoom_webinar.csv") && page.contains("applied: 5 marks"), "{page}");
    let undo = format!("/trainings/{}/attendance/imports/{}/undo", s.training, first["import_id"]);
    let r = organiser.submit(&grid, &undo, &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("4 marks restored"));
    let after = attendance(&app, &s).await;
    let unmarked = after.iter().filter(|m| m["status"].is_null()).count();
    assert_eq!(unmarked, PEOPLE.len() * 2 - 1, "{after:?}");
    let kim = after.iter().find(|m| m["registration_id"] == s.people[4] && m["session_id"] == s.sessions[0]).unwrap();
    assert_eq!(kim["status"], "excused");
    // an undone import cannot be undone twice
    let r = organiser.submit(&grid, &undo, &[]).await;
    assert_eq!(r.status().as_u16(), 409);
}

async fn bad_files_and_inputs_change_nothing(app: TestApp) {
    let s = setup(&app).await;
    let seoul = [("timezone", "Asia/Seoul"), ("apply", "true")];
    let (status, body) =
        import(&app, &s, s.sessions[0], "malformed_zoom.csv", fixture("malformed_zoom.csv"), &seoul).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["message"].as_str().unwrap().contains("line 7"), "{body}");
    let (status, body) =
        import(&app, &s, s.sessions[0], "notes.txt", b"Dear all,\nthanks for coming.\n".to_vec(), &seoul).await;
    assert_eq!(status, 422, "{body}");
    assert!(body["message"].as_str().unwrap().contains("not a Zoom or Teams"), "{body}");
    let (status, body) =
        import(&app, &s, s.sessions[0], "r.csv", fixture("zoom_webinar.csv"), &[("timezone", "Mars/Olympus")]).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("timezone")), "{body}");
    let (status, body) = import(&app, &s, 999_999, "r.csv", fixture("zoom_webinar.csv"), &seoul).await;
    assert_eq!(status, 422, "{body}");
    let (status, body) =
        import(&app, &s, s.sessions[0], "r.csv", fixture("zoom_webinar.csv"), &[("apply", "perhaps")]).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("apply")), "{body}");
    assert_eq!(imports_stored(&app).await, 0, "no import was stored");
    assert!(attendance(&app, &s).await.iter().all(|a| a["status"].is_null()), "no mark was written");
    // marks: minutes longer than the session, a registration of nobody, a status that does not exist
    for bad in [
        json!([{"registration_id": s.people[0], "session_id": s.sessions[0], "status": "present", "minutes": 181}]),
        json!([{"registration_id": s.people[0], "session_id": s.sessions[0], "status": "present"}, {"registration_id": 424242, "session_id": s.sessions[0], "status": "present"}]),
    ] {
        let (status, body) =
            app.api(Method::PUT, &format!("/api/v1/trainings/{}/attendance", s.training), &s.lead, Some(bad)).await;
        assert_eq!(status, 422, "{body}");
    }
    let (status, _) = app
        .api(
            Method::PUT,
            &format!("/api/v1/trainings/{}/attendance", s.training),
            &s.lead,
            Some(json!([{"registration_id": s.people[0], "session_id": s.sessions[0], "status": "asleep"}])),
        )
        .await;
    assert_eq!(status, 400);
    assert!(attendance(&app, &s).await.iter().all(|a| a["status"].is_null()), "one bad entry changes nothing");
    // someone who is not an organiser sees nothing and changes nothing
    app.create_account("stranger@example.org", "Stranger", PW, false).await;
    let stranger = app.api_token("stranger@example.org", PW).await;
    let (status, _) =
        app.api(Method::GET, &format!("/api/v1/trainings/{}/attendance", s.training), &stranger, None).await;
    assert_eq!(status, 404, "as if the training did not exist");
    let r = app
        .client
        .post(app.url(&format!("/api/v1/trainings/{}/sessions/{}/attendance/import", s.training, s.sessions[0])))
        .bearer_auth(&stranger)
        .multipart(
            reqwest::multipart::Form::new()
                .part("file", reqwest::multipart::Part::bytes(fixture("zoom_webinar.csv")).file_name("r.csv")),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
    assert_eq!(imports_stored(&app).await, 0);
}

async fn organisers_mark_attendance_on_the_grid(app: TestApp) {
    let s = setup(&app).await;
    let organiser = Person::new(&app);
    organiser.sign_in("lead@example.org", PW).await;
    let grid = format!("/trainings/{}/attendance", s.training);
    let (status, page) = organiser.get(&grid).await;
    assert_eq!(status, 200);
    for (name, _) in PEOPLE {
        assert!(page.contains(name), "{name} on the grid");
    }
    // one form for the whole grid: mark two people on day 1
    let (a, b) = (s.people[0], s.people[1]);
    let (day1, day2) = (s.sessions[0], s.sessions[1]);
    let field = |prefix: &str, r: i64, sid: i64| format!("{prefix}.{r}.{sid}");
    let (fa, fb, ma) = (field("s", a, day1), field("s", b, day1), field("m", a, day1));
    let r = organiser.submit(&grid, &grid, &[(&fa, "present"), (&ma, "170"), (&fb, "absent")]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("2 marks saved"));
    // a bad minutes value: a clear error, nothing saved
    let r = organiser.submit(&grid, &grid, &[(&fa, "present"), (&ma, "lots")]).await;
    assert_eq!(r.status().as_u16(), 422);
    // everyone else present on day 2
    let rest = format!("/trainings/{}/attendance/sessions/{day2}/rest-present", s.training);
    let r = organiser.submit(&grid, &rest, &[]).await;
    assert!(r.text().await.unwrap().contains("5 more marked present"));
    let marks = attendance(&app, &s).await;
    let find = |r: i64, sid: i64| marks.iter().find(|m| m["registration_id"] == r && m["session_id"] == sid).unwrap();
    assert_eq!((find(a, day1)["status"].as_str(), find(a, day1)["minutes"].as_i64()), (Some("present"), Some(170)));
    assert_eq!(find(b, day1)["status"], "absent");
    assert!(marks
        .iter()
        .filter(|m| m["session_id"] == day2)
        .all(|m| m["status"] == "present" && m["source"] == "organiser"));
}

/// A session starting in five minutes: self check-in is open (15 minutes before by default).
async fn participants_check_in_themselves(app: TestApp) {
    app.create_account("lead@example.org", "Lead", PW, false).await;
    let lead = app.api_token("lead@example.org", PW).await;
    let (_, org) =
        app.api(Method::POST, "/api/v1/organisations", &lead, Some(json!({"name": "ACRC", "country": "KR"}))).await;
    let (_, t) = app
        .api(
            Method::POST,
            "/api/v1/trainings",
            &lead,
            Some(json!({"title": "Live ToT", "timezone": "UTC", "organisation_id": org["id"]})),
        )
        .await;
    let training = t["id"].as_i64().unwrap();
    let soon = chrono::Utc::now().naive_utc() + chrono::Duration::minutes(5);
    let later = soon + chrono::Duration::days(2);
    let mut sessions = Vec::new();
    for (title, start) in [("Now", soon), ("Later", later)] {
        let body = json!({"title": title, "starts_at": start.format("%Y-%m-%dT%H:%M").to_string(), "ends_at": (start + chrono::Duration::hours(2)).format("%Y-%m-%dT%H:%M").to_string()});
        let (st, b) = app.api(Method::POST, &format!("/api/v1/trainings/{training}/sessions"), &lead, Some(body)).await;
        assert_eq!(st, 201, "{b}");
        sessions.push(b["id"].as_i64().unwrap());
    }
    let ids = confirmed(&app, training, &[("Ana Lima", "ana@example.org"), ("Arben Gashi", "arben@example.org")]).await;
    let key = |id: i64| {
        let state = app.state.clone();
        async move {
            tokio::task::spawn_blocking(move || {
                let mut conn = state.db.get().unwrap();
                let r = cascade::registration::queries::find(&mut conn, id).unwrap().unwrap();
                cascade::registration::participant_key(&state.link_env.link_secret, r.id, &r.link_nonce)
            })
            .await
            .unwrap()
        }
    };
    let (ana_key, arben_key) = (key(ids[0]).await, key(ids[1]).await);
    let ana = Person::new(&app);
    let page = format!("/p/{ana_key}");
    let (status, html) = ana.get(&page).await;
    assert_eq!(status, 200);
    assert_eq!(html.matches("check in<span").count(), 1, "the button for the session about to start only");
    let r = ana.submit(&page, &format!("/p/{ana_key}/sessions/{}/check-in", sessions[0]), &[("code", "")]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("You are checked in"));
    // not yet open for the later session
    let r = ana.submit(&page, &format!("/p/{ana_key}/sessions/{}/check-in", sessions[1]), &[("code", "")]).await;
    assert_eq!(r.status().as_u16(), 422);
    // the host's code: a wrong one is refused, the right one checks in
    let arben = Person::new(&app);
    let arben_page = format!("/p/{arben_key}");
    let action = format!("/p/{arben_key}/sessions/{}/check-in", sessions[0]);
    let r = arben.submit(&arben_page, &action, &[("code", "000000x")]).await;
    assert_eq!(r.status().as_u16(), 422);
    let organiser = Person::new(&app);
    organiser.sign_in("lead@example.org", PW).await;
    let (_, grid) = organiser.get(&format!("/trainings/{training}/attendance")).await;
    let code = common::extract(&grid, "Check-in code: <strong class=\"code\">", "<").expect("the code on the grid");
    let r = arben.submit(&arben_page, &action, &[("code", &code)]).await;
    assert_eq!(r.status().as_u16(), 200);
    // someone else's key does not work
    let r = arben.submit(&arben_page, &format!("/p/{}x/sessions/{}/check-in", ids[0], sessions[0]), &[]).await;
    assert_eq!(r.status().as_u16(), 404);
    let (_, list) = app.api(Method::GET, &format!("/api/v1/trainings/{training}/attendance"), &lead, None).await;
    let sources: Vec<(i64, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["session_id"] == sessions[0])
        .map(|m| (m["registration_id"].as_i64().unwrap(), m["source"].as_str().unwrap_or("").to_string()))
        .collect();
    assert_eq!(sources, vec![(ids[0], "self_check_in".to_string()), (ids[1], "check_in_code".to_string())]);
}

on_both_backends!(
    every_format_previews_with_the_right_minutes,
    apply_is_idempotent_and_can_be_undone,
    bad_files_and_inputs_change_nothing,
    organisers_mark_attendance_on_the_grid,
    participants_check_in_themselves,
);
