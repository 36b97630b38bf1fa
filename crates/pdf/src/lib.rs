//! Socius's PDF documents, typeset with Typst as a library. A document is a Typst template that
//! reads its data from `data.json`: data never becomes markup, so no text a user typed can change
//! the layout or run Typst code. Fonts are the ones Typst ships (embedded in the binary): nothing
//! is read from the machine or downloaded. Every document is PDF/UA-1 (accessible: tagged, titled,
//! in its language).

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::layout::PagedDocument;
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The fonts, read once: parsing them is the slow part of a first document.
fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    static FONTS: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        let book = FontBook::from_fonts(&fonts);
        (LazyHash::new(book), fonts)
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

struct Document {
    main: Source,
    data: Bytes,
    data_id: FileId,
}

impl World for Document {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().1.get(index).cloned()
    }

    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        let today = chrono::Local::now().date_naive();
        use chrono::Datelike;
        Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8)
    }
}

/// Why a document could not be made (Typst's own messages, for the log).
#[derive(Debug)]
pub struct PdfError(pub String);

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PDF typesetting failed: {}", self.0)
    }
}

impl std::error::Error for PdfError {}

fn messages(diagnostics: &[typst::diag::SourceDiagnostic]) -> PdfError {
    PdfError(
        diagnostics
            .iter()
            .map(|d| d.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    )
}

/// Typesets `template` (Typst markup that reads `json("data.json")`) with `data` into a PDF.
pub fn render(template: &str, data: &serde_json::Value) -> Result<Vec<u8>, PdfError> {
    let main = Source::new(
        FileId::new(None, VirtualPath::new("main.typ")),
        template.into(),
    );
    let world = Document {
        main,
        data: Bytes::new(serde_json::to_vec(data).map_err(|e| PdfError(e.to_string()))?),
        data_id: FileId::new(None, VirtualPath::new("data.json")),
    };
    let document: PagedDocument = typst::compile(&world).output.map_err(|d| messages(&d))?;
    // PDF/UA-1: tagged, with its title and language, readable by screen readers; Typst refuses a
    // document that cannot conform rather than writing one that pretends to.
    let options = typst_pdf::PdfOptions {
        standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1])
            .map_err(|e| PdfError(e.to_string()))?,
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|d| messages(&d))
}

/// The social map's printed guide: `data` as `socius::features::directory` builds it.
pub const GUIDE: &str = include_str!("guide.typ");

/// A titled table (member lists, the composition of a body): `title`, `subtitle`, `headers`, `rows`.
pub const TABLE: &str = include_str!("table.typ");

/// A meeting's minutes: attendance, notes per item, decisions, actions.
pub const MINUTES: &str = include_str!("minutes.typ");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_markup_stays_text() {
        let data = serde_json::json!({
            "lang": "fr", "colon": " :", "title": "Guide #set page(width: 1cm)", "subtitle": "", "generated": "",
            "labels": { "hours": "Heures", "address": "Adresse", "phone": "Téléphone", "languages": "Langues", "organization": "Organisation", "empty": "Aucun service" },
            "services": [{ "name": "*Aide* $x$ #panic()", "organization": "_ASBL_", "description": "= Pas un titre", "addresses": [], "hours": [], "phones": [], "languages": "", "status": "" }]
        });
        let pdf = render(GUIDE, &data).expect("typesets");
        assert!(pdf.starts_with(b"%PDF-"));
    }

    #[test]
    fn a_table_typesets() {
        let data = serde_json::json!({
            "lang": "nl", "title": "Leden", "subtitle": "Koekelberg",
            "headers": ["Organisatie", "E-mail"], "rows": [["Buurthuis #1", "a@b.be"], ["=cmd", ""]]
        });
        let pdf = render(TABLE, &data).expect("typesets");
        assert!(pdf.starts_with(b"%PDF-"));
        // PDF/UA-1: a structure tree for assistive technology, and the claim in the metadata.
        let has = |needle: &[u8]| pdf.windows(needle.len()).any(|w| w == needle);
        assert!(
            has(b"/StructTreeRoot") && has(b"pdfuaid:part"),
            "a tagged PDF/UA-1 document"
        );
    }

    #[test]
    fn every_document_takes_the_coordinations_colour_or_none() {
        let table = |accent: &str| {
            serde_json::json!({
                "lang": "fr", "title": "Membres", "subtitle": "", "accent": accent,
                "headers": ["Organisation"], "rows": [["Maison des femmes"]]
            })
        };
        for accent in ["", "#7a1f5c"] {
            assert!(render(TABLE, &table(accent)).is_ok(), "{accent}");
        }
        assert!(render(TABLE, &table("not a colour")).is_err());
    }

    #[test]
    fn a_broken_template_is_an_error_not_a_panic() {
        let error = render("#let x = (", &serde_json::json!({})).unwrap_err();
        assert!(!error.0.is_empty());
    }
}
