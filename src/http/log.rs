//! The request span every log line of a request carries, with secrets kept out of it: the
//! participant's key (`/p/{key}…`), one-time tokens in paths (`/confirm/{token}`,
//! `/sign-in/link/{token}`, `/invited/{token}`, `/invitations/{token}…`) and in query strings
//! (`?token=`, `?key=`, the switcher's `?back=`) are logged as `[redacted]`. The route's pattern says which path
//! segments are secrets; for an address no route matched (a 404), any segment of 32 characters
//! or more is taken for one (tokens are 43). The rest of the span is tracing-actix-web's.

use std::fmt;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{Error, HttpMessage};
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder};

/// Route placeholders whose values are secrets.
const SECRET_SEGMENTS: [&str; 2] = ["key", "token"];
/// Query parameters whose values are secrets (`back`, the language switcher's way back, may be
/// a participant's page or a confirmation link).
const SECRET_PARAMS: [&str; 6] = ["token", "key", "secret", "password", "access_token", "back"];
/// In an address no route matched, a segment at least this long is taken for a secret.
const LONG_SEGMENT: usize = 32;

pub const REDACTED: &str = "[redacted]";

/// The path and query as they are logged: secrets replaced by `[redacted]`. Written straight
/// into the log line (no copy of the path is made).
pub struct RedactedTarget<'a> {
    pub path: &'a str,
    /// The route's pattern, e.g. `/p/{key}/calendar.ics`; `None` when no route matched.
    pub pattern: Option<&'a str>,
    pub query: &'a str,
}

fn is_secret_placeholder(segment: &str) -> bool {
    let Some(name) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) else {
        return false;
    };
    let name = name.split(':').next().unwrap_or(name);
    SECRET_SEGMENTS.contains(&name)
}

impl fmt::Display for RedactedTarget<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut pattern = self.pattern.map(|p| p.split('/'));
        for (i, segment) in self.path.split('/').enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            let secret = match pattern.as_mut() {
                Some(p) => p.next().is_some_and(is_secret_placeholder),
                None => segment.len() >= LONG_SEGMENT,
            };
            f.write_str(if secret { REDACTED } else { segment })?;
        }
        if !self.query.is_empty() {
            f.write_str("?")?;
            for (i, pair) in self.query.split('&').enumerate() {
                if i > 0 {
                    f.write_str("&")?;
                }
                match pair.split_once('=') {
                    Some((name, _)) if SECRET_PARAMS.iter().any(|s| name.eq_ignore_ascii_case(s)) => {
                        write!(f, "{name}={REDACTED}")?
                    }
                    _ => f.write_str(pair)?,
                }
            }
        }
        Ok(())
    }
}

/// tracing-actix-web's root span, with the target redacted.
pub struct RedactingRootSpan;

impl RootSpanBuilder for RedactingRootSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        // Below INFO (`log.level = "warn"`, as the benchmarks run) nothing can record the span,
        // yet computing its fields matches the path against every route again and reads the
        // connection info: ~37,000 instructions of a registration's ~170,000 on the HTTP worker
        // (bench/registration_callgrind.py)
        if tracing::level_filters::LevelFilter::current() < tracing::level_filters::LevelFilter::INFO {
            return Span::none();
        }
        let pattern = request.match_pattern();
        let target =
            RedactedTarget { path: request.path(), pattern: pattern.as_deref(), query: request.query_string() };
        let request_id = request.extensions().get::<RequestId>().copied();
        let user_agent = request.headers().get("User-Agent").and_then(|h| h.to_str().ok()).unwrap_or("");
        let connection = request.connection_info();
        let client_ip = connection.realip_remote_addr().unwrap_or("");
        let span = tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %pattern.as_deref().unwrap_or("default"),
            http.target = %target,
            http.client_ip = %client_ip,
            http.user_agent = %user_agent,
            http.status_code = tracing::field::Empty,
            otel.kind = "server",
            otel.status_code = tracing::field::Empty,
            request_id = request_id.map(tracing::field::display),
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        );
        drop(connection);
        span
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        if span.is_disabled() {
            return;
        }
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logged(path: &str, pattern: Option<&str>, query: &str) -> String {
        RedactedTarget { path, pattern, query }.to_string()
    }

    #[test]
    fn secrets_are_left_out() {
        let key = "12.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";
        assert_eq!(logged(&format!("/p/{key}"), Some("/p/{key}"), ""), "/p/[redacted]");
        assert_eq!(
            logged(&format!("/p/{key}/sessions/3/check-in"), Some("/p/{key}/sessions/{sid}/check-in"), ""),
            "/p/[redacted]/sessions/3/check-in"
        );
        assert_eq!(logged("/confirm/abc", Some("/confirm/{token}"), ""), "/confirm/[redacted]");
        assert_eq!(logged("/setup", Some("/setup"), "token=s3cret&x=1"), "/setup?token=[redacted]&x=1");
        assert_eq!(logged("/t/a-slug", Some("/t/{slug}"), "q=1"), "/t/a-slug?q=1");
        assert_eq!(logged(&format!("/nowhere/{key}/x"), None, ""), "/nowhere/[redacted]/x");
        assert_eq!(logged("/nowhere/short", None, "KEY=a"), "/nowhere/short?KEY=[redacted]");
    }
}
