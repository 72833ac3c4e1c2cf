//! Builds the application from [`Settings`]: the shared state, every route (wired here, in one
//! place), the middleware, and the HTTP server. Tests call [`spawn`] with port 0.

use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use actix_web::error::{JsonPayloadError, UrlencodedError};
use actix_web::middleware::{from_fn, Compress};
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use tracing_actix_web::TracingLogger;

use crate::auth::jwt::JwtKeys;
use crate::config::Settings;
use crate::db::Db;
use crate::error::AppError;

/// What every request handler can reach.
pub struct AppState {
    pub settings: Settings,
    pub db: Db,
    pub jwt: JwtKeys,
    /// Guards the one-time setup page while no account exists (printed in the log at start).
    pub setup_token: Mutex<Option<String>>,
    pub public_pages: crate::public::PageCache,
    /// What registration e-mails show of each training, per training version.
    pub training_mails: crate::registration::mails::TrainingMailCache,
    /// Links, invites and Message-IDs need these inside database closures.
    pub link_env: crate::mail::LinkEnv,
    pub mail_from: lettre::message::Mailbox,
    pub mail_transport: crate::mail::transport::Transport,
    /// Wakes the outbox worker after something was queued.
    pub mail_wake: tokio::sync::Notify,
    pub limit_per_ip: crate::registration::rate_limit::RateLimiter,
    pub limit_per_email: crate::registration::rate_limit::RateLimiter,
    /// The outbox worker and the reminder scheduler of this instance.
    pub background: Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

static MAX_BODY_BYTES: AtomicUsize = AtomicUsize::new(65536);

pub fn max_body_bytes() -> usize {
    MAX_BODY_BYTES.load(Ordering::Relaxed)
}

impl AppState {
    /// Connects to the database (migrating it) and prepares secrets.
    pub fn new(settings: Settings) -> anyhow::Result<AppState> {
        let db = Db::connect(
            &settings.database.url,
            settings.database.pool_size,
            Duration::from_secs(settings.database.connect_timeout_secs),
        )?;
        let secret = settings.resolve_jwt_secret()?;
        let jwt = JwtKeys::new(&secret, settings.public_url());
        let mut conn = db.get().map_err(|e| anyhow::anyhow!("{e}"))?;
        let accounts = crate::accounts::count(&mut conn).map_err(|e| anyhow::anyhow!("{e}"))?;
        drop(conn);
        let setup_token = (accounts == 0).then(crate::auth::tokens::random_token);
        MAX_BODY_BYTES.store(settings.server.max_body_bytes, Ordering::Relaxed);
        let hour = Duration::from_secs(3600);
        Ok(AppState {
            link_env: crate::mail::LinkEnv::from_settings(&settings, &secret),
            mail_from: settings.mail.from.parse().context("mail.from")?,
            mail_transport: crate::mail::transport::Transport::from_settings(&settings)?,
            mail_wake: tokio::sync::Notify::new(),
            limit_per_ip: crate::registration::rate_limit::RateLimiter::new(
                settings.registration.rate_limit_per_ip,
                hour,
            ),
            limit_per_email: crate::registration::rate_limit::RateLimiter::new(
                settings.registration.rate_limit_per_email,
                hour,
            ),
            settings,
            db,
            jwt,
            setup_token: Mutex::new(setup_token),
            public_pages: Default::default(),
            training_mails: Default::default(),
            background: Mutex::new(Vec::new()),
        })
    }

    /// Stops the outbox worker and the reminder scheduler (tests stop them before dropping
    /// their database).
    pub fn stop_background(&self) {
        if let Ok(mut background) = self.background.lock() {
            for task in background.drain(..) {
                task.abort();
            }
        }
    }

    /// The one-time setup URL while no account exists.
    pub fn setup_url(&self) -> Option<String> {
        let token = self.setup_token.lock().ok()?.clone()?;
        Some(format!("{}/setup?token={token}", self.settings.public_url()))
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.settings.public_url())
    }
}

/// Every route of the application.
pub fn routes(cfg: &mut web::ServiceConfig) {
    // the hottest routes first: the router tries routes in this order
    crate::public::routes(cfg);
    crate::web::routes(cfg);
    crate::auth::handlers::routes(cfg);
    crate::trainings::pages::routes(cfg);
    crate::organisations::pages::routes(cfg);
    crate::registration::pages::routes(cfg);
    crate::calendar::handlers::routes(cfg);
    crate::mail::pages::routes(cfg);
    crate::api::routes(cfg);
}

fn json_config(limit: usize) -> web::JsonConfig {
    web::JsonConfig::default().limit(limit).error_handler(|err, _req| {
        let app = match &err {
            JsonPayloadError::Overflow { limit } | JsonPayloadError::OverflowKnownLength { limit, .. } => {
                AppError::PayloadTooLarge(*limit)
            }
            JsonPayloadError::ContentType => {
                AppError::BadRequest("send the body as Content-Type: application/json".into())
            }
            JsonPayloadError::Deserialize(e) if e.is_data() => {
                AppError::BadRequest(format!("the JSON has a value of the wrong type: {e}"))
            }
            JsonPayloadError::Deserialize(e) => AppError::BadRequest(format!("malformed JSON: {e}")),
            other => AppError::BadRequest(format!("the body could not be read: {other}")),
        };
        app.into()
    })
}

fn form_config(limit: usize) -> web::FormConfig {
    web::FormConfig::default().limit(limit).error_handler(|err, _req| {
        let app = match &err {
            UrlencodedError::Overflow { limit, .. } => AppError::PayloadTooLarge(*limit),
            other => AppError::BadRequest(format!("the form could not be read: {other}")),
        };
        app.into()
    })
}

/// Binds and starts the server, the outbox worker and the reminder scheduler (call inside a
/// tokio runtime; bind to port 0 in tests).
pub fn spawn(state: web::Data<AppState>, listener: TcpListener) -> anyhow::Result<actix_web::dev::Server> {
    if let Ok(mut background) = state.background.lock() {
        background.push(tokio::spawn(crate::mail::worker::run(state.clone())));
        background.push(tokio::spawn(crate::registration::reminders::run(state.clone())));
    }
    let limit = state.settings.server.max_body_bytes;
    let workers = match state.settings.server.workers {
        0 => std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2),
        n => n,
    };
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(json_config(limit))
            .app_data(form_config(limit))
            .app_data(web::PayloadConfig::new(limit))
            .wrap(from_fn(crate::auth::csrf::set_cookie))
            .wrap(Compress::default())
            .wrap(TracingLogger::default())
            .configure(routes)
    })
    .workers(workers)
    // Send each write at once: without it, a response written in several pieces (the
    // compression middleware streams) waits ~40 ms for the client's delayed ACK.
    .tcp_nodelay(true)
    .shutdown_timeout(20)
    .listen(listener)
    .context("cannot listen")?
    .run();
    Ok(server)
}

pub fn bind(settings: &Settings) -> anyhow::Result<TcpListener> {
    let addr = settings.bind_addr()?;
    TcpListener::bind(addr).with_context(|| format!("server.bind: cannot listen on {addr}"))
}
