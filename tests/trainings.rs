//! Trainings, sessions and organisers through the API and the pages: the role matrix, every
//! kind of bad input, DST, the lifecycle and the reference scenario.

mod common;

use common::{Person, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

const PW: &str = "correct horse battery";

struct People {
    admin: String,
    lead: String,
    co: String,
    facilitator: String,
    stranger: String,
    /// co-organiser of another training
    other_co: String,
    training: i64,
    org: i64,
}

/// The token of the newest invitation link e-mailed to `email` (the only place it is given).
async fn invitation_token(app: &TestApp, email: &str) -> String {
    let link = app.last_link_to(email).await;
    assert!(link.contains("/invitations/"), "{link}");
    link.rsplit('/').next().unwrap().to_string()
}

/// A training led by `lead`, with a co-organiser and a facilitator who accepted their
/// invitations, plus a stranger and the co-organiser of another training.
async fn cast(app: &TestApp) -> People {
    for (email, admin) in [
        ("admin@example.org", true),
        ("lead@example.org", false),
        ("co@example.org", false),
        ("fac@example.org", false),
        ("stranger@example.org", false),
        ("otherco@example.org", false),
    ] {
        app.create_account(email, email.split('@').next().unwrap(), PW, admin).await;
    }
    let lead = app.api_token("lead@example.org", PW).await;
    let (s, org) =
        app.api(Method::POST, "/api/v1/organisations", &lead, Some(json!({"name": "ACRC", "country": "KR"}))).await;
    assert_eq!(s, 201, "{org}");
    let org = org["id"].as_i64().unwrap();
    let (s, t) = app.api(Method::POST, "/api/v1/trainings", &lead, Some(training_body(org))).await;
    assert_eq!(s, 201, "{t}");
    let training = t["id"].as_i64().unwrap();
    for (email, role) in [("co@example.org", "co_organiser"), ("fac@example.org", "facilitator")] {
        let (s, inv) = app
            .api(
                Method::POST,
                &format!("/api/v1/trainings/{training}/organisers"),
                &lead,
                Some(json!({"email": email, "role": role, "organisation_id": org})),
            )
            .await;
        assert_eq!(s, 201, "{inv}");
        let token = invitation_token(app, email).await;
        let who = app.api_token(email, PW).await;
        let (s, body) = app.api(Method::POST, "/api/v1/invitations/accept", &who, Some(json!({"token": token}))).await;
        assert_eq!(s, 200, "{body}");
    }
    // another training where otherco is co-organiser
    let (_, t2) = app
        .api(
            Method::POST,
            "/api/v1/trainings",
            &lead,
            Some(json!({"title": "Other", "timezone": "UTC", "organisation_id": org})),
        )
        .await;
    let t2 = t2["id"].as_i64().unwrap();
    let (_, inv) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{t2}/organisers"),
            &lead,
            Some(json!({"email": "otherco@example.org", "role": "co_organiser", "organisation_id": org})),
        )
        .await;
    assert!(inv["id"].is_i64(), "{inv}");
    let token = invitation_token(app, "otherco@example.org").await;
    let oc = app.api_token("otherco@example.org", PW).await;
    assert_eq!(app.api(Method::POST, "/api/v1/invitations/accept", &oc, Some(json!({"token": token}))).await.0, 200);
    People {
        admin: app.api_token("admin@example.org", PW).await,
        co: app.api_token("co@example.org", PW).await,
        facilitator: app.api_token("fac@example.org", PW).await,
        stranger: app.api_token("stranger@example.org", PW).await,
        other_co: oc,
        lead,
        training,
        org,
    }
}

fn training_body(org: i64) -> Value {
    json!({"title": "Whistle-blowing ToT", "summary": "s", "timezone": "Asia/Seoul", "capacity": 60, "organisation_id": org, "kind": "tot"})
}

/// (id, e-mail) of the registrations of `training`, oldest first.
fn registrations(app: &TestApp, training: i64) -> Vec<(i64, String)> {
    use cascade::db::schema::registrations;
    use diesel::prelude::*;
    let mut conn = app.state.db.get().unwrap();
    registrations::table
        .filter(registrations::training_id.eq(training))
        .order(registrations::id)
        .select((registrations::id, registrations::email))
        .load(&mut conn)
        .unwrap()
}

fn session(title: &str, start: &str, end: &str) -> Value {
    json!({"title": title, "starts_at": start, "ends_at": end})
}

/// The fields of the form that invites one participant.
fn invitee(email: &str) -> [(&str, &str); 4] {
    [("email", email), ("full_name", "Invited Person"), ("organisation", "Office"), ("country", "XK")]
}

/// Every action of the role matrix, for every role, through the real endpoints: the API for the
/// training itself, the organisers' pages (browser session, CSRF) for registrations.
async fn role_matrix_is_enforced(app: TestApp) {
    use cascade::trainings::permissions::Action::{self, *};
    /// The columns of the expectations below: every action, in `Action::ALL`'s order.
    const COLUMNS: [Action; 9] = [
        View,
        EditDetails,
        EditSessions,
        ManageOrganisers,
        ChangeStatus,
        ViewRegistrations,
        ManageRegistrations,
        TakeAttendance,
        IssueCertificates,
    ];
    assert_eq!(Action::ALL, COLUMNS.as_slice(), "the matrix needs one column per action, in Action::ALL's order");
    let p = cast(&app).await;
    let t = p.training;
    let (s, _) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{t}/sessions"),
            &p.lead,
            Some(session("Base", "2030-01-10T10:00", "2030-01-10T11:00")),
        )
        .await;
    assert_eq!(s, 201);
    // a registration to act on: a participant the lead invited
    let lead = Person::new(&app);
    lead.sign_in("lead@example.org", PW).await;
    let r = lead.submit("/dashboard", &format!("/trainings/{t}/invitees"), &invitee("invitee@example.org")).await;
    assert_eq!(r.status().as_u16(), 200);
    let invited = registrations(&app, t)[0].0;
    // (who, e-mail, API token, may: view, edit details, edit sessions, manage organisers,
    // change status, see registrations, manage registrations, take attendance, issue certificates)
    let matrix: [(&str, &str, &str, [bool; 9]); 6] = [
        ("admin", "admin@example.org", &p.admin, [true; 9]),
        ("lead", "lead@example.org", &p.lead, [true; 9]),
        ("co-organiser", "co@example.org", &p.co, [true, true, true, false, false, true, true, true, true]),
        (
            "facilitator",
            "fac@example.org",
            &p.facilitator,
            [true, false, false, false, false, true, false, true, false],
        ),
        ("stranger", "stranger@example.org", &p.stranger, [false; 9]),
        ("co-organiser of another training", "otherco@example.org", &p.other_co, [false; 9]),
    ];
    for (i, (who, email, token, allowed)) in matrix.iter().enumerate() {
        assert_eq!(allowed.len(), Action::ALL.len());
        // someone with no part in the training is answered as if it did not exist (404); an
        // organiser whose role falls short is told why (403)
        let outsider = who.starts_with("stranger") || who.starts_with("co-organiser of another");
        let api_expect = |ok: bool, status: u16, what: &str, body: &Value| {
            if ok {
                assert!((200..300).contains(&status), "{who} should be able to {what}: {status} {body}");
            } else if outsider {
                assert_eq!(status, 404, "{who} must not {what}: {body}");
                assert_eq!(body["code"], "not_found");
                assert_eq!(body["message"], "training not found");
            } else {
                assert_eq!(status, 403, "{who} must not {what}: {body}");
                assert_eq!(body["code"], "forbidden");
                assert!(body["message"].as_str().unwrap().len() > 10);
            }
        };
        // a forbidden page is an HTML error page (403) that gives the reason
        let page_expect = |ok: bool, status: u16, what: &str, body: &str, refusal: &str| {
            if ok {
                assert!(matches!(status, 200 | 303), "{who} should be able to {what}: {status}");
            } else if outsider {
                assert_eq!(status, 404, "{who} must not {what}");
                assert!(!body.contains(refusal), "{who}, {what}: a 404 gives no reason");
            } else {
                assert_eq!(status, 403, "{who} must not {what}");
                assert!(body.contains(refusal), "{who}, {what}: the page does not say {refusal:?}: {body}");
            }
        };
        let browser = Person::new(&app);
        browser.sign_in(email, PW).await;
        for (action, &ok) in COLUMNS.iter().zip(allowed) {
            match action {
                View => {
                    let (s, b) = app.api(Method::GET, &format!("/api/v1/trainings/{t}"), token, None).await;
                    api_expect(ok, s, "view", &b);
                }
                EditDetails => {
                    let mut details = training_body(p.org);
                    details["title"] = json!(format!("Edited by {who}"));
                    let (s, b) = app.api(Method::PUT, &format!("/api/v1/trainings/{t}"), token, Some(details)).await;
                    api_expect(ok, s, "edit details", &b);
                }
                EditSessions => {
                    let day = 11 + i;
                    let (s, b) = app
                        .api(
                            Method::POST,
                            &format!("/api/v1/trainings/{t}/sessions"),
                            token,
                            Some(session(who, &format!("2030-01-{day}T10:00"), &format!("2030-01-{day}T11:00"))),
                        )
                        .await;
                    api_expect(ok, s, "add sessions", &b);
                }
                ManageOrganisers => {
                    let invite = json!({"email": format!("new{i}@example.org"), "role": "facilitator", "organisation_id": p.org});
                    let (s, b) =
                        app.api(Method::POST, &format!("/api/v1/trainings/{t}/organisers"), token, Some(invite)).await;
                    api_expect(ok, s, "invite organisers", &b);
                }
                ChangeStatus => {
                    let path = format!("/api/v1/trainings/{t}/status");
                    let (s, b) = app.api(Method::POST, &path, token, Some(json!({"status": "published"}))).await;
                    api_expect(ok, s, "publish", &b);
                    if s == 200 {
                        let (s, _) = app.api(Method::POST, &path, token, Some(json!({"status": "draft"}))).await;
                        assert_eq!(s, 200);
                    }
                }
                ViewRegistrations => {
                    let refusal = "only the organisers of this training may see its registrations";
                    let (s, html) = browser.get(&format!("/trainings/{t}/registrations")).await;
                    page_expect(ok, s, "see the registrations", &html, refusal);
                    assert_eq!(html.contains("invitee@example.org"), ok, "{who}: the table shows the invitee");
                    let r =
                        browser.client.get(app.url(&format!("/trainings/{t}/registrations.csv"))).send().await.unwrap();
                    let (s, csv_type) =
                        (r.status().as_u16(), r.headers()["content-type"].to_str().unwrap().to_string());
                    let body = r.text().await.unwrap();
                    page_expect(ok, s, "export the registrations", &body, refusal);
                    assert_eq!(csv_type.starts_with("text/csv"), ok, "{who}: {csv_type}");
                    assert_eq!(body.contains("invitee@example.org"), ok, "{who}: the CSV lists the invitee");
                }
                ManageRegistrations => {
                    let refusal =
                        "only the lead organiser and co-organisers of this training may approve, decline, cancel or invite participants";
                    let email = format!("invited-{i}@example.org");
                    let r = browser.submit("/dashboard", &format!("/trainings/{t}/invitees"), &invitee(&email)).await;
                    let s = r.status().as_u16();
                    let html = r.text().await.unwrap();
                    page_expect(ok, s, "invite participants", &html, refusal);
                    assert_eq!(html.contains(&format!("Invitation sent to {email}")), ok, "{who}");
                    let r = browser
                        .submit("/dashboard", &format!("/trainings/{t}/registrations/{invited}/resend"), &[])
                        .await;
                    let s = r.status().as_u16();
                    let html = r.text().await.unwrap();
                    page_expect(ok, s, "send an invitation again", &html, refusal);
                    assert_eq!(html.contains("Sent again."), ok, "{who}");
                }
                TakeAttendance => {
                    let refusal = "only the organisers and facilitators of this training may take attendance";
                    let (_, b) = app.api(Method::GET, &format!("/api/v1/trainings/{t}"), &p.lead, None).await;
                    let first = b["sessions"][0]["id"].as_i64().expect("a session");
                    let action = format!("/trainings/{t}/attendance/sessions/{first}/rest-present");
                    let r = browser.submit("/dashboard", &action, &[]).await;
                    let s = r.status().as_u16();
                    let html = r.text().await.unwrap();
                    page_expect(ok, s, "take attendance", &html, refusal);
                    assert_eq!(html.contains("more marked present"), ok, "{who}");
                }
                IssueCertificates => {
                    // allowed: the request is checked further (this draft training certifies
                    // nobody yet); refused: 403 (404 for outsiders) before anything is looked at
                    let body = json!({"registration_ids": [invited]});
                    let (s, b) =
                        app.api(Method::POST, &format!("/api/v1/trainings/{t}/certificates"), token, Some(body)).await;
                    if ok {
                        assert!(matches!(s, 409 | 422), "{who} may issue certificates: {s} {b}");
                    } else {
                        api_expect(false, s, "issue certificates", &b);
                        if !outsider {
                            assert!(b["message"].as_str().unwrap().contains("issue or revoke certificates"), "{b}");
                        }
                    }
                }
            }
        }
    }
    // refused requests changed nothing: the invitee, and one invitation per permitted role
    let emails: Vec<String> = registrations(&app, t).into_iter().map(|r| r.1).collect();
    assert_eq!(
        emails,
        ["invitee@example.org", "invited-0@example.org", "invited-1@example.org", "invited-2@example.org"]
    );
    let state = app.state.clone();
    let invitations: i64 = tokio::task::spawn_blocking(move || {
        use cascade::db::schema::outbox;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        outbox::table.filter(outbox::recipient.like("%invitee@example.org%")).count().get_result(&mut conn).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(invitations, 4, "the first invitation and one per permitted resend");
    let (_, detail) = app.api(Method::GET, &format!("/api/v1/trainings/{t}"), &p.lead, None).await;
    let titles: Vec<&str> =
        detail["sessions"].as_array().unwrap().iter().map(|s| s["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Base", "admin", "lead", "co-organiser"]);
    assert_eq!(detail["title"], "Edited by co-organiser");
    // a stranger sees only their own trainings in the list
    let (_, list) = app.api(Method::GET, "/api/v1/trainings", &p.stranger, None).await;
    assert_eq!(list.as_array().unwrap().len(), 0);
    let (_, list) = app.api(Method::GET, "/api/v1/trainings", &p.admin, None).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    // the editor page answers a co-organiser of another training as for a missing training
    app.sign_in("otherco@example.org", PW).await;
    let (s, html) = app.get_text(&format!("/trainings/{t}/edit")).await;
    assert_eq!(s, 404);
    let (_, missing) = app.get_text("/trainings/999999/edit").await;
    assert_eq!(common::without_csrf_tokens(&html), common::without_csrf_tokens(&missing));
    let r = app.post_form(&format!("/trainings/{t}"), &[("title", "Hijacked"), ("timezone", "UTC")]).await;
    assert_eq!(r.status().as_u16(), 404);
    let r = app
        .post_form(
            &format!("/trainings/{t}/sessions"),
            &[("title", "x"), ("starts_at", "2031-01-01T10:00"), ("ends_at", "2031-01-01T11:00")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 404);
}

async fn bad_input_is_refused_and_changes_nothing(app: TestApp) {
    let p = cast(&app).await;
    let t = p.training;
    let path = format!("/api/v1/trainings/{t}/sessions");
    let (s, _) =
        app.api(Method::POST, &path, &p.lead, Some(session("Day 1", "2030-03-04T09:00", "2030-03-04T12:00"))).await;
    assert_eq!(s, 201);
    let check = |status: u16, body: &Value, want_status: u16, field: &str, words: &str| {
        assert_eq!(status, want_status, "{body}");
        assert_eq!(body["field"], field, "{body}");
        assert!(body["message"].as_str().unwrap().contains(words), "{body}");
    };
    let (s, b) =
        app.api(Method::POST, &path, &p.lead, Some(session("Backwards", "2030-03-05T12:00", "2030-03-05T09:00"))).await;
    check(s, &b, 422, "ends_at", "ends before it starts");
    let (s, b) =
        app.api(Method::POST, &path, &p.lead, Some(session("Zero", "2030-03-05T12:00", "2030-03-05T12:00"))).await;
    check(s, &b, 422, "ends_at", "no length");
    let (s, b) =
        app.api(Method::POST, &path, &p.lead, Some(session("Overlap", "2030-03-04T11:00", "2030-03-04T13:00"))).await;
    check(s, &b, 422, "starts_at", "overlaps “Day 1”");
    let (s, b) = app
        .api(Method::POST, &path, &p.lead, Some(session(&"x".repeat(201), "2030-03-06T09:00", "2030-03-06T10:00")))
        .await;
    check(s, &b, 422, "title", "too long");
    let (s, b) =
        app.api(Method::POST, &path, &p.lead, Some(session("Bad date", "2030-02-30T09:00", "2030-03-06T10:00"))).await;
    check(s, &b, 422, "starts_at", "not a date and time");
    let mut body = training_body(p.org);
    body["timezone"] = json!("Mars/Olympus");
    let (s, b) = app.api(Method::POST, "/api/v1/trainings", &p.lead, Some(body)).await;
    check(s, &b, 422, "timezone", "not an IANA time zone");
    let (s, b) = app
        .api(
            Method::POST,
            "/api/v1/organisations",
            &p.lead,
            Some(json!({"name": "Atlantis office", "country": "AT-LANTIS"})),
        )
        .await;
    check(s, &b, 422, "country", "not an ISO 3166-1");
    let (s, b) = app
        .api(Method::POST, "/api/v1/organisations", &p.lead, Some(json!({"name": "Nowhere", "country": "ZZ"})))
        .await;
    check(s, &b, 422, "country", "not an ISO 3166-1");
    let mut body = training_body(p.org);
    body["title"] = json!("t".repeat(201));
    let (s, b) = app.api(Method::POST, "/api/v1/trainings", &p.lead, Some(body)).await;
    check(s, &b, 422, "title", "at most 200");
    let mut body = training_body(p.org);
    body["capacity"] = json!(-3);
    let (s, b) = app.api(Method::POST, "/api/v1/trainings", &p.lead, Some(body)).await;
    check(s, &b, 422, "capacity", "whole number");
    // malformed JSON
    let r = app
        .client
        .post(app.url("/api/v1/trainings"))
        .bearer_auth(&p.lead)
        .header("content-type", "application/json")
        .body("{\"title\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let b: Value = r.json().await.unwrap();
    assert_eq!(b["code"], "bad_request");
    assert!(b["message"].as_str().unwrap().contains("malformed JSON"), "{b}");
    // oversized body
    let huge = json!({"title": "x", "description": "y".repeat(100_000), "timezone": "UTC", "organisation_id": p.org});
    let r = app.client.post(app.url("/api/v1/trainings")).bearer_auth(&p.lead).json(&huge).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 413);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "payload_too_large");
    let big_form = "z".repeat(100_000);
    let r = app.post_form("/sign-in", &[("email", big_form.as_str())]).await;
    assert_eq!(r.status().as_u16(), 413);
    // nothing changed
    let (_, detail) = app.api(Method::GET, &format!("/api/v1/trainings/{t}"), &p.lead, None).await;
    assert_eq!(detail["sessions"].as_array().unwrap().len(), 1);
    let (_, list) = app.api(Method::GET, "/api/v1/trainings", &p.admin, None).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    let (_, orgs) = app.api(Method::GET, "/api/v1/organisations", &p.lead, None).await;
    assert_eq!(orgs.as_array().unwrap().len(), 1);
    // the form shows the error next to the field, with the input kept
    app.sign_in("lead@example.org", PW).await;
    let r = app
        .post_form(
            &format!("/trainings/{t}/sessions"),
            &[("title", "Form overlap"), ("starts_at", "2030-03-04T10:00"), ("ends_at", "2030-03-04T11:00")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("id=\"session_starts_at-error\""));
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("value=\"Form overlap\""));
}

async fn dst_is_handled_in_belgrade(app: TestApp) {
    let p = cast(&app).await;
    let mut body = training_body(p.org);
    body["timezone"] = json!("Europe/Belgrade");
    body["title"] = json!("Belgrade spring");
    let (_, t) = app.api(Method::POST, "/api/v1/trainings", &p.lead, Some(body)).await;
    let id = t["id"].as_i64().unwrap();
    let path = format!("/api/v1/trainings/{id}/sessions");
    // 26 March 2023, 02:00 → 03:00: 02:30 does not exist
    let (s, b) =
        app.api(Method::POST, &path, &p.lead, Some(session("Gap", "2023-03-26T02:30", "2023-03-26T04:00"))).await;
    assert_eq!(s, 422);
    assert_eq!(b["field"], "starts_at");
    assert!(b["message"].as_str().unwrap().contains("does not exist in Europe/Belgrade"), "{b}");
    // the day before and after the change: the same local time, an hour apart in UTC
    app.api(Method::POST, &path, &p.lead, Some(session("Before", "2023-03-25T09:00", "2023-03-25T10:00"))).await;
    app.api(Method::POST, &path, &p.lead, Some(session("After", "2023-03-27T09:00", "2023-03-27T10:00"))).await;
    // a session across the change lasts one hour less than the clock says
    app.api(Method::POST, &path, &p.lead, Some(session("Across", "2023-03-26T01:00", "2023-03-26T04:00"))).await;
    let (_, d) = app.api(Method::GET, &format!("/api/v1/trainings/{id}"), &p.lead, None).await;
    let sessions = d["sessions"].as_array().unwrap();
    let by = |t: &str| sessions.iter().find(|s| s["title"] == t).unwrap().clone();
    assert_eq!(by("Before")["starts_at"], "2023-03-25T08:00:00Z");
    assert_eq!(by("Before")["starts_at_local"], "2023-03-25T09:00:00+01:00");
    assert_eq!(by("After")["starts_at"], "2023-03-27T07:00:00Z");
    assert_eq!(by("After")["starts_at_local"], "2023-03-27T09:00:00+02:00");
    assert_eq!(by("Across")["starts_at"], "2023-03-26T00:00:00Z");
    assert_eq!(by("Across")["ends_at"], "2023-03-26T02:00:00Z");
    // autumn: 29 October 2023, 02:30 happens twice; ambiguous unless chosen
    let (s, b) =
        app.api(Method::POST, &path, &p.lead, Some(session("Twice", "2023-10-29T02:30", "2023-10-29T03:30"))).await;
    assert_eq!(s, 422, "{b}");
    assert!(b["message"].as_str().unwrap().contains("happens twice"));
    let mut later = session("Twice", "2023-10-29T02:30", "2023-10-29T03:30");
    later["ambiguous"] = json!("later");
    let (s, _) = app.api(Method::POST, &path, &p.lead, Some(later)).await;
    assert_eq!(s, 201);
    let (_, d) = app.api(Method::GET, &format!("/api/v1/trainings/{id}"), &p.lead, None).await;
    let twice = d["sessions"].as_array().unwrap().iter().find(|s| s["title"] == "Twice").unwrap().clone();
    assert_eq!(twice["starts_at"], "2023-10-29T01:30:00Z");
    // renaming a session and moving it each raise its SEQUENCE (calendars show both)
    let sid = twice["id"].as_i64().unwrap();
    let mut rename = session("Renamed", "2023-10-29T02:30", "2023-10-29T03:30");
    rename["ambiguous"] = json!("later");
    assert_eq!(app.api(Method::PUT, &format!("{path}/{sid}"), &p.lead, Some(rename)).await.0, 204);
    assert_eq!(
        app.api(
            Method::PUT,
            &format!("{path}/{sid}"),
            &p.lead,
            Some(session("Moved", "2023-10-30T10:00", "2023-10-30T11:00"))
        )
        .await
        .0,
        204
    );
    let (_, d) = app.api(Method::GET, &format!("/api/v1/trainings/{id}"), &p.lead, None).await;
    let moved = d["sessions"].as_array().unwrap().iter().find(|s| s["id"] == sid).unwrap().clone();
    assert_eq!(moved["sequence"], 2);
    assert_eq!(moved["starts_at"], "2023-10-30T09:00:00Z");
}

async fn lifecycle_controls_what_is_public(app: TestApp) {
    let p = cast(&app).await;
    let t = p.training;
    let (_, d) = app.api(Method::GET, &format!("/api/v1/trainings/{t}"), &p.lead, None).await;
    let slug = d["slug"].as_str().unwrap().to_string();
    assert_eq!(d["status"], "draft");
    assert_eq!(app.get(&format!("/t/{slug}")).await.status().as_u16(), 404, "drafts are not public");
    let status = |s: &str| json!({"status": s});
    let (s, b) =
        app.api(Method::POST, &format!("/api/v1/trainings/{t}/status"), &p.lead, Some(status("published"))).await;
    assert_eq!(s, 409, "publishing without sessions: {b}");
    assert!(b["message"].as_str().unwrap().contains("at least one session"));
    app.api(
        Method::POST,
        &format!("/api/v1/trainings/{t}/sessions"),
        &p.lead,
        Some(session("Day 1", "2030-05-01T10:00", "2030-05-01T12:00")),
    )
    .await;
    let (s, _) =
        app.api(Method::POST, &format!("/api/v1/trainings/{t}/status"), &p.lead, Some(status("completed"))).await;
    assert_eq!(s, 409, "a draft cannot be completed");
    let (s, _) =
        app.api(Method::POST, &format!("/api/v1/trainings/{t}/status"), &p.lead, Some(status("published"))).await;
    assert_eq!(s, 200);
    let (s, html) = app.get_text(&format!("/t/{slug}")).await;
    assert_eq!(s, 200);
    assert!(html.contains("Day 1"));
    // the page follows changes (the cache is keyed by version)
    let mut body = training_body(p.org);
    body["title"] = json!("Renamed training");
    body["slug"] = json!(slug);
    assert_eq!(app.api(Method::PUT, &format!("/api/v1/trainings/{t}"), &p.lead, Some(body)).await.0, 200);
    assert!(app.get_text(&format!("/t/{slug}")).await.1.contains("Renamed training"));
    let (s, _) = app.api(Method::POST, &format!("/api/v1/trainings/{t}/status"), &p.lead, Some(status("bogus"))).await;
    assert_eq!(s, 422);
    let (s, _) =
        app.api(Method::POST, &format!("/api/v1/trainings/{t}/status"), &p.lead, Some(status("completed"))).await;
    assert_eq!(s, 200);
    assert_eq!(app.get(&format!("/t/{slug}")).await.status().as_u16(), 404);
    let (s, _) =
        app.api(Method::POST, &format!("/api/v1/trainings/{t}/status"), &p.lead, Some(status("cancelled"))).await;
    assert_eq!(s, 409, "a completed training cannot be cancelled");
    let (s, _) =
        app.api(Method::POST, &format!("/api/v1/trainings/{t}/status"), &p.lead, Some(status("published"))).await;
    assert_eq!(s, 409);
}

async fn reference_scenario_times_in_four_zones(app: TestApp) {
    let id = app.load_demo().await;
    assert_eq!(app.load_demo().await, id, "loading twice changes nothing");
    let slug = cascade::demo::SLUG;
    let r = app.client.get(app.url(&format!("/api/v1/public/trainings/{slug}"))).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let d: Value = r.json().await.unwrap();
    assert_eq!(d["capacity"], 60);
    let countries: Vec<&str> =
        d["organisers"].as_array().unwrap().iter().map(|o| o["country"].as_str().unwrap()).collect();
    assert_eq!(countries, ["KR", "MN", "XK", "UZ"]);
    let sessions = d["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 3);
    for (i, s) in sessions.iter().enumerate() {
        let day = 14 + i;
        assert_eq!(s["starts_at"], format!("2023-02-{day}T07:00:00Z"));
        assert_eq!(s["ends_at"], format!("2023-02-{day}T10:00:00Z"));
        let local: Vec<(String, String, String)> = s["local"]
            .as_array()
            .unwrap()
            .iter()
            .map(|z| {
                (
                    z["label"].as_str().unwrap().to_string(),
                    z["starts_at"].as_str().unwrap().to_string(),
                    z["ends_at"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let want = [
            ("Seoul", "16:00:00+09:00", "19:00:00+09:00"),
            ("Ulaanbaatar", "15:00:00+08:00", "18:00:00+08:00"),
            ("Pristina", "08:00:00+01:00", "11:00:00+01:00"),
            ("Tashkent", "12:00:00+05:00", "15:00:00+05:00"),
        ];
        assert_eq!(local.len(), 4);
        for ((label, start, end), (wl, ws, we)) in local.iter().zip(want) {
            assert_eq!(label, wl);
            assert_eq!(start, &format!("2023-02-{day}T{ws}"));
            assert_eq!(end, &format!("2023-02-{day}T{we}"));
        }
    }
    let (s, html) = app.get_text(&format!("/t/{slug}")).await;
    assert_eq!(s, 200);
    for text in [
        "Seoul",
        "Ulaanbaatar",
        "Pristina",
        "Tashkent",
        "16:00–19:00",
        "15:00–18:00",
        "08:00–11:00",
        "12:00–15:00",
        "UNDP Kosovo",
        "Kosovo",
    ] {
        assert!(html.contains(text), "public page lacks {text}");
    }
    assert!(!html.contains("meet.example.org"), "join links are not public");
    assert!(!html.contains("class=\"night\""), "the reference sessions are in daytime everywhere");
    // the editor has no night warning for it, but warns once a session is at 02:00 in Pristina
    app.sign_in("lead@acrc.example.org", cascade::demo::PASSWORD).await;
    let (_, editor) = app.get_text(&format!("/trainings/{id}/edit")).await;
    assert!(!editor.contains("Check the times"));
    let r = app
        .post_form(
            &format!("/trainings/{id}/sessions"),
            &[("title", "Late call"), ("starts_at", "2023-02-17T10:00"), ("ends_at", "2023-02-17T11:00")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, editor) = app.get_text(&format!("/trainings/{id}/edit")).await;
    assert!(editor.contains("Check the times"));
    assert!(editor.contains("02:00 in Pristina"), "no night warning for Pristina");
}

async fn public_page_is_safe_and_cacheable(app: TestApp) {
    let p = cast(&app).await;
    let t = p.training;
    let mut body = training_body(p.org);
    body["description"] =
        json!("Hello <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> **bold**");
    body["slug"] = json!("safe-page");
    assert_eq!(app.api(Method::PUT, &format!("/api/v1/trainings/{t}"), &p.lead, Some(body)).await.0, 200);
    app.api(
        Method::POST,
        &format!("/api/v1/trainings/{t}/sessions"),
        &p.lead,
        Some(session("Day 1", "2030-05-01T10:00", "2030-05-01T12:00")),
    )
    .await;
    app.api(Method::POST, &format!("/api/v1/trainings/{t}/status"), &p.lead, Some(json!({"status": "published"})))
        .await;
    let r = app.client.get(app.url("/t/safe-page")).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-encoding"], "gzip");
    let r = app.client.get(app.url("/t/safe-page")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    let html = r.text().await.unwrap();
    assert!(html.contains("<strong>bold</strong>"));
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("javascript:alert"));
    assert!(!html.contains("onerror"));
    let r = app.client.get(app.url("/t/safe-page")).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 304);
    assert_eq!(app.get("/t/no-such-training").await.status().as_u16(), 404);
}

async fn openapi_and_health(app: TestApp) {
    let r = app.get("/healthz").await;
    assert_eq!(r.status().as_u16(), 200);
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/trainings",
        "/api/v1/trainings/{id}/sessions",
        "/api/v1/organisations",
        "/api/v1/auth/token",
        "/api/v1/trainings/{id}/organisers",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} missing from OpenAPI");
    }
    let r = app.get("/api/v1/nothing-here").await;
    assert_eq!(r.status().as_u16(), 404);
    assert_eq!(r.json::<Value>().await.unwrap()["code"], "not_found");
}

async fn invitations_through_pages(app: TestApp) {
    let p = cast(&app).await;
    app.sign_in("lead@example.org", PW).await;
    let r = app
        .post_form(
            &format!("/trainings/{}/organisers", p.training),
            &[("email", "new.person@example.org"), ("role", "co_organiser"), ("organisation_id", &p.org.to_string())],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("Invitation sent to new.person@example.org"));
    let link = app.last_link_to("new.person@example.org").await;
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    let invitee = common::Person::new(&app);
    let (s, html) = invitee.get(&path).await;
    assert_eq!(s, 200);
    assert!(html.contains("Create your account"));
    for weak in ["short", "password1234", "new.person-2030!"] {
        let r = invitee.submit(&path, &format!("{path}/join"), &[("name", "New Person"), ("password", weak)]).await;
        assert_eq!(r.status().as_u16(), 422, "{weak}");
    }
    let r = invitee.submit(&path, &format!("{path}/join"), &[("name", "New Person"), ("password", PW)]).await;
    assert_eq!(r.status().as_u16(), 303);
    let (s, html) = invitee.get(&format!("/trainings/{}/edit", p.training)).await;
    assert_eq!(s, 200);
    assert!(html.contains("New Person"));
    // the link is used up
    let (s, _) = invitee.get(&path).await;
    assert_eq!(s, 404);
}

/// Issue 11, item 6: the organiser-invitation API never returns the one-time token, so a lead
/// organiser cannot create the invitee's account and choose its password: only the invited
/// person, through their e-mail, can.
async fn invitation_api_never_returns_the_link(app: TestApp) {
    let p = cast(&app).await;
    let (s, inv) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{}/organisers", p.training),
            &p.lead,
            Some(json!({"email": "victim@example.org", "role": "co_organiser", "organisation_id": p.org})),
        )
        .await;
    assert_eq!(s, 201, "{inv}");
    let token = invitation_token(&app, "victim@example.org").await;
    let answer = inv.to_string();
    assert!(!answer.contains(&token), "the API answer carries the invitation token: {answer}");
    assert!(!answer.contains("/invitations/"), "the API answer carries the invitation link: {answer}");
    assert_eq!(inv["email"], "victim@example.org");
    assert!(inv["expires_at"].as_i64().unwrap() > chrono::Utc::now().timestamp());
    // the lead, guessing, cannot join as the invitee; the invitee's own link still works
    let lead = common::Person::new(&app);
    lead.sign_in("lead@example.org", PW).await;
    let r = lead.submit("/dashboard", "/invitations/not-the-token/join", &[("name", "Victim"), ("password", PW)]).await;
    assert_eq!(r.status().as_u16(), 404);
    let invitee = common::Person::new(&app);
    let path = format!("/invitations/{token}");
    let r = invitee
        .submit(&path, &format!("{path}/join"), &[("name", "Victim"), ("password", "a password of my own")])
        .await;
    assert_eq!(r.status().as_u16(), 303);
    // the OpenAPI document describes no accept_url
    let (_, doc) = app.get_text("/api/openapi.json").await;
    assert!(!doc.contains("accept_url"));
    assert!(
        doc.contains("/api/v1/auth/password-reset") && doc.contains("/api/v1/auth/password\""),
        "new endpoints documented"
    );
}

on_both_backends!(
    invitation_api_never_returns_the_link,
    role_matrix_is_enforced,
    bad_input_is_refused_and_changes_nothing,
    dst_is_handled_in_belgrade,
    lifecycle_controls_what_is_public,
    reference_scenario_times_in_four_zones,
    public_page_is_safe_and_cacheable,
    openapi_and_health,
    invitations_through_pages,
);
