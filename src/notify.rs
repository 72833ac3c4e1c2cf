//! How links reach people until the e-mail pipeline exists: in development they are written to
//! the log (the embedded default has no mail server); in production the log says that mail
//! delivery is not configured and never prints the secret link.

use crate::config::Environment;
use crate::startup::AppState;

pub fn deliver_link(state: &AppState, to: &str, purpose: &str, url: &str) {
    match state.settings.environment {
        Environment::Development => {
            tracing::info!(to, purpose, link = url, "e-mail link (development: delivered through the log)");
        }
        Environment::Production => {
            tracing::warn!(to, purpose, "e-mail delivery is not configured yet; the link was not sent");
        }
    }
}
