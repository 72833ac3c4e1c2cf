//! `GET /healthz`: the database answers, and the data directory has room and takes a write.
//! A full disk makes every write fail while reads still work; a health check that only reads
//! would say 200 all along, so it also checks free space (against `data.min_free_mb`) and
//! writes, syncs and removes a small file in each directory Cascade writes to (the data
//! directory and, on SQLite, the database file's).

use std::io::Write;
use std::path::{Path, PathBuf};

use actix_web::{web, HttpResponse};
use serde::Serialize;

use crate::db::Backend;
use crate::state::AppState;

#[derive(Serialize)]
struct DiskCheck {
    dir: String,
    /// Free bytes for unprivileged users (`None` where the platform does not say).
    free_bytes: Option<u64>,
    min_free_bytes: u64,
    writable: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// The directories Cascade writes to.
fn directories(state: &AppState) -> Vec<PathBuf> {
    let mut dirs = vec![state.settings.data.dir.clone()];
    if let Backend::Sqlite(path) = state.db.backend() {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    dirs
}

fn check(dir: &Path, min_free_bytes: u64) -> DiskCheck {
    let free_bytes = free_space(dir);
    let probe = dir.join(".healthz-probe");
    let written = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&probe)?;
        f.write_all(&[0u8; 4096])?;
        f.sync_all()?;
        std::fs::remove_file(&probe)
    })();
    let mut error = written.as_ref().err().map(|e| format!("cannot write in {}: {e}", dir.display()));
    if error.is_none() {
        if let Some(free) = free_bytes.filter(|free| *free < min_free_bytes) {
            error = Some(format!(
                "{} has {} MiB free, less than data.min_free_mb ({} MiB)",
                dir.display(),
                free >> 20,
                min_free_bytes >> 20
            ));
        }
    }
    DiskCheck { dir: dir.display().to_string(), free_bytes, min_free_bytes, writable: written.is_ok(), error }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn free_space(dir: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut stat: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: a NUL-terminated path and a struct statvfs to fill in
    if unsafe { libc::statvfs(path.as_ptr(), &mut stat) } != 0 {
        return None;
    }
    #[allow(clippy::unnecessary_cast)] // the field types differ between platforms
    Some(stat.f_bavail as u64 * stat.f_frsize as u64)
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn free_space(_dir: &Path) -> Option<u64> {
    None
}

pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let database = state.db.ping().await;
    let min_free_bytes = state.settings.data.min_free_mb.saturating_mul(1 << 20);
    let dirs = directories(&state);
    let disks =
        web::block(move || dirs.iter().map(|d| check(d, min_free_bytes)).collect::<Vec<_>>()).await.unwrap_or_default();
    let mut errors: Vec<String> = disks.iter().filter_map(|d| d.error.as_ref().map(|e| format!("disk: {e}"))).collect();
    if disks.is_empty() {
        errors.push("disk: the check did not run".into());
    }
    if let Err(e) = &database {
        errors.insert(0, format!("database: {e}"));
    }
    let mut body = serde_json::json!({
        "status": if errors.is_empty() { "ok" } else { "unavailable" },
        "database": state.db.backend().name(),
        "disk": disks,
    });
    if errors.is_empty() {
        HttpResponse::Ok().json(body)
    } else {
        body["error"] = serde_json::Value::String(errors.join("; "));
        HttpResponse::ServiceUnavailable().json(body)
    }
}
