//! The secrets Cascade handles, in one place: random one-time tokens and their hashes,
//! argon2id password hashes, and the JWTs of sessions and API tokens. Nothing here knows about
//! HTTP or the database.

pub mod jwt;
pub mod password;
pub mod tokens;
