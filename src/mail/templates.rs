//! What every e-mail is rendered from ([`MailContext`]) and how a capability declares its
//! kinds ([`mail_kinds!`]): each kind has a folder `frontend/templates/<capability>/mail/<kind>/`
//! with `subject.txt`, `body.txt` and `body.html` (which extends `mail/base.html`).

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
    /// The language it is written in (the recipient's, see `Registration::lang`).
    pub lang: crate::i18n::Lang,
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
    /// Further links, (label, URL): a certificate's credential, "add to LinkedIn".
    pub links: Vec<(String, String)>,
    /// What changed, (what, before, now): a moved session, a new join link.
    pub changes: Vec<(String, String, String)>,
    /// The training's contact address, at the foot of e-mails to participants (empty: none).
    pub contact: String,
    /// The training's privacy notice, beside the contact.
    pub privacy_url: String,
    /// What the e-mail is about when it is not the training itself (a training a trainer
    /// logged under their certificate from `training_title`).
    pub item: String,
}

impl MailContext {
    /// The foot of the plain-text part of an e-mail about a training (the HTML part's is in
    /// `mail/base.html`): who sends it for whom, and whom to write to.
    pub fn text_footer(&self) -> String {
        if self.contact.is_empty() {
            return String::new();
        }
        let mut out =
            format!("\n-- \n{}\n{}\n", self.sent_by(), self.lang.t1("mail-footer-questions", "contact", &self.contact));
        if !self.privacy_url.is_empty() {
            out.push_str(&self.lang.t1("mail-footer-privacy-url", "url", &self.privacy_url));
            out.push('\n');
        }
        out
    }

    /// "Sent by Cascade for the organisers of …" in the e-mail's language.
    pub fn sent_by(&self) -> String {
        if self.organisers.is_empty() {
            self.lang.t1("mail-footer-sent", "title", &self.training_title)
        } else {
            self.lang.t2("mail-footer-sent-by", "title", &self.training_title, "organisers", &self.organisers)
        }
    }

    /// "Questions? Write to the organisers: <a href="mailto:…">…</a>" as HTML, the address a
    /// link wherever the language puts it in the sentence.
    pub fn questions_html(&self) -> String {
        let href = format!("mailto:{}", self.contact);
        crate::http::sentence_with_link(
            self.lang,
            "mail-footer-questions",
            "contact",
            &href,
            &self.contact,
            "color:#0b5cad",
        )
    }

    /// A message in the e-mail's language (templates: `m.t("mail-join")`).
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }
    /// A message with the training's title as `$title`, the recipient's name as `$name`.
    pub fn tt(&self, id: &str) -> String {
        self.lang.t2(id, "title", &self.training_title, "name", &self.name)
    }
    /// A message with one more argument besides `$title` and `$name`.
    pub fn tt1(&self, id: &str, key: &str, value: impl Into<crate::i18n::Arg>) -> String {
        self.lang.t3(id, "title", &self.training_title, "name", &self.name, key, value)
    }
    /// The first session's title (subjects and notes about one session).
    pub fn session_title(&self) -> &str {
        self.sessions.first().map(|s| s.title.as_str()).unwrap_or("")
    }
}

/// A kind of e-mail: its stable name (kept in the outbox) and its three templates. Each
/// capability declares its own kinds with [`mail_kinds!`], next to the code that sends them, so
/// that this module knows no capability.
pub trait MailKind {
    fn name(&self) -> &'static str;
    /// (subject, plain text, HTML)
    fn render(&self, ctx: &MailContext) -> Result<(String, String, String), askama::Error>;
}

/// Declares a capability's e-mail kinds: an enum implementing [`MailKind`], each variant with
/// its name and its `subject.txt`, `body.txt` and `body.html` templates (the HTML extends
/// `mail/base.html`).
macro_rules! mail_kinds {
    ($(#[$meta:meta])* $enum:ident {
        $($variant:ident, $module:ident, $name:literal, $subject:literal, $text:literal, $html:literal;)+
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $enum { $($variant),+ }

        impl $crate::mail::MailKind for $enum {
            fn name(&self) -> &'static str {
                match self { $($enum::$variant => $name),+ }
            }
            fn render(&self, ctx: &$crate::mail::MailContext) -> Result<(String, String, String), askama::Error> {
                match self { $($enum::$variant => $module::render(ctx)),+ }
            }
        }

        $(
            mod $module {
                use askama::Template;
                use $crate::mail::MailContext;
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
                    let text = Text { m }.render()? + &m.text_footer();
                    Ok((subject, text, Html { m }.render()?))
                }
            }
        )+
    };
}
pub(crate) use mail_kinds;
