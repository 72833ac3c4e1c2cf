//! E-mail kinds. Each has a folder `frontend/templates/mail/<kind>/` with `subject.txt`,
//! `body.txt` and `body.html` (which extends `mail/base.html`), all rendered from one
//! [`MailContext`].

use askama::Template;

/// A session as an e-mail shows it: in the recipient's zone, and in the training's.
#[derive(Debug, Clone, Default)]
pub struct MailSession {
    pub title: String,
    /// "Tue 14 Feb 2023, 08:00–11:00 (Pristina, UTC+01:00)"
    pub local: String,
    /// The same in the training's zone, when it differs.
    pub training_local: String,
    pub join_url: Option<String>,
}

/// Everything an e-mail may say; each kind uses what it needs.
#[derive(Debug, Clone, Default)]
pub struct MailContext {
    pub name: String,
    pub training_title: String,
    pub training_url: String,
    /// "Anti-Corruption and Civil Rights Commission (Korea), UNDP Kosovo (Kosovo)"
    pub organisers: String,
    pub sessions: Vec<MailSession>,
    /// The main link: confirm, sign in, accept, open my registration.
    pub action_url: String,
    /// The participant's own page.
    pub manage_url: String,
    /// One extra sentence (why this e-mail, what changed).
    pub note: String,
    /// How long the action link works, in hours.
    pub hours: i64,
    /// The role offered in an organiser invitation.
    pub role: String,
}

macro_rules! mail_kinds {
    ($($variant:ident, $module:ident, $name:literal, $subject:literal, $text:literal, $html:literal;)+) => {
        /// Every kind of e-mail Cascade sends.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum MailKind { $($variant),+ }

        impl MailKind {
            pub fn name(&self) -> &'static str {
                match self { $(MailKind::$variant => $name),+ }
            }

            /// (subject, plain text, HTML)
            pub fn render(&self, ctx: &MailContext) -> Result<(String, String, String), askama::Error> {
                match self { $(MailKind::$variant => $module::render(ctx)),+ }
            }
        }

        $(
            mod $module {
                use super::*;
                #[derive(Template)]
                #[template(path = $subject, escape = "none")]
                #[allow(dead_code)] // a subject may not use the context
                struct Subject<'a> { m: &'a MailContext }
                #[derive(Template)]
                #[template(path = $text, escape = "none")]
                struct Text<'a> { m: &'a MailContext }
                #[derive(Template)]
                #[template(path = $html)]
                struct Html<'a> { m: &'a MailContext }

                pub fn render(m: &MailContext) -> Result<(String, String, String), askama::Error> {
                    let subject = Subject { m }.render()?.split_whitespace().collect::<Vec<_>>().join(" ");
                    Ok((subject, Text { m }.render()?, Html { m }.render()?))
                }
            }
        )+
    };
}

mail_kinds! {
    ConfirmRegistration, confirm_registration, "confirm_registration",
        "mail/confirm_registration/subject.txt", "mail/confirm_registration/body.txt", "mail/confirm_registration/body.html";
    Registered, registered, "registered",
        "mail/registered/subject.txt", "mail/registered/body.txt", "mail/registered/body.html";
    Waitlisted, waitlisted, "waitlisted",
        "mail/waitlisted/subject.txt", "mail/waitlisted/body.txt", "mail/waitlisted/body.html";
    AwaitingApproval, awaiting_approval, "awaiting_approval",
        "mail/awaiting_approval/subject.txt", "mail/awaiting_approval/body.txt", "mail/awaiting_approval/body.html";
    Declined, declined, "declined",
        "mail/declined/subject.txt", "mail/declined/body.txt", "mail/declined/body.html";
    RegistrationCancelled, registration_cancelled, "registration_cancelled",
        "mail/registration_cancelled/subject.txt", "mail/registration_cancelled/body.txt", "mail/registration_cancelled/body.html";
    AlreadyRegistered, already_registered, "already_registered",
        "mail/already_registered/subject.txt", "mail/already_registered/body.txt", "mail/already_registered/body.html";
    ScheduleChanged, schedule_changed, "schedule_changed",
        "mail/schedule_changed/subject.txt", "mail/schedule_changed/body.txt", "mail/schedule_changed/body.html";
    SessionCancelled, session_cancelled, "session_cancelled",
        "mail/session_cancelled/subject.txt", "mail/session_cancelled/body.txt", "mail/session_cancelled/body.html";
    TrainingCancelled, training_cancelled, "training_cancelled",
        "mail/training_cancelled/subject.txt", "mail/training_cancelled/body.txt", "mail/training_cancelled/body.html";
    Reminder, reminder, "reminder",
        "mail/reminder/subject.txt", "mail/reminder/body.txt", "mail/reminder/body.html";
    Invitation, invitation, "invitation",
        "mail/invitation/subject.txt", "mail/invitation/body.txt", "mail/invitation/body.html";
    SignInLink, sign_in_link, "sign_in_link",
        "mail/sign_in_link/subject.txt", "mail/sign_in_link/body.txt", "mail/sign_in_link/body.html";
    OrganiserInvitation, organiser_invitation, "organiser_invitation",
        "mail/organiser_invitation/subject.txt", "mail/organiser_invitation/body.txt", "mail/organiser_invitation/body.html";
}
