//! An organisation's logo: uploaded as PNG or JPEG (never fetched from `logo_url`: the server
//! fetches no address someone typed), checked in full by [`check`] — type by its first bytes,
//! size, pixels a side, decoded to its end — and stored in `organisation_logos`. Served publicly
//! at `/organisations/{id}/logo`, shown on the public pages of the trainings it organises and
//! drawn on certificates. Storing or removing one gives those trainings a new version, so their
//! cached pages show it at once.
//!
//! Decoding is CPU work: handlers run [`check`] on the blocking pool, then [`store`] in a
//! write transaction, which checks who may change the organisation.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{find_to_change, trainings_changed};
use crate::accounts::Account;
use crate::db::schema::organisation_logos;
use crate::db::{now, DbConnection};
use crate::domain::image::{self, ImageKind};
use crate::error::{AppError, AppResult};

/// The most pixels a side a logo may have.
pub const MAX_SIDE: u32 = 4000;

/// A stored logo, bytes included.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisation_logos)]
pub struct Logo {
    pub organisation_id: i64,
    pub media_type: String,
    pub width: i32,
    pub height: i32,
    pub sha256: String,
    pub updated_at: NaiveDateTime,
    pub bytes: Vec<u8>,
}

impl Logo {
    /// The strong ETag of the bytes.
    pub fn etag(&self) -> String {
        format!("\"{}\"", self.sha256)
    }

    pub fn extension(&self) -> &'static str {
        ImageKind::from_media_type(&self.media_type).map_or("img", ImageKind::extension)
    }
}

/// What the API and the pages say about a logo (without its bytes).
#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = organisation_logos)]
pub struct LogoInfo {
    pub organisation_id: i64,
    /// image/png or image/jpeg
    pub media_type: String,
    pub width: i32,
    pub height: i32,
    /// Hex SHA-256 of the image (its ETag).
    pub sha256: String,
    /// UTC, RFC 3339.
    #[serde(serialize_with = "crate::domain::time::serialize_utc")]
    pub updated_at: NaiveDateTime,
}

impl LogoInfo {
    /// The public address of the image, changing with its content (so pages never show a
    /// cached old one).
    pub fn url(&self) -> String {
        format!("/organisations/{}/logo?v={}", self.organisation_id, &self.sha256[..12.min(self.sha256.len())])
    }
}

/// An upload that passed every check, ready to store.
pub struct CheckedLogo {
    kind: ImageKind,
    width: u32,
    height: u32,
    sha256: String,
    bytes: Vec<u8>,
}

/// Checks an upload: not empty, at most `max_bytes`, a PNG or JPEG by its first bytes (415
/// otherwise), 1 to [`MAX_SIDE`] pixels a side, and decodable to its end (422 otherwise).
/// Errors name the form field `file`.
pub fn check(bytes: Vec<u8>, max_bytes: usize) -> AppResult<CheckedLogo> {
    if bytes.is_empty() {
        return Err(AppError::invalid("file", "choose a PNG or JPEG file for the logo"));
    }
    if bytes.len() > max_bytes {
        return Err(AppError::PayloadTooLarge(max_bytes));
    }
    let pixels = image::decode(&bytes, MAX_SIDE).map_err(|e| e.into_app("file"))?;
    let sha256 = hex::encode(Sha256::digest(&bytes));
    Ok(CheckedLogo { kind: pixels.kind, width: pixels.width, height: pixels.height, sha256, bytes })
}

/// Stores a checked logo for the organisation (replacing any), when `actor` may change it.
pub fn store(conn: &mut DbConnection, actor: &Account, organisation_id: i64, logo: CheckedLogo) -> AppResult<LogoInfo> {
    find_to_change(conn, actor, organisation_id)?;
    diesel::delete(organisation_logos::table.find(organisation_id)).execute(conn)?;
    let dimension = |v: u32| i32::try_from(v).map_err(|_| AppError::invalid("file", "the image is too large"));
    diesel::insert_into(organisation_logos::table)
        .values((
            organisation_logos::organisation_id.eq(organisation_id),
            organisation_logos::media_type.eq(logo.kind.media_type()),
            organisation_logos::width.eq(dimension(logo.width)?),
            organisation_logos::height.eq(dimension(logo.height)?),
            organisation_logos::sha256.eq(&logo.sha256),
            organisation_logos::updated_by.eq(Some(actor.id)),
            organisation_logos::updated_at.eq(now()),
            organisation_logos::bytes.eq(&logo.bytes),
        ))
        .execute(conn)?;
    trainings_changed(conn, organisation_id)?;
    info(conn, organisation_id)?.ok_or_else(|| AppError::not_found("logo"))
}

/// Removes the organisation's logo, when `actor` may change it; whether there was one.
pub fn remove(conn: &mut DbConnection, actor: &Account, organisation_id: i64) -> AppResult<bool> {
    find_to_change(conn, actor, organisation_id)?;
    let removed = diesel::delete(organisation_logos::table.find(organisation_id)).execute(conn)? > 0;
    if removed {
        trainings_changed(conn, organisation_id)?;
    }
    Ok(removed)
}

/// The logo with its bytes (to serve it).
pub fn find(conn: &mut DbConnection, organisation_id: i64) -> AppResult<Option<Logo>> {
    Ok(organisation_logos::table.find(organisation_id).select(Logo::as_select()).first(conn).optional()?)
}

/// What is known about the logo, without its bytes.
pub fn info(conn: &mut DbConnection, organisation_id: i64) -> AppResult<Option<LogoInfo>> {
    Ok(organisation_logos::table.find(organisation_id).select(LogoInfo::as_select()).first(conn).optional()?)
}

/// The descriptions of these organisations' logos in one query (a training's public page),
/// without bytes. Organisations without a logo are absent.
pub fn infos_of(conn: &mut DbConnection, organisation_ids: &[i64]) -> AppResult<Vec<LogoInfo>> {
    if organisation_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(organisation_logos::table
        .filter(organisation_logos::organisation_id.eq_any(organisation_ids))
        .select(LogoInfo::as_select())
        .load(conn)?)
}

/// Every logo's description (for the list of organisations), without bytes.
pub fn all_infos(conn: &mut DbConnection) -> AppResult<Vec<LogoInfo>> {
    Ok(organisation_logos::table.select(LogoInfo::as_select()).load(conn)?)
}

/// The logos of these organisations in one query: (organisation, bytes). Organisations
/// without a logo are absent.
pub fn bytes_of(conn: &mut DbConnection, organisation_ids: &[i64]) -> AppResult<Vec<(i64, Vec<u8>)>> {
    if organisation_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(organisation_logos::table
        .filter(organisation_logos::organisation_id.eq_any(organisation_ids))
        .select((organisation_logos::organisation_id, organisation_logos::bytes))
        .load(conn)?)
}
