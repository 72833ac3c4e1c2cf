//! Evidence of a reported training: an attendance sheet scanned or photographed (PDF, JPEG or
//! PNG). The type is decided by the file's first bytes, never by its name or the browser's
//! claim; the file is stored under `<data.dir>/evidence/` named by its SHA-256 (so the same
//! file twice is kept once, and a name chosen by a user never reaches the file system), written
//! to a temporary file first and renamed, so a crash never leaves half a file under that name.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{AppError, AppResult};

/// A checked evidence file, ready to store.
#[derive(Debug)]
pub struct Evidence {
    pub media_type: &'static str,
    /// The name the trainer's file had (shown, never used as a path).
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The kinds accepted, by their signatures.
fn media_type(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    if bytes.starts_with(b"%PDF-") {
        Some(("application/pdf", "pdf"))
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(("image/png", "png"))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(("image/jpeg", "jpg"))
    } else {
        None
    }
}

/// Checks an uploaded file: not empty, not too large, a PDF, JPEG or PNG by its content.
pub fn check(name: &str, bytes: Vec<u8>, max_bytes: usize) -> AppResult<Evidence> {
    if bytes.is_empty() {
        return Err(AppError::invalid("evidence", "the evidence file is empty"));
    }
    if bytes.len() > max_bytes {
        return Err(AppError::PayloadTooLarge(max_bytes));
    }
    let Some((media_type, _)) = media_type(&bytes) else {
        return Err(AppError::invalid(
            "evidence",
            "the evidence must be a PDF, JPEG or PNG file (a scan or photo of the attendance sheet)",
        ));
    };
    let name: String =
        name.rsplit(['/', '\\']).next().unwrap_or("").chars().filter(|c| !c.is_control()).take(200).collect();
    Ok(Evidence { media_type, name, bytes })
}

/// Stores the file; returns its stored name (`<sha256>.<ext>`).
pub fn store(dir: &Path, evidence: &Evidence) -> AppResult<String> {
    let ext = media_type(&evidence.bytes).map(|(_, e)| e).unwrap_or("bin");
    let name = format!("{}.{ext}", hex::encode(Sha256::digest(&evidence.bytes)));
    let path = dir.join(&name);
    if path.exists() {
        return Ok(name);
    }
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let tmp = dir.join(format!(".{name}.{}", uuid::Uuid::new_v4()));
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(&evidence.bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, &path)
    };
    write()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("evidence could not be stored in {}: {e}", dir.display())))?;
    Ok(name)
}

/// The path of a stored file; `None` for a name that is not one this module made.
pub fn path(dir: &Path, stored: &str) -> Option<PathBuf> {
    let (hash, ext) = stored.split_once('.')?;
    let ok = hash.len() == 64 && hash.chars().all(|c| c.is_ascii_hexdigit()) && matches!(ext, "pdf" | "png" | "jpg");
    ok.then(|| dir.join(stored))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(check("a.pdf", b"%PDF-1.7 ...".to_vec(), 100).unwrap().media_type, "application/pdf");
        assert_eq!(check("x", b"\x89PNG\r\n\x1a\n....".to_vec(), 100).unwrap().media_type, "image/png");
        assert_eq!(check("x.exe", vec![0xFF, 0xD8, 0xFF, 0xE0], 100).unwrap().media_type, "image/jpeg");
        assert_eq!(check("sheet.pdf", b"<html>".to_vec(), 100).unwrap_err().field(), Some("evidence"));
        assert_eq!(check("sheet.pdf", Vec::new(), 100).unwrap_err().field(), Some("evidence"));
        assert!(matches!(check("a.pdf", b"%PDF-".repeat(30), 100), Err(AppError::PayloadTooLarge(100))));
        assert_eq!(check("../../etc/passwd\u{7}.pdf", b"%PDF-".to_vec(), 100).unwrap().name, "passwd.pdf");
    }

    #[test]
    fn only_stored_names_are_paths() {
        let dir = Path::new("/data/evidence");
        assert!(path(dir, &format!("{}.pdf", "a".repeat(64))).is_some());
        assert!(path(dir, "../secret.pdf").is_none());
        assert!(path(dir, &format!("{}.html", "a".repeat(64))).is_none());
    }
}
