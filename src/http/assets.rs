//! The embedded stylesheet, script and icon, compressed once (and the route of the health check).

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

pub const CSS: &str = include_str!("../../frontend/static/app.css");
pub const JS: &str = include_str!("../../frontend/static/app.js");
/// The icon (`base.html` links it with a version, like the stylesheet).
pub const FAVICON_SVG: &str = include_str!("../../frontend/static/favicon.svg");

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(super::health::healthz))
        .route("/healthz", web::head().to(super::health::healthz))
        .route("/static/app.css", web::get().to(css))
        .route("/static/app.css", web::head().to(css))
        .route("/static/app.js", web::get().to(js))
        .route("/static/app.js", web::head().to(js))
        .route("/static/favicon.svg", web::get().to(favicon_svg))
        .route("/static/favicon.svg", web::head().to(favicon_svg))
        .route("/favicon.ico", web::get().to(favicon_ico))
        .route("/favicon.ico", web::head().to(favicon_ico));
}

async fn css(req: HttpRequest) -> HttpResponse {
    static GZ: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    asset(&req, CSS, GZ.get_or_init(|| gzip(CSS.as_bytes())), "text/css; charset=utf-8")
}

async fn js(req: HttpRequest) -> HttpResponse {
    static GZ: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    asset(&req, JS, GZ.get_or_init(|| gzip(JS.as_bytes())), "text/javascript; charset=utf-8")
}

async fn favicon_svg(req: HttpRequest) -> HttpResponse {
    static GZ: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    asset(&req, FAVICON_SVG, GZ.get_or_init(|| gzip(FAVICON_SVG.as_bytes())), "image/svg+xml")
}

/// `/favicon.ico`, which browsers, feed readers and bookmark tools ask for whatever the page
/// links: the same icon as a real ICO (one 32 × 32 PNG inside), drawn once. Its address has no
/// version, so it is cached for a day rather than for good.
async fn favicon_ico() -> HttpResponse {
    static ICO: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    HttpResponse::Ok()
        .content_type("image/x-icon")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(ICO.get_or_init(favicon_ico_bytes).as_slice())
}

/// The icon of `favicon.svg` drawn at 32 × 32 (4 × 4 samples a pixel) as a PNG, in an ICO
/// container (ICONDIR, one ICONDIRENTRY, then the PNG, which ICO allows since Windows Vista and
/// every browser reads).
pub fn favicon_ico_bytes() -> Vec<u8> {
    const SIDE: u32 = 32;
    const RADIUS: f32 = 6.0;
    // the white bars of favicon.svg: (left, top, right, bottom)
    const BARS: [(f32, f32, f32, f32); 3] =
        [(5.0, 6.0, 18.0, 11.0), (11.0, 13.5, 24.0, 18.5), (17.0, 21.0, 27.0, 26.0)];
    let inside_rounded = |x: f32, y: f32| {
        let cx = x.clamp(RADIUS, SIDE as f32 - RADIUS);
        let cy = y.clamp(RADIUS, SIDE as f32 - RADIUS);
        (x - cx).powi(2) + (y - cy).powi(2) <= RADIUS * RADIUS
    };
    let mut rgba = Vec::with_capacity((SIDE * SIDE * 4) as usize);
    for py in 0..SIDE {
        for px in 0..SIDE {
            let (mut blue, mut white) = (0.0f32, 0.0f32);
            for sy in 0..4 {
                for sx in 0..4 {
                    let x = px as f32 + (sx as f32 + 0.5) / 4.0;
                    let y = py as f32 + (sy as f32 + 0.5) / 4.0;
                    if !inside_rounded(x, y) {
                        continue;
                    }
                    if BARS.iter().any(|&(l, t, r, b)| x >= l && x < r && y >= t && y < b) {
                        white += 1.0 / 16.0;
                    } else {
                        blue += 1.0 / 16.0;
                    }
                }
            }
            let alpha = blue + white;
            let mix = |c: f32| if alpha == 0.0 { 0 } else { ((c * blue + 255.0 * white) / alpha).round() as u8 };
            rgba.extend_from_slice(&[mix(11.0), mix(92.0), mix(173.0), (alpha * 255.0).round() as u8]);
        }
    }
    let mut png_bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut png_bytes, SIDE, SIDE);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    if let Ok(mut writer) = encoder.write_header() {
        let _ = writer.write_image_data(&rgba);
    }
    let mut ico = Vec::with_capacity(22 + png_bytes.len());
    ico.extend_from_slice(&[0, 0, 1, 0, 1, 0]); // reserved, type 1 (icon), one image
    ico.extend_from_slice(&[SIDE as u8, SIDE as u8, 0, 0]); // width, height, no palette, reserved
    ico.extend_from_slice(&1u16.to_le_bytes()); // colour planes
    ico.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
    ico.extend_from_slice(&(png_bytes.len() as u32).to_le_bytes());
    ico.extend_from_slice(&22u32.to_le_bytes()); // where the image starts
    ico.extend_from_slice(&png_bytes);
    ico
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
