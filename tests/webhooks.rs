//! Webhooks on both databases, delivered over TCP to a real HTTP receiver inside the test
//! (tests/common/receiver.rs): every event type arrives signed (the signature recomputed by
//! Python's `hmac`, an independent implementation), with the documented payload and no personal
//! data; a receiver that is down loses nothing (the worker driven by its run-once call, retries
//! made due by moving `next_attempt_at`, no sleeping); failures pause an endpoint and resuming
//! sends what waited; two workers on one database send each delivery once; addresses are
//! checked again before each delivery; only the organisation's
//! administrators see its endpoints (404 for anyone else); bad input is refused with 422 and
//! stores nothing; the pages work without JavaScript.

mod common;

use std::collections::BTreeSet;

use actix_web::web;
use common::receiver::{Receiver, Request};
use common::{extract, Person, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

const PW: &str = "correct horse battery";
/// A public address written as an IP: accepted without asking DNS (nothing is sent there).
const PUBLIC: &str = "https://93.184.216.34/hooks/cascade";
const ALL_TYPES: [&str; 8] = [
    "registration.confirmed",
    "registration.cancelled",
    "registration.waitlisted",
    "registration.promoted",
    "session.added",
    "session.changed",
    "session.deleted",
    "certificate.issued",
];

/// Receivers on 127.0.0.1 are allowed in these apps (development and tests only).
async fn spawn_local(backend: common::Backend, tweak: impl FnOnce(&mut cascade::config::Settings)) -> Option<TestApp> {
    TestApp::spawn_with(backend, |s| {
        s.webhooks.allow_loopback = true;
        tweak(s);
    })
    .await
}

/// The two tests (SQLite, PostgreSQL) of a module with `settings` and `run`, in apps that
/// allow local receivers.
macro_rules! with_local_receivers {
    () => {
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn sqlite() {
            let app = crate::spawn_local(crate::common::Backend::Sqlite, settings).await.expect("sqlite app");
            run(app).await;
        }
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn postgres() {
            if let Some(app) = crate::spawn_local(crate::common::Backend::Postgres, settings).await {
                run(app).await;
            }
        }
    };
}

struct Setup {
    lead: String,
    organisation: i64,
    training: i64,
    slug: String,
    sessions: Vec<i64>,
}

/// An organiser, their organisation and a published training with two sessions in 2030.
async fn training(app: &TestApp, email: &str, capacity: Option<i32>) -> Setup {
    app.create_account(email, "Lead", PW, false).await;
    let lead = app.api_token(email, PW).await;
    let name = format!("Org {}", email.split('@').next().unwrap());
    let (s, org) =
        app.api(Method::POST, "/api/v1/organisations", &lead, Some(json!({"name": name, "country": "KR"}))).await;
    assert_eq!(s, 201, "{org}");
    let organisation = org["id"].as_i64().unwrap();
    let training = new_training(app, &lead, organisation, capacity).await;
    let mut sessions = Vec::new();
    for day in [14, 15] {
        let (s, b) = app
            .api(Method::POST, &format!("/api/v1/trainings/{training}/sessions"), &lead, Some(json!({"title": format!("Day {}", day - 13), "starts_at": format!("2030-02-{day}T16:00"), "ends_at": format!("2030-02-{day}T19:00"), "join_url": "https://meet.example.org/secret-room"})))
            .await;
        assert_eq!(s, 201, "{b}");
        sessions.push(b["id"].as_i64().unwrap());
    }
    let (s, b) = app
        .api(Method::POST, &format!("/api/v1/trainings/{training}/status"), &lead, Some(json!({"status": "published"})))
        .await;
    assert_eq!(s, 200, "{b}");
    let (_, t) = app.api(Method::GET, &format!("/api/v1/trainings/{training}"), &lead, None).await;
    Setup { lead, organisation, training, slug: t["slug"].as_str().unwrap().to_string(), sessions }
}

async fn new_training(app: &TestApp, token: &str, organisation: i64, capacity: Option<i32>) -> i64 {
    let mut body = json!({"title": "Reporting portal ToT", "timezone": "Asia/Seoul", "organisation_id": organisation, "registration_mode": "open"});
    if let Some(c) = capacity {
        body["capacity"] = json!(c);
    }
    let (s, t) = app.api(Method::POST, "/api/v1/trainings", token, Some(body)).await;
    assert_eq!(s, 201, "{t}");
    t["id"].as_i64().unwrap()
}

/// Adds an endpoint through the API; returns its answer (with the secret).
async fn endpoint(app: &TestApp, token: &str, organisation: i64, body: Value) -> Value {
    let (s, e) =
        app.api(Method::POST, &format!("/api/v1/organisations/{organisation}/webhooks"), token, Some(body)).await;
    assert_eq!(s, 201, "{e}");
    e
}

/// A participant registers through the public form and confirms from the e-mail; returns the
/// registration's id.
async fn register_and_confirm(app: &TestApp, slug: &str, email: &str, name: &str) -> i64 {
    let p = Person::new(app);
    let path = format!("/t/{slug}/register");
    let fields = [
        ("email", email),
        ("full_name", name),
        ("organisation", "Office"),
        ("country", "XK"),
        ("sex", "female"),
        ("consent", "yes"),
    ];
    assert_eq!(p.submit(&path, &path, &fields).await.status().as_u16(), 303, "registering {email}");
    let link = app.last_link_to(email).await;
    let confirm = link.strip_prefix(&app.base).unwrap().to_string();
    assert_eq!(p.submit(&confirm, &confirm, &[]).await.status().as_u16(), 303, "confirming {email}");
    registration_id(app, email)
}

fn registration_id(app: &TestApp, email: &str) -> i64 {
    use cascade::db::schema::registrations;
    use diesel::prelude::*;
    let mut conn = app.state.db.get().unwrap();
    registrations::table.filter(registrations::email.eq(email)).select(registrations::id).first(&mut conn).unwrap()
}

/// An organiser adds a walk-in (confirmed at once) through the API.
async fn walk_in(app: &TestApp, token: &str, training: i64, email: &str) -> i64 {
    let (s, r) = app
        .api(Method::POST, &format!("/api/v1/trainings/{training}/registrations"), token, Some(json!({"email": email, "full_name": "Walk In", "organisation": "Office", "country": "MN", "status": "confirmed"})))
        .await;
    assert_eq!(s, 201, "{r}");
    r["id"].as_i64().unwrap()
}

/// `sha256=<hex>` of `<timestamp>.<body>` under `secret`, computed by Python's hmac module.
fn python_signature(secret: &str, timestamp: &str, body: &[u8]) -> String {
    let script = "import hmac, hashlib, sys; body = sys.stdin.buffer.read(); \
                  print('sha256=' + hmac.new(sys.argv[1].encode(), sys.argv[2].encode() + b'.' + body, hashlib.sha256).hexdigest())";
    let (ok, out) = common::tools::run("python3", &["-c", script, secret, timestamp], body);
    assert!(ok, "python3: {out}");
    out.trim().to_string()
}

/// Checks what every delivery carries: method, type, headers, a fresh timestamp, and a
/// signature that an independent HMAC implementation computes the same.
fn check_signed(r: &Request, secret: &str) {
    assert_eq!(r.method, "POST");
    assert!(r.header("content-type").starts_with("application/json"), "{:?}", r.headers);
    let body = r.json();
    assert_eq!(r.header("x-cascade-event"), body["type"].as_str().unwrap(), "the header names the payload's type");
    assert!(uuid::Uuid::parse_str(r.header("x-cascade-delivery")).is_ok(), "{:?}", r.headers);
    let timestamp = r.header("x-cascade-timestamp");
    let sent: i64 = timestamp.parse().expect("Unix seconds");
    assert!((chrono::Utc::now().timestamp() - sent).abs() < 300, "a fresh timestamp: {timestamp}");
    assert_eq!(r.header("x-cascade-signature"), python_signature(secret, timestamp, &r.body), "the signature");
    assert_ne!(r.header("x-cascade-signature"), python_signature("whsec_wrong", timestamp, &r.body));
    for key in ["id", "type", "created_at", "organisation", "training", "data"] {
        assert!(!body[key].is_null(), "{key} in {body}");
    }
    // no personal data: no address, no name, no join link
    let text = String::from_utf8_lossy(&r.body);
    for secret_part in ["@", "Ana", "Lima", "Walk In", "secret-room"] {
        assert!(!text.contains(secret_part), "{secret_part:?} in {text}");
    }
}

async fn wait_for(receiver: &Receiver, path: &str, n: usize) -> Vec<Request> {
    let what = format!("{n} deliveries to {path}");
    common::wait_until(&what, std::time::Duration::from_secs(20), || async {
        receiver.requests().iter().filter(|r| r.path == path).count() >= n
    })
    .await;
    receiver.requests().into_iter().filter(|r| r.path == path).collect()
}

fn of_type<'a>(requests: &'a [Request], t: &str) -> Vec<&'a Request> {
    requests.iter().filter(|r| r.header("x-cascade-event") == t).collect()
}

mod every_event_arrives_signed {
    use super::*;

    with_local_receivers!();

    pub fn settings(_: &mut cascade::config::Settings) {}

    pub async fn run(app: TestApp) {
        let receiver = Receiver::start().await;
        let s = training(&app, "lead@example.org", Some(1)).await;
        let hooks = format!("/api/v1/organisations/{}/webhooks", s.organisation);
        let all = endpoint(
            &app,
            &s.lead,
            s.organisation,
            json!({"url": receiver.url("/hook"), "description": "CRM", "event_types": ALL_TYPES}),
        )
        .await;
        let secret = all["secret"].as_str().unwrap().to_string();
        assert!(secret.starts_with("whsec_") && secret.len() > 40, "{secret}");
        assert_eq!(all["event_types"], json!(ALL_TYPES));
        assert_eq!((all["all_trainings"].as_bool(), all["enabled"].as_bool()), (Some(true), Some(true)));
        // the secret is shown once
        let (st, got) = app.api(Method::GET, &format!("{hooks}/{}", all["id"]), &s.lead, None).await;
        assert_eq!(st, 200, "{got}");
        assert!(got.get("secret").is_none(), "{got}");
        assert_eq!(got["secret_hint"].as_str().unwrap(), format!("…{}", &secret[secret.len() - 4..]));
        let (_, listed) = app.api(Method::GET, &hooks, &s.lead, None).await;
        assert!(!listed.to_string().contains(&secret[6..]), "{listed}");
        // one endpoint only for session changes; one limited to another training; another
        // organisation's, which organises nothing here
        endpoint(
            &app,
            &s.lead,
            s.organisation,
            json!({"url": receiver.url("/sessions"), "event_types": ["session.changed"]}),
        )
        .await;
        let other_training = new_training(&app, &s.lead, s.organisation, None).await;
        endpoint(&app, &s.lead, s.organisation, json!({"url": receiver.url("/limited"), "event_types": ALL_TYPES, "all_trainings": false, "training_ids": [other_training]})).await;
        let other = training(&app, "other@example.org", None).await;
        endpoint(
            &app,
            &other.lead,
            other.organisation,
            json!({"url": receiver.url("/other"), "event_types": ALL_TYPES}),
        )
        .await;

        // registration: confirmed; waitlisted (one place); cancelled, and the place goes to
        // the waiting list
        let ana = register_and_confirm(&app, &s.slug, "ana@example.org", "Ana Lima").await;
        let bo = register_and_confirm(&app, &s.slug, "bo@example.org", "Bo Lima").await;
        let (st, body) = app.api(Method::POST, &format!("/api/v1/registrations/{ana}/cancel"), &s.lead, None).await;
        assert_eq!(st, 200, "{body}");
        // sessions: changed (title and time), added, deleted
        let first = format!("/api/v1/trainings/{}/sessions/{}", s.training, s.sessions[0]);
        let (st, body) = app
            .api(Method::PUT, &first, &s.lead, Some(json!({"title": "Day 1, moved", "starts_at": "2030-02-14T17:00", "ends_at": "2030-02-14T19:00", "join_url": "https://meet.example.org/secret-room"})))
            .await;
        assert_eq!(st, 204, "{body}");
        let (st, added) = app
            .api(
                Method::POST,
                &format!("/api/v1/trainings/{}/sessions", s.training),
                &s.lead,
                Some(json!({"title": "Day 3", "starts_at": "2030-02-16T16:00", "ends_at": "2030-02-16T19:00"})),
            )
            .await;
        assert_eq!(st, 201, "{added}");
        let day3 = added["id"].as_i64().unwrap();
        let (st, _) =
            app.api(Method::DELETE, &format!("/api/v1/trainings/{}/sessions/{day3}", s.training), &s.lead, None).await;
        assert_eq!(st, 204);

        let got = wait_for(&receiver, "/hook", 7).await;
        for r in &got {
            check_signed(r, &secret);
        }
        let types: Vec<&str> = got.iter().map(|r| r.header("x-cascade-event")).collect();
        let expected = [
            "registration.confirmed",
            "registration.waitlisted",
            "registration.cancelled",
            "registration.promoted",
            "session.changed",
            "session.added",
            "session.deleted",
        ];
        assert_eq!(types.iter().copied().collect::<BTreeSet<_>>(), expected.into_iter().collect(), "{types:?}");
        assert_eq!(got.len(), 7, "each once: {types:?}");
        let deliveries: BTreeSet<&str> = got.iter().map(|r| r.header("x-cascade-delivery")).collect();
        assert_eq!(deliveries.len(), 7, "a delivery id each");

        let body = |t: &str| of_type(&got, t)[0].json();
        let confirmed = body("registration.confirmed");
        assert_eq!(confirmed["organisation"], json!({"id": s.organisation, "name": "Org lead"}));
        assert_eq!(confirmed["training"]["id"], json!(s.training));
        assert_eq!(confirmed["training"]["slug"], json!(s.slug));
        assert_eq!(confirmed["training"]["url"], json!(app.url(&format!("/api/v1/trainings/{}", s.training))));
        assert!(confirmed["id"].as_str().unwrap().starts_with("evt_"), "{confirmed}");
        assert!(confirmed["created_at"].as_str().unwrap().ends_with('Z'), "{confirmed}");
        let reg = &confirmed["data"]["registration"];
        assert_eq!((reg["id"].as_i64(), reg["status"].as_str()), (Some(ana), Some("confirmed")), "{confirmed}");
        assert_eq!(reg["previous_status"], "pending");
        assert_eq!(reg["url"], json!(app.url(&format!("/api/v1/registrations/{ana}"))));
        let waitlisted = &body("registration.waitlisted")["data"]["registration"];
        assert_eq!((waitlisted["id"].as_i64(), waitlisted["status"].as_str()), (Some(bo), Some("waitlisted")));
        let cancelled = &body("registration.cancelled")["data"]["registration"];
        assert_eq!((cancelled["id"].as_i64(), cancelled["previous_status"].as_str()), (Some(ana), Some("confirmed")));
        let promoted = &body("registration.promoted")["data"]["registration"];
        assert_eq!(
            (promoted["id"].as_i64(), promoted["status"].as_str(), promoted["previous_status"].as_str()),
            (Some(bo), Some("confirmed"), Some("waitlisted"))
        );
        let changed = body("session.changed");
        let data = &changed["data"];
        assert_eq!(data["session"]["id"], json!(s.sessions[0]));
        assert_eq!(
            (data["session"]["title"].as_str(), data["before"]["title"].as_str()),
            (Some("Day 1, moved"), Some("Day 1"))
        );
        // 17:00 in Seoul is 08:00 UTC
        assert_eq!(data["session"]["starts_at"], "2030-02-14T08:00:00Z");
        assert_eq!(data["before"]["starts_at"], "2030-02-14T07:00:00Z");
        assert_eq!(data["changed"], json!(["title", "starts_at"]));
        assert_eq!(body("session.added")["data"]["session"]["id"], json!(day3));
        assert_eq!(body("session.deleted")["data"]["session"]["title"], "Day 3");

        // the session endpoint got only its type; nothing went where it should not
        let sessions = wait_for(&receiver, "/sessions", 1).await;
        assert_eq!(sessions[0].header("x-cascade-event"), "session.changed");
        assert_eq!(changed["id"], sessions[0].json()["id"], "one event id for every endpoint it reached");
        assert_ne!(
            sessions[0].header("x-cascade-delivery"),
            of_type(&got, "session.changed")[0].header("x-cascade-delivery")
        );
        let paths: Vec<String> = receiver.requests().iter().map(|r| r.path.clone()).collect();
        assert!(!paths.iter().any(|p| p == "/limited" || p == "/other"), "{paths:?}");
        assert_eq!(paths.iter().filter(|p| *p == "/sessions").count(), 1, "{paths:?}");

        // the delivery log: each delivered at the first attempt, with the answer
        let (st, log) = app.api(Method::GET, &format!("{hooks}/{}/deliveries", all["id"]), &s.lead, None).await;
        assert_eq!(st, 200, "{log}");
        let items = log["items"].as_array().unwrap();
        assert_eq!(items.len(), 7, "{log}");
        assert!(log["next_before"].is_null());
        for d in items {
            assert_eq!((d["status"].as_str(), d["attempts"].as_i64()), (Some("delivered"), Some(1)), "{d}");
            assert_eq!(
                (d["last_status_code"].as_i64(), d["last_response"].as_str()),
                (Some(200), Some("received with 200"))
            );
            assert!(deliveries.contains(d["delivery_id"].as_str().unwrap()), "{d}");
        }
        let (st, page) =
            app.api(Method::GET, &format!("{hooks}/{}/deliveries?limit=2", all["id"]), &s.lead, None).await;
        assert_eq!((st, page["items"].as_array().unwrap().len()), (200, 2));
        let before = page["next_before"].as_i64().unwrap();
        let (_, older) = app
            .api(Method::GET, &format!("{hooks}/{}/deliveries?before={before}&limit=50", all["id"]), &s.lead, None)
            .await;
        assert_eq!(older["items"].as_array().unwrap().len(), 5, "{older}");
        let one = &items[0];
        let (st, detail) =
            app.api(Method::GET, &format!("{hooks}/{}/deliveries/{}", all["id"], one["id"]), &s.lead, None).await;
        assert_eq!(st, 200, "{detail}");
        let sent = got.iter().find(|r| r.header("x-cascade-delivery") == one["delivery_id"].as_str().unwrap()).unwrap();
        assert_eq!(detail["payload"], sent.json(), "the log keeps the payload as sent");
        for bad in ["?limit=0", "?limit=201", "?limit=x"] {
            let (st, _) = app.api(Method::GET, &format!("{hooks}/{}/deliveries{bad}", all["id"]), &s.lead, None).await;
            assert!(st == 422 || st == 400, "{bad}: {st}");
        }
    }
}

/// The webhook state of a test app, for running its worker here.
fn hooks_of(settings: &cascade::config::Settings) -> web::Data<cascade::webhooks::Webhooks> {
    web::Data::new(cascade::webhooks::Webhooks::from_settings(settings).expect("webhooks"))
}

async fn run_once(app: &TestApp, hooks: &cascade::webhooks::Webhooks) -> usize {
    cascade::webhooks::worker::run_once(&app.state, hooks).await.expect("webhook worker (run once)")
}

/// Makes every waiting delivery due now, as if its retry time had come.
fn make_due(app: &TestApp) {
    use cascade::db::schema::webhook_deliveries;
    use diesel::prelude::*;
    let mut conn = app.state.db.get().unwrap();
    diesel::update(webhook_deliveries::table.filter(webhook_deliveries::status.eq("pending")))
        .set(webhook_deliveries::next_attempt_at.eq(cascade::db::now() - chrono::Duration::seconds(1)))
        .execute(&mut conn)
        .unwrap();
}

async fn log(app: &TestApp, token: &str, path: &str) -> Vec<Value> {
    let (st, log) = app.api(Method::GET, &format!("{path}/deliveries"), token, None).await;
    assert_eq!(st, 200, "{log}");
    log["items"].as_array().unwrap().clone()
}

mod a_receiver_that_is_down_loses_nothing {
    use super::*;

    with_local_receivers!();

    pub fn settings(s: &mut cascade::config::Settings) {
        s.webhooks.max_attempts = 3;
        s.webhooks.pause_after_failures = 2;
    }

    pub async fn run(app: TestApp) {
        // this test runs the worker itself; nothing else (no worker, no sweeper) writes
        app.stop_background_and_wait().await;
        let hooks = hooks_of(&app.state.settings);
        let receiver = Receiver::start().await;
        let s = training(&app, "lead@example.org", None).await;
        let e = endpoint(
            &app,
            &s.lead,
            s.organisation,
            json!({"url": receiver.url("/in"), "event_types": ["registration.confirmed"]}),
        )
        .await;
        let path = format!("/api/v1/organisations/{}/webhooks/{}", s.organisation, e["id"]);
        receiver.go_down().await;

        // the delivery is written by the request that made the change, in its transaction
        walk_in(&app, &s.lead, s.training, "a@example.org").await;
        let d = log(&app, &s.lead, &path).await;
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0]["status"].as_str(), d[0]["attempts"].as_i64()), (Some("pending"), Some(0)));

        // the receiver is down: the attempt fails and is retried later
        assert_eq!(run_once(&app, &hooks).await, 1);
        let d = &log(&app, &s.lead, &path).await[0];
        assert_eq!((d["status"].as_str(), d["attempts"].as_i64()), (Some("pending"), Some(1)), "{d}");
        assert!(d["last_status_code"].is_null() && !d["last_error"].as_str().unwrap().is_empty(), "{d}");
        let next = chrono::DateTime::parse_from_rfc3339(d["next_attempt_at"].as_str().unwrap()).unwrap();
        assert!(next > chrono::Utc::now(), "retried later: {d}");
        assert_eq!(run_once(&app, &hooks).await, 0, "not due yet");

        // back up: the retry delivers it, once
        receiver.come_back().await;
        make_due(&app);
        assert_eq!(run_once(&app, &hooks).await, 1);
        let d = &log(&app, &s.lead, &path).await[0];
        assert_eq!(
            (d["status"].as_str(), d["attempts"].as_i64(), d["last_status_code"].as_i64()),
            (Some("delivered"), Some(2), Some(200)),
            "{d}"
        );
        let got = receiver.requests();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].header("x-cascade-delivery"), d["delivery_id"].as_str().unwrap());
        check_signed(&got[0], e["secret"].as_str().unwrap());

        // a receiver that keeps failing: each delivery fails after max_attempts (3), and
        // after two of them in a row the endpoint is paused
        receiver.answer(500);
        walk_in(&app, &s.lead, s.training, "b@example.org").await;
        walk_in(&app, &s.lead, s.training, "c@example.org").await;
        for _ in 0..3 {
            make_due(&app);
            assert_eq!(run_once(&app, &hooks).await, 2);
        }
        assert_eq!(receiver.requests().len(), 1 + 6, "three attempts each");
        let failed: Vec<Value> =
            log(&app, &s.lead, &path).await.into_iter().filter(|d| d["status"] == "failed").collect();
        assert_eq!(failed.len(), 2, "{failed:?}");
        for d in &failed {
            assert_eq!((d["attempts"].as_i64(), d["last_status_code"].as_i64()), (Some(3), Some(500)), "{d}");
            assert_eq!(d["last_response"], "received with 500");
        }
        let (_, ep) = app.api(Method::GET, &path, &s.lead, None).await;
        assert!(ep["paused_at"].is_string(), "{ep}");
        assert!(ep["paused_reason"].as_str().unwrap().contains("2 deliveries in a row"), "{ep}");

        // paused: new deliveries are kept, and wait
        receiver.answer(200);
        walk_in(&app, &s.lead, s.training, "d@example.org").await;
        make_due(&app);
        assert_eq!(run_once(&app, &hooks).await, 0, "nothing is sent to a paused endpoint");
        assert_eq!(log(&app, &s.lead, &path).await[0]["status"], "pending");
        // resumed: they go out
        let (st, ep) = app.api(Method::POST, &format!("{path}/resume"), &s.lead, None).await;
        assert_eq!(st, 200, "{ep}");
        assert!(ep["paused_at"].is_null() && ep["failed_in_a_row"] == 0, "{ep}");
        assert_eq!(run_once(&app, &hooks).await, 1);
        assert_eq!(log(&app, &s.lead, &path).await[0]["status"], "delivered");
        let (st, _) = app.api(Method::POST, &format!("{path}/resume"), &s.lead, None).await;
        assert_eq!(st, 409, "only a paused endpoint resumes");

        // a failed delivery is resent with its payload and delivery id
        let (st, again) =
            app.api(Method::POST, &format!("{path}/deliveries/{}/resend", failed[0]["id"]), &s.lead, None).await;
        assert_eq!(st, 202, "{again}");
        assert_eq!((again["status"].as_str(), again["attempts"].as_i64()), (Some("pending"), Some(0)));
        assert_eq!(run_once(&app, &hooks).await, 1);
        let last = receiver.requests().pop().unwrap();
        assert_eq!(last.header("x-cascade-delivery"), failed[0]["delivery_id"].as_str().unwrap());
        assert_eq!(last.json(), failed[0]["payload"]);
        let (_, d) = app.api(Method::GET, &format!("{path}/deliveries/{}", failed[0]["id"]), &s.lead, None).await;
        assert_eq!(d["status"], "delivered");

        // 410 Gone: failed at once, and the endpoint paused
        receiver.answer(410);
        walk_in(&app, &s.lead, s.training, "e@example.org").await;
        assert_eq!(run_once(&app, &hooks).await, 1);
        let d = &log(&app, &s.lead, &path).await[0];
        assert_eq!((d["status"].as_str(), d["attempts"].as_i64()), (Some("failed"), Some(1)), "{d}");
        let (_, ep) = app.api(Method::GET, &path, &s.lead, None).await;
        assert!(ep["paused_reason"].as_str().unwrap().contains("410 Gone"), "{ep}");
    }
}

mod two_workers_send_each_delivery_once {
    use super::*;

    with_local_receivers!();

    pub fn settings(s: &mut cascade::config::Settings) {
        // small batches, so that the two workers take turns
        s.webhooks.batch_size = 3;
    }

    async fn drain(app: &TestApp, hooks: &cascade::webhooks::Webhooks) -> usize {
        let mut total = 0;
        loop {
            match run_once(app, hooks).await {
                0 => return total,
                n => total += n,
            }
        }
    }

    pub async fn run(app: TestApp) {
        app.stop_background_and_wait().await;
        let receiver = Receiver::start().await;
        let s = training(&app, "lead@example.org", None).await;
        endpoint(
            &app,
            &s.lead,
            s.organisation,
            json!({"url": receiver.url("/in"), "event_types": ["registration.confirmed"]}),
        )
        .await;
        for i in 0..20 {
            walk_in(&app, &s.lead, s.training, &format!("p{i}@example.org")).await;
        }
        // two instances' workers (each its own client) on one database
        let (one, two) = (hooks_of(&app.state.settings), hooks_of(&app.state.settings));
        let (a, b) = tokio::join!(drain(&app, &one), drain(&app, &two));
        assert_eq!(a + b, 20, "{a} + {b}");
        let got = receiver.requests();
        let ids: BTreeSet<&str> = got.iter().map(|r| r.header("x-cascade-delivery")).collect();
        assert_eq!((got.len(), ids.len()), (20, 20), "each delivery sent once");
    }
}

mod addresses_are_checked_again_before_each_delivery {
    use super::*;

    with_local_receivers!();

    pub fn settings(_: &mut cascade::config::Settings) {}

    pub async fn run(app: TestApp) {
        app.stop_background_and_wait().await;
        let receiver = Receiver::start().await;
        let s = training(&app, "lead@example.org", None).await;
        // a name, resolved at every delivery (here to 127.0.0.1, allowed in this app)
        let url = format!("http://localhost:{}/in", receiver.port);
        let e = endpoint(&app, &s.lead, s.organisation, json!({"url": url, "event_types": ["registration.confirmed"]}))
            .await;
        let path = format!("/api/v1/organisations/{}/webhooks/{}", s.organisation, e["id"]);
        walk_in(&app, &s.lead, s.training, "a@example.org").await;
        // a worker whose settings allow public addresses only (as in production) resolves the
        // name, finds only loopback, and connects to nothing
        let mut strict = app.state.settings.clone();
        strict.webhooks.allow_loopback = false;
        assert_eq!(run_once(&app, &hooks_of(&strict)).await, 1);
        let d = &log(&app, &s.lead, &path).await[0];
        assert_eq!(d["status"], "pending", "{d}");
        assert!(d["last_error"].as_str().unwrap().contains("loopback"), "{d}");
        assert!(receiver.requests().is_empty(), "nothing reached the receiver");
        // the app's own worker (loopback allowed here) delivers it
        make_due(&app);
        assert_eq!(run_once(&app, &hooks_of(&app.state.settings)).await, 1);
        assert_eq!(receiver.requests().len(), 1);
    }
}

mod issued_certificates_are_delivered {
    use super::*;

    with_local_receivers!();

    pub fn settings(_: &mut cascade::config::Settings) {}

    pub async fn run(app: TestApp) {
        let receiver = Receiver::start().await;
        let id = app.load_demo().await;
        // what the demo loader recorded is handled before the endpoint exists
        app.state.react_to_pending().await.unwrap();
        let lead = app.lead_token().await;
        let (_, orgs) = app.api(Method::GET, "/api/v1/organisations", &lead, None).await;
        let acrc = orgs
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == "Anti-Corruption and Civil Rights Commission")
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let e = endpoint(&app, &lead, acrc, json!({"url": receiver.url("/certificates"), "event_types": ["certificate.issued"], "all_trainings": false, "training_ids": [id]})).await;
        let (_, table) = app.api(Method::GET, &format!("/api/v1/trainings/{id}/eligibility"), &lead, None).await;
        let first = table["participants"].as_array().unwrap().iter().find(|p| p["eligible"] == true).unwrap()
            ["registration_id"]
            .as_i64()
            .unwrap();
        let (st, issued) = app
            .api(
                Method::POST,
                &format!("/api/v1/trainings/{id}/certificates"),
                &lead,
                Some(json!({"registration_ids": [first]})),
            )
            .await;
        assert_eq!(st, 200, "{issued}");
        let got = wait_for(&receiver, "/certificates", 1).await;
        assert_eq!(got.len(), 1);
        check_signed(&got[0], e["secret"].as_str().unwrap());
        let body = got[0].json();
        assert_eq!(body["type"], "certificate.issued");
        assert_eq!(body["training"]["id"], json!(id));
        let c = &body["data"]["certificate"];
        assert_eq!(c["registration_id"], json!(first));
        assert_eq!(c["id"], issued["certificates"][0]["id"]);
        let holder = issued["certificates"][0]["holder_name"].as_str().unwrap_or("nobody");
        assert!(!String::from_utf8_lossy(&got[0].body).contains(holder), "no holder's name");
    }
}

async fn only_the_organisations_administrators_see_its_webhooks(app: TestApp) {
    let a = training(&app, "lead@example.org", None).await;
    let e = endpoint(&app, &a.lead, a.organisation, json!({"url": PUBLIC, "event_types": ["registration.confirmed"]}))
        .await;
    let ours = format!("/api/v1/organisations/{}/webhooks", a.organisation);
    let path = format!("{ours}/{}", e["id"]);
    // a delivery to ask for
    walk_in(&app, &a.lead, a.training, "a@example.org").await;
    let delivery = log(&app, &a.lead, &path).await[0]["id"].as_i64().unwrap();

    // an organiser of another organisation, and a co-organiser of the training who did not add
    // the organisation: neither sees them
    let b = training(&app, "other@example.org", None).await;
    let f = endpoint(&app, &b.lead, b.organisation, json!({"url": PUBLIC, "event_types": ["session.changed"]})).await;
    app.create_account("co@example.org", "Co", PW, false).await;
    let co = app.api_token("co@example.org", PW).await;
    let body = json!({"url": "https://93.184.216.34/taken", "event_types": ["registration.cancelled"]});
    for token in [&b.lead, &co] {
        for (method, p, body) in [
            (Method::GET, ours.clone(), None),
            (Method::POST, ours.clone(), Some(body.clone())),
            (Method::GET, path.clone(), None),
            (Method::PUT, path.clone(), Some(body.clone())),
            (Method::DELETE, path.clone(), None),
            (Method::POST, format!("{path}/secret"), None),
            (Method::POST, format!("{path}/resume"), None),
            (Method::GET, format!("{path}/deliveries"), None),
            (Method::GET, format!("{path}/deliveries/{delivery}"), None),
            (Method::POST, format!("{path}/deliveries/{delivery}/resend"), None),
        ] {
            let (st, answer) = app.api(method.clone(), &p, token, body).await;
            assert_eq!(st, 404, "{method} {p}: {answer}");
            assert_eq!(answer["code"], "not_found");
        }
    }
    // an endpoint is not reached through another organisation's address
    let crossed = format!("{ours}/{}", f["id"]);
    assert_eq!(app.api(Method::GET, &crossed, &a.lead, None).await.0, 404);
    assert_eq!(app.api(Method::DELETE, &crossed, &a.lead, None).await.0, 404);
    assert_eq!(
        app.api(Method::GET, &format!("/api/v1/organisations/{}/webhooks/{}", b.organisation, e["id"]), &b.lead, None)
            .await
            .0,
        404
    );
    assert_eq!(app.api(Method::GET, "/api/v1/organisations/999999/webhooks", &a.lead, None).await.0, 404);
    assert_eq!(app.api(Method::GET, &format!("{ours}/abc"), &a.lead, None).await.0, 404);
    // nor limited to a training the organisation does not organise
    let (st, refused) = app
        .api(Method::POST, &format!("/api/v1/organisations/{}/webhooks", b.organisation), &b.lead, Some(json!({"url": PUBLIC, "event_types": ["registration.confirmed"], "all_trainings": false, "training_ids": [a.training]})))
        .await;
    assert_eq!((st, refused["field"].as_str()), (422, Some("training_ids")), "{refused}");
    // nothing changed; the organisation's administrators still see it, and so does an admin
    let (st, still) = app.api(Method::GET, &path, &a.lead, None).await;
    assert_eq!((st, still["url"].as_str()), (200, Some(PUBLIC)), "{still}");
    assert_eq!(app.api(Method::GET, &ours, &a.lead, None).await.1.as_array().unwrap().len(), 1);
    app.create_account("admin@example.org", "Admin", PW, true).await;
    let admin = app.api_token("admin@example.org", PW).await;
    assert_eq!(app.api(Method::GET, &ours, &admin, None).await.1.as_array().unwrap().len(), 1);
    // without a token: 401
    let r = app.client.get(app.url(&ours)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401);

    // the pages answer the same
    let stranger = Person::new(&app);
    stranger.sign_in("other@example.org", PW).await;
    let pages = format!("/organisations/{}/webhooks", a.organisation);
    assert_eq!(stranger.get(&pages).await.0, 404);
    assert_eq!(stranger.get(&format!("{pages}/{}", e["id"])).await.0, 404);
    let r = stranger
        .submit(&format!("/organisations/{}/webhooks", b.organisation), &format!("{pages}/{}/delete", e["id"]), &[])
        .await;
    assert_eq!(r.status().as_u16(), 404);
    assert_eq!(app.api(Method::GET, &path, &a.lead, None).await.0, 200, "not deleted");
}

async fn bad_input_is_refused_and_nothing_is_stored(app: TestApp) {
    // the default settings: public https:// receivers only
    let a = training(&app, "lead@example.org", None).await;
    let ours = format!("/api/v1/organisations/{}/webhooks", a.organisation);
    let ok = |extra: Value| {
        let mut body = json!({"url": PUBLIC, "event_types": ["registration.confirmed"]});
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        body
    };
    let cases = [
        (ok(json!({"url": "http://hooks.example.org/in"})), "url", "https://"),
        (ok(json!({"url": "http://127.0.0.1:9/in"})), "url", "https://"),
        (ok(json!({"url": "https://127.0.0.1:9/in"})), "url", "loopback"),
        (ok(json!({"url": "https://localhost/in"})), "url", "loopback"),
        (ok(json!({"url": "https://10.0.0.7/in"})), "url", "private"),
        (ok(json!({"url": "https://192.168.1.1/in"})), "url", "private"),
        (ok(json!({"url": "https://169.254.169.254/latest/meta-data/"})), "url", "link-local"),
        (ok(json!({"url": "https://[fd00::1]/in"})), "url", "private"),
        (ok(json!({"url": "https://[::ffff:10.0.0.1]/in"})), "url", "private"),
        (ok(json!({"url": "https://user:pw@hooks.example.org/in"})), "url", "user name"),
        (ok(json!({"url": "not an address"})), "url", "not a web address"),
        (ok(json!({"url": ""})), "url", "required"),
        (ok(json!({"description": "a\nb"})), "description", "one line"),
        (
            ok(json!({"event_types": ["registration.exploded"]})),
            "event_types",
            "\"registration.exploded\" is not an event type",
        ),
        (ok(json!({"event_types": []})), "event_types", "at least one"),
        (ok(json!({"all_trainings": false})), "training_ids", "at least one training"),
        (ok(json!({"all_trainings": false, "training_ids": [999_999]})), "training_ids", "not organised"),
    ];
    for (body, field, needle) in &cases {
        let (st, answer) = app.api(Method::POST, &ours, &a.lead, Some(body.clone())).await;
        assert_eq!(st, 422, "{body}: {answer}");
        assert_eq!(
            (answer["code"].as_str(), answer["field"].as_str()),
            (Some("invalid"), Some(*field)),
            "{body}: {answer}"
        );
        assert!(answer["message"].as_str().unwrap().contains(needle), "{body}: {answer}");
    }
    for (body, what) in [
        (json!({"url": 5, "event_types": ["registration.confirmed"]}), "a number for the address"),
        (ok(json!({"secret": "mine"})), "an unknown field"),
    ] {
        let (st, answer) = app.api(Method::POST, &ours, &a.lead, Some(body)).await;
        assert_eq!(st, 400, "{what}: {answer}");
    }
    let (_, list) = app.api(Method::GET, &ours, &a.lead, None).await;
    assert_eq!(list, json!([]), "nothing was stored");

    // a change with a bad field changes nothing
    let e = endpoint(&app, &a.lead, a.organisation, ok(json!({}))).await;
    let path = format!("{ours}/{}", e["id"]);
    let (st, answer) = app
        .api(
            Method::PUT,
            &path,
            &a.lead,
            Some(ok(json!({"url": "http://hooks.example.org/in", "event_types": ["session.changed"]}))),
        )
        .await;
    assert_eq!(st, 422, "{answer}");
    let (_, same) = app.api(Method::GET, &path, &a.lead, None).await;
    assert_eq!((same["url"].as_str(), same["event_types"].clone()), (Some(PUBLIC), json!(["registration.confirmed"])));

    // the page says the same, keeps the input and stores nothing more
    let lead = Person::new(&app);
    lead.sign_in("lead@example.org", PW).await;
    let page = format!("/organisations/{}/webhooks", a.organisation);
    let r = lead
        .submit(
            &page,
            &page,
            &[
                ("url", "http://hooks.example.org/in"),
                ("event:registration.confirmed", "on"),
                ("trainings", "all"),
                ("enabled", "on"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("error-summary") && html.contains("must start with https://"), "{html}");
    assert!(html.contains("value=\"http://hooks.example.org/in\""), "the input is kept");
    assert_eq!(app.api(Method::GET, &ours, &a.lead, None).await.1.as_array().unwrap().len(), 1);
}

mod the_pages_work_without_javascript {
    use super::*;

    with_local_receivers!();

    pub fn settings(_: &mut cascade::config::Settings) {}

    pub async fn run(app: TestApp) {
        let receiver = Receiver::start().await;
        let a = training(&app, "lead@example.org", None).await;
        let lead = Person::new(&app);
        lead.sign_in("lead@example.org", PW).await;
        // from the organisation's page
        let (st, html) = lead.get(&format!("/organisations/{}/edit", a.organisation)).await;
        assert_eq!(st, 200);
        let list = format!("/organisations/{}/webhooks", a.organisation);
        assert!(html.contains(&format!("href=\"{list}\"")), "a link to the webhooks");
        let (st, html) = lead.get(&list).await;
        assert_eq!(st, 200);
        assert!(html.contains("No endpoints yet") && html.contains("Add an endpoint"), "{html}");

        // added through the form: the secret is shown on the answer, once
        let url = receiver.url("/page");
        let training_field = format!("training:{}", a.training);
        let r = lead
            .submit(
                &list,
                &list,
                &[
                    ("url", &url),
                    ("description", "Mailing list"),
                    ("event:registration.confirmed", "on"),
                    ("trainings", "some"),
                    (&training_field, "on"),
                    ("enabled", "on"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 201);
        let html = r.text().await.unwrap();
        let secret = extract(&html, "id=\"secret\">", "<").expect("the secret on the page");
        assert!(secret.starts_with("whsec_"), "{secret}");
        let (_, html) = lead.get(&list).await;
        assert!(html.contains(&url) && html.contains("Mailing list") && !html.contains(&secret), "{html}");
        let token = &a.lead;
        let (_, endpoints) = app.api(Method::GET, &format!("/api/v1{list}"), token, None).await;
        let id = endpoints[0]["id"].as_i64().unwrap();
        assert_eq!(endpoints[0]["training_ids"], json!([a.training]));
        assert_eq!(endpoints[0]["all_trainings"], json!(false));
        let page = format!("{list}/{id}");

        // a delivery, in the log on the page
        walk_in(&app, token, a.training, "a@example.org").await;
        let got = wait_for(&receiver, "/page", 1).await;
        check_signed(&got[0], &secret);
        let api_log = format!("/api/v1{page}");
        common::wait_until("the delivery is logged as delivered", std::time::Duration::from_secs(10), || async {
            log(&app, token, &api_log).await[0]["status"] == "delivered"
        })
        .await;
        let (st, html) = lead.get(&page).await;
        assert_eq!(st, 200);
        assert!(
            html.contains("registration.confirmed") && html.contains("Delivered") && html.contains("HTTP 200"),
            "{html}"
        );
        let delivery = log(&app, token, &api_log).await[0]["id"].as_i64().unwrap();

        // resent from the page: the same delivery id arrives again
        let r = lead.submit(&page, &format!("{page}/deliveries/{delivery}/resend"), &[]).await;
        assert_eq!(r.status().as_u16(), 303);
        let again = wait_for(&receiver, "/page", 2).await;
        assert_eq!(again[1].header("x-cascade-delivery"), got[0].header("x-cascade-delivery"));

        // changed with a bad address: 422 on the page, nothing changed
        let r = lead
            .submit(
                &page,
                &page,
                &[("url", "https://10.0.0.1/in"), ("event:registration.confirmed", "on"), ("trainings", "all")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("private address"));
        // changed: every training, switched off
        let r = lead
            .submit(
                &page,
                &page,
                &[
                    ("url", &url),
                    ("event:registration.confirmed", "on"),
                    ("event:registration.cancelled", "on"),
                    ("trainings", "all"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, changed) = app.api(Method::GET, &api_log, token, None).await;
        assert_eq!(changed["event_types"], json!(["registration.confirmed", "registration.cancelled"]));
        assert_eq!((changed["all_trainings"].as_bool(), changed["enabled"].as_bool()), (Some(true), Some(false)));
        // switched off: nothing is made for it
        walk_in(&app, token, a.training, "b@example.org").await;
        assert_eq!(log(&app, token, &api_log).await.len(), 1);

        // switched on again
        let r = lead
            .submit(
                &page,
                &page,
                &[("url", &url), ("event:registration.confirmed", "on"), ("trainings", "all"), ("enabled", "on")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, on) = app.api(Method::GET, &api_log, token, None).await;
        assert_eq!(on["enabled"].as_bool(), Some(true), "{on}");

        // a new secret, shown once; the old one no longer signs
        let r = lead.submit(&page, &format!("{page}/secret"), &[]).await;
        assert_eq!(r.status().as_u16(), 200);
        let renewed = extract(&r.text().await.unwrap(), "id=\"secret\">", "<").unwrap();
        assert_ne!(renewed, secret);
        let r = lead.submit(&page, &format!("{page}/deliveries/{delivery}/resend"), &[]).await;
        assert_eq!(r.status().as_u16(), 303);
        let third = wait_for(&receiver, "/page", 3).await;
        check_signed(&third[2], &renewed);

        // deleted with its log
        let r = lead.submit(&page, &format!("{page}/delete"), &[]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(r.headers()["location"], format!("{list}?done=deleted").as_str());
        assert_eq!(lead.get(&page).await.0, 404);
        assert_eq!(app.api(Method::GET, &format!("{api_log}/deliveries"), token, None).await.0, 404);
    }
}

on_both_backends!(only_the_organisations_administrators_see_its_webhooks, bad_input_is_refused_and_nothing_is_stored);
