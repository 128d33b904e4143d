//! The loopback half of the browser sign-in: a one-shot HTTP listener on the loopback interface that waits for
//! Entra's redirect, checks its path and `state`, answers the browser with a page the person can close, and
//! stops.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::aad_error::AadErrorResponse;
use super::Cancel;
use crate::{Error, ErrorCode};

/// What the browser brought back.
pub(crate) enum Redirect {
    Code(String),
    Error(AadErrorResponse),
    /// The admin-consent page approved the app; the directory it was approved for.
    AdminConsented {
        tenant: String,
    },
}

/// Listeners on the loopback interface, on a port the system picks, for the redirect URI
/// `http://localhost:{port}`.
///
/// Why `localhost` in the URI while RFC 8252 (section 8.3) and Microsoft ("Prefer 127.0.0.1 over localhost",
/// <https://learn.microsoft.com/entra/identity-platform/reply-url#prefer-127001-over-localhost>) advise the IP
/// literal: Microsoft's same page says the port is ignored only for `localhost` redirect URIs ("Localhost
/// exceptions"), so a `127.0.0.1` URI would pin one fixed port that another program may hold, and an http
/// `127.0.0.1` URI cannot be added in the portal, only in the app manifest, a step IT would have to learn. What
/// the advice protects against is kept anyway: the listeners bind to the loopback addresses only (never every
/// interface), and, as RFC 8252 section 7.3 recommends, to both IPv4 and IPv6 on the same port, so a browser that
/// resolves `localhost` to `::1` reaches the app as well as one that resolves it to `127.0.0.1`.
pub(crate) struct Loopback {
    v4: TcpListener,
    v6: Option<TcpListener>,
    port: u16,
}

/// The most requests answered at once; a local program opening more connections than this cannot make the
/// listener hold more memory, and the real redirect still gets through as the others finish or time out.
const MAX_OPEN_CONNECTIONS: usize = 64;
/// How long one connection may take to send its request line and headers.
const REQUEST_READ_TIMEOUT: Duration = Duration::from_secs(10);

impl Loopback {
    pub(crate) async fn bind() -> Result<Loopback, Error> {
        let v4 = TcpListener::bind(("127.0.0.1", 0)).await.map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!("could not listen on 127.0.0.1 for the sign-in redirect: {e}"),
            )
        })?;
        let port = v4
            .local_addr()
            .map_err(|e| Error::new(ErrorCode::Internal, format!("loopback address: {e}")))?
            .port();
        // A machine without IPv6, or with the port taken on ::1, still signs in over IPv4.
        let v6 = TcpListener::bind(("::1", port)).await.ok();
        Ok(Loopback { v4, v6, port })
    }

    /// `http://localhost:{port}`: the redirect URI registered for the app is `http://localhost` (Microsoft's
    /// redirect URI rules: learn.microsoft.com/en-us/entra/identity-platform/reply-url, "localhost exceptions").
    pub(crate) fn redirect_uri(&self) -> String {
        format!("http://localhost:{}", self.port)
    }

    async fn accept(&self) -> std::io::Result<TcpStream> {
        let v6 = async {
            match &self.v6 {
                Some(l) => l.accept().await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            r = self.v4.accept() => r.map(|(s, _)| s),
            r = v6 => r.map(|(s, _)| s),
        }
    }

    /// Waits for the redirect that carries `expected_state`. Connections are served side by side, so an idle
    /// one (a browser's preconnect, any local program) cannot hold up the real redirect. Requests that are not
    /// the redirect (a favicon, another path, a forged `state`) are answered and ignored, so they cannot end or
    /// hijack the sign-in. The listeners are dropped on return: the redirect URI works once.
    pub(crate) async fn wait(
        self,
        expected_state: &str,
        timeout: Duration,
        cancel: &Cancel,
    ) -> Result<Redirect, Error> {
        let expected: std::sync::Arc<str> = expected_state.into();
        let mut open = tokio::task::JoinSet::new();
        let serve = async {
            loop {
                tokio::select! {
                    accepted = self.accept(), if open.len() < MAX_OPEN_CONNECTIONS => {
                        if let Ok(stream) = accepted {
                            let expected = expected.clone();
                            open.spawn(async move { handle(stream, &expected).await });
                        }
                    }
                    Some(done) = open.join_next(), if !open.is_empty() => {
                        if let Ok(Some(found)) = done {
                            return found;
                        }
                    }
                }
            }
        };
        // Leaving drops `open`, which ends every connection still being read.
        tokio::select! {
            found = serve => Ok(found),
            _ = tokio::time::sleep(timeout) => Err(Error::new(
                ErrorCode::SignInTimedOut,
                format!("the browser sign-in did not finish within {} s", timeout.as_secs()),
            )),
            _ = cancel.cancelled() => Err(Error::new(ErrorCode::SignInCancelled, "the sign-in was cancelled in the app")),
        }
    }
}

/// Reads one request and answers it. Returns the outcome when the request is the real redirect.
async fn handle(mut stream: TcpStream, expected_state: &str) -> Option<Redirect> {
    let mut buf = Vec::with_capacity(2048);
    let mut chunk = [0u8; 1024];
    // Only the request line matters; headers are read up to a bound so a slow or huge request cannot hold us.
    let read = async {
        while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 16 * 1024 {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
    };
    if tokio::time::timeout(REQUEST_READ_TIMEOUT, read)
        .await
        .is_err()
    {
        return None;
    }
    let (status, page, found) = read_request(&buf, expected_state);
    respond(&mut stream, status, page).await;
    found
}

/// What the listener does with a request's head: the answer's status and page, and the outcome when the request
/// is the real redirect. Pure, so every request a browser or another local program could send is tested (and
/// fuzzed) without a socket.
pub(crate) fn read_request(
    head: &[u8],
    expected_state: &str,
) -> (u16, &'static str, Option<Redirect>) {
    let head = String::from_utf8_lossy(head);
    let line = head.lines().next().unwrap_or("");
    let mut parts = line.split(' ');
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let pairs: Vec<(String, String)> = oauth2::url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    let consent = get("admin_consent");
    // The redirect URI has no path, so the browser asks for `/`; anything else is not the redirect.
    let redirect_shaped = get("code").is_some() || get("error").is_some() || consent.is_some();
    if method != "GET" || path != "/" || !redirect_shaped {
        return (404, PAGE_NOT_HERE, None);
    }
    // Constant-time comparison is not needed: the state is a one-time random value, not a long-lived secret.
    if get("state") != Some(expected_state) {
        return (400, PAGE_STATE_MISMATCH, None);
    }
    if let Some(code) = get("code") {
        return (200, PAGE_DONE, Some(Redirect::Code(code.to_owned())));
    }
    if get("error").is_none() {
        if let (Some(ok), Some(tenant)) = (consent, get("tenant")) {
            if ok.eq_ignore_ascii_case("true") {
                return (
                    200,
                    PAGE_DONE,
                    Some(Redirect::AdminConsented {
                        tenant: tenant.to_owned(),
                    }),
                );
            }
        }
    }
    (
        200,
        PAGE_FAILED,
        Some(Redirect::Error(AadErrorResponse::from_query_pairs(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        ))),
    )
}

async fn respond(stream: &mut TcpStream, status: u16, body: &str) {
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        _ => "Not Found",
    };
    let response = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
    let _ = stream.shutdown().await;
}

// The pages are in English and Traditional Chinese side by side: the listener does not know the app's language,
// and each page says the same two things, what happened and what to do.
const PAGE_DONE: &str = "<!doctype html><meta charset=utf-8><title>Partner Link Assistant</title>\
<body style=\"font-family:system-ui,sans-serif;margin:3rem\"><h1>You're signed in</h1>\
<p>You can close this tab and go back to Partner Link Assistant.</p>\
<p lang=zh-TW>您已登入。您可以關閉這個分頁，回到 Partner Link Assistant。</p></body>";
const PAGE_FAILED: &str = "<!doctype html><meta charset=utf-8><title>Partner Link Assistant</title>\
<body style=\"font-family:system-ui,sans-serif;margin:3rem\"><h1>Sign-in didn't finish</h1>\
<p>You can close this tab. Partner Link Assistant explains what happened and what to do next.</p>\
<p lang=zh-TW>登入未完成。您可以關閉這個分頁，Partner Link Assistant 會說明發生了什麼事以及下一步。</p></body>";
const PAGE_STATE_MISMATCH: &str = "<!doctype html><meta charset=utf-8><title>Partner Link Assistant</title>\
<body style=\"font-family:system-ui,sans-serif;margin:3rem\"><h1>This sign-in link isn't the one the app started</h1>\
<p>It was ignored. Close this tab and start the sign-in again from Partner Link Assistant.</p>\
<p lang=zh-TW>這個登入連結不是應用程式啟動的那一個，已被忽略。請關閉這個分頁，然後從 Partner Link Assistant 重新登入。</p></body>";
const PAGE_NOT_HERE: &str =
    "<!doctype html><meta charset=utf-8><title>Partner Link Assistant</title>\
<body>Nothing here.</body>";
