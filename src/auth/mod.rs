//! Signing in and staying signed in: passwords (argon2id), one-time e-mail links, JWT sessions
//! and API tokens, CSRF protection, the first-run setup page.

pub mod csrf;
pub mod handlers;
pub mod jwt;
pub mod password;
pub mod session;
pub mod tokens;

pub use csrf::CsrfForm;
pub use session::{ApiCaller, MaybeSignedIn, SignedIn};
