//! Multipart forms with one file (attendance reports, logos): read with a size cap, the CSRF
//! token checked like [`super::CsrfForm`] checks it, fields kept as text for the handler to
//! parse; and raw request bodies (a logo PUT as the body) with the same cap.
//!
//! A body over the cap is refused (413), but first read on, up to a bound, and thrown away:
//! a client (a browser above all) that is still sending when the answer comes often reports a
//! broken connection instead of the answer.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::{web, HttpRequest};
use futures_util::StreamExt;

use super::csrf::CSRF_COOKIE;
use crate::error::{AppError, AppResult};

/// A multipart form: its text fields and its one file (name and bytes), if any.
#[derive(Default)]
pub struct Upload {
    pub fields: HashMap<String, String>,
    pub file: Option<(String, Vec<u8>)>,
}

impl Upload {
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }
}

/// Reads the form; a file larger than `max_file_bytes` or text fields beyond 64 KiB are refused
/// (413) as soon as they pass the limit, not after they were stored.
pub async fn read(mut form: Multipart, max_file_bytes: usize) -> AppResult<Upload> {
    let mut upload = Upload::default();
    let mut text_bytes = 0usize;
    while let Some(field) = form.next().await {
        let mut field = field.map_err(|e| AppError::BadRequest(format!("the form could not be read: {e}")))?;
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.content_disposition().and_then(|d| d.get_filename()).map(str::to_string);
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| AppError::BadRequest(format!("the form could not be read: {e}")))?;
            bytes.extend_from_slice(&chunk);
            let too_big = match file_name {
                Some(_) => bytes.len() > max_file_bytes,
                None => text_bytes + bytes.len() > 65536,
            };
            if too_big {
                let limit = if file_name.is_some() { max_file_bytes } else { 65536 };
                drain_form(field, &mut form, drain_bound(limit)).await;
                return Err(AppError::PayloadTooLarge(limit));
            }
        }
        match file_name {
            Some(file) if name == "file" => upload.file = Some((file, bytes)),
            Some(_) => {}
            None => {
                text_bytes += bytes.len();
                let text = String::from_utf8(bytes)
                    .map_err(|_| AppError::invalid(name.clone(), "this field is not UTF-8 text"))?;
                upload.fields.insert(name, text);
            }
        }
    }
    Ok(upload)
}

/// The double-submit check for a multipart form: its `csrf_token` field must be a masked form
/// of the cookie's secret.
pub fn check_csrf(req: &HttpRequest, upload: &Upload) -> AppResult<()> {
    let cookie = req.cookie(CSRF_COOKIE);
    if !super::csrf::matches(cookie.as_ref().map(|c| c.value()), upload.field("csrf_token")) {
        return Err(AppError::Csrf);
    }
    Ok(())
}

/// How much of an oversized body is read and thrown away before answering 413.
fn drain_bound(limit: usize) -> usize {
    limit.saturating_mul(4).clamp(1 << 20, 64 << 20)
}

/// Reads the rest of a multipart body (the current field, then the others) and drops it, up to
/// `bound` bytes. (The form yields its next field only once the current one is dropped.)
async fn drain_form(mut field: actix_multipart::Field, form: &mut Multipart, bound: usize) {
    let mut seen = 0usize;
    while let Some(Ok(chunk)) = field.next().await {
        seen += chunk.len();
        if seen > bound {
            return;
        }
    }
    drop(field);
    while let Some(Ok(mut next)) = form.next().await {
        while let Some(Ok(chunk)) = next.next().await {
            seen += chunk.len();
            if seen > bound {
                return;
            }
        }
    }
}

/// Reads a raw request body of at most `max_bytes` (413 beyond; a Content-Length that says
/// so is refused before anything is read).
pub async fn read_body(req: &HttpRequest, mut payload: web::Payload, max_bytes: usize) -> AppResult<Vec<u8>> {
    let declared = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let mut bytes = Vec::with_capacity(declared.unwrap_or(0).min(max_bytes));
    let mut too_big = declared.is_some_and(|n| n > max_bytes);
    let mut seen = 0usize;
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| AppError::BadRequest(format!("the body could not be read: {e}")))?;
        seen += chunk.len();
        if seen > max_bytes {
            too_big = true;
        }
        if too_big {
            if seen > drain_bound(max_bytes) {
                break;
            }
            continue;
        }
        bytes.extend_from_slice(&chunk);
    }
    if too_big {
        return Err(AppError::PayloadTooLarge(max_bytes));
    }
    Ok(bytes)
}
