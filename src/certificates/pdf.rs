//! A certificate as a one-page PDF (A4 landscape), rendered by a pure function.
//!
//! Written with `krilla`: a pure-Rust PDF writer that embeds TrueType fonts as subsets (only
//! the glyphs a certificate uses, so a PDF stays small) and writes ToUnicode maps, so the text
//! of every certificate can be selected, searched and extracted (`pdftotext`). Nothing is
//! rasterised except by the reader; the QR code is vector squares.
//!
//! The fonts are compiled into the binary (`frontend/fonts/`): Noto Serif (Latin with
//! diacritics, Cyrillic, Greek) and Nanum Myeongjo (Hangul). Every line is split into runs by
//! font coverage — Noto Serif where it has a glyph, Nanum Myeongjo otherwise — and laid out
//! here (advance widths and the fonts' pair kerning), so a line's width is known before it is
//! drawn: long names and titles shrink to a floor and titles then wrap onto two lines; nothing
//! runs off the page. Hangul in a bold line is emboldened with a thin outline (Nanum Myeongjo
//! has no bold here).
//!
//! The organisers' logos (uploaded PNG or JPEG) stand in a row above the "Organised by" line,
//! in the same order, each scaled into one height (wide ones narrower), centred; the row is a
//! block of the column like the text, so it never overlaps it. A [`Logo`] is prepared once per
//! batch of certificates (decoded, scaled down, compressed) and shared by every PDF of the
//! batch; one that cannot be decoded is left out by whoever prepares it, never the certificate.
//!
//! The fonts are parsed once per process; a certificate takes a few milliseconds.

use std::sync::{Arc, LazyLock};

use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Rect, Size, Transform};
use krilla::image::{BitsPerComponent, CustomImage, Image, ImageColorspace};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Data, Document};
use qrcode::{Color as QrColor, EcLevel, QrCode};
use unicode_normalization::UnicodeNormalization;

/// What a certificate says. Every field is printed as given (the caller localises and formats).
pub struct CertificateDocument<'a> {
    /// "Certified trainer" or "Certificate of attendance" – the big heading
    pub heading: &'a str,
    /// sentence before the name, e.g. "This certifies that"
    pub preamble: &'a str,
    pub holder_name: &'a str,
    /// e.g. "has completed the Training of Trainers and is certified to train others in" / "attended"
    pub achievement: &'a str,
    pub training_title: &'a str,
    /// organiser names, lead first (can be 1..=6; may be in any script)
    pub organisers: &'a [String],
    /// the organisers' logos, in the same order (those that have one; at most [`MAX_LOGOS`]
    /// are drawn)
    pub logos: &'a [Logo],
    /// preformatted, e.g. "14–16 February 2023 · 9 hours"
    pub dates_and_hours: &'a str,
    /// e.g. "Issued 17 February 2023"
    pub issued: &'a str,
    /// the certificate code as printed, e.g. "7K3M-Q9PX-2HDW"
    pub code: &'a str,
    /// verification URL, printed in full and encoded in the QR code
    pub verify_url: &'a str,
    /// the fixed wording around the fields, in the holder's language
    pub words: Words<'a>,
}

/// The certificate's fixed wording that surrounds the fields (the caller translates it).
pub struct Words<'a> {
    /// the document's language (BCP 47), for the PDF's metadata
    pub language: &'a str,
    /// the PDF's title, e.g. "Certificate – Batbayar Dolgor"
    pub document_title: &'a str,
    /// before the code, e.g. "Certificate code "
    pub code_label: &'a str,
    /// the line under the code, with the URL, e.g. "Verify at https://…"
    pub verify_line: &'a str,
    /// the organisers' line is `organised_before` + the names + `organised_after`
    /// ("Organised by " + names + "", or "" + names + " 주최")
    pub organised_before: &'a str,
    pub organised_after: &'a str,
}

/// Why a certificate could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The embedded fonts could not be read (a build problem, not a data problem).
    #[error("the certificate fonts could not be loaded: {0}")]
    Fonts(String),
    /// The verification URL does not fit in a QR code (it would be thousands of characters).
    #[error("the verification URL cannot be encoded as a QR code: {0}")]
    QrCode(#[from] qrcode::types::QrError),
    /// The PDF writer refused the document.
    #[error("the certificate PDF could not be written: {0}")]
    Pdf(String),
}

/// Renders the certificate: one A4 landscape page, fonts subset-embedded, text extractable.
pub fn render(doc: &CertificateDocument) -> Result<Vec<u8>, PdfError> {
    let fonts = FONTS.as_ref().map_err(|e| PdfError::Fonts(e.clone()))?;
    let qr = QrCode::with_error_correction_level(doc.verify_url.as_bytes(), EcLevel::M)?;

    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(clean(doc.words.document_title))
            .language(doc.words.language.to_string())
            .creator("Cascade".to_string()),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| PdfError::Pdf("invalid page size".into()))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    let drawn = draw(&mut surface, fonts, doc, &qr);
    surface.finish();
    page.finish();
    drawn?;
    document.finish().map_err(|e| PdfError::Pdf(krilla_error(&e)))
}

// ---------------------------------------------------------------------------------------------
// Page geometry (PDF points, origin top left, y down) and colours

const MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 297.0 * MM;
const PAGE_H: f32 = 210.0 * MM;
/// The outer border line, from the page edge.
const OUTER_INSET: f32 = 12.0 * MM;
/// The inner border line, from the page edge.
const INNER_INSET: f32 = OUTER_INSET + 1.6 * MM;
/// Text keeps this far from the inner border.
const PADDING: f32 = 16.0 * MM;
const CONTENT_W: f32 = PAGE_W - 2.0 * (INNER_INSET + PADDING);
/// The QR code's side, quiet zone included (the code itself is 26–28 mm for URLs of 30–80
/// characters).
const QR_SIDE: f32 = 34.0 * MM;
const QR_QUIET: usize = 4;
/// The QR code's top left corner (quiet zone included).
const QR_X: f32 = INNER_INSET + 4.0 * MM;
const QR_Y: f32 = PAGE_H - INNER_INSET - 4.0 * MM - QR_SIDE;
/// The main column lies between these (from the top of the heading's capitals to the last
/// baseline).
const COLUMN_TOP: f32 = INNER_INSET + 14.0 * MM;
const COLUMN_BOTTOM: f32 = QR_Y - 4.0 * MM;

const BLUE: (u8, u8, u8) = (0x1d, 0x3b, 0x6e);
const INK: (u8, u8, u8) = (0x1a, 0x1a, 0x1a);
const TEXT: (u8, u8, u8) = (0x3a, 0x3a, 0x3a);
const MUTED: (u8, u8, u8) = (0x5c, 0x5c, 0x5c);

fn fill(c: (u8, u8, u8)) -> Fill {
    Fill { paint: rgb::Color::new(c.0, c.1, c.2).into(), opacity: NormalizedF32::ONE, rule: FillRule::NonZero }
}

fn stroke(c: (u8, u8, u8), width: f32) -> Stroke {
    Stroke {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        width,
        line_cap: LineCap::Butt,
        line_join: LineJoin::Miter,
        ..Stroke::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Logos

/// At most this many logos are drawn (one row).
pub const MAX_LOGOS: usize = 6;
/// A logo is embedded with at most this many pixels a side (the box is 15 mm high: ~400 dpi),
/// so a large upload does not make every certificate large.
pub const LOGO_MAX_PIXELS_HIGH: u32 = 240;
pub const LOGO_MAX_PIXELS_WIDE: u32 = 960;
/// The height every logo is scaled to, and the widest a logo may be (as a multiple of it).
const LOGO_H: f32 = 15.0 * MM;
const LOGO_MAX_ASPECT: f32 = 3.2;
const LOGO_GAP: f32 = 9.0 * MM;

/// An organiser's logo, ready to draw: decoded and checked, scaled down, compressed once (the
/// PDF writer's `Image` is shared, so every certificate of a batch embeds the same streams).
#[derive(Clone)]
pub struct Logo {
    image: Image,
    width: u32,
    height: u32,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}×{})", self.width, self.height)
    }
}

/// Decoded pixels as the PDF writer takes them: RGB and, when some pixel is not opaque, alpha.
#[derive(Clone, Hash)]
struct LogoPixels {
    rgb: Arc<Vec<u8>>,
    alpha: Option<Arc<Vec<u8>>>,
    size: (u32, u32),
}

impl CustomImage for LogoPixels {
    fn color_channel(&self) -> &[u8] {
        &self.rgb
    }
    fn alpha_channel(&self) -> Option<&[u8]> {
        self.alpha.as_deref().map(Vec::as_slice)
    }
    fn bits_per_component(&self) -> BitsPerComponent {
        BitsPerComponent::Eight
    }
    fn size(&self) -> (u32, u32) {
        self.size
    }
    fn icc_profile(&self) -> Option<&[u8]> {
        None
    }
    fn color_space(&self) -> ImageColorspace {
        ImageColorspace::Rgb
    }
}

impl Logo {
    /// Prepares an uploaded PNG or JPEG: decoded in full (an error for a file that is not one,
    /// or is cut or corrupt), scaled down to [`LOGO_MAX_PIXELS_HIGH`] ×
    /// [`LOGO_MAX_PIXELS_WIDE`]. A JPEG that is small enough already is embedded as it is.
    pub fn from_bytes(bytes: &[u8]) -> Result<Logo, String> {
        let pixels = crate::domain::image::decode(bytes, 8192).map_err(|e| e.to_string())?;
        let fits = pixels.width <= LOGO_MAX_PIXELS_WIDE && pixels.height <= LOGO_MAX_PIXELS_HIGH;
        if fits && pixels.kind == crate::domain::image::ImageKind::Jpeg {
            let shared: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(bytes.to_vec());
            if let Ok(image) = Image::from_jpeg(Data::from(shared), true) {
                return Ok(Logo { image, width: pixels.width, height: pixels.height });
            }
        }
        let pixels = pixels.fit_within(LOGO_MAX_PIXELS_WIDE, LOGO_MAX_PIXELS_HIGH);
        let (width, height) = (pixels.width, pixels.height);
        let custom = LogoPixels { rgb: Arc::new(pixels.rgb), alpha: pixels.alpha.map(Arc::new), size: (width, height) };
        let image = Image::from_custom(custom, true)?;
        Ok(Logo { image, width, height })
    }

    /// Pixels as embedded in the PDF.
    pub fn size(&self) -> (u32, u32) {
        (self.width, self.height)
    }
}

/// Where each logo goes in a row of `height` centred on the page: (x, y offset in the row,
/// width, height). Each is `height` high unless it is wider than [`LOGO_MAX_ASPECT`] times
/// that (then as wide as that, vertically centred); the row shrinks to fit `CONTENT_W`.
fn logo_row(logos: &[Logo], height: f32) -> Vec<(f32, f32, f32, f32)> {
    let logos = &logos[..logos.len().min(MAX_LOGOS)];
    if logos.is_empty() || height <= 0.0 {
        return Vec::new();
    }
    let natural: Vec<(f32, f32)> = logos
        .iter()
        .map(|l| {
            let aspect = l.width as f32 / l.height.max(1) as f32;
            let w = height * aspect.min(LOGO_MAX_ASPECT);
            (w, w / aspect.max(f32::MIN_POSITIVE))
        })
        .map(|(w, h)| (w, h.min(height)))
        .collect();
    let gaps = LOGO_GAP * (logos.len() - 1) as f32;
    let total: f32 = natural.iter().map(|(w, _)| w).sum::<f32>() + gaps;
    let shrink = if total > CONTENT_W { (CONTENT_W - gaps).max(1.0) / (total - gaps) } else { 1.0 };
    let total = natural.iter().map(|(w, _)| w * shrink).sum::<f32>() + gaps;
    let mut x = (PAGE_W - total) / 2.0;
    natural
        .into_iter()
        .map(|(w, h)| {
            let (w, h) = (w * shrink, h * shrink);
            let placed = (x, (height - h) / 2.0, w, h);
            x += w + LOGO_GAP;
            placed
        })
        .collect()
}

fn draw_logos(surface: &mut Surface, logos: &[Logo], top: f32, height: f32) {
    for (logo, (x, dy, w, h)) in logos.iter().zip(logo_row(logos, height)) {
        let Some(size) = Size::from_wh(w, h) else { continue };
        surface.push_transform(&Transform::from_translate(x, top + dy));
        surface.draw_image(logo.image.clone(), size);
        surface.pop();
    }
}

// ---------------------------------------------------------------------------------------------
// Fonts

static NOTO_REGULAR: &[u8] = include_bytes!("../../frontend/fonts/NotoSerif-Regular.ttf");
static NOTO_BOLD: &[u8] = include_bytes!("../../frontend/fonts/NotoSerif-Bold.ttf");
static NANUM: &[u8] = include_bytes!("../../frontend/fonts/NanumMyeongjo.ttf");
static NASKH_REGULAR: &[u8] = include_bytes!("../../frontend/fonts/NotoNaskhArabic-Regular.ttf");
static NASKH_BOLD: &[u8] = include_bytes!("../../frontend/fonts/NotoNaskhArabic-Bold.ttf");
static SERIF_SC: &[u8] = include_bytes!("../../frontend/fonts/NotoSerifSC-Subset.otf");

/// Parsed once per process: parsing (and krilla's hashing of the font data) is the slow part.
static FONTS: LazyLock<Result<Fonts, String>> = LazyLock::new(|| {
    Ok(Fonts {
        regular: FontFace::load(NOTO_REGULAR, "NotoSerif-Regular")?,
        bold: FontFace::load(NOTO_BOLD, "NotoSerif-Bold")?,
        hangul: FontFace::load(NANUM, "NanumMyeongjo")?,
    })
});

/// The Chinese and Arabic fonts, parsed (and their 4 MB hashed by krilla, which keeps those
/// pages resident) only when a certificate first needs them.
static HAN: LazyLock<Result<FontFace, String>> = LazyLock::new(|| FontFace::load(SERIF_SC, "NotoSerifSC"));
static ARABIC: LazyLock<Result<FontFace, String>> =
    LazyLock::new(|| FontFace::load(NASKH_REGULAR, "NotoNaskhArabic-Regular"));
static ARABIC_BOLD: LazyLock<Result<FontFace, String>> =
    LazyLock::new(|| FontFace::load(NASKH_BOLD, "NotoNaskhArabic-Bold"));

struct Fonts {
    regular: FontFace,
    bold: FontFace,
    /// The fallback for what Noto Serif lacks (Hangul). Chinese ([`HAN`], the hanzi of GB 2312)
    /// and Arabic ([`ARABIC`], shaped and laid out right to left) are loaded when first needed.
    hangul: FontFace,
}

struct FontFace {
    krilla: Font,
    face: ttf_parser::Face<'static>,
    /// The same font for the shaper (Arabic runs).
    shaper: rustybuzz::Face<'static>,
    units_per_em: f32,
    /// The GPOS lookups of the `kern` feature (of every script).
    kern_lookups: Vec<u16>,
}

impl FontFace {
    fn load(data: &'static [u8], name: &str) -> Result<FontFace, String> {
        let face = ttf_parser::Face::parse(data, 0).map_err(|e| format!("{name}: {e}"))?;
        let shaper =
            rustybuzz::Face::from_slice(data, 0).ok_or_else(|| format!("{name}: the shaper cannot read it"))?;
        let shared: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(data);
        let krilla = Font::new(Data::from(shared), 0).ok_or_else(|| format!("{name}: not a usable font"))?;
        let mut kern_lookups: Vec<u16> = Vec::new();
        if let Some(gpos) = face.tables().gpos {
            for feature in gpos.features {
                if feature.tag == ttf_parser::Tag::from_bytes(b"kern") {
                    kern_lookups.extend(feature.lookup_indices);
                }
            }
        }
        kern_lookups.sort_unstable();
        kern_lookups.dedup();
        Ok(FontFace { krilla, units_per_em: f32::from(face.units_per_em().max(1)), face, shaper, kern_lookups })
    }

    fn glyph(&self, c: char) -> Option<ttf_parser::GlyphId> {
        self.face.glyph_index(c).filter(|g| g.0 != 0)
    }

    /// Advance width in em.
    fn advance(&self, glyph: ttf_parser::GlyphId) -> f32 {
        f32::from(self.face.glyph_hor_advance(glyph).unwrap_or(0)) / self.units_per_em
    }

    /// Pair kerning in em (the first `kern` lookup that has the pair; class and glyph pairs).
    fn kerning(&self, left: ttf_parser::GlyphId, right: ttf_parser::GlyphId) -> f32 {
        use ttf_parser::gpos::{PairAdjustment, PositioningSubtable};
        let Some(gpos) = self.face.tables().gpos else { return 0.0 };
        for &index in &self.kern_lookups {
            let Some(lookup) = gpos.lookups.get(index) else { continue };
            for subtable in lookup.subtables.into_iter::<PositioningSubtable>() {
                let PositioningSubtable::Pair(pair) = subtable else { continue };
                let Some(coverage_index) = pair.coverage().get(left) else { continue };
                let values = match pair {
                    PairAdjustment::Format1 { sets, .. } => sets.get(coverage_index).and_then(|set| set.get(right)),
                    PairAdjustment::Format2 { classes, matrix, .. } => {
                        matrix.get((classes.0.get(left), classes.1.get(right)))
                    }
                };
                if let Some((first, _)) = values {
                    return f32::from(first.x_advance) / self.units_per_em;
                }
            }
        }
        0.0
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Weight {
    Regular,
    Bold,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Which {
    Regular,
    Bold,
    Hangul,
    Han,
    Arabic,
    ArabicBold,
}

impl Fonts {
    fn get(&self, which: Which) -> &FontFace {
        match which {
            Which::Regular => &self.regular,
            Which::Bold => &self.bold,
            Which::Hangul => &self.hangul,
            // a font that did not load leaves Noto Serif's missing-glyph boxes, never no PDF
            Which::Han => HAN.as_ref().unwrap_or(&self.regular),
            Which::Arabic => ARABIC.as_ref().unwrap_or(&self.regular),
            Which::ArabicBold => ARABIC_BOLD.as_ref().unwrap_or(&self.bold),
        }
    }

    /// The font for one character: Noto Serif when it has a glyph, else Nanum Myeongjo for
    /// Hangul, Noto Serif SC for hanzi (and what else only these have), else Noto Serif anyway
    /// (the reader shows a missing-glyph box; the text stays extractable). Arabic does not come
    /// here: it is shaped by runs (`Line::push_rtl`).
    fn pick(&self, c: char, weight: Weight) -> Which {
        let primary = if weight == Weight::Bold { Which::Bold } else { Which::Regular };
        if c == ' ' || self.get(primary).glyph(c).is_some() {
            primary
        } else if is_hangul(c) && self.hangul.glyph(c).is_some() {
            Which::Hangul
        } else if HAN.as_ref().is_ok_and(|han| han.glyph(c).is_some()) {
            // hanzi from the Chinese font even where Nanum Myeongjo has a hanja of them
            Which::Han
        } else if self.hangul.glyph(c).is_some() {
            Which::Hangul
        } else {
            primary
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Text layout

/// Text as printed: NFC (so "ë" is one glyph), control characters gone, spaces collapsed.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfc() {
        let c = if c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' { ' ' } else { c };
        if c.is_control() || (c == ' ' && (out.is_empty() || out.ends_with(' '))) {
            continue;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out
}

/// Glyphs of one font, drawn with one call.
#[derive(Clone)]
struct Run {
    font: Which,
    /// Hangul in a bold line: Nanum Myeongjo emboldened with an outline.
    embolden: bool,
    text: String,
    /// Advances in em (kerning and letter spacing included).
    glyphs: Vec<KrillaGlyph>,
}

/// One line, laid out at 1 pt: multiply by the font size.
#[derive(Clone, Default)]
struct Line {
    runs: Vec<Run>,
    /// Width in em.
    width: f32,
    /// The last glyph and its font (for kerning what is appended).
    last: Option<(Which, ttf_parser::GlyphId)>,
    /// Has shaped (right-to-left) runs: glyphs are not one per character in reading order.
    shaped: bool,
}

/// Whether a character is Korean script (syllables and jamo), drawn with Nanum Myeongjo.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{a960}'..='\u{a97f}' | '\u{ac00}'..='\u{d7ff}')
}

/// Whether a character is written right to left (Arabic, Hebrew, Syriac, Thaana, N'Ko and
/// their presentation forms).
fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

impl Line {
    /// Appends text in a weight; `tracking` is letter spacing in em. Text with right-to-left
    /// characters is reordered by the Unicode bidirectional algorithm (its direction taken from
    /// its first strong character) and its right-to-left runs are shaped.
    fn push(&mut self, fonts: &Fonts, text: &str, weight: Weight, tracking: f32) {
        if !text.chars().any(is_rtl) {
            self.push_ltr(fonts, text, weight, tracking);
            return;
        }
        let bidi = unicode_bidi::BidiInfo::new(text, None);
        for paragraph in &bidi.paragraphs {
            let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
            for run in runs {
                let Some(piece) = text.get(run.clone()) else { continue };
                if levels[run.start].is_rtl() {
                    self.push_rtl(fonts, piece, weight);
                } else {
                    self.push_ltr(fonts, piece, weight, tracking);
                }
            }
        }
    }

    /// A right-to-left run, shaped with Noto Naskh Arabic (joining forms, ligatures, marks) into
    /// glyphs in visual order; what that font lacks is taken from the others, one glyph each.
    fn push_rtl(&mut self, fonts: &Fonts, text: &str, weight: Weight) {
        let which = if weight == Weight::Bold { Which::ArabicBold } else { Which::Arabic };
        let face = fonts.get(which);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::RightToLeft);
        buffer.guess_segment_properties();
        let output = rustybuzz::shape(&face.shaper, &[], buffer);
        let mut starts: Vec<usize> = output.glyph_infos().iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |start: usize| starts.iter().copied().find(|s| *s > start).unwrap_or(text.len());
        self.shaped = true;
        // the Arabic runs of this text carry the whole text in reading order, each glyph the
        // range of its cluster (a letter and its marks), for copying text out of the PDF
        let mut current: Option<usize> = None;
        for (info, pos) in output.glyph_infos().iter().zip(output.glyph_positions()) {
            let start = info.cluster as usize;
            let range = start..end_of(start);
            if info.glyph_id == 0 {
                // not in the Arabic font (a Latin letter, a symbol): the other fonts, in order
                let reversed: String = text.get(range).unwrap_or("").chars().rev().collect();
                self.push_ltr(fonts, &reversed, weight, 0.0);
                current = None;
                continue;
            }
            if current.is_none_or(|i| i + 1 != self.runs.len()) {
                self.runs.push(Run { font: which, embolden: false, text: text.to_string(), glyphs: Vec::new() });
                current = Some(self.runs.len() - 1);
            }
            let Some(run) = self.runs.last_mut() else { continue };
            let em = face.units_per_em;
            let advance = pos.x_advance as f32 / em;
            run.glyphs.push(KrillaGlyph {
                glyph_id: GlyphId::new(info.glyph_id),
                text_range: range,
                x_advance: advance,
                x_offset: pos.x_offset as f32 / em,
                y_offset: pos.y_offset as f32 / em,
                y_advance: 0.0,
                location: None,
            });
            self.width += advance;
            self.last = None;
        }
    }

    /// A left-to-right run, one glyph per character from the first font that has it, kerned.
    fn push_ltr(&mut self, fonts: &Fonts, text: &str, weight: Weight, tracking: f32) {
        for c in text.chars() {
            // bidirectional controls (Fluent isolates placeables in Arabic) have no glyph
            if matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
                continue;
            }
            let which = fonts.pick(c, weight);
            let face = fonts.get(which);
            let glyph = face.glyph(c).unwrap_or(ttf_parser::GlyphId(0));
            let mut kern = 0.0;
            if let Some((prev_font, prev_glyph)) = self.last {
                if prev_font == which {
                    kern = face.kerning(prev_glyph, glyph);
                }
            }
            if self.runs.last().is_none_or(|r| r.font != which) {
                self.runs.push(Run {
                    font: which,
                    embolden: matches!(which, Which::Hangul | Which::Han) && weight == Weight::Bold,
                    text: String::new(),
                    glyphs: Vec::new(),
                });
            } else if let Some(last) = self.runs.last_mut().and_then(|r| r.glyphs.last_mut()) {
                last.x_advance += kern;
                self.width += kern;
            }
            let Some(run) = self.runs.last_mut() else { continue };
            let start = run.text.len();
            run.text.push(c);
            let advance = face.advance(glyph) + tracking;
            run.glyphs.push(KrillaGlyph {
                glyph_id: GlyphId::new(u32::from(glyph.0)),
                text_range: start..start + c.len_utf8(),
                x_advance: advance,
                x_offset: 0.0,
                y_offset: 0.0,
                y_advance: 0.0,
                location: None,
            });
            self.width += advance;
            self.last = Some((which, glyph));
        }
    }

    /// Removes the letter spacing after the last glyph (so centring is exact).
    fn end(mut self, tracking: f32) -> Line {
        if let Some(last) = self.runs.last_mut().and_then(|r| r.glyphs.last_mut()) {
            last.x_advance -= tracking;
            self.width -= tracking;
        }
        self
    }

    fn new(fonts: &Fonts, text: &str, weight: Weight, tracking: f32) -> Line {
        let mut line = Line::default();
        line.push(fonts, text, weight, tracking);
        line.end(tracking)
    }
}

/// How a block of text may be fitted into its width.
struct Fit {
    weight: Weight,
    tracking: f32,
    /// The size it is set in when it fits.
    size: f32,
    /// On one line it may shrink to this size before it wraps (on two lines, or when it may
    /// not wrap, it shrinks as far as it must).
    one_line_floor: f32,
    /// Wrap onto two lines at all.
    wrap: bool,
}

/// Lines and their font size.
struct Fitted {
    lines: Vec<Line>,
    size: f32,
}

/// Fits `text` into `max_width`: at `fit.size` if possible, else shrunk to `fit.one_line_floor`,
/// else on two lines split at the candidate breaks (byte ranges dropped at the break; spaces
/// when `breaks` is empty) as evenly as possible, shrunk as far as needed. Text that cannot be
/// split is shrunk on one line until it fits.
fn fit(fonts: &Fonts, text: &str, fit: &Fit, max_width: f32, breaks: &[(usize, usize)]) -> Fitted {
    let one = Line::new(fonts, text, fit.weight, fit.tracking);
    let size_for = |width: f32| if width > 0.0 { fit.size.min(max_width / width) } else { fit.size };
    let one_size = size_for(one.width);
    if one_size >= fit.one_line_floor || !fit.wrap {
        return Fitted { lines: vec![one], size: one_size };
    }
    let spaces: Vec<(usize, usize)>;
    let breaks = if breaks.is_empty() {
        spaces = text.char_indices().filter(|&(_, c)| c == ' ').map(|(i, _)| (i, i + 1)).collect();
        &spaces[..]
    } else {
        breaks
    };
    // the widest of the two lines, estimated from the one line's advances (kerning across the
    // break aside), for every candidate; then the best is laid out again. Shaped text has no
    // glyph per character in reading order: each candidate is laid out instead.
    if one.shaped {
        let laid = |&(end, start): &(usize, usize)| -> Option<(Line, Line)> {
            let (first, second) = (text.get(..end)?, text.get(start..)?);
            if first.trim().is_empty() || second.trim().is_empty() {
                return None;
            }
            Some((
                Line::new(fonts, first.trim_end(), fit.weight, fit.tracking),
                Line::new(fonts, second.trim_start(), fit.weight, fit.tracking),
            ))
        };
        let best =
            breaks.iter().filter_map(laid).min_by(|a, b| a.0.width.max(a.1.width).total_cmp(&b.0.width.max(b.1.width)));
        return match best {
            Some((a, b)) if size_for(a.width.max(b.width)) > one_size => {
                Fitted { size: size_for(a.width.max(b.width)), lines: vec![a, b] }
            }
            _ => Fitted { lines: vec![one], size: one_size },
        };
    }
    let mut before = vec![0.0f32; text.len() + 1];
    let mut x = 0.0;
    for ((offset, _), glyph) in text.char_indices().zip(one.runs.iter().flat_map(|r| &r.glyphs)) {
        before[offset] = x;
        x += glyph.x_advance;
    }
    before[text.len()] = one.width;
    let widest = |&(end, start): &(usize, usize)| {
        let first = before.get(end).map_or(f32::MAX, |w| w - fit.tracking);
        let second = before.get(start).map_or(f32::MAX, |w| one.width - w);
        first.max(second)
    };
    let best = breaks
        .iter()
        .filter(|&&(end, start)| {
            text.get(..end).is_some_and(|t| !t.trim().is_empty())
                && text.get(start..).is_some_and(|t| !t.trim().is_empty())
        })
        .min_by(|a, b| widest(a).total_cmp(&widest(b)));
    let Some(&(end, start)) = best else { return Fitted { lines: vec![one], size: one_size } };
    let (Some(first), Some(second)) = (text.get(..end), text.get(start..)) else {
        return Fitted { lines: vec![one], size: one_size };
    };
    let a = Line::new(fonts, first.trim_end(), fit.weight, fit.tracking);
    let b = Line::new(fonts, second.trim_start(), fit.weight, fit.tracking);
    let two_size = size_for(a.width.max(b.width));
    // two lines only when that is larger than one line would be
    if two_size > one_size {
        Fitted { lines: vec![a, b], size: two_size }
    } else {
        Fitted { lines: vec![one], size: one_size }
    }
}

fn draw_line(surface: &mut Surface, fonts: &Fonts, line: &Line, x: f32, baseline: f32, size: f32, color: (u8, u8, u8)) {
    let mut x = x;
    surface.set_fill(Some(fill(color)));
    for run in &line.runs {
        let face = fonts.get(run.font);
        if run.embolden {
            surface.set_stroke(Some(stroke(color, size * 0.03)));
        }
        surface.draw_glyphs(Point::from_xy(x, baseline), &run.glyphs, face.krilla.clone(), &run.text, size, false);
        if run.embolden {
            surface.set_stroke(None);
        }
        x += run.glyphs.iter().map(|g| g.x_advance).sum::<f32>() * size;
    }
}

fn centered(surface: &mut Surface, fonts: &Fonts, line: &Line, baseline: f32, size: f32, color: (u8, u8, u8)) {
    draw_line(surface, fonts, line, (PAGE_W - line.width * size) / 2.0, baseline, size, color);
}

// ---------------------------------------------------------------------------------------------
// The page

/// Cap height and descent of Noto Serif, in em (for spacing lines by their visible ink).
const CAP: f32 = 0.71;
const LEADING: f32 = 1.28;

/// A centred block in the main column: lines of text, or the row of logos.
struct Block {
    fitted: Fitted,
    color: (u8, u8, u8),
    /// Space above the block's cap height (or the logos' top), in pt.
    gap: f32,
    below: Decoration,
    /// The height of the logo row when this block is the logos (no text).
    logo_height: Option<f32>,
}

/// What is drawn under a block (within the next block's gap).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Decoration {
    None,
    /// A short rule with a diamond.
    Ornament,
    /// A hairline a little wider than the text.
    Hairline,
}

impl Block {
    /// From the top of the first line's capitals to the last baseline.
    fn height(&self) -> f32 {
        if let Some(height) = self.logo_height {
            return height;
        }
        let n = self.fitted.lines.len() as f32;
        self.fitted.size * (CAP + (n - 1.0) * LEADING)
    }
}

fn draw(surface: &mut Surface, fonts: &Fonts, doc: &CertificateDocument, qr: &QrCode) -> Result<(), PdfError> {
    // the double border
    surface.set_fill(None);
    surface.set_stroke(Some(stroke(BLUE, 1.8)));
    surface.draw_path(&rect(OUTER_INSET, OUTER_INSET, PAGE_W - 2.0 * OUTER_INSET, PAGE_H - 2.0 * OUTER_INSET)?);
    surface.set_stroke(Some(stroke(BLUE, 0.6)));
    surface.draw_path(&rect(INNER_INSET, INNER_INSET, PAGE_W - 2.0 * INNER_INSET, PAGE_H - 2.0 * INNER_INSET)?);
    surface.set_stroke(None);

    // the bottom row: QR code, code and URL at the left, the issue date at the right
    draw_qr(surface, qr, QR_X, QR_Y)?;

    let small = |text: &str, weight, size, floor| {
        let f = Fit { weight, tracking: 0.0, size, one_line_floor: floor, wrap: false };
        (f, clean(text))
    };
    let issued_text = clean(doc.issued);
    let issued = Line::new(fonts, &issued_text, Weight::Regular, 0.0);
    let issued_size = 11.0f32.min((PAGE_W / 2.0 - 2.0 * PADDING) / issued.width.max(0.01));
    let right = PAGE_W - INNER_INSET - PADDING;
    let text_x = QR_X + QR_SIDE;
    let text_w = (right - issued.width * issued_size - 10.0 * MM) - text_x;

    // "Certificate code 7K3M-…" with the code in bold
    let code_text = clean(doc.code);
    let mut code_line = Line::default();
    if doc.words.code_label.chars().any(is_rtl) {
        // read from the right: the label, then the code to its left
        code_line.push(fonts, &code_text, Weight::Bold, 0.0);
        code_line.push(fonts, " ", Weight::Regular, 0.0);
        code_line.push(fonts, doc.words.code_label.trim(), Weight::Regular, 0.0);
    } else {
        code_line.push(fonts, doc.words.code_label, Weight::Regular, 0.0);
        code_line.push(fonts, &code_text, Weight::Bold, 0.0);
    }
    let code_size = 11.0f32.min(text_w / code_line.width.max(0.01));
    let (verify_fit, verify_text) = small(doc.words.verify_line.trim(), Weight::Regular, 8.5, 4.0);
    let verify = fit(fonts, &verify_text, &verify_fit, text_w, &[]);

    let qr_middle = QR_Y + QR_SIDE / 2.0;
    let code_baseline = qr_middle - 1.0;
    let verify_baseline = code_baseline + 8.5 + verify.size * 1.1;
    draw_line(surface, fonts, &code_line, text_x, code_baseline, code_size, INK);
    if let Some(line) = verify.lines.first() {
        draw_line(surface, fonts, line, text_x, verify_baseline, verify.size, MUTED);
    }
    draw_line(surface, fonts, &issued, right - issued.width * issued_size, verify_baseline, issued_size, TEXT);

    // the main column, centred vertically between the top border and the QR code; when it is
    // too tall (long name, title and organisers, each on two lines) the gaps close up to half,
    // then everything shrinks
    let available = COLUMN_BOTTOM - COLUMN_TOP;
    let (blocks, gap_factor) = fit_column(fonts, doc, available);
    let total = column_height(&blocks, gap_factor);
    let mut y = COLUMN_TOP + ((available - total) / 2.0).max(0.0);
    let mut previous: Option<&Block> = None;
    for block in &blocks {
        if let Some(above) = previous {
            let gap = block.gap * gap_factor;
            match above.below {
                Decoration::None => {}
                Decoration::Ornament => draw_ornament(surface, y + gap * 0.46)?,
                Decoration::Hairline => {
                    let text_width = above.fitted.lines.iter().map(|l| l.width).fold(0.0, f32::max) * above.fitted.size;
                    let width = (text_width + 24.0 * MM).clamp(110.0 * MM, CONTENT_W);
                    surface.set_fill(Some(fill(BLUE)));
                    surface.draw_path(&rect((PAGE_W - width) / 2.0, y + gap * 0.35, width, 0.5)?);
                }
            }
            y += gap;
        }
        if let Some(height) = block.logo_height {
            draw_logos(surface, doc.logos, y, height);
        }
        let size = block.fitted.size;
        let mut baseline = y + size * CAP;
        for line in &block.fitted.lines {
            centered(surface, fonts, line, baseline, size, block.color);
            baseline += size * LEADING;
        }
        y += block.height();
        previous = Some(block);
    }
    Ok(())
}

/// The main column and the factor for its gaps, fitted into `available` height: the gaps close
/// up to half, then sizes shrink.
fn fit_column(fonts: &Fonts, doc: &CertificateDocument, available: f32) -> (Vec<Block>, f32) {
    let mut scale = 1.0;
    loop {
        let blocks = column(fonts, doc, scale);
        let text = column_height(&blocks, 0.0);
        let gaps = column_height(&blocks, 1.0) - text;
        let factor = if gaps > 0.0 { ((available - text) / gaps).min(1.0) } else { 1.0 };
        if factor >= 0.5 || scale < 0.3 {
            return (blocks, factor.max(0.5));
        }
        scale *= 0.9;
    }
}

/// From the top of the first block's capitals to the last baseline.
fn column_height(blocks: &[Block], gap_factor: f32) -> f32 {
    blocks.iter().map(Block::height).sum::<f32>() + blocks.iter().skip(1).map(|b| b.gap * gap_factor).sum::<f32>()
}

/// The blocks of the main column, their sizes and gaps multiplied by `scale`.
fn column(fonts: &Fonts, doc: &CertificateDocument, scale: f32) -> Vec<Block> {
    let title = |size: f32, one_line_floor: f32| Fit {
        weight: Weight::Bold,
        tracking: 0.0,
        size: size * scale,
        one_line_floor: one_line_floor * scale,
        wrap: true,
    };
    let regular = |size, one_line_floor| Fit { weight: Weight::Regular, ..title(size, one_line_floor) };

    let organisers: Vec<String> = doc.organisers.iter().map(|o| clean(o)).filter(|o| !o.is_empty()).collect();
    let mut organised = doc.words.organised_before.to_string();
    let mut separators = Vec::new();
    for (i, o) in organisers.iter().enumerate() {
        if i > 0 {
            separators.push((organised.len(), organised.len() + " · ".len()));
            organised.push_str(" · ");
        }
        organised.push_str(o);
    }
    // not `clean`ed: it would drop the space that parts the names from a word after them
    organised.push_str(doc.words.organised_after);
    if organisers.is_empty() {
        organised.clear();
    }

    let parts = [
        (
            clean(doc.heading).to_uppercase(),
            Fit { tracking: 0.16, ..title(24.0, 15.0) },
            BLUE,
            0.0,
            Decoration::Ornament,
        ),
        (clean(doc.preamble), regular(13.0, 10.0), TEXT, 52.0, Decoration::None),
        (clean(doc.holder_name), title(30.0, 18.0), INK, 24.0, Decoration::Hairline),
        (clean(doc.achievement), regular(13.0, 10.0), TEXT, 40.0, Decoration::None),
        (clean(doc.training_title), title(20.0, 16.0), BLUE, 18.0, Decoration::None),
        (organised, regular(12.0, 10.0), TEXT, 36.0, Decoration::None),
        (clean(doc.dates_and_hours), regular(12.0, 10.0), TEXT, 13.0, Decoration::None),
    ];
    let organisers_part = 5;
    let blocks: Vec<(usize, Block)> = parts
        .into_iter()
        .enumerate()
        .filter(|(_, (text, ..))| !text.is_empty())
        .map(|(i, (text, f, color, gap, below))| {
            let breaks = if i == organisers_part { &separators[..] } else { &[] };
            let gap = if i == organisers_part && !doc.logos.is_empty() { 12.0 } else { gap };
            let fitted = fit(fonts, &text, &f, CONTENT_W, breaks);
            (i, Block { fitted, color, gap: gap * scale, below, logo_height: None })
        })
        .collect();
    // the logos above "Organised by" (or where it would be)
    let at = blocks.iter().position(|(i, _)| *i >= organisers_part).unwrap_or(blocks.len());
    let mut blocks: Vec<Block> = blocks.into_iter().map(|(_, b)| b).collect();
    if !doc.logos.is_empty() {
        let row = Block {
            fitted: Fitted { lines: Vec::new(), size: 0.0 },
            color: TEXT,
            gap: 30.0 * scale,
            below: Decoration::None,
            logo_height: Some(LOGO_H * scale),
        };
        blocks.insert(at, row);
    }
    blocks
}

fn rect(x: f32, y: f32, w: f32, h: f32) -> Result<Path, PdfError> {
    let mut pb = PathBuilder::new();
    pb.push_rect(
        Rect::from_xywh(x, y, w, h).ok_or_else(|| PdfError::Pdf(format!("invalid rectangle {x} {y} {w} {h}")))?,
    );
    pb.finish().ok_or_else(|| PdfError::Pdf("empty path".into()))
}

fn draw_ornament(surface: &mut Surface, y: f32) -> Result<(), PdfError> {
    let cx = PAGE_W / 2.0;
    let half = 26.0 * MM;
    let d = 2.6;
    surface.set_fill(Some(fill(BLUE)));
    surface.draw_path(&rect(cx - half, y - 0.3, half - 2.4 * d, 0.6)?);
    surface.draw_path(&rect(cx + 2.4 * d, y - 0.3, half - 2.4 * d, 0.6)?);
    let mut pb = PathBuilder::new();
    pb.move_to(cx, y - d);
    pb.line_to(cx + d, y);
    pb.line_to(cx, y + d);
    pb.line_to(cx - d, y);
    pb.close();
    if let Some(diamond) = pb.finish() {
        surface.draw_path(&diamond);
    }
    Ok(())
}

/// The QR code as one path of black squares (rows merged into bars), quiet zone included in
/// `QR_SIDE`.
fn draw_qr(surface: &mut Surface, qr: &QrCode, x: f32, y: f32) -> Result<(), PdfError> {
    let width = qr.width();
    let colors = qr.to_colors();
    let module = QR_SIDE / (width + 2 * QR_QUIET) as f32;
    let origin_x = x + QR_QUIET as f32 * module;
    let origin_y = y + QR_QUIET as f32 * module;
    let mut pb = PathBuilder::new();
    for (row, modules) in colors.chunks(width.max(1)).enumerate() {
        let mut col = 0;
        while col < modules.len() {
            if modules[col] != QrColor::Dark {
                col += 1;
                continue;
            }
            let start = col;
            while col < modules.len() && modules[col] == QrColor::Dark {
                col += 1;
            }
            let bar = Rect::from_xywh(
                origin_x + start as f32 * module,
                origin_y + row as f32 * module,
                (col - start) as f32 * module,
                module,
            )
            .ok_or_else(|| PdfError::Pdf("invalid QR module".into()))?;
            pb.push_rect(bar);
        }
    }
    if let Some(path) = pb.finish() {
        surface.set_stroke(None);
        surface.set_fill(Some(fill((0, 0, 0))));
        surface.draw_path(&path);
    }
    Ok(())
}

fn krilla_error(e: &krilla::error::KrillaError) -> String {
    match e {
        krilla::error::KrillaError::Font(_, message) => format!("font: {message}"),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English, as certificates read before languages.
    const ENGLISH_WORDS: Words<'static> = Words {
        language: "en",
        document_title: "Certificate",
        code_label: "Certificate code ",
        verify_line: "Verify at https://cascade.example.org/verify/7K3M-Q9PX-2HDW",
        organised_before: "Organised by ",
        organised_after: "",
    };

    fn sample<'a>(name: &'a str, title: &'a str, organisers: &'a [String]) -> CertificateDocument<'a> {
        CertificateDocument {
            heading: "Certified trainer",
            preamble: "This certifies that",
            holder_name: name,
            achievement: "has completed the Training of Trainers and is certified to train others in",
            training_title: title,
            organisers,
            logos: &[],
            dates_and_hours: "14–16 February 2023 · 9 hours",
            issued: "Issued 17 February 2023",
            code: "7K3M-Q9PX-2HDW",
            verify_url: "https://cascade.example.org/verify/7K3M-Q9PX-2HDW",
            words: ENGLISH_WORDS,
        }
    }

    #[test]
    fn three_scripts_render_a_small_pdf() {
        let organisers = ["Mirëlinda Krasniqi".to_string(), "Батбаяр Должин".to_string(), "김민준".to_string()];
        for name in ["Батбаяр Должин", "Mirëlinda Krasniqi", "김민준", "Kim 김민준"] {
            let pdf = render(&sample(name, "Facilitating adult learning online", &organisers)).expect("renders");
            assert!(pdf.starts_with(b"%PDF-"));
            assert!(pdf.len() < 200 * 1024, "{name}: {} bytes", pdf.len());
        }
    }

    #[test]
    fn each_character_gets_a_font_that_has_it() {
        let fonts = FONTS.as_ref().expect("fonts load");
        assert_eq!(fonts.pick('ë', Weight::Bold), Which::Bold);
        assert_eq!(fonts.pick('Д', Weight::Regular), Which::Regular);
        assert_eq!(fonts.pick('김', Weight::Bold), Which::Hangul);
        let line = Line::new(fonts, "Kim 김민준", Weight::Bold, 0.0);
        let runs: Vec<_> = line.runs.iter().map(|r| (r.font, r.text.as_str(), r.embolden)).collect();
        assert_eq!(runs, [(Which::Bold, "Kim ", false), (Which::Hangul, "김민준", true)]);
        assert!(line.runs.iter().flat_map(|r| &r.glyphs).all(|g| g.glyph_id.to_u32() != 0));
        assert_eq!(fonts.pick('证', Weight::Regular), Which::Han);
        assert_eq!(fonts.pick('，', Weight::Regular), Which::Han);
    }

    #[test]
    fn arabic_is_shaped_and_runs_right_to_left() {
        let fonts = FONTS.as_ref().expect("fonts load");
        // "issued on: 17 February 2023", a Latin code after an Arabic label
        let line = Line::new(fonts, "تاريخ الإصدار: 2023 ABC", Weight::Regular, 0.0);
        assert!(line.shaped);
        let glyphs: Vec<_> = line.runs.iter().flat_map(|r| &r.glyphs).collect();
        assert!(glyphs.iter().all(|g| g.glyph_id.to_u32() != 0), "every glyph is real");
        // the paragraph runs right to left: the Latin "ABC" comes first from the left, the
        // Arabic label last
        let fonts_in_order: Vec<Which> = line.runs.iter().map(|r| r.font).collect();
        assert_eq!(fonts_in_order.first(), Some(&Which::Regular), "{fonts_in_order:?}");
        assert_eq!(fonts_in_order.last(), Some(&Which::Arabic), "{fonts_in_order:?}");
        // joined letters: shaping gives other glyphs than one isolated form per letter
        let isolated: Vec<u32> =
            "تاريخ".chars().map(|c| fonts.get(Which::Arabic).glyph(c).map_or(0, |g| u32::from(g.0))).collect();
        let word = Line::new(fonts, "تاريخ", Weight::Regular, 0.0);
        let shaped: Vec<u32> = word.runs[0].glyphs.iter().map(|g| g.glyph_id.to_u32()).rev().collect();
        assert_ne!(shaped, isolated, "contextual forms");
        assert_eq!(word.runs[0].text, "تاريخ", "the text reads back in logical order");
    }

    #[test]
    fn long_text_shrinks_then_wraps_and_never_overflows() {
        let fonts = FONTS.as_ref().expect("fonts load");
        let name = Fit { weight: Weight::Bold, tracking: 0.0, size: 30.0, one_line_floor: 18.0, wrap: true };
        let short = fit(fonts, "김민준", &name, CONTENT_W, &[]);
        assert_eq!((short.lines.len(), short.size), (1, 30.0));
        let long = "Maria Magdalena Alexandrina Konstantinopoulou-Papadimitriou";
        let shrunk = fit(fonts, long, &name, CONTENT_W, &[]);
        assert_eq!(shrunk.lines.len(), 1);
        assert!(shrunk.size < 30.0 && shrunk.size >= 18.0, "{}", shrunk.size);
        let title = Fit { size: 20.0, one_line_floor: 16.0, ..name };
        let long_title = "Training of Trainers in participatory facilitation, adult learning and \
                          community-based psychosocial support for teachers, nurses and social workers";
        let wrapped = fit(fonts, long_title, &title, CONTENT_W, &[]);
        assert_eq!(wrapped.lines.len(), 2);
        let unbreakable = "X".repeat(400);
        for text in [long, long_title, unbreakable.as_str()] {
            for f in [&name, &title] {
                let fitted = fit(fonts, text, f, CONTENT_W, &[]);
                for line in &fitted.lines {
                    assert!(line.width * fitted.size <= CONTENT_W + 0.01, "{text}: {}", line.width * fitted.size);
                }
            }
        }
        let doc = CertificateDocument { holder_name: long, training_title: long_title, ..sample("", "", &[]) };
        assert!(render(&doc).is_ok());
    }

    #[test]
    fn a_crowded_certificate_still_fits_its_page() {
        let fonts = FONTS.as_ref().expect("fonts load");
        let organisers: Vec<String> = (1..=6)
            .map(|i| format!("Ministry of Education, Science, Technology and Innovation, Department {i}"))
            .collect();
        let long = "Training of Trainers in participatory facilitation, adult learning and community-based \
                    psychosocial support for teachers, nurses and social workers in rural districts";
        let doc = CertificateDocument {
            heading: "Certificate of attendance for the whole Training of Trainers programme",
            preamble: long,
            holder_name: "Maria Magdalena Alexandrina Konstantinopoulou-Papadimitriou von Hohenzollern-Sigmaringen",
            achievement: long,
            training_title: long,
            dates_and_hours: long,
            ..sample("", "", &organisers)
        };
        let available = COLUMN_BOTTOM - COLUMN_TOP;
        let (blocks, factor) = fit_column(fonts, &doc, available);
        assert!(column_height(&blocks, factor) <= available, "{}", column_height(&blocks, factor));
        for block in &blocks {
            assert!(block.fitted.lines.iter().all(|l| l.width * block.fitted.size <= CONTENT_W + 0.01));
        }
        // an absurd input is still one page, and laid out in linear time
        let huge = "word ".repeat(2_000);
        let doc = CertificateDocument { holder_name: &huge, training_title: &huge, ..doc };
        let started = std::time::Instant::now();
        assert!(render(&doc).is_ok());
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "{:?}", started.elapsed());
    }

    fn png(w: u32, h: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        let mut writer = encoder.write_header().expect("header");
        writer.write_image_data(&vec![0x40; (w * h * 3) as usize]).expect("pixels");
        writer.finish().expect("end");
        out
    }

    #[test]
    fn logos_fit_one_row_and_the_column_still_fits() {
        let fonts = FONTS.as_ref().expect("fonts load");
        // very wide, very tall, square, and six of them
        let logos: Vec<Logo> = [(900, 100), (40, 200), (120, 120), (900, 100), (600, 150), (300, 100), (50, 50)]
            .iter()
            .map(|&(w, h)| Logo::from_bytes(&png(w, h)).expect("a logo"))
            .collect();
        let row = logo_row(&logos, LOGO_H);
        assert_eq!(row.len(), MAX_LOGOS, "at most six are drawn");
        let (left, right) = (row[0].0, row[row.len() - 1].0 + row[row.len() - 1].2);
        assert!(left >= (PAGE_W - CONTENT_W) / 2.0 - 0.01 && right <= (PAGE_W + CONTENT_W) / 2.0 + 0.01, "{row:?}");
        for pair in row.windows(2) {
            assert!(pair[0].0 + pair[0].2 <= pair[1].0, "no two logos overlap: {row:?}");
        }
        for (logo, &(_, dy, w, h)) in logos.iter().zip(&row) {
            assert!(dy >= 0.0 && dy + h <= LOGO_H + 0.01, "{row:?}");
            let (pw, ph) = logo.size();
            let aspect = pw as f32 / ph as f32;
            assert!((w / h - aspect).abs() < 0.01 * aspect, "aspect ratio kept: {w}/{h} vs {aspect}");
        }
        // the crowded certificate with logos still fits between the border and the QR code
        let organisers: Vec<String> =
            (1..=6).map(|i| format!("Ministry of Education, Science and Innovation {i}")).collect();
        let long = "Training of Trainers in participatory facilitation, adult learning and community-based \
                    psychosocial support for teachers, nurses and social workers in rural districts";
        let doc = CertificateDocument {
            logos: &logos,
            training_title: long,
            achievement: long,
            ..sample("A B", "", &organisers)
        };
        let available = COLUMN_BOTTOM - COLUMN_TOP;
        let (blocks, factor) = fit_column(fonts, &doc, available);
        assert!(column_height(&blocks, factor) <= available, "{}", column_height(&blocks, factor));
        assert_eq!(blocks.iter().filter(|b| b.logo_height.is_some()).count(), 1);
        assert!(render(&doc).is_ok());
        // a file that is not an image is no logo
        assert!(Logo::from_bytes(b"GIF89a").is_err());
    }

    #[test]
    fn pair_kerning_is_applied() {
        let fonts = FONTS.as_ref().expect("fonts load");
        let kerned = Line::new(fonts, "AV", Weight::Regular, 0.0).width;
        let apart =
            Line::new(fonts, "A", Weight::Regular, 0.0).width + Line::new(fonts, "V", Weight::Regular, 0.0).width;
        assert!(kerned < apart, "{kerned} vs {apart}");
    }
}
