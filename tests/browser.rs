//! Whole journeys in a real browser (headless Chromium through chromedriver, see
//! common/browser.rs), each on SQLite and on PostgreSQL:
//!
//! - an organiser signs in, adds an organisation, creates a training in Europe/Belgrade, adds
//!   two sessions through the editor, publishes, and reads the public page;
//! - a participant opens a published training's public page, registers through the form,
//!   confirms with the link from the e-mail, sees the schedule in their own country's zone on
//!   their page, and gets the calendar both as a download (PUBLISH) and as an invite (REQUEST).
//!
//! When Chromium or chromedriver is missing the tests are skipped, except under CI=true.

#[path = "common/browser.rs"]
mod chrome;
mod common;

use std::time::Duration;

use chrome::{
    check, click, click_button, click_link, click_xpath, find, goto, select_value, set_value, text, type_into,
    wait_heading, wait_page, Browser,
};
use chrono::NaiveDate;
use common::{Backend, TestApp};
use fantoccini::{Client, Locator};
use reqwest::Method;
use serde_json::{json, Value};

/// How long a whole scenario may take before it is failed (nothing may hang).
const SCENARIO: Duration = Duration::from_secs(240);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organiser_publishes_a_training_sqlite() {
    organiser(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organiser_publishes_a_training_postgres() {
    organiser(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn participant_registers_and_confirms_sqlite() {
    participant(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn participant_registers_and_confirms_postgres() {
    participant(Backend::Postgres).await;
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(f).await.expect("blocking task")
}

// ---------------------------------------------------------------------------------------------
// The organiser

/// The organiser's browser zone: the public page's "Your time" column is shown in it.
const ORGANISER_TZ: &str = "Asia/Tokyo";

const ORGANISER_EMAIL: &str = "organiser@example.org";
const ORGANISER_NAME: &str = "Ana Organiser";
const ORGANISER_PASSWORD: &str = "a long organiser password 42";
const ORGANISATION: &str = "Seoul Statistics Institute";
const TRAINING: &str = "Reporting portal training of trainers";

/// The sessions, as typed in the training's zone (Europe/Belgrade), and the UTC instants they
/// must be stored as: Belgrade is UTC+2 from 26 March 2023 (summer time).
struct Expected {
    title: &'static str,
    starts_local: &'static str,
    ends_local: &'static str,
    day: &'static str,
    starts_utc: &'static str,
    ends_utc: &'static str,
}

const SESSIONS: [Expected; 2] = [
    Expected {
        title: "Day 1: the reporting portal",
        starts_local: "2023-03-27T09:00",
        ends_local: "2023-03-27T12:00",
        day: "Mon, 27 Mar 2023",
        starts_utc: "2023-03-27T07:00:00Z",
        ends_utc: "2023-03-27T10:00:00Z",
    },
    Expected {
        title: "Day 2: running your own training",
        starts_local: "2023-03-28T09:00",
        ends_local: "2023-03-28T12:00",
        day: "Tue, 28 Mar 2023",
        starts_utc: "2023-03-28T07:00:00Z",
        ends_utc: "2023-03-28T10:00:00Z",
    },
];

async fn organiser(backend: Backend) {
    let what = format!("organiser browser scenario ({backend:?})");
    let Some(browser) = Browser::find(&what) else {
        return;
    };
    let Some(app) = TestApp::spawn(backend).await else {
        return;
    };
    app.create_account(ORGANISER_EMAIL, ORGANISER_NAME, ORGANISER_PASSWORD, false).await;
    browser
        .timezone(ORGANISER_TZ)
        .run(&what, SCENARIO, move |c| async move { organiser_scenario(&app, &c).await })
        .await;
}

async fn organiser_scenario(app: &TestApp, c: &Client) {
    // 1. sign in through the form
    goto(c, &app.url("/sign-in")).await;
    wait_page(c, "the sign-in page", "^/sign-in$", "document.title.indexOf('Sign in') === 0").await;
    type_into(c, "form[action='/sign-in'] #email", ORGANISER_EMAIL).await;
    type_into(c, "form[action='/sign-in'] #password", ORGANISER_PASSWORD).await;
    click(c, "form[action='/sign-in'] button[type='submit']").await;
    let nav = wait_page(
        c,
        "the dashboard after signing in",
        "^/dashboard$",
        "document.querySelector('header nav').innerText",
    )
    .await;
    assert!(nav.as_str().unwrap_or("").contains(&format!("Sign out ({ORGANISER_NAME})")), "signed in: {nav}");

    // 2. no organisation yet: the dashboard points to the organisations page
    click(c, "main a[href='/organisations']").await;
    wait_page(c, "the organisations page", "^/organisations$", "document.querySelector('#name') !== null").await;
    type_into(c, "form[action='/organisations'] #name", ORGANISATION).await;
    select_value(c, "#country", "KR").await;
    click(c, "form[action='/organisations'] button[type='submit']").await;
    let listed = format!(
            "Array.from(document.querySelectorAll('main table tbody tr')).some(function (r) {{ return r.innerText.indexOf({}) >= 0 && r.innerText.indexOf('(KR)') >= 0; }})",
            json!(ORGANISATION)
        );
    wait_page(c, "the new organisation in the list", "^/organisations$", &listed).await;

    // 3. a new training, from the dashboard's link
    click(c, "header nav a[href='/dashboard']").await;
    wait_page(c, "the dashboard", "^/dashboard$", "document.querySelector(\"main a[href='/trainings/new']\") !== null")
        .await;
    click(c, "main a[href='/trainings/new']").await;
    wait_page(c, "the new training form", "^/trainings/new$", "document.querySelector('#organisation_id') !== null")
        .await;
    find(c, "#organisation_id")
        .await
        .select_by_label(&format!("{ORGANISATION} (KR)"))
        .await
        .expect("choose the organisation");
    type_into(c, "form[action='/trainings'] #title", TRAINING).await;
    type_into(c, "form[action='/trainings'] #summary", "Two mornings on the reporting portal.").await;
    type_into(c, "form[action='/trainings'] #timezone", "Europe/Belgrade").await;
    click(c, "form[action='/trainings'] button[type='submit']").await;
    let path = wait_page(c, "the training editor", "^/trainings/[0-9]+/edit$", "location.pathname").await;
    let training_id: i64 = path
        .as_str()
        .and_then(|p| p.strip_prefix("/trainings/"))
        .and_then(|p| p.strip_suffix("/edit"))
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("a training id in {path}"));
    let heading = c.find(Locator::Css("main h1")).await.unwrap().text().await.unwrap();
    assert!(heading.contains(TRAINING) && heading.contains("Draft"), "the editor shows the new draft: {heading}");
    let hint = c.find(Locator::Css("#session_starts_at-hint")).await.unwrap().text().await.unwrap();
    assert!(hint.contains("Europe/Belgrade"), "session times are entered in the training's zone: {hint}");

    // 4. two sessions through the editor's "Add a session" form (its fields share ids with
    // the details form further down, so they are found inside their own form)
    let form = format!("form[action='/trainings/{training_id}/sessions']");
    for (n, s) in SESSIONS.iter().enumerate() {
        type_into(c, &format!("{form} [name='title']"), s.title).await;
        set_value(c, &format!("{form} [name='starts_at']"), s.starts_local).await;
        set_value(c, &format!("{form} [name='ends_at']"), s.ends_local).await;
        click(c, &format!("{form} button[type='submit']")).await;
        let rows = format!("document.querySelectorAll('#sessions table.schedule tbody tr').length === {}", n + 1);
        wait_page(c, &format!("session {} in the editor", n + 1), "^/trainings/[0-9]+/edit$", &rows).await;
    }
    let warnings = c
        .execute("var w = document.querySelector('main .warning'); return w ? w.innerText : ''", vec![])
        .await
        .unwrap();
    assert_eq!(warnings, json!(""), "no night-time warnings for 09:00-12:00 in Belgrade / 16:00-19:00 in Seoul");

    // 5. publish
    click_xpath(c, "//section[@id='status']//button[normalize-space()='Publish']").await;
    let public_path = wait_page(
            c,
            "the public page link after publishing",
            "^/trainings/[0-9]+/edit$",
            "(function () { var a = document.querySelector(\"main a[href^='/t/']\"); return a ? a.getAttribute('href') : null; })()",
        )
        .await;
    let public_path = public_path.as_str().expect("public path").to_string();
    let slug = public_path.trim_start_matches("/t/").to_string();
    let badge = c.find(Locator::Css("main h1 .badge")).await.unwrap().text().await.unwrap();
    assert_eq!(badge, "Published");

    // 6. the public page, through its link
    click(c, &format!("main a[href='{public_path}']")).await;
    let table = wait_page(
            c,
            "the public page's schedule",
            "^/t/",
            "(function () {
                var rows = document.querySelectorAll('table.schedule tbody tr');
                if (rows.length === 0) return null;
                var cells = function (r) { return Array.from(r.querySelectorAll('th, td')).map(function (c) { return c.innerText.replace(/\\s+/g, ' ').trim(); }); };
                return {
                    title: document.querySelector('main h1').innerText,
                    head: cells(document.querySelector('table.schedule thead tr')),
                    rows: Array.from(rows).map(cells),
                    links: Array.from(document.querySelectorAll('table.schedule a, table.schedule form')).length
                };
            })()",
        )
        .await;
    assert_eq!(table["title"], json!(TRAINING), "{table}");
    let head: Vec<String> = serde_json::from_value(table["head"].clone()).unwrap();
    assert_eq!(head.len(), 4, "session, Belgrade, Seoul and the viewer's own zone: {head:?}");
    assert_eq!(head[1], "Belgrade (training)", "{head:?}");
    assert_eq!(head[2], "Seoul", "{head:?}");
    assert_eq!(
        head[3],
        format!("Your time ({})", ORGANISER_TZ.replace('_', " ")),
        "app.js showed the viewer's zone: {head:?}"
    );
    let rows: Vec<Vec<String>> = serde_json::from_value(table["rows"].clone()).unwrap();
    assert_eq!(rows.len(), 2, "two sessions on the public page: {rows:?}");
    for (row, s) in rows.iter().zip(SESSIONS.iter()) {
        assert_eq!(row.len(), 4, "{row:?}");
        assert!(row[0].starts_with(s.title), "session title: {row:?}");
        assert_eq!(row[1], format!("{} 09:00–12:00 UTC+02:00", s.day), "in the training's zone: {row:?}");
        assert_eq!(row[2], format!("{} 16:00–19:00 UTC+09:00", s.day), "in Seoul: {row:?}");
        assert!(row[3].contains("16:00–19:00"), "in the viewer's zone ({ORGANISER_TZ}): {row:?}");
    }
    assert_eq!(table["links"], json!(0), "no edit or delete actions on the public page");

    // 7. what was stored: exactly two sessions, at the right UTC instants
    let state = app.state.clone();
    let (training, sessions) = blocking(move || {
        let mut conn = state.db.get().unwrap();
        let training = cascade::trainings::queries::find(&mut conn, training_id).unwrap();
        let sessions = cascade::trainings::queries::sessions(&mut conn, training_id).unwrap();
        (training, sessions)
    })
    .await;
    assert_eq!(training.timezone, "Europe/Belgrade");
    assert_eq!(training.slug, slug);
    assert_eq!(sessions.len(), 2, "exactly two sessions stored");
    let at = |d: u32, h: u32| NaiveDate::from_ymd_opt(2023, 3, d).unwrap().and_hms_opt(h, 0, 0).unwrap();
    assert_eq!(
        (sessions[0].title.as_str(), sessions[0].starts_at, sessions[0].ends_at),
        (SESSIONS[0].title, at(27, 7), at(27, 10))
    );
    assert_eq!(
        (sessions[1].title.as_str(), sessions[1].starts_at, sessions[1].ends_at),
        (SESSIONS[1].title, at(28, 7), at(28, 10))
    );

    // and the public JSON agrees
    let r = app.get(&format!("/api/v1/public/trainings/{slug}")).await;
    assert_eq!(r.status().as_u16(), 200);
    let public: Value = r.json().await.unwrap();
    assert_eq!(public["timezone"], json!("Europe/Belgrade"));
    let listed = public["sessions"].as_array().expect("sessions");
    assert_eq!(listed.len(), 2, "{public}");
    for (s, e) in listed.iter().zip(SESSIONS.iter()) {
        assert_eq!(s["title"], json!(e.title));
        assert_eq!(s["starts_at"], json!(e.starts_utc));
        assert_eq!(s["ends_at"], json!(e.ends_utc));
        let belgrade = s["local"]
            .as_array()
            .unwrap()
            .iter()
            .find(|z| z["zone"] == json!("Europe/Belgrade"))
            .expect("Belgrade times");
        assert_eq!(belgrade["starts_at"], json!(format!("{}:00+02:00", e.starts_local)));
        assert_eq!(belgrade["ends_at"], json!(format!("{}:00+02:00", e.ends_local)));
    }
}

// ---------------------------------------------------------------------------------------------
// The participant

/// The participant's browser zone: their page must not depend on it (times follow the country
/// they give), while the public page's "Your time" column does.
const PARTICIPANT_TZ: &str = "America/Sao_Paulo";

const LEAD_EMAIL: &str = "lead@example.org";
const LEAD_PASSWORD: &str = "correct horse battery";
const OPEN_TRAINING: &str = "Reporting portal ToT";
const JOIN_URL: &str = "https://meet.example.org/room";

const PARTICIPANT_EMAIL: &str = "ana.lima@example.org";
const PARTICIPANT_NAME: &str = "Ana Lima";
const PARTICIPANT_ORGANISATION: &str = "Kosovo Agency of Statistics";

/// The sessions, typed in the training's zone (Asia/Seoul, UTC+9), and how they read in
/// Pristina (Kosovo: Europe/Belgrade, UTC+1 in February) and in UTC.
struct OpenSession {
    title: &'static str,
    starts_seoul: &'static str,
    ends_seoul: &'static str,
    seoul: &'static str,
    pristina: &'static str,
    dtstart: &'static str,
    dtend: &'static str,
}

const OPEN_SESSIONS: [OpenSession; 2] = [
    OpenSession {
        title: "Day 1",
        starts_seoul: "2030-02-14T16:00",
        ends_seoul: "2030-02-14T19:00",
        seoul: "Thu, 14 Feb 2030 16:00–19:00 (UTC+09:00)",
        pristina: "Thu, 14 Feb 2030 08:00–11:00 (UTC+01:00)",
        dtstart: "20300214T070000Z",
        dtend: "20300214T100000Z",
    },
    OpenSession {
        title: "Day 2",
        starts_seoul: "2030-02-15T16:00",
        ends_seoul: "2030-02-15T19:00",
        seoul: "Fri, 15 Feb 2030 16:00–19:00 (UTC+09:00)",
        pristina: "Fri, 15 Feb 2030 08:00–11:00 (UTC+01:00)",
        dtstart: "20300215T070000Z",
        dtend: "20300215T100000Z",
    },
];

async fn participant(backend: Backend) {
    let what = format!("participant browser scenario ({backend:?})");
    let Some(browser) = Browser::find(&what) else {
        return;
    };
    let Some(app) = TestApp::spawn(backend).await else {
        return;
    };
    let (training_id, slug) = open_training(&app).await;
    browser
        .timezone(PARTICIPANT_TZ)
        .run(&what, SCENARIO, move |c| async move { participant_scenario(&app, &c, training_id, &slug).await })
        .await;
}

/// A published training with open registration, 30 places and two sessions with a join link,
/// set up through the JSON API; its id and slug.
async fn open_training(app: &TestApp) -> (i64, String) {
    app.create_account(LEAD_EMAIL, "Lead", LEAD_PASSWORD, false).await;
    let lead = app.api_token(LEAD_EMAIL, LEAD_PASSWORD).await;
    let (s, org) =
        app.api(Method::POST, "/api/v1/organisations", &lead, Some(json!({"name": "ACRC", "country": "KR"}))).await;
    assert_eq!(s, 201, "{org}");
    let body = json!({
        "title": OPEN_TRAINING,
        "timezone": "Asia/Seoul",
        "organisation_id": org["id"],
        "registration_mode": "open",
        "capacity": 30,
    });
    let (s, t) = app.api(Method::POST, "/api/v1/trainings", &lead, Some(body)).await;
    assert_eq!(s, 201, "{t}");
    let id = t["id"].as_i64().expect("training id");
    for session in &OPEN_SESSIONS {
        let body = json!({
            "title": session.title,
            "starts_at": session.starts_seoul,
            "ends_at": session.ends_seoul,
            "join_url": JOIN_URL,
        });
        let (s, b) = app.api(Method::POST, &format!("/api/v1/trainings/{id}/sessions"), &lead, Some(body)).await;
        assert_eq!(s, 201, "{b}");
    }
    let (s, b) = app
        .api(Method::POST, &format!("/api/v1/trainings/{id}/status"), &lead, Some(json!({"status": "published"})))
        .await;
    assert_eq!(s, 200, "{b}");
    (id, t["slug"].as_str().expect("slug").to_string())
}

/// The statuses of the training's registrations, by e-mail address.
async fn statuses(app: &TestApp, training_id: i64) -> Vec<(String, String)> {
    let state = app.state.clone();
    blocking(move || {
        use cascade::db::schema::registrations;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        registrations::table
            .filter(registrations::training_id.eq(training_id))
            .order(registrations::id)
            .select((registrations::email, registrations::status))
            .load(&mut conn)
            .unwrap()
    })
    .await
}

async fn participant_scenario(app: &TestApp, c: &Client, training_id: i64, slug: &str) {
    // 1. the public page; app.js adds the browser's own zone to the schedule
    goto(c, &app.url(&format!("/t/{slug}"))).await;
    let public = wait_page(
        c,
        "the public page",
        "^/t/[^/]+$",
        "(function () {
            var th = document.querySelector('table.schedule th.viewer-zone');
            var td = document.querySelector('table.schedule tbody td.viewer-zone');
            if (!th || th.hidden || !td) return null;
            return {
                title: document.querySelector('main h1').innerText,
                zone: th.innerText,
                first: td.innerText.replace(/\\s+/g, ' ').trim()
            };
        })()",
    )
    .await;
    assert_eq!(public["title"], json!(OPEN_TRAINING), "{public}");
    assert_eq!(public["zone"], json!("Your time (America/Sao Paulo)"), "{public}");
    assert!(
        public["first"].as_str().unwrap_or("").contains("04:00–07:00"),
        "16:00 in Seoul is 04:00 in São Paulo: {public}"
    );

    // 2. the registration form, through the page's "Register" link
    click_link(c, "Register").await;
    let form = format!("form[action='/t/{slug}/register']");
    wait_page(
        c,
        "the registration form",
        "^/t/[^/]+/register$",
        &format!("document.querySelector({}) !== null", json!(form)),
    )
    .await;
    assert_eq!(text(c, "main h1").await, "Register");
    type_into(c, &format!("{form} #email"), PARTICIPANT_EMAIL).await;
    type_into(c, &format!("{form} #full_name"), PARTICIPANT_NAME).await;
    type_into(c, &format!("{form} #organisation"), PARTICIPANT_ORGANISATION).await;
    select_value(c, &format!("{form} #country"), "XK").await;
    let country = c
        .execute("var s = document.querySelector('#country'); return s.options[s.selectedIndex].text", vec![])
        .await
        .expect("the chosen country");
    assert_eq!(country, json!("Kosovo"));
    check(c, &format!("{form} input[name='sex'][value='female']")).await;
    check(c, &format!("{form} #consent")).await;
    let submit = format!("{form} button[type='submit']");
    assert_eq!(text(c, &submit).await, "Register", "a training with free places: no waiting list");
    click(c, &submit).await;
    wait_heading(c, "^/t/[^/]+/check-inbox$", "Check your inbox").await;
    let notice = text(c, "main .notice").await;
    assert!(notice.contains(OPEN_TRAINING), "{notice}");
    assert_eq!(statuses(app, training_id).await, [(PARTICIPANT_EMAIL.to_string(), "pending".to_string())]);

    // 3. the confirmation e-mail, as the SMTP server received it
    let mails = app.mail_to(PARTICIPANT_EMAIL).await;
    assert_eq!(mails.len(), 1, "one confirmation e-mail: {:?}", mails.iter().map(|m| &m.subject).collect::<Vec<_>>());
    assert!(mails[0].subject.contains("Confirm your registration"), "{}", mails[0].subject);
    assert!(mails[0].calendars.is_empty(), "no invite before the address is confirmed");
    let link = app.last_link_to(PARTICIPANT_EMAIL).await;
    assert!(link.starts_with(&app.url("/confirm/")), "{link}");

    // 4. the link opens a page with a button: opening it alone (a mail scanner) confirms nothing
    goto(c, &link).await;
    wait_heading(c, "^/confirm/", "Confirm your registration").await;
    assert!(text(c, "main").await.contains(OPEN_TRAINING));
    assert_eq!(statuses(app, training_id).await[0].1, "pending");
    click_button(c, "Confirm my registration").await;

    // 5. the participant's page: confirmed, times in Pristina (from the country, not from the
    // browser's zone), the training's own in grey
    let page = wait_page(
        c,
        "the participant page",
        "^/p/[^/]+$",
        "(function () {
            var badge = document.querySelector('main .status-line .badge');
            if (!badge) return null;
            var ics = Array.from(document.querySelectorAll('main a')).find(function (a) {
                return a.innerText.trim() === 'Download the calendar (.ics)';
            });
            var clean = function (s) { return s.replace(/\\s+/g, ' ').trim(); };
            return {
                status: badge.innerText.trim(),
                line: clean(document.querySelector('main .status-line').innerText),
                zone: clean(document.querySelector('#when-h').nextElementSibling.innerText),
                sessions: Array.from(document.querySelectorAll('main ul.sessions > li')).map(function (li) {
                    return clean(li.innerText);
                }),
                ics: ics ? ics.href : null,
                download: ics ? ics.hasAttribute('download') : false,
                text: document.querySelector('main').innerText
            };
        })()",
    )
    .await;
    assert_eq!(page["status"], json!("Confirmed"), "{page}");
    let line = page["line"].as_str().unwrap_or("");
    assert!(line.contains(PARTICIPANT_NAME) && line.contains(PARTICIPANT_EMAIL), "{line}");
    let zone = page["zone"].as_str().unwrap_or("");
    assert!(zone.contains("Pristina") && !zone.contains("Belgrade") && zone.contains("Asia/Seoul"), "{zone}");
    let sessions: Vec<String> = serde_json::from_value(page["sessions"].clone()).expect("sessions");
    assert_eq!(sessions.len(), 2, "{sessions:?}");
    for (shown, s) in sessions.iter().zip(OPEN_SESSIONS.iter()) {
        assert!(shown.starts_with(s.title), "{shown}");
        assert!(shown.contains(s.pristina), "in Pristina: {shown}");
        assert!(shown.contains(s.seoul), "and in the training's zone: {shown}");
        assert!(shown.contains("Add to Google Calendar") && shown.contains("Add to Outlook"), "{shown}");
    }
    assert!(!page["text"].as_str().unwrap_or("").contains(JOIN_URL), "join links appear only shortly before a session");
    assert_eq!(page["download"], json!(true), "the .ics link is a download: {page}");
    assert_eq!(statuses(app, training_id).await[0].1, "confirmed");

    // 6. the .ics behind "Download the calendar (.ics)", fetched directly (downloads are
    // awkward in headless Chromium): a PUBLISH feed of both sessions, without ATTENDEE
    let href = page["ics"].as_str().unwrap_or_else(|| panic!("a link to the .ics: {page}")).to_string();
    let mut page_url = c.current_url().await.expect("the page's address");
    page_url.set_query(None);
    let page_url = page_url.to_string();
    assert_eq!(href, format!("{page_url}/calendar.ics"), "the page's own feed");
    common::tls();
    let http = reqwest::Client::builder().timeout(chrome::WAIT).build().unwrap();
    let r = http.get(&href).send().await.expect("GET the .ics");
    assert_eq!(r.status().as_u16(), 200, "{href}");
    let content_type = r.headers()["content-type"].to_str().unwrap().to_string();
    assert!(content_type.starts_with("text/calendar"), "{content_type}");
    let feed = common::Ics::parse(&r.text().await.expect("the .ics"));
    assert_eq!(feed.method, "PUBLISH", "{}", feed.raw);
    assert_eq!(feed.events.len(), 2, "{}", feed.raw);
    for (e, s) in feed.events.iter().zip(OPEN_SESSIONS.iter()) {
        assert!(e.summary.contains(OPEN_TRAINING) && e.summary.ends_with(s.title), "{}", e.summary);
        assert_eq!((e.dtstart.as_str(), e.dtend.as_str()), (s.dtstart, s.dtend), "{}", e.summary);
        assert_eq!(e.attendee, None, "no ATTENDEE in a PUBLISH feed: {}", feed.raw);
    }

    // 7. the invite e-mails: a REQUEST per session (one UID per scheduling message), addressed
    // to the participant, the first with "You are registered" and the link to the page just seen
    let mails = app.mail_to(PARTICIPANT_EMAIL).await;
    let registered: Vec<_> = mails.iter().filter(|m| m.subject.contains("You are registered")).collect();
    assert_eq!(
        registered.len(),
        1,
        "one registration e-mail: {:?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    assert_eq!(mails.len(), 3, "the confirmation and an invite per session, nothing else");
    let mail = registered[0];
    assert!(mail.subject.contains(OPEN_TRAINING), "{}", mail.subject);
    assert!(mail.text.contains(&page_url), "the e-mail links to the participant page");
    let invites: Vec<common::Ics> = mails.iter().filter(|m| !m.calendars.is_empty()).map(|m| m.invite()).collect();
    let mut events = Vec::new();
    for invite in &invites {
        assert_eq!(invite.method, "REQUEST", "{}", invite.raw);
        assert_eq!(invite.events.len(), 1, "{}", invite.raw);
        events.push(invite.events[0].clone());
    }
    for (e, s) in events.iter().zip(OPEN_SESSIONS.iter()) {
        assert_eq!((e.dtstart.as_str(), e.dtend.as_str()), (s.dtstart, s.dtend), "{}", e.summary);
        assert_eq!(e.attendee.as_deref(), Some(format!("mailto:{PARTICIPANT_EMAIL}").as_str()));
    }
    let invite = common::Ics { method: "REQUEST".into(), events, raw: String::new() };
    let uids = |ics: &common::Ics| {
        let mut u: Vec<String> = ics.events.iter().map(|e| e.uid.clone()).collect();
        u.sort();
        u
    };
    assert_eq!(uids(&invite), uids(&feed), "the invite and the download describe the same events");
}
