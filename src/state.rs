//! What every request handler and background task can reach: settings, the database, the
//! signing keys, how to build links, and the hooks that tie capabilities together without them
//! importing each other. Only infrastructure lives here; a capability keeps its own caches and
//! limits in its own `web::Data` (registered by the composition root).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::config::Settings;
use crate::crypto::jwt::JwtKeys;
use crate::db::{Db, DbConnection};
use crate::error::AppResult;
use crate::events::{self, StoredEvent};

/// A capability's reaction to domain events recorded by one upstream of it (see [`crate::events`]).
pub type Reaction = fn(&mut DbConnection, &LinkEnv, &StoredEvent) -> AppResult<()>;

/// Every reaction, in the order the composition root lists them.
#[derive(Clone, Default)]
pub struct Reactions(Arc<[Reaction]>);

impl Reactions {
    pub fn new(list: Vec<Reaction>) -> Reactions {
        Reactions(list.into())
    }

    /// Runs every reaction on each event nobody has handled yet, inside the caller's
    /// transaction; returns how many events there were.
    pub fn run_pending(&self, conn: &mut DbConnection, env: &LinkEnv) -> AppResult<usize> {
        let pending = events::pending(conn)?;
        for event in &pending {
            for react in self.0.iter() {
                react(conn, env, event)?;
            }
            events::mark_handled(conn, event.id)?;
        }
        Ok(pending.len())
    }
}

pub struct AppState {
    pub settings: Settings,
    pub db: Db,
    pub jwt: JwtKeys,
    /// Guards the one-time setup page while no account exists (printed in the log at start).
    pub setup_token: Mutex<Option<String>>,
    /// Links, invites and Message-IDs need these inside database closures.
    pub link_env: LinkEnv,
    /// Wakes the outbox worker after something was queued.
    pub mail_wake: tokio::sync::Notify,
    /// Notified after a transaction in which reactions handled domain events: what a reaction
    /// queues for a worker of its own (a webhook delivery) goes out without waiting for its poll.
    pub reacted: tokio::sync::Notify,
    pub reactions: Reactions,
    /// The background tasks of this instance (outbox worker, schedulers).
    pub background: Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

impl AppState {
    /// Connects to the database (migrating it) and prepares secrets.
    pub fn new(settings: Settings, reactions: Reactions) -> anyhow::Result<AppState> {
        let db = Db::connect(
            &settings.database.url,
            settings.database.pool_size,
            Duration::from_secs(settings.database.connect_timeout_secs),
        )?;
        let secret = settings.resolve_jwt_secret()?;
        let jwt = JwtKeys::new(&secret, settings.public_url());
        let accounts: i64 = {
            use diesel::prelude::*;
            let mut conn = db.get().map_err(|e| anyhow::anyhow!("{e}"))?;
            crate::db::schema::accounts::table.count().get_result(&mut *conn)?
        };
        let setup_token = (accounts == 0).then(crate::crypto::tokens::random_token);
        Ok(AppState {
            link_env: LinkEnv::from_settings(&settings, &secret),
            mail_wake: tokio::sync::Notify::new(),
            reacted: tokio::sync::Notify::new(),
            settings,
            db,
            jwt,
            setup_token: Mutex::new(setup_token),
            reactions,
            background: Mutex::new(Vec::new()),
        })
    }

    /// Runs `f` in one write transaction, then, in the same transaction, every reaction to the
    /// domain events `f` recorded: a moved session and its e-mails commit together.
    pub async fn write<T, F>(&self, f: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let env = self.link_env.clone();
        let reactions = self.reactions.clone();
        let (out, handled) = self
            .db
            .write(move |conn| {
                let out = f(conn)?;
                let handled = reactions.run_pending(conn, &env)?;
                Ok((out, handled))
            })
            .await?;
        self.mail_wake.notify_one();
        if handled > 0 {
            self.reacted.notify_one();
        }
        Ok(out)
    }

    /// Reacts to events that were recorded outside [`AppState::write`] (the demo loader, a
    /// crash between two versions); the scheduler calls it periodically.
    pub async fn react_to_pending(&self) -> AppResult<usize> {
        let env = self.link_env.clone();
        let reactions = self.reactions.clone();
        let n = self.db.write(move |conn| reactions.run_pending(conn, &env)).await?;
        if n > 0 {
            self.mail_wake.notify_one();
            self.reacted.notify_one();
        }
        Ok(n)
    }

    /// Stops the background tasks (tests stop them before dropping their database).
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

/// What building links and invites needs, cloned into database closures.
#[derive(Clone)]
pub struct LinkEnv {
    pub public_url: String,
    /// Signs participant links (derived from the JWT secret).
    pub link_secret: Vec<u8>,
    /// The Message-ID host part.
    pub host: String,
    /// ORGANIZER of invites: the From address.
    pub organizer_name: String,
    pub organizer_email: String,
    pub confirm_hours: i64,
    pub join_link_minutes_before: i64,
    /// How long a batch of changes to a session waits before its calendar update goes out.
    pub update_batch: Duration,
}

impl LinkEnv {
    pub fn from_settings(settings: &Settings, jwt_secret: &str) -> LinkEnv {
        use sha2::Digest;
        let from: lettre::message::Mailbox =
            settings.mail.from.parse().unwrap_or_else(|_| "cascade@localhost".parse().expect("valid address"));
        let public_url = settings.public_url().to_string();
        let host = url::Url::parse(&public_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or("cascade".into());
        LinkEnv {
            link_secret: sha2::Sha256::digest(format!("participant-links|{jwt_secret}").as_bytes()).to_vec(),
            host,
            organizer_name: from.name.clone().unwrap_or_else(|| "Cascade".into()),
            organizer_email: from.email.to_string(),
            confirm_hours: settings.registration.confirm_hours,
            join_link_minutes_before: settings.registration.join_link_minutes_before,
            update_batch: Duration::from_secs(settings.registration.update_batch_secs),
            public_url,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.public_url)
    }
}
