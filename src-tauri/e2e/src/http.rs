//! The one HTTP request the harness makes itself: what a person's browser does when Entra redirects it to the
//! app's loopback listener. A hand-written GET over a TCP stream is enough for that plain-HTTP, loopback-only,
//! one-shot listener, and keeps a second HTTP client (and TLS stack) out of the test build.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long the listener may take to answer; it answers at once, so this only bounds a hung app.
const ANSWER_WAIT: Duration = Duration::from_secs(10);

/// GETs `url` (`http://localhost:PORT/…` or `http://127.0.0.1:PORT/…`) and returns the status and the body.
/// Anything but plain HTTP on loopback is refused: this is a stand-in for a browser on the same machine.
pub async fn http_get(url: &str) -> Result<(u16, String), String> {
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
        let request = format!(
            "GET {target} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: partner-link-e2e\r\nAccept: text/html\r\n\
             Connection: close\r\n\r\n"
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
    Ok((status, body.to_owned()))
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
