//! Numbers as each language writes them (CLDR through ICU4X): "1,234" in English, "1 234" in
//! French and Russian, "12.345" in Spanish. Fluent's numbers go through [`fluent_formatter`], so
//! a count inside a sentence is written the same way, and plural variants still see the number.

use std::cell::RefCell;
use std::str::FromStr;

use fixed_decimal::Decimal;
use fluent_bundle::FluentValue;
use icu_decimal::DecimalFormatter;

use super::Lang;

thread_local! {
    static FORMATTERS: RefCell<Vec<Option<Option<DecimalFormatter>>>> =
        RefCell::new((0..Lang::ALL.len()).map(|_| None).collect());
}

fn formatter(lang: Lang) -> Option<DecimalFormatter> {
    let prefs = (&super::dates::locale(lang)).into();
    DecimalFormatter::try_new(prefs, Default::default()).ok()
}

/// `value` as `lang` writes it; None for what is not a finite number.
pub fn format(lang: Lang, value: f64) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    // Rust writes the shortest form that reads back the same: "36", "7.5"
    let decimal = Decimal::from_str(&value.to_string()).ok()?;
    FORMATTERS.with(|cell| {
        let mut all = cell.borrow_mut();
        let slot = all[lang.index()].get_or_insert_with(|| formatter(lang));
        slot.as_ref().map(|f| f.format(&decimal).to_string())
    })
}

/// An integer as `lang` writes it (templates: counts in tables).
pub fn integer(lang: Lang, value: i64) -> String {
    // i64 beyond 2^53 loses digits as f64: write those plainly
    if value.unsigned_abs() > (1u64 << 53) {
        return value.to_string();
    }
    format(lang, value as f64).unwrap_or_else(|| value.to_string())
}

/// The formatter Fluent calls for every value of a message in `L`'s language
/// (`Lang::ALL[L]`): numbers in that language's digits and grouping; anything else as Fluent
/// writes it.
pub fn fluent_formatter<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => format(Lang::ALL[L], n.value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_numbers_its_way() {
        assert_eq!(integer(Lang::En, 1234567), "1,234,567");
        assert_eq!(integer(Lang::Ru, 1234), "1\u{a0}234");
        // CLDR's Arabic (without a region) writes Latin digits, as Cascade's dates do
        assert_eq!(integer(Lang::Ar, 36), "36");
        assert_eq!(format(Lang::Fr, 7.5).as_deref(), Some("7,5"));
        assert_eq!(integer(Lang::Ko, 12), "12");
        assert_eq!(format(Lang::En, f64::NAN), None);
    }

    #[test]
    fn the_formatters_follow_the_languages_order() {
        // `fluent_formatter::<L>` formats for `Lang::ALL[L]`, installed for `lang.index()`
        for (i, lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(lang.index(), i);
        }
    }
}
