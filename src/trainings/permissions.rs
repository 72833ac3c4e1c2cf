//! The role matrix, enforced here and nowhere else (docs/ARCHITECTURE.md shows it as a table).
//!
//! | action            | admin | lead | co-organiser | facilitator | anyone else |
//! |-------------------|-------|------|--------------|-------------|-------------|
//! | view in editor    | yes   | yes  | yes          | yes         | no          |
//! | edit details      | yes   | yes  | yes          | no          | no          |
//! | edit sessions     | yes   | yes  | yes          | no          | no          |
//! | manage organisers | yes   | yes  | no           | no          | no          |
//! | change lifecycle  | yes   | yes  | no           | no          | no          |
//! | see registrations | yes   | yes  | yes          | yes         | no          |
//! | manage registr.   | yes   | yes  | yes          | no          | no          |
//! | take attendance   | yes   | yes  | yes          | yes         | no          |

use crate::accounts::Account;
use crate::db::DbConnection;
use crate::domain::OrganiserRole;
use crate::error::{AppError, AppResult};

use super::{queries, Training};

/// Declares the actions and `Action::ALL` from one list, so that a new action is in `ALL` (and
/// so in every test that walks the matrix) the moment it exists.
macro_rules! actions {
    ($($(#[$doc:meta])* $variant:ident,)+) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Action { $($(#[$doc])* $variant,)+ }
        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$variant,)+];
        }
    };
}

actions! {
    /// See the training in the editor and the API.
    View,
    EditDetails,
    /// Add, move and delete sessions.
    EditSessions,
    /// Invite and remove co-organisers and facilitators.
    ManageOrganisers,
    /// Publish, unpublish, complete, cancel.
    ChangeStatus,
    /// See registrations, export them.
    ViewRegistrations,
    /// Approve, decline, cancel, resend, invite participants.
    ManageRegistrations,
    /// Mark attendance and import attendance reports (facilitators host sessions, so they may).
    TakeAttendance,
    /// Issue and revoke certificates.
    IssueCertificates,
}

impl Action {
    fn refusal(&self) -> &'static str {
        match self {
            Action::View => "you are not an organiser of this training",
            Action::EditDetails => {
                "only the lead organiser and co-organisers of this training may edit its details"
            }
            Action::EditSessions => {
                "only the lead organiser and co-organisers of this training may change its sessions"
            }
            Action::ManageOrganisers => {
                "only the lead organiser of this training may change who organises it"
            }
            Action::ChangeStatus => {
                "only the lead organiser of this training may publish, complete or cancel it"
            }
            Action::ViewRegistrations => "only the organisers of this training may see its registrations",
            Action::ManageRegistrations => {
                "only the lead organiser and co-organisers of this training may approve, decline, cancel or invite participants"
            }
            Action::TakeAttendance => "only the organisers and facilitators of this training may take attendance",
            Action::IssueCertificates => {
                "only the lead organiser and co-organisers of this training may issue or revoke certificates"
            }
        }
    }
}

/// The matrix itself.
pub fn allows(role: Option<OrganiserRole>, is_admin: bool, action: Action) -> bool {
    use Action::*;
    use OrganiserRole::*;
    if is_admin {
        return true;
    }
    match (role, action) {
        (None, _) => false,
        (Some(_), View | ViewRegistrations | TakeAttendance) => true,
        (Some(Lead), _) => true,
        (Some(CoOrganiser), EditDetails | EditSessions | ManageRegistrations | IssueCertificates) => true,
        (Some(CoOrganiser), ManageOrganisers | ChangeStatus) => false,
        (Some(Facilitator), _) => false,
    }
}

/// What the person may do on one training, for showing the right buttons.
pub struct Abilities {
    pub role: Option<OrganiserRole>,
    pub edit_details: bool,
    pub edit_sessions: bool,
    pub manage_organisers: bool,
    pub change_status: bool,
    pub manage_registrations: bool,
    pub take_attendance: bool,
    pub issue_certificates: bool,
}

impl Abilities {
    pub fn of(role: Option<OrganiserRole>, is_admin: bool) -> Abilities {
        Abilities {
            role,
            edit_details: allows(role, is_admin, Action::EditDetails),
            edit_sessions: allows(role, is_admin, Action::EditSessions),
            manage_organisers: allows(role, is_admin, Action::ManageOrganisers),
            change_status: allows(role, is_admin, Action::ChangeStatus),
            manage_registrations: allows(role, is_admin, Action::ManageRegistrations),
            take_attendance: allows(role, is_admin, Action::TakeAttendance),
            issue_certificates: allows(role, is_admin, Action::IssueCertificates),
        }
    }
}

/// Loads the training and checks that `actor` may do `action` on it. Someone who has no part
/// in the training gets the same 404 as for a training that does not exist, so ids say
/// nothing about which trainings exist; an organiser whose role falls short gets 403 with
/// the reason.
pub fn authorize(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    action: Action,
) -> AppResult<(Training, Option<OrganiserRole>)> {
    let training = queries::find(conn, training_id)?;
    let role = queries::role_of(conn, training_id, actor.id)?;
    if allows(role, actor.is_admin, action) {
        Ok((training, role))
    } else if role.is_none() {
        Err(AppError::not_found("training"))
    } else {
        Err(AppError::Forbidden(action.refusal().into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix() {
        use OrganiserRole::*;
        let expect = |role: Option<OrganiserRole>, admin: bool, allowed: [bool; 9]| {
            assert_eq!(Action::ALL.len(), allowed.len(), "one expectation per action");
            for (action, want) in Action::ALL.iter().zip(allowed) {
                assert_eq!(allows(role, admin, *action), want, "{role:?} admin={admin} {action:?}");
            }
        };
        expect(None, true, [true; 9]);
        expect(Some(Lead), false, [true; 9]);
        expect(Some(CoOrganiser), false, [true, true, true, false, false, true, true, true, true]);
        expect(Some(Facilitator), false, [true, false, false, false, false, true, false, true, false]);
        expect(None, false, [false; 9]);
    }
}
