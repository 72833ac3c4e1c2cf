//! Small images made in the test: PNG (the `png` crate Cascade uses), JPEG (`jpeg-encoder`, a
//! different codebase from the decoder Cascade uses), and a GIF header.

/// A `w` × `h` PNG: a gradient, transparent in its right quarter when `alpha`.
pub fn png(w: u32, h: u32, alpha: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(if alpha { png::ColorType::Rgba } else { png::ColorType::Rgb });
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    let data: Vec<u8> = (0..w * h)
        .flat_map(|i| {
            let (x, y) = (i % w, i / w);
            let mut p = vec![(x * 255 / w) as u8, (y * 255 / h) as u8, 0x6e];
            if alpha {
                p.push(if x > w * 3 / 4 { 0 } else { 255 });
            }
            p
        })
        .collect();
    writer.write_image_data(&data).unwrap();
    writer.finish().unwrap();
    out
}

/// A `w` × `h` JPEG (RGB, quality 90).
pub fn jpeg(w: u16, h: u16) -> Vec<u8> {
    let mut out = Vec::new();
    let data: Vec<u8> = (0..u32::from(w) * u32::from(h))
        .flat_map(|i| {
            let (x, y) = (i % u32::from(w), i / u32::from(w));
            [(x * 255 / u32::from(w)) as u8, 0x3b, (y * 255 / u32::from(h)) as u8]
        })
        .collect();
    jpeg_encoder::Encoder::new(&mut out, 90).encode(&data, w, h, jpeg_encoder::ColorType::Rgb).unwrap();
    out
}

/// A real 1 × 1 GIF.
pub fn gif() -> Vec<u8> {
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
        .to_vec()
}
