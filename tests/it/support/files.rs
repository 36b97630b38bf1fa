//! Reading the files Socius writes with the tools people open them with.

/// The text of a PDF, by poppler's `pdftotext`, or `None` when the tool is missing (CI requires it).
pub fn pdf_text(pdf: &[u8]) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("socius-pdf-{}", rand_suffix()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("guide.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output();
    std::fs::remove_dir_all(&dir).ok();
    match output {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Ok(out) => panic!(
            "pdftotext refused the PDF: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) if std::env::var("SOCIUS_TEST_REQUIRE_ALL").is_ok_and(|v| v == "1") => {
            panic!("pdftotext (poppler-utils) is required (SOCIUS_TEST_REQUIRE_ALL=1)")
        }
        Err(_) => {
            eprintln!(
                "SKIPPED: reading the PDF's text (pdftotext from poppler-utils is not installed)"
            );
            None
        }
    }
}

fn rand_suffix() -> String {
    format!("{}-{:?}", std::process::id(), std::thread::current().id()).replace(['(', ')'], "")
}
