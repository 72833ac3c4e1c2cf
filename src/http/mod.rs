//! The HTTP layer every page and API handler shares: rendering, the navigation bar, form
//! errors, page errors, the session and CSRF extractors, static assets and the health check.
//! It sits on the core (state, error, config) and knows no capability but accounts (whose
//! account a session is).

pub mod assets;
pub mod csrf;
mod errors;
pub mod headers;
mod health;
pub mod language;
pub mod log;
pub mod rate_limit;
pub mod session;
pub mod upload;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use crate::accounts::Account;
use crate::error::AppError;
use crate::state::AppState;
pub use assets::{accepts_gzip, gzip};
pub use csrf::{Button, CsrfForm};
pub use errors::{
    api_path_config, api_query_config, form_config, json_config, localised_error_pages, page_default, page_path_config,
    unrouted, ErrorPage, PageError,
};
pub use session::{ApiCaller, MaybeSignedIn, SignedIn};

pub fn render<T: Template>(page: &T) -> HttpResponse {
    render_with_status(StatusCode::OK, page)
}

pub fn render_with_status<T: Template>(status: StatusCode, page: &T) -> HttpResponse {
    match page.render() {
        Ok(body) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            HttpResponse::InternalServerError().body("internal error")
        }
    }
}

/// `path` when it is an absolute path on this site, the only kind of address followed after
/// signing in or switching language. It is parsed as a URL against this site, as a browser
/// would, and must stay on it; control characters and whitespace are refused outright
/// (browsers strip a TAB or newline, so `/\t/evil.example` becomes `//evil.example`, another
/// site; in a header they would not even be valid).
pub fn local_path(path: &str) -> Option<&str> {
    const HOME: &str = "http://cascade.invalid";
    let plain = path.starts_with('/')
        && !path.starts_with("//")
        && !path.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    let same_site = plain
        && url::Url::parse(HOME)
            .and_then(|base| base.join(path))
            .is_ok_and(|u| u.origin() == url::Url::parse(HOME).expect("a valid base").origin());
    same_site.then_some(path)
}

pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, to)).finish()
}

/// The signed-in person's name in the menu, and the token for the sign-out form.
pub struct Nav {
    pub account: Option<NavAccount>,
    pub csrf: String,
    /// The local mailbox link: for administrators, or on this machine in development.
    pub mailbox: bool,
    /// The reader's language ([`language::of_request`]); pages of a training refine it with
    /// the training's language ([`Nav::for_training`]).
    pub lang: crate::i18n::Lang,
    /// Where the language switcher brings the reader back to: this page's path and query.
    pub here: String,
}

pub struct NavAccount {
    pub name: String,
    pub is_admin: bool,
}

/// Whether the request comes from this machine to a server that listens only on this
/// machine, in development: the listening address and the peer are loopback (127.0.0.0/8,
/// ::1) and no proxy says it forwarded the request (a reverse proxy on the same host would
/// otherwise make every visitor look local). What the local mailbox needs to open without
/// signing in; `docker run` (bound to 0.0.0.0) or a proxied site never passes.
pub fn local_request(req: &HttpRequest) -> bool {
    let development = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.settings.environment == crate::config::Environment::Development);
    let bound_locally = req.app_config().local_addr().ip().is_loopback();
    let peer_local = req.peer_addr().is_some_and(|a| a.ip().is_loopback());
    let forwarded = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip"]
        .iter()
        .any(|h| req.headers().contains_key(*h));
    development && bound_locally && peer_local && !forwarded
}

/// Whether this person may open the captured mailbox: administrators, or anyone on a
/// [`local_request`].
pub fn mailbox_open(req: &HttpRequest, account: Option<&Account>) -> bool {
    account.is_some_and(|a| a.is_admin) || local_request(req)
}

impl Nav {
    pub fn new(req: &HttpRequest, account: Option<&Account>) -> Nav {
        Nav {
            mailbox: mailbox_open(req, account),
            account: account.map(|a| NavAccount { name: a.name.clone(), is_admin: a.is_admin }),
            csrf: csrf::token(req),
            lang: language::of_request(req, None, None),
            here: language::here(req),
        }
    }

    /// The navigation of a page that is the same for every visitor (cached), in `lang`.
    pub fn anonymous(lang: crate::i18n::Lang, here: String) -> Nav {
        Nav { account: None, csrf: String::new(), mailbox: false, lang, here }
    }

    /// The reader's language on a training's page: their cookie or browser, else the
    /// training's language.
    pub fn for_training(mut self, req: &HttpRequest, training_language: &str) -> Nav {
        self.lang = language::of_request(req, None, Some(training_language));
        self
    }

    /// The reader's language on their own registration's pages: the switcher's cookie, else
    /// the language stored with the registration, else their browser's, the training's.
    pub fn for_registration(mut self, req: &HttpRequest, stored: Option<&str>, training_language: &str) -> Nav {
        self.lang = language::Reader::of(req).lang_with_stored(stored, Some(training_language));
        self
    }

    /// A message in the reader's language (templates: `nav.t("skip-to-content")`).
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }
    pub fn t1(&self, id: &str, name: &str, value: impl Into<crate::i18n::Arg>) -> String {
        self.lang.t1(id, name, value)
    }
    pub fn t2(
        &self,
        id: &str,
        n1: &str,
        v1: impl Into<crate::i18n::Arg>,
        n2: &str,
        v2: impl Into<crate::i18n::Arg>,
    ) -> String {
        self.lang.t2(id, n1, v1, n2, v2)
    }

    /// A sentence with a link in it, as HTML (templates: `nav.t_link(…)|safe`): the message
    /// `id`, its `$link` placeable a link to `href` whose text is the message `link_id`. The
    /// sentence stays whole for translators (no fragments around the link), and everything
    /// but the link's tag is escaped.
    pub fn t_link(&self, id: &str, link_id: &str, href: impl AsRef<str>) -> String {
        sentence_with_link(self.lang, id, "link", href.as_ref(), &self.t(link_id), "")
    }

    /// The language switcher's links: each offered language with the address that selects it.
    pub fn languages(&self) -> Vec<(crate::i18n::Lang, String)> {
        crate::i18n::Lang::OFFERED.iter().map(|l| (*l, language::switch_url(*l, &self.here))).collect()
    }
}

/// Text made safe inside HTML elements and attribute values (askama's own escaper).
pub fn escape_html(text: &str) -> String {
    askama::filters::escape(text, askama::filters::Html).map(|safe| safe.to_string()).unwrap_or_default()
}

/// The message `id` as HTML with its placeable `arg` a link to `href` whose text is
/// `link_text` (and `style`, if any): the sentence stays whole for translators, the link goes
/// wherever the language puts it, and everything but the link's tag is escaped.
pub fn sentence_with_link(
    lang: crate::i18n::Lang,
    id: &str,
    arg: &str,
    href: &str,
    link_text: &str,
    style: &str,
) -> String {
    let style = if style.is_empty() { String::new() } else { format!(" style=\"{}\"", escape_html(style)) };
    let link = format!("<a href=\"{}\"{style}>{}</a>", escape_html(href), escape_html(link_text));
    sentence_with_html(lang, id, arg, &link)
}

/// The message `id` as HTML with its placeable `arg` replaced by `html` (markup the caller
/// built and escaped: a link, a `<time>`); the rest of the sentence is escaped.
pub fn sentence_with_html(lang: crate::i18n::Lang, id: &str, arg: &str, html: &str) -> String {
    // a private-use character no message contains, standing in for the markup
    const SLOT: &str = "\u{E000}";
    let text = lang.t1(id, arg, SLOT);
    escape_html(&text).replacen(SLOT, html, 1)
}

/// The error shown on a form: which field and what is wrong. Empty when the form is fresh.
#[derive(Default)]
pub struct FormError {
    pub field: String,
    pub message: String,
}

impl FormError {
    /// Turns a validation error into a form error; other errors stay errors.
    pub fn from_app(e: AppError) -> Result<FormError, PageError> {
        match e {
            AppError::Invalid { field, message } => Ok(FormError { field, message }),
            AppError::Conflict { field, message } => Ok(FormError { field: field.unwrap_or_default(), message }),
            other => Err(PageError(other)),
        }
    }
    pub fn any(&self) -> bool {
        !self.message.is_empty()
    }
    /// The error for a reader of `lang`: English keeps the service's own message (it names the
    /// exact rule); other languages say what the field must hold (`field-error-<field>`),
    /// where the message files have a message for that field.
    /// A field of a repeated row (`session_date_3`) or a group of counts (`sex_female`,
    /// `age_25_34`) shares its row's or group's message (`field-error-session_date`,
    /// `field-error-sex_count`).
    pub fn in_lang(self, lang: crate::i18n::Lang) -> FormError {
        use crate::i18n::{messages, Lang};
        if lang == Lang::En || self.field.is_empty() {
            return self;
        }
        let row = self.field.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end_matches('_');
        let group = match self.field.split_once('_') {
            Some(("sex", _)) => "sex_count",
            Some(("age", _)) => "age_count",
            _ => "",
        };
        let found = [self.field.as_str(), row, group]
            .into_iter()
            .filter(|f| !f.is_empty())
            .map(|f| format!("field-error-{f}"))
            .find(|id| messages::has(Lang::En, id));
        match found {
            Some(id) => FormError { message: lang.t(&id), field: self.field },
            None => self,
        }
    }
    /// The message when it is about `field`, else "".
    pub fn on(&self, field: &str) -> &str {
        if self.field == field {
            &self.message
        } else {
            ""
        }
    }
}
