//! From domain events to deliveries: the reaction the composition root wires (a
//! [`crate::state::Reaction`]). It runs in the transaction of the change, so the change and
//! its deliveries commit together (the outbox pattern): a receiver that is down, or a process
//! that dies right after the commit, loses nothing.
//!
//! A payload says what happened and to which record — ids, statuses, the session's public
//! facts — and links to the API resource, whose permission rules then decide who reads the
//! personal details. It carries no participant's name or address: a misdirected or leaked
//! delivery reveals nothing the public page does not.

use diesel::prelude::*;
use serde_json::{json, Value};

use super::{queries, DeliveryStatus, EventType};
use crate::certificates::events::CertificateEvent;
use crate::db::schema::webhook_deliveries;
use crate::db::{now, DbConnection};
use crate::domain::time::utc_rfc3339 as utc;
use crate::error::AppResult;
use crate::events::StoredEvent;
use crate::registration::events::RegistrationEvent;
use crate::registration::Status;
use crate::state::LinkEnv;
use crate::trainings::events::TrainingEvent;
use crate::trainings::Session;

/// What happened, as a webhook says it.
struct Happened {
    event_type: EventType,
    training_id: i64,
    data: Value,
}

pub fn on_event(conn: &mut DbConnection, env: &LinkEnv, event: &StoredEvent) -> AppResult<()> {
    let Some(training_id) = event.training_id else { return Ok(()) };
    // the common case first: nobody listens to this training
    let endpoints = queries::covering(conn, training_id)?;
    if endpoints.is_empty() {
        return Ok(());
    }
    let Some(happened) = what_happened(conn, env, event)? else { return Ok(()) };
    let endpoints: Vec<_> = endpoints.into_iter().filter(|(e, _)| e.receives(happened.event_type)).collect();
    if endpoints.is_empty() {
        return Ok(());
    }
    let training = crate::trainings::queries::find(conn, happened.training_id)?;
    let event_id = format!("evt_{}", uuid::Uuid::new_v4().simple());
    let at = now();
    for (endpoint, organisation_name) in endpoints {
        let payload = json!({
            "id": event_id,
            "type": happened.event_type.as_str(),
            "created_at": utc(event.created_at),
            "organisation": {"id": endpoint.organisation_id, "name": organisation_name},
            "training": {
                "id": training.id,
                "slug": training.slug,
                "title": training.title,
                "url": env.url(&format!("/api/v1/trainings/{}", training.id)),
            },
            "data": happened.data,
        });
        diesel::insert_into(webhook_deliveries::table)
            .values((
                webhook_deliveries::endpoint_id.eq(endpoint.id),
                webhook_deliveries::delivery_id.eq(uuid::Uuid::new_v4().to_string()),
                webhook_deliveries::event_id.eq(&event_id),
                webhook_deliveries::event_type.eq(happened.event_type.as_str()),
                webhook_deliveries::training_id.eq(Some(training.id)),
                webhook_deliveries::payload.eq(payload.to_string()),
                webhook_deliveries::status.eq(DeliveryStatus::Pending),
                webhook_deliveries::attempts.eq(0),
                webhook_deliveries::next_attempt_at.eq(at),
                webhook_deliveries::created_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A session as payloads show it: what the public page shows (no join link).
fn session(s: &Session) -> Value {
    json!({"id": s.id, "title": s.title, "starts_at": utc(s.starts_at), "ends_at": utc(s.ends_at)})
}

/// What changed between two versions of a session, by field name.
fn changed(before: &Session, after: &Session) -> Vec<&'static str> {
    let mut fields = Vec::new();
    if before.title != after.title {
        fields.push("title");
    }
    if before.description != after.description {
        fields.push("description");
    }
    if before.starts_at != after.starts_at {
        fields.push("starts_at");
    }
    if before.ends_at != after.ends_at {
        fields.push("ends_at");
    }
    if before.join_url != after.join_url {
        fields.push("join_url");
    }
    fields
}

fn find_session(conn: &mut DbConnection, training_id: i64, id: i64) -> AppResult<Option<Session>> {
    Ok(crate::trainings::queries::sessions(conn, training_id)?.into_iter().find(|s| s.id == id))
}

fn what_happened(conn: &mut DbConnection, env: &LinkEnv, event: &StoredEvent) -> AppResult<Option<Happened>> {
    if let Some(e) = event.decode::<TrainingEvent>()? {
        return training_event(conn, e);
    }
    if let Some(RegistrationEvent::StatusChanged { training_id, registration_id, from, to }) = event.decode()? {
        let event_type = match (from, to) {
            (Some(Status::Waitlisted), Status::Confirmed) => EventType::RegistrationPromoted,
            (_, Status::Confirmed) => EventType::RegistrationConfirmed,
            (_, Status::Cancelled) => EventType::RegistrationCancelled,
            (_, Status::Waitlisted) => EventType::RegistrationWaitlisted,
            _ => return Ok(None),
        };
        let data = json!({"registration": {
            "id": registration_id,
            "status": to,
            "previous_status": from,
            "url": env.url(&format!("/api/v1/registrations/{registration_id}")),
        }});
        return Ok(Some(Happened { event_type, training_id, data }));
    }
    if let Some(CertificateEvent::Issued { training_id, certificate_id, registration_id }) = event.decode()? {
        let data = json!({"certificate": {
            "id": certificate_id,
            "registration_id": registration_id,
            "url": env.url(&format!("/api/v1/trainings/{training_id}/certificates")),
        }});
        return Ok(Some(Happened { event_type: EventType::CertificateIssued, training_id, data }));
    }
    Ok(None)
}

fn training_event(conn: &mut DbConnection, e: TrainingEvent) -> AppResult<Option<Happened>> {
    Ok(match e {
        TrainingEvent::SessionAdded { training_id, session_id } => {
            find_session(conn, training_id, session_id)?.map(|s| Happened {
                event_type: EventType::SessionAdded,
                training_id,
                data: json!({"session": session(&s)}),
            })
        }
        TrainingEvent::SessionMoved { training_id, session_id } => {
            find_session(conn, training_id, session_id)?.map(|s| Happened {
                event_type: EventType::SessionChanged,
                training_id,
                data: json!({"session": session(&s), "before": null, "changed": ["starts_at", "ends_at"]}),
            })
        }
        TrainingEvent::SessionChanged { training_id, before } => {
            // deleted since (in the same transaction): its deletion says it
            find_session(conn, training_id, before.id)?.map(|s| Happened {
                event_type: EventType::SessionChanged,
                training_id,
                data: json!({"session": session(&s), "before": session(&before), "changed": changed(&before, &s)}),
            })
        }
        TrainingEvent::SessionDeleted { training_id, session: s } => {
            Some(Happened { event_type: EventType::SessionDeleted, training_id, data: json!({"session": session(&s)}) })
        }
        TrainingEvent::TrainingRenamed { .. } | TrainingEvent::TrainingCancelled { .. } => None,
    })
}
