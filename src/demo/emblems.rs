//! The demo organisations' logos, drawn here (made up, no one's real logo): a round seal with a
//! star of a few points in the organisation's colour, and for the lead a wide one with three bars
//! standing for a word mark. PNG with a transparent background, anti-aliased by 4 × 4 samples
//! a pixel.

/// (colour, points of the star, wide) per demo organisation, in the order of `PEOPLE`.
const STYLES: [((u8, u8, u8), u32, bool); 4] = [
    ((0x1d, 0x3b, 0x6e), 8, true),
    ((0xb0, 0x2a, 0x30), 5, false),
    ((0x1f, 0x6f, 0x4a), 6, false),
    ((0x0b, 0x7f, 0x9e), 7, false),
];

/// The PNG logo of the `index`-th demo organisation.
pub fn emblem(index: usize) -> Vec<u8> {
    let (colour, points, wide) = STYLES[index % STYLES.len()];
    let (w, h) = if wide { (480u32, 160u32) } else { (200u32, 200u32) };
    let side = h as f32;
    let (cx, cy, r) = (side / 2.0, side / 2.0, side / 2.0 - 4.0);
    let mut rgba = Vec::with_capacity((w * h * 4) as usize);
    for py in 0..h {
        for px in 0..w {
            let mut cover = [0.0f32; 2]; // [colour, white]
            for sy in 0..4 {
                for sx in 0..4 {
                    let x = px as f32 + (sx as f32 + 0.5) / 4.0;
                    let y = py as f32 + (sy as f32 + 0.5) / 4.0;
                    if let Some(paint) = sample(x, y, cx, cy, r, points, wide, side) {
                        cover[paint] += 1.0 / 16.0;
                    }
                }
            }
            let alpha = cover[0] + cover[1];
            let mix = |c: u8| {
                if alpha == 0.0 {
                    255
                } else {
                    ((f32::from(c) * cover[0] + 255.0 * cover[1]) / alpha).round() as u8
                }
            };
            rgba.extend_from_slice(&[mix(colour.0), mix(colour.1), mix(colour.2), (alpha * 255.0).round() as u8]);
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Best);
    if let Ok(mut writer) = encoder.write_header() {
        let _ = writer.write_image_data(&rgba);
    }
    out
}

/// What covers the point: 0 the colour, 1 white, None nothing.
#[allow(clippy::too_many_arguments)]
fn sample(x: f32, y: f32, cx: f32, cy: f32, r: f32, points: u32, wide: bool, side: f32) -> Option<usize> {
    let (dx, dy) = (x - cx, y - cy);
    let d = (dx * dx + dy * dy).sqrt();
    if d <= r {
        if d > r * 0.86 {
            return Some(0);
        }
        if d > r * 0.80 {
            return Some(1);
        }
        // a star: the radius of its outline at this angle, between the points' tips and the
        // notches
        let n = points as f32;
        let angle = dy.atan2(dx) + std::f32::consts::FRAC_PI_2;
        let sector = std::f32::consts::TAU / n;
        let t = (angle.rem_euclid(sector) / sector - 0.5).abs() * 2.0; // 1 at a tip, 0 at a notch
        let outline = r * (0.30 + 0.40 * t);
        return Some(if d <= outline { 1 } else { 0 });
    }
    if wide {
        // three bars of a "word mark" right of the seal
        let left = side + side * 0.12;
        let bars = [(0.28, 0.40, 1.0), (0.50, 0.58, 0.82), (0.66, 0.72, 0.64)];
        for (top, bottom, length) in bars {
            let right = left + side * 1.7 * length;
            if x >= left && x <= right && y >= side * top && y <= side * bottom {
                return Some(0);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn emblems_are_valid_pngs() {
        for i in 0..4 {
            let bytes = super::emblem(i);
            let pixels = crate::domain::image::decode(&bytes, 4000).expect("a valid PNG");
            assert!(pixels.alpha.is_some(), "transparent background");
            assert!(bytes.len() < 64 * 1024, "{} bytes", bytes.len());
        }
    }
}
