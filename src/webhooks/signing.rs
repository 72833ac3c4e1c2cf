//! An endpoint's secret and the signature of each delivery.
//!
//! The secret (`whsec_` and 256 random bits, URL-safe base64) is shown once, when the endpoint
//! is made or its secret renewed. Signing needs the secret itself, so unlike passwords and
//! one-time links it cannot be kept as a hash: it is **sealed** — AES-256-GCM (aws-lc-rs) under
//! a key derived from `auth.jwt_secret`, a random nonce per secret — so a copy of the database
//! alone (a backup, a dump) does not let anyone sign deliveries. Changing `auth.jwt_secret`
//! makes the sealed secrets unreadable: deliveries then fail with a message saying so, until
//! each endpoint's secret is renewed.
//!
//! Each delivery carries `X-Cascade-Timestamp: <Unix seconds>` and
//! `X-Cascade-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`, as Stripe
//! does: the receiver recomputes it over the raw body, compares in constant time, and refuses
//! a timestamp older than a few minutes (a replayed request).

use aws_lc_rs::aead::{Aad, Nonce, RandomizedNonceKey, AES_256_GCM, NONCE_LEN};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::error::{AppError, AppResult};

/// What a sealed secret is bound to (a ciphertext moved to another purpose does not open).
const AAD: &[u8] = b"cascade webhook endpoint secret v1";

/// A new endpoint secret.
pub fn new_secret() -> String {
    format!("whsec_{}", crate::crypto::tokens::random_token())
}

/// The last four characters, shown to tell secrets apart ("…k3Qz").
pub fn hint(secret: &str) -> String {
    let tail: String = secret.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    format!("…{tail}")
}

/// `sha256=<hex>`: HMAC-SHA256 under the secret (its UTF-8 bytes) of `<timestamp>.<body>`.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// The key that seals endpoint secrets at rest.
pub struct SealKey(RandomizedNonceKey);

impl SealKey {
    /// SHA-256 of a purpose label and the JWT secret: the same on every instance that shares it.
    pub fn derive(jwt_secret: &str) -> SealKey {
        let bytes = Sha256::digest(format!("webhook-secrets|{jwt_secret}").as_bytes());
        SealKey(RandomizedNonceKey::new(&AES_256_GCM, &bytes).expect("a 32-byte AES-256 key"))
    }

    /// base64url(nonce ‖ ciphertext ‖ tag).
    pub fn seal(&self, secret: &str) -> AppResult<String> {
        let mut in_out = secret.as_bytes().to_vec();
        let nonce = self
            .0
            .seal_in_place_append_tag(Aad::from(AAD), &mut in_out)
            .map_err(|_| AppError::Internal(anyhow::anyhow!("sealing a webhook secret failed")))?;
        let mut out = nonce.as_ref().to_vec();
        out.extend_from_slice(&in_out);
        Ok(URL_SAFE_NO_PAD.encode(out))
    }

    /// The secret, or why it cannot be read.
    pub fn open(&self, sealed: &str) -> Result<String, String> {
        const UNREADABLE: &str =
            "the endpoint's secret cannot be read (was auth.jwt_secret changed?): renew the secret";
        let bytes = URL_SAFE_NO_PAD.decode(sealed).map_err(|_| UNREADABLE.to_string())?;
        if bytes.len() <= NONCE_LEN {
            return Err(UNREADABLE.into());
        }
        let (nonce, rest) = bytes.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| UNREADABLE.to_string())?;
        let mut in_out = rest.to_vec();
        let plain = self.0.open_in_place(nonce, Aad::from(AAD), &mut in_out).map_err(|_| UNREADABLE.to_string())?;
        String::from_utf8(plain.to_vec()).map_err(|_| UNREADABLE.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_only_with_the_same_key() {
        let key = SealKey::derive("a-jwt-secret-that-is-long-enough-0123456789");
        let secret = new_secret();
        assert!(secret.starts_with("whsec_") && secret.len() == 49, "{secret}");
        let sealed = key.seal(&secret).unwrap();
        assert!(!sealed.contains(&secret[6..]), "sealed, not encoded");
        assert_ne!(sealed, key.seal(&secret).unwrap(), "a fresh nonce each time");
        assert_eq!(key.open(&sealed).unwrap(), secret);
        let other = SealKey::derive("another-jwt-secret-that-is-long-enough-012345");
        assert!(other.open(&sealed).unwrap_err().contains("renew the secret"));
        assert!(key.open("not base64 !").is_err());
        assert!(key.open("").is_err());
    }

    #[test]
    fn the_signature_is_hmac_sha256_of_timestamp_dot_body() {
        // the RFC 4231 test case 2 HMAC, whose message is "what do ya want for nothing?"
        let rfc = signature("Jefe", 0, b"");
        assert_eq!(rfc.len(), "sha256=".len() + 64);
        let mut mac = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"what do ya want for nothing?");
        assert_eq!(
            hex::encode(mac.finalize().into_bytes()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        let mut mac = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"1700000000.{\"a\":1}");
        assert_eq!(
            signature("Jefe", 1_700_000_000, b"{\"a\":1}"),
            format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
        );
        assert_eq!(hint("whsec_abcdefgh"), "…efgh");
    }
}
