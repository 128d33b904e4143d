//! The HTTP requests the harness makes itself, as a person's browser on the same machine would: following Entra's
//! redirect to the app's loopback listener, and filling in practice mode's sign-in pages (the in-app simulator's
//! plain-HTTP browser mirror). A hand-written request over a TCP stream is enough for plain HTTP on loopback, and
//! keeps a second HTTP client (and TLS stack) out of the test build.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long the listener may take to answer; it answers at once, so this only bounds a hung app.
const ANSWER_WAIT: Duration = Duration::from_secs(10);

/// GETs `url` (`http://localhost:PORT/…` or `http://127.0.0.1:PORT/…`) and returns the status and the body.
/// Anything but plain HTTP on loopback is refused: this is a stand-in for a browser on the same machine.
pub async fn http_get(url: &str) -> Result<(u16, String), String> {
    let answer = exchange("GET", url, None).await?;
    Ok((answer.status, answer.body))
}

/// POSTs an HTML form's fields to `url` (plain HTTP on loopback, as for [`http_get`]) and returns the status, the
/// `Location` header of a redirect, and the body.
pub async fn http_post_form(
    url: &str,
    fields: &[(&str, &str)],
) -> Result<(u16, Option<String>, String), String> {
    let body = fields
        .iter()
        .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let answer = exchange("POST", url, Some(body)).await?;
    Ok((answer.status, answer.location, answer.body))
}

/// `application/x-www-form-urlencoded`: everything but unreserved characters percent-encoded.
fn form_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

struct Answer {
    status: u16,
    location: Option<String>,
    body: String,
}

async fn exchange(method: &str, url: &str, form: Option<String>) -> Result<Answer, String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("{url} is not a plain-HTTP address"))?;
    let (authority, target) = match rest.find(['/', '?']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let target = if target.starts_with('?') {
        format!("/{target}")
    } else {
        target.to_owned()
    };
    let (host, port) = authority
        .rsplit_once(':')
        .ok_or_else(|| format!("{url} names no port"))?;
    let port: u16 = port
        .parse()
        .map_err(|_| format!("{url} has no valid port"))?;
    // The app listens on 127.0.0.1 only, while `localhost` may resolve to ::1 first, so the address is given.
    if host != "localhost" && host != "127.0.0.1" {
        return Err(format!("{url} is not on loopback"));
    }
    let exchange = async {
        let mut stream = TcpStream::connect(("127.0.0.1", port))
            .await
            .map_err(|e| format!("could not connect to 127.0.0.1:{port}: {e}"))?;
        let content = match &form {
            Some(body) => format!(
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            ),
            None => String::new(),
        };
        let request = format!(
            "{method} {target} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: partner-link-e2e\r\nAccept: text/html\r\n\
             {content}Connection: close\r\n\r\n{}",
            form.as_deref().unwrap_or("")
        );
        stream
            .write_all(request.as_bytes())
            .await
            .map_err(|e| format!("could not send the request: {e}"))?;
        let mut answer = Vec::new();
        stream
            .read_to_end(&mut answer)
            .await
            .map_err(|e| format!("could not read the answer: {e}"))?;
        Ok::<_, String>(answer)
    };
    let answer = tokio::time::timeout(ANSWER_WAIT, exchange)
        .await
        .map_err(|_| format!("127.0.0.1:{port} did not answer within {ANSWER_WAIT:?}"))??;
    let answer = String::from_utf8_lossy(&answer);
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head
        .lines()
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| format!("the answer has no HTTP status line: {head:?}"))?;
    let location = head.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.eq_ignore_ascii_case("location")
            .then(|| value.trim().to_owned())
    });
    Ok(Answer {
        status,
        location,
        body: body.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::net::TcpListener;

    #[tokio::test]
    async fn gets_a_loopback_page_with_its_query_and_reads_the_status() {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = tokio::spawn(async move {
            let (mut stream, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 4096];
            let n = stream.read(&mut buf).await.unwrap();
            let request = String::from_utf8_lossy(&buf[..n]).into_owned();
            stream
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\ndone")
                .await
                .unwrap();
            request
        });
        let (status, body) = http_get(&format!("http://localhost:{port}?code=abc&state=xyz"))
            .await
            .unwrap();
        assert_eq!((status, body.as_str()), (200, "done"));
        let request = server.await.unwrap();
        assert!(
            request.starts_with("GET /?code=abc&state=xyz HTTP/1.1\r\n"),
            "{request}"
        );
    }

    #[tokio::test]
    async fn refuses_anything_but_plain_http_on_loopback() {
        for url in [
            "https://localhost:1/",
            "http://example.com:80/",
            "http://localhost/",
        ] {
            assert!(http_get(url).await.is_err(), "{url}");
        }
    }
}
