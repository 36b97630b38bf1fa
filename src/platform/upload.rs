//! Files sent through forms (`multipart/form-data`, no JavaScript needed): reading a form's text
//! fields and its one file within a size limit, and taking documents — office, PDF, image and
//! text formats only, recognised by their extension, scanned by the antivirus when one is set up,
//! and served as downloads under a name safe in a header. Meeting documents, the documents a
//! coordination publishes and its logo all arrive this way.

use std::collections::HashMap;

use axum::extract::multipart::MultipartRejection;
use axum::extract::Multipart;

use crate::config::Config;
use crate::domain::MessageKey;
use crate::platform::antivirus;
use crate::platform::web::input;

/// The largest document taken, in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;

/// What routes taking a file allow a request to weigh: the file and room for the form around it.
pub const fn body_limit(max_file: usize) -> usize {
    max_file + 64 * 1024
}

/// A form as received: its text fields (cleaned of control characters) and its file, if one was
/// chosen.
#[derive(Default)]
pub struct Received {
    pub fields: HashMap<String, String>,
    pub file: Option<File>,
}

impl Received {
    /// A text field as typed, empty when absent.
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }
}

/// A file as the browser sent it.
pub struct File {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The file was over the limit (or the request broke off while it came).
#[derive(Debug)]
pub struct TooLarge;

/// Reads a multipart form: the field `file_field` as a file of at most `max` bytes, every other
/// field as text. A request that is not a multipart form reads as an empty one.
pub async fn receive(
    multipart: Result<Multipart, MultipartRejection>,
    file_field: &str,
    max: usize,
) -> Result<Received, TooLarge> {
    let mut received = Received::default();
    let Ok(mut multipart) = multipart else {
        return Ok(received);
    };
    while let Ok(Some(field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        if name == file_field {
            let file_name = field.file_name().unwrap_or_default().to_string();
            // The route's body limit leaves room for the form around the file: the file itself
            // is measured here, on the bytes received.
            let bytes = field.bytes().await.map_err(|_| TooLarge)?;
            if bytes.len() > max {
                return Err(TooLarge);
            }
            if !bytes.is_empty() {
                received.file = Some(File {
                    name: file_name,
                    bytes: bytes.to_vec(),
                });
            }
        } else if let Ok(text) = field.text().await {
            received
                .fields
                .insert(name, input::clean(&text).into_owned());
        }
    }
    Ok(received)
}

/// A document taken: its name (cleaned, at most 200 characters, extension kept), its type and
/// its bytes.
pub struct Document {
    pub filename: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

impl Document {
    pub fn size(&self) -> i64 {
        i64::try_from(self.bytes.len()).unwrap_or(i64::MAX)
    }
}

/// Takes a received file as a document, or says why not (a message key for beside the field).
pub async fn document(config: &Config, file: Option<File>) -> Result<Document, MessageKey> {
    let Some(file) = file else {
        return Err("error-document-empty");
    };
    let content_type = content_type(&file.name).ok_or("error-document-type")?;
    antivirus::check_upload(config, &file.bytes).await?;
    Ok(Document {
        filename: shortened(&input::clean(file.name.trim()), 200),
        content_type,
        bytes: file.bytes,
    })
}

/// The size of a file for a reader: kilobytes, or megabytes from one megabyte.
pub fn readable_size(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} kB", (bytes + 1023) / 1024)
    }
}

const TYPES: [(&str, &str); 12] = [
    ("pdf", "application/pdf"),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("odp", "application/vnd.oasis.opendocument.presentation"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("txt", "text/plain; charset=utf-8"),
    ("csv", "text/csv; charset=utf-8"),
];

/// What file inputs taking documents accept, for the browser's file picker.
pub const ACCEPT: &str = ".pdf,.odt,.ods,.odp,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt,.csv";

/// The content type a file name's extension stands for, if Socius takes it.
pub fn content_type(filename: &str) -> Option<&'static str> {
    let extension = filename.rsplit_once('.')?.1.to_ascii_lowercase();
    TYPES
        .iter()
        .find(|(ext, _)| *ext == extension)
        .map(|(_, kind)| *kind)
}

/// The format a reader is told (`PDF`, `DOCX`…): the file's extension in capitals.
pub fn format_label(filename: &str) -> String {
    filename
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_uppercase())
        .unwrap_or_default()
}

/// A file name of at most `max` characters that keeps its extension (`….pdf`).
fn shortened(filename: &str, max: usize) -> String {
    if filename.chars().count() <= max {
        return filename.to_string();
    }
    let (stem, extension) = match filename.rsplit_once('.') {
        Some((stem, extension)) if extension.chars().count() <= 8 => (stem, extension),
        _ => (filename, ""),
    };
    let room = match extension.chars().count() {
        0 => max,
        length => max.saturating_sub(length + 1),
    };
    let stem: String = stem.chars().take(room).collect();
    if extension.is_empty() {
        stem
    } else {
        format!("{stem}.{extension}")
    }
}

/// A file name safe in a header and on any disk: letters, digits, dots, dashes and underscores.
pub fn safe_filename(filename: &str) -> String {
    let cleaned: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    shortened(cleaned.trim_start_matches('.'), 120)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_formats_are_taken() {
        assert_eq!(
            content_type("Budget 2027.XLSX").map(|k| k.contains("spreadsheetml")),
            Some(true)
        );
        assert_eq!(content_type("notes.pdf"), Some("application/pdf"));
        assert_eq!(content_type("page.html"), None);
        assert_eq!(content_type("script.svg"), None);
        assert_eq!(content_type("no-extension"), None);
        assert_eq!(format_label("Charte 2027.odt"), "ODT");
    }

    #[test]
    fn file_names_are_made_safe_for_headers() {
        assert_eq!(
            safe_filename("Présentation \"CPAS\".pdf"),
            "Pr_sentation__CPAS_.pdf"
        );
        assert_eq!(safe_filename("../../etc/passwd"), "_.._etc_passwd");
    }

    #[test]
    fn long_names_are_cut_before_their_extension() {
        let long = format!("{}.pdf", "Budget ".repeat(60));
        let cut = shortened(&long, 200);
        assert_eq!(cut.chars().count(), 200);
        assert!(cut.ends_with(".pdf"), "{cut}");
        assert_eq!(content_type(&cut), Some("application/pdf"));
        assert!(safe_filename(&long).ends_with(".pdf"));
        assert_eq!(shortened("court.pdf", 200), "court.pdf");
        assert_eq!(shortened(&"x".repeat(300), 200).chars().count(), 200);
    }

    #[test]
    fn sizes_read_in_kilobytes_then_megabytes() {
        assert_eq!(readable_size(1), "1 kB");
        assert_eq!(readable_size(2048), "2 kB");
        assert_eq!(readable_size(3 * 1024 * 1024 / 2), "1.5 MB");
    }
}
