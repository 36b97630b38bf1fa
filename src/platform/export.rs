//! Tables as files people open in their usual tools: CSV, XLSX and PDF. Cells that a spreadsheet
//! would take for a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) are prefixed
//! with an apostrophe.

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::platform::web::AppError;

/// Neutralises spreadsheet formula injection.
pub fn escape_cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

pub struct Table {
    pub name: &'static str,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn to_csv(table: &Table) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(table.headers.iter().map(|h| escape_cell(h)))?;
    for row in &table.rows {
        writer.write_record(row.iter().map(|c| escape_cell(c)))?;
    }
    Ok(writer.into_inner()?)
}

pub fn to_xlsx(table: &Table) -> anyhow::Result<Vec<u8>> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(table.name)?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (col, header) in table.headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, escape_cell(header), &bold)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        for (col, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32 + 1, col as u16, escape_cell(cell))?;
        }
    }
    sheet.autofit();
    Ok(workbook.save_to_buffer()?)
}

/// A table as a PDF: a title, a subtitle (the coordination, the date) and the rows.
pub fn to_pdf(
    table: &Table,
    title: &str,
    subtitle: &str,
    lang: crate::domain::Lang,
) -> anyhow::Result<Vec<u8>> {
    let data = serde_json::json!({
        "lang": lang.code(),
        "title": title,
        "subtitle": subtitle,
        "headers": table.headers,
        "rows": table.rows,
    });
    Ok(socius_pdf::render(socius_pdf::TABLE, &data)?)
}

/// The table as a download: `format` is `csv` or `xlsx` (any other is not found).
pub fn file_response(table: &Table, format: &str, file_stem: &str) -> Result<Response, AppError> {
    let (bytes, content_type) = match format {
        "csv" => (to_csv(table)?, "text/csv; charset=utf-8"),
        "xlsx" => (
            to_xlsx(table)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        _ => return Err(AppError::NotFound),
    };
    download(bytes, content_type, &format!("{file_stem}.{format}"))
}

/// Bytes served as a file to save, under `file_name`.
pub fn download(
    bytes: Vec<u8>,
    content_type: &'static str,
    file_name: &str,
) -> Result<Response, AppError> {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let disposition = format!("attachment; filename=\"{file_name}\"");
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).map_err(AppError::internal)?,
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(
            escape_cell("=HYPERLINK(\"http://evil\")"),
            "'=HYPERLINK(\"http://evil\")"
        );
        assert_eq!(escape_cell("+32 2 555 00 00"), "'+32 2 555 00 00");
        assert_eq!(escape_cell("-1"), "'-1");
        assert_eq!(escape_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(escape_cell("Maison médicale"), "Maison médicale");
    }

    #[test]
    fn xlsx_is_a_zip_workbook() {
        let table = Table {
            name: "services",
            headers: vec!["a".into()],
            rows: vec![vec!["=1+1".into()]],
        };
        let bytes = to_xlsx(&table).unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }
}
