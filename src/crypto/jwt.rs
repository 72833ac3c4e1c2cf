//! Signed JWTs for browser sessions (cookie) and API access (bearer): HS256 pinned, expiry,
//! issuer and audience checked. The two audiences keep a session cookie from working as an API
//! token and the other way round.

use chrono::Utc;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::error::AppError;

pub const AUDIENCE_WEB: &str = "cascade-web";
pub const AUDIENCE_API: &str = "cascade-api";

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub iss: String,
    pub aud: String,
    pub iat: i64,
    pub exp: i64,
    pub jti: String,
    /// When the person signed in, in milliseconds; sessions from before a sign-out are refused.
    pub auth_ms: i64,
}

pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    issuer: String,
}

impl JwtKeys {
    pub fn new(secret: &str, issuer: &str) -> JwtKeys {
        JwtKeys {
            encoding: EncodingKey::from_secret(secret.as_bytes()),
            decoding: DecodingKey::from_secret(secret.as_bytes()),
            issuer: issuer.to_string(),
        }
    }

    pub fn issue(
        &self,
        account_id: i64,
        audience: &str,
        lifetime: chrono::Duration,
    ) -> Result<(String, i64), AppError> {
        let now = Utc::now();
        let exp = (now + lifetime).timestamp();
        let claims = Claims {
            sub: account_id.to_string(),
            iss: self.issuer.clone(),
            aud: audience.to_string(),
            iat: now.timestamp(),
            exp,
            jti: super::tokens::random_token(),
            auth_ms: now.timestamp_millis(),
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("jwt encode: {e}")))?;
        Ok((token, exp))
    }

    pub fn verify(&self, token: &str, audience: &str) -> Result<Claims, AppError> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_audience(&[audience]);
        validation.set_issuer(&[&self.issuer]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        // a token that says it is not valid yet is not valid yet
        validation.validate_nbf = true;
        decode::<Claims>(token, &self.decoding, &validation)
            .map(|data| data.claims)
            .map_err(|e| AppError::Unauthorized(format!("the token is not valid: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_before_is_honoured() {
        let keys = JwtKeys::new("0123456789abcdef0123456789abcdef", "http://x");
        let now = Utc::now().timestamp();
        let claims = |nbf: i64| {
            serde_json::json!({"sub": "7", "iss": "http://x", "aud": AUDIENCE_API, "iat": now, "exp": now + 600,
                "nbf": nbf, "jti": "j", "auth_ms": now * 1000})
        };
        let sign = |c| encode(&Header::new(Algorithm::HS256), &c, &keys.encoding).unwrap();
        assert!(keys.verify(&sign(claims(now + 300)), AUDIENCE_API).is_err(), "nbf in the future accepted");
        assert!(keys.verify(&sign(claims(now - 1)), AUDIENCE_API).is_ok());
    }

    #[test]
    fn pinned_algorithm_audience_and_expiry() {
        let keys = JwtKeys::new("0123456789abcdef0123456789abcdef", "http://x");
        let (token, _) = keys.issue(7, AUDIENCE_WEB, chrono::Duration::minutes(5)).unwrap();
        assert_eq!(keys.verify(&token, AUDIENCE_WEB).unwrap().sub, "7");
        assert!(keys.verify(&token, AUDIENCE_API).is_err(), "audience not checked");
        let other = JwtKeys::new("another secret that is long enough!!", "http://x");
        assert!(other.verify(&token, AUDIENCE_WEB).is_err(), "signature not checked");
        let (expired, _) = keys.issue(7, AUDIENCE_WEB, chrono::Duration::minutes(-5)).unwrap();
        assert!(keys.verify(&expired, AUDIENCE_WEB).is_err(), "expiry not checked");
        // alg=none with the same claims must be refused
        let parts: Vec<&str> = token.split('.').collect();
        use base64::Engine;
        let none = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#);
        assert!(keys.verify(&format!("{none}.{}.", parts[1]), AUDIENCE_WEB).is_err());
    }
}
