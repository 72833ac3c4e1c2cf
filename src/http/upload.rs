//! Multipart forms with one file (attendance reports): read with a size cap, the CSRF token
//! checked like [`super::CsrfForm`] checks it, fields kept as text for the handler to parse.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::HttpRequest;
use futures_util::StreamExt;

use super::csrf::CSRF_COOKIE;
use crate::crypto::tokens::same_secret;
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
                return Err(AppError::PayloadTooLarge(if file_name.is_some() { max_file_bytes } else { 65536 }));
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

/// The double-submit check for a multipart form: its `csrf_token` field must equal the cookie.
pub fn check_csrf(req: &HttpRequest, upload: &Upload) -> AppResult<()> {
    let cookie = req.cookie(CSRF_COOKIE).map(|c| c.value().to_string()).unwrap_or_default();
    let token = upload.field("csrf_token");
    if cookie.is_empty() || token.is_empty() || !same_secret(&cookie, token) {
        return Err(AppError::Csrf);
    }
    Ok(())
}
