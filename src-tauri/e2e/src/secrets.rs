//! Looking for secrets where none may be: in the files the app wrote, in what it printed and in what it told the
//! webview. Invariant 8 of ARCHITECTURE.md says tokens and secrets never cross IPC, reach logs or sit on disk
//! unencrypted; these functions are how an end-to-end test proves it for one run.

/// Every place in `haystacks` (each a name and its text) where a JSON Web Token or one of `secrets` occurs, as
/// human-readable findings such as `"file data/…/activity-log.jsonl: a JWT (eyJ0eXAiOiJKV1Qi…, 1187 characters)"`.
/// Empty means nothing leaked.
///
/// Any JWT counts, not only the ones a test knows about: access and ID tokens are the only JWTs the app handles,
/// and none of them may be stored or shown. Findings quote only the start of what was found, so that a failing
/// test does not itself copy a whole secret into the test log. Empty secrets are skipped, as they would match
/// everything.
pub fn find_secrets(haystacks: &[(&str, String)], secrets: &[String]) -> Vec<String> {
    let mut findings = Vec::new();
    for (name, text) in haystacks {
        for jwt in find_jwts(text) {
            findings.push(format!(
                "{name}: a JWT ({}, {} characters)",
                preview(jwt),
                jwt.len()
            ));
        }
        for secret in secrets.iter().filter(|s| !s.is_empty()) {
            let count = text.matches(secret.as_str()).count();
            if count > 0 {
                findings.push(format!(
                    "{name}: the secret {} ({} characters) {count} time(s)",
                    preview(secret),
                    secret.len()
                ));
            }
        }
    }
    findings
}

/// The JSON Web Tokens in `text`: `eyJ`, base64url characters, a `.`, and `eyJ` again (a JWT's header and its
/// payload are both base64url-encoded JSON objects, so both start with the encoding of `{"`). The whole run of
/// base64url characters and dots from there is returned, signature included.
pub fn find_jwts(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = text[from..].find("eyJ") {
        let start = from + offset;
        let header_end = start + 3 + run_len(&bytes[start + 3..], is_base64url);
        let is_jwt =
            bytes.get(header_end) == Some(&b'.') && bytes[header_end + 1..].starts_with(b"eyJ");
        if !is_jwt {
            from = start + 3;
            continue;
        }
        let end = header_end + run_len(&bytes[header_end..], |b| is_base64url(b) || b == b'.');
        found.push(&text[start..end]);
        from = end;
    }
    found
}

fn is_base64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

fn run_len(bytes: &[u8], keep: impl Fn(u8) -> bool) -> usize {
    bytes.iter().take_while(|&&b| keep(b)).count()
}

/// The first few characters of a secret and an ellipsis: enough to recognise it, not enough to use it.
fn preview(secret: &str) -> String {
    let start: String = secret.chars().take(12).collect();
    if start.len() < secret.len() {
        format!("{start}…")
    } else {
        // A short secret is shown in part only, for the same reason.
        let half: String = secret.chars().take(secret.chars().count() / 2).collect();
        format!("{half}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JWT: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl-_x";

    #[test]
    fn finds_a_jwt_inside_other_text_and_quotes_only_its_start() {
        let text = format!("{{\"access_token\":\"{JWT}\",\"x\":1}}");
        assert_eq!(find_jwts(&text), vec![JWT]);
        let findings = find_secrets(&[("stderr", text)], &[]);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert!(findings[0].starts_with("stderr: a JWT (eyJhbGciOiJS…"));
        assert!(!findings[0].contains(JWT));
    }

    #[test]
    fn base64_json_that_is_not_a_jwt_is_not_reported() {
        // client_info is base64url JSON without a second part; "eyJ" alone, or followed by a dot and something
        // else, is not a token either.
        let text = "client_info=eyJ1aWQiOiJhIn0 eyJ. eyJabc.def eyJabc.";
        assert!(find_jwts(text).is_empty());
    }

    #[test]
    fn finds_every_jwt_and_every_named_secret_in_every_haystack() {
        let haystacks = [
            ("file a", format!("{JWT}\n{JWT}")),
            ("file b", "Practice-Pass-1 and Practice-Pass-1".to_owned()),
            ("file c", "nothing here".to_owned()),
        ];
        let secrets = ["Practice-Pass-1".to_owned(), String::new()];
        let findings = find_secrets(&haystacks, &secrets);
        assert_eq!(findings.len(), 3, "{findings:?}");
        assert!(findings[0].starts_with("file a: a JWT"));
        assert!(findings[1].starts_with("file a: a JWT"));
        assert_eq!(
            findings[2],
            "file b: the secret Practice-Pas… (15 characters) 2 time(s)"
        );
    }

    #[test]
    fn lossy_decoded_binary_is_searched_without_panicking() {
        let mut bytes = vec![0xff, 0xfe, 0x00];
        bytes.extend_from_slice(JWT.as_bytes());
        bytes.extend_from_slice(&[0xc3, 0x28, b'e', b'y', b'J']);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        assert_eq!(find_jwts(&text), vec![JWT]);
    }

    #[test]
    fn short_secrets_are_shown_by_half() {
        assert_eq!(preview("abcdefgh"), "abcd…");
        assert_eq!(preview("abcdefghijklmnop"), "abcdefghijkl…");
    }
}
