//! What certificates tell the capabilities downstream of them, without knowing them: a
//! certificate became issued (rendered, signed and e-mailed to its holder), recorded in the
//! transaction that stores it ([`crate::events::record`], from `worker::store`). Webhooks turn
//! it into `certificate.issued` deliveries.

use serde::{Deserialize, Serialize};

use crate::events::DomainEvent;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum CertificateEvent {
    Issued { training_id: i64, certificate_id: i64, registration_id: i64 },
}

impl DomainEvent for CertificateEvent {
    const STREAM: &'static str = "certificate";

    fn training_id(&self) -> Option<i64> {
        match self {
            CertificateEvent::Issued { training_id, .. } => Some(*training_id),
        }
    }
}
