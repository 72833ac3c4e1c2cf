//! Typed settings: config/default.toml (built in), then an environment file, then
//! `CASCADE__SECTION__KEY` environment variables. A bad value fails at start naming the key.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use figment::providers::{Env, Format, Toml};
use figment::Figment;
use serde::Deserialize;

const DEFAULTS: &str = include_str!("../config/default.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub environment: Environment,
    pub server: ServerSettings,
    pub data: DataSettings,
    pub database: DatabaseSettings,
    pub auth: AuthSettings,
    pub mail: MailSettings,
    pub organisations: OrganisationSettings,
    pub registration: RegistrationSettings,
    pub attendance: AttendanceSettings,
    pub certificates: CertificateSettings,
    pub downstream: DownstreamSettings,
    pub reports: ReportSettings,
    pub privacy: PrivacySettings,
    pub webhooks: WebhookSettings,
    pub log: LogSettings,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    Development,
    Production,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerSettings {
    pub bind: String,
    pub public_url: String,
    pub workers: usize,
    pub max_body_bytes: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DataSettings {
    pub dir: PathBuf,
    /// `/healthz` answers 503 when the data directory (or the SQLite file's) has less free
    /// space than this, in MiB: writes are about to fail.
    pub min_free_mb: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    pub url: String,
    pub pool_size: u32,
    pub connect_timeout_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AuthSettings {
    pub jwt_secret: String,
    pub session_hours: i64,
    pub api_token_minutes: i64,
    pub sign_in_link_minutes: i64,
    pub invitation_days: i64,
    pub password_reset_minutes: i64,
    pub sign_in_free_failures_per_account: u32,
    pub sign_in_free_failures_per_ip: u32,
    pub sign_in_first_delay_secs: u64,
    pub sign_in_max_delay_secs: u64,
    pub sign_in_max_delay_secs_per_ip: u64,
    pub sign_in_failure_decay_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MailSettings {
    pub smtp_url: String,
    pub from: String,
    pub batch_size: i64,
    pub concurrency: usize,
    pub retry_base_secs: i64,
    pub max_attempts: i32,
    pub lock_secs: i64,
    pub poll_interval_ms: u64,
    pub gather_ms: u64,
    pub keep_sent_days: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OrganisationSettings {
    pub max_logo_bytes: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RegistrationSettings {
    pub confirm_hours: i64,
    pub join_link_minutes_before: i64,
    pub reminder_offsets_minutes: Vec<i32>,
    pub reminder_interval_secs: u64,
    /// Changes to a session within this many seconds of the first go out as one update.
    pub update_batch_secs: u64,
    pub rate_limit_per_ip: u32,
    pub rate_limit_per_email: u32,
    pub max_csv_bytes: usize,
    /// rows one invitee import takes at most
    pub max_import_rows: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AttendanceSettings {
    pub check_in_minutes_before: i64,
    pub max_report_bytes: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DownstreamSettings {
    pub max_evidence_bytes: usize,
    pub reminder_after_days: Vec<i32>,
    pub reminder_interval_secs: u64,
    pub active_within_days: i64,
}

/// When an impact report is served from a stored snapshot instead of computed per request.
#[derive(Debug, Clone, Deserialize)]
pub struct ReportSettings {
    /// A report whose computation took at least this long is kept and served from storage.
    pub snapshot_after_ms: u64,
    /// A kept report older than this is recomputed in the background on its next request.
    pub snapshot_max_age_secs: u64,
}

/// How long participants' details are kept (what each training's privacy notice says).
#[derive(Debug, Clone, Deserialize)]
pub struct PrivacySettings {
    /// A registration's e-mail address, name and organisation are erased this many days after
    /// its training's last session; 0: never by themselves (until the person, or an organiser
    /// at their request, erases them).
    pub erase_registrations_after_days: u32,
    /// How often each instance looks for registrations due for erasure.
    pub erase_interval_secs: u64,
}

/// How webhook deliveries are made (see `crate::webhooks`).
#[derive(Debug, Clone, Deserialize)]
pub struct WebhookSettings {
    pub timeout_secs: u64,
    pub retry_base_secs: i64,
    pub retry_max_secs: i64,
    pub max_attempts: i32,
    /// Deliveries failed for good in a row before the endpoint is paused (0: never).
    pub pause_after_failures: i32,
    pub batch_size: i64,
    pub concurrency: usize,
    pub lock_secs: i64,
    pub poll_interval_ms: u64,
    pub max_response_bytes: usize,
    pub keep_days: u32,
    /// Development and tests: receivers on loopback, over http too.
    pub allow_loopback: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CertificateSettings {
    pub signing_key: String,
    pub render_batch: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LogSettings {
    pub level: String,
    pub format: LogFormat,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

impl Settings {
    /// Loads the layered configuration. `file` is `--config PATH`; without it
    /// `config/$CASCADE_ENV.toml` is read when CASCADE_ENV is set.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Settings> {
        let mut figment = Figment::from(Toml::string(DEFAULTS));
        if let Some(path) = file {
            if !path.exists() {
                bail!("configuration file {} does not exist", path.display());
            }
            figment = figment.merge(Toml::file(path));
        } else if let Ok(env) = std::env::var("CASCADE_ENV") {
            let path = PathBuf::from(format!("config/{env}.toml"));
            if !path.exists() {
                bail!("CASCADE_ENV={env} but {} does not exist", path.display());
            }
            figment = figment.merge(Toml::file(path));
        }
        // CASCADE__DATABASE__POOL_SIZE → database.pool_size (lower-cased, so errors name the key
        // as config/default.toml spells it)
        figment = figment
            .merge(Env::prefixed("CASCADE__").map(|k| k.as_str().to_ascii_lowercase().replace("__", ".").into()));
        Self::from_figment(figment)
    }

    /// The built-in defaults only (tests start from these).
    pub fn defaults() -> Settings {
        Self::from_figment(Figment::from(Toml::string(DEFAULTS))).expect("built-in defaults are valid")
    }

    fn from_figment(figment: Figment) -> anyhow::Result<Settings> {
        let settings: Settings = figment.extract().map_err(|errors| {
            let lines: Vec<String> = errors
                .into_iter()
                .map(|e| {
                    let source = e.metadata.as_ref().map(|m| format!(" (from {})", m.name)).unwrap_or_default();
                    format!("{}: {}{source}", e.path.join("."), e.kind)
                })
                .collect();
            anyhow::anyhow!("invalid configuration: {}", lines.join("; "))
        })?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> anyhow::Result<()> {
        self.bind_addr()?;
        let url = url::Url::parse(&self.server.public_url)
            .with_context(|| format!("server.public_url: {:?} is not a URL", self.server.public_url))?;
        if !matches!(url.scheme(), "http" | "https") {
            bail!("server.public_url: must start with http:// or https://");
        }
        if self.database.pool_size == 0 {
            bail!("database.pool_size: must be at least 1");
        }
        crate::db::Backend::from_url(&self.database.url).map_err(|e| anyhow::anyhow!("database.url: {e}"))?;
        if !self.auth.jwt_secret.is_empty() && self.auth.jwt_secret.len() < 32 {
            bail!("auth.jwt_secret: must be at least 32 characters");
        }
        if self.environment == Environment::Production && self.auth.jwt_secret.is_empty() {
            bail!("auth.jwt_secret: required in production (set CASCADE__AUTH__JWT_SECRET)");
        }
        for (key, value) in [
            ("auth.session_hours", self.auth.session_hours),
            ("auth.api_token_minutes", self.auth.api_token_minutes),
            ("auth.sign_in_link_minutes", self.auth.sign_in_link_minutes),
            ("auth.invitation_days", self.auth.invitation_days),
            ("auth.password_reset_minutes", self.auth.password_reset_minutes),
            ("mail.batch_size", self.mail.batch_size),
            ("mail.retry_base_secs", self.mail.retry_base_secs),
            ("mail.lock_secs", self.mail.lock_secs),
            ("registration.confirm_hours", self.registration.confirm_hours),
        ] {
            if value <= 0 {
                bail!("{key}: must be a positive number");
            }
        }
        for (key, value) in [
            ("auth.sign_in_first_delay_secs", self.auth.sign_in_first_delay_secs),
            ("auth.sign_in_max_delay_secs", self.auth.sign_in_max_delay_secs),
            ("auth.sign_in_max_delay_secs_per_ip", self.auth.sign_in_max_delay_secs_per_ip),
            ("auth.sign_in_failure_decay_secs", self.auth.sign_in_failure_decay_secs),
        ] {
            if !(1..=86_400).contains(&value) {
                bail!("{key}: must be from 1 to 86400 seconds");
            }
        }
        if !self.mail.smtp_url.is_empty() {
            lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(&self.mail.smtp_url)
                .map_err(|e| anyhow::anyhow!("mail.smtp_url: {e}"))?;
        }
        self.mail.from.parse::<lettre::message::Mailbox>().map_err(|e| {
            anyhow::anyhow!(
                "mail.from: {:?} is not an address like \"Cascade <cascade@example.org>\": {e}",
                self.mail.from
            )
        })?;
        if self.mail.concurrency == 0 || self.mail.max_attempts < 1 {
            bail!("mail.concurrency and mail.max_attempts: must be at least 1");
        }
        if self.registration.reminder_offsets_minutes.iter().any(|m| *m <= 0) {
            bail!("registration.reminder_offsets_minutes: every offset must be a positive number of minutes");
        }
        if self.server.max_body_bytes < 1024 {
            bail!("server.max_body_bytes: must be at least 1024");
        }
        if !(1024..=16 * 1024 * 1024).contains(&self.organisations.max_logo_bytes) {
            bail!("organisations.max_logo_bytes: must be from 1024 to 16777216 bytes");
        }
        if !(1..=1000).contains(&self.certificates.render_batch) {
            bail!("certificates.render_batch: must be from 1 to 1000");
        }
        if self.downstream.reminder_after_days.iter().any(|d| !(1..=3650).contains(d)) {
            bail!("downstream.reminder_after_days: every value must be from 1 to 3650 days");
        }
        if self.downstream.max_evidence_bytes < 1024 {
            bail!("downstream.max_evidence_bytes: must be at least 1024");
        }
        if !(1..=3650).contains(&self.downstream.active_within_days) {
            bail!("downstream.active_within_days: must be from 1 to 3650 days");
        }
        if self.registration.update_batch_secs > 3600 {
            bail!("registration.update_batch_secs: must be at most 3600 seconds");
        }
        if !(1..=86_400).contains(&self.reports.snapshot_max_age_secs) {
            bail!("reports.snapshot_max_age_secs: must be from 1 to 86400 seconds");
        }
        if self.privacy.erase_registrations_after_days > 36_500 {
            bail!("privacy.erase_registrations_after_days: must be from 0 (never) to 36500 days");
        }
        if !(1..=86_400).contains(&self.privacy.erase_interval_secs) {
            bail!("privacy.erase_interval_secs: must be from 1 to 86400 seconds");
        }
        let w = &self.webhooks;
        if !(1..=300).contains(&w.timeout_secs) {
            bail!("webhooks.timeout_secs: must be from 1 to 300 seconds");
        }
        if w.retry_base_secs < 1 || w.retry_max_secs < w.retry_base_secs {
            bail!("webhooks.retry_base_secs and retry_max_secs: at least 1, and the maximum at least the base");
        }
        if !(1..=100).contains(&w.max_attempts) {
            bail!("webhooks.max_attempts: must be from 1 to 100");
        }
        if w.pause_after_failures < 0 {
            bail!("webhooks.pause_after_failures: must be 0 (never) or more");
        }
        if !(1..=1000).contains(&w.batch_size) || w.concurrency == 0 || w.lock_secs <= i64::try_from(w.timeout_secs)? {
            bail!("webhooks.batch_size (1 to 1000), concurrency (at least 1) and lock_secs (longer than timeout_secs)");
        }
        if !(64..=65_536).contains(&w.max_response_bytes) {
            bail!("webhooks.max_response_bytes: must be from 64 to 65536");
        }
        if w.allow_loopback && self.environment == Environment::Production {
            bail!("webhooks.allow_loopback: not in production (it lets organisers aim requests at this machine)");
        }
        if !(0..=24 * 60).contains(&self.attendance.check_in_minutes_before) {
            bail!("attendance.check_in_minutes_before: must be from 0 to 1440 minutes");
        }
        Ok(())
    }

    pub fn bind_addr(&self) -> anyhow::Result<SocketAddr> {
        self.server
            .bind
            .parse()
            .with_context(|| format!("server.bind: {:?} is not an address like 127.0.0.1:8080", self.server.bind))
    }

    pub fn public_url(&self) -> &str {
        self.server.public_url.trim_end_matches('/')
    }

    pub fn secure_cookies(&self) -> bool {
        self.server.public_url.starts_with("https://")
    }

    /// Where the key that signs Open Badges credentials is kept.
    /// Where uploaded evidence of downstream trainings is kept (shared by every instance).
    pub fn evidence_dir(&self) -> std::path::PathBuf {
        self.data.dir.join("evidence")
    }

    pub fn credential_key_path(&self) -> std::path::PathBuf {
        if self.certificates.signing_key.is_empty() {
            self.data.dir.join("credential_signing_key.pem")
        } else {
            std::path::PathBuf::from(&self.certificates.signing_key)
        }
    }

    /// The secret that signs tokens: configured, or generated once into the data directory.
    pub fn resolve_jwt_secret(&self) -> anyhow::Result<String> {
        if !self.auth.jwt_secret.is_empty() {
            return Ok(self.auth.jwt_secret.clone());
        }
        let path = self.data.dir.join("jwt_secret");
        if let Ok(existing) = std::fs::read_to_string(&path) {
            let existing = existing.trim().to_string();
            if existing.len() >= 32 {
                return Ok(existing);
            }
        }
        std::fs::create_dir_all(&self.data.dir)
            .with_context(|| format!("data.dir: cannot create {}", self.data.dir.display()))?;
        let secret = crate::crypto::tokens::random_token();
        crate::crypto::write_private(&path, &secret).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(secret)
    }
}
