//! One entry point per parser of outside input, each checking what must hold whatever the input: no panic, and
//! the promises the parser makes (a partner ID is digits, a tenant cannot change a URL's path, an error message
//! stays short, a damaged file names itself). The property tests below run them on random input in every test
//! run; the fuzz targets in `fuzz/` run the same functions under libFuzzer for as long as asked
//! (`cargo xtask fuzz`).
//!
//! Each function panics when a promise is broken: that is what the fuzzer and the property tests look for.

use std::path::Path;

use crate::ErrorCode;

/// The longest English detail an error may carry across IPC, whatever was pasted or answered.
pub const MAX_MESSAGE_BYTES: usize = 2_000;

/// A fuzz target: it panics when its parser breaks a promise on `data`.
pub type Target = fn(&[u8]);

/// The targets by name, for `cargo xtask fuzz` and the fuzz crate.
pub const TARGETS: &[(&str, Target)] = &[
    ("partner_id", partner_id),
    ("tenant_id", tenant_id),
    ("account_id", account_id),
    ("entra_error", entra_error),
    ("arm_error", arm_error),
    ("redirect", redirect),
    ("settings_file", settings_file),
    ("sign_in_app_file", sign_in_app_file),
    ("jsonl_lines", jsonl_lines),
    ("scrub", scrub),
];

fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// Pasted partner IDs: an accepted ID is 5 to 10 ASCII digits, not all zeros; `read` and `parse` agree; every
/// refusal is short.
pub fn partner_id(data: &[u8]) {
    use crate::partner_id::{PartnerId, PartnerIdReading};
    let input = text(data);
    let parsed = PartnerId::parse(&input);
    match &parsed {
        Ok(id) => {
            let s = id.as_str();
            assert!((5..=10).contains(&s.len()), "{s:?}");
            assert!(s.bytes().all(|b| b.is_ascii_digit()), "{s:?}");
            assert!(!s.bytes().all(|b| b == b'0'), "{s:?}");
        }
        Err(e) => {
            assert!(
                e.message.len() <= MAX_MESSAGE_BYTES,
                "{} bytes",
                e.message.len()
            );
            assert!(matches!(
                e.code,
                ErrorCode::InvalidPartnerId | ErrorCode::SeveralPartnerIds
            ));
        }
    }
    match PartnerId::read(&input) {
        Ok(PartnerIdReading::One { id }) => assert_eq!(Some(&id), parsed.as_ref().ok()),
        Ok(PartnerIdReading::Choose { candidates }) => {
            assert!(candidates.len() >= 2 && parsed.is_err());
            for c in candidates {
                assert_eq!(PartnerId::parse(c.as_str()).ok(), Some(c));
            }
        }
        Err(e) => assert!(e.message.len() <= MAX_MESSAGE_BYTES),
    }
}

/// Tenant strings (a GUID or a domain): an accepted one can go into a URL's path without changing it, and reads
/// back as itself.
pub fn tenant_id(data: &[u8]) {
    let input = text(data);
    if let Ok(t) = crate::ids::TenantId::parse(&input) {
        let s = t.as_str();
        assert!(!s.is_empty());
        assert!(
            s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'),
            "{s:?} could change a URL"
        );
        assert!(!s.contains(".."), "{s:?}");
        assert_eq!(crate::ids::TenantId::parse(s).ok().as_ref(), Some(&t));
    }
}

/// The sign-in cache's account keys: whatever parses prints back to the same key.
pub fn account_id(data: &[u8]) {
    let input = text(data);
    if let Ok(a) = crate::ids::AccountId::parse(&input) {
        let again =
            crate::ids::AccountId::parse(&a.to_string()).expect("a parsed key parses again");
        assert_eq!(again, a);
    }
}

/// Entra ID's error answers, as JSON (the token endpoint) and as a query (the redirect): a code is always found,
/// and the message is bounded.
pub fn entra_error(data: &[u8]) {
    use crate::auth::aad_error::AadErrorResponse;
    if let Ok(e) = serde_json::from_slice::<AadErrorResponse>(data) {
        let _ = e.code();
        let _ = e.aadsts();
        let error = e.to_error(Some("https://login.microsoftonline.com/x/adminconsent"));
        assert!(!error.message.is_empty());
    }
    let query = text(data);
    let pairs: Vec<(String, String)> = oauth2::url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let e = AadErrorResponse::from_query_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let _ = e.code();
}

/// Resource Manager's error bodies, whatever a proxy in front of it sends: the message is bounded and holds
/// nothing token-shaped once it is an `Error`.
pub fn arm_error(data: &[u8]) {
    let status = data.first().map_or(400, |b| 400 + u16::from(*b % 200));
    let body = data.get(1..).unwrap_or_default();
    let url = "https://management.azure.com/providers/Microsoft.ManagementPartner/partners";
    let (code, azure_code, message) = crate::arm::read_error_answer(status, body, url);
    assert!(message.chars().count() <= 300);
    assert!(azure_code.is_none_or(|c| c.chars().count() <= 100));
    let error = crate::Error::new(code, message);
    assert_eq!(crate::secret::scrub(&error.message), error.message);
}

/// Requests at the sign-in redirect listener: only `GET /?…` with the expected state is taken as the redirect.
pub fn redirect(data: &[u8]) {
    use crate::auth::browser::{read_request, Redirect};
    const STATE: &str = "expected-state-1234";
    let (status, _page, found) = read_request(data, STATE);
    let head = text(data);
    let line = head.lines().next().unwrap_or("");
    match found {
        Some(r) => {
            assert_eq!(status, 200);
            assert!(line.starts_with("GET /?"), "{line:?}");
            assert!(line.contains(STATE), "{line:?}");
            if let Redirect::Code(code) = r {
                assert!(line.contains("code="), "{code:?} from {line:?}");
            }
        }
        None => assert!(status == 404 || status == 400),
    }
}

/// The settings file: it reads, or the refusal names the file and says it is damaged; nothing panics.
pub fn settings_file(data: &[u8]) {
    let path = Path::new("/config/settings.json");
    if let Err(e) = crate::settings::Settings::parse(data, path) {
        assert_eq!(e.code, ErrorCode::SettingsFileDamaged);
        assert!(e.message.contains("/config/settings.json"), "{}", e.message);
    }
}

/// The sign-in app file IT deploys: a client ID that is a GUID and not Microsoft's, or a refusal naming the file.
pub fn sign_in_app_file(data: &[u8]) {
    let path = Path::new("/config/sign-in-app.json");
    match crate::auth::client_id_from_bytes(data, path) {
        Ok(id) => {
            assert!(crate::ids::is_guid(&id), "{id:?}");
            assert!(!crate::auth::FIRST_PARTY_CLIENT_IDS.contains(&id.as_str()));
        }
        Err(e) => {
            assert_eq!(e.code, ErrorCode::SettingsFileDamaged);
            assert!(
                e.message.contains("/config/sign-in-app.json"),
                "{}",
                e.message
            );
        }
    }
}

/// The activity log's and bulk journal's lines: every line is either read or counted as damaged.
pub fn jsonl_lines(data: &[u8]) {
    let lines = crate::jsonl::parse::<serde_json::Value>(data);
    let non_blank = data
        .split(|b| *b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    assert_eq!(lines.records.len() + lines.damaged, non_blank);
    let _ = crate::everywhere::BulkJournal::parse_pending(data);
    let _ = crate::jsonl::parse::<crate::activity_log::ActivityEntry>(data);
}

/// The scrubber of error texts: scrubbing twice changes nothing more, and no JWT survives it.
pub fn scrub(data: &[u8]) {
    let input = text(data);
    let once = crate::secret::scrub(&input).into_owned();
    let twice = crate::secret::scrub(&once).into_owned();
    assert_eq!(once, twice);
    for word in once.split(|c: char| !(c.is_ascii_alphanumeric() || "-_.".contains(c))) {
        assert!(
            !(word.starts_with("eyJ") && word.len() >= 20),
            "{word:?} survived"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Input that looks like what these parsers meet: mostly printable text with the characters their grammars
    /// turn on, sometimes raw bytes.
    fn inputs() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..300),
            "[ -~\t\n０-９١-٩：，．]{0,200}".prop_map(String::into_bytes),
            "(GET|POST) /?(\\?(code|state|error|admin_consent|tenant)=[a-z0-9%-]{0,20}(&(code|state|error|admin_consent|tenant)=[a-z0-9%-]{0,20}){0,4})? HTTP/1.1\r\n"
                .prop_map(String::into_bytes),
            "\\{(\"[a-zA-Z_]{1,12}\": ?(\"[^\"]{0,30}\"|[0-9]{1,6}|null|true|\\[\\])(, ?)?){0,5}\\}"
                .prop_map(String::into_bytes),
            // Shapes the long fuzz runs found failures in: JWT-looking words glued to other token characters, and
            // Entra answers whose `error` is empty.
            "[a-z+~ ]{0,3}eyJ[A-Za-z0-9_~+.-]{15,40}".prop_map(String::into_bytes),
            "\\{\"error\": ?\" {0,2}\"(, ?\"error_codes\": ?\\[[0-9]{5}\\])?\\}".prop_map(String::into_bytes),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn every_parser_keeps_its_promises_on_random_input(data in inputs()) {
            for (_, target) in TARGETS {
                target(&data);
            }
        }
    }

    /// The state comparison cannot be passed by a request that is not the redirect.
    #[test]
    fn the_redirect_target_knows_a_real_redirect() {
        redirect(b"GET /?code=abc&state=expected-state-1234 HTTP/1.1\r\n\r\n");
        let (status, _, found) = crate::auth::browser::read_request(
            b"GET /favicon.ico?code=abc&state=expected-state-1234 HTTP/1.1\r\n",
            "expected-state-1234",
        );
        assert_eq!((status, found.is_none()), (404, true));
    }
}
