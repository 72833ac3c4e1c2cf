mod common;

// An organiser's whole journey in a real browser (headless Chromium through chromedriver):
// sign in, add an organisation, create a training in Europe/Belgrade, add two sessions through
// the editor, publish, and read the public page. Runs on SQLite and on PostgreSQL.
//
// Chromium and chromedriver: CHROME_BIN (default /usr/bin/chromium) and CHROMEDRIVER (default
// /usr/bin/chromedriver, then the PATH). When either is missing the test is skipped, except
// under CI=true, where it fails.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::{Backend, TestApp};
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// How long any single wait (a page, an element, chromedriver) may take.
const WAIT: Duration = Duration::from_secs(20);
/// How long the whole scenario may take before it is failed (nothing may hang).
const SCENARIO: Duration = Duration::from_secs(240);
/// The browser's own zone: the public page's "Your time" column is shown in it.
const BROWSER_TZ: &str = "Asia/Tokyo";

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
        day: "Mon 27 Mar 2023",
        starts_utc: "2023-03-27T07:00:00Z",
        ends_utc: "2023-03-27T10:00:00Z",
    },
    Expected {
        title: "Day 2: running your own training",
        starts_local: "2023-03-28T09:00",
        ends_local: "2023-03-28T12:00",
        day: "Tue 28 Mar 2023",
        starts_utc: "2023-03-28T07:00:00Z",
        ends_utc: "2023-03-28T10:00:00Z",
    },
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organiser_publishes_a_training_sqlite() {
    run(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organiser_publishes_a_training_postgres() {
    run(Backend::Postgres).await;
}

async fn run(backend: Backend) {
    let what = format!("browser scenario ({backend:?})");
    let Some((chromium, chromedriver)) = browser_binaries(&what) else {
        return;
    };
    let Some(app) = TestApp::spawn(backend).await else {
        return;
    };
    app.create_account(ORGANISER_EMAIL, ORGANISER_NAME, ORGANISER_PASSWORD, false).await;

    let driver = Chromedriver::start(&chromedriver).await;
    let client = connect(&driver, &chromium).await;
    // the scenario runs as its own task so that a failed assertion still ends the browser
    // session cleanly below (the guard kills whatever is left in any case)
    let task = tokio::spawn({
        let client = client.clone();
        async move { tokio::time::timeout(SCENARIO, scenario(&app, &client)).await }
    });
    let outcome = task.await;
    let _ = tokio::time::timeout(Duration::from_secs(10), client.close()).await;
    drop(driver);
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(_)) => panic!("{what}: did not finish within {SCENARIO:?}"),
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => panic!("{what}: {e}"),
    }
}

/// The paths of Chromium and chromedriver, or `None` (skipped) when one is missing outside CI.
fn browser_binaries(what: &str) -> Option<(PathBuf, PathBuf)> {
    let chromium = PathBuf::from(std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into()));
    let chromedriver = std::env::var("CHROMEDRIVER")
        .map(PathBuf::from)
        .ok()
        .or_else(|| Some(PathBuf::from("/usr/bin/chromedriver")).filter(|p| p.is_file()))
        .or_else(|| find_in_path("chromedriver"))
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromedriver"));
    let mut missing = Vec::new();
    if !chromium.is_file() {
        missing.push(format!("Chromium ({}, set CHROME_BIN)", chromium.display()));
    }
    if !chromedriver.is_file() {
        missing.push(format!("chromedriver ({}, set CHROMEDRIVER)", chromedriver.display()));
    }
    if missing.is_empty() {
        return Some((chromium, chromedriver));
    }
    let why = format!(
        "not installed: {}; install them with `apt-get install -y chromium chromium-driver`",
        missing.join(" and ")
    );
    if common::in_ci() {
        panic!("{what} needs a browser under CI=true: {why}");
    }
    common::skip(what, &why);
    None
}

fn find_in_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(name)).find(|p| p.is_file())
}

/// chromedriver in its own process group, with the Chromium it starts; the whole group is
/// ended when this is dropped, also when the test panics.
struct Chromedriver {
    child: Child,
    url: String,
    /// Chromium's profile, fresh for each test.
    profile: tempfile::TempDir,
}

impl Chromedriver {
    async fn start(binary: &Path) -> Chromedriver {
        let mut last_error = String::new();
        // the free port is found by binding and releasing it: retry if someone took it meanwhile
        for _ in 0..3 {
            let port =
                std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
            let child = {
                use std::os::unix::process::CommandExt as _;
                Command::new(binary)
                    .arg(format!("--port={port}"))
                    .env("TZ", BROWSER_TZ)
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .process_group(0)
                    .spawn()
                    .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()))
            };
            let mut driver = Chromedriver {
                child,
                url: format!("http://127.0.0.1:{port}"),
                profile: tempfile::tempdir().expect("a profile directory"),
            };
            match driver.wait_ready().await {
                Ok(()) => return driver,
                Err(e) => last_error = e,
            }
        }
        panic!("chromedriver ({}) did not start: {last_error}", binary.display());
    }

    /// Waits until chromedriver answers /status with ready: true.
    async fn wait_ready(&mut self) -> Result<(), String> {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(2)).build().unwrap();
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("it exited with {status}"));
            }
            if let Ok(r) = http.get(format!("{}/status", self.url)).send().await {
                if let Ok(body) = r.json::<Value>().await {
                    if body["value"]["ready"] == json!(true) {
                        return Ok(());
                    }
                }
            }
            if started.elapsed() > WAIT {
                return Err(format!("no answer on {} within {WAIT:?}", self.url));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        // the group is chromedriver's (process_group(0)): it and the browser it started
        let group = format!("-{}", self.child.id());
        let signal = |sig: &str| {
            let _ = Command::new("kill").args([sig, "--", &group]).stdout(Stdio::null()).stderr(Stdio::null()).status();
        };
        signal("-TERM");
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // and whatever is left of the group
        signal("-KILL");
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn connect(driver: &Chromedriver, chromium: &Path) -> Client {
    let args = vec![
        "--headless".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-dev-shm-usage".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--no-first-run".into(),
        "--lang=en-US".into(),
        "--window-size=1280,1024".into(),
        format!("--user-data-dir={}", driver.profile.path().display()),
    ];
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert("goog:chromeOptions".into(), json!({ "binary": chromium.display().to_string(), "args": args }));
    let mut builder = ClientBuilder::rustls().expect("TLS roots for the WebDriver client");
    builder.capabilities(caps);
    let connecting = builder.connect(&driver.url);
    let client = match tokio::time::timeout(Duration::from_secs(60), connecting).await {
        Ok(Ok(c)) => c,
        Ok(Err(e)) => panic!("chromedriver could not start Chromium ({}): {e}", chromium.display()),
        Err(_) => panic!("Chromium ({}) did not start within 60 s", chromium.display()),
    };
    client
        .update_timeouts(TimeoutConfiguration::new(Some(WAIT), Some(WAIT), Some(Duration::ZERO)))
        .await
        .expect("WebDriver timeouts");
    client
}

/// Runs `script` until it returns something other than null/false, or fails after WAIT with
/// what the page shows. Errors (e.g. while a page is being replaced) count as "not yet".
async fn wait_js(c: &Client, what: &str, script: &str) -> Value {
    let started = Instant::now();
    let mut last;
    loop {
        match c.execute(script, vec![]).await {
            Ok(Value::Null) | Ok(Value::Bool(false)) => last = "not yet".into(),
            Ok(v) => return v,
            Err(e) => last = format!("script error: {e}"),
        }
        if started.elapsed() > WAIT {
            panic!("timed out after {WAIT:?} waiting for {what} ({last})\n{}", page_report(c).await);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The current address and the visible text of the page, for failure messages.
async fn page_report(c: &Client) -> String {
    let url = c.current_url().await.map(|u| u.to_string()).unwrap_or_else(|e| format!("(no url: {e})"));
    let text = c
        .execute("return document.querySelector('main') ? document.querySelector('main').innerText : document.body.innerText", vec![])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let text: String = text.chars().take(3000).collect();
    format!("page {url}:\n{text}")
}

/// Waits until the page at `path_pattern` (a JS regular expression on location.pathname) has
/// loaded, and fails at once if it shows an error summary.
async fn wait_page(c: &Client, what: &str, path_pattern: &str, ready: &str) -> Value {
    let pattern = json!(path_pattern);
    let script = format!(
        "if (document.readyState !== 'complete' || !new RegExp({pattern}).test(location.pathname)) return null;
         var e = document.getElementById('error-summary');
         if (e) return {{error: e.innerText}};
         return ({ready}) || null;"
    );
    let v = wait_js(c, what, &script).await;
    if let Some(error) = v.get("error") {
        panic!("{what}: the page shows an error: {error}\n{}", page_report(c).await);
    }
    v
}

async fn find(c: &Client, css: &str) -> fantoccini::elements::Element {
    wait_js(c, &format!("an element {css}"), &format!("return document.querySelector({}) !== null", json!(css))).await;
    c.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("element {css}: {e}"))
}

async fn type_into(c: &Client, css: &str, text: &str) {
    let field = find(c, css).await;
    field.clear().await.unwrap_or_else(|e| panic!("clearing {css}: {e}"));
    field.send_keys(text).await.unwrap_or_else(|e| panic!("typing into {css}: {e}"));
    let value = field.prop("value").await.unwrap().unwrap_or_default();
    assert_eq!(value, text, "{css} holds what was typed");
}

/// Sets an input's value by script (datetime-local inputs are awkward to type into).
async fn set_value(c: &Client, css: &str, value: &str) {
    find(c, css).await;
    let script = "var f = document.querySelector(arguments[0]); f.value = arguments[1];
                  f.dispatchEvent(new Event('input', {bubbles: true}));
                  f.dispatchEvent(new Event('change', {bubbles: true}));
                  return f.value;";
    let got = c.execute(script, vec![json!(css), json!(value)]).await.unwrap_or_else(|e| panic!("setting {css}: {e}"));
    assert_eq!(got, json!(value), "{css} accepted the value");
}

async fn click(c: &Client, css: &str) {
    find(c, css).await.click().await.unwrap_or_else(|e| panic!("clicking {css}: {e}"));
}

async fn click_xpath(c: &Client, xpath: &str) {
    let started = Instant::now();
    let button = loop {
        match c.find(Locator::XPath(xpath)).await {
            Ok(b) => break b,
            Err(e) if started.elapsed() > WAIT => {
                panic!("element {xpath}: {e}\n{}", page_report(c).await)
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    };
    button.click().await.unwrap_or_else(|e| panic!("clicking {xpath}: {e}"));
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(f).await.expect("blocking task")
}

async fn scenario(app: &TestApp, c: &Client) {
    // 1. sign in through the form
    c.goto(&app.url("/sign-in")).await.expect("open /sign-in");
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
    find(c, "#country").await.select_by_value("KR").await.expect("choose Korea (South)");
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
        format!("Your time ({})", BROWSER_TZ.replace('_', " ")),
        "app.js showed the viewer's zone: {head:?}"
    );
    let rows: Vec<Vec<String>> = serde_json::from_value(table["rows"].clone()).unwrap();
    assert_eq!(rows.len(), 2, "two sessions on the public page: {rows:?}");
    for (row, s) in rows.iter().zip(SESSIONS.iter()) {
        assert_eq!(row.len(), 4, "{row:?}");
        assert!(row[0].starts_with(s.title), "session title: {row:?}");
        assert_eq!(row[1], format!("{} 09:00–12:00 UTC+02:00", s.day), "in the training's zone: {row:?}");
        assert_eq!(row[2], format!("{} 16:00–19:00 UTC+09:00", s.day), "in Seoul: {row:?}");
        assert!(row[3].contains("16:00–19:00"), "in the viewer's zone ({BROWSER_TZ}): {row:?}");
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
