//! Registration's pages: the participant's way in (`form`), their own page (`participant`)
//! and the organisers' registrations table (`organisers`). HTTP only: each handler parses the
//! request, calls one function of `service` or `queries`, and renders.

mod form;
pub use form::FormPageCache;
mod organisers;
mod participant;

use actix_web::{web, HttpRequest};

/// The public form's routes (`/t/{slug}/register`, `/t/{slug}/check-inbox`, `/confirm/...`,
/// `/invited/...`): among the hottest, so the composition root wires them right after the
/// public page (the router tries routes in order, and each pattern it tries costs a regex).
pub fn public_routes(cfg: &mut web::ServiceConfig) {
    form::routes(cfg);
}

/// The participant's own page and the organisers' pages.
pub fn routes(cfg: &mut web::ServiceConfig) {
    participant::routes(cfg);
    organisers::routes(cfg);
}

/// The client address for rate limiting: the TCP peer. Forwarded headers are not trusted
/// (anyone can send them); behind a reverse proxy every client shares the proxy's limit.
fn client_ip(req: &HttpRequest) -> String {
    req.peer_addr().map(|a| a.ip().to_string()).unwrap_or_else(|| "unknown".into())
}
