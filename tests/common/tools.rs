//! Independent programs that read what Cascade emits: poppler (PDF text and page images),
//! zbar (QR codes), Python's `jsonschema` and PyJWT. Outside CI a missing one skips the check
//! (and says so); under CI=true it fails.

use std::io::Write;
use std::process::{Command, Stdio};

/// Whether `program` runs; under CI a missing program fails the test.
pub fn available(program: &str, probe: &[&str]) -> bool {
    let ok = Command::new(program).args(probe).stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok();
    if !ok {
        if super::in_ci() {
            panic!("{program} is required under CI=true (install poppler-utils, zbar-tools, python3-jsonschema, python3-jwt)");
        }
        super::skip(program, "not installed; the checks that need it are skipped");
    }
    ok
}

/// Whether python3 can import every module named.
pub fn python_has(modules: &[&str]) -> bool {
    let script = modules.iter().map(|m| format!("import {m}")).collect::<Vec<_>>().join("; ");
    let ok = Command::new("python3").args(["-c", &script]).status().is_ok_and(|s| s.success());
    if !ok {
        if super::in_ci() {
            panic!("python3 with {modules:?} is required under CI=true (python3-jsonschema, python3-jwt)");
        }
        super::skip(&format!("python3 {modules:?}"), "not installed; the checks that need it are skipped");
    }
    ok
}

/// Runs a program with `input` on stdin; (success, stdout + stderr).
pub fn run(program: &str, args: &[&str], input: &[u8]) -> (bool, String) {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    let mut text = String::from_utf8_lossy(&out.stdout).to_string();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

/// The text of a PDF, as poppler's pdftotext extracts it.
pub fn pdf_text(pdf: &[u8]) -> String {
    let (ok, text) = run("pdftotext", &["-layout", "-", "-"], pdf);
    assert!(ok, "pdftotext: {text}");
    text
}

/// The QR codes on the PDF's first page (rendered by pdftoppm, decoded by zbarimg).
pub fn pdf_qr_codes(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.pdf");
    std::fs::write(&file, pdf).unwrap();
    let prefix = dir.path().join("page");
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&file)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success(), "pdftoppm failed");
    let out = Command::new("zbarimg").args(["--raw", "-q"]).arg(prefix.with_extension("png")).output().unwrap();
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).filter(|l| !l.is_empty()).collect()
}

/// Runs a Python script with `input` on stdin; panics with its output when it fails.
pub fn python(script: &str, input: &str) -> String {
    let (ok, out) = run("python3", &["-c", script], input.as_bytes());
    assert!(ok, "python check failed:\n{out}");
    out
}

/// One image of a PDF as poppler's `pdfimages -list` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfImage {
    /// "image", "smask" (an image's alpha) …
    pub kind: String,
    pub width: u32,
    pub height: u32,
    /// "image" (flate), "jpeg" …
    pub encoding: String,
}

/// The images of a PDF, as `pdfimages -list` lists them.
pub fn pdf_images(pdf: &[u8]) -> Vec<PdfImage> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdfimages").arg("-list").arg(&file).output().expect("pdfimages");
    assert!(out.status.success(), "pdfimages -list: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    text.lines()
        .skip(2)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split_whitespace().collect();
            (cols.len() >= 9).then(|| PdfImage {
                kind: cols[2].to_string(),
                width: cols[3].parse().unwrap_or_else(|_| panic!("width in {line:?}")),
                height: cols[4].parse().unwrap_or_else(|_| panic!("height in {line:?}")),
                encoding: cols[8].to_string(),
            })
        })
        .collect()
}
