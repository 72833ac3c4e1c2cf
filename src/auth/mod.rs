//! Signing in: password and one-time e-mail links, sign-out, the first-run setup page, API
//! tokens, password change and reset by e-mail link, and the throttle on wrong passwords. The secrets themselves are in [`crate::crypto`]; the session extractors and the CSRF
//! check every page uses are in [`crate::http`].

pub mod api;
pub mod pages;
pub mod service;
pub mod throttle;
