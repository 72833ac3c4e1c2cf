//! The secrets Cascade handles, in one place: random one-time tokens and their hashes,
//! argon2id password hashes, and the JWTs of sessions and API tokens. Nothing here knows about
//! HTTP or the database.

pub mod credential_key;
pub mod jwt;
pub mod password;
pub mod tokens;

/// Writes a secret to a file only its owner may read (mode 0600 on Unix).
pub fn write_private(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())
}
