//! Signing in: password and one-time e-mail links, sign-out, the first-run setup page and API
//! tokens. The secrets themselves are in [`crate::crypto`]; the session extractors and the CSRF
//! check every page uses are in [`crate::http`].

pub mod pages;
pub mod service;
pub mod throttle;
