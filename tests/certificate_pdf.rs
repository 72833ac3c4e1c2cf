//! The certificate PDF, read back by independent tools (poppler-utils and zbar-tools): the text
//! of every script is extractable, every font is embedded, and the QR code scans to the
//! verification URL.
//!
//! When `pdftotext`, `pdffonts`, `pdftoppm` or `zbarimg` is missing the test is skipped, except
//! under CI=true. The speed check is ignored by default:
//! `cargo test --release --test certificate_pdf -- --ignored --nocapture`.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use cascade::certificates::pdf::{render, CertificateDocument, Logo, Words};
use common::images;

const NAMES: [&str; 3] = ["Батбаяр Должин", "Mirëlinda Krasniqi", "김민준"];
const TITLE: &str = "Facilitating Adult Learning Online";
const CODE: &str = "7K3M-Q9PX-2HDW";
const URL: &str = "https://cascade.example.org/verify/7K3M-Q9PX-2HDW";

fn sample<'a>(holder_name: &'a str, organisers: &'a [String]) -> CertificateDocument<'a> {
    CertificateDocument {
        heading: "Certified trainer",
        preamble: "This certifies that",
        holder_name,
        achievement: "has completed the Training of Trainers and is certified to train others in",
        training_title: TITLE,
        organisers,
        logos: &[],
        dates_and_hours: "14–16 February 2023 · 9 hours",
        issued: "Issued 17 February 2023",
        code: CODE,
        verify_url: URL,
        words: Words {
            language: "en",
            document_title: "Certificate – a holder",
            code_label: "Certificate code ",
            verify_line: VERIFY_LINE,
            organised_before: "Organised by ",
            organised_after: "",
        },
    }
}

const VERIFY_LINE: &str = "Verify at https://cascade.example.org/verify/7K3M-Q9PX-2HDW";

/// Whether the external tool is installed; fails under CI=true when it is not.
fn have(tool: &str) -> bool {
    common::tools::available(tool, &["-v"])
}

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| panic!("{tool}: {e}"));
    assert!(out.status.success(), "{tool} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{tool} printed invalid UTF-8: {e}"))
}

fn check_fonts_embedded(pdf: &Path) {
    // name type encoding emb sub uni object ID; the name may contain no spaces, the type may
    let listing = run("pdffonts", &[pdf.to_str().expect("UTF-8 path")]);
    let mut lines = listing.lines();
    let header = lines.next().expect("pdffonts header");
    let emb = header.find("emb").expect("an emb column");
    let fonts: Vec<&str> = lines.skip(1).filter(|l| !l.trim().is_empty()).collect();
    assert!(fonts.len() >= 3, "Noto Serif regular and bold and Nanum Myeongjo expected:\n{listing}");
    for font in &fonts {
        let value = font.get(emb..emb + 3).unwrap_or_default();
        assert_eq!(value, "yes", "not embedded:\n{listing}");
    }
    assert!(listing.contains("NanumMyeongjo"), "{listing}");
}

#[test]
fn text_fonts_and_qr_code_read_back() {
    if !["pdftotext", "pdffonts", "pdftoppm", "zbarimg"].iter().all(|t| have(t)) {
        return;
    }
    let organisers: Vec<String> = NAMES.iter().rev().map(|s| s.to_string()).collect();
    let dir = tempfile::tempdir().expect("a temporary directory");
    for name in NAMES {
        let bytes = render(&sample(name, &organisers)).expect("the certificate renders");
        let pdf = dir.path().join("certificate.pdf");
        std::fs::write(&pdf, &bytes).expect("writes the PDF");
        let pdf_path = pdf.to_str().expect("UTF-8 path");

        let text = run("pdftotext", &["-layout", pdf_path, "-"]);
        for expected in NAMES.iter().chain([&TITLE, &CODE, &URL]) {
            assert!(text.contains(expected), "“{expected}” missing from the text of {name}’s certificate:\n{text}");
        }

        check_fonts_embedded(&pdf);

        let prefix = dir.path().join("page");
        run("pdftoppm", &["-r", "150", "-png", "-singlefile", pdf_path, prefix.to_str().expect("UTF-8 path")]);
        let png = dir.path().join("page.png");
        let decoded = run("zbarimg", &["--raw", "-q", png.to_str().expect("UTF-8 path")]);
        assert_eq!(decoded.trim_end(), URL, "the QR code of {name}’s certificate");
    }
}

/// Six organisers with logos of every shape (wide, tall, square; PNG with and without alpha,
/// JPEG; one larger than is embedded): every logo is in the PDF at the expected size, the text
/// still reads back, and a file that is no image is no logo.
#[test]
fn logos_are_embedded_in_organiser_order_and_the_text_still_reads() {
    if !["pdftotext", "pdfimages"].iter().all(|t| have(t)) {
        return;
    }
    let uploads: Vec<(Vec<u8>, (u32, u32))> = vec![
        (images::png(480, 160, true), (480, 160)),
        (images::jpeg(90, 60), (90, 60)),
        (images::png(120, 200, false), (120, 200)),
        // larger than embedded: scaled to 240 pixels high
        (images::png(1200, 600, true), (480, 240)),
        (images::jpeg(800, 400), (480, 240)),
        (images::png(64, 64, false), (64, 64)),
    ];
    let logos: Vec<Logo> = uploads.iter().map(|(bytes, _)| Logo::from_bytes(bytes).expect("a logo")).collect();
    for (logo, (_, size)) in logos.iter().zip(&uploads) {
        assert_eq!(logo.size(), *size);
    }
    assert!(Logo::from_bytes(b"not an image at all").is_err());
    let mut cut = images::png(40, 40, true);
    cut.truncate(cut.len() / 2);
    assert!(Logo::from_bytes(&cut).is_err(), "a truncated PNG is no logo");

    let organisers: Vec<String> = (1..=6).map(|i| format!("Organiser number {i}")).collect();
    let doc = CertificateDocument { logos: &logos, ..sample(NAMES[1], &organisers) };
    let pdf = render(&doc).expect("renders with logos");
    let listed = common::tools::pdf_images(&pdf);
    let shown: Vec<(u32, u32)> = listed.iter().filter(|i| i.kind == "image").map(|i| (i.width, i.height)).collect();
    let expected: Vec<(u32, u32)> = uploads.iter().map(|(_, size)| *size).collect();
    let (mut sorted_shown, mut sorted_expected) = (shown.clone(), expected.clone());
    sorted_shown.sort_unstable();
    sorted_expected.sort_unstable();
    assert_eq!(sorted_shown, sorted_expected, "{listed:#?}");
    // alpha only where a pixel is transparent
    assert_eq!(listed.iter().filter(|i| i.kind == "smask").count(), 2, "{listed:#?}");
    assert!(listed.iter().any(|i| i.kind == "image" && i.encoding == "jpeg" && (i.width, i.height) == (90, 60)));
    let text = common::tools::pdf_text(&pdf);
    for expected in ["Organiser number 1", "Organiser number 6", NAMES[1], TITLE, CODE, URL] {
        assert!(text.contains(expected), "“{expected}” missing:\n{text}");
    }
    // more than six: the first six are drawn
    let many: Vec<Logo> = logos.iter().chain(&logos).cloned().collect();
    let pdf = render(&CertificateDocument { logos: &many, ..sample(NAMES[0], &organisers) }).expect("renders");
    assert_eq!(common::tools::pdf_images(&pdf).iter().filter(|i| i.kind == "image").count(), 6);
}

/// Renders 1,000 certificates and prints the time per PDF (run with --release).
#[test]
#[ignore = "a speed figure, not a check: cargo test --release --test certificate_pdf -- --ignored --nocapture"]
fn render_speed() {
    let organisers: Vec<String> = NAMES.iter().map(|s| s.to_string()).collect();
    render(&sample(NAMES[0], &organisers)).expect("renders"); // fonts parsed once
    let started = Instant::now();
    let mut bytes = 0;
    for i in 0..1000 {
        bytes += render(&sample(NAMES[i % 3], &organisers)).expect("renders").len();
    }
    let elapsed = started.elapsed();
    println!("{:.2} ms per PDF, {} bytes on average", elapsed.as_secs_f64(), bytes / 1000);
}

fn t_normalise(t: &str) -> String {
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The certificate's fixed wording in `lang`, as the certificate worker takes it from the
/// message files.
fn in_language<'a>(
    lang: cascade::i18n::Lang,
    strings: &'a mut Vec<String>,
    holder_name: &'a str,
    organisers: &'a [String],
) -> CertificateDocument<'a> {
    const NAMES_SLOT: &str = "\u{E000}";
    let organised = lang.t1("pdf-organised-by", "organisers", NAMES_SLOT).replace(['\u{2068}', '\u{2069}'], "");
    let (before, after) = organised.split_once(NAMES_SLOT).unwrap();
    *strings = vec![
        lang.t("pdf-heading-trainer"),
        lang.t("pdf-preamble"),
        lang.t("pdf-achievement-trainer"),
        lang.t2("pdf-dates-and-hours", "dates", "14–16 February 2023", "hours", "9"),
        lang.t1("pdf-issued", "date", "17 February 2023"),
        lang.t1("pdf-title", "name", holder_name),
        format!("{} ", lang.t("pdf-code-label")),
        lang.t1("pdf-verify", "url", URL),
        before.to_string(),
        after.to_string(),
    ];
    let s = &strings[..];
    CertificateDocument {
        heading: &s[0],
        preamble: &s[1],
        holder_name,
        achievement: &s[2],
        training_title: TITLE,
        organisers,
        logos: &[],
        dates_and_hours: &s[3],
        issued: &s[4],
        code: CODE,
        verify_url: URL,
        words: Words {
            language: lang.code(),
            document_title: &s[5],
            code_label: &s[6],
            verify_line: &s[7],
            organised_before: &s[8],
            organised_after: &s[9],
        },
    }
}

/// Every language's wording prints with real glyphs — Arabic shaped and right to left, Chinese
/// from the embedded CJK font — and reads back as text (pdftotext), with the QR code intact.
#[test]
fn every_language_prints_its_own_wording() {
    if !["pdftotext", "pdffonts", "pdftoppm", "zbarimg"].iter().all(|t| have(t)) {
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let organisers = vec!["Anti-Corruption and Civil Rights Commission".to_string(), "UNDP Mongolia".to_string()];
    for lang in cascade::i18n::Lang::OFFERED {
        let mut strings = Vec::new();
        let doc = in_language(lang, &mut strings, "Батбаяр Должин", &organisers);
        let bytes = render(&doc).expect("renders");
        let pdf = dir.path().join(format!("certificate-{}.pdf", lang.code()));
        std::fs::write(&pdf, &bytes).unwrap();
        let path = pdf.to_str().unwrap();
        if std::env::var_os("CASCADE_KEEP_PDFS").is_some() {
            std::fs::copy(&pdf, std::env::temp_dir().join(format!("certificate-{}.pdf", lang.code()))).unwrap();
        }
        let text = run("pdftotext", &[path, "-"]);
        // the words of the heading and the preamble, as extracted (Arabic from its shaped
        // glyphs: pdftotext places a mark such as the shadda by its position, so letters are
        // compared without marks and spaces)
        let letters = |t: &str| -> String {
            t.chars()
                .filter(|c| !c.is_whitespace() && !('\u{064b}'..='\u{065f}').contains(c) && *c != '\u{0670}')
                .collect()
        };
        let extracted = t_normalise(&text);
        let extracted_letters = letters(&text);
        for wording in [doc.heading, doc.preamble] {
            for word in wording.split_whitespace() {
                let word = word.trim_matches(|c: char| c.is_ascii_punctuation() || c == '،' || c == '：' || c == ':');
                if word.is_empty() {
                    continue;
                }
                assert!(
                    extracted_letters.contains(&letters(word))
                        || extracted_letters.to_uppercase().contains(&letters(word).to_uppercase()),
                    "{lang}: “{word}” of “{wording}” is not in the PDF's text:\n{text}"
                );
            }
        }
        assert!(extracted.contains("Батбаяр Должин") && extracted.contains(CODE), "{lang}:\n{text}");
        // no glyph is missing: every font's glyphs are real (pdffonts lists each font embedded)
        let fonts = run("pdffonts", &[path]);
        match lang {
            cascade::i18n::Lang::Ar => assert!(fonts.contains("NotoNaskhArabic"), "{fonts}"),
            cascade::i18n::Lang::Zh => assert!(fonts.contains("NotoSerifCJK"), "{fonts}"),
            _ => {}
        }
        let prefix = dir.path().join(format!("page-{}", lang.code()));
        run("pdftoppm", &["-r", "150", "-png", "-singlefile", path, prefix.to_str().unwrap()]);
        let png = dir.path().join(format!("page-{}.png", lang.code()));
        let decoded = run("zbarimg", &["--raw", "-q", png.to_str().unwrap()]);
        assert_eq!(decoded.trim_end(), URL, "{lang}: the QR code");
    }
}
