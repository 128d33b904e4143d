//! The HTTPS front: a TLS accept loop per service on loopback, and the per-request wrapper that normalises
//! paths, applies injected faults, stamps `x-ms-request-id` and logs every request without secrets.

use crate::scenario::{FaultKind, Service};
use crate::state::{RequestRecord, REQUEST_LOG_CAP};
use crate::Shared;
use axum::body::Body;
use axum::Router;
use http::{HeaderValue, Request, Response, StatusCode};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;
use tower::ServiceExt;

/// The request ID of the request being handled, for error bodies that quote it.
#[derive(Clone)]
pub(crate) struct RequestId(pub String);

/// Returned to hyper to close a connection without an answer (the "dropped connection" faults).
#[derive(Debug)]
struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for DropConnection {}

pub(crate) fn service_name(s: Service) -> &'static str {
    match s {
        Service::Login => "login",
        Service::Arm => "arm",
        Service::Graph => "graph",
        Service::Admin => "admin",
    }
}

/// Serves one listener until shutdown: HTTPS when `acceptor` is given, plain HTTP otherwise (the browser
/// mirror of the sign-in pages only).
pub(crate) async fn serve(
    listener: TcpListener,
    acceptor: Option<TlsAcceptor>,
    router: Router,
    service: Service,
    shared: Arc<Shared>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            _ = shutdown.changed() => return,
            a = listener.accept() => a,
        };
        let Ok((tcp, _)) = accepted else {
            // Accept errors (too many open files, a reset during the handshake) are transient: keep serving.
            tokio::time::sleep(Duration::from_millis(5)).await;
            continue;
        };
        let _ = tcp.set_nodelay(true);
        let acceptor = acceptor.clone();
        let router = router.clone();
        let shared = shared.clone();
        let conn_shutdown = shutdown.clone();
        tokio::spawn(async move {
            match acceptor {
                Some(acceptor) => {
                    let tls =
                        match tokio::time::timeout(Duration::from_secs(10), acceptor.accept(tcp))
                            .await
                        {
                            Ok(Ok(tls)) => tls,
                            _ => return,
                        };
                    serve_connection(tls, router, service, shared, conn_shutdown).await;
                }
                None => serve_connection(tcp, router, service, shared, conn_shutdown).await,
            }
        });
    }
}

async fn serve_connection<IO>(
    io: IO,
    router: Router,
    service: Service,
    shared: Arc<Shared>,
    mut shutdown: watch::Receiver<bool>,
) where
    IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let svc = hyper::service::service_fn(move |req: Request<Incoming>| {
        handle(req, router.clone(), service, shared.clone())
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        .serve_connection(TokioIo::new(io), svc);
    tokio::select! {
        _ = conn => {}
        _ = shutdown.changed() => {}
    }
}

/// Collapses doubled slashes: Microsoft's clients sometimes build `https://host//tenant/...`.
fn normalise_path(path: &str) -> Option<String> {
    if !path.contains("//") {
        return None;
    }
    let mut out = String::with_capacity(path.len());
    let mut last_slash = false;
    for c in path.chars() {
        if c == '/' {
            if last_slash {
                continue;
            }
            last_slash = true;
        } else {
            last_slash = false;
        }
        out.push(c);
    }
    Some(out)
}

async fn handle(
    mut req: Request<Incoming>,
    router: Router,
    service: Service,
    shared: Arc<Shared>,
) -> Result<Response<Body>, DropConnection> {
    let start = Instant::now();
    let request_id = req
        .headers()
        .get("x-ms-client-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| crate::util::is_guid(v))
        .map(str::to_string)
        .unwrap_or_else(crate::util::new_guid);
    if let Some(p) = normalise_path(req.uri().path()) {
        let pq = match req.uri().query() {
            Some(q) => format!("{p}?{q}"),
            None => p,
        };
        if let Ok(uri) = pq.parse() {
            *req.uri_mut() = uri;
        }
    }
    let method = req.method().to_string();
    let path = req.uri().path().to_string();

    let fault = shared.match_fault(service, &method, &path);
    let mut fault_name = None;
    if let Some(ms) = fault.latency_ms {
        fault_name = Some("latency".to_string());
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }
    if fault.kind == Some(FaultKind::DropBefore) {
        shared.record(
            service,
            &method,
            &path,
            0,
            start,
            &request_id,
            Some("drop_before"),
        );
        return Err(DropConnection);
    }
    let mut response = if let (Some(FaultKind::Status), Some(status)) = (fault.kind, fault.status) {
        fault_name = Some("status".to_string());
        fault_response(service, status, fault.retry_after, &request_id)
    } else {
        req.extensions_mut().insert(RequestId(request_id.clone()));
        let req = req.map(Body::new);
        match router.oneshot(req).await {
            Ok(r) => r,
            Err(never) => match never {},
        }
    };
    if fault.kind == Some(FaultKind::NextLink) {
        fault_name = Some("next_link".to_string());
        response = with_next_link(response, fault.next_link.as_deref().unwrap_or_default()).await;
    }
    if let Ok(v) = HeaderValue::from_str(&request_id) {
        response.headers_mut().entry("x-ms-request-id").or_insert(v);
    }
    if fault.kind == Some(FaultKind::DropAfter) {
        shared.record(
            service,
            &method,
            &path,
            response.status().as_u16(),
            start,
            &request_id,
            Some("drop_after"),
        );
        return Err(DropConnection);
    }
    shared.record(
        service,
        &method,
        &path,
        response.status().as_u16(),
        start,
        &request_id,
        fault_name.as_deref(),
    );
    Ok(response)
}

fn fault_response(
    service: Service,
    status: u16,
    retry_after: Option<u64>,
    request_id: &str,
) -> Response<Body> {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let body = match service {
        Service::Login => serde_json::json!({
            "error": "temporarily_unavailable",
            "error_description": format!("AADSTS90014: The service is temporarily unavailable ({}). Trace ID: {request_id}", status.as_u16()),
            "error_codes": [90014],
            "trace_id": request_id,
            "correlation_id": request_id,
        }),
        _ => {
            let code = match status.as_u16() {
                429 => "TooManyRequests",
                503 => "ServiceUnavailable",
                500 => "InternalServerError",
                502 => "BadGateway",
                504 => "GatewayTimeout",
                _ => "Error",
            };
            serde_json::json!({"error": {"code": code, "message": format!("Injected fault: {} {}.", status.as_u16(), status.canonical_reason().unwrap_or(""))}})
        }
    };
    let mut r = Response::builder()
        .status(status)
        .header("content-type", "application/json; charset=utf-8");
    if let Some(s) = retry_after {
        r = r.header("retry-after", s.to_string());
    }
    r.body(Body::from(body.to_string()))
        .unwrap_or_else(|_| Response::new(Body::empty()))
}

/// The answer with its JSON body's `nextLink` set to `link` (a `next_link` fault). A body that is not a JSON
/// object is left alone.
async fn with_next_link(response: Response<Body>, link: &str) -> Response<Body> {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let bytes = match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(mut v) if v.is_object() => {
            v["nextLink"] = serde_json::Value::String(link.to_owned());
            axum::body::Bytes::from(v.to_string())
        }
        _ => bytes,
    };
    parts.headers.remove(http::header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(bytes))
}

/// What the faults matching one request ask for.
#[derive(Default)]
pub(crate) struct FaultPlan {
    pub kind: Option<FaultKind>,
    pub status: Option<u16>,
    pub retry_after: Option<u64>,
    pub latency_ms: Option<u64>,
    pub next_link: Option<String>,
}

impl Shared {
    pub(crate) fn match_fault(&self, service: Service, method: &str, path: &str) -> FaultPlan {
        let mut plan = FaultPlan::default();
        let mut st = self.lock();
        if st.faults.is_empty() {
            return plan;
        }
        let lpath = path.to_ascii_lowercase();
        for f in st.faults.iter_mut() {
            let d = &f.def;
            if d.service.is_some_and(|s| s != service)
                || d.method
                    .as_deref()
                    .is_some_and(|m| !m.eq_ignore_ascii_case(method))
                || d.path_contains
                    .as_deref()
                    .is_some_and(|p| !lpath.contains(&p.to_ascii_lowercase()))
                || f.remaining == Some(0)
            {
                continue;
            }
            // The admin API stays reachable unless a fault names it, so tests can always clear faults.
            if service == Service::Admin && d.service != Some(Service::Admin) {
                continue;
            }
            f.seen += 1;
            if d.every.is_some_and(|n| n > 1 && f.seen % u64::from(n) != 0) {
                continue;
            }
            match d.kind {
                FaultKind::Latency => {
                    plan.latency_ms =
                        Some(plan.latency_ms.unwrap_or(0) + d.latency_ms.unwrap_or(0));
                }
                other => {
                    if plan.kind.is_some() {
                        continue;
                    }
                    plan.kind = Some(other);
                    plan.status = d.status;
                    plan.retry_after = d.retry_after;
                    plan.next_link = d.next_link.clone();
                }
            }
            f.hits += 1;
            if let Some(r) = f.remaining.as_mut() {
                *r -= 1;
            }
        }
        plan
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn record(
        &self,
        service: Service,
        method: &str,
        path: &str,
        status: u16,
        start: Instant,
        request_id: &str,
        fault: Option<&str>,
    ) {
        let latency_ms = start.elapsed().as_secs_f64() * 1000.0;
        // Paths carry no secrets (codes and tokens travel in query strings and bodies, which are not logged).
        tracing::info!(
            target: "azure_sim::request",
            service = service_name(service),
            method,
            path,
            status,
            latency_ms = format!("{latency_ms:.2}"),
            request_id,
            fault = fault.unwrap_or(""),
        );
        let mut st = self.lock();
        if st.requests.len() >= REQUEST_LOG_CAP {
            st.requests.pop_front();
        }
        st.requests.push_back(RequestRecord {
            service: service_name(service).to_string(),
            method: method.to_string(),
            path: path.to_string(),
            status,
            latency_ms,
            request_id: request_id.to_string(),
            fault: fault.map(str::to_string),
        });
    }
}
