//! The RSA key that signs Open Badges credentials (VC-JWT, RS256). Signing goes through
//! jsonwebtoken's aws-lc-rs backend, whose RSA is constant-time (the pure-Rust `rsa` crate has
//! an open timing advisory, RUSTSEC-2023-0071). The key is kept as PKCS#8 PEM in a file with
//! mode 0600, generated on first use; its `kid` is the RFC 7638 thumbprint of the public key,
//! so a verifier finds the right key in the JWKS after any number of rotations.

use std::path::Path;

use anyhow::Context;
use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::rsa::{KeyPair, KeySize};
use aws_lc_rs::signature::KeyPair as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::Serialize;
use sha2::Digest;

use crate::error::AppError;

const PEM_LABEL: &str = "PRIVATE KEY";

pub struct CredentialKey {
    pub kid: String,
    /// The public key as a JWK (`kty`, `n`, `e`, `kid`, `alg`, `use`).
    pub public_jwk: serde_json::Value,
    encoding: EncodingKey,
}

impl CredentialKey {
    /// Reads the key at `path`, or generates one there (mode 0600) when the file does not exist.
    pub fn load_or_create(path: &Path) -> anyhow::Result<CredentialKey> {
        match std::fs::read_to_string(path) {
            Ok(pem) => {
                CredentialKey::from_pem(&pem).with_context(|| format!("credential signing key {}", path.display()))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => CredentialKey::create(path),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    /// Generates a new key into `path` (replacing what is there).
    pub fn create(path: &Path) -> anyhow::Result<CredentialKey> {
        let pem = generate_pem()?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        // write then rename: a crash never leaves half a key behind
        let tmp = path.with_extension("pem.tmp");
        super::write_private(&tmp, &pem).with_context(|| format!("cannot write {}", tmp.display()))?;
        std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
        tracing::info!(path = %path.display(), "generated a new credential signing key");
        CredentialKey::from_pem(&pem)
    }

    pub fn from_pem(pem: &str) -> anyhow::Result<CredentialKey> {
        let der = pem_body(pem).context("not a PEM \"PRIVATE KEY\" (PKCS#8)")?;
        let pair = KeyPair::from_pkcs8(&der).map_err(|e| anyhow::anyhow!("not an RSA key: {e}"))?;
        if pair.public_modulus_len() < 256 {
            anyhow::bail!("the RSA key must have at least 2048 bits");
        }
        let public = aws_lc_rs::rsa::PublicKeyComponents::<Vec<u8>>::from(pair.public_key());
        let n = URL_SAFE_NO_PAD.encode(trim_leading_zeros(&public.n));
        let e = URL_SAFE_NO_PAD.encode(trim_leading_zeros(&public.e));
        // RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace
        let thumbprint = sha2::Sha256::digest(format!(r#"{{"e":"{e}","kty":"RSA","n":"{n}"}}"#).as_bytes());
        let kid = URL_SAFE_NO_PAD.encode(thumbprint);
        let encoding = EncodingKey::from_rsa_pem(pem.as_bytes()).map_err(|e| anyhow::anyhow!("RSA key: {e}"))?;
        Ok(CredentialKey {
            public_jwk: serde_json::json!({"kty": "RSA", "n": n, "e": e, "kid": kid, "alg": "RS256", "use": "sig"}),
            kid,
            encoding,
        })
    }

    /// Signs `claims` as a compact JWS: RS256, `typ: JWT`, `kid` of this key.
    pub fn sign<T: Serialize>(&self, claims: &T) -> Result<String, AppError> {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, claims, &self.encoding)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("signing a credential: {e}")))
    }
}

/// A fresh 2048-bit RSA key as PKCS#8 PEM.
pub fn generate_pem() -> anyhow::Result<String> {
    let pair = KeyPair::generate(KeySize::Rsa2048).map_err(|_| anyhow::anyhow!("cannot generate an RSA key"))?;
    let der = pair.as_der().map_err(|_| anyhow::anyhow!("cannot encode the RSA key"))?;
    let body = STANDARD.encode(der.as_ref());
    let mut pem = format!("-----BEGIN {PEM_LABEL}-----\n");
    for line in body.as_bytes().chunks(64) {
        pem.push_str(std::str::from_utf8(line).unwrap_or_default());
        pem.push('\n');
    }
    pem.push_str(&format!("-----END {PEM_LABEL}-----\n"));
    Ok(pem)
}

fn pem_body(pem: &str) -> Option<Vec<u8>> {
    let start = pem.find(&format!("-----BEGIN {PEM_LABEL}-----"))?;
    let rest = &pem[start..];
    let body_start = rest.find('\n')? + 1;
    let end = rest.find(&format!("-----END {PEM_LABEL}-----"))?;
    let body: String = rest.get(body_start..end)?.chars().filter(|c| !c.is_whitespace()).collect();
    STANDARD.decode(body).ok()
}

fn trim_leading_zeros(bytes: &[u8]) -> &[u8] {
    let first = bytes.iter().position(|b| *b != 0).unwrap_or(bytes.len().saturating_sub(1));
    &bytes[first..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_key_signs_and_verifies_with_its_jwk() {
        let dir = std::env::temp_dir().join(format!("cascade-key-{}", uuid::Uuid::new_v4().simple()));
        let path = dir.join("key.pem");
        let key = CredentialKey::load_or_create(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let again = CredentialKey::load_or_create(&path).unwrap();
        assert_eq!(key.kid, again.kid, "the key must be read back, not made anew");
        let token = key.sign(&serde_json::json!({"sub": "x", "exp": 4_102_444_800i64})).unwrap();
        let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(key.public_jwk.clone()).unwrap();
        let decoding = jsonwebtoken::DecodingKey::from_jwk(&jwk).unwrap();
        let data = jsonwebtoken::decode::<serde_json::Value>(
            &token,
            &decoding,
            &jsonwebtoken::Validation::new(Algorithm::RS256),
        )
        .unwrap();
        assert_eq!(data.header.kid.as_deref(), Some(key.kid.as_str()));
        assert!(CredentialKey::from_pem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n").is_err());
        std::fs::remove_dir_all(dir).ok();
    }
}
