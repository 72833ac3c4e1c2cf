//! The composition root: builds the application from [`Settings`] — the state, the reactions
//! that tie capabilities together, each capability's own state, every route (wired here, in
//! one place), the middleware, the background tasks and the HTTP server. Nothing imports this
//! module but the CLI. Tests call [`state`] and [`spawn`] with port 0.

use std::net::TcpListener;

use actix_web::middleware::{from_fn, Compress};
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use tracing_actix_web::TracingLogger;

use crate::auth::throttle::SignInThrottle;
use crate::certificates::Certificates;
use crate::config::Settings;
use crate::http::{form_config, json_config};
use crate::mail::Mailer;
use crate::public::PageCache;
use crate::registration::RegistrationCaches;
use crate::state::{AppState, Reactions};
use crate::webhooks::Webhooks;

/// Every reaction of a capability to domain events of one upstream of it. Trainings records
/// what changed; the capabilities below react (see `crate::events`). Add the next ones here.
pub fn reactions() -> Reactions {
    Reactions::new(vec![crate::registration::reactions::on_event, crate::webhooks::reactions::on_event])
}

/// The application's state for these settings: keeps what it writes private, connects,
/// migrates, wires the reactions.
pub fn state(settings: Settings) -> anyhow::Result<AppState> {
    private_files(&settings)?;
    AppState::new(settings, reactions())
}

/// The database, its WAL, captured mail, secrets and uploads are for this process alone: files
/// are created 0600 and directories 0700 (umask 077, for the whole process), and the data
/// directory is made 0700 (also when an older version created it 0755).
fn private_files(settings: &Settings) -> anyhow::Result<()> {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: umask only sets the process's file mode creation mask
    unsafe {
        libc::umask(0o077);
    }
    let dir = &settings.data.dir;
    std::fs::create_dir_all(dir).with_context(|| format!("data.dir: cannot create {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("data.dir: cannot make {} private (mode 0700)", dir.display()))?;
    }
    Ok(())
}

/// Every route of the application.
pub fn routes(cfg: &mut web::ServiceConfig) {
    // the hottest routes first: the router tries routes in this order
    crate::public::routes(cfg);
    // the registration form's POST is the hottest write: before the ~50 routes below, each of
    // which the router (and the request span's `http.route`) would try first
    crate::registration::pages::public_routes(cfg);
    crate::certificates::verify::routes(cfg);
    crate::http::assets::routes(cfg);
    crate::http::language::routes(cfg);
    crate::auth::pages::routes(cfg);
    crate::trainings::pages::routes(cfg);
    crate::trainings::translation_pages::routes(cfg);
    crate::organisations::pages::routes(cfg);
    crate::registration::pages::routes(cfg);
    crate::attendance::pages::routes(cfg);
    crate::certificates::pages::routes(cfg);
    crate::downstream::pages::routes(cfg);
    crate::reports::pages::routes(cfg);
    crate::mail::pages::routes(cfg);
    crate::webhooks::pages::routes(cfg);
    crate::api::routes(cfg);
}

/// Binds and starts the server and the background tasks: the outbox worker, the webhook
/// worker, the certificate worker, the reminder scheduler and the sweeper of unhandled domain events (call inside a tokio runtime; bind to
/// port 0 in tests).
pub fn spawn(state: web::Data<AppState>, listener: TcpListener) -> anyhow::Result<actix_web::dev::Server> {
    let mailer = web::Data::new(Mailer::from_settings(&state.settings)?);
    let registration = web::Data::new(RegistrationCaches::new(&state.settings));
    let public_pages = web::Data::new(PageCache::default());
    let sign_in_throttle = web::Data::new(SignInThrottle::new(&state.settings.auth));
    let certificates = web::Data::new(Certificates::load(&state.settings, &state.db)?);
    let webhooks = web::Data::new(Webhooks::from_settings(&state.settings)?);
    if let Ok(mut background) = state.background.lock() {
        background.push(tokio::spawn(crate::certificates::worker::run(state.clone(), certificates.clone())));
        background.push(tokio::spawn(crate::mail::worker::run(state.clone(), mailer.clone())));
        background.push(tokio::spawn(crate::webhooks::worker::run(state.clone(), webhooks.clone())));
        background.push(tokio::spawn(crate::registration::reminders::run(state.clone())));
        background.push(tokio::spawn(crate::registration::updates::run(state.clone())));
        background.push(tokio::spawn(crate::registration::erasure::run(state.clone())));
        background.push(tokio::spawn(crate::downstream::reminders::run(state.clone())));
        background.push(tokio::spawn(sweep_events(state.clone())));
        background.push(tokio::spawn(release_memory_when_idle(state.clone())));
    }
    let limit = state.settings.server.max_body_bytes;
    let https = state.settings.secure_cookies();
    let workers = match state.settings.server.workers {
        0 => std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2),
        n => n,
    };
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(mailer.clone())
            .app_data(registration.clone())
            .app_data(public_pages.clone())
            .app_data(certificates.clone())
            .app_data(webhooks.clone())
            .app_data(sign_in_throttle.clone())
            .app_data(json_config(limit))
            .app_data(form_config(limit))
            .app_data(web::PayloadConfig::new(limit))
            .app_data(crate::http::page_path_config())
            .wrap(crate::http::localised_error_pages())
            .wrap(from_fn(crate::http::csrf::set_cookie))
            .wrap(Compress::default())
            .wrap(TracingLogger::<crate::http::log::RedactingRootSpan>::new())
            .wrap(crate::http::headers::security_headers(https))
            .configure(routes)
            .default_service(web::to(crate::http::page_default))
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

/// After a burst of writes (registrations, imports, e-mail sent), once nothing has been written
/// for [`IDLE`], hands the memory the burst left behind back to the operating system: the
/// SQLite page caches and the allocator's free memory. A server that served 100,000
/// registrations then idles as small as one that served none (docs/BENCHMARKS.md).
async fn release_memory_when_idle(state: web::Data<AppState>) {
    const IDLE: std::time::Duration = std::time::Duration::from_secs(10);
    let mut released_at = state.db.write_generation();
    let mut seen = released_at;
    loop {
        tokio::time::sleep(IDLE).await;
        let now = state.db.write_generation();
        if now == seen && now != released_at {
            state.db.release_memory().await;
            crate::memory::release_free();
            released_at = now;
        }
        seen = now;
    }
}

/// Reacts to domain events that were recorded outside `AppState::write` (the demo loader, say)
/// or whose reaction failed: every 30 seconds, in its own transaction.
async fn sweep_events(state: web::Data<AppState>) {
    loop {
        match state.react_to_pending().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(events = n, "domain events handled by the sweeper"),
            Err(e) => tracing::warn!(error = %e, "domain events: will try again"),
        }
        tokio::time::sleep(std::time::Duration::from_secs(30)).await;
    }
}
