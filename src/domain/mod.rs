//! Types that parse, not validate: input from forms and JSON becomes one of these at the edge,
//! or an [`AppError::Invalid`] naming the field. Code past the edge never re-checks.

mod countries;
mod country_names;
pub mod image;
pub mod time;

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;

use crate::error::AppError;
pub use countries::{COUNTRIES, COUNTRIES_BY_NAME};

/// An e-mail address, trimmed and lower-cased (addresses are compared case-insensitively).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Email(String);

impl Email {
    pub fn parse(field: &str, raw: &str) -> Result<Email, AppError> {
        let value = raw.trim().to_lowercase();
        let bad = |why: &str| Err(AppError::invalid(field, format!("{why}: {:?}", raw.trim())));
        if value.is_empty() {
            return Err(AppError::invalid(field, "an e-mail address is required"));
        }
        if value.len() > 254 {
            return bad("the e-mail address is longer than 254 characters");
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return bad("the e-mail address has no @");
        };
        if local.is_empty() || local.len() > 64 || local.contains('@') {
            return bad("the part before @ is not valid");
        }
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if !domain_ok {
            return bad("the part after @ is not a domain name");
        }
        if value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>' || c == ',') {
            return bad("the e-mail address contains spaces or characters that are not allowed");
        }
        if value.contains('"') || value.contains('\\') {
            return bad("quoted e-mail addresses are not accepted");
        }
        // the parser the mailer uses for the recipient: an address it refuses would never leave
        if value.parse::<lettre::message::Mailbox>().is_err() || value.parse::<lettre::Address>().is_err() {
            return bad("this is not an e-mail address that mail can be sent to (check for dots in a row, or a part starting or ending with a dot or hyphen)");
        }
        Ok(Email(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 3166-1 alpha-2 country code that we know (XK for Kosovo included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country(&'static (&'static str, &'static str, &'static str, &'static str));

impl Country {
    pub fn parse(field: &str, raw: &str) -> Result<Country, AppError> {
        let code = raw.trim().to_ascii_uppercase();
        Country::from_code(&code).ok_or_else(|| {
            AppError::invalid(
                field,
                format!("{:?} is not an ISO 3166-1 alpha-2 country code (e.g. KR, MN, XK)", raw.trim()),
            )
        })
    }

    pub fn from_code(code: &str) -> Option<Country> {
        COUNTRIES.binary_search_by(|row| row.0.cmp(code)).ok().map(|i| Country(&COUNTRIES[i]))
    }

    pub fn code(&self) -> &'static str {
        self.0 .0
    }
    pub fn name(&self) -> &'static str {
        self.0 .1
    }
    /// The name in a reader's language (CLDR's, the UN's in English).
    pub fn name_in(&self, lang: crate::i18n::Lang) -> String {
        let index = COUNTRIES.binary_search_by(|row| row.0.cmp(self.code())).unwrap_or(0);
        match names_of(lang) {
            Some((names, _)) => names[index].to_string(),
            None => crate::i18n::messages::pseudo_text(lang, self.name().to_string()),
        }
    }
    /// The IANA zone of the country's capital (or its only zone).
    pub fn timezone(&self) -> chrono_tz::Tz {
        self.0 .2.parse().unwrap_or(chrono_tz::UTC)
    }
    /// The city people name when they speak of that zone ("Pristina").
    pub fn city(&self) -> &'static str {
        self.0 .3
    }
}

/// The names and list order of a language that has its own (English and the pseudo-locale
/// use the UN's English names).
fn names_of(
    lang: crate::i18n::Lang,
) -> Option<(&'static [&'static str; country_names::COUNT], &'static [u16; country_names::COUNT])> {
    country_names::NAMES.iter().find(|(code, _, _)| *code == lang.code()).map(|(_, names, order)| (names, order))
}

/// Every country as (code, name) in a reader's language, in that language's list order.
pub fn countries_by_name_in(lang: impl Into<crate::i18n::Lang>) -> Vec<(&'static str, Cow<'static, str>)> {
    let lang = lang.into();
    match names_of(lang) {
        Some((names, order)) => {
            order.iter().map(|i| (COUNTRIES[*i as usize].0, Cow::Borrowed(names[*i as usize]))).collect()
        }
        None if lang == crate::i18n::Lang::Pseudo => COUNTRIES_BY_NAME
            .iter()
            .map(|c| (c.0, Cow::Owned(crate::i18n::messages::pseudo_text(lang, c.1.to_string()))))
            .collect(),
        None => COUNTRIES_BY_NAME.iter().map(|c| (c.0, Cow::Borrowed(c.1))).collect(),
    }
}

/// An IANA time zone name such as "Asia/Seoul".
pub fn parse_timezone(field: &str, raw: &str) -> Result<chrono_tz::Tz, AppError> {
    raw.trim().parse::<chrono_tz::Tz>().map_err(|_| {
        AppError::invalid(
            field,
            format!("{:?} is not an IANA time zone (e.g. Asia/Seoul, Europe/Belgrade)", raw.trim()),
        )
    })
}

/// Required single-line text with a length limit, trimmed. Names and titles reach e-mail
/// headers, subjects and calendar lines, so a line break or TAB in one is refused here, at the
/// edge, rather than escaped everywhere it might go.
pub fn parse_text(field: &str, raw: &str, max_chars: usize) -> Result<String, AppError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(AppError::invalid(field, format!("{} is required", human(field))));
    }
    optional_line(field, value, max_chars).map(|v| v.unwrap_or_default())
}

/// Optional single-line text: as [`optional_text`], and no line breaks or TABs.
pub fn optional_line(field: &str, raw: &str, max_chars: usize) -> Result<Option<String>, AppError> {
    if raw.trim().chars().any(char::is_control) {
        return Err(AppError::invalid(
            field,
            format!("{} must be one line, without line breaks, TABs or control characters", human(field)),
        ));
    }
    optional_text(field, raw, max_chars)
}

/// Optional text with a length limit, trimmed; empty becomes `None`. Line breaks and TABs are
/// allowed (descriptions, notes); other control characters are not.
pub fn optional_text(field: &str, raw: &str, max_chars: usize) -> Result<Option<String>, AppError> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let count = value.chars().count();
    if count > max_chars {
        return Err(AppError::invalid(
            field,
            format!("{} is too long: {count} characters, at most {max_chars}", human(field)),
        ));
    }
    if value.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(AppError::invalid(field, format!("{} contains control characters", human(field))));
    }
    Ok(Some(value.to_string()))
}

/// An optional http(s) URL (websites, logos, join links).
pub fn optional_url(field: &str, raw: &str) -> Result<Option<String>, AppError> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let parsed = url::Url::parse(value)
        .map_err(|_| AppError::invalid(field, format!("{value:?} is not a web address (https://...)")))?;
    if !matches!(parsed.scheme(), "http" | "https") || value.len() > 2000 {
        return Err(AppError::invalid(field, "only http:// and https:// addresses up to 2000 characters are accepted"));
    }
    Ok(Some(parsed.to_string()))
}

/// A URL slug: lower-case letters, digits and single hyphens, 3 to 80 characters.
pub fn parse_slug(field: &str, raw: &str) -> Result<String, AppError> {
    let value = raw.trim();
    let ok = (3..=80).contains(&value.len())
        && value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !value.starts_with('-')
        && !value.ends_with('-')
        && !value.contains("--");
    if ok {
        Ok(value.to_string())
    } else {
        Err(AppError::invalid(
            field,
            "use 3 to 80 lower-case letters, digits and single hyphens (e.g. tot-2023-whistleblowing)",
        ))
    }
}

/// A slug made from a title ("Digital Reporting: ToT 2023" → "digital-reporting-tot-2023").
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(|c| c.to_lowercase()) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.len() < 3 {
        format!("training-{slug}").trim_end_matches('-').to_string()
    } else {
        slug
    }
}

/// A language tag such as "en", "ru" or "pt-BR".
pub fn parse_language(field: &str, raw: &str) -> Result<String, AppError> {
    let value = raw.trim();
    let mut parts = value.split('-');
    let primary = parts.next().unwrap_or("");
    let primary_ok = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok = parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        Ok(value.to_string())
    } else {
        Err(AppError::invalid(field, format!("{value:?} is not a language tag (e.g. en, fr, pt-BR)")))
    }
}

/// A positive whole number, optional.
pub fn optional_positive(field: &str, raw: &str, max: i32) -> Result<Option<i32>, AppError> {
    let value = raw.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<i32>() {
        Ok(n) if n >= 1 && n <= max => Ok(Some(n)),
        _ => Err(AppError::invalid(field, format!("{} must be a whole number from 1 to {max}", human(field)))),
    }
}

fn human(field: &str) -> String {
    let mut s = field.replace('_', " ");
    if let Some(first) = s.get(0..1) {
        let upper = first.to_uppercase();
        s.replace_range(0..1, &upper);
    }
    s
}

/// A status, mode or role: an enum end to end. It is stored as text (`as_str`), shown with
/// `label`, parsed from input with [`AppError::Invalid`] naming the field, and read from the
/// database by diesel directly into the enum: a value this binary does not know (written by a
/// newer version on the same database, say) is an error naming the column and the value, never
/// a default.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident in $column:literal { $($variant:ident => $text:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[derive(diesel::AsExpression, diesel::FromSqlRow)]
        #[diesel(sql_type = diesel::sql_types::Text)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Where the value is stored (named in errors).
            pub const COLUMN: &'static str = $column;
            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn label(&self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
            /// The label in a reader's language: the message `<column>-<value>` ("."
            /// and "_" written "-": `registrations-status-awaiting-approval`) where the
            /// message files have it, else the English label.
            pub fn label_in(&self, lang: impl Into<$crate::i18n::Lang>) -> String {
                let lang = lang.into();
                let id = format!("{}-{}", $column, self.as_str()).replace(['.', '_'], "-");
                if $crate::i18n::messages::has($crate::i18n::Lang::En, &id) {
                    lang.t(&id)
                } else {
                    self.label().to_string()
                }
            }
            pub fn parse(field: &str, raw: &str) -> Result<$name, $crate::error::AppError> {
                match raw.trim() {
                    $($text => Ok($name::$variant),)+
                    other => Err($crate::error::AppError::invalid(field, format!(
                        "{other:?} is not one of: {}", [$($text),+].join(", ")))),
                }
            }
            /// A stored value; an unknown one is an error naming the column.
            pub fn from_db(raw: &str) -> Result<$name, String> {
                match raw {
                    $($text => Ok($name::$variant),)+
                    other => Err(format!("{}: unknown value {other:?} in the database", $column)),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.label()) }
        }

        impl<DB: diesel::backend::Backend> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let raw = <String as diesel::deserialize::FromSql<diesel::sql_types::Text, DB>>::from_sql(bytes)?;
                Ok($name::from_db(&raw)?)
            }
        }

        impl<DB: diesel::backend::Backend> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut diesel::serialize::Output<'b, '_, DB>) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(self.as_str(), out)
            }
        }
    };
}
pub(crate) use string_enum;

string_enum!(
    /// What kind of event a training is.
    TrainingKind in "trainings.kind" {
        Tot => "tot", "Training of Trainers";
        TechnicalWebinar => "technical_webinar", "Technical webinar";
        EConsultation => "e_consultation", "E-consultation";
        PeerExchange => "peer_exchange", "Peer exchange";
    }
);

string_enum!(
    /// Who may register (enforced by registration).
    RegistrationMode in "trainings.registration_mode" {
        Open => "open", "Open";
        Approval => "approval", "Approval by an organiser";
        Invitation => "invitation", "Invitation only";
    }
);

string_enum!(
    /// Lifecycle: draft → published → completed, or cancelled. Only published ones are public.
    TrainingStatus in "trainings.status" {
        Draft => "draft", "Draft";
        Published => "published", "Published";
        Completed => "completed", "Completed";
        Cancelled => "cancelled", "Cancelled";
    }
);

string_enum!(
    /// An organiser's role on one training; see docs/ARCHITECTURE.md for what each may do.
    OrganiserRole in "training_organisers.role or organiser_invitations.role" {
        Lead => "lead", "Lead organiser";
        CoOrganiser => "co_organiser", "Co-organiser";
        Facilitator => "facilitator", "Facilitator";
    }
);

impl TrainingStatus {
    /// The one state machine of a training: draft → published → completed; draft or published
    /// → cancelled; published → draft (unpublish).
    pub fn may_become(self, next: TrainingStatus) -> bool {
        use TrainingStatus::*;
        matches!((self, next), (Draft, Published) | (Published, Draft | Completed) | (Draft | Published, Cancelled))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse("email", "  Ana@Example.ORG ").unwrap().as_str(), "ana@example.org");
        for bad in ["", "ana", "ana@", "@example.org", "ana@example", "a b@example.org", "ana@exa..mple.org"] {
            assert!(Email::parse("email", bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn countries_include_kosovo_and_reject_unknown() {
        let xk = Country::parse("country", "xk").unwrap();
        assert_eq!((xk.code(), xk.city()), ("XK", "Pristina"));
        assert_eq!(xk.timezone(), chrono_tz::Europe::Belgrade);
        assert!(Country::parse("country", "ZZ").is_err());
        assert!(Country::parse("country", "KOR").is_err());
        // the table is sorted, which from_code's binary search needs
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        for row in COUNTRIES {
            assert!(row.2.parse::<chrono_tz::Tz>().is_ok(), "{} has unknown zone {}", row.0, row.2);
        }
    }

    #[test]
    fn country_names_are_the_uns_short_names() {
        let name = |code: &str| Country::from_code(code).map(|c| c.name()).unwrap_or_else(|| panic!("{code} missing"));
        for (code, un) in [
            ("KR", "Republic of Korea"),
            ("KP", "Democratic People's Republic of Korea"),
            ("MD", "Republic of Moldova"),
            ("RU", "Russian Federation"),
            ("TR", "Türkiye"),
            ("GB", "United Kingdom of Great Britain and Northern Ireland"),
            ("US", "United States of America"),
            ("VN", "Viet Nam"),
            ("IR", "Iran (Islamic Republic of)"),
            ("BO", "Bolivia (Plurinational State of)"),
            ("LA", "Lao People's Democratic Republic"),
            ("TZ", "United Republic of Tanzania"),
            ("CZ", "Czechia"),
            ("CV", "Cabo Verde"),
            ("SZ", "Eswatini"),
            ("MN", "Mongolia"),
            ("UZ", "Uzbekistan"),
            // not a UN member: the name UN documents use, kept for the reference scenario
            ("XK", "Kosovo"),
        ] {
            assert_eq!(name(code), un, "{code}");
        }
        // none of tzdata's informal names is left
        for informal in ["Korea (South)", "Britain (UK)", "Vietnam", "Turkey", "Russia", "Laos", "Czech Republic"] {
            assert!(COUNTRIES.iter().all(|row| row.1 != informal), "{informal} is still a name");
        }
        assert!(COUNTRIES.iter().all(|row| !row.1.contains('&')), "tzdata's abbreviations are left");
    }

    #[test]
    fn lists_show_countries_by_name() {
        assert_eq!(COUNTRIES_BY_NAME.len(), COUNTRIES.len());
        let mut codes: Vec<&str> = COUNTRIES_BY_NAME.iter().map(|row| row.0).collect();
        codes.sort_unstable();
        assert_eq!(codes, COUNTRIES.iter().map(|row| row.0).collect::<Vec<_>>());
        let position = |name: &str| COUNTRIES_BY_NAME.iter().position(|row| row.1 == name).unwrap();
        assert_eq!(position("Afghanistan"), 0);
        // accents aside: Åland with the A's, Türkiye with the T's
        assert!(position("Åland Islands") < position("Albania"));
        assert!(position("Tunisia") < position("Türkiye") && position("Türkiye") < position("Tuvalu"));
        assert!(position("Republic of Korea") < position("Republic of Moldova"));
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("Digital Reporting: ToT 2023!"), "digital-reporting-tot-2023");
        assert!(parse_slug("slug", "ok-slug-1").is_ok());
        assert!(parse_slug("slug", "Bad Slug").is_err());
        assert!(parse_slug("slug", "a--b").is_err());
    }

    #[test]
    fn text_limits_name_the_field() {
        let err = parse_text("title", &"x".repeat(201), 200).unwrap_err();
        assert_eq!(err.field(), Some("title"));
        assert!(err.to_string().contains("at most 200"));
        assert!(parse_text("title", "   ", 200).is_err());
    }
}
