//! The reader's language on the web: negotiated from the request ([`of_request`]) and chosen
//! with the switcher on every page, a plain link (`/lang/{code}?back=/the/page`) that sets
//! the `lang` cookie and brings the reader back — no JavaScript needed.

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::i18n::{negotiate, Choice, Lang};
use crate::state::AppState;

/// The cookie the switcher sets: the language's code.
pub const COOKIE: &str = "lang";

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/lang/{code}", web::get().to(switch));
}

/// The reader's language: `stored` (their registration's), the `lang` cookie,
/// `Accept-Language`, the training's language, English.
pub fn of_request(req: &HttpRequest, stored: Option<&str>, training: Option<&str>) -> Lang {
    Reader::of(req).lang(stored, training)
}

/// What a request says about its reader's language, owned, to decide once the training is
/// known (inside a database closure, say).
#[derive(Clone, Default)]
pub struct Reader {
    cookie: Option<String>,
    accept: Option<String>,
}

impl Reader {
    pub fn of(req: &HttpRequest) -> Reader {
        Reader {
            cookie: req.cookie(COOKIE).map(|c| c.value().to_string()),
            accept: req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_string),
        }
    }

    pub fn lang(&self, stored: Option<&str>, training: Option<&str>) -> Lang {
        negotiate(Choice { stored, cookie: self.cookie.as_deref(), accept: self.accept.as_deref(), training })
    }

    /// The reader's language on their own registration's pages: the switcher's cookie (the
    /// latest choice, made on this very page), then the language stored with the
    /// registration, then the browser's, the training's.
    pub fn lang_with_stored(&self, stored: Option<&str>, training: Option<&str>) -> Lang {
        let cookie = self.cookie.as_deref().filter(|c| Lang::parse(c).is_some());
        negotiate(Choice { stored: cookie.or(stored), cookie: None, accept: self.accept.as_deref(), training })
    }

    /// The language the reader asked for themselves (cookie or browser), if any: a page that
    /// is the same for every such reader can be cached under it.
    pub fn asked(&self) -> Option<Lang> {
        crate::i18n::asked(Choice {
            stored: None,
            cookie: self.cookie.as_deref(),
            accept: self.accept.as_deref(),
            training: None,
        })
    }
}

/// This page's path and query, to come back to after switching language.
pub fn here(req: &HttpRequest) -> String {
    req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into())
}

/// The switcher's link that selects `lang` and comes back to `back`.
pub fn switch_url(lang: Lang, back: &str) -> String {
    let back: String = url::form_urlencoded::byte_serialize(back.as_bytes()).collect();
    format!("/lang/{}?back={back}", lang.code())
}

#[derive(Deserialize)]
struct SwitchQuery {
    #[serde(default)]
    back: String,
}

/// Sets the `lang` cookie (a year) and goes back to the page; an unknown language or a `back`
/// that leaves the site goes to the start page without a cookie change for the former.
async fn switch(state: web::Data<AppState>, code: web::Path<String>, query: web::Query<SwitchQuery>) -> HttpResponse {
    let back = super::local_path(&query.back).unwrap_or("/");
    let mut response = HttpResponse::SeeOther();
    response.insert_header((header::LOCATION, back.to_string())).insert_header((header::CACHE_CONTROL, "no-store"));
    if let Some(lang) = Lang::parse(&code) {
        let cookie = Cookie::build(COOKIE, lang.code())
            .path("/")
            .max_age(CookieDuration::days(365))
            .http_only(true)
            .secure(state.settings.secure_cookies())
            .same_site(SameSite::Lax)
            .finish();
        response.cookie(cookie);
    }
    response.finish()
}
