//! Languages: which one a reader gets ([`negotiate`]), the words in it (Project Fluent message
//! files under `frontend/locales/<code>/`, compiled into the binary, see [`messages`]) and dates
//! written the way that language writes them (CLDR data through ICU4X, see [`dates`]).
//!
//! Pages, e-mails and calendar text ask a [`Lang`] for a message by its id; a language that
//! lacks an id falls back to English for that id alone, so a partly translated language is
//! still usable. What organisers write (titles, descriptions) is never translated.

pub mod dates;
pub mod messages;
mod negotiate;
pub mod numbers;

pub use negotiate::{asked, negotiate, parse_accept_language, Choice};

/// A language Cascade speaks. `Pseudo` is English with every letter accented and the text
/// made longer: a tester's language that shows which words on a page are not translated
/// (it is accepted as `en-XA` but never offered).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Ru,
    Zh,
    Ar,
    Ko,
    Mn,
    Sq,
    Uz,
    Pseudo,
}

impl Lang {
    /// The languages offered to readers, in the switcher's order: the six UN languages, then
    /// the reference scenario's.
    pub const OFFERED: [Lang; 10] =
        [Lang::En, Lang::Fr, Lang::Es, Lang::Ru, Lang::Zh, Lang::Ar, Lang::Ko, Lang::Mn, Lang::Sq, Lang::Uz];
    /// Every language, the pseudo-locale included (index order of [`Lang::index`]).
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::Ru,
        Lang::Zh,
        Lang::Ar,
        Lang::Ko,
        Lang::Mn,
        Lang::Sq,
        Lang::Uz,
        Lang::Pseudo,
    ];

    /// The BCP 47 tag: HTML `lang`, the `lang` cookie, `Content-Language`, the folder of its
    /// message files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Zh => "zh-Hans",
            Lang::Ar => "ar",
            Lang::Ko => "ko",
            Lang::Mn => "mn",
            Lang::Sq => "sq",
            Lang::Uz => "uz-Latn",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ru => "Русский",
            Lang::Zh => "中文（简体）",
            Lang::Ar => "العربية",
            Lang::Ko => "한국어",
            Lang::Mn => "Монгол",
            Lang::Sq => "Shqip",
            Lang::Uz => "Oʻzbekcha",
            Lang::Pseudo => "Ƥşeuđo",
        }
    }

    /// Writing direction for `dir` on `<html>`.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// A language from a tag as browsers, cookies and organisers write it: the exact tag or
    /// its primary language ("ru-RU" → Russian, "zh-CN" → Chinese, "uz" → Uzbek in Latin
    /// script), case-insensitive. Scripts we do not have (Uzbek in Cyrillic, Mongolian in the
    /// traditional script, traditional Chinese) still map to the language: the reader gets
    /// the nearest we have rather than English.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        let lang = match primary.to_ascii_lowercase().as_str() {
            "en" => Lang::En,
            "fr" => Lang::Fr,
            "es" => Lang::Es,
            "ru" => Lang::Ru,
            "zh" => Lang::Zh,
            "ar" => Lang::Ar,
            "ko" => Lang::Ko,
            "mn" => Lang::Mn,
            "sq" => Lang::Sq,
            "uz" => Lang::Uz,
            _ => return None,
        };
        Some(lang)
    }

    /// The message `id`, formatted without arguments (English when this language lacks it).
    pub fn t(self, id: &str) -> String {
        messages::format(self, id, &[])
    }

    /// The message `id` with one argument.
    pub fn t1(self, id: &str, name: &str, value: impl Into<Arg>) -> String {
        messages::format(self, id, &[(name, value.into())])
    }

    /// The message `id` with two arguments.
    pub fn t2(self, id: &str, n1: &str, v1: impl Into<Arg>, n2: &str, v2: impl Into<Arg>) -> String {
        messages::format(self, id, &[(n1, v1.into()), (n2, v2.into())])
    }

    /// The message `id` with three arguments.
    #[allow(clippy::too_many_arguments)] // three (name, value) pairs, as templates call it
    pub fn t3(
        self,
        id: &str,
        n1: &str,
        v1: impl Into<Arg>,
        n2: &str,
        v2: impl Into<Arg>,
        n3: &str,
        v3: impl Into<Arg>,
    ) -> String {
        messages::format(self, id, &[(n1, v1.into()), (n2, v2.into()), (n3, v3.into())])
    }

    /// The message `id` with any number of arguments.
    pub fn tn(self, id: &str, args: &[(&str, Arg)]) -> String {
        messages::format(self, id, args)
    }
}

/// Items as a sentence writes them: "A", "A and B", "A, B and C" (the language's own words).
pub fn list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., before_last, last] => {
            let tail = lang.t2("list-and", "first", before_last.as_str(), "last", last.as_str());
            init.iter().rev().fold(tail, |rest, item| lang.t2("list-comma", "first", item.as_str(), "rest", rest))
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// An argument of a message: text, or a number (which selects plural forms).
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_string())
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}
/// Templates pass their values by reference, sometimes twice over.
impl<T: ?Sized> From<&&T> for Arg
where
    for<'a> &'a T: Into<Arg>,
{
    fn from(v: &&T) -> Arg {
        (*v).into()
    }
}

impl From<&Lang> for Lang {
    fn from(l: &Lang) -> Lang {
        *l
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg { Arg::Number(v as f64) }
        }
        impl From<&$t> for Arg {
            fn from(v: &$t) -> Arg { Arg::Number(*v as f64) }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize);

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn tags_map_to_languages() {
        assert_eq!(Lang::parse("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh-Hans"), Some(Lang::Zh));
        assert_eq!(Lang::parse("uz"), Some(Lang::Uz));
        assert_eq!(Lang::parse("UZ_latn"), Some(Lang::Uz));
        assert_eq!(Lang::parse("en-XA"), Some(Lang::Pseudo));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l), "{l}");
            assert_eq!(Lang::ALL[l.index()], l);
        }
    }
}
