//! What trainings tells the capabilities downstream of it, without knowing them: recorded in
//! the transaction of the change ([`crate::events::record`]); registration reacts by e-mailing
//! participants (`registration::reactions`).

use serde::{Deserialize, Serialize};

use super::Session;
use crate::events::DomainEvent;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum TrainingEvent {
    /// A session was added to a training.
    SessionAdded { training_id: i64, session_id: i64 },
    /// A session's time changed (recorded by older versions; now [`TrainingEvent::SessionChanged`]).
    SessionMoved { training_id: i64, session_id: i64 },
    /// Something a participant's calendar shows of a session changed — its time, title,
    /// description or join link — and its SEQUENCE was raised; `before` is the session as it was.
    SessionChanged { training_id: i64, before: Session },
    /// The training's title (part of every session's calendar title) changed, and every
    /// session's SEQUENCE was raised; `sessions_before` are the sessions as they were.
    TrainingRenamed { training_id: i64, old_title: String, sessions_before: Vec<Session> },
    /// A session was deleted; the event keeps it, since its row is gone.
    SessionDeleted { training_id: i64, session: Session },
    /// The training was cancelled.
    TrainingCancelled { training_id: i64 },
}

impl DomainEvent for TrainingEvent {
    const STREAM: &'static str = "training";

    fn training_id(&self) -> Option<i64> {
        Some(match self {
            TrainingEvent::SessionAdded { training_id, .. }
            | TrainingEvent::SessionMoved { training_id, .. }
            | TrainingEvent::SessionChanged { training_id, .. }
            | TrainingEvent::TrainingRenamed { training_id, .. }
            | TrainingEvent::SessionDeleted { training_id, .. }
            | TrainingEvent::TrainingCancelled { training_id } => *training_id,
        })
    }
}
