//! The command line: `serve` (the default), `migrate`, `admin create`, `demo`,
//! `rotate-credential-key`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use crate::config::{LogFormat, Settings};

#[derive(Parser)]
#[command(name = "cascade", version, about = "Training-of-Trainers programmes, from scheduling to the cascade")]
struct Cli {
    /// Configuration file layered over the built-in defaults (instead of config/$CASCADE_ENV.toml).
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the web server (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Load the reference scenario: a three-day ToT with co-organisers in KR, MN, XK and UZ,
    /// its cohort, attendance and certificates.
    Demo,
    /// Make a new key for signing Open Badges credentials. Credentials signed with the old key
    /// still verify (its public half stays in /.well-known/jwks.json); restart every instance,
    /// with the new key file, afterwards.
    RotateCredentialKey,
    /// Recompute every stored impact report now (reports of large cascades are stored and
    /// otherwise recomputed in the background when looked at past their maximum age).
    RefreshReports,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an administrator account. The password is read from CASCADE_ADMIN_PASSWORD or
    /// asked for at a prompt, never taken from the command line.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cascade: {e:#}");
            return ExitCode::from(2);
        }
    };
    init_tracing(&settings);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings),
        Command::Migrate => in_runtime(|| migrate(settings)),
        Command::Admin { command: AdminCommand::Create { email, name } } => {
            in_runtime(|| admin_create(settings, &email, &name))
        }
        Command::Demo => in_runtime(|| demo(settings)),
        Command::RotateCredentialKey => in_runtime(|| rotate_credential_key(settings)),
        Command::RefreshReports => refresh_reports(settings),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cascade: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs a one-off command inside a tokio runtime: the SMTP transport in the app state
/// (lettre's connection pool) needs one to start and to shut down.
fn in_runtime<T>(f: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build()?;
    let _context = runtime.enter();
    f()
}

fn init_tracing(settings: &Settings) {
    let filter = EnvFilter::try_new(&settings.log.level).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_target(false);
    let _ = match settings.log.format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

fn serve(settings: Settings) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let listener = crate::startup::bind(&settings)?;
        let addr = listener.local_addr()?;
        let state = actix_web::web::Data::new(crate::startup::state(settings)?);
        let db = match state.db.backend() {
            crate::db::Backend::Sqlite(path) => format!("SQLite file {}", path.display()),
            crate::db::Backend::Postgres(_) => "PostgreSQL".to_string(),
        };
        println!("Cascade is running on {} (listening on {addr}, database: {db})", state.settings.public_url());
        if let Some(url) = state.setup_url() {
            println!("No account exists yet. Create the first administrator:");
            println!("  in the browser: {url}");
            println!("  or on the command line: cascade admin create --email you@example.org --name \"Your Name\"");
            println!("  (or load the reference training with: cascade demo)");
            tracing::info!(setup_url = %url, "first-run setup page is open");
        } else {
            println!("Sign in at {}/sign-in", state.settings.public_url());
        }
        crate::startup::spawn(state, listener)?.await.context("server stopped with an error")
    })
}

fn refresh_reports(settings: Settings) -> anyhow::Result<()> {
    actix_web::rt::System::new().block_on(async move {
        let state = crate::startup::state(settings)?;
        let n = crate::reports::snapshot::refresh_older_than(&state, std::time::Duration::ZERO).await?;
        println!("{n} stored impact report{} recomputed", if n == 1 { "" } else { "s" });
        Ok(())
    })
}

fn migrate(settings: Settings) -> anyhow::Result<()> {
    let state = crate::startup::state(settings)?;
    println!("database migrated ({})", state.db.backend().name());
    Ok(())
}

fn read_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("CASCADE_ADMIN_PASSWORD") {
        return Ok(p);
    }
    if !std::io::stdin().is_terminal() {
        bail!("no terminal to ask for the password: set CASCADE_ADMIN_PASSWORD");
    }
    let first = rpassword::prompt_password("Password (at least 10 characters): ")?;
    let second = rpassword::prompt_password("Password again: ")?;
    if first != second {
        bail!("the two passwords differ");
    }
    Ok(first)
}

fn admin_create(settings: Settings, email: &str, name: &str) -> anyhow::Result<()> {
    let email = crate::domain::Email::parse("--email", email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
    let name = crate::domain::parse_text("name", name, 120).map_err(|e| anyhow::anyhow!("--name: {e}"))?;
    let password = read_password()?;
    crate::crypto::password::check_strength("password", &password, email.as_str())
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let state = crate::startup::state(settings)?;
    let hash = crate::crypto::password::hash_blocking(&password).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut conn = state.db.get().map_err(|e| anyhow::anyhow!("{e}"))?;
    crate::accounts::create(&mut conn, &email, &name, Some(&hash), true).map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("Administrator {email} created. Sign in at {}/sign-in", state.settings.public_url());
    Ok(())
}

fn rotate_credential_key(settings: Settings) -> anyhow::Result<()> {
    let state = crate::startup::state(settings)?;
    let path = state.settings.credential_key_path();
    let old = crate::certificates::Certificates::load(&state.settings, &state.db)?;
    let key = crate::crypto::credential_key::CredentialKey::create(&path)?;
    let mut conn = state.db.get().map_err(|e| anyhow::anyhow!("{e}"))?;
    crate::certificates::queries::publish_key(&mut conn, &key.kid, &key.public_jwk.to_string())
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "New credential signing key {} in {}; the old key {} stays published. Restart every instance.",
        key.kid,
        path.display(),
        old.key.kid
    );
    Ok(())
}

fn demo(settings: Settings) -> anyhow::Result<()> {
    let state = crate::startup::state(settings)?;
    let mut conn = state.db.get().map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut summary = crate::demo::load(&mut conn, &state.link_env).map_err(|e| anyhow::anyhow!("{e}"))?;
    // the demo's sessions were recorded as domain events: react now (nobody is registered
    // yet), not at the server's next sweep
    crate::db::write_transaction(&mut conn, |conn| state.reactions.run_pending(conn, &state.link_env))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let certificates = crate::certificates::Certificates::load(&state.settings, &state.db)?;
    crate::demo::certify(&mut conn, &state.link_env, &certificates.key, &mut summary)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    crate::demo::grow_cascade(&mut conn, &state.link_env, &certificates.key, &mut summary)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    // the reference ToT shows its impact publicly
    let root = summary.training_id;
    crate::db::write_transaction(&mut conn, |conn| crate::reports::queries::set_public(conn, root, None, true))
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("{}", summary.describe(state.settings.public_url()));
    Ok(())
}
