//! Messages in Project Fluent's format, one folder per language under `frontend/locales/`,
//! compiled into the binary and parsed once. A message missing in a language is taken from
//! English (key by key); the pseudo-locale is English passed through an accenting,
//! lengthening transform, so untranslated text stands out as plain ASCII.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Lang};

/// The message files of each language (the same names in every folder). Participants' and
/// trainers' files are complete in every language (a test fails on a missing message); the
/// organisers' pages are complete in English, and another language may translate them message
/// by message (what is missing is read in English).
pub const FILES: [&str; 4] = ["pages.ftl", "mail.ftl", "trainers.ftl", "organisers.ftl"];

/// The files every language must translate completely.
pub const COMPLETE_FILES: [&str; 3] = ["pages.ftl", "mail.ftl", "trainers.ftl"];

macro_rules! locale_files {
    ($($code:literal),*) => {
        /// (folder, file, text) of every message file.
        pub const SOURCES: &[(&str, &str, &str)] = &[$(
            ($code, "pages.ftl", include_str!(concat!("../../frontend/locales/", $code, "/pages.ftl"))),
            ($code, "mail.ftl", include_str!(concat!("../../frontend/locales/", $code, "/mail.ftl"))),
            ($code, "trainers.ftl", include_str!(concat!("../../frontend/locales/", $code, "/trainers.ftl"))),
            ($code, "organisers.ftl", include_str!(concat!("../../frontend/locales/", $code, "/organisers.ftl"))),
        )*];
    };
}
locale_files!("en", "fr", "es", "ru", "zh-Hans", "ar", "ko", "mn", "sq", "uz-Latn");

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, in [`Lang::index`] order.
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| Lang::ALL.iter().map(|l| bundle(*l)).collect());

fn bundle(lang: Lang) -> Bundle {
    let source_lang = if lang == Lang::Pseudo { Lang::En } else { lang };
    let id: unic_langid::LanguageIdentifier = source_lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks keep a Latin name from reordering Arabic text around it; in
    // left-to-right languages they would only be invisible noise in e-mails and tests.
    bundle.set_use_isolating(lang.dir() == "rtl");
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo));
    }
    // numbers in the language's digits and grouping ("1 234" in Russian)
    bundle.set_formatter(Some(number_formatter(lang)));
    for (code, file, text) in SOURCES.iter().filter(|(code, _, _)| *code == source_lang.code()) {
        match FluentResource::try_new(text.to_string()) {
            Ok(resource) => {
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(language = code, file, ?errors, "message file has duplicate ids");
                }
            }
            // A file that does not parse keeps the entries it could read; the locales test
            // fails on it, so this is only reached by an edited binary's files.
            Err((resource, errors)) => {
                tracing::error!(language = code, file, ?errors, "message file does not parse");
                let _ = bundle.add_resource(resource);
            }
        }
    }
    bundle
}

/// The number formatter of `lang`'s bundle (Fluent takes a plain function, so one per language).
fn number_formatter<M>(lang: Lang) -> fn(&FluentValue, &M) -> Option<String> {
    use super::numbers::fluent_formatter as f;
    match lang.index() {
        0 => f::<0, M>,
        1 => f::<1, M>,
        2 => f::<2, M>,
        3 => f::<3, M>,
        4 => f::<4, M>,
        5 => f::<5, M>,
        6 => f::<6, M>,
        7 => f::<7, M>,
        8 => f::<8, M>,
        9 => f::<9, M>,
        _ => f::<10, M>,
    }
}

/// The pseudo-locale's transform: every ASCII letter accented, vowels doubled (~30–40 %
/// longer text, as translations often are).
fn pseudo(text: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(text, false, true)
}

/// Applies the pseudo-locale's transform to text that does not come from a message file
/// (dates, country names): in the pseudo-locale, every word the page shows is transformed.
pub fn pseudo_text(lang: Lang, text: String) -> String {
    if lang == Lang::Pseudo {
        pseudo(&text).into_owned()
    } else {
        text
    }
}

/// Whether the language's own files define `id` (without falling back to English).
pub fn has(lang: Lang, id: &str) -> bool {
    BUNDLES[lang.index()].has_message(id)
}

/// The message `id` in `lang` with its arguments; English when `lang` lacks it; the id itself
/// when English lacks it too (a developer's mistake that the locales test catches).
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundles = &*BUNDLES;
    let (bundle, message) = match bundles[lang.index()].get_message(id) {
        Some(m) => (&bundles[lang.index()], m),
        None => match bundles[Lang::En.index()].get_message(id) {
            Some(m) => (&bundles[Lang::En.index()], m),
            None => {
                tracing::error!(id, "no such message");
                return id.to_string();
            }
        },
    };
    let Some(pattern) = message.value() else {
        return id.to_string();
    };
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Text(t) => a.set(*name, FluentValue::from(t.as_str())),
                Arg::Number(n) => a.set(*name, FluentValue::from(*n)),
            }
        }
        a
    });
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors).into_owned();
    if !errors.is_empty() {
        tracing::warn!(id, language = %lang, ?errors, "message formatted with errors");
    }
    text
}
