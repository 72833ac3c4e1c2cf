//! One way to talk to the database: a diesel `MultiConnection` over SQLite and PostgreSQL,
//! an r2d2 pool, embedded migrations per backend, and [`Db::run`] to keep blocking work
//! off the async executor.

pub mod schema;

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use chrono::{NaiveDateTime, SubsecRound, Utc};
use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection, Pool};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::error::AppError;

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgres(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// The backend, chosen from the URL scheme (diesel's own `establish` would try each backend
/// in turn and hide the real error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Backend, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Backend::Postgres(url.to_string()));
        }
        let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
        if path.is_empty() {
            return Err("empty SQLite path; use sqlite://data/cascade.db or postgres://...".into());
        }
        if path.contains("://") {
            return Err(format!("unsupported scheme in {url:?}; use sqlite://PATH or postgres://..."));
        }
        Ok(Backend::Sqlite(PathBuf::from(path)))
    }

    pub fn name(&self) -> &'static str {
        match self {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }
}

/// Opens connections for the pool, with SQLite's per-connection settings.
pub struct ConnectionManager {
    backend: Backend,
}

impl ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.backend {
            Backend::Postgres(url) => {
                diesel::PgConnection::establish(url).map(DbConnection::Postgres).map_err(r2d2::Error::ConnectionError)
            }
            Backend::Sqlite(path) => {
                let mut conn = diesel::SqliteConnection::establish(&path.to_string_lossy())
                    .map_err(r2d2::Error::ConnectionError)?;
                // wal_autocheckpoint stays at SQLite's 1,000 pages: the writer that crosses it
                // copies those pages back; at 10,000 each such commit took ~30 ms and became the
                // registrations' p99 (bench/registration.py)
                conn.batch_execute(
                    "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;",
                )
                .map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1").map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        // a connection left inside a transaction, or whose server went away, is not reused
        use diesel::connection::TransactionManager;
        let status = <DbConnection as Connection>::TransactionManager::transaction_manager_status_mut(conn);
        status.transaction_depth().map(|d| d.is_some()).unwrap_or(true)
    }
}

pub type DbPool = Pool<ConnectionManager>;

/// The pool plus the helpers every capability uses.
#[derive(Clone)]
pub struct Db {
    pool: DbPool,
    backend: Backend,
    /// Counts write transactions committed through this instance (caches compare it).
    writes: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// SQLite only: the thread that runs [`Db::write`] transactions, in arrival order.
    sqlite_writer: Option<std::sync::mpsc::Sender<WriteJob>>,
    /// One permit per pooled connection, handed out first come first served (see [`Db::run`]).
    turns: std::sync::Arc<tokio::sync::Semaphore>,
}

type WriteJob = Box<dyn FnOnce(&mut DbConnection) + Send>;

/// SQLite has one writer at a time, so Cascade gives it one thread with its own connection and
/// a first-come-first-served queue. Writers waiting on a lock (or on the pool) are served in
/// whatever order the scheduler wakes them, and under load a few wait very long; the queue
/// keeps the slowest write close to the average. It also spares each write a hop to the
/// blocking pool. The thread ends when the last clone of its [`Db`] is dropped.
fn spawn_sqlite_writer(manager: ConnectionManager) -> anyhow::Result<std::sync::mpsc::Sender<WriteJob>> {
    let (jobs, queue) = std::sync::mpsc::channel::<WriteJob>();
    std::thread::Builder::new().name("sqlite-writer".into()).spawn(move || {
        let mut conn: Option<DbConnection> = None;
        while let Ok(job) = queue.recv() {
            if conn.is_none() {
                match manager.connect() {
                    Ok(c) => conn = Some(c),
                    // the job is dropped, so its caller gets an error; the next one retries
                    Err(e) => {
                        tracing::error!(error = %e, "SQLite writer cannot open the database");
                        continue;
                    }
                }
            }
            let c = conn.as_mut().expect("opened above");
            if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(c))).is_err() {
                // the transaction may still be open: start again with a new connection
                conn = None;
            }
        }
    })?;
    Ok(jobs)
}

/// Why SQLite cannot open `path`, in the operating system's words: SQLite itself only says
/// "unable to open database file".
fn why_not_sqlite(path: &std::path::Path) -> String {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => return "it is a directory, not a file".into(),
        Ok(m) if !m.is_file() => return "it is not a regular file".into(),
        Ok(_) => {
            if let Err(e) = std::fs::OpenOptions::new().read(true).write(true).open(path) {
                return format!("the file cannot be opened for reading and writing: {e}");
            }
        }
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return format!("the file cannot be read: {e}"),
        Err(_) => {}
    }
    // SQLite creates the file, its -wal and its -shm beside it
    let probe = dir.join(format!(".cascade-probe-{}", std::process::id()));
    match std::fs::File::create(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            "the file is not a SQLite database, or is damaged".into()
        }
        Err(e) => format!("its directory {} does not take new files: {e}", dir.display()),
    }
}

/// The database file and its WAL and shared-memory files, readable by their owner only (files
/// an older version created 0644 included; new ones are 0600 by the process's umask).
fn private_sqlite_files(path: &std::path::Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    for suffix in ["", "-wal", "-shm"] {
        use std::os::unix::fs::PermissionsExt;
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let file = std::path::PathBuf::from(file);
        if file.exists() {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("cannot make {} private (mode 0600)", file.display()))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

impl Db {
    /// Connects, prepares the SQLite file (WAL) and applies pending migrations.
    pub fn connect(url: &str, pool_size: u32, timeout: Duration) -> anyhow::Result<Db> {
        let backend = Backend::from_url(url).map_err(|e| anyhow::anyhow!("database.url: {e}"))?;
        if let Backend::Sqlite(path) = &backend {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
            }
            // WAL lets readers work while one writer writes; it is stored in the file.
            let opened = diesel::SqliteConnection::establish(&path.to_string_lossy())
                .map_err(|e| e.to_string())
                .and_then(|mut conn| conn.batch_execute("PRAGMA journal_mode = WAL;").map_err(|e| e.to_string()));
            if let Err(sqlite_said) = opened {
                anyhow::bail!(
                    "cannot open the SQLite database {}: {} (SQLite: {sqlite_said})",
                    path.display(),
                    why_not_sqlite(path)
                );
            }
            private_sqlite_files(path)?;
        }
        let manager = ConnectionManager { backend: backend.clone() };
        let sqlite_writer = match &backend {
            Backend::Sqlite(_) => Some(spawn_sqlite_writer(ConnectionManager { backend: backend.clone() })?),
            Backend::Postgres(_) => None,
        };
        let pool = Pool::builder()
            .max_size(pool_size)
            .min_idle(Some(1))
            // a broken connection fails its query and is replaced (has_broken); testing every
            // checkout with SELECT 1 would double the database round trips
            .test_on_check_out(false)
            .connection_timeout(timeout)
            .build(manager)
            .with_context(|| format!("cannot connect to the {} database", backend.name()))?;
        let turns = std::sync::Arc::new(tokio::sync::Semaphore::new(pool_size as usize));
        let db = Db { pool, backend, writes: Default::default(), sqlite_writer, turns };
        db.migrate()?;
        Ok(db)
    }

    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    /// Applies pending migrations. On PostgreSQL an advisory lock keeps several instances
    /// starting together from migrating at once.
    pub fn migrate(&self) -> anyhow::Result<()> {
        let mut conn = self.pool.get().context("no database connection for migrations")?;
        let result = match &mut *conn {
            DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
            DbConnection::Postgres(c) => {
                c.batch_execute("SELECT pg_advisory_lock(7234001)")?;
                let r = c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ());
                c.batch_execute("SELECT pg_advisory_unlock(7234001)")?;
                r
            }
        };
        result.map_err(|e| anyhow::anyhow!("migration failed: {e}"))
    }

    /// Runs blocking database work on the blocking pool with a pooled connection.
    pub async fn run<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        // Wait for a connection here, in a fair (FIFO) queue, rather than on the pool's own
        // condition variable: there a thread that was woken but beaten to the connection by a
        // newcomer goes back to the end of the line, and under 64 concurrent requests a few
        // waited several times the average. It also keeps idle threads out of the blocking pool.
        // (The permit moves into the task: it is returned when the connection is, even if the
        // request is dropped meanwhile.)
        let turn = self
            .turns
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| AppError::Internal(anyhow::anyhow!("database queue closed: {e}")))?;
        let pool = self.pool.clone();
        actix_web::rt::task::spawn_blocking(move || {
            let _turn = turn;
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("database task failed: {e}")))?
    }

    /// Like [`Db::run`], inside a write transaction (see [`write_transaction`]).
    pub async fn write<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let result = match &self.sqlite_writer {
            Some(writer) => {
                let (done, answer) = tokio::sync::oneshot::channel();
                let job: WriteJob = Box::new(move |conn| {
                    let _ = done.send(write_transaction(conn, f));
                });
                writer.send(job).map_err(|_| AppError::Internal(anyhow::anyhow!("the SQLite writer has stopped")))?;
                // a dropped sender means the job panicked or could not get a connection
                answer.await.map_err(|_| AppError::Internal(anyhow::anyhow!("database write failed")))?
            }
            None => self.run(move |conn| write_transaction(conn, f)).await,
        };
        self.writes.fetch_add(1, std::sync::atomic::Ordering::Release);
        result
    }

    /// How many write transactions this instance has run; it changes after every write.
    pub fn write_generation(&self) -> u64 {
        self.writes.load(std::sync::atomic::Ordering::Acquire)
    }

    /// Empties the SQLite connections' page caches (`PRAGMA shrink_memory` on every idle pooled
    /// connection and on the writer's), which a burst of work fills up to their size each; with
    /// [`crate::memory::release_free`] after it, the memory goes back to the operating system.
    /// PostgreSQL keeps its caches in its own processes: nothing to do here.
    pub async fn release_memory(&self) {
        if !matches!(self.backend, Backend::Sqlite(_)) {
            return;
        }
        let pool = self.pool.clone();
        let _ = tokio::task::spawn_blocking(move || {
            let idle = pool.state().idle_connections;
            let mut held = Vec::new();
            while held.len() < idle as usize {
                match pool.try_get() {
                    Some(conn) => held.push(conn),
                    None => break,
                }
            }
            for conn in &mut held {
                let _ = conn.batch_execute("PRAGMA shrink_memory");
            }
        })
        .await;
        if let Some(writer) = &self.sqlite_writer {
            let (done, finished) = tokio::sync::oneshot::channel();
            let job: WriteJob = Box::new(move |conn| {
                let _ = conn.batch_execute("PRAGMA shrink_memory");
                let _ = done.send(());
            });
            if writer.send(job).is_ok() {
                let _ = finished.await;
            }
        }
    }

    /// `SELECT 1` on a pooled connection (the health check).
    pub async fn ping(&self) -> Result<(), AppError> {
        self.run(|conn| conn.batch_execute("SELECT 1").map_err(AppError::from)).await
    }

    pub fn get(&self) -> Result<r2d2::PooledConnection<ConnectionManager>, AppError> {
        Ok(self.pool.get()?)
    }
}

/// A transaction for work that reads and then writes. On SQLite it starts with
/// `BEGIN IMMEDIATE`, taking the write lock up front so that two writers queue on the busy
/// timeout instead of failing when one upgrades its read lock.
pub fn write_transaction<T, F>(conn: &mut DbConnection, f: F) -> Result<T, AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, AppError>,
{
    if matches!(conn, DbConnection::Postgres(_)) {
        return conn.transaction(f);
    }
    // SQLite has one writer at a time. Writers of this process queue on this lock instead of
    // in SQLite's busy handler, which sleeps in growing steps and makes tail latency jump.
    static SQLITE_WRITER: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = SQLITE_WRITER.lock().unwrap_or_else(|e| e.into_inner());
    if let DbConnection::Sqlite(sqlite) = &mut *conn {
        AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
    }
    let result = f(conn);
    if let DbConnection::Sqlite(sqlite) = &mut *conn {
        match &result {
            Ok(_) => AnsiTransactionManager::commit_transaction(sqlite)?,
            Err(_) => AnsiTransactionManager::rollback_transaction(sqlite)?,
        }
    }
    result
}

/// Runs one diesel expression on the concrete connection of either backend: for statements
/// diesel can type only per backend (`ON CONFLICT DO NOTHING`), written once, expanded twice.
macro_rules! per_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Postgres($c) => $body,
            $crate::db::DbConnection::Sqlite($c) => $body,
        }
    };
}
pub(crate) use per_backend;

/// One `id` column of a raw SQL query (the PostgreSQL claims with `FOR UPDATE SKIP LOCKED`).
#[derive(diesel::QueryableByName)]
pub struct IdRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub id: i64,
}

/// Now, in UTC, truncated to microseconds so both backends store the same value.
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc().trunc_subsecs(6)
}

/// True when the error is a unique-constraint violation (both backends).
pub fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(e, diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _))
}
