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

pub fn check_strength(field: &str, password: &str) -> Result<(), AppError> {
    let n = password.chars().count();
    if n < 10 {
        return Err(AppError::invalid(field, format!("the password must have at least 10 characters (it has {n})")));
    }
    if n > 1000 {
        return Err(AppError::invalid(field, "the password must have at most 1000 characters"));
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
    fn argon2id_at_owasp_parameters() {
        let h = hash_blocking("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_blocking("correct horse battery", &h));
        assert!(!verify_blocking("wrong horse battery", &h));
    }
}
