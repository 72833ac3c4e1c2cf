//! Attendance over the JSON API: import a report (preview or apply), read and set marks. The
//! same service functions as the pages, so the same rules.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::{web, HttpResponse};
use serde::Serialize;

use super::service::{self, ImportOptions, MarkInput, Preview};
use super::{AttendanceStatus, Source};
use crate::error::{AppError, ErrorBody};
use crate::http::{upload, ApiCaller};
use crate::state::AppState;

/// One person at one session: every confirmed registration × every session, `status` null
/// when nothing is recorded.
#[derive(Serialize, utoipa::ToSchema)]
pub struct AttendanceOut {
    pub registration_id: i64,
    pub session_id: i64,
    pub status: Option<AttendanceStatus>,
    pub minutes: Option<i32>,
    pub source: Option<Source>,
}

/// The multipart form of an import (documentation only; the handler reads the stream).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ImportForm {
    /// The report as downloaded from Zoom or Teams.
    #[schema(format = Binary, value_type = String)]
    file: Vec<u8>,
    /// auto (default), zoom_webinar, zoom_meeting, teams_report or teams_legacy.
    format: Option<String>,
    /// The IANA zone of the times in the file; default: the training's.
    timezone: Option<String>,
    /// false (default): preview only; true: apply.
    apply: Option<bool>,
    /// With apply: also apply the people matched by name only (default false: e-mail matches only).
    confirm_names: Option<bool>,
}

fn flag(upload: &upload::Upload, name: &str) -> Result<bool, AppError> {
    match upload.field(name).trim() {
        "" | "false" | "0" | "no" => Ok(false),
        "true" | "1" | "yes" => Ok(true),
        other => Err(AppError::invalid(name, format!("{other:?} is not true or false"))),
    }
}

/// Imports a Zoom or Teams attendance report for one session: a preview, or applied.
#[utoipa::path(post, path = "/api/v1/trainings/{id}/sessions/{session_id}/attendance/import", tag = "attendance",
    security(("bearer" = [])), params(("id" = i64, Path), ("session_id" = i64, Path)),
    request_body(content = ImportForm, content_type = "multipart/form-data"),
    responses((status = 200, body = Preview), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn import(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<(i64, i64)>,
    form: Multipart,
) -> Result<HttpResponse, AppError> {
    let (id, sid) = path.into_inner();
    let upload = upload::read(form, state.settings.attendance.max_report_bytes).await?;
    let (apply, confirm_names) = (flag(&upload, "apply")?, flag(&upload, "confirm_names")?);
    let actor = caller.0;
    let file_name = upload
        .file
        .as_ref()
        .map(|f| f.0.clone())
        .ok_or_else(|| AppError::invalid("file", "send the report as the form field \"file\""))?;
    let options = ImportOptions::parse(&file_name, upload.field("format"), upload.field("timezone"))?;
    let bytes = upload.file.map(|f| f.1).unwrap_or_default();
    let preview = state
        .db
        .write(move |conn| {
            let preview = service::preview_import(conn, &actor, id, sid, &options, &bytes)?;
            if !apply {
                return Ok(preview);
            }
            let names: Option<&[i64]> = if confirm_names { None } else { Some(&[]) };
            service::apply_import(conn, &actor, id, preview.import_id, names)
        })
        .await?;
    Ok(HttpResponse::Ok().json(preview))
}

fn out(grid: service::Grid) -> Vec<AttendanceOut> {
    let marks: HashMap<(i64, i64), &super::Mark> =
        grid.marks.iter().map(|m| ((m.registration_id, m.session_id), m)).collect();
    let mut list = Vec::with_capacity(grid.people.len() * grid.sessions.len());
    for r in &grid.people {
        for s in &grid.sessions {
            let m = marks.get(&(r.id, s.id));
            list.push(AttendanceOut {
                registration_id: r.id,
                session_id: s.id,
                status: m.map(|m| m.status),
                minutes: m.and_then(|m| m.minutes),
                source: m.map(|m| m.source),
            });
        }
    }
    list
}

/// Attendance of every confirmed registration at every session.
#[utoipa::path(get, path = "/api/v1/trainings/{id}/attendance", tag = "attendance", security(("bearer" = [])),
    params(("id" = i64, Path)), responses((status = 200, body = [AttendanceOut]), (status = 403, body = ErrorBody)))]
pub async fn list(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let grid = state.db.run(move |conn| service::grid(conn, &caller.0, id)).await?;
    Ok(HttpResponse::Ok().json(out(grid)))
}

/// Sets marks (the same shape as the GET; `source` is ignored, `status` null clears a mark).
/// One bad entry changes nothing. Answers the whole list after the change.
#[utoipa::path(put, path = "/api/v1/trainings/{id}/attendance", tag = "attendance", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = [MarkInput],
    responses((status = 200, body = [AttendanceOut]), (status = 422, body = ErrorBody)))]
pub async fn set(
    state: web::Data<AppState>,
    caller: ApiCaller,
    path: web::Path<i64>,
    body: web::Json<Vec<MarkInput>>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let grid = state
        .db
        .write(move |conn| {
            service::set_marks(conn, &caller.0, id, &body)?;
            service::grid(conn, &caller.0, id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(out(grid)))
}
