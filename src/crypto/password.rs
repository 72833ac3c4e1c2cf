//! argon2id password hashing at OWASP's minimum (19 MiB, t=2, p=1), always on the blocking pool:
//! one hash takes tens of milliseconds of CPU and must not stall the async workers.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::AppError;

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The 10,000 most common passwords, one a line, most common first: the first 10,000 lines
/// of Django's `django/contrib/auth/common-passwords.txt.gz` (Django 5.2, BSD-3-Clause; Royce
/// Williams' list of the most common passwords in breach corpora, lower-cased). Compiled in.
const COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

fn common_passwords() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| COMMON_PASSWORDS.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect())
}

/// Whether the password (lower-cased), or the word before a run of digits and symbols it
/// ends with ("sunshine2024!"), is on the list of common passwords.
fn is_common(password: &str) -> bool {
    let lower = password.to_lowercase();
    let stem = lower.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation() || c == ' ');
    let set = common_passwords();
    set.contains(lower.as_str()) || (stem.chars().count() >= 4 && set.contains(stem))
}

/// Checks a new password for the account with address `email`: 10 to 1000 characters, not
/// one of the 10,000 most common passwords (nor one of them with digits or symbols added at
/// the end), and not containing the account's own e-mail address or the part before its `@`.
pub fn check_strength(field: &str, password: &str, email: &str) -> Result<(), AppError> {
    let n = password.chars().count();
    if n < 10 {
        return Err(AppError::invalid(field, format!("the password must have at least 10 characters (it has {n})")));
    }
    if n > 1000 {
        return Err(AppError::invalid(field, "the password must have at most 1000 characters"));
    }
    if password.chars().all(|c| password.starts_with(c)) {
        return Err(AppError::invalid(field, "the password must not be one character repeated"));
    }
    if is_common(password) {
        return Err(AppError::invalid(
            field,
            "this password is among the most common ones, which are tried first; choose another",
        ));
    }
    let lower = password.to_lowercase();
    let email = email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or_default();
    if !email.is_empty() && (lower.contains(&email) || (local.chars().count() >= 3 && lower.contains(local))) {
        return Err(AppError::invalid(field, "the password must not contain your e-mail address"));
    }
    Ok(())
}

pub fn hash_blocking(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("argon2: {e}")))
}

pub fn verify_blocking(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).map(|h| hasher().verify_password(password.as_bytes(), &h).is_ok()).unwrap_or(false)
}

pub async fn hash(password: String) -> Result<String, AppError> {
    actix_web::rt::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("hash task: {e}")))?
}

/// Verifies against `hash`, or against a dummy hash when the account is unknown, so that the
/// answer takes as long either way (no e-mail enumeration by timing).
pub async fn verify(password: String, hash: Option<String>) -> bool {
    actix_web::rt::task::spawn_blocking(move || match hash {
        Some(h) => verify_blocking(&password, &h),
        None => {
            static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
            let dummy = DUMMY.get_or_init(|| hash_blocking("not a real password").unwrap_or_default());
            let _ = verify_blocking(&password, dummy);
            false
        }
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passwords_are_refused_with_a_reason() {
        let email = "ana.lima@example.org";
        assert!(check_strength("password", "correct horse battery", email).is_ok());
        assert!(check_strength("password", "a long organiser password 42", email).is_ok());
        assert_eq!(common_passwords().len(), 10_000, "the vendored list is whole");
        for (bad, why) in [
            ("short", "at least 10"),
            ("aaaaaaaaaaaa", "repeated"),
            ("1234567890", "most common"),
            ("qwertyuiop", "most common"),
            ("Password123", "most common"),
            ("iloveyou2024!", "most common"),
            ("ana.lima@example.org", "e-mail"),
            ("my name is Ana.Lima!", "e-mail"),
        ] {
            let e = check_strength("password", bad, email).expect_err(bad).to_string();
            assert!(e.contains(why), "{bad}: {e}");
        }
        let long = "x".repeat(999) + "y";
        assert!(check_strength("password", &long, email).is_ok());
        assert!(check_strength("password", &(long + "z"), email).is_err());
    }

    #[test]
    fn argon2id_at_owasp_parameters() {
        let h = hash_blocking("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_blocking("correct horse battery", &h));
        assert!(!verify_blocking("wrong horse battery", &h));
    }
}
