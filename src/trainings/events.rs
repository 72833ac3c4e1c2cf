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
    /// A session's time changed (its SEQUENCE was raised).
    SessionMoved { training_id: i64, session_id: i64 },
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
            | TrainingEvent::SessionDeleted { training_id, .. }
            | TrainingEvent::TrainingCancelled { training_id } => *training_id,
        })
    }
}
