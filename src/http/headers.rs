//! The security headers every response carries, built once at start (the middleware copies
//! precomputed values; a header a handler set itself, such as the evidence download's
//! sandboxing policy, is kept).
//!
//! - `Content-Security-Policy`: scripts, styles, images, fonts and form targets from this
//!   origin only. No inline script, no inline style (`style-src 'self'` without
//!   `'unsafe-inline'`: templates carry no `style=` attributes — bars are SVG whose width is
//!   an attribute — and `tests/accessibility.rs` checks every page for inline script, style
//!   attributes and event handlers); `frame-ancestors 'none'` (no clickjacking);
//!   `base-uri 'none'`, `object-src 'none'`.
//! - `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY` (browsers without CSP 2).
//! - `Referrer-Policy: no-referrer` everywhere: participant pages, sign-in and confirmation
//!   links carry secrets in their address, and many pages link them.
//! - `Strict-Transport-Security` when the public URL is https.

use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::DefaultHeaders;

/// The Content-Security-Policy of every page.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// One year, as HSTS preload lists ask.
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

/// The middleware that adds the headers to every response (values built here, once per
/// worker; `https`: the public URL is https, so HSTS is sent).
pub fn security_headers(https: bool) -> DefaultHeaders {
    let mut headers = DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .add((header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .add((header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .add((header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        .add((HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin")));
    if https {
        headers = headers.add((header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS)));
    }
    headers
}
