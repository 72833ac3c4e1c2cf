//! The command line as a newcomer uses it: a bad setting fails naming its key, `admin create`
//! reads the password from the environment (never argv), `demo` prints where to go, and
//! `serve` prints the URL and the one-time setup link.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn cascade(dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cascade"));
    cmd.current_dir(dir).env_remove("CASCADE_ENV").env("CASCADE__LOG__LEVEL", "warn").stdin(Stdio::null());
    for (k, _) in std::env::vars() {
        if k.starts_with("CASCADE__") && k != "CASCADE__LOG__LEVEL" {
            cmd.env_remove(k);
        }
    }
    cmd
}

/// Runs `cascade migrate` in `dir` with the environment `env`, checks that it fails, and returns
/// what it printed on stderr.
fn migrate_fails(dir: &std::path::Path, env: &[(&str, &str)]) -> String {
    let out = cascade(dir).arg("migrate").envs(env.iter().copied()).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!out.status.success(), "{env:?} must fail; it succeeded: {err}");
    err
}

#[test]
fn a_bad_setting_fails_at_start_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let err = migrate_fails(dir.path(), &[("CASCADE__DATABASE__POOL_SIZE", "lots")]);
    assert!(err.contains("database.pool_size") && err.contains("lots"), "{err}");
    let err = migrate_fails(dir.path(), &[("CASCADE__SERVER__BIND", "nowhere")]);
    assert!(err.contains("server.bind") && err.contains("nowhere"), "{err}");
    let err = migrate_fails(dir.path(), &[("CASCADE__DATABASE__URL", "mysql://x")]);
    assert!(err.contains("database.url") && err.contains("mysql://x"), "{err}");
    // CASCADE_ENV=production reads config/production.toml: without the file, it says so
    let err = migrate_fails(dir.path(), &[("CASCADE_ENV", "production")]);
    assert!(err.contains("CASCADE_ENV=production but config/production.toml does not exist"), "{err}");
    // with the shipped file, production refuses to start without a JWT secret ...
    let prod = tempfile::tempdir().unwrap();
    std::fs::create_dir(prod.path().join("config")).unwrap();
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/production.toml"),
        prod.path().join("config/production.toml"),
    )
    .unwrap();
    let err = migrate_fails(prod.path(), &[("CASCADE_ENV", "production")]);
    assert!(err.contains("auth.jwt_secret: required in production"), "production needs a secret: {err}");
    // ... and so does environment = "production" set another way
    let err = migrate_fails(dir.path(), &[("CASCADE__ENVIRONMENT", "production")]);
    assert!(err.contains("auth.jwt_secret: required in production"), "production needs a secret: {err}");
    // and the secret is all it was missing
    let secret = ("CASCADE__AUTH__JWT_SECRET", "a-production-secret-of-at-least-32-characters");
    let out =
        cascade(prod.path()).arg("migrate").env("CASCADE_ENV", "production").env(secret.0, secret.1).output().unwrap();
    assert!(out.status.success(), "production with a secret: {}", String::from_utf8_lossy(&out.stderr));
    // a secret that is too short is refused, naming the key and the rule
    let err = migrate_fails(prod.path(), &[("CASCADE_ENV", "production"), (secret.0, "short")]);
    assert!(err.contains("auth.jwt_secret: must be at least 32 characters"), "{err}");
}

#[test]
fn admin_create_reads_the_password_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    // no password and no terminal: a clear refusal
    let out = cascade(dir.path())
        .args(["admin", "create", "--email", "root@example.org", "--name", "Root"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("CASCADE_ADMIN_PASSWORD"));
    let out = cascade(dir.path())
        .args(["admin", "create", "--email", "root@example.org", "--name", "Root"])
        .env("CASCADE_ADMIN_PASSWORD", "short")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let out = cascade(dir.path())
        .args(["admin", "create", "--email", "Root@Example.org", "--name", "Root"])
        .env("CASCADE_ADMIN_PASSWORD", "a long enough password")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("root@example.org"));
    assert!(dir.path().join("data/cascade.db").exists(), "the SQLite file lives under ./data");
    let again = cascade(dir.path())
        .args(["admin", "create", "--email", "root@example.org", "--name", "Root"])
        .env("CASCADE_ADMIN_PASSWORD", "a long enough password")
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[test]
fn demo_prints_how_to_sign_in_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let out = cascade(dir.path()).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("/t/tot-digital-corruption-reporting-2023"), "{text}");
    assert!(text.contains("lead@acrc.example.org"));
    assert!(text.contains(cascade::demo::PASSWORD));
    // two certificates to try, as verification links with their codes
    let codes: Vec<String> = text
        .lines()
        .filter_map(|l| l.split("/c/").nth(1))
        .map(|rest| rest.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 2, "{text}");
    assert!(codes.iter().all(|c| cascade::certificates::code::Code::parse(c).is_some()), "{codes:?}");
    // with an SMTP server configured too (the production set-up)
    let out = cascade(dir.path()).arg("demo").env("CASCADE__MAIL__SMTP_URL", "smtp://127.0.0.1:2525").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let again = String::from_utf8_lossy(&out.stdout);
    assert!(again.contains("already loaded"));
    assert!(codes.iter().all(|c| again.contains(c.as_str())), "the same certificates, not new ones: {again}");
    // a new signing key; the old one stays published
    let key_file = dir.path().join("data").join("credential_signing_key.pem");
    let before = std::fs::read_to_string(&key_file).unwrap();
    let out = cascade(dir.path()).arg("rotate-credential-key").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("stays published"));
    assert_ne!(std::fs::read_to_string(&key_file).unwrap(), before);
    // the demo's report is quick to compute, so nothing is stored to recompute
    let out = cascade(dir.path()).arg("refresh-reports").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0 stored impact reports recomputed");
}

#[test]
fn serve_prints_the_url_and_the_setup_link() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = cascade(dir.path())
        .env("CASCADE__SERVER__BIND", format!("127.0.0.1:{port}"))
        .env("CASCADE__SERVER__PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let waited = Duration::from_secs(30);
    let deadline = Instant::now() + waited;
    let mut lines = Vec::new();
    while Instant::now() < deadline && !lines.iter().any(|l: &String| l.contains("/setup?token=")) {
        if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
            lines.push(line);
        }
    }
    let setup = lines.iter().find(|l| l.contains("/setup?token=")).cloned();
    let running = lines.iter().any(|l| l.contains(&format!("Cascade is running on http://127.0.0.1:{port}")));
    // the setup link works
    let ok = setup.as_ref().map(|l| {
        let url = l.split_whitespace().find(|w| w.starts_with("http")).unwrap().to_string();
        let rt = tokio::runtime::Runtime::new().unwrap();
        common::tls();
        rt.block_on(async { reqwest::get(url).await.map(|r| r.status().as_u16()).unwrap_or(0) })
    });
    // graceful stop on SIGTERM: wait (10 s at most) for the process to exit
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let exit_deadline = Instant::now() + Duration::from_secs(10);
    let exited = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break Some(status);
        }
        if Instant::now() > exit_deadline {
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    if exited.is_none() {
        let _ = child.kill();
    }
    assert!(setup.is_some(), "waited {waited:?} for a line with /setup?token= on stdout; it printed: {lines:?}");
    assert!(running, "no line \"Cascade is running on http://127.0.0.1:{port}\" before the setup link: {lines:?}");
    assert_eq!(ok, Some(200), "GET on the printed setup link");
    assert!(exited.is_some(), "waited 10 s for the server to exit after SIGTERM; it was still running");
    assert!(dir.path().join("data/jwt_secret").exists(), "the generated secret is kept in the data directory");
}
