//! The loopback half of the browser sign-in: a one-shot HTTP listener on 127.0.0.1 that waits for Entra's
//! redirect, checks `state`, answers the browser with a page the person can close, and stops.

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

/// A listener bound to 127.0.0.1 on a port the system picks. Entra ignores the port when matching `localhost`
/// redirect URIs of public clients, so any free port works.
pub(crate) struct Loopback {
    listener: TcpListener,
    port: u16,
}

impl Loopback {
    pub(crate) async fn bind() -> Result<Loopback, Error> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.map_err(|e| {
            Error::new(
                ErrorCode::Internal,
                format!("could not listen on 127.0.0.1 for the sign-in redirect: {e}"),
            )
        })?;
        let port = listener
            .local_addr()
            .map_err(|e| Error::new(ErrorCode::Internal, format!("loopback address: {e}")))?
            .port();
        Ok(Loopback { listener, port })
    }

    /// `http://localhost:{port}`: the redirect URI registered for the app is `http://localhost` (reference §4).
    pub(crate) fn redirect_uri(&self) -> String {
        format!("http://localhost:{}", self.port)
    }

    /// Waits for the redirect that carries `expected_state`. Requests without it (a favicon, a stray page load,
    /// a forged redirect) are answered and ignored, so they cannot end or hijack the sign-in. The listener is
    /// dropped on return: the redirect URI works once.
    pub(crate) async fn wait(
        self,
        expected_state: &str,
        timeout: Duration,
        cancel: &Cancel,
    ) -> Result<Redirect, Error> {
        let accept_loop = async {
            loop {
                let (stream, _) = match self.listener.accept().await {
                    Ok(s) => s,
                    Err(_) => continue,
                };
                if let Some(found) = handle(stream, expected_state).await {
                    return found;
                }
            }
        };
        tokio::select! {
            found = accept_loop => Ok(found),
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
    if tokio::time::timeout(Duration::from_secs(10), read)
        .await
        .is_err()
    {
        return None;
    }
    let head = String::from_utf8_lossy(&buf);
    let line = head.lines().next().unwrap_or("");
    let mut parts = line.split(' ');
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("");
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
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
    if method != "GET" || (get("code").is_none() && get("error").is_none() && consent.is_none()) {
        respond(&mut stream, 404, PAGE_NOT_HERE).await;
        return None;
    }
    // Constant-time comparison is not needed: the state is a one-time random value, not a long-lived secret.
    if get("state") != Some(expected_state) {
        respond(&mut stream, 400, PAGE_STATE_MISMATCH).await;
        return None;
    }
    if let Some(code) = get("code") {
        respond(&mut stream, 200, PAGE_DONE).await;
        return Some(Redirect::Code(code.to_owned()));
    }
    if get("error").is_none() {
        if let (Some(ok), Some(tenant)) = (consent, get("tenant")) {
            if ok.eq_ignore_ascii_case("true") {
                respond(&mut stream, 200, PAGE_DONE).await;
                return Some(Redirect::AdminConsented {
                    tenant: tenant.to_owned(),
                });
            }
        }
    }
    respond(&mut stream, 200, PAGE_FAILED).await;
    Some(Redirect::Error(AadErrorResponse::from_query_pairs(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    )))
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
