//! The participant's path and the e-mail pipeline: double opt-in, modes, capacity under
//! concurrency, waiting list, invites that follow changes, feeds, reminders, and an outbox
//! that loses nothing when SMTP is down or a worker dies. Every e-mail goes through a real
//! SMTP server over TCP and is read back with an independent MIME parser; every calendar with
//! an independent iCalendar parser.

mod common;

use common::{Mail, Person, TestApp};
use reqwest::Method;
use serde_json::json;
use std::time::Duration;

const PW: &str = "correct horse battery";

/// What a participant does, on top of the harness's [`Person`].
trait Participant {
    async fn register(&self, slug: &str, email: &str, name: &str) -> reqwest::Response;
    async fn confirm(&self, email: &str) -> String;
    async fn confirm_link(&self, link: &str) -> String;
}

impl Participant for Person<'_> {
    async fn register(&self, slug: &str, email: &str, name: &str) -> reqwest::Response {
        let path = format!("/t/{slug}/register");
        self.submit(
            &path,
            &path,
            &[
                ("email", email),
                ("full_name", name),
                ("organisation", "Office"),
                ("country", "XK"),
                ("sex", "female"),
                ("consent", "yes"),
            ],
        )
        .await
    }
    /// Follows the confirmation link in the newest e-mail; returns the participant page path.
    async fn confirm(&self, email: &str) -> String {
        let link = self.app.last_link_to(email).await;
        self.confirm_link(&link).await
    }
    /// Follows this confirmation link; returns the participant page path.
    async fn confirm_link(&self, link: &str) -> String {
        let email = link;
        let path = link.strip_prefix(&self.app.base).unwrap().to_string();
        assert!(path.starts_with("/confirm/"), "{path}");
        let r = self.submit(&path, &path, &[]).await;
        assert_eq!(r.status().as_u16(), 303, "confirming {email}");
        let location = r.headers()["location"].to_str().unwrap().to_string();
        assert!(location.ends_with("?welcome=1"), "{location}");
        location.trim_end_matches("?welcome=1").to_string()
    }
}

struct Setup {
    lead: String,
    training: i64,
    slug: String,
    sessions: Vec<i64>,
}

async fn training(app: &TestApp, capacity: Option<i32>, mode: &str) -> Setup {
    app.create_account("lead@example.org", "Lead", PW, false).await;
    let lead = app.api_token("lead@example.org", PW).await;
    let (_, org) =
        app.api(Method::POST, "/api/v1/organisations", &lead, Some(json!({"name": "ACRC", "country": "KR"}))).await;
    let mut body = json!({"title": "Reporting portal ToT", "timezone": "Asia/Seoul", "organisation_id": org["id"], "registration_mode": mode});
    if let Some(c) = capacity {
        body["capacity"] = json!(c);
    }
    let (s, t) = app.api(Method::POST, "/api/v1/trainings", &lead, Some(body)).await;
    assert_eq!(s, 201, "{t}");
    let id = t["id"].as_i64().unwrap();
    let mut sessions = Vec::new();
    for day in [14, 15] {
        let (s, b) = app
            .api(Method::POST, &format!("/api/v1/trainings/{id}/sessions"), &lead, Some(json!({"title": format!("Day {}", day - 13), "starts_at": format!("2030-02-{day}T16:00"), "ends_at": format!("2030-02-{day}T19:00"), "join_url": "https://meet.example.org/room"})))
            .await;
        assert_eq!(s, 201, "{b}");
        sessions.push(b["id"].as_i64().unwrap());
    }
    let (s, _) = app
        .api(Method::POST, &format!("/api/v1/trainings/{id}/status"), &lead, Some(json!({"status": "published"})))
        .await;
    assert_eq!(s, 200);
    Setup { lead, training: id, slug: t["slug"].as_str().unwrap().to_string(), sessions }
}

fn statuses(app: &TestApp, training_id: i64) -> Vec<(String, String)> {
    use cascade::db::schema::registrations;
    use diesel::prelude::*;
    let mut conn = app.state.db.get().unwrap();
    registrations::table
        .filter(registrations::training_id.eq(training_id))
        .order(registrations::id)
        .select((registrations::email, registrations::status))
        .load(&mut conn)
        .unwrap()
}

async fn double_opt_in_gives_a_real_invite(app: TestApp) {
    let s = training(&app, Some(60), "open").await;
    let ana = Person::new(&app);
    let r = ana.register(&s.slug, "Ana@Example.org", "Ana Lima").await;
    assert_eq!(r.status().as_u16(), 303, "post, redirect, get: a reload does not send the form again");
    let answer = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(answer, format!("/t/{}/check-inbox", s.slug));
    assert!(ana.get(&answer).await.1.contains("Check your inbox"));
    assert_eq!(statuses(&app, s.training), [("ana@example.org".to_string(), "pending".to_string())]);
    // the confirmation e-mail
    let mail = app.mail_to("ana@example.org").await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0].subject.contains("Confirm your registration"), "{}", mail[0].subject);
    assert!(mail[0].html.contains("Confirm my registration"));
    assert!(mail[0].calendars.is_empty());
    // registering again (other case) makes no second registration: it sends the link again
    let r = ana.register(&s.slug, "ana@example.org", "Ana Lima").await;
    assert_eq!(r.headers()["location"], answer.as_str(), "the same answer");
    // and the same answer for an address that has never registered
    let r = Person::new(&app).register(&s.slug, "new.person@example.org", "New").await;
    assert_eq!(r.headers()["location"], answer.as_str());
    assert_eq!(statuses(&app, s.training).len(), 2);
    assert_eq!(app.mail_to("ana@example.org").await.len(), 2);
    // confirm: the page shows a button (a scanner's GET changes nothing), the POST confirms
    let page = ana.confirm("ana@example.org").await;
    assert!(page.starts_with("/p/"), "{page}");
    assert_eq!(statuses(&app, s.training)[0].1, "confirmed");
    let (status, html) = ana.get(&format!("{page}?welcome=1")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Confirmed"));
    assert!(html.contains("Your registration is confirmed"), "a notice says what happened");
    assert!(html.contains("Pristina"), "times in the participant's zone (XK)");
    assert!(html.contains("08:00–11:00"), "16:00 Seoul is 08:00 in Pristina");
    assert!(html.contains("calendar.google.com") && html.contains("outlook.office.com"));
    assert!(!html.contains("meet.example.org"), "join links appear only shortly before a session");
    // the invite: one event per scheduling message (iTIP), so the first session comes with
    // "You are registered" and the second in an e-mail of its own
    let mails = app.mail_to("ana@example.org").await;
    assert_eq!(mails.len(), 4, "{:?}", mails.iter().map(|m| &m.subject).collect::<Vec<_>>());
    let invite = mails.iter().find(|m| m.subject.contains("You are registered")).unwrap().clone();
    assert_eq!(invite.content_type, "multipart/alternative");
    assert!(!invite.text.is_empty() && !invite.html.is_empty());
    assert!(invite.text.contains("each other session comes in an e-mail of its own"), "{}", invite.text);
    assert!(mails.iter().all(|m| m.auto_submitted.as_deref() == Some("auto-generated")), "RFC 3834");
    let second = mails.last().unwrap();
    assert!(second.subject.starts_with("Day 2: "), "{}", second.subject);
    assert!(second.text.contains("adds “Day 2” to your calendar"), "{}", second.text);
    let ics = invite.invite();
    let ics2 = second.invite();
    assert_eq!((ics.method.as_str(), ics2.method.as_str()), ("REQUEST", "REQUEST"));
    assert_eq!((ics.events.len(), ics2.events.len()), (1, 1));
    assert_ne!(ics.events[0].uid, ics2.events[0].uid);
    assert_eq!(ics2.events[0].dtstart, "20300215T070000Z");
    for e in ics.events.iter().chain(&ics2.events) {
        assert_eq!(e.sequence, 0);
        assert!(e.dtstart.ends_with('Z'));
        assert!(!e.dtstamp.is_empty());
        assert!(e.organizer.starts_with("mailto:"));
        assert_eq!(e.attendee.as_deref(), Some("mailto:ana@example.org"));
        assert!(e.attendee_params.iter().any(|(k, v)| k == "RSVP" && v == "FALSE"), "nobody reads replies");
        assert!(e.attendee_params.iter().any(|(k, v)| k == "CN" && v.contains("Ana Lima")));
        assert!(e.description.contains("https://meet.example.org/room"), "join information in DESCRIPTION");
        assert_eq!(e.location.as_deref(), Some("https://meet.example.org/room"), "and in LOCATION");
        assert_eq!(e.url.as_deref(), Some(format!("{}{page}", app.base).as_str()), "URL: the participant's page");
    }
    assert_eq!(ics.events[0].dtstart, "20300214T070000Z");
    // a used link offers to register again for the same training
    let used = app.mail_to("ana@example.org").await[1].first_link();
    let (status, html) = ana.get(used.strip_prefix(&app.base).unwrap()).await;
    assert_eq!(status, 410);
    assert!(html.contains(&format!("href=\"/t/{}/register\"", s.slug)), "{html}");
    // a wrong or used link offers to start again
    let (status, html) = ana.get("/confirm/not-a-token").await;
    assert_eq!(status, 410);
    assert!(html.contains("register again"));
    // the personal link only works with its HMAC
    let forged = format!("{}x", page);
    assert_eq!(ana.get(&forged).await.0, 404);
}

async fn invites_follow_every_change(app: TestApp) {
    let s = training(&app, None, "open").await;
    let ana = Person::new(&app);
    ana.register(&s.slug, "ana@example.org", "Ana Lima").await;
    let page = ana.confirm("ana@example.org").await;
    let registered = app.mail_to("ana@example.org").await;
    let first = registered.iter().find(|m| m.subject.contains("You are registered")).unwrap().invite();
    let uid = first.events[0].uid.clone();
    // move day 1 by an hour: an update with the same UID and SEQUENCE + 1
    let path = format!("/api/v1/trainings/{}/sessions/{}", s.training, s.sessions[0]);
    let (st, _) = app
        .api(
            Method::PUT,
            &path,
            &s.lead,
            Some(json!({"title": "Day 1", "starts_at": "2030-02-14T17:00", "ends_at": "2030-02-14T20:00"})),
        )
        .await;
    assert_eq!(st, 204);
    let before = app.mail_to("ana@example.org").await.len();
    assert_eq!(app.send_session_updates().await, 1, "the batch of one change");
    let update = app.mail_to("ana@example.org").await.pop().unwrap();
    assert_eq!(app.mail_to("ana@example.org").await.len(), before + 1);
    assert!(update.subject.contains("Schedule change"), "{}", update.subject);
    // the e-mail says what changed: the old time struck through, the new one
    assert!(update.html.contains("<del") && update.html.contains("08:00–11:00"), "{}", update.html);
    assert!(
        update.text.contains("Time: Thu, 14 Feb 2030, 09:00–12:00")
            && update.text.contains("(was: Thu, 14 Feb 2030, 08:00–11:00"),
        "{}",
        update.text
    );
    let ics = update.invite();
    assert_eq!(ics.method, "REQUEST");
    assert_eq!(ics.events.len(), 1);
    assert_eq!(ics.events[0].uid, uid);
    assert_eq!(ics.events[0].sequence, 1);
    assert_eq!(ics.events[0].dtstart, "20300214T080000Z");
    // three edits within a minute — the title, the join link, the training's name — are one
    // update, with SEQUENCE raised for each (never down) and every change listed
    let before = app.mail_to("ana@example.org").await.len();
    let (st, _) = app
        .api(
            Method::PUT,
            &path,
            &s.lead,
            Some(json!({"title": "Day one", "starts_at": "2030-02-14T17:00", "ends_at": "2030-02-14T20:00",
                "join_url": "https://meet.example.org/room"})),
        )
        .await;
    assert_eq!(st, 204);
    let (st, _) = app
        .api(
            Method::PUT,
            &path,
            &s.lead,
            Some(json!({"title": "Day one", "starts_at": "2030-02-14T17:00", "ends_at": "2030-02-14T20:00",
                "join_url": "https://meet.example.org/new-room"})),
        )
        .await;
    assert_eq!(st, 204);
    let (st, b) = app
        .api(
            Method::PUT,
            &format!("/api/v1/trainings/{}", s.training),
            &s.lead,
            Some(
                json!({"title": "Reporting portal ToT (2030)", "timezone": "Asia/Seoul", "registration_mode": "open"}),
            ),
        )
        .await;
    assert_eq!(st, 200, "{b}");
    assert_eq!(app.mail_to("ana@example.org").await.len(), before, "nothing until the batch is due");
    assert_eq!(app.send_session_updates().await, 2, "one update for each session");
    let mails = app.mail_to("ana@example.org").await;
    assert_eq!(mails.len(), before + 2);
    let day1 = mails[before..].iter().find(|m| m.invite().events[0].uid == uid).expect("day 1's update");
    for line in [
        "Title: Reporting portal ToT (2030) — Day one",
        "(was: Reporting portal ToT — Day 1)",
        "Join link: https://meet.example.org/new-room",
        "(was: (none))", // the move above sent no join link: PUT replaces the session
    ] {
        assert!(day1.text.contains(line), "{line} in {}", day1.text);
    }
    let ics = day1.invite();
    assert_eq!(ics.events[0].sequence, 4, "moved; renamed with a link; new link; training renamed");
    assert_eq!(ics.events[0].location.as_deref(), Some("https://meet.example.org/new-room"));
    assert_eq!(ics.events[0].summary, "Reporting portal ToT (2030) — Day one");
    // an edit undone within the batch sends nothing
    let before = app.mail_to("ana@example.org").await.len();
    for title in ["Day 1 (draft)", "Day one"] {
        let (st, _) = app
            .api(
                Method::PUT,
                &path,
                &s.lead,
                Some(json!({"title": title, "starts_at": "2030-02-14T17:00", "ends_at": "2030-02-14T20:00",
                    "join_url": "https://meet.example.org/new-room"})),
            )
            .await;
        assert_eq!(st, 204);
    }
    assert_eq!(app.send_session_updates().await, 0);
    assert_eq!(app.mail_to("ana@example.org").await.len(), before);
    // a new session: a REQUEST for it
    let (st, b) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{}/sessions", s.training),
            &s.lead,
            Some(json!({"title": "Day 3", "starts_at": "2030-02-16T16:00", "ends_at": "2030-02-16T19:00"})),
        )
        .await;
    assert_eq!(st, 201);
    let added = app.mail_to("ana@example.org").await.pop().unwrap().invite();
    assert_eq!(added.method, "REQUEST");
    assert_eq!(added.events.len(), 1);
    let new_uid = added.events[0].uid.clone();
    assert_ne!(new_uid, uid);
    // deleting a session: CANCEL with its UID and STATUS:CANCELLED
    let (st, _) =
        app.api(Method::DELETE, &format!("/api/v1/trainings/{}/sessions/{}", s.training, b["id"]), &s.lead, None).await;
    assert_eq!(st, 204);
    let cancel = app.mail_to("ana@example.org").await.pop().unwrap().invite();
    assert_eq!(cancel.method, "CANCEL");
    assert_eq!(cancel.events[0].uid, new_uid);
    assert_eq!(cancel.events[0].status, "CANCELLED");
    assert!(cancel.events[0].sequence >= 1);
    // the personal feed shows the current schedule, as PUBLISH without ATTENDEE
    let (st, feed) = ana.get(&format!("{page}/calendar.ics")).await;
    assert_eq!(st, 200);
    let feed = common::Ics::parse(&feed);
    assert_eq!(feed.method, "PUBLISH");
    assert_eq!(feed.events.len(), 2);
    assert!(feed.events.iter().all(|e| e.attendee.is_none()));
    assert!(feed.events.iter().any(|e| e.uid == uid && e.dtstart == "20300214T080000Z" && e.sequence == 6)); // each edit raised it
                                                                                                             // the public download too, without join links
    let (st, download) = ana.get(&format!("/t/{}/calendar.ics", s.slug)).await;
    assert_eq!(st, 200);
    let download = common::Ics::parse(&download);
    assert_eq!(download.method, "PUBLISH");
    assert!(!download.raw.contains("ATTENDEE") && !download.raw.contains("meet.example.org"));
    // calendar apps poll both: ETag and Last-Modified, 304 while unchanged, HEAD answered
    for path in [format!("{page}/calendar.ics"), format!("/t/{}/calendar.ics", s.slug)] {
        let r = app.client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "{path}");
        let etag = r.headers()["etag"].to_str().unwrap().to_string();
        assert!(r.headers().contains_key("last-modified"), "{path}");
        let r = app.client.get(app.url(&path)).header("if-none-match", &etag).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 304, "{path}");
        assert!(r.bytes().await.unwrap().is_empty());
        let r = app.client.head(app.url(&path)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "HEAD {path}");
        assert_eq!(r.headers()["etag"].to_str().unwrap(), etag);
        assert!(r.bytes().await.unwrap().is_empty(), "HEAD has no body");
    }
    // the participant cancels: CANCEL for every session, one UID per message
    let before = app.mail_to("ana@example.org").await.len();
    let r = ana.submit(&page, &format!("{page}/cancel"), &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    let bye: Vec<common::Ics> = app.mail_to("ana@example.org").await[before..].iter().map(|m| m.invite()).collect();
    assert_eq!(bye.len(), 2, "one CANCEL per session");
    let mut cancelled_uids: Vec<&str> = bye.iter().map(|i| i.events[0].uid.as_str()).collect();
    cancelled_uids.sort();
    cancelled_uids.dedup();
    assert_eq!(cancelled_uids.len(), 2);
    for ics in &bye {
        assert_eq!(ics.method, "CANCEL");
        assert!(ics.events.iter().all(|e| e.status == "CANCELLED"));
        assert!(!ics.raw.contains("RSVP"), "a CANCEL asks for no reply: {}", ics.raw);
    }
    assert_eq!(statuses(&app, s.training)[0].1, "cancelled");
    // the personal feed of a cancelled place holds no event and is still a valid calendar, with
    // a new ETag
    let (st, empty) = ana.get(&format!("{page}/calendar.ics")).await;
    assert_eq!(st, 200);
    let empty = common::Ics::parse(&empty);
    assert!(empty.events.is_empty() && empty.raw.contains("BEGIN:VTIMEZONE"), "{}", empty.raw);
    // and can register again later, with the same single registration; the new invites carry a
    // higher SEQUENCE than the CANCELs (calendars ignore an older one)
    let before = app.mail_to("ana@example.org").await.len();
    ana.register(&s.slug, "ana@example.org", "Ana Lima").await;
    ana.confirm("ana@example.org").await;
    assert_eq!(statuses(&app, s.training), [("ana@example.org".to_string(), "confirmed".to_string())]);
    let again: Vec<common::Ics> = app.mail_to("ana@example.org").await[before..]
        .iter()
        .filter(|m| !m.calendars.is_empty())
        .map(|m| m.invite())
        .collect();
    assert_eq!(again.len(), 2, "a REQUEST per session");
    for ics in &again {
        assert_eq!(ics.method, "REQUEST");
        let cancel = bye.iter().find(|c| c.events[0].uid == ics.events[0].uid).expect("the same UID");
        assert!(
            ics.events[0].sequence > cancel.events[0].sequence,
            "SEQUENCE {} after a CANCEL at {}",
            ics.events[0].sequence,
            cancel.events[0].sequence
        );
    }
    // the whole training is cancelled: CANCEL again
    let (st, _) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{}/status", s.training),
            &s.lead,
            Some(json!({"status": "cancelled"})),
        )
        .await;
    assert_eq!(st, 200);
    let mails = app.mail_to("ana@example.org").await;
    let gone = mails.iter().find(|m| m.subject.contains("Cancelled")).unwrap();
    assert_eq!(gone.invite().method, "CANCEL");
    assert_eq!(mails.last().unwrap().invite().method, "CANCEL", "the second session's own CANCEL");
}

async fn waiting_list_fills_free_places(app: TestApp) {
    let s = training(&app, Some(2), "open").await;
    let people: Vec<Person> = (0..3).map(|_| Person::new(&app)).collect();
    let mut pages = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let email = format!("p{i}@example.org");
        p.register(&s.slug, &email, &format!("Person {i}")).await;
        pages.push(p.confirm(&email).await);
    }
    let st: Vec<String> = statuses(&app, s.training).into_iter().map(|r| r.1).collect();
    assert_eq!(st, ["confirmed", "confirmed", "waitlisted"]);
    assert!(app.mail_to("p2@example.org").await.pop().unwrap().subject.contains("waiting list"));
    // the form says it is full and offers the waiting list
    let (_, html) = Person::new(&app).get(&format!("/t/{}/register", s.slug)).await;
    assert!(html.contains("This training is full") && html.contains("Join the waiting list"));
    // a confirmed person cancels: the first on the list gets the place and the invite
    let r = people[0].submit(&pages[0], &format!("{}/cancel", pages[0]), &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    let st: Vec<String> = statuses(&app, s.training).into_iter().map(|r| r.1).collect();
    assert_eq!(st, ["cancelled", "confirmed", "confirmed"]);
    let promoted = app.mail_to("p2@example.org").await.into_iter().rev().nth(1).unwrap();
    assert!(app.mail_to("p2@example.org").await.pop().unwrap().subject.starts_with("Day 2: "), "its own e-mail");
    assert!(promoted.subject.contains("You are registered"));
    assert_eq!(promoted.invite().method, "REQUEST");
    assert!(promoted.text.contains("A place became free"));
}

/// 500 people confirm at the same moment for 50 seats: exactly 50 get one.
async fn capacity_holds_under_500_concurrent_confirmations(app: TestApp) {
    let s = training(&app, Some(50), "open").await;
    let env = app.state.link_env.clone();
    let state = app.state.clone();
    let training_id = s.training;
    let tokens: Vec<String> = tokio::task::spawn_blocking(move || {
        let mut conn = state.db.get().unwrap();
        (0..500)
            .map(|i| {
                let input = cascade::registration::RegistrationInput {
                    email: format!("person{i}@example.org"),
                    full_name: format!("Person {i}"),
                    organisation: "Office".into(),
                    country: "MN".into(),
                    consent: "yes".into(),
                    ..Default::default()
                };
                cascade::db::write_transaction(&mut conn, |c| {
                    cascade::registration::service::register(c, &env, training_id, &input)
                })
                .unwrap()
                .confirm_token
                .unwrap()
            })
            .collect()
    })
    .await
    .unwrap();
    // each person has opened the link page (cookie + form token) before anyone clicks
    let mut ready = Vec::new();
    for token in tokens {
        let client = app.new_client();
        let html = client.get(app.url(&format!("/confirm/{token}"))).send().await.unwrap().text().await.unwrap();
        let csrf = common::extract(&html, "name=\"csrf_token\" value=\"", "\"").unwrap();
        ready.push((client, token, csrf));
    }
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(ready.len()));
    let mut tasks = Vec::new();
    for (client, token, csrf) in ready {
        let url = app.url(&format!("/confirm/{token}"));
        let start = start.clone();
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            client.post(url).form(&[("csrf_token", csrf)]).send().await.unwrap().status().as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 303);
    }
    let st = statuses(&app, s.training);
    let confirmed = st.iter().filter(|r| r.1 == "confirmed").count();
    let waitlisted = st.iter().filter(|r| r.1 == "waitlisted").count();
    assert_eq!((confirmed, waitlisted), (50, 450), "backend {:?}", app.backend);
}

async fn approval_mode_waits_for_the_organisers(app: TestApp) {
    let s = training(&app, Some(10), "approval").await;
    let ana = Person::new(&app);
    ana.register(&s.slug, "ana@example.org", "Ana").await;
    ana.confirm("ana@example.org").await;
    let bo = Person::new(&app);
    bo.register(&s.slug, "bo@example.org", "Bo").await;
    bo.confirm("bo@example.org").await;
    assert_eq!(statuses(&app, s.training).iter().filter(|r| r.1 == "awaiting_approval").count(), 2);
    assert!(app.mail_to("ana@example.org").await.pop().unwrap().subject.contains("Registration received"));
    app.sign_in("lead@example.org", PW).await;
    let (st, html) = app.get_text(&format!("/trainings/{}/registrations", s.training)).await;
    assert_eq!(st, 200);
    assert!(html.contains("Waiting for approval"));
    let ids: Vec<i64> = {
        use cascade::db::schema::registrations;
        use diesel::prelude::*;
        let mut conn = app.state.db.get().unwrap();
        registrations::table.order(registrations::id).select(registrations::id).load(&mut conn).unwrap()
    };
    let r = app.post_form(&format!("/trainings/{}/registrations/{}/approve", s.training, ids[0]), &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    let r = app.post_form(&format!("/trainings/{}/registrations/{}/decline", s.training, ids[1]), &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    let st: Vec<String> = statuses(&app, s.training).into_iter().map(|r| r.1).collect();
    assert_eq!(st, ["confirmed", "declined"]);
    let approved = app.mail_to("ana@example.org").await.into_iter().rev().nth(1).unwrap();
    assert!(approved.text.contains("approved"));
    assert_eq!(approved.invite().method, "REQUEST");
    assert!(app.mail_to("bo@example.org").await.pop().unwrap().text.contains("could not accept"));
    // approving twice is refused with a reason, and changes nothing
    let r = app.post_form(&format!("/trainings/{}/registrations/{}/approve", s.training, ids[0]), &[]).await;
    assert_eq!(r.status().as_u16(), 422);
    // counts and CSV export
    let csv = app.get_text(&format!("/trainings/{}/registrations.csv", s.training)).await.1;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "email,full_name,organisation,country,sex,age_band,status,registered_at_utc,confirmed_at_utc,id"
    );
    assert_eq!(csv.lines().count(), 3);
    let filtered = app.get_text(&format!("/trainings/{}/registrations.csv?status=confirmed", s.training)).await.1;
    assert_eq!(filtered.lines().count(), 2);
    assert!(filtered.contains("ana@example.org,Ana,Office,XK,female,,confirmed"));
    // a name or organisation a spreadsheet would run as a formula is exported as text
    {
        use cascade::db::schema::registrations;
        use diesel::prelude::*;
        let mut conn = app.state.db.get().unwrap();
        diesel::update(registrations::table.find(ids[0]))
            .set((
                registrations::full_name.eq("=HYPERLINK(\"https://evil.example\",\"Ana\")"),
                registrations::organisation.eq("@SUM(1+1)"),
            ))
            .execute(&mut conn)
            .unwrap();
    }
    let csv = app.get_text(&format!("/trainings/{}/registrations.csv?status=confirmed", s.training)).await.1;
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.starts_with("ana@example.org,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Ana\"\")\",'@SUM(1+1),XK"),
        "{row}"
    );
}

async fn invitation_only_with_csv_import(app: TestApp) {
    let s = training(&app, Some(10), "invitation").await;
    let stranger = Person::new(&app);
    // the form is not offered; a hand-made request is refused on the server too
    let (_, html) = stranger.get(&format!("/t/{}/register", s.slug)).await;
    assert!(html.contains("by invitation only") && !html.contains("name=\"full_name\""));
    let path = format!("/t/{}/register", s.slug);
    let r = stranger
        .submit(
            "/sign-in",
            &path,
            &[
                ("email", "who@example.org"),
                ("full_name", "Who"),
                ("organisation", "O"),
                ("country", "XK"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 403);
    assert!(r.text().await.unwrap().contains("by invitation only"));
    assert!(statuses(&app, s.training).is_empty());
    app.sign_in("lead@example.org", PW).await;
    let page = format!("/trainings/{}/registrations", s.training);
    // a CSV with bad rows imports nothing and names each line
    let bad = "email,full_name,organisation,country\nana@example.org,Ana,Office,XK\nnot-an-email,Bo,Office,MN\ncy@example.org,Cy,Office,ZZ\n";
    let r = app.post_form(&format!("/trainings/{}/invitees/import", s.training), &[("csv", bad)]).await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("nothing was imported"), "{html}");
    assert!(html.contains("line 3") && html.contains("line 4") && !html.contains("line 2:"), "{html}");
    assert!(statuses(&app, s.training).is_empty());
    // an oversized CSV is refused
    let huge = format!("email,full_name,organisation,country\n{}", "a@example.org,A,O,XK\n".repeat(60_000));
    let r = app.post_form(&format!("/trainings/{}/invitees/import", s.training), &[("csv", huge.as_str())]).await;
    assert!(matches!(r.status().as_u16(), 413 | 422), "{}", r.status());
    assert!(statuses(&app, s.training).is_empty());
    // a good one
    let good = "email,full_name,organisation,country\r\nana@example.org,Ana,Office,XK\r\n\"bo@example.org\",\"Bo, Jr.\",Office,MN\r\n";
    let r = app.post_form(&format!("/trainings/{}/invitees/import", s.training), &[("csv", good)]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("2 invitations sent"));
    let (_, html) = app.get_text(&page).await;
    assert!(html.contains("Bo, Jr."));
    // the invitee's link is bound to their address
    let link = app.last_link_to("ana@example.org").await;
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    assert!(path.starts_with("/invited/"));
    let ana = Person::new(&app);
    let r = ana
        .submit(
            &path,
            &path,
            &[
                ("email", "someone.else@example.org"),
                ("full_name", "Ana Lima"),
                ("organisation", "Office"),
                ("country", "XK"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let st = statuses(&app, s.training);
    assert!(st.contains(&("ana@example.org".to_string(), "confirmed".to_string())), "{st:?}");
    assert!(!st.iter().any(|r| r.0 == "someone.else@example.org"));
    assert_eq!(app.mail_to("ana@example.org").await.pop().unwrap().invite().method, "REQUEST");
    // used once
    assert_eq!(ana.get(&path).await.0, 404);
}

/// Issue 11, item 8: an import is capped (configurable), checked whole before anything is
/// written, then written in short transactions (many here: a debug build invites a few rows
/// per 20 ms slice) with every row invited exactly once; addresses already there are left as
/// they were and named, so importing the list again sends nothing twice.
async fn large_invitee_imports(backend: common::Backend) {
    let Some(app) = TestApp::spawn_with(backend, |s| s.registration.max_import_rows = 1_500).await else {
        return;
    };
    let s = training(&app, None, "invitation").await;
    app.sign_in("lead@example.org", PW).await;
    let import = format!("/trainings/{}/invitees/import", s.training);
    let csv = |n: usize| {
        let mut text = String::from("email,full_name,organisation,country\n");
        for i in 0..n {
            text.push_str(&format!("person{i}@example.org,Person {i},Office,MN\n"));
        }
        text
    };
    // one row over the cap: nothing is imported, the error says how many are taken
    let r = app.post_form(&import, &[("csv", csv(1_501).as_str())]).await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("at most 1500 rows"), "{html}");
    assert!(statuses(&app, s.training).is_empty());
    // one person is invited already
    let r = app
        .post_form(&import, &[("csv", "email,full_name,organisation,country\nperson7@example.org,Seven,Office,MN\n")])
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let mails_before = outbox_rows(&app).len();
    let r = app.post_form(&import, &[("csv", csv(1_500).as_str())]).await;
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("1499 invitations sent. 1 address was already invited or registered and was left as it was: person7@example.org."),
        "{html}"
    );
    let st = statuses(&app, s.training);
    let mut emails: Vec<&str> = st.iter().map(|(e, _)| e.as_str()).collect();
    assert_eq!(emails.len(), 1_500);
    emails.sort_unstable();
    emails.dedup();
    assert_eq!(emails.len(), 1_500, "every address once");
    assert!(st.iter().all(|(_, status)| status == "invited"));
    assert_eq!(outbox_rows(&app).len() - mails_before, 1_499, "one invitation per new address");
    // the same list again: nothing new, nothing sent
    let r = app.post_form(&import, &[("csv", csv(1_500).as_str())]).await;
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("0 invitations sent. 1500 addresses were already invited or registered"), "{html}");
    assert!(html.contains("person0@example.org, person1@example.org") && html.contains("and 1490 more"), "{html}");
    assert_eq!(statuses(&app, s.training).len(), 1_500);
    assert_eq!(outbox_rows(&app).len() - mails_before, 1_499);

    // issue 11, item 14: the table shows 100 rows a page, cut by the database
    let table = format!("/trainings/{}/registrations", s.training);
    let rows_in = |html: &str| html.matches("@example.org</td>").count();
    let (status, html) = app.get_text(&table).await;
    assert_eq!(status, 200);
    assert_eq!(rows_in(&html), 100);
    assert!(html.contains("Showing 1–100 of 1,500 · page 1 of 15"), "{html}");
    assert!(html.contains("person7@example.org</td>") && !html.contains("person100@example.org</td>"));
    assert!(
        html.contains(&format!(
            "href=\"/trainings/{}/registrations?status=&#38;country=&#38;sex=&#38;page=2\" rel=\"next\"",
            s.training
        )),
        "{html}"
    );
    let (_, html) = app.get_text(&format!("{table}?page=15")).await;
    assert_eq!(rows_in(&html), 100);
    assert!(
        html.contains("Showing 1,401–1,500 of 1,500 · page 15 of 15") && html.contains("person1499@example.org</td>")
    );
    assert!(!html.contains("rel=\"next\""));
    // past the end: the last page; not a number: the first
    let (status, html) = app.get_text(&format!("{table}?page=99999999999999999")).await;
    assert_eq!(status, 200);
    assert!(html.contains("page 15 of 15"), "{html}");
    let (status, html) = app.get_text(&format!("{table}?page=abc")).await;
    assert_eq!(status, 200);
    assert!(html.contains("page 1 of 15"));
    // the filter goes with the pages
    let (_, html) = app.get_text(&format!("{table}?status=invited&country=MN&page=2")).await;
    assert!(html.contains("Showing 101–200 of 1,500 · page 2 of 15"), "{html}");
    let (_, html) = app.get_text(&format!("{table}?status=confirmed")).await;
    assert!(!html.contains("class=\"pager\"") && html.contains("No registrations match the filter"));
    // the API pages the same way
    let (status, body) = app
        .api(
            Method::GET,
            &format!("/api/v1/trainings/{}/registrations?page=3&per_page=500&country=MN", s.training),
            &s.lead,
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!((body["total"].as_i64(), body["page"].as_i64()), (Some(1_500), Some(3)));
    let items = body["items"].as_array().unwrap();
    assert_eq!(items.len(), 500);
    assert_eq!(items[0]["email"], "person1000@example.org");
    let (_, body) = app
        .api(Method::GET, &format!("/api/v1/trainings/{}/registrations?page=4&per_page=500", s.training), &s.lead, None)
        .await;
    assert_eq!((body["total"].as_i64(), body["items"].as_array().map(Vec::len)), (Some(1_500), Some(0)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_invitee_imports_sqlite() {
    large_invitee_imports(common::Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_invitee_imports_postgres() {
    large_invitee_imports(common::Backend::Postgres).await;
}

/// (form fields, id of the error message, words it must contain)
type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);

async fn bad_input_changes_nothing(app: TestApp) {
    let s = training(&app, Some(10), "open").await;
    let p = Person::new(&app);
    let path = format!("/t/{}/register", s.slug);
    let cases: [Case; 6] = [
        (
            &[
                ("email", "not-an-email"),
                ("full_name", "A"),
                ("organisation", "O"),
                ("country", "XK"),
                ("consent", "yes"),
            ],
            "email-error",
            "no @",
        ),
        (
            &[("email", "a@example.org"), ("full_name", "A"), ("organisation", "O"), ("country", "XK")],
            "consent-error",
            "accept the data notice",
        ),
        (
            &[
                ("email", "a@example.org"),
                ("full_name", "A"),
                ("organisation", "O"),
                ("country", "QQ"),
                ("consent", "yes"),
            ],
            "country-error",
            "not an ISO 3166-1",
        ),
        (
            &[
                ("email", "a@example.org"),
                ("full_name", ""),
                ("organisation", "O"),
                ("country", "XK"),
                ("consent", "yes"),
            ],
            "full_name-error",
            "required",
        ),
        // a line break in a name would carry text of its own into genuine e-mails
        (
            &[
                ("email", "a@example.org"),
                ("full_name", "Ana\r\n\r\nSecurity notice: sign in at https://evil.example"),
                ("organisation", "O"),
                ("country", "XK"),
                ("consent", "yes"),
            ],
            "full_name-error",
            "must be one line",
        ),
        (
            &[
                ("email", "a@example.org"),
                ("full_name", "Ana"),
                ("organisation", "Office\tof Integrity"),
                ("country", "XK"),
                ("consent", "yes"),
            ],
            "organisation-error",
            "must be one line",
        ),
    ];
    for (fields, id, words) in cases {
        let r = p.submit(&path, &path, fields).await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}: {html}");
        assert!(html.contains(words), "{words}");
    }
    assert!(statuses(&app, s.training).is_empty());
    assert!(app.mail_to("a@example.org").await.is_empty());
    // a closed training: a clear message
    let (_, _) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{}/status", s.training),
            &s.lead,
            Some(json!({"status": "completed"})),
        )
        .await;
    let (st, html) = p.get(&path).await;
    assert_eq!(st, 200);
    assert!(html.contains("Registration is closed: this training has ended"));
    let r = p
        .submit(
            "/sign-in",
            &path,
            &[
                ("email", "late@example.org"),
                ("full_name", "Late"),
                ("organisation", "O"),
                ("country", "XK"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("Registration is closed"));
    assert!(statuses(&app, s.training).is_empty());
    // missing CSRF token
    let r = p.client.post(app.url(&path)).form(&[("email", "x@example.org"), ("consent", "yes")]).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403);
}

async fn rate_limits_answer_429(app: TestApp) {
    drop(app);
    let Some(app) = TestApp::spawn_with(common::Backend::Sqlite, |s| {
        s.registration.rate_limit_per_email = 2;
        s.registration.rate_limit_per_ip = 0;
    })
    .await
    else {
        return;
    };
    let s = training(&app, None, "open").await;
    let p = Person::new(&app);
    assert_eq!(p.register(&s.slug, "ana@example.org", "Ana").await.status().as_u16(), 303);
    assert_eq!(p.register(&s.slug, "ana@example.org", "Ana").await.status().as_u16(), 303);
    let r = p.register(&s.slug, "ANA@example.org", "Ana").await;
    assert_eq!(r.status().as_u16(), 429);
    let wait: u64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=3600).contains(&wait));
    // another address is not limited
    assert_eq!(p.register(&s.slug, "bo@example.org", "Bo").await.status().as_u16(), 303);
    // nor is the same address on another training: someone submitting Ana's address for one
    // training never holds back her registration for another
    let (_, org) =
        app.api(Method::POST, "/api/v1/organisations", &s.lead, Some(json!({"name": "MOF", "country": "MN"}))).await;
    let (status, other) = app
        .api(
            Method::POST,
            "/api/v1/trainings",
            &s.lead,
            Some(json!({"title": "Follow-up", "timezone": "Asia/Seoul", "organisation_id": org["id"]})),
        )
        .await;
    assert_eq!(status, 201, "{other}");
    let other_id = other["id"].as_i64().unwrap();
    let (status, b) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{other_id}/sessions"),
            &s.lead,
            Some(json!({"title": "Day 1", "starts_at": "2030-03-14T16:00", "ends_at": "2030-03-14T19:00"})),
        )
        .await;
    assert_eq!(status, 201, "{b}");
    let (status, b) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{other_id}/status"),
            &s.lead,
            Some(json!({"status": "published"})),
        )
        .await;
    assert_eq!(status, 200, "{b}");
    let r = p.register(other["slug"].as_str().unwrap(), "ana@example.org", "Ana").await;
    assert_eq!(r.status().as_u16(), 303, "{}", r.text().await.unwrap());
    assert_eq!(
        p.register(&s.slug, "ana@example.org", "Ana").await.status().as_u16(),
        429,
        "still limited on the first"
    );
}

/// (status, attempts, last error, whether its lease is still running) of every outbox row.
type OutboxState = (String, i32, Option<String>, bool);

fn outbox_rows(app: &TestApp) -> Vec<OutboxState> {
    use cascade::db::schema::outbox;
    use diesel::prelude::*;
    let mut conn = app.state.db.get().unwrap();
    let at = cascade::db::now();
    let rows: Vec<(String, i32, Option<String>, Option<chrono::NaiveDateTime>)> = outbox::table
        .order(outbox::id)
        .select((outbox::status, outbox::attempts, outbox::last_error, outbox::locked_until))
        .load(&mut conn)
        .unwrap();
    rows.into_iter().map(|(s, a, e, lock)| (s, a, e, lock.is_some_and(|l| l > at))).collect()
}

/// The worker runs here, one batch at a time, instead of in the background: each step is
/// checked on the outbox rows, with no waiting.
async fn nothing_is_lost_when_smtp_is_down(app: TestApp) {
    use cascade::mail::worker::run_once;
    let s = training(&app, None, "open").await;
    app.stop_background_and_wait().await;
    let mailer = app.mailer();
    app.smtp.refuse(true);
    for i in 0..5 {
        Person::new(&app).register(&s.slug, &format!("p{i}@example.org"), "P").await;
    }
    // the worker tries and will retry: the messages wait in the outbox with the error
    assert_eq!(run_once(&app.state, &mailer).await.unwrap(), 5, "one batch takes all five");
    assert!(app.smtp.all().is_empty());
    let rows = outbox_rows(&app);
    assert_eq!(rows.len(), 5);
    assert!(
        rows.iter().all(|r| r.0 == "pending" && r.1 == 1 && r.2.as_deref().unwrap_or("").contains("try again later")),
        "{rows:?}"
    );
    assert_eq!(run_once(&app.state, &mailer).await.unwrap(), 0, "nothing is due before the retry time");
    // the retry time comes; a worker claims two and dies before sending them
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::outbox;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        diesel::update(outbox::table).set(outbox::next_attempt_at.eq(cascade::db::now())).execute(&mut conn).unwrap();
        let claimed = cascade::mail::worker::claim(&mut conn, 2, chrono::Duration::minutes(10)).unwrap();
        assert_eq!(claimed.len(), 2);
        // ... and never sends them
    })
    .await
    .unwrap();
    app.smtp.refuse(false);
    // another worker sends the other three; the two claimed ones wait for their lease to end
    assert_eq!(run_once(&app.state, &mailer).await.unwrap(), 3);
    assert_eq!(app.smtp.all().len(), 3);
    let rows = outbox_rows(&app);
    let leased: Vec<&OutboxState> = rows.iter().filter(|r| r.0 == "pending").collect();
    assert_eq!(leased.len(), 2, "{rows:?}");
    assert!(leased.iter().all(|r| r.1 == 2 && r.3), "claimed twice, still leased: {rows:?}");
    assert_eq!(run_once(&app.state, &mailer).await.unwrap(), 0, "a leased message is not sent twice");
    // the lease runs out (its end moved to the past rather than waiting ten minutes)
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::outbox;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        let past = cascade::db::now() - chrono::Duration::seconds(1);
        let n = diesel::update(outbox::table.filter(outbox::locked_until.gt(past)))
            .set(outbox::locked_until.eq(Some(past)))
            .execute(&mut conn)
            .unwrap();
        assert_eq!(n, 2);
    })
    .await
    .unwrap();
    assert_eq!(run_once(&app.state, &mailer).await.unwrap(), 2, "the dead worker's messages are sent");
    assert_eq!(run_once(&app.state, &mailer).await.unwrap(), 0);
    let rows = outbox_rows(&app);
    assert!(rows.iter().all(|r| r.0 == "sent" && !r.3), "{rows:?}");
    let received = app.smtp.all();
    let mut ids: Vec<String> = received.iter().map(|m| Mail::parse(&m.raw).message_id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 5, "every message delivered once SMTP answers");
    assert_eq!(received.len(), 5, "and only once");
}

/// Two app instances on one database, each with the real background worker: every message is
/// sent once.
async fn two_instances_send_each_message_once(app: TestApp) {
    let url = app.state.settings.database.url.clone();
    let smtp_port = app.smtp.port;
    let Some(second) = TestApp::spawn_with(app.backend, move |s| {
        s.database.url = url;
        s.mail.smtp_url = format!("smtp://127.0.0.1:{smtp_port}");
    })
    .await
    else {
        return;
    };
    app.stop_background_and_wait().await;
    second.stop_background_and_wait().await;
    let s = training(&app, None, "open").await;
    // queue 200 e-mails while no worker runs
    let env = app.state.link_env.clone();
    let state = app.state.clone();
    let training_id = s.training;
    tokio::task::spawn_blocking(move || {
        let mut conn = state.db.get().unwrap();
        for i in 0..200 {
            let input = cascade::registration::RegistrationInput {
                email: format!("p{i}@example.org"),
                full_name: "P".into(),
                organisation: "O".into(),
                country: "UZ".into(),
                consent: "yes".into(),
                ..Default::default()
            };
            cascade::db::write_transaction(&mut conn, |c| {
                cascade::registration::service::register(c, &env, training_id, &input)
            })
            .unwrap();
        }
    })
    .await
    .unwrap();
    let a = tokio::spawn(cascade::mail::worker::run(app.state.clone(), app.mailer()));
    let b = tokio::spawn(cascade::mail::worker::run(second.state.clone(), second.mailer()));
    common::wait_until(
        "the outbox has nothing pending and the SMTP server has 200 messages",
        Duration::from_secs(30),
        || async { app.pending_mail().await == 0 && app.smtp.all().len() >= 200 },
    )
    .await;
    // both workers stopped (and whatever they had started finished); then one more run of
    // each: nothing is left to send
    app.stop_tasks(vec![a, b]).await;
    let mailer = app.mailer();
    assert_eq!(cascade::mail::worker::run_once(&app.state, &mailer).await.unwrap(), 0);
    let mailer = second.mailer();
    assert_eq!(cascade::mail::worker::run_once(&second.state, &mailer).await.unwrap(), 0);
    let received = app.smtp.all();
    let mut ids: Vec<String> = received.iter().map(|m| Mail::parse(&m.raw).message_id).collect();
    assert_eq!(received.len(), 200, "{} messages for 200 queued", received.len());
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 200);
    // each row was claimed once: a message claimed by both workers would show two attempts,
    // even if the second sending had been cut short
    let rows = outbox_rows(&app);
    assert_eq!(rows.len(), 200);
    let twice: Vec<&OutboxState> = rows.iter().filter(|r| r.0 != "sent" || r.1 != 1).collect();
    assert!(twice.is_empty(), "claimed more than once or not sent: {twice:?}");
}

/// Two reminder schedulers (two instances) race over the same due sessions: everyone gets
/// each reminder once.
async fn reminders_are_sent_once(app: TestApp) {
    use std::sync::{Arc, Barrier};
    let s = training(&app, None, "open").await;
    let people = ["ana@example.org", "bo@example.org", "cy@example.org"];
    let mut pages = Vec::new();
    for email in people {
        let person = Person::new(&app);
        person.register(&s.slug, email, email.split('@').next().unwrap()).await;
        pages.push((person.confirm(email).await, person));
    }
    // only the two schedulers below queue reminders
    app.stop_background_and_wait().await;
    // day 1 now starts in 30 minutes (the 60-minute reminder is due), day 2 in 20 hours (the
    // 24-hour one)
    let state = app.state.clone();
    let sessions = s.sessions.clone();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::training_sessions;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        for (sid, minutes) in sessions.into_iter().zip([30, 20 * 60]) {
            let start = cascade::db::now() + chrono::Duration::minutes(minutes);
            diesel::update(training_sessions::table.find(sid))
                .set((
                    training_sessions::starts_at.eq(start),
                    training_sessions::ends_at.eq(start + chrono::Duration::hours(3)),
                ))
                .execute(&mut conn)
                .unwrap();
        }
    })
    .await
    .unwrap();
    // two schedulers, each with its own connection, start together and run five times each
    let start = Arc::new(Barrier::new(2));
    let schedulers: Vec<_> = (0..2)
        .map(|_| {
            let (env, state, start) = (app.state.link_env.clone(), app.state.clone(), start.clone());
            tokio::task::spawn_blocking(move || {
                let mut conn = state.db.get().unwrap();
                start.wait();
                (0..5)
                    .map(|_| {
                        cascade::db::write_transaction(&mut conn, |c| {
                            cascade::registration::reminders::queue_due(c, &env, &[1440, 60])
                        })
                        .unwrap()
                    })
                    .sum::<usize>()
            })
        })
        .collect();
    let mut queued = 0;
    for scheduler in schedulers {
        queued += scheduler.await.unwrap();
    }
    assert_eq!(queued, people.len() * 2, "one reminder per person and session, whoever queued it");
    app.send_due_mail().await;
    for email in people {
        let reminders: Vec<Mail> =
            app.mail_to(email).await.into_iter().filter(|m| m.subject.starts_with("Starting soon")).collect();
        let mut about: Vec<&str> = reminders
            .iter()
            .map(|m| {
                if m.text.contains("“Day 1”") {
                    "Day 1"
                } else if m.text.contains("“Day 2”") {
                    "Day 2"
                } else {
                    "?"
                }
            })
            .collect();
        about.sort();
        assert_eq!(about, ["Day 1", "Day 2"], "{email}: one reminder per session, not one per run or per offset");
        assert!(reminders.iter().all(|m| m.text.contains("https://meet.example.org/room")));
    }
    // the join link is on the participant page now (day 1 is within the hour)
    let (page, ana) = &pages[0];
    let (_, html) = ana.get(page).await;
    assert!(html.contains("Join the session"));
}

async fn organisers_only_see_their_registrations(app: TestApp) {
    let s = training(&app, None, "open").await;
    app.create_account("stranger@example.org", "Stranger", PW, false).await;
    app.sign_in("stranger@example.org", PW).await;
    // someone with no part in the training gets the answer a training that does not exist
    // gets: ids say nothing about which trainings exist
    for path in
        [format!("/trainings/{}/registrations", s.training), format!("/trainings/{}/registrations.csv", s.training)]
    {
        let (st, _) = app.get_text(&path).await;
        assert_eq!(st, 404, "{path}");
    }
    let (st, missing) = app.get_text("/trainings/999999/registrations").await;
    assert_eq!(st, 404);
    let (_, existing) = app.get_text(&format!("/trainings/{}/registrations", s.training)).await;
    assert_eq!(common::without_csrf_tokens(&existing), common::without_csrf_tokens(&missing));
    let stranger = app.api_token("stranger@example.org", PW).await;
    for path in [format!("/api/v1/trainings/{}", s.training), "/api/v1/trainings/999999".to_string()] {
        let (st, body) = app.api(Method::GET, &path, &stranger, None).await;
        assert_eq!((st, body["code"].as_str()), (404, Some("not_found")), "{path}: {body}");
    }
    let (_, a) = app
        .api(Method::PATCH, &format!("/api/v1/trainings/{}", s.training), &stranger, Some(json!({"title": "Mine"})))
        .await;
    let (_, b) = app.api(Method::PATCH, "/api/v1/trainings/999999", &stranger, Some(json!({"title": "Mine"}))).await;
    assert_eq!(a, b, "the same answer for an existing training and a missing one");
}

async fn local_mailbox_shows_captured_mail(app: TestApp) {
    drop(app);
    // the embedded default: no SMTP server configured
    let Some(app) = TestApp::spawn_with(common::Backend::Sqlite, |s| s.mail.smtp_url = String::new()).await else {
        return;
    };
    let s = training(&app, None, "open").await;
    Person::new(&app).register(&s.slug, "ana@example.org", "Ana").await;
    app.drain_outbox().await;
    let files: Vec<_> = std::fs::read_dir(app.dir.path().join("mail")).unwrap().flatten().collect();
    assert_eq!(files.len(), 1);
    let raw = std::fs::read(files[0].path()).unwrap();
    let mail = Mail::parse(&raw);
    assert!(mail.subject.contains("Confirm your registration"));
    let (st, list) = app.get_text("/mailbox").await;
    assert_eq!(st, 200);
    assert!(list.contains("Confirm your registration"));
    let id = common::extract(&list, "href=\"/mailbox/", "\"").unwrap();
    let (_, show) = app.get_text(&format!("/mailbox/{id}")).await;
    assert!(show.contains("<a href=\"http://127.0.0.1"), "links are clickable");
}

/// The public form keeps what its e-mails show of a training per training version: a change
/// made between two registrations is in the second person's e-mail, and a training that
/// closed in between takes no more registrations. One person's e-mails arrive in the order they
/// were queued, also when they leave in one batch.
async fn the_form_follows_every_change(app: TestApp) {
    let s = training(&app, None, "open").await;
    let first = Person::new(&app);
    assert_eq!(first.register(&s.slug, "first@example.org", "First").await.status().as_u16(), 303);
    let mail = app.mail_to("first@example.org").await;
    assert!(mail[0].text.contains("Reporting portal ToT"), "{}", mail[0].text);
    // the organiser renames the training; the next registrant's e-mail has the new name
    let body =
        json!({"title": "Reporting portal ToT, second run", "timezone": "Asia/Seoul", "registration_mode": "open"});
    let (st, b) = app.api(Method::PUT, &format!("/api/v1/trainings/{}", s.training), &s.lead, Some(body)).await;
    assert_eq!(st, 200, "{b}");
    let second = Person::new(&app);
    assert_eq!(second.register(&s.slug, "second@example.org", "Second").await.status().as_u16(), 303);
    let mail = app.mail_to("second@example.org").await;
    assert!(mail[0].text.contains("Reporting portal ToT, second run"), "{}", mail[0].text);
    // one address sent five times at once (double clicks, two tabs; five is the per-address
    // rate limit): one registration, and
    // every request gets the same answer
    let people: Vec<Person> = (0..5).map(|_| Person::new(&app)).collect();
    let answers =
        futures_util::future::join_all(people.iter().map(|p| p.register(&s.slug, "twice@example.org", "Twice"))).await;
    assert!(
        answers.iter().all(|r| r.status().as_u16() == 303),
        "{:?}",
        answers.iter().map(|r| r.status()).collect::<Vec<_>>()
    );
    let twice: Vec<_> = statuses(&app, s.training).into_iter().filter(|(e, _)| e == "twice@example.org").collect();
    assert_eq!(twice, [("twice@example.org".to_string(), "pending".to_string())]);
    // registration closes (invitation only now): the form refuses and nothing is written
    let body = json!({"title": "Reporting portal ToT, second run", "timezone": "Asia/Seoul", "registration_mode": "invitation"});
    let (st, b) = app.api(Method::PUT, &format!("/api/v1/trainings/{}", s.training), &s.lead, Some(body)).await;
    assert_eq!(st, 200, "{b}");
    let third = Person::new(&app);
    // (the page no longer shows the form: the form token comes from another page)
    let fields = [
        ("email", "third@example.org"),
        ("full_name", "Third"),
        ("organisation", "Office"),
        ("country", "XK"),
        ("consent", "yes"),
    ];
    let r = third.submit("/sign-in", &format!("/t/{}/register", s.slug), &fields).await;
    assert_eq!(r.status().as_u16(), 403);
    let page = r.text().await.unwrap();
    assert!(page.contains("invitation only"), "{page}");
    assert_eq!(statuses(&app, s.training).len(), 3);
    // five e-mails to one person queued together arrive in queue order
    let state = app.state.clone();
    app.state
        .db
        .write(move |conn| {
            for n in 1..=5 {
                let email = cascade::mail::Email {
                    kind: "reminder",
                    training_id: None,
                    to: "\"Order Test\" <order@example.org>".into(),
                    subject: format!("Message {n} of 5"),
                    text: format!("number {n}"),
                    html: format!("<p>number {n}</p>"),
                    calendar: None,
                    attachments: Vec::new(),
                };
                cascade::mail::enqueue(conn, &email, &state.link_env.host)?;
            }
            Ok(())
        })
        .await
        .unwrap();
    app.state.mail_wake.notify_one();
    let subjects: Vec<String> = app.mail_to("order@example.org").await.into_iter().map(|m| m.subject).collect();
    let expected: Vec<String> = (1..=5).map(|n| format!("Message {n} of 5")).collect();
    assert_eq!(subjects, expected);
}

/// Sent e-mails are deleted after `mail.keep_sent_days`; failed and pending ones, and recent
/// sent ones, stay.
async fn old_sent_mail_is_deleted(app: TestApp) {
    use cascade::db::schema::outbox;
    use diesel::prelude::*;
    // the worker purges once when it starts: stopped, and any purge it had begun finished,
    // before anything is inserted, so that only the calls below delete
    app.stop_background_and_wait().await;
    let host = app.state.link_env.host.clone();
    let ids: Vec<i64> = app
        .state
        .db
        .write(move |conn| {
            let mut ids = Vec::new();
            for (n, status) in ["sent", "sent", "failed", "sent"].iter().enumerate() {
                let email = cascade::mail::Email {
                    kind: "reminder",
                    training_id: None,
                    to: format!("old{n}@example.org"),
                    subject: format!("Old {n}"),
                    text: "text".into(),
                    html: "<p>html</p>".into(),
                    calendar: None,
                    attachments: Vec::new(),
                };
                let id = cascade::mail::enqueue(conn, &email, &host)?;
                let age = if n == 1 { 1 } else { 40 };
                let at = cascade::db::now() - chrono::Duration::days(age);
                let sent_at = (*status == "sent").then_some(at);
                diesel::update(outbox::table.find(id))
                    .set((outbox::status.eq(*status), outbox::sent_at.eq(sent_at), outbox::created_at.eq(at)))
                    .execute(conn)?;
                ids.push(id);
            }
            Ok(ids)
        })
        .await
        .unwrap();
    // which of them are still in the outbox
    let remaining = || {
        let ids = ids.clone();
        app.state.db.run(move |c| {
            Ok(outbox::table.filter(outbox::id.eq_any(ids)).order(outbox::id).select(outbox::id).load::<i64>(c)?)
        })
    };
    assert!(app.background_stopped());
    assert_eq!(remaining().await.unwrap(), ids, "nothing else deleted any of them");
    let before = cascade::db::now() - chrono::Duration::days(30);
    // one at a time, to see the limit hold
    let first = app.state.db.run(move |c| cascade::mail::worker::purge_sent(c, before, 1)).await.unwrap();
    let rest = app.state.db.run(move |c| cascade::mail::worker::purge_sent(c, before, 1000)).await.unwrap();
    assert_eq!((first, rest), (1, 1));
    assert_eq!(remaining().await.unwrap(), [ids[1], ids[2]], "the recent sent e-mail and the failed one stay");
}

/// Registration closes when the training has taken place (the 2023 demo), and by default when
/// its last session starts; the public page and the form say so, and the form's POST is refused
/// without writing anything or sending an invite.
async fn registration_closes_when_the_training_is_over(app: TestApp) {
    app.load_demo().await;
    let slug = cascade::demo::SLUG;
    let (s, page) = app.get_text(&format!("/t/{slug}")).await;
    assert_eq!(s, 200);
    assert!(page.contains("This training took place on 14–16 February 2023."), "{page}");
    assert!(!page.contains(&format!("href=\"/t/{slug}/register\"")), "no Register button");
    let (s, form) = app.get_text(&format!("/t/{slug}/register")).await;
    assert_eq!(s, 200);
    assert!(form.contains("Registration is closed: this training took place on 14–16 February 2023."), "{form}");
    let before = app.mail_to("late@example.org").await.len();
    // the closed form has no fields to send; a hand-made POST (with a valid CSRF pair taken
    // from an open form) is refused all the same
    let late = Person::new(&app);
    let fields = [
        ("email", "late@example.org"),
        ("full_name", "Late Comer"),
        ("organisation", "Office"),
        ("country", "XK"),
        ("consent", "yes"),
    ];
    let open_form = format!("/t/{}/register", cascade::demo::UPCOMING_SLUG);
    let r = late.submit(&open_form, &format!("/t/{slug}/register"), &fields).await;
    assert_eq!(r.status().as_u16(), 422, "refused");
    assert!(r.text().await.unwrap().contains("this training took place on"));
    assert_eq!(app.mail_to("late@example.org").await.len(), before, "no e-mail");
    // the follow-up is open
    let upcoming = cascade::demo::UPCOMING_SLUG;
    let (_, page) = app.get_text(&format!("/t/{upcoming}")).await;
    assert!(page.contains(&format!("href=\"/t/{upcoming}/register\"")), "{page}");

    // a training whose last session has started: closed by default, not over yet
    let s = training(&app, None, "open").await;
    let now = chrono::Utc::now().with_timezone(&chrono_tz::Asia::Seoul);
    let local = |h: i64| (now + chrono::Duration::hours(h)).format("%Y-%m-%dT%H:%M").to_string();
    for (session, (from, to)) in s.sessions.iter().zip([(-26, -23), (-1, 2)]) {
        let (st, b) = app
            .api(
                Method::PUT,
                &format!("/api/v1/trainings/{}/sessions/{session}", s.training),
                &s.lead,
                Some(json!({"title": "Day", "starts_at": local(from), "ends_at": local(to)})),
            )
            .await;
        assert_eq!(st, 204, "{b}");
    }
    let (_, page) = app.get_text(&format!("/t/{}", s.slug)).await;
    assert!(page.contains("Registration is closed."), "{page}");
    let (_, form) = app.get_text(&format!("/t/{}/register", s.slug)).await;
    assert!(form.contains("Registration is closed: registration closed on"), "{form}");
    let r = late.submit(&open_form, &format!("/t/{}/register", s.slug), &fields).await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(statuses(&app, s.training).is_empty());
}

/// The registrations API: the list with filters, paging and CSV; an organiser adds a walk-in
/// (confirmed, invites sent) and an invitee; reads and corrects one; acts on it; strangers see
/// nothing, and bad input changes nothing.
async fn registrations_api(app: TestApp) {
    let s = training(&app, Some(10), "open").await;
    let ana = Person::new(&app);
    ana.register(&s.slug, "ana@example.org", "Ana Lima").await;
    ana.confirm("ana@example.org").await;
    let list = format!("/api/v1/trainings/{}/registrations", s.training);
    let (st, page) = app.api(Method::GET, &list, &s.lead, None).await;
    assert_eq!(st, 200, "{page}");
    assert_eq!(
        (page["total"].as_u64(), page["page"].as_u64(), page["per_page"].as_u64()),
        (Some(1), Some(1), Some(100))
    );
    assert_eq!(page["items"][0]["email"], "ana@example.org");
    assert_eq!(page["items"][0]["status"], "confirmed");
    for bad in ["?page=0", "?per_page=501", "?status=happy"] {
        let (st, body) = app.api(Method::GET, &format!("{list}{bad}"), &s.lead, None).await;
        assert_eq!(st, 422, "{bad}: {body}");
    }
    // an organiser adds a walk-in (confirmed, invites sent) and an invitee (their link sent)
    let (st, bo) = app
        .api(Method::POST, &list, &s.lead, Some(json!({"email": "bo@example.org", "full_name": "Bo", "organisation": "Office", "country": "MN", "status": "confirmed"})))
        .await;
    assert_eq!(st, 201, "{bo}");
    assert_eq!(bo["status"], "confirmed");
    let bo_mail = app.mail_to("bo@example.org").await;
    assert!(bo_mail[0].subject.contains("You are registered"), "{:?}", bo_mail[0].subject);
    let (st, cy) = app
        .api(Method::POST, &list, &s.lead, Some(json!({"email": "cy@example.org", "full_name": "Cy", "organisation": "Office", "country": "UZ", "status": "invited"})))
        .await;
    assert_eq!(st, 201, "{cy}");
    assert_eq!(cy["status"], "invited");
    assert_eq!(app.mail_to("cy@example.org").await.len(), 1, "the invitation");
    let (st, dup) = app
        .api(Method::POST, &list, &s.lead, Some(json!({"email": "BO@example.org", "full_name": "Bo", "organisation": "Office", "country": "MN", "status": "confirmed"})))
        .await;
    assert_eq!(st, 409, "{dup}");
    let (st, bad) = app
        .api(Method::POST, &list, &s.lead, Some(json!({"email": "not-an-address", "full_name": "X", "organisation": "O", "country": "MN", "status": "confirmed"})))
        .await;
    assert_eq!(st, 422, "{bad}");
    // filters and paging
    let (_, page) = app.api(Method::GET, &format!("{list}?status=confirmed&per_page=1&page=2"), &s.lead, None).await;
    assert_eq!((page["total"].as_u64(), page["items"].as_array().unwrap().len()), (Some(2), 1), "{page}");
    let (_, page) = app.api(Method::GET, &format!("{list}?country=UZ"), &s.lead, None).await;
    assert_eq!(page["items"][0]["email"], "cy@example.org");
    // CSV by Accept
    let r = app.client.get(app.url(&list)).bearer_auth(&s.lead).header("accept", "text/csv").send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = r.text().await.unwrap();
    assert!(csv.starts_with("email,full_name,") && csv.lines().count() == 4, "{csv}");
    // one, corrected, acted on
    let one = format!("/api/v1/registrations/{}", bo["id"]);
    let (st, got) = app.api(Method::GET, &one, &s.lead, None).await;
    assert_eq!((st, got["full_name"].as_str()), (200, Some("Bo")));
    let (st, fixed) =
        app.api(Method::PATCH, &one, &s.lead, Some(json!({"full_name": "Bo Bold", "age_band": "25_34"}))).await;
    assert_eq!(st, 200, "{fixed}");
    assert_eq!(
        (fixed["full_name"].as_str(), fixed["age_band"].as_str(), fixed["country"].as_str()),
        (Some("Bo Bold"), Some("25_34"), Some("MN"))
    );
    let (st, _) = app.api(Method::PATCH, &one, &s.lead, Some(json!({"country": "Atlantis"}))).await;
    assert_eq!(st, 422);
    assert_eq!(app.api(Method::GET, &one, &s.lead, None).await.1["country"], "MN", "unchanged");
    let (st, cancelled) = app.api(Method::POST, &format!("{one}/cancel"), &s.lead, None).await;
    assert_eq!((st, cancelled["status"].as_str()), (200, Some("cancelled")), "{cancelled}");
    let (st, _) = app.api(Method::POST, &format!("{one}/approve"), &s.lead, None).await;
    assert_eq!(st, 409, "only registrations waiting for approval");
    let (st, _) = app.api(Method::POST, &format!("{one}/explode"), &s.lead, None).await;
    assert_eq!(st, 404);
    // strangers see nothing
    app.create_account("stranger@example.org", "Stranger", PW, false).await;
    let stranger = app.api_token("stranger@example.org", PW).await;
    assert_eq!(app.api(Method::GET, &list, &stranger, None).await.0, 404);
    assert_eq!(app.api(Method::GET, &one, &stranger, None).await.0, 404);
    assert_eq!(app.api(Method::POST, &format!("{one}/resend"), &stranger, None).await.0, 404);
}

/// (name, organisation, country, sex, status) stored for `email` on the training.
fn stored(app: &TestApp, training_id: i64, email: &str) -> (String, String, String, Option<String>, String) {
    use cascade::db::schema::registrations;
    use diesel::prelude::*;
    let mut conn = app.state.db.get().unwrap();
    registrations::table
        .filter(registrations::training_id.eq(training_id))
        .filter(registrations::email.eq(email))
        .select((
            registrations::full_name,
            registrations::organisation,
            registrations::country,
            registrations::sex,
            registrations::status,
        ))
        .first(&mut conn)
        .unwrap()
}

/// Sends the public form for `email` with other details.
async fn register_as(p: &Person<'_>, slug: &str, email: &str, name: &str, org: &str, country: &str) -> u16 {
    let path = format!("/t/{slug}/register");
    let fields = [
        ("email", email),
        ("full_name", name),
        ("organisation", org),
        ("country", country),
        ("sex", "male"),
        ("consent", "yes"),
    ];
    p.submit(&path, &path, &fields).await.status().as_u16()
}

/// Issue 11, item 5: whoever knows an address cannot overwrite that person's unconfirmed
/// registration, nor bring back one they cancelled. A second submission changes nothing
/// stored; its details wait on their own link, sent to the address, and apply when (and only
/// when) that link is used.
async fn a_second_submission_changes_nothing_until_its_link_is_used(app: TestApp) {
    let s = training(&app, None, "open").await;
    let ana = Person::new(&app);
    assert_eq!(ana.register(&s.slug, "ana@example.org", "Ana Lima").await.status().as_u16(), 303);
    let ana_details = ("Ana Lima".to_string(), "Office".to_string(), "XK".to_string(), Some("female".to_string()));
    let first_link = app.last_link_to("ana@example.org").await;
    // someone else sends the form for Ana's address
    let mallory = Person::new(&app);
    assert_eq!(register_as(&mallory, &s.slug, "ana@example.org", "Mallory", "Evil Corp", "KR").await, 303);
    let now = stored(&app, s.training, "ana@example.org");
    assert_eq!((now.0, now.1, now.2, now.3), ana_details.clone(), "the unconfirmed registration was overwritten");
    assert_eq!(now.4, "pending");
    // the second link went to Ana's address (not to whoever sent the form)
    let mails = app.mail_to("ana@example.org").await;
    assert_eq!(mails.len(), 2);
    assert!(mails[1].text.contains("Mallory"), "the e-mail says what its link would confirm");
    // Ana confirms with her own first link: her details, confirmed
    ana.confirm_link(&first_link).await;
    let now = stored(&app, s.training, "ana@example.org");
    assert_eq!(
        (now.0, now.1, now.2, now.3, now.4.as_str()),
        (ana_details.0.clone(), ana_details.1.clone(), ana_details.2.clone(), ana_details.3.clone(), "confirmed")
    );

    // a cancelled registration is not brought back by someone else either
    let bob = Person::new(&app);
    assert_eq!(bob.register(&s.slug, "bob@example.org", "Bob").await.status().as_u16(), 303);
    let page = bob.confirm("bob@example.org").await;
    let r = bob.submit(&page, &format!("{page}/cancel"), &[]).await;
    assert!(r.status().is_redirection() || r.status().is_success(), "{}", r.status());
    assert_eq!(stored(&app, s.training, "bob@example.org").4, "cancelled");
    assert_eq!(register_as(&mallory, &s.slug, "bob@example.org", "Not Bob", "Evil Corp", "KR").await, 303);
    let now = stored(&app, s.training, "bob@example.org");
    assert_eq!((now.0.as_str(), now.4.as_str()), ("Bob", "cancelled"), "a cancelled registration came back");
    // Bob himself uses the link that second submission sent: the new details apply, and he
    // is back (confirmed: the training has room)
    let page = bob.confirm("bob@example.org").await;
    assert!(page.starts_with("/p/"), "{page}");
    let now = stored(&app, s.training, "bob@example.org");
    assert_eq!(
        (now.0.as_str(), now.1.as_str(), now.2.as_str(), now.4.as_str()),
        ("Not Bob", "Evil Corp", "KR", "confirmed")
    );
    // each link works once: the second submission's link to Ana is still hers to use, and
    // using it applies those details only then
    let link =
        app.mail_to("ana@example.org").await.iter().rev().find(|m| m.text.contains("Mallory")).unwrap().first_link();
    assert!(link.contains("/confirm/"), "{link}");
    let (st, _) = ana.get(link.strip_prefix(&app.base).unwrap()).await;
    assert_eq!(st, 200);
    assert_eq!(stored(&app, s.training, "ana@example.org").0, "Ana Lima", "opening the link (GET) changes nothing");
}

on_both_backends!(
    registrations_api,
    registration_closes_when_the_training_is_over,
    a_second_submission_changes_nothing_until_its_link_is_used,
    old_sent_mail_is_deleted,
    the_form_follows_every_change,
    double_opt_in_gives_a_real_invite,
    invites_follow_every_change,
    waiting_list_fills_free_places,
    capacity_holds_under_500_concurrent_confirmations,
    approval_mode_waits_for_the_organisers,
    invitation_only_with_csv_import,
    bad_input_changes_nothing,
    nothing_is_lost_when_smtp_is_down,
    two_instances_send_each_message_once,
    reminders_are_sent_once,
    organisers_only_see_their_registrations,
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits() {
    let app = TestApp::spawn(common::Backend::Sqlite).await.unwrap();
    rate_limits_answer_429(app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn local_mailbox() {
    let app = TestApp::spawn(common::Backend::Sqlite).await.unwrap();
    local_mailbox_shows_captured_mail(app).await;
}
