//! How links reach people until the e-mail pipeline exists. In development (the embedded
//! default) each message is written to the log and captured as a file in
//! `<data.dir>/mail/`, so a newcomer can walk every flow without a mail server. In production
//! the log says that mail delivery is not configured and never prints the secret link.

use std::io::Write;

use crate::config::Environment;
use crate::startup::AppState;

pub fn deliver_link(state: &AppState, to: &str, purpose: &str, url: &str) {
    match state.settings.environment {
        Environment::Development => {
            tracing::info!(
                to,
                purpose,
                link = url,
                "e-mail link (development: captured, not sent)"
            );
            if let Err(e) = capture(state, to, purpose, url) {
                tracing::warn!(error = %e, "could not capture the e-mail in the data directory");
            }
        }
        Environment::Production => {
            tracing::warn!(
                to,
                purpose,
                "e-mail delivery is not configured yet; the link was not sent"
            );
        }
    }
}

fn capture(state: &AppState, to: &str, purpose: &str, url: &str) -> std::io::Result<()> {
    let dir = state.settings.data.dir.join("mail");
    std::fs::create_dir_all(&dir)?;
    let name = format!(
        "{}-{}.txt",
        chrono::Utc::now().format("%Y%m%dT%H%M%S%.6fZ"),
        uuid::Uuid::new_v4().simple()
    );
    let mut file = std::fs::File::create(dir.join(name))?;
    write!(
        file,
        "To: {to}\nSubject: Cascade: your {purpose} link\n\nOpen this link: {url}\n"
    )
}
