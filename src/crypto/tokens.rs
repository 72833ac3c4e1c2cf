//! One-time tokens for e-mail links: 256 bits from the OS CSPRNG, shown once, stored only as
//! a SHA-256 hash (a leaked database cannot be replayed into sign-ins).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// The path of a one-time sign-in link (`/sign-in/link/<token>`).
pub const SIGN_IN_LINK_PATH: &str = "/sign-in/link/";
/// The path of a password-reset link (`/password/reset/<token>`).
pub const PASSWORD_RESET_PATH: &str = "/password/reset/";
/// The path of a co-organiser invitation (`/invitations/<token>`): whoever follows it may
/// create the invited address's account and choose its password.
pub const ORGANISER_INVITATION_PATH: &str = "/invitations/";

/// Links that give their holder an account: a session, a new password, or a new account. The
/// links are built from these constants, and the local mailbox hides every token that follows
/// one of them from anyone but the recipient ([`redact_account_links`]).
pub const ACCOUNT_LINK_PATHS: &[&str] = &[SIGN_IN_LINK_PATH, PASSWORD_RESET_PATH, ORGANISER_INVITATION_PATH];

/// What stands in the place of a hidden token.
pub const REDACTED: &str = "[hidden: only the recipient sees this link]";

/// `text` with the token of every account link ([`ACCOUNT_LINK_PATHS`]) replaced by
/// [`REDACTED`]. Recognised by the path wherever it stands (any host, inside a URL or not),
/// so a link is hidden even when the public URL changed since the e-mail was written.
pub fn redact_account_links(text: &str) -> String {
    let is_token_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = ACCOUNT_LINK_PATHS.iter().filter_map(|p| rest.find(p).map(|i| (i, p.len()))).min();
        let Some((at, len)) = next else {
            out.push_str(rest);
            return out;
        };
        let after = at + len;
        out.push_str(&rest[..after]);
        let token_len = rest[after..].find(|c: char| !is_token_char(c)).unwrap_or(rest.len() - after);
        if token_len > 0 {
            out.push_str(REDACTED);
        }
        rest = &rest[after + token_len..];
    }
}

/// 32 random bytes, URL-safe base64 (43 characters).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The form stored in the database.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares secrets in constant time.
pub fn same_secret(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_links_are_redacted_wherever_they_stand() {
        let t = random_token();
        let text = format!(
            "Sign in: http://127.0.0.1:8080/sign-in/link/{t}?next=%2Fdashboard\n\
             <https://cascade.example.org/password/reset/{t}>\n/invitations/{t}.\n\
             Your page: http://x/p/12.abc and /confirm/{t}"
        );
        let out = redact_account_links(&text);
        assert!(!out.contains(&t[..]) || out.matches(&t[..]).count() == 1, "{out}");
        assert!(out.contains(&format!("/sign-in/link/{REDACTED}?next=%2Fdashboard")), "{out}");
        assert!(out.contains(&format!("/password/reset/{REDACTED}>")), "{out}");
        assert!(out.contains(&format!("/invitations/{REDACTED}.")), "{out}");
        // participant links are not account links: the confirmation link stays
        assert!(out.contains(&format!("/confirm/{t}")), "{out}");
        assert!(out.contains("http://x/p/12.abc"));
        assert_eq!(redact_account_links("no links"), "no links");
        assert_eq!(redact_account_links("/invitations/"), "/invitations/");
    }

    #[test]
    fn tokens_are_long_unique_and_hashed() {
        let a = random_token();
        let b = random_token();
        assert_ne!(a, b);
        assert_eq!(URL_SAFE_NO_PAD.decode(&a).unwrap().len(), 32);
        assert_eq!(hash_token(&a).len(), 64);
        assert_ne!(hash_token(&a), a);
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
    }
}
