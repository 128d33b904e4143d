//! The partner-ID field: takes what people paste and finds the Associated Partner ID in it, or says why not.
//!
//! People paste "1234567", " 1 234 567 ", "MPN ID: 1234567", a whole row copied from Partner Center, or the
//! wrong identifier (a directory GUID). This module is pure: no I/O, exhaustively tested. Whether the ID belongs
//! to an enrolled partner only Microsoft knows; it answers that when the link is made.

use std::fmt;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{Error, ErrorCode};

/// Where the right ID is, said in every refusal.
pub const WHERE_TO_FIND: &str = "The Associated Partner ID is in Partner Center: Account settings > Identifiers, \"Associated PartnerID\" (older name: MPN ID). It is a number, usually 6 or 7 digits.";

/// A normalized Associated Partner ID: ASCII digits only, 5 to 10 of them. It is deserialized through
/// [`PartnerId::parse`], so a value coming back from the UI is checked again before it reaches a URL.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Type)]
#[serde(transparent)]
pub struct PartnerId(String);

impl<'de> Deserialize<'de> for PartnerId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        PartnerId::parse(&text).map_err(|e| serde::de::Error::custom(e.message))
    }
}

/// Why a pasted text is not a partner ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartnerIdProblem {
    Empty,
    NoDigits,
    /// A GUID: a directory (tenant) ID, object ID or the partner's "Partner ID" GUID, not the number needed.
    LooksLikeGuid,
    /// Several different numbers: the person must say which.
    Several(Vec<String>),
    /// A number of the wrong length.
    WrongLength(String),
}

const MIN_DIGITS: usize = 5;
const MAX_DIGITS: usize = 10;

impl PartnerId {
    /// Finds the partner ID in pasted text.
    pub fn parse(input: &str) -> Result<PartnerId, Error> {
        Self::parse_detailed(input).map_err(|p| {
            let why = match &p {
                PartnerIdProblem::Empty => "No partner ID was entered.".to_owned(),
                PartnerIdProblem::NoDigits => format!("\"{}\" contains no number.", excerpt(input)),
                PartnerIdProblem::LooksLikeGuid => {
                    "That looks like a directory (tenant) ID or another GUID, not the partner ID."
                        .to_owned()
                }
                PartnerIdProblem::Several(n) => format!(
                    "Several numbers were found ({}); enter only the partner ID.",
                    n.join(", ")
                ),
                PartnerIdProblem::WrongLength(d) => format!(
                    "{d} has {} digits; a partner ID has {MIN_DIGITS} to {MAX_DIGITS}.",
                    d.len()
                ),
            };
            Error::new(
                ErrorCode::InvalidPartnerId,
                format!("{why} {WHERE_TO_FIND}"),
            )
        })
    }

    pub fn parse_detailed(input: &str) -> Result<PartnerId, PartnerIdProblem> {
        let text = normalize_chars(input);
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(PartnerIdProblem::Empty);
        }
        let (without_guids, had_guid) = strip_guids(trimmed);
        // A label before a colon ("MPN ID: 1 234 567") is dropped, so digit groups after it can be joined.
        let value_part = without_guids
            .rsplit([':', '=', '\t'])
            .next()
            .unwrap_or(&without_guids)
            .trim();
        let only_grouped_digits = |s: &str| {
            s.chars().any(|c| c.is_ascii_digit())
                && s.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | ','))
        };
        let mut candidates: Vec<String> = if only_grouped_digits(value_part) {
            vec![value_part.chars().filter(char::is_ascii_digit).collect()]
        } else {
            without_guids
                .split(|c: char| !c.is_ascii_digit())
                .filter(|run| !run.is_empty())
                .map(str::to_owned)
                .collect()
        };
        candidates.dedup();
        let mut unique: Vec<String> = Vec::new();
        for c in candidates {
            if !unique.contains(&c) {
                unique.push(c);
            }
        }
        // In a pasted row, short numbers (a year, a count) are not the ID when one plausible number is present.
        let plausible: Vec<&String> = unique
            .iter()
            .filter(|c| (MIN_DIGITS..=MAX_DIGITS).contains(&c.len()))
            .collect();
        match (unique.len(), plausible.len()) {
            (0, _) if had_guid => Err(PartnerIdProblem::LooksLikeGuid),
            (0, _) => Err(PartnerIdProblem::NoDigits),
            (_, 1) => Ok(PartnerId(plausible[0].clone())),
            (1, 0) => Err(PartnerIdProblem::WrongLength(unique[0].clone())),
            (_, 0) if had_guid => Err(PartnerIdProblem::LooksLikeGuid),
            (_, 0) => Err(PartnerIdProblem::Several(unique)),
            _ => Err(PartnerIdProblem::Several(
                plausible.into_iter().cloned().collect(),
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

/// Full-width digits (typed with a Chinese input method) become ASCII; every kind of space becomes a space.
fn normalize_chars(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '：' => ':',
            '－' | '‐' | '‑' | '–' => '-',
            c if c.is_whitespace() && c != '\t' => ' ',
            '\u{200b}' | '\u{feff}' => ' ',
            c => c,
        })
        .collect()
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
