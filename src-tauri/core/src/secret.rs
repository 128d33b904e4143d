//! A wrapper that keeps secrets out of logs, IPC and files by construction.

use std::fmt;

use zeroize::Zeroize;

/// A secret value (an access token, a refresh token, a client secret). Its `Debug` and `Display` print
/// `<redacted>`, it implements neither `Serialize` nor `Clone` by accident of derive, and its memory is wiped when
/// dropped. Read it only where it is sent, with [`Sensitive::expose`].
pub struct Sensitive<T: Zeroize>(T);

impl<T: Zeroize> Sensitive<T> {
    pub fn new(value: T) -> Self {
        Sensitive(value)
    }

    /// The secret itself. Every call site is a place where the secret leaves this wrapper; keep them few.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T: Zeroize + Clone> Clone for Sensitive<T> {
    fn clone(&self) -> Self {
        Sensitive(self.0.clone())
    }
}

impl<T: Zeroize> Drop for Sensitive<T> {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl<T: Zeroize> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<T: Zeroize> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<String> for Sensitive<String> {
    fn from(value: String) -> Self {
        Sensitive(value)
    }
}

/// What stands in for a secret removed from a text.
pub const REDACTED: &str = "<redacted>";

/// Names whose value is a secret wherever a text carries `name=value` (a query string or form body echoed back in
/// an error) or `"name": "value"` (JSON).
const SECRET_NAMES: &[&str] = &[
    "access_token",
    "refresh_token",
    "id_token",
    "client_secret",
    "client_assertion",
    "assertion",
    "password",
    "code_verifier",
];

/// Names whose value is a secret only in `name=value` form: an authorization code in a redirect, a storage
/// signature. In JSON, `"code"` is Azure's error code, which support needs.
const QUERY_SECRET_NAMES: &[&str] = &["code", "sig"];

/// The shortest run that is taken for a token or secret by its shape alone. Entra client secrets are 40
/// characters, JWT segments and refresh tokens far longer; GUIDs, host names and Azure error codes are shorter,
/// or lack one of the three kinds of character.
const TOKEN_SHAPED_LEN: usize = 32;

/// Removes anything token-shaped from a text that came from outside (an error body from Resource Manager or
/// Entra ID, the Azure CLI's stderr) before it reaches IPC, a log, the journal or `--json`: JWTs, `Bearer`
/// values, the values of [`SECRET_NAMES`], and any run of 32 or more token characters that mixes upper case,
/// lower case and digits. A scrubbed text may lose an odd identifier; it never keeps a credential.
pub fn scrub(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = text;
    while !rest.is_empty() {
        let word_len = rest.find(|c: char| !is_token_char(c)).unwrap_or(rest.len());
        if word_len == 0 {
            // A delimiter: copy it, then see whether it ends a `name=` or `"name": "` or `Bearer `.
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
            if let Some(skip) = secret_value_after(&out, rest) {
                out.push_str(REDACTED);
                rest = &rest[skip..];
                changed = true;
            }
            continue;
        }
        let word = &rest[..word_len];
        if token_shaped(word) {
            out.push_str(REDACTED);
            changed = true;
        } else {
            out.push_str(word);
        }
        rest = &rest[word_len..];
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '~' | '+')
}

fn token_shaped(word: &str) -> bool {
    // A JWT's alphabet has no `~` or `+`, so one can sit inside a word right after either (`x+eyJ…`).
    if word
        .split(['~', '+'])
        .any(|part| part.starts_with("eyJ") && part.len() >= 20)
    {
        return true;
    }
    word.len() >= TOKEN_SHAPED_LEN
        && word.bytes().any(|b| b.is_ascii_uppercase())
        && word.bytes().any(|b| b.is_ascii_lowercase())
        && word.bytes().any(|b| b.is_ascii_digit())
}

/// When `before` ends with a secret's name and its separator (`code=`, `"password": "`, `Bearer `), how many
/// bytes of `after` are the secret's value.
fn secret_value_after(before: &str, after: &str) -> Option<usize> {
    let lower_tail: String = before
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_ascii_lowercase();
    let named = |sep: &str, names: &[&str]| {
        names.iter().any(|name| {
            lower_tail
                .strip_suffix(sep)
                .and_then(|t| t.strip_suffix(name))
                .is_some_and(|t| {
                    t.is_empty() || !t.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                })
        })
    };
    let value_end = |stop: &dyn Fn(char) -> bool| after.find(stop).unwrap_or(after.len());
    let query_form = named("=", SECRET_NAMES) || named("=", QUERY_SECRET_NAMES);
    let len = if lower_tail.ends_with("bearer ") || query_form {
        value_end(&|c: char| c.is_whitespace() || matches!(c, '&' | '"' | '\'' | ',' | ';' | ')'))
    } else if named("\": \"", SECRET_NAMES) || named("\":\"", SECRET_NAMES) {
        value_end(&|c: char| c == '"')
    } else {
        return None;
    };
    (len > 0).then_some(len)
}

/// Stops the operating system from writing this process's memory to a core file when it crashes: that memory
/// holds access tokens and, for a moment, a secret typed into the form, and a core file sits on disk unencrypted.
/// The limit is inherited, so the webview's processes started afterwards are covered too. Windows writes no crash
/// dump of its own unless the machine is set up to (Windows Error Reporting's LocalDumps), which the app leaves
/// to its IT department.
pub fn forbid_core_files() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit reads the struct it is given and changes only this process's limits.
        if unsafe { libc::setrlimit(libc::RLIMIT_CORE, &none) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_the_secret() {
        let s = Sensitive::new("eyJ0eXAi.secret".to_owned());
        assert_eq!(format!("{s:?} {s}"), "<redacted> <redacted>");
        assert_eq!(s.expose(), "eyJ0eXAi.secret");
    }

    #[test]
    fn scrubs_what_looks_like_a_credential() {
        let jwt = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQifQ.c2lnbmF0dXJl";
        let cases = [
            (format!("The token {jwt} is expired."), "The token <redacted> is expired."),
            ("Authorization: Bearer abc.def".to_owned(), "Authorization: Bearer <redacted>"),
            (
                "POST /token?client_secret=Xy7~Q8s.abc&grant_type=refresh_token&refresh_token=0.AAAbc".to_owned(),
                "POST /token?client_secret=<redacted>&grant_type=refresh_token&refresh_token=<redacted>",
            ),
            (
                r#"{"refresh_token": "1.AXEA-x", "code": "AuthorizationFailed"}"#.to_owned(),
                r#"{"refresh_token": "<redacted>", "code": "AuthorizationFailed"}"#,
            ),
            (
                "secret Abc8Q~d0e1f2g3h4i5j6k7l8m9n0o1p2q3r4s5t6 leaked".to_owned(),
                "secret <redacted> leaked",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(scrub(&input), want, "{input}");
        }
    }

    /// Found by `cargo xtask fuzz`: a JWT right after a `+` or `~` (token characters, but not a JWT's) survived.
    #[test]
    fn a_jwt_glued_to_other_token_characters_is_still_removed() {
        for text in [
            "a+eyJ0eXAiOiJKV1QiLCJhbGciOi",
            "x~eyJ0eXAiOiJKV1QiLCJhbGciOi.eyJhdWQi",
        ] {
            let scrubbed = scrub(text);
            assert!(!scrubbed.contains("eyJ"), "{text}: {scrubbed}");
        }
    }

    #[test]
    fn keeps_what_people_and_support_need() {
        for text in [
            "The client 'aaaaaaaa-0000-4000-8000-000000000001' with object id 'bbbbbbbb-1111-4111-8111-111111111111' does not have authorization to perform action 'Microsoft.ManagementPartner/partners/write' over scope '/providers/Microsoft.ManagementPartner/partners/1234567'.",
            "AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication. Trace ID: 0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6",
            "contoso-production-eastus.onmicrosoft.com is not a known directory.",
            "ERROR: AADSTS700082: The refresh token has expired due to inactivity.",
        ] {
            assert_eq!(scrub(text), text);
        }
    }

    /// The limit is read back from the kernel (each test runs in a process of its own under nextest).
    #[cfg(unix)]
    #[test]
    fn core_files_are_turned_off() {
        forbid_core_files().unwrap();
        let mut now = libc::rlimit {
            rlim_cur: 1,
            rlim_max: 1,
        };
        // SAFETY: getrlimit writes into the struct it is given.
        assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut now) }, 0);
        assert_eq!((now.rlim_cur, now.rlim_max), (0, 0));
    }
}
