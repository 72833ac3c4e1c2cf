//! Certificate codes people can read out and type: 11 random characters of Crockford's base32
//! (no I, L, O, U: nothing to confuse with 1, 0 or V) carry 55 bits, and a 12th character is a
//! Luhn mod 32 check, which catches every single mistyped character and almost every swap of
//! neighbours, so a typo says "not a valid code" instead of finding someone else's certificate.
//! Printed in three groups of four: `7K3M-Q9PX-2HDW`.

use rand::Rng;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_CHARS: usize = 11;
pub const LENGTH: usize = RANDOM_CHARS + 1;

/// A well-formed code with a correct check character, in its canonical form (12 characters,
/// upper case, no hyphens).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Code(String);

impl Code {
    /// A new random code.
    pub fn generate() -> Code {
        let mut rng = rand::thread_rng();
        let mut digits: Vec<u8> = (0..RANDOM_CHARS).map(|_| rng.gen_range(0..32u8)).collect();
        digits.push(check_digit(&digits));
        Code(digits.iter().map(|d| ALPHABET[usize::from(*d)] as char).collect())
    }

    /// Reads a code as a person typed it: any case, with or without hyphens or spaces, and with
    /// O for 0 and I or L for 1 (Crockford's rule). `None` when it is not a valid code.
    pub fn parse(input: &str) -> Option<Code> {
        let mut digits = Vec::with_capacity(LENGTH);
        for c in input.chars() {
            if c == '-' || c == ' ' {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            let value = ALPHABET.iter().position(|a| *a as char == c)?;
            digits.push(u8::try_from(value).ok()?);
            if digits.len() > LENGTH {
                return None;
            }
        }
        if digits.len() != LENGTH || check_digit(&digits[..RANDOM_CHARS]) != digits[RANDOM_CHARS] {
            return None;
        }
        Some(Code(digits.iter().map(|d| ALPHABET[usize::from(*d)] as char).collect()))
    }

    /// The canonical form, as stored and used in URLs.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As printed: `7K3M-Q9PX-2HDW`.
    pub fn display(&self) -> String {
        display(&self.0)
    }
}

/// Groups a stored code in fours for people to read.
pub fn display(code: &str) -> String {
    code.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// Luhn mod N (N = 32) over the digits, computed from the right.
fn check_digit(digits: &[u8]) -> u8 {
    let mut factor = 2u32;
    let mut sum = 0u32;
    for d in digits.iter().rev() {
        let addend = factor * u32::from(*d);
        sum += addend / 32 + addend % 32;
        factor = if factor == 2 { 1 } else { 2 };
    }
    u8::try_from((32 - sum % 32) % 32).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_parse_and_print_in_groups() {
        for _ in 0..1000 {
            let code = Code::generate();
            assert_eq!(code.as_str().len(), LENGTH);
            assert_eq!(Code::parse(code.as_str()), Some(code.clone()));
            let shown = code.display();
            assert_eq!(shown.len(), 14);
            assert_eq!(Code::parse(&shown.to_lowercase()), Some(code));
        }
    }

    #[test]
    fn every_single_typo_and_most_swaps_are_caught() {
        let code = Code::generate();
        let chars: Vec<char> = code.as_str().chars().collect();
        for i in 0..LENGTH {
            for a in ALPHABET.iter().map(|a| *a as char) {
                if a == chars[i] {
                    continue;
                }
                let mut typo = chars.clone();
                typo[i] = a;
                let typo: String = typo.into_iter().collect();
                assert_eq!(Code::parse(&typo), None, "{typo} passed for {}", code.as_str());
            }
        }
        assert_eq!(Code::parse(""), None);
        assert_eq!(Code::parse("U"), None, "U is not in the alphabet");
        assert_eq!(Code::parse(&format!("{}0", code.as_str())), None, "too long");
        assert_eq!(Code::parse("€€€€"), None);
    }

    #[test]
    fn confusable_letters_are_read_as_digits() {
        let mut digits: Vec<u8> = vec![0, 1, 0, 1, 5, 6, 7, 8, 9, 10, 11];
        digits.push(check_digit(&digits));
        let canonical: String = digits.iter().map(|d| ALPHABET[usize::from(*d)] as char).collect();
        let typed = format!("OIol-{}-{}", &canonical[4..8], &canonical[8..]);
        assert_eq!(Code::parse(&typed).map(|c| c.0), Some(canonical));
    }
}
