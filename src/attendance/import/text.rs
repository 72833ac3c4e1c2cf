//! What every format shares below the level of a table: turning the downloaded bytes into text,
//! splitting a delimited line, and the small clean-ups of names, e-mails and yes/no cells.

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::ImportError;

/// Turns the bytes of a downloaded report into text with `\n` line ends.
///
/// A byte order mark decides: UTF-8 (`EF BB BF`), UTF-16 little endian (`FF FE`, what Teams
/// writes) or big endian (`FE FF`). Without one, text whose bytes are mostly NUL at every other
/// position is taken as UTF-16 (a Teams file whose mark was lost on the way, e.g. by a mail
/// filter, still reads), then valid UTF-8 is UTF-8, and anything else is Windows-1252 (what
/// Excel on Windows saves "CSV" as; its 0x80–0x9F table is written out here, the rest is
/// Latin-1). `\r\n` and a lone `\r` become `\n`, so line numbers count what an editor shows.
pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        match std::str::from_utf8(rest) {
            Ok(text) => text.to_owned(),
            Err(e) => {
                return Err(ImportError::File(format!(
                    "the file starts with a UTF-8 byte order mark, but byte {} is not UTF-8",
                    e.valid_up_to() + 3
                )))
            }
        }
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, false)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, true)?
    } else if let Some(big_endian) = utf16_without_mark(bytes) {
        utf16(bytes, big_endian)?
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => windows_1252(bytes),
        }
    };
    // a second mark (a file saved twice by different tools) would otherwise stick to the first cell
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    Ok(normalise_line_ends(text))
}

/// UTF-16 without a byte order mark: in text that is mostly ASCII every other byte is NUL, which
/// never happens in UTF-8 or Windows-1252 text. Looks at the first 4 KiB only.
fn utf16_without_mark(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    if odd * 2 > pairs && even * 8 < pairs {
        Some(false)
    } else if even * 2 > pairs && odd * 8 < pairs {
        Some(true)
    } else {
        None
    }
}

fn utf16(bytes: &[u8], big_endian: bool) -> Result<String, ImportError> {
    if bytes.len() % 2 != 0 {
        return Err(ImportError::File("the file looks like UTF-16 but has an odd number of bytes".into()));
    }
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for (index, unit) in char::decode_utf16(units).enumerate() {
        match unit {
            Ok(c) => text.push(c),
            Err(_) => {
                return Err(ImportError::File(format!(
                    "the file looks like UTF-16 but the character at byte {} is not valid UTF-16",
                    index * 2
                )))
            }
        }
    }
    Ok(text)
}

/// Windows-1252: Latin-1 except 0x80–0x9F, where it has typographic characters. The five bytes
/// Windows leaves undefined keep their C1 control code points, as browsers do.
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
        '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}',
        '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}',
        '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

fn normalise_line_ends(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// A name folded for matching people when the report has no e-mail for them.
///
/// Lower-cased; compatibility-decomposed (NFKD) with the Latin, Greek and Cyrillic diacritics
/// removed, so "Mirëlinda" and "Mirelinda" meet (and so do "й" and "и", "ё" and "е", which
/// people also type interchangeably); recomposed (NFC), so Hangul stays in syllables. Only the
/// combining diacritical mark blocks are removed: the marks of Devanagari, Arabic and others are
/// vowels, and removing them would make different names equal. A trailing "(Guest)" (what Teams
/// adds to guests) is dropped; apostrophes are dropped ("O'Brien" = "OBrien"); any other
/// punctuation separates words like a space ("Jean-Luc" = "Jean Luc"); runs of spaces become one.
/// The Zoom "New (Original)" form is split by the parser, not here.
pub fn normalise_name(name: &str) -> String {
    let lower: String = name.chars().flat_map(char::to_lowercase).collect();
    let folded: String = lower.nfkd().filter(|&c| !is_diacritic(c)).nfc().collect();
    let mut folded = folded.trim();
    if let Some(rest) = folded.strip_suffix("(guest)") {
        folded = rest;
    }
    let mut out = String::with_capacity(folded.len());
    let mut gap = false;
    for c in folded.chars() {
        // marks left after the diacritics are gone belong to their letter (a Devanagari virama)
        if c.is_alphanumeric() || is_combining_mark(c) {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else if !matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '`') {
            gap = true;
        }
    }
    out
}

/// The combining diacritical mark blocks (accents, diaeresis, breve, cedilla...).
fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// An e-mail cell: trimmed and lower-cased (people type their address in any case, and the
/// registration may have another), `None` when empty or Zoom's "--".
pub(crate) fn clean_email(cell: &str) -> Option<String> {
    let cell = cell.trim();
    if cell.is_empty() || cell == "--" {
        None
    } else {
        Some(cell.to_lowercase())
    }
}

/// Zoom shows a person who renamed themselves as "New Name (Original Name)": the last balanced
/// parenthesised group is the original name. A name that merely ends in parentheses cannot be told
/// apart, so both are kept and the caller can match on either. Zoom's own labels (Host, Guest...)
/// are not names.
pub(crate) fn split_original_name(cell: &str) -> (String, Option<String>) {
    let cell = cell.trim();
    let Some(inside_end) = cell.strip_suffix(')').map(str::len) else {
        return (cell.to_owned(), None);
    };
    let mut depth = 0usize;
    let mut open = None;
    for (i, c) in cell[..inside_end].char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => {
                open = Some(i);
                break;
            }
            '(' => depth -= 1,
            _ => {}
        }
    }
    let Some(open) = open else {
        return (cell.to_owned(), None);
    };
    let shown = cell[..open].trim();
    let original = cell[open + 1..inside_end].trim();
    let label = matches!(original.to_ascii_lowercase().as_str(), "host" | "co-host" | "guest" | "me" | "external");
    if shown.is_empty() || original.is_empty() || label {
        (cell.to_owned(), None)
    } else {
        (shown.to_owned(), Some(original.to_owned()))
    }
}

/// Whether a displayed name carries the "(Guest)" suffix that Teams gives guests.
pub(crate) fn has_guest_suffix(name: &str) -> bool {
    let name = name.trim_end();
    name.len() >= 7 && name.is_char_boundary(name.len() - 7) && name[name.len() - 7..].eq_ignore_ascii_case("(guest)")
}

/// "Yes"/"No" cells (also "Y"/"N", "true"/"false"); anything else is unknown.
pub(crate) fn yes_no(cell: &str) -> Option<bool> {
    let cell = cell.trim();
    if ["yes", "y", "true"].iter().any(|v| cell.eq_ignore_ascii_case(v)) {
        Some(true)
    } else if ["no", "n", "false"].iter().any(|v| cell.eq_ignore_ascii_case(v)) {
        Some(false)
    } else {
        None
    }
}

/// Splits one line on `delimiter`, honouring double quotes the way spreadsheets write them
/// (`"Lima, Ana"`, `""` for a quote inside quotes). Used for the Teams files, which are read line
/// by line; a quote that is not at the start of a field is an ordinary character.
pub(crate) fn split_fields(line: &str, delimiter: char) -> Vec<Cow<'_, str>> {
    let mut fields = Vec::new();
    let mut start = 0;
    loop {
        if line[start..].starts_with('"') {
            let mut value = String::new();
            let mut i = start + 1;
            let mut after_quote = None;
            while let Some(offset) = line[i..].find('"') {
                let quote = i + offset;
                value.push_str(&line[i..quote]);
                if line[quote + 1..].starts_with('"') {
                    value.push('"');
                    i = quote + 2;
                } else {
                    after_quote = Some(quote + 1);
                    break;
                }
            }
            let Some(after) = after_quote else {
                // an unterminated quote takes the rest of the line
                value.push_str(&line[i..]);
                fields.push(Cow::Owned(value));
                return fields;
            };
            match line[after..].find(delimiter) {
                Some(d) => {
                    value.push_str(&line[after..after + d]);
                    fields.push(Cow::Owned(value));
                    start = after + d + delimiter.len_utf8();
                }
                None => {
                    value.push_str(&line[after..]);
                    fields.push(Cow::Owned(value));
                    return fields;
                }
            }
        } else {
            match line[start..].find(delimiter) {
                Some(d) => {
                    fields.push(Cow::Borrowed(&line[start..start + d]));
                    start += d + delimiter.len_utf8();
                }
                None => {
                    fields.push(Cow::Borrowed(&line[start..]));
                    return fields;
                }
            }
        }
    }
}

/// The column names of a header row, trimmed and lower-cased once, so that each data row is
/// read by index.
pub(crate) struct Header(Vec<String>);

impl Header {
    pub(crate) fn new<'a>(cells: impl Iterator<Item = &'a str>) -> Header {
        Header(cells.map(|c| c.trim().trim_matches('"').trim().to_lowercase()).collect())
    }

    /// The index of the first of `names` (lower case) that the header has.
    pub(crate) fn find(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|name| self.0.iter().position(|column| column == name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le_with_bom(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn decodes_utf16_le_and_be_with_a_bom() {
        let text = "Full Name\tUser Action\r\nБатбаяр Дорж\tJoined\r\n";
        assert_eq!(decode(&utf16le_with_bom(text)).unwrap(), "Full Name\tUser Action\nБатбаяр Дорж\tJoined\n");
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap(), "Full Name\tUser Action\nБатбаяр Дорж\tJoined\n");
    }

    #[test]
    fn decodes_utf16_without_a_bom_by_its_nul_bytes() {
        let text = "Full Name\tUser Action\tTimestamp\nMirëlinda\tJoined\t2/14/2023, 7:00:00 AM\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).unwrap(), text);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).unwrap(), text);
    }

    #[test]
    fn decodes_utf8_with_and_without_a_bom() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("Name,Email\r\nDilnoza Yusupova,d@example.uz\r".as_bytes());
        assert_eq!(decode(&bytes).unwrap(), "Name,Email\nDilnoza Yusupova,d@example.uz\n");
        assert_eq!(decode("김민지\rx".as_bytes()).unwrap(), "김민지\nx");
    }

    #[test]
    fn decodes_windows_1252_when_not_utf8() {
        // "Mirëlinda – €5" as Excel on Windows saves it
        let bytes = b"Mir\xEBlinda \x96 \x805\x81";
        assert_eq!(decode(bytes).unwrap(), "Mirëlinda – €5\u{81}");
    }

    #[test]
    fn refuses_broken_utf16() {
        assert!(matches!(decode(&[0xFF, 0xFE, 0x41]), Err(ImportError::File(_))));
        // an unpaired high surrogate
        assert!(matches!(decode(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]), Err(ImportError::File(_))));
    }

    #[test]
    fn normalises_names_for_matching() {
        assert_eq!(normalise_name("Mirëlinda  Krasniqi"), "mirelinda krasniqi");
        assert_eq!(normalise_name("MIRELINDA KRASNIQI"), normalise_name("Mirëlinda Krasniqi"));
        assert_eq!(normalise_name("  Батбаяр   Дорж "), "батбаяр дорж");
        assert_eq!(normalise_name("김민지"), "김민지");
        assert_eq!(normalise_name("Ana Lima (Guest)"), "ana lima");
        assert_eq!(normalise_name("Ana Lima(guest)"), "ana lima");
        assert_eq!(normalise_name("Jean-Luc O'Brien, Jr."), "jean luc obrien jr");
        assert_eq!(normalise_name("José Ñúñez"), "jose nunez");
        assert_eq!(normalise_name("Dilnoza Yusupova"), "dilnoza yusupova");
        assert_eq!(normalise_name("ＡＮＡ　ＬＩＭＡ"), "ana lima");
        assert_eq!(normalise_name("Ёлка Йошкар"), "елка иошкар");
        // Devanagari vowel signs are letters, not decoration: they stay
        assert_eq!(normalise_name("कृष्ण"), "कृष्ण".nfc().collect::<String>());
        assert_eq!(normalise_name("İlkay"), "ilkay");
        assert_eq!(normalise_name(""), "");
    }

    #[test]
    fn splits_the_zoom_original_name() {
        assert_eq!(
            split_original_name("Ana (UNDP Kosovo) (Ana Lima)"),
            ("Ana (UNDP Kosovo)".to_owned(), Some("Ana Lima".to_owned()))
        );
        assert_eq!(split_original_name("Ana Lima"), ("Ana Lima".to_owned(), None));
        assert_eq!(split_original_name("(Ana Lima)"), ("(Ana Lima)".to_owned(), None));
        assert_eq!(split_original_name("Ana Lima (Guest)"), ("Ana Lima (Guest)".to_owned(), None));
        assert_eq!(split_original_name("x (a (b) c)"), ("x".to_owned(), Some("a (b) c".to_owned())));
        assert_eq!(split_original_name("unbalanced)"), ("unbalanced)".to_owned(), None));
    }

    #[test]
    fn splits_quoted_fields() {
        let fields = split_fields("\"Lima, Ana\"\tJoined\t\"say \"\"hi\"\"\"\t", '\t');
        assert_eq!(fields, ["Lima, Ana", "Joined", "say \"hi\"", ""]);
        let fields = split_fields("\"Lima, Ana\",x,Ana \"Bia\" Lima,\"open", ',');
        assert_eq!(fields, ["Lima, Ana", "x", "Ana \"Bia\" Lima", "open"]);
        assert_eq!(split_fields("", ','), [""]);
    }

    #[test]
    fn reads_emails_and_yes_no() {
        assert_eq!(clean_email(" Ana.Lima@Example.ORG "), Some("ana.lima@example.org".to_owned()));
        assert_eq!(clean_email(""), None);
        assert_eq!(clean_email("--"), None);
        assert_eq!(yes_no(" Yes"), Some(true));
        assert_eq!(yes_no("no"), Some(false));
        assert_eq!(yes_no("--"), None);
        assert!(has_guest_suffix("Ana Lima (Guest) "));
        assert!(!has_guest_suffix("Guest"));
    }
}
