//! Raster images people upload (organisations' logos): PNG or JPEG, recognised by their first
//! bytes — never by a file name or a Content-Type — and decoded in full, so a truncated or
//! corrupt file is refused before it is stored. [`decode`] also gives the pixels to whoever
//! draws the image (the certificate PDF), scaled down with [`Pixels::fit_within`].

use std::io::Cursor;

use crate::error::AppError;

/// The formats we take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageKind {
    Png,
    Jpeg,
}

impl ImageKind {
    /// The format the bytes start with, or what else they look like (for the error message).
    pub fn sniff(bytes: &[u8]) -> Result<ImageKind, &'static str> {
        const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
        match bytes {
            [] => Err("the file is empty"),
            b if b.starts_with(PNG) => Ok(ImageKind::Png),
            [0xff, 0xd8, 0xff, ..] => Ok(ImageKind::Jpeg),
            b if b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") => Err("a GIF image"),
            b if b.len() >= 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP" => Err("a WebP image"),
            b if b.starts_with(b"BM") => Err("a BMP image"),
            b if b.starts_with(b"II*\0") || b.starts_with(b"MM\0*") => Err("a TIFF image"),
            b if b.starts_with(b"%PDF") => Err("a PDF document"),
            b if b.len() >= 12 && &b[4..8] == b"ftyp" => Err("an HEIC/AVIF image or a video"),
            b if b.iter().take(512).all(|&c| c == b'\t' || c == b'\n' || c == b'\r' || (0x20..0x7f).contains(&c)) => {
                if b.trim_ascii_start().starts_with(b"<") {
                    Err("an SVG or other text file")
                } else {
                    Err("a text file")
                }
            }
            _ => Err("not an image we can read"),
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            ImageKind::Png => "image/png",
            ImageKind::Jpeg => "image/jpeg",
        }
    }

    pub fn from_media_type(media_type: &str) -> Option<ImageKind> {
        match media_type {
            "image/png" => Some(ImageKind::Png),
            "image/jpeg" => Some(ImageKind::Jpeg),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ImageKind::Png => "png",
            ImageKind::Jpeg => "jpg",
        }
    }
}

/// Why an image was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// Not a PNG or JPEG at all (says what it looks like).
    #[error("the file is {0}, not a PNG or JPEG image")]
    Unsupported(&'static str),
    /// Zero or too many pixels a side.
    #[error("{0}")]
    Dimensions(String),
    /// A PNG or JPEG that cannot be decoded to its end (truncated, corrupt).
    #[error("the {kind} image cannot be read to its end ({detail}); it may be truncated or damaged")]
    Corrupt { kind: &'static str, detail: String },
}

impl ImageError {
    /// As an application error about `field`: 415 when it is not an image we take, else 422.
    pub fn into_app(self, field: &str) -> AppError {
        match self {
            ImageError::Unsupported(_) => AppError::UnsupportedMediaType(self.to_string()),
            other => AppError::invalid(field, other.to_string()),
        }
    }
}

/// An image, 8 bits a channel: RGB, and alpha only when some pixel is not opaque.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pixels {
    pub kind: ImageKind,
    pub width: u32,
    pub height: u32,
    pub rgb: Vec<u8>,
    pub alpha: Option<Vec<u8>>,
}

/// Decodes a whole PNG or JPEG of at most `max_side` pixels a side (the header is checked
/// before anything is allocated). Decoders that panic on a hostile file give an error too.
pub fn decode(bytes: &[u8], max_side: u32) -> Result<Pixels, ImageError> {
    let kind = ImageKind::sniff(bytes).map_err(ImageError::Unsupported)?;
    let decoded = std::panic::catch_unwind(|| match kind {
        ImageKind::Png => decode_png(bytes, max_side),
        ImageKind::Jpeg => decode_jpeg(bytes, max_side),
    });
    match decoded {
        Ok(result) => result,
        Err(_) => Err(corrupt(kind, "the decoder gave up")),
    }
}

fn corrupt(kind: ImageKind, detail: impl ToString) -> ImageError {
    let kind = match kind {
        ImageKind::Png => "PNG",
        ImageKind::Jpeg => "JPEG",
    };
    ImageError::Corrupt { kind, detail: detail.to_string() }
}

fn check_size(width: u32, height: u32, max_side: u32) -> Result<(), ImageError> {
    if width == 0 || height == 0 {
        return Err(ImageError::Dimensions(format!("the image is {width}×{height} pixels: it has no pixels")));
    }
    if width > max_side || height > max_side {
        return Err(ImageError::Dimensions(format!(
            "the image is {width}×{height} pixels; at most {max_side} pixels a side are accepted"
        )));
    }
    Ok(())
}

fn decode_png(bytes: &[u8], max_side: u32) -> Result<Pixels, ImageError> {
    let kind = ImageKind::Png;
    let mut decoder = png::Decoder::new_with_limits(
        Cursor::new(bytes),
        png::Limits { bytes: (max_side as usize).pow(2).saturating_mul(8).max(1 << 20) },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    // the header first: its size is checked before the pixels are allocated
    let (width, height) = {
        let info = decoder.read_header_info().map_err(|e| corrupt(kind, e))?;
        (info.width, info.height)
    };
    check_size(width, height, max_side)?;
    let mut reader = decoder.read_info().map_err(|e| corrupt(kind, e))?;
    let mut buffer = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buffer).map_err(|e| corrupt(kind, e))?;
    // the rest of the file, to its IEND: a file cut after the pixels is refused too
    reader.finish().map_err(|e| corrupt(kind, e))?;
    let (width, height) = (frame.width, frame.height);
    check_size(width, height, max_side)?;
    let data = &buffer[..frame.buffer_size()];
    let channels = match frame.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        png::ColorType::Indexed => return Err(corrupt(kind, "palette not expanded")),
    };
    let pixels = (width as usize) * (height as usize);
    if data.len() < pixels * channels {
        return Err(corrupt(kind, "fewer pixels than the header says"));
    }
    let mut rgb = Vec::with_capacity(pixels * 3);
    let mut alpha = Vec::with_capacity(if channels % 2 == 0 { pixels } else { 0 });
    for p in data.chunks_exact(channels).take(pixels) {
        match p {
            [g] => rgb.extend_from_slice(&[*g, *g, *g]),
            [g, a] => {
                rgb.extend_from_slice(&[*g, *g, *g]);
                alpha.push(*a);
            }
            [r, g, b] => rgb.extend_from_slice(&[*r, *g, *b]),
            [r, g, b, a] => {
                rgb.extend_from_slice(&[*r, *g, *b]);
                alpha.push(*a);
            }
            _ => {}
        }
    }
    let alpha = if alpha.iter().any(|&a| a != 255) { Some(alpha) } else { None };
    Ok(Pixels { kind, width, height, rgb, alpha })
}

fn decode_jpeg(bytes: &[u8], max_side: u32) -> Result<Pixels, ImageError> {
    use zune_jpeg::zune_core::bytestream::ZCursor;
    use zune_jpeg::zune_core::colorspace::ColorSpace;
    use zune_jpeg::zune_core::options::DecoderOptions;
    let kind = ImageKind::Jpeg;
    let side = max_side as usize;
    let options = DecoderOptions::default()
        .set_max_width(side)
        .set_max_height(side)
        .set_strict_mode(true)
        .jpeg_set_out_colorspace(ColorSpace::RGB);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    decoder.decode_headers().map_err(|e| match decoder.info() {
        Some(info) if check_size(u32::from(info.width), u32::from(info.height), max_side).is_err() => {
            check_size(u32::from(info.width), u32::from(info.height), max_side).unwrap_err()
        }
        _ => corrupt(kind, e),
    })?;
    let info = decoder.info().ok_or_else(|| corrupt(kind, "no frame header"))?;
    let (width, height) = (u32::from(info.width), u32::from(info.height));
    check_size(width, height, max_side)?;
    let rgb = decoder.decode().map_err(|e| corrupt(kind, e))?;
    if rgb.len() != (width as usize) * (height as usize) * 3 {
        return Err(corrupt(kind, "fewer pixels than the header says"));
    }
    // zune-jpeg fills what a cut file lacks with grey when it can; a JPEG ends with EOI
    if !ends_with_eoi(bytes) {
        return Err(corrupt(kind, "the end-of-image marker is missing"));
    }
    Ok(Pixels { kind, width, height, rgb, alpha: None })
}

/// Whether the last marker of the file (trailing zero padding allowed) is EOI (FF D9).
fn ends_with_eoi(bytes: &[u8]) -> bool {
    let end = bytes.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    bytes[..end].ends_with(&[0xff, 0xd9])
}

impl Pixels {
    /// The image scaled down (area averaging, weighted by alpha) to fit `max_w` × `max_h`,
    /// aspect ratio kept; unchanged when it fits already.
    pub fn fit_within(self, max_w: u32, max_h: u32) -> Pixels {
        let scale = (f64::from(max_w) / f64::from(self.width)).min(f64::from(max_h) / f64::from(self.height));
        if scale >= 1.0 {
            return self;
        }
        let tw = ((f64::from(self.width) * scale).round() as u32).max(1);
        let th = ((f64::from(self.height) * scale).round() as u32).max(1);
        let (sw, sh) = (self.width as usize, self.height as usize);
        let (twu, thu) = (tw as usize, th as usize);
        let mut rgb = Vec::with_capacity(twu * thu * 3);
        let mut alpha = self.alpha.as_ref().map(|_| Vec::with_capacity(twu * thu));
        for ty in 0..thu {
            let y0 = ty * sh / thu;
            let y1 = ((ty + 1) * sh).div_ceil(thu).clamp(y0 + 1, sh);
            for tx in 0..twu {
                let x0 = tx * sw / twu;
                let x1 = ((tx + 1) * sw).div_ceil(twu).clamp(x0 + 1, sw);
                let (mut sum, mut weight, mut alpha_sum, mut count) = ([0u64; 3], 0u64, 0u64, 0u64);
                for y in y0..y1 {
                    for x in x0..x1 {
                        let i = y * sw + x;
                        let a = self.alpha.as_ref().map_or(255, |a| u64::from(a[i]));
                        for (c, s) in sum.iter_mut().enumerate() {
                            *s += u64::from(self.rgb[i * 3 + c]) * a;
                        }
                        weight += a;
                        alpha_sum += a;
                        count += 1;
                    }
                }
                for s in sum {
                    rgb.push((s + weight / 2).checked_div(weight).map_or(255, |v| v as u8));
                }
                if let Some(alpha) = alpha.as_mut() {
                    alpha.push(((alpha_sum + count / 2) / count.max(1)) as u8);
                }
            }
        }
        Pixels { kind: self.kind, width: tw, height: th, rgb, alpha }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG of `w` × `h` in RGBA (a diagonal gradient, half transparent at the right).
    pub fn png(w: u32, h: u32) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut out, w, h);
            encoder.set_color(png::ColorType::Rgba);
            encoder.set_depth(png::BitDepth::Eight);
            let mut writer = encoder.write_header().unwrap();
            let data: Vec<u8> = (0..w * h)
                .flat_map(|i| {
                    let (x, y) = (i % w, i / w);
                    [(x * 255 / w) as u8, (y * 255 / h) as u8, 128, if x > w / 2 { 128 } else { 255 }]
                })
                .collect();
            writer.write_image_data(&data).unwrap();
        }
        out
    }

    #[test]
    fn recognises_formats_by_their_first_bytes() {
        assert_eq!(ImageKind::sniff(&png(2, 2)), Ok(ImageKind::Png));
        assert_eq!(ImageKind::sniff(&[0xff, 0xd8, 0xff, 0xe0]), Ok(ImageKind::Jpeg));
        assert_eq!(ImageKind::sniff(b"GIF89a\x01\x00"), Err("a GIF image"));
        assert_eq!(ImageKind::sniff(b"hello, I am a PNG"), Err("a text file"));
        assert_eq!(ImageKind::sniff(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), Err("an SVG or other text file"));
        assert_eq!(ImageKind::sniff(b""), Err("the file is empty"));
    }

    #[test]
    fn decodes_a_png_and_refuses_a_truncated_one() {
        let bytes = png(40, 20);
        let p = decode(&bytes, 4000).unwrap();
        assert_eq!((p.kind, p.width, p.height, p.rgb.len()), (ImageKind::Png, 40, 20, 2400));
        assert_eq!(p.alpha.as_ref().map(Vec::len), Some(800));
        for cut in [bytes.len() - 12, bytes.len() / 2, 40] {
            let err = decode(&bytes[..cut], 4000).unwrap_err();
            assert!(matches!(err, ImageError::Corrupt { .. }), "cut at {cut}: {err:?}");
        }
        let err = decode(&bytes, 30).unwrap_err();
        assert!(matches!(err, ImageError::Dimensions(_)), "{err:?}");
    }

    #[test]
    fn scales_down_keeping_the_aspect_ratio() {
        let p = decode(&png(400, 100), 4000).unwrap().fit_within(200, 200);
        assert_eq!((p.width, p.height, p.rgb.len()), (200, 50, 200 * 50 * 3));
        let same = decode(&png(40, 10), 4000).unwrap().fit_within(200, 200);
        assert_eq!((same.width, same.height), (40, 10));
    }
}
