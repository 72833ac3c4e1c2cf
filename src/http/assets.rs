//! The embedded stylesheet and script, compressed once (and the route of the health check).

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

pub const CSS: &str = include_str!("../../frontend/static/app.css");
pub const JS: &str = include_str!("../../frontend/static/app.js");

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(super::health::healthz))
        .route("/healthz", web::head().to(super::health::healthz))
        .route("/static/app.css", web::get().to(css))
        .route("/static/app.css", web::head().to(css))
        .route("/static/app.js", web::get().to(js))
        .route("/static/app.js", web::head().to(js));
}

async fn css(req: HttpRequest) -> HttpResponse {
    static GZ: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    asset(&req, CSS, GZ.get_or_init(|| gzip(CSS.as_bytes())), "text/css; charset=utf-8")
}

async fn js(req: HttpRequest) -> HttpResponse {
    static GZ: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    asset(&req, JS, GZ.get_or_init(|| gzip(JS.as_bytes())), "text/javascript; charset=utf-8")
}

/// Compresses once, at the best level (static files and cached pages).
pub fn gzip(body: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::with_capacity(body.len() / 3), flate2::Compression::best());
    let _ = gz.write_all(body);
    gz.finish().unwrap_or_default()
}

/// True when the client takes gzip.
pub fn accepts_gzip(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")))
}

fn asset(req: &HttpRequest, body: &'static str, gzipped: &'static [u8], content_type: &'static str) -> HttpResponse {
    // The URL carries a version (?v=), so the file can be cached for a long time. It is
    // compressed once; `identity` keeps the compression middleware from doing it again.
    let gzip = accepts_gzip(req);
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=604800, immutable"))
        .insert_header((header::VARY, "Accept-Encoding"))
        .insert_header((header::CONTENT_ENCODING, if gzip { "gzip" } else { "identity" }))
        .body(if gzip { gzipped } else { body.as_bytes() })
}
