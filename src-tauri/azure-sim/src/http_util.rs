//! Response builders shared by the services.

use axum::body::Body;
use http::Response;

pub(crate) fn json_response(status: u16, body: &serde_json::Value) -> Response<Body> {
    Response::builder()
        .status(status)
        .header("content-type", "application/json; charset=utf-8")
        .header("cache-control", "no-store")
        .body(Body::from(body.to_string()))
        .unwrap_or_else(|_| Response::new(Body::empty()))
}

pub(crate) fn html_response(status: u16, html: String) -> Response<Body> {
    Response::builder()
        .status(status)
        .header("content-type", "text/html; charset=utf-8")
        .header("cache-control", "no-store")
        .header("x-frame-options", "DENY")
        .body(Body::from(html))
        .unwrap_or_else(|_| Response::new(Body::empty()))
}

pub(crate) fn redirect(location: &str) -> Response<Body> {
    Response::builder()
        .status(302)
        .header("location", location)
        .header("cache-control", "no-store")
        .body(Body::empty())
        .unwrap_or_else(|_| Response::new(Body::empty()))
}
