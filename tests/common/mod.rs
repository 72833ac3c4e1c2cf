//! The test harness: the real app on port 0 with a fresh database per test (a SQLite file in
//! a temporary directory, or a new PostgreSQL database), and a cookie-keeping HTTP client.
//!
//! PostgreSQL: CASCADE_TEST_POSTGRES (default postgres://postgres@127.0.0.1:5432/postgres).
//! When it cannot be reached, PostgreSQL tests are skipped with a message on stderr, except
//! under CI=true, where they fail.
#![allow(dead_code)]

pub mod images;
pub mod receiver;
pub mod smtp;
pub mod tools;

use std::io::Write as _;

use actix_web::web;
use cascade::config::Settings;
use cascade::state::AppState;
use diesel::connection::SimpleConnection;
use diesel::Connection;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn postgres_admin_url() -> String {
    std::env::var("CASCADE_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

pub fn in_ci() -> bool {
    std::env::var("CI").map(|v| v == "true" || v == "1").unwrap_or(false)
}

/// Installs the TLS crypto provider of reqwest's rustls (aws-lc-rs, Cascade's) once. The
/// tests' clients share their build of reqwest with Cascade's webhook client, whose rustls has
/// no default provider: call this before building a `reqwest::Client` (the harness does).
pub fn tls() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    });
}

/// Says plainly, past the test harness's output capture, that something was skipped.
pub fn skip(what: &str, why: &str) {
    let _ = writeln!(std::io::stderr(), "SKIPPED {what}: {why}");
}

/// (recipient, status, attempts, last error, next attempt, lease end) of an outbox row.
pub type OutboxReport = (String, String, i32, Option<String>, chrono::NaiveDateTime, Option<chrono::NaiveDateTime>);

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub state: web::Data<AppState>,
    pub dir: tempfile::TempDir,
    pub backend: Backend,
    pub smtp: smtp::SmtpServer,
    pg_database: Option<String>,
    server: actix_web::dev::ServerHandle,
}

fn create_pg_database() -> Result<(String, String), String> {
    let admin = postgres_admin_url();
    let mut conn = diesel::PgConnection::establish(&admin).map_err(|e| format!("cannot connect to {admin}: {e}"))?;
    let name = format!("cascade_test_{}", uuid::Uuid::new_v4().simple());
    conn.batch_execute(&format!("CREATE DATABASE {name}")).map_err(|e| e.to_string())?;
    let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap_or(admin.clone());
    Ok((name.clone(), format!("{base}/{name}")))
}

impl TestApp {
    /// How this app sends mail (a new transport to the same SMTP server), for tests that run
    /// the outbox worker themselves.
    pub fn mailer(&self) -> web::Data<cascade::mail::Mailer> {
        web::Data::new(cascade::mail::Mailer::from_settings(&self.state.settings).expect("mailer"))
    }

    /// Starts the app; `None` when PostgreSQL is unavailable outside CI (skipped).
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        Self::spawn_with(backend, |_| {}).await
    }

    pub async fn spawn_with(backend: Backend, tweak: impl FnOnce(&mut Settings)) -> Option<TestApp> {
        Self::spawn_bound(backend, "127.0.0.1:0", tweak).await
    }

    /// [`TestApp::spawn_with`], listening on `bind` (e.g. "0.0.0.0:0", every interface, as a
    /// container does); the client still talks to it over 127.0.0.1.
    pub async fn spawn_bound(backend: Backend, bind: &str, tweak: impl FnOnce(&mut Settings)) -> Option<TestApp> {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut settings = Settings::defaults();
        settings.data.dir = dir.path().to_path_buf();
        settings.auth.jwt_secret = "test-secret-that-is-long-enough-0123456789".into();
        settings.database.pool_size = 4;
        settings.server.workers = 2;
        let mut pg_database = None;
        settings.database.url = match backend {
            Backend::Sqlite => format!("sqlite://{}", dir.path().join("cascade.db").display()),
            Backend::Postgres => match create_pg_database() {
                Ok((name, url)) => {
                    pg_database = Some(name);
                    url
                }
                Err(e) if in_ci() => panic!("PostgreSQL is required under CI=true: {e}"),
                Err(e) => {
                    skip(&format!("{} (PostgreSQL)", std::thread::current().name().unwrap_or("test")), &e);
                    return None;
                }
            },
        };
        let listener = std::net::TcpListener::bind(bind).expect("bind");
        let port = listener.local_addr().unwrap().port();
        settings.server.public_url = format!("http://127.0.0.1:{port}");
        let smtp = smtp::SmtpServer::start().await;
        settings.mail.smtp_url = format!("smtp://127.0.0.1:{}", smtp.port);
        settings.mail.poll_interval_ms = 100;
        settings.mail.retry_base_secs = 1;
        settings.registration.rate_limit_per_ip = 0;
        // reports are computed per request (as every report of a small cascade is), so that a
        // slow machine never turns a test's report into a stored one; tests/impact.rs covers those
        settings.reports.snapshot_after_ms = 600_000;
        tweak(&mut settings);
        let state = web::Data::new(
            tokio::task::spawn_blocking(move || cascade::startup::state(settings)).await.unwrap().expect("app state"),
        );
        let server = cascade::startup::spawn(state.clone(), listener).expect("server");
        let handle = server.handle();
        tokio::spawn(server);
        tls();
        let client =
            // An idle connection is dropped before the server's keep-alive (5 s) closes it: a request
        // sent on a connection the server is closing at that moment fails (IncompleteMessage),
        // which a test whose clients wait for each other (a barrier after 500 page loads) hits.
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .pool_idle_timeout(std::time::Duration::from_secs(2))
            .build()
            .unwrap();
        Some(TestApp {
            base: format!("http://127.0.0.1:{port}"),
            client,
            state,
            dir,
            backend,
            smtp,
            pg_database,
            server: handle,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        (status, r.text().await.unwrap())
    }

    /// The CSRF token the site gives this client (from any page with a form).
    pub async fn csrf(&self) -> String {
        let (status, mut html) = self.get_text("/sign-in").await;
        if status == 303 {
            // signed in: the menu's sign-out form carries the token
            html = self.get_text("/dashboard").await.1;
        }
        extract(&html, "name=\"csrf_token\" value=\"", "\"").expect("csrf token on the sign-in page")
    }

    /// Posts a form with this client's CSRF token added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post_form_raw(path, &all).await
    }

    /// Posts a form exactly as given (no CSRF token added).
    pub async fn post_form_raw(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client.post(self.url(path)).form(fields).send().await.expect("POST")
    }

    /// Creates an account directly (argon2-hashed), as `cascade admin create` would.
    pub async fn create_account(&self, email: &str, name: &str, password: &str, admin: bool) -> i64 {
        let (email, name, password) = (email.to_string(), name.to_string(), password.to_string());
        let state = self.state.clone();
        tokio::task::spawn_blocking(move || {
            let hash = cascade::crypto::password::hash_blocking(&password).unwrap();
            let mut conn = state.db.get().unwrap();
            let email = cascade::domain::Email::parse("email", &email).unwrap();
            cascade::accounts::create(&mut conn, &email, &name, Some(&hash), admin).unwrap()
        })
        .await
        .unwrap()
    }

    /// Signs this client in through the sign-in form.
    pub async fn sign_in(&self, email: &str, password: &str) {
        let r = self.post_form("/sign-in", &[("email", email), ("password", password)]).await;
        assert_eq!(r.status().as_u16(), 303, "sign-in failed for {email}");
    }

    /// A bearer token from the API.
    pub async fn api_token(&self, email: &str, password: &str) -> String {
        let r = self
            .client
            .post(self.url("/api/v1/auth/token"))
            .json(&serde_json::json!({"email": email, "password": password}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "token for {email}");
        r.json::<serde_json::Value>().await.unwrap()["token"].as_str().unwrap().to_string()
    }

    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let mut req = self.client.request(method, self.url(path)).bearer_auth(token);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let text = r.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)))
    }

    /// Loads the reference scenario.
    /// An API token of the demo's lead organiser.
    pub async fn lead_token(&self) -> String {
        self.api_token("lead@acrc.example.org", cascade::demo::PASSWORD).await
    }

    pub async fn load_demo(&self) -> i64 {
        let state = self.state.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = state.db.get().unwrap();
            cascade::demo::load(&mut conn, &state.link_env).unwrap().training_id
        })
        .await
        .unwrap()
    }

    /// Sends the batched calendar updates now, as if their batch time had passed (the
    /// scheduler's run-once call); returns how many sessions' updates were queued.
    pub async fn send_session_updates(&self) -> usize {
        let env = self.state.link_env.clone();
        let at = cascade::db::now() + chrono::Duration::days(1);
        let n = self
            .state
            .db
            .run(move |conn| {
                cascade::db::write_transaction(conn, |conn| cascade::registration::updates::send_due(conn, &env, at))
            })
            .await
            .expect("calendar updates (run once)");
        self.state.mail_wake.notify_one();
        n
    }

    /// Waits until the outbox has nothing left to send (10 s at most): the app's own worker
    /// sends it, or, once the test stopped the background tasks, this runs the worker here.
    pub async fn drain_outbox(&self) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let mailer = self.mailer();
        loop {
            if self.background_stopped() {
                cascade::mail::worker::run_once(&self.state, &mailer).await.expect("outbox worker (run once)");
            }
            if self.pending_mail().await == 0 {
                return;
            }
            if std::time::Instant::now() > deadline {
                panic!("the outbox did not drain in 10 s: {:#?}", self.outbox_report().await);
            }
            self.state.mail_wake.notify_one();
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// (recipient, status, attempts, last error, next attempt, lease end) of each pending e-mail,
    /// for failure messages.
    pub async fn outbox_report(&self) -> Vec<OutboxReport> {
        let state = self.state.clone();
        tokio::task::spawn_blocking(move || {
            use cascade::db::schema::outbox;
            use diesel::prelude::*;
            let mut conn = state.db.get().unwrap();
            outbox::table
                .filter(outbox::status.eq("pending"))
                .order(outbox::id)
                .select((
                    outbox::recipient,
                    outbox::status,
                    outbox::attempts,
                    outbox::last_error,
                    outbox::next_attempt_at,
                    outbox::locked_until,
                ))
                .load(&mut conn)
                .unwrap()
        })
        .await
        .unwrap()
    }

    /// How many e-mails wait in the outbox (status pending).
    pub async fn pending_mail(&self) -> i64 {
        let state = self.state.clone();
        tokio::task::spawn_blocking(move || {
            use cascade::db::schema::outbox;
            use diesel::prelude::*;
            let mut conn = state.db.get().unwrap();
            outbox::table.filter(outbox::status.eq("pending")).count().get_result(&mut conn).unwrap()
        })
        .await
        .unwrap()
    }

    /// Runs the outbox worker here, batch after batch, until nothing is due; returns how many
    /// messages it handled (sent or failed). For tests that stopped the app's own worker.
    pub async fn send_due_mail(&self) -> usize {
        let mailer = self.mailer();
        let mut total = 0;
        loop {
            match cascade::mail::worker::run_once(&self.state, &mailer).await.expect("outbox worker (run once)") {
                0 => return total,
                n => total += n,
            }
        }
    }

    /// True once [`TestApp::stop_background_and_wait`] (or `state.stop_background()`) ran.
    pub fn background_stopped(&self) -> bool {
        self.state.background.lock().unwrap().is_empty()
    }

    /// Stops this app's outbox worker, reminder scheduler and events sweeper, and waits until
    /// none of their work is still running: afterwards only the test (and HTTP requests it
    /// makes) touches the database. `state.stop_background()` alone is not enough: it aborts
    /// the tasks, but a database closure one of them had already started runs to its end on
    /// the blocking pool, possibly after the test's next statement.
    ///
    /// The outbox is drained first: aborted between claiming a batch and recording it, the
    /// worker would leave those e-mails leased to nobody for `mail.lock_secs` (or, after
    /// sending, sent again once the lease ends). With nothing pending it has nothing to claim.
    pub async fn stop_background_and_wait(&self) {
        if !self.background_stopped() {
            self.drain_outbox().await;
        }
        let tasks: Vec<_> = std::mem::take(&mut *self.state.background.lock().unwrap());
        self.stop_tasks(tasks).await;
        let leased: Vec<OutboxReport> = self.outbox_report().await.into_iter().filter(|r| r.5.is_some()).collect();
        assert!(leased.is_empty(), "the stopped worker left e-mails leased: {leased:#?}");
    }

    /// Aborts `tasks` (workers a test started itself, say), waits for them to end, then for
    /// any database work they had started (see [`TestApp::settle_database`]).
    pub async fn stop_tasks(&self, tasks: Vec<tokio::task::JoinHandle<()>>) {
        for task in &tasks {
            task.abort();
        }
        for task in tasks {
            // cancelled at its next await, or finished before
            let _ = task.await;
        }
        self.settle_database().await;
    }

    /// Waits until every database closure started so far through `state.db` has returned.
    /// `Db::run` gives a closure one of `database.pool_size` turns before it starts and takes
    /// it back when the closure returns, also when whoever started it was aborted: holding
    /// every turn at once means nothing else runs. Writes on SQLite go to one writer thread,
    /// in order: an empty write returns after every earlier one.
    pub async fn settle_database(&self) {
        use std::sync::{Arc, Condvar, Mutex};
        let turns = self.state.settings.database.pool_size as usize;
        let arrived = Arc::new((Mutex::new(0usize), Condvar::new()));
        let holders = (0..turns).map(|_| {
            let arrived = arrived.clone();
            self.state.db.run(move |_| {
                let (count, all_in) = &*arrived;
                let mut count = count.lock().unwrap();
                *count += 1;
                all_in.notify_all();
                let (count, wait) =
                    all_in.wait_timeout_while(count, std::time::Duration::from_secs(10), |n| *n < turns).unwrap();
                drop(count);
                Ok(!wait.timed_out())
            })
        });
        let held = futures_util::future::join_all(holders).await;
        assert!(
            held.iter().all(|h| matches!(h, Ok(true))),
            "waited 10 s to hold all {turns} database turns at once (some database work did not end): {:?}",
            held.iter().map(|h| h.as_ref().map_err(|e| e.to_string())).collect::<Vec<_>>()
        );
        self.state.db.write(|_| Ok(())).await.expect("an empty write after the earlier ones");
    }

    /// Messages the SMTP server received for `to` (after the outbox drained), oldest first.
    pub async fn mail_to(&self, to: &str) -> Vec<Mail> {
        self.drain_outbox().await;
        self.smtp
            .all()
            .into_iter()
            .filter(|m| m.rcpt.iter().any(|r| r.eq_ignore_ascii_case(to)))
            .map(|m| Mail::parse(&m.raw))
            .collect()
    }

    /// The first link in the newest message to `to`.
    pub async fn last_link_to(&self, to: &str) -> String {
        let mail = self.mail_to(to).await.pop().unwrap_or_else(|| panic!("no mail to {to}"));
        mail.first_link()
    }

    /// A second client (another browser) for the same app.
    pub fn new_client(&self) -> reqwest::Client {
        tls();
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            // below the server's keep-alive (5 s): a connection the server may have closed is
            // never reused. On a loaded host, 500 browsers set up one by one left the first
            // ones idle longer than that, and their POST met a closed connection
            // (hyper's IncompleteMessage).
            .pool_idle_timeout(std::time::Duration::from_secs(2))
            .build()
            .unwrap()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.state.stop_background();
        let handle = self.server.clone();
        // stop without waiting: the runtime is going away with the test
        drop(handle.stop(false));
        if let Some(name) = self.pg_database.take() {
            if let Ok(mut conn) = diesel::PgConnection::establish(&postgres_admin_url()) {
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

/// Polls `condition` until it holds; fails naming `what` it waited for after `within`.
/// For outcomes that arrive in their own time (a background worker, a child process): tests
/// wait for the outcome, never for a fixed time.
pub async fn wait_until<F, Fut>(what: &str, within: std::time::Duration, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = std::time::Instant::now() + within;
    loop {
        if condition().await {
            return;
        }
        if std::time::Instant::now() > deadline {
            panic!("waited {within:?} until {what}; it did not happen");
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

pub fn extract(haystack: &str, start: &str, end: &str) -> Option<String> {
    let i = haystack.find(start)? + start.len();
    let j = haystack[i..].find(end)? + i;
    Some(haystack[i..j].replace("&#x2f;", "/").replace("&amp;", "&"))
}

/// The page with the values of its CSRF fields left out (they are masked afresh in every
/// response), for comparing two answers.
pub fn without_csrf_tokens(html: &str) -> String {
    const FIELD: &str = "name=\"csrf_token\" value=\"";
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find(FIELD) {
        out.push_str(&rest[..i + FIELD.len()]);
        rest = &rest[i + FIELD.len()..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out + rest
}

/// A person with their own browser (cookies), for flows with more than one visitor.
pub struct Person<'a> {
    pub app: &'a TestApp,
    pub client: reqwest::Client,
}

impl<'a> Person<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Person { app, client: app.new_client() }
    }

    pub async fn get(&self, path: &str) -> (u16, String) {
        let r = self.client.get(self.app.url(path)).send().await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// Signs this person's browser in through the sign-in form.
    pub async fn sign_in(&self, email: &str, password: &str) {
        let r = self.submit("/sign-in", "/sign-in", &[("email", email), ("password", password)]).await;
        assert_eq!(r.status().as_u16(), 303, "sign-in failed for {email}");
    }

    /// GETs `page`, takes the CSRF token from its form, and posts `fields` to `action`.
    pub async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let (_, html) = self.get(page).await;
        let token = extract(&html, "name=\"csrf_token\" value=\"", "\"").unwrap_or_default();
        let mut all = fields.to_vec();
        all.push(("csrf_token", &token));
        self.client.post(self.app.url(action)).form(&all).send().await.unwrap()
    }
}

/// Runs one scenario on SQLite and on PostgreSQL, as two tests.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let app = $crate::common::TestApp::spawn($crate::common::Backend::Sqlite).await.expect("sqlite app");
                    super::$name(app).await;
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(app) = $crate::common::TestApp::spawn($crate::common::Backend::Postgres).await {
                        super::$name(app).await;
                    }
                }
            }
        )+
    };
}

/// A received e-mail, parsed by an independent MIME parser (mail-parser).
#[derive(Debug, Clone)]
pub struct Mail {
    pub subject: String,
    pub message_id: String,
    pub text: String,
    pub html: String,
    /// (content type with parameters, body) of each text/calendar part
    pub calendars: Vec<(String, String)>,
    pub content_type: String,
    /// The Auto-Submitted header (RFC 3834)
    pub auto_submitted: Option<String>,
    /// (file name, content type, bytes) of each attachment
    pub attachments: Vec<(String, String, Vec<u8>)>,
}

impl Mail {
    pub fn parse(raw: &[u8]) -> Mail {
        use mail_parser::{MessageParser, MimeHeaders};
        let m = MessageParser::default().parse(raw).expect("a MIME message");
        let content_type =
            m.content_type().map(|c| format!("{}/{}", c.ctype(), c.subtype().unwrap_or(""))).unwrap_or_default();
        let mut calendars = Vec::new();
        for part in m.parts.iter() {
            if let Some(ct) = part.content_type() {
                if ct.ctype() == "text" && ct.subtype() == Some("calendar") {
                    let params: Vec<String> = ct
                        .attributes()
                        .map(|a| a.iter().map(|p| format!("{}={}", p.name, p.value)).collect())
                        .unwrap_or_default();
                    let body = String::from_utf8_lossy(part.contents()).to_string();
                    calendars.push((format!("text/calendar; {}", params.join("; ")), body));
                }
            }
        }
        Mail {
            subject: m.subject().unwrap_or("").to_string(),
            message_id: m.message_id().unwrap_or("").to_string(),
            text: m.body_text(0).map(|t| t.to_string()).unwrap_or_default(),
            html: m.body_html(0).map(|t| t.to_string()).unwrap_or_default(),
            calendars,
            content_type,
            auto_submitted: m.header_raw("Auto-Submitted").map(|v| v.trim().to_string()),
            attachments: m
                .attachments()
                .map(|a| {
                    let ct = a
                        .content_type()
                        .map(|c| format!("{}/{}", c.ctype(), c.subtype().unwrap_or("")))
                        .unwrap_or_default();
                    (a.attachment_name().unwrap_or("").to_string(), ct, a.contents().to_vec())
                })
                .collect(),
        }
    }

    pub fn first_link(&self) -> String {
        let start = self.text.find("http").expect("a link in the mail");
        self.text[start..].split_whitespace().next().unwrap().to_string()
    }
}

/// An iCalendar object read by an independent parser (the `icalendar` crate), after checking
/// the RFC 5545 line rules that parsers forgive: CRLF, 75-octet lines, no TZID with a `Z`.
#[derive(Debug, Clone)]
pub struct Ics {
    pub method: String,
    pub events: Vec<IcsEvent>,
    pub raw: String,
}

#[derive(Debug, Clone, Default)]
pub struct IcsEvent {
    pub uid: String,
    pub sequence: i64,
    pub status: String,
    pub dtstart: String,
    pub dtend: String,
    pub dtstamp: String,
    pub summary: String,
    pub description: String,
    pub location: Option<String>,
    pub url: Option<String>,
    pub organizer: String,
    pub attendee: Option<String>,
    /// ATTENDEE parameters, e.g. ("CN", "Ana"), ("RSVP", "TRUE")
    pub attendee_params: Vec<(String, String)>,
}

impl Ics {
    pub fn parse(raw: &str) -> Ics {
        assert!(raw.ends_with("\r\n"), "iCalendar must end with CRLF");
        for line in raw.split("\r\n") {
            assert!(line.len() <= 75, "line longer than 75 octets ({}): {line:?}", line.len());
            assert!(!line.contains('\n'), "bare LF in {line:?}");
        }
        let unfolded = icalendar::parser::unfold(raw);
        for line in unfolded.lines() {
            if line.contains("TZID=") {
                assert!(!line.trim_end().ends_with('Z'), "TZID with a Z time: {line}");
            }
        }
        let cal = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
        let prop = |props: &[icalendar::parser::Property], name: &str| {
            props.iter().find(|p| p.name.as_str() == name).map(|p| p.val.as_str().to_string())
        };
        let method = prop(&cal.properties, "METHOD").unwrap_or_default();
        let events = cal
            .components
            .iter()
            .filter(|c| c.name.as_str() == "VEVENT")
            .map(|e| {
                let attendee = e.properties.iter().find(|p| p.name.as_str() == "ATTENDEE");
                IcsEvent {
                    uid: prop(&e.properties, "UID").expect("UID"),
                    sequence: prop(&e.properties, "SEQUENCE").map(|s| s.parse().unwrap()).unwrap_or(0),
                    status: prop(&e.properties, "STATUS").unwrap_or_default(),
                    dtstart: prop(&e.properties, "DTSTART").expect("DTSTART"),
                    dtend: prop(&e.properties, "DTEND").expect("DTEND"),
                    dtstamp: prop(&e.properties, "DTSTAMP").expect("DTSTAMP"),
                    summary: prop(&e.properties, "SUMMARY").unwrap_or_default(),
                    description: prop(&e.properties, "DESCRIPTION").unwrap_or_default(),
                    location: prop(&e.properties, "LOCATION"),
                    url: prop(&e.properties, "URL"),
                    organizer: prop(&e.properties, "ORGANIZER").unwrap_or_default(),
                    attendee: attendee.map(|a| a.val.as_str().to_string()),
                    attendee_params: attendee
                        .map(|a| {
                            a.params
                                .iter()
                                .map(|p| {
                                    (
                                        p.key.as_str().to_string(),
                                        p.val.as_ref().map(|v| v.as_str().to_string()).unwrap_or_default(),
                                    )
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            })
            .collect();
        Ics { method, events, raw: raw.to_string() }
    }
}

impl Mail {
    /// The calendar part, parsed; also checks that its content type's method matches METHOD.
    pub fn invite(&self) -> Ics {
        assert_eq!(self.calendars.len(), 1, "one text/calendar part in {:?}", self.subject);
        let (ct, body) = &self.calendars[0];
        let ics = Ics::parse(body);
        assert!(
            ct.to_lowercase().contains(&format!("method={}", ics.method.to_lowercase())),
            "{ct} vs METHOD:{}",
            ics.method
        );
        assert!(ct.to_lowercase().contains("charset=utf-8"), "{ct}");
        // iTIP (RFC 5546 §1.4): the calendar of a scheduling message is one event, one UID
        let mut uids: Vec<&str> = ics.events.iter().map(|e| e.uid.as_str()).collect();
        uids.dedup();
        assert_eq!(uids.len(), 1, "one UID per {} message: {}", ics.method, ics.raw);
        ics
    }
}
