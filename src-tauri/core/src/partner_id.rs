//! The partner-ID field: takes what people paste and finds the Associated Partner ID in it, or says why not.
//!
//! People paste "1234567", " 1 234 567 ", "MPN ID: 1234567", a spreadsheet cell ("1234567.0", "1,234,567.00"),
//! a whole row copied from Partner Center, digits typed with an Arabic or Chinese input method, or the wrong
//! identifier (a directory GUID). This module is pure: no I/O, tested by examples and by property tests. When a
//! text holds more than one number that could be the ID, it does not guess: the person is asked which. Whether
//! the ID belongs to an enrolled partner only Microsoft knows; it answers that when the link is made.

use std::fmt;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{Error, ErrorCode};

/// Where the right ID is, said in every refusal.
pub const WHERE_TO_FIND: &str = "The Associated Partner ID is in Partner Center: Account settings > Identifiers, \"Associated PartnerID\" (older name: MPN ID). It is a number, usually 6 or 7 digits.";

/// A normalized Associated Partner ID: ASCII digits only, 5 to 10 of them, not all zeros. It is deserialized
/// through [`PartnerId::parse`], so a value coming back from the UI is checked again before it reaches a URL.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Type)]
#[serde(transparent)]
pub struct PartnerId(String);

impl<'de> Deserialize<'de> for PartnerId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        PartnerId::parse(&text).map_err(|e| serde::de::Error::custom(e.message))
    }
}

/// What a pasted text holds: the one partner ID, or the numbers the person must choose between.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum PartnerIdReading {
    One {
        id: PartnerId,
    },
    /// Several numbers could be the ID ("MPN ID: 1234567 Partner Location ID: 7654321"); a bulk run would apply
    /// the wrong one to hundreds of directories, so the person picks.
    Choose {
        candidates: Vec<PartnerId>,
    },
}

/// Why a pasted text is not a partner ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartnerIdProblem {
    Empty,
    /// Longer than any row someone would copy; refused without being read or repeated back.
    TooLong,
    NoDigits,
    /// A GUID: a directory (tenant) ID, object ID or the partner's "Partner ID" GUID, not the number needed.
    LooksLikeGuid,
    /// Several different numbers: the person must say which.
    Several(Vec<String>),
    /// A number of the wrong length.
    WrongLength(String),
    /// A number with a fraction ("1234567.5"), which no partner ID has.
    NotWhole(String),
    /// Only zeros: a placeholder, not an ID.
    AllZeros,
}

const MIN_DIGITS: usize = 5;
const MAX_DIGITS: usize = 10;
/// The longest text read at all. A Partner Center row is a few hundred characters; a paste of a whole page is not
/// a partner ID, and refusing it early keeps a million-character paste out of error messages and IPC.
pub const MAX_INPUT_CHARS: usize = 2_000;
/// How many candidates an error message lists, and how many the person is offered.
const MAX_CANDIDATES: usize = 6;

impl PartnerId {
    /// Finds the one partner ID in pasted text; several candidates are an error here (the command line and a
    /// value coming back over IPC must be exactly one ID). The UI asks with [`PartnerId::read`] first.
    pub fn parse(input: &str) -> Result<PartnerId, Error> {
        Self::parse_detailed(input).map_err(|p| problem_error(input, &p))
    }

    /// Reads pasted text for the form: one ID, a choice to offer, or an error that says what is wrong.
    pub fn read(input: &str) -> Result<PartnerIdReading, Error> {
        match Self::parse_detailed(input) {
            Ok(id) => Ok(PartnerIdReading::One { id }),
            Err(PartnerIdProblem::Several(numbers)) => {
                let candidates: Vec<PartnerId> = numbers
                    .iter()
                    .filter(|n| plausible(n))
                    .take(MAX_CANDIDATES)
                    .map(|n| PartnerId(n.clone()))
                    .collect();
                if candidates.len() >= 2 {
                    Ok(PartnerIdReading::Choose { candidates })
                } else {
                    Err(problem_error(input, &PartnerIdProblem::Several(numbers)))
                }
            }
            Err(p) => Err(problem_error(input, &p)),
        }
    }

    pub fn parse_detailed(input: &str) -> Result<PartnerId, PartnerIdProblem> {
        if input.chars().nth(MAX_INPUT_CHARS).is_some() {
            return Err(PartnerIdProblem::TooLong);
        }
        let text = normalize_chars(input);
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(PartnerIdProblem::Empty);
        }
        let (without_guids, had_guid) = strip_guids(trimmed);
        let mut unique: Vec<String> = Vec::new();
        let mut fraction = None;
        for number in numbers_in(&without_guids) {
            match number {
                Number::Whole(d) if !unique.contains(&d) => unique.push(d),
                Number::Whole(_) => {}
                Number::Fraction(text) => {
                    fraction.get_or_insert(text);
                }
            }
        }
        // In a pasted row, short numbers (a year, a count, a version "2.5") are not the ID when one plausible
        // number is present.
        let candidates: Vec<&String> = unique.iter().filter(|c| plausible(c)).collect();
        if let (0, Some(text)) = (candidates.len(), fraction) {
            return Err(PartnerIdProblem::NotWhole(text));
        }
        match (unique.len(), candidates.len()) {
            (0, _) if had_guid => Err(PartnerIdProblem::LooksLikeGuid),
            (0, _) => Err(PartnerIdProblem::NoDigits),
            (_, 1) => Ok(PartnerId(candidates[0].clone())),
            (1, 0) if all_zeros(&unique[0]) => Err(PartnerIdProblem::AllZeros),
            (1, 0) => Err(PartnerIdProblem::WrongLength(unique[0].clone())),
            (_, 0) if had_guid => Err(PartnerIdProblem::LooksLikeGuid),
            (_, 0) => Err(PartnerIdProblem::Several(unique)),
            _ => Err(PartnerIdProblem::Several(
                candidates.into_iter().cloned().collect(),
            )),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PartnerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn plausible(digits: &str) -> bool {
    (MIN_DIGITS..=MAX_DIGITS).contains(&digits.len()) && !all_zeros(digits)
}

fn all_zeros(digits: &str) -> bool {
    digits.bytes().all(|b| b == b'0')
}

/// The English refusal, short whatever was pasted: everything echoed is cut to an excerpt.
fn problem_error(input: &str, p: &PartnerIdProblem) -> Error {
    let why = match p {
        PartnerIdProblem::Empty => "No partner ID was entered.".to_owned(),
        PartnerIdProblem::TooLong => format!(
            "The text is longer than {MAX_INPUT_CHARS} characters; paste only the partner ID."
        ),
        PartnerIdProblem::NoDigits => format!("\"{}\" contains no number.", excerpt(input)),
        PartnerIdProblem::LooksLikeGuid => {
            "That looks like a directory (tenant) ID or another GUID, not the partner ID."
                .to_owned()
        }
        PartnerIdProblem::Several(n) => {
            let mut listed: Vec<String> =
                n.iter().take(MAX_CANDIDATES).map(|d| excerpt(d)).collect();
            if n.len() > MAX_CANDIDATES {
                listed.push("…".to_owned());
            }
            format!(
                "Several numbers were found ({}); enter only the partner ID.",
                listed.join(", ")
            )
        }
        PartnerIdProblem::WrongLength(d) => format!(
            "{} has {} digits; a partner ID has {MIN_DIGITS} to {MAX_DIGITS}.",
            excerpt(d),
            d.len()
        ),
        PartnerIdProblem::NotWhole(n) => {
            format!(
                "{} is not a whole number; a partner ID has no fraction.",
                excerpt(n)
            )
        }
        PartnerIdProblem::AllZeros => "A partner ID is never all zeros.".to_owned(),
    };
    let code = match p {
        PartnerIdProblem::Several(_) => ErrorCode::SeveralPartnerIds,
        _ => ErrorCode::InvalidPartnerId,
    };
    Error::new(code, format!("{why} {WHERE_TO_FIND}"))
}

/// The first code point (the digit zero) of each run of ten decimal digits people are likely to type with: the
/// Arabic-Indic and Eastern Arabic-Indic digits, the Indic scripts', Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian
/// and the full-width digits of Chinese and Japanese input methods. Unicode keeps each script's digits 0 to 9 in
/// one contiguous run (Unicode Standard, section 4.6, "Numeric Value"), so a digit's value is its distance from
/// its zero.
const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
];

fn ascii_digit(c: char) -> Option<char> {
    let code = c as u32;
    DIGIT_ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .map(|zero| char::from(b'0' + (code - zero) as u8))
}

/// Digits of every script become ASCII; full-width and Arabic punctuation become their ASCII look-alikes; every
/// kind of space becomes a space (a tab stays: it separates the cells of a copied row).
fn normalize_chars(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            c if ascii_digit(c).is_some() => ascii_digit(c).unwrap_or(c),
            '：' => ':',
            '，' | '\u{066C}' | '\u{060C}' => ',',
            '．' | '\u{066B}' => '.',
            '－' | '‐' | '‑' | '–' => '-',
            c if c.is_whitespace() && c != '\t' => ' ',
            '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{feff}' => ' ',
            c => c,
        })
        .collect()
}

/// A number found in the text: its digits, or the text of a number with a non-zero fraction.
#[derive(Debug, PartialEq, Eq)]
enum Number {
    Whole(String),
    Fraction(String),
}

/// The numbers in a text. A run of digit groups joined by single separators ("1 234 567", "123-4567",
/// "1,234,567.00") is read as one number when its grouping is one people write; otherwise each group is a number
/// of its own ("1234567, 7654321").
fn numbers_in(text: &str) -> Vec<Number> {
    let chars: Vec<char> = text.chars().collect();
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        // One run: groups of digits, each after the separator that joined it to the one before.
        let mut groups: Vec<(Option<char>, String)> = Vec::new();
        let mut sep = None;
        loop {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            groups.push((sep, chars[start..i].iter().collect()));
            let joins = i + 1 < chars.len()
                && matches!(chars[i], ' ' | '-' | ',' | '.')
                && chars[i + 1].is_ascii_digit();
            if !joins {
                break;
            }
            sep = Some(chars[i]);
            i += 1;
        }
        numbers.extend(read_run(groups));
    }
    numbers
}

fn read_run(mut groups: Vec<(Option<char>, String)>) -> Vec<Number> {
    if grouped(&groups) {
        return vec![Number::Whole(groups.into_iter().map(|(_, g)| g).collect())];
    }
    // A decimal tail: "1234567.0" and "1,234,567.00" from a spreadsheet are the whole number; "1234567.5" is no ID.
    if let Some((Some('.' | ','), tail)) = groups.last() {
        if groups.len() >= 2 {
            let tail = tail.clone();
            let whole: Vec<(Option<char>, String)> = groups[..groups.len() - 1].to_vec();
            if all_zeros(&tail) && (whole.len() == 1 || grouped(&whole)) {
                groups = whole;
                return read_run(groups);
            }
            if tail.len() <= 2 && (whole.len() == 1 || grouped(&whole)) {
                let text: String = groups
                    .iter()
                    .map(|(s, g)| format!("{}{g}", s.map(String::from).unwrap_or_default()))
                    .collect();
                return vec![Number::Fraction(text)];
            }
        }
    }
    groups.into_iter().map(|(_, g)| Number::Whole(g)).collect()
}

/// Whether a run of groups is one number written in groups: thousands separated by commas or dots (a first group
/// of one to three digits, then groups of three), or short groups separated by spaces or hyphens ("1 234 567",
/// "123-4567"), as long as no group is long enough to be an ID of its own.
fn grouped(groups: &[(Option<char>, String)]) -> bool {
    if groups.len() < 2 {
        return groups.len() == 1;
    }
    let first = groups[0].1.len();
    groups[1..].iter().all(|(sep, g)| match sep {
        Some(',' | '.') => first <= 3 && g.len() == 3,
        Some(' ' | '-') => first < MIN_DIGITS && g.len() < MIN_DIGITS,
        _ => false,
    })
}

/// Removes GUIDs (8-4-4-4-12 hex) so their digits are not mistaken for an ID; says whether there were any.
fn strip_guids(s: &str) -> (String, bool) {
    let bytes: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut found = false;
    let mut i = 0;
    while i < bytes.len() {
        if i + 36 <= bytes.len() && is_guid(&bytes[i..i + 36]) {
            found = true;
            out.push(' ');
            i += 36;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    (out, found)
}

fn is_guid(c: &[char]) -> bool {
    c.iter().enumerate().all(|(i, ch)| match i {
        8 | 13 | 18 | 23 => *ch == '-',
        _ => ch.is_ascii_hexdigit(),
    })
}

fn excerpt(s: &str) -> String {
    let t: String = s.trim().chars().take(40).collect();
    if s.trim().chars().count() > 40 {
        format!("{t}…")
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> String {
        PartnerId::parse_detailed(input)
            .unwrap_or_else(|e| panic!("{input:?}: {e:?}"))
            .to_string()
    }

    fn problem(input: &str) -> PartnerIdProblem {
        PartnerId::parse_detailed(input).expect_err(input)
    }

    #[test]
    fn plain_and_spaced_ids() {
        assert_eq!(ok("1234567"), "1234567");
        assert_eq!(ok("  1234567\n"), "1234567");
        assert_eq!(ok("1 234 567"), "1234567");
        assert_eq!(ok("123-4567"), "1234567");
        assert_eq!(ok("1,234,567"), "1234567");
        assert_eq!(ok("1\u{a0}234\u{2009}567"), "1234567");
        assert_eq!(ok("123456"), "123456");
        assert_eq!(ok("12345"), "12345");
    }

    #[test]
    fn labels_people_paste() {
        assert_eq!(ok("MPN ID: 1234567"), "1234567");
        assert_eq!(ok("Associated PartnerID: 1 234 567"), "1234567");
        assert_eq!(ok("Associated MPN ID=1234567"), "1234567");
        assert_eq!(ok("MPN-1234567"), "1234567");
        assert_eq!(ok("#1234567"), "1234567");
        assert_eq!(ok("(1234567)"), "1234567");
        assert_eq!(ok("\"1234567\""), "1234567");
    }

    #[test]
    fn rows_copied_from_partner_center() {
        assert_eq!(
            ok("Associated PartnerID\t1234567\tContoso Partner Ltd\tActive"),
            "1234567"
        );
        assert_eq!(ok("Contoso Partner Ltd 1234567 United States"), "1234567");
        // A year or a short count beside the ID is not mistaken for it.
        assert_eq!(ok("Contoso Partner Ltd (since 2019) 1234567"), "1234567");
        // A directory GUID beside the ID is ignored.
        assert_eq!(
            ok("aaaaaaaa-0000-4000-8000-000000000001 1234567"),
            "1234567"
        );
    }

    #[test]
    fn full_width_digits_from_a_chinese_input_method() {
        assert_eq!(ok("１２３４５６７"), "1234567");
        assert_eq!(ok("合作夥伴識別碼：１２３４５６７"), "1234567");
    }

    #[test]
    fn refusals() {
        assert_eq!(problem(""), PartnerIdProblem::Empty);
        assert_eq!(problem("   \n"), PartnerIdProblem::Empty);
        assert_eq!(problem("Contoso"), PartnerIdProblem::NoDigits);
        assert_eq!(
            problem("aaaaaaaa-0000-4000-8000-000000000001"),
            PartnerIdProblem::LooksLikeGuid
        );
        assert_eq!(
            problem("1234567 and 7654321"),
            PartnerIdProblem::Several(vec!["1234567".into(), "7654321".into()])
        );
        assert_eq!(
            problem("1234"),
            PartnerIdProblem::WrongLength("1234".into())
        );
        assert_eq!(
            problem("12345678901"),
            PartnerIdProblem::WrongLength("12345678901".into())
        );
        assert!(matches!(problem("12 and 34"), PartnerIdProblem::Several(_)));
    }

    #[test]
    fn spreadsheet_cells_are_whole_numbers() {
        assert_eq!(ok("1234567.0"), "1234567");
        assert_eq!(ok("1234567.00"), "1234567");
        assert_eq!(ok("1,234,567.00"), "1234567");
        assert_eq!(ok("1.234.567"), "1234567");
        assert_eq!(ok("1.234.567,00"), "1234567");
        assert_eq!(
            problem("1234567.5"),
            PartnerIdProblem::NotWhole("1234567.5".into())
        );
        // A version number beside the ID is not the ID, and not a reason to refuse.
        assert_eq!(ok("Exported by tool 2.5: 1234567"), "1234567");
    }

    #[test]
    fn two_labelled_numbers_are_a_question_not_a_guess() {
        assert_eq!(
            problem("MPN ID: 1234567 Partner Location ID: 7654321"),
            PartnerIdProblem::Several(vec!["1234567".into(), "7654321".into()])
        );
        assert_eq!(
            problem("1234567, 7654321"),
            PartnerIdProblem::Several(vec!["1234567".into(), "7654321".into()])
        );
        assert_eq!(
            problem("1234567,7654321"),
            PartnerIdProblem::Several(vec!["1234567".into(), "7654321".into()])
        );
        assert_eq!(
            PartnerId::read("MPN ID: 1234567 Partner Location ID: 7654321").unwrap(),
            PartnerIdReading::Choose {
                candidates: vec![PartnerId("1234567".into()), PartnerId("7654321".into())]
            }
        );
        assert_eq!(
            PartnerId::read(" 1 234 567 ").unwrap(),
            PartnerIdReading::One {
                id: PartnerId("1234567".into())
            }
        );
        let e = PartnerId::parse("1234567 or 7654321").unwrap_err();
        assert_eq!(e.code, ErrorCode::SeveralPartnerIds);
        assert!(e.message.contains("1234567, 7654321"), "{}", e.message);
    }

    #[test]
    fn digits_of_other_scripts() {
        // Arabic-Indic, Eastern Arabic-Indic (Persian, Urdu) and Devanagari digits.
        assert_eq!(ok("١٢٣٤٥٦٧"), "1234567");
        assert_eq!(ok("۱۲۳۴۵۶۷"), "1234567");
        assert_eq!(ok("१२३४५६७"), "1234567");
        // The Arabic thousands separator.
        assert_eq!(ok("١٬٢٣٤٬٥٦٧"), "1234567");
    }

    #[test]
    fn zeros_are_a_placeholder() {
        assert_eq!(problem("0000000"), PartnerIdProblem::AllZeros);
        assert_eq!(problem("000 0000"), PartnerIdProblem::AllZeros);
        assert_eq!(ok("0000000 1234567"), "1234567");
    }

    #[test]
    fn a_huge_paste_is_refused_without_being_repeated() {
        let million = "7".repeat(1_000_000);
        assert_eq!(problem(&million), PartnerIdProblem::TooLong);
        let e = PartnerId::parse(&million).unwrap_err();
        assert!(e.message.len() < 400, "{} bytes", e.message.len());
        // Just under the limit, a long number is named by an excerpt.
        let long = "7".repeat(MAX_INPUT_CHARS - 1);
        let e = PartnerId::parse(&long).unwrap_err();
        assert!(e.message.len() < 400, "{} bytes", e.message.len());
        let many: String = (1_000_000..1_000_200).map(|n| format!("{n} ")).collect();
        let e = PartnerId::parse(&many).unwrap_err();
        assert!(e.message.len() < 500, "{} bytes", e.message.len());
        let PartnerIdReading::Choose { candidates } = PartnerId::read(&many).unwrap() else {
            panic!("several candidates")
        };
        assert_eq!(candidates.len(), MAX_CANDIDATES);
    }

    #[test]
    fn deserializing_validates() {
        let id: PartnerId = serde_json::from_str("\"1234567\"").unwrap();
        assert_eq!(id.as_str(), "1234567");
        assert!(serde_json::from_str::<PartnerId>("\"../../x\"").is_err());
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"1234567\"");
    }

    #[test]
    fn repeated_id_is_one_id() {
        assert_eq!(ok("1234567 / 1234567"), "1234567");
    }

    #[test]
    fn refusal_says_where_the_right_id_is() {
        let e = PartnerId::parse("abc").unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidPartnerId);
        assert!(e.message.contains("Partner Center"), "{}", e.message);
        assert!(e.message.contains("Identifiers"), "{}", e.message);
        assert!(e.message.contains("Associated PartnerID"), "{}", e.message);
    }
}
