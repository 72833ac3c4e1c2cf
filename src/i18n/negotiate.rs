//! Which language a reader gets. In order: their own choice stored with their registration,
//! the `lang` cookie the language switcher sets, their browser's `Accept-Language`, the
//! training's language, English.

use super::Lang;

/// What is known about a reader's language, from the most to the least deliberate.
#[derive(Default, Clone, Copy)]
pub struct Choice<'a> {
    /// Stored on their registration (they chose it on their page, or registered in it).
    pub stored: Option<&'a str>,
    /// The `lang` cookie.
    pub cookie: Option<&'a str>,
    /// The `Accept-Language` header.
    pub accept: Option<&'a str>,
    /// The language the training is given in.
    pub training: Option<&'a str>,
}

/// The language for this reader.
pub fn negotiate(choice: Choice<'_>) -> Lang {
    asked(choice).or_else(|| choice.training.and_then(Lang::parse)).unwrap_or(Lang::En)
}

/// The language the reader asked for (stored, cookie or browser), if any they asked for is
/// one Cascade speaks.
pub fn asked(choice: Choice<'_>) -> Option<Lang> {
    choice
        .stored
        .and_then(Lang::parse)
        .or_else(|| choice.cookie.and_then(Lang::parse))
        .or_else(|| choice.accept.and_then(|a| parse_accept_language(a).into_iter().next()))
}

/// The languages of an `Accept-Language` header (RFC 9110 §12.5.4) that Cascade speaks, best
/// first: by quality, then in the order given; `q=0` means "not this one". Malformed entries
/// are skipped, never an error; the header is read up to 32 entries.
pub fn parse_accept_language(header: &str) -> Vec<Lang> {
    let mut ranked: Vec<(u16, usize, Lang)> = Vec::new();
    for (position, entry) in header.split(',').take(32).enumerate() {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let mut quality = 1000u16;
        for param in parts {
            let Some((name, value)) = param.split_once('=') else { continue };
            if name.trim().eq_ignore_ascii_case("q") {
                quality = parse_quality(value.trim()).unwrap_or(0);
            }
        }
        if quality == 0 || tag == "*" {
            continue;
        }
        if let Some(lang) = Lang::parse(tag) {
            if lang != Lang::Pseudo && !ranked.iter().any(|(_, _, l)| *l == lang) {
                ranked.push((quality, position, lang));
            }
        }
    }
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.into_iter().map(|(_, _, l)| l).collect()
}

/// A quality value in thousandths ("0.8" → 800); None when it is not one.
fn parse_quality(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_by_quality_then_order() {
        assert_eq!(parse_accept_language("mn-MN,mn;q=0.9,en-US;q=0.8,en;q=0.7"), vec![Lang::Mn, Lang::En]);
        assert_eq!(parse_accept_language("de-DE, fr;q=0.5, ko;q=0.9"), vec![Lang::Ko, Lang::Fr]);
        assert_eq!(parse_accept_language("ar;q=0, ru"), vec![Lang::Ru]);
        assert_eq!(parse_accept_language("*;q=0.1, zh-CN"), vec![Lang::Zh]);
        assert_eq!(parse_accept_language("en-XA"), Vec::<Lang>::new(), "the pseudo-locale is never negotiated");
        assert_eq!(parse_accept_language(";;;,q=,=,ru;q=2,ko;q=0.12345,es;q=abc"), Vec::<Lang>::new());
        assert_eq!(parse_accept_language(""), Vec::<Lang>::new());
    }

    #[test]
    fn choice_order() {
        let all = Choice { stored: Some("ko"), cookie: Some("ar"), accept: Some("ru"), training: Some("mn") };
        assert_eq!(negotiate(all), Lang::Ko);
        assert_eq!(negotiate(Choice { stored: None, ..all }), Lang::Ar);
        assert_eq!(negotiate(Choice { stored: None, cookie: Some("xx"), ..all }), Lang::Ru);
        assert_eq!(negotiate(Choice { stored: None, cookie: None, accept: Some("de"), ..all }), Lang::Mn);
        assert_eq!(negotiate(Choice::default()), Lang::En);
        assert_eq!(negotiate(Choice { cookie: Some("en-XA"), ..Choice::default() }), Lang::Pseudo);
    }
}
