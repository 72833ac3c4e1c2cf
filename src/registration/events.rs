//! What registration tells the capabilities downstream of it, without knowing them: every
//! change of a registration's status, recorded in the transaction of the change
//! ([`crate::events::record`], from `service::set_status` and an organiser's confirmed
//! walk-in). Webhooks turn them into `registration.*` deliveries.

use serde::{Deserialize, Serialize};

use super::Status;
use crate::events::DomainEvent;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum RegistrationEvent {
    /// A registration went from `from` to `to` (`None`: it was created in that status, as an
    /// organiser's confirmed walk-in is).
    StatusChanged { training_id: i64, registration_id: i64, from: Option<Status>, to: Status },
}

impl DomainEvent for RegistrationEvent {
    const STREAM: &'static str = "registration";

    fn training_id(&self) -> Option<i64> {
        match self {
            RegistrationEvent::StatusChanged { training_id, .. } => Some(*training_id),
        }
    }
}
