//! Reading a CSV file as people's spreadsheets write it. Excel in Belgium saves "CSV" with
//! semicolons (the comma is the decimal mark) in Windows-1252, or as "Unicode text" in UTF-16; a
//! file from LibreOffice or a script is UTF-8 with commas, sometimes behind a byte order mark.
//! [`read`] takes any of these where it is unambiguous and says which it was, so the person can
//! see why a file they thought was plain behaved as it did.

use crate::domain::MessageKey;

/// A CSV file decoded to text, its field separator, and what was noticed on the way (message keys).
#[derive(Debug)]
pub struct CsvText {
    pub text: String,
    pub delimiter: u8,
    pub notes: Vec<MessageKey>,
}

impl CsvText {
    /// A reader over the text with the separator found.
    pub fn reader(&self) -> csv::Reader<&[u8]> {
        csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .flexible(false)
            .from_reader(self.text.as_bytes())
    }
}

/// Decodes the bytes (UTF-8 with or without a byte order mark, UTF-16 with one, else
/// Windows-1252) and finds the separator of the header line (comma, semicolon or tab).
pub fn read(bytes: &[u8]) -> CsvText {
    let mut notes = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        notes.push("csv-note-utf16");
        let (decoded, _, _) = encoding_rs::UTF_16LE.decode(bytes);
        decoded.into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) => {
                notes.push("csv-note-windows-1252");
                let (decoded, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                decoded.into_owned()
            }
        }
    };
    let header = text.lines().next().unwrap_or("");
    let count = |separator: char| header.chars().filter(|c| *c == separator).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    let delimiter = if semicolons > commas && semicolons >= tabs {
        notes.push("csv-note-semicolons");
        b';'
    } else if tabs > commas && tabs > semicolons {
        notes.push("csv-note-tabs");
        b'\t'
    } else {
        b','
    };
    CsvText {
        text,
        delimiter,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "nis_code;indicator;label_fr;label_nl;year;value;unit;source";

    fn records(csv: &CsvText) -> Vec<Vec<String>> {
        csv.reader()
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn belgian_excel_files_are_read_and_named() {
        let line = "21001;ris;Revenu d'intégration;Leefloon;2024;41,5;‰;SPP IS";
        let file = format!("{HEADER}\r\n{line}\r\n");
        let (windows, _, _) = encoding_rs::WINDOWS_1252.encode(&file);
        let read_back = read(&windows);
        assert_eq!(
            read_back.notes,
            ["csv-note-windows-1252", "csv-note-semicolons"]
        );
        assert_eq!(records(&read_back)[0][2], "Revenu d'intégration");
        assert_eq!(records(&read_back)[0][5], "41,5");

        let mut utf16 = vec![0xFF, 0xFE];
        for unit in format!(
            "{}\n{}\n",
            HEADER.replace(';', "\t"),
            line.replace(';', "\t")
        )
        .encode_utf16()
        {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        let read_back = read(&utf16);
        assert_eq!(read_back.notes, ["csv-note-utf16", "csv-note-tabs"]);
        assert_eq!(records(&read_back)[0][6], "‰");
    }

    #[test]
    fn plain_utf8_with_commas_says_nothing() {
        let plain = read("\u{FEFF}a,b\n1,2\n".as_bytes());
        assert!(plain.notes.is_empty());
        assert_eq!(plain.delimiter, b',');
        assert_eq!(records(&plain), [["1", "2"]]);
    }
}
