//! Headless Chromium through chromedriver, for scenarios in a real browser.
//!
//! Included from a test file that also declares `mod common;`, with
//! `#[path = "common/browser.rs"] mod chrome;` (common/mod.rs does not declare it, so test
//! files without a browser do not compile it).
//!
//! Chromium and chromedriver: CHROME_BIN (default /usr/bin/chromium) and CHROMEDRIVER (default
//! /usr/bin/chromedriver, then the PATH). When either is missing the scenario is skipped, except
//! under CI=true, where it fails.
//!
//! Every wait is bounded: a page, an element or chromedriver by [`WAIT`], Chromium's start by
//! [`START`], and a whole scenario by the budget given to [`Browser::run`]. chromedriver runs in
//! its own process group, which is killed (with the Chromium it started) when the scenario ends,
//! also when it panics or times out.
#![allow(dead_code)]

use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// How long any single wait (a page, an element, chromedriver's start) may take.
pub const WAIT: Duration = Duration::from_secs(20);
/// How long Chromium may take to start.
pub const START: Duration = Duration::from_secs(60);
/// The browser's zone unless [`Browser::timezone`] says otherwise.
pub const DEFAULT_TZ: &str = "UTC";

/// Chromium and chromedriver, found but not started yet.
pub struct Browser {
    chromium: PathBuf,
    chromedriver: PathBuf,
    tz: String,
}

impl Browser {
    /// The installed browser, or `None` (skipped, with a message) when Chromium or chromedriver
    /// is missing outside CI. `what` names the scenario in that message.
    pub fn find(what: &str) -> Option<Browser> {
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
            return Some(Browser { chromium, chromedriver, tz: DEFAULT_TZ.into() });
        }
        let why = format!(
            "not installed: {}; install them with `apt-get install -y chromium chromium-driver`",
            missing.join(" and ")
        );
        if crate::common::in_ci() {
            panic!("{what} needs a browser under CI=true: {why}");
        }
        crate::common::skip(what, &why);
        None
    }

    /// The browser's own time zone (TZ of chromedriver and so of Chromium), e.g. "Asia/Tokyo".
    pub fn timezone(mut self, tz: &str) -> Browser {
        self.tz = tz.to_string();
        self
    }

    /// Starts chromedriver and Chromium (fresh profile), runs `scenario` with the WebDriver
    /// client as its own task within `budget`, then ends the browser session and the process
    /// group. A panic in the scenario is passed on as the test's failure.
    pub async fn run<F, Fut>(self, what: &str, budget: Duration, scenario: F)
    where
        F: FnOnce(Client) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let driver = Chromedriver::start(&self.chromedriver, &self.tz).await;
        let client = connect(&driver, &self.chromium).await;
        // a task of its own, so that a failed assertion still ends the browser session cleanly
        // below (the guard kills whatever is left in any case)
        let task = tokio::spawn(tokio::time::timeout(budget, scenario(client.clone())));
        let outcome = task.await;
        let _ = tokio::time::timeout(Duration::from_secs(10), client.close()).await;
        drop(driver);
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(_)) => panic!("{what}: did not finish within {budget:?}"),
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(e) => panic!("{what}: {e}"),
        }
    }
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
    async fn start(binary: &Path, tz: &str) -> Chromedriver {
        let mut last_error = String::new();
        // the free port is found by binding and releasing it: retry if someone took it meanwhile
        for _ in 0..3 {
            let port =
                std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
            let child = {
                use std::os::unix::process::CommandExt as _;
                Command::new(binary)
                    .arg(format!("--port={port}"))
                    .env("TZ", tz)
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
                // dropping `driver` ends this attempt's process group
                Err(e) => last_error = e,
            }
        }
        panic!("chromedriver ({}) did not start: {last_error}", binary.display());
    }

    /// Waits until chromedriver answers /status with ready: true.
    async fn wait_ready(&mut self) -> Result<(), String> {
        crate::common::tls();
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
    let client = match tokio::time::timeout(START, connecting).await {
        Ok(Ok(c)) => c,
        Ok(Err(e)) => panic!("chromedriver could not start Chromium ({}): {e}", chromium.display()),
        Err(_) => panic!("Chromium ({}) did not start within {START:?}", chromium.display()),
    };
    // page loads and script runs are bounded by WAIT; element look-ups do not wait (the
    // helpers below poll instead, and say what the page showed when they give up)
    client
        .update_timeouts(TimeoutConfiguration::new(Some(WAIT), Some(WAIT), Some(Duration::ZERO)))
        .await
        .expect("WebDriver timeouts");
    client
}

/// Opens `url` (the page load is bounded by WAIT).
pub async fn goto(c: &Client, url: &str) {
    match tokio::time::timeout(WAIT + Duration::from_secs(5), c.goto(url)).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => panic!("opening {url}: {e}\n{}", page_report(c).await),
        Err(_) => panic!("opening {url}: no answer within {WAIT:?}"),
    }
}

/// Runs `script` until it returns something other than null/false, or fails after WAIT with
/// what the page shows. Errors (e.g. while a page is being replaced) count as "not yet".
pub async fn wait_js(c: &Client, what: &str, script: &str) -> Value {
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
pub async fn page_report(c: &Client) -> String {
    let url = c.current_url().await.map(|u| u.to_string()).unwrap_or_else(|e| format!("(no url: {e})"));
    let text = c
        .execute(
            "return document.querySelector('main') ? document.querySelector('main').innerText : document.body.innerText",
            vec![],
        )
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let text: String = text.chars().take(3000).collect();
    format!("page {url}:\n{text}")
}

/// Waits until the page at `path_pattern` (a JS regular expression on location.pathname) has
/// loaded and the JS expression `ready` is truthy, and returns its value; fails at once if the
/// page shows an error summary.
pub async fn wait_page(c: &Client, what: &str, path_pattern: &str, ready: &str) -> Value {
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

/// Waits for the page at `path_pattern` whose main heading is `heading` (exactly, spaces
/// trimmed), e.g. the page a form's POST answered with at the same address.
pub async fn wait_heading(c: &Client, path_pattern: &str, heading: &str) {
    let ready = format!(
        "(function () {{ var h = document.querySelector('main h1'); return h !== null && h.innerText.trim() === {}; }})()",
        json!(heading)
    );
    wait_page(c, &format!("the page \"{heading}\""), path_pattern, &ready).await;
}

/// The element `css`, once it is in the page.
pub async fn find(c: &Client, css: &str) -> Element {
    wait_js(c, &format!("an element {css}"), &format!("return document.querySelector({}) !== null", json!(css))).await;
    c.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("element {css}: {e}"))
}

/// The element `xpath`, once it is in the page.
pub async fn find_xpath(c: &Client, xpath: &str) -> Element {
    let started = Instant::now();
    loop {
        match c.find(Locator::XPath(xpath)).await {
            Ok(e) => return e,
            Err(e) if started.elapsed() > WAIT => {
                panic!("element {xpath}: {e}\n{}", page_report(c).await)
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// The visible text of the element `css`, spaces trimmed.
pub async fn text(c: &Client, css: &str) -> String {
    find(c, css).await.text().await.unwrap_or_else(|e| panic!("text of {css}: {e}")).trim().to_string()
}

/// Types `text` into the field `css` (cleared first) and checks that it holds it.
pub async fn type_into(c: &Client, css: &str, text: &str) {
    let field = find(c, css).await;
    field.clear().await.unwrap_or_else(|e| panic!("clearing {css}: {e}"));
    field.send_keys(text).await.unwrap_or_else(|e| panic!("typing into {css}: {e}"));
    let value = field.prop("value").await.unwrap().unwrap_or_default();
    assert_eq!(value, text, "{css} holds what was typed");
}

/// Sets an input's value by script (datetime-local inputs are awkward to type into).
pub async fn set_value(c: &Client, css: &str, value: &str) {
    find(c, css).await;
    let script = "var f = document.querySelector(arguments[0]); f.value = arguments[1];
                  f.dispatchEvent(new Event('input', {bubbles: true}));
                  f.dispatchEvent(new Event('change', {bubbles: true}));
                  return f.value;";
    let got = c.execute(script, vec![json!(css), json!(value)]).await.unwrap_or_else(|e| panic!("setting {css}: {e}"));
    assert_eq!(got, json!(value), "{css} accepted the value");
}

/// Chooses the option with `value` in the select `css`.
pub async fn select_value(c: &Client, css: &str, value: &str) {
    let select = find(c, css).await;
    select.select_by_value(value).await.unwrap_or_else(|e| panic!("choosing {value} in {css}: {e}"));
    let got = select.prop("value").await.unwrap().unwrap_or_default();
    assert_eq!(got, value, "{css} has {value} chosen");
}

/// Clicks a checkbox or radio button `css` and checks that it is then checked.
pub async fn check(c: &Client, css: &str) {
    let input = find(c, css).await;
    if input.prop("checked").await.unwrap().as_deref() != Some("true") {
        input.click().await.unwrap_or_else(|e| panic!("clicking {css}: {e}"));
    }
    assert_eq!(input.prop("checked").await.unwrap().as_deref(), Some("true"), "{css} is checked");
}

pub async fn click(c: &Client, css: &str) {
    find(c, css).await.click().await.unwrap_or_else(|e| panic!("clicking {css}: {e}"));
}

pub async fn click_xpath(c: &Client, xpath: &str) {
    find_xpath(c, xpath).await.click().await.unwrap_or_else(|e| panic!("clicking {xpath}: {e}"));
}

/// An XPath string literal for `s` (which may hold either kind of quote).
pub fn xpath_literal(s: &str) -> String {
    if !s.contains('\'') {
        format!("'{s}'")
    } else if !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("concat('{}')", s.split('\'').collect::<Vec<_>>().join("', \"'\", '"))
    }
}

/// Clicks the link in `main` whose visible text is `label` (spaces normalised).
pub async fn click_link(c: &Client, label: &str) {
    click_xpath(c, &format!("//main//a[normalize-space()={}]", xpath_literal(label))).await;
}

/// Clicks the button in `main` whose visible text is `label` (spaces normalised).
pub async fn click_button(c: &Client, label: &str) {
    click_xpath(c, &format!("//main//button[normalize-space()={}]", xpath_literal(label))).await;
}
