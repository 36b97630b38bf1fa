//! CSV and XLSX exports of the directory's organisations and services, for members. Cells that a
//! spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return)
//! are prefixed with an apostrophe.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::domain::Lang;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::i18n::t;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{AppError, PageCtx};
use crate::platform::AppState;
use crate::with_db;

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

async fn organizations(db: &Db, tenant: &Tenant, lang: Lang) -> Result<Table, sqlx::Error> {
    let rows: Vec<(
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        String,
        String,
    )> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT uid, name_fr, name_nl, description_fr, legal_status, kbo, website, email FROM organizations WHERE coordination_id = $1 ORDER BY name_fr"
    )
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    Ok(Table {
        name: "organizations",
        headers: [
            "export-id",
            "export-name-fr",
            "export-name-nl",
            "export-description-fr",
            "organization-legal-status",
            "organization-kbo",
            "field-website",
            "field-email",
        ]
        .iter()
        .map(|k| t(lang, k))
        .collect(),
        rows: rows
            .into_iter()
            .map(|(uid, fr, nl, description, legal, kbo, website, email)| {
                vec![
                    uid,
                    fr,
                    nl,
                    description,
                    legal,
                    kbo.unwrap_or_default(),
                    website,
                    email,
                ]
            })
            .collect(),
    })
}

async fn services(db: &Db, tenant: &Tenant, lang: Lang) -> Result<Table, sqlx::Error> {
    type Row = (i64, String, String, String, String, String, String, String);
    let rows: Vec<Row> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT s.id, s.uid, o.name_fr, s.name_fr, s.name_nl, s.status, \
         COALESCE((SELECT l.street_fr || ', ' || l.postcode FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id \
                   WHERE sal.service_id = s.id ORDER BY l.id LIMIT 1), '') AS address, \
         COALESCE((SELECT number FROM phones WHERE service_id = s.id ORDER BY id LIMIT 1), '') AS phone \
         FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.coordination_id = $1 ORDER BY o.name_fr, s.name_fr"
    )
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    // Themes of every service in one query, grouped here (string aggregation differs per backend).
    let themes: Vec<(i64, String)> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT st.service_id, t.code FROM service_themes st JOIN themes t ON t.id = st.theme_id \
         JOIN services s ON s.id = st.service_id WHERE s.coordination_id = $1 ORDER BY t.code"
    )
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    let mut by_service: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, code) in themes {
        by_service.entry(id).or_default().push(code);
    }
    Ok(Table {
        name: "services",
        headers: [
            "export-id",
            "export-organization",
            "export-name-fr",
            "export-name-nl",
            "outbox-status",
            "map-facet-theme",
            "service-address",
            "field-phone",
        ]
        .iter()
        .map(|k| t(lang, k))
        .collect(),
        rows: rows
            .into_iter()
            .map(|(id, uid, org, fr, nl, status, address, phone)| {
                let themes = by_service.remove(&id).unwrap_or_default().join(", ");
                vec![uid, org, fr, nl, status, themes, address, phone]
            })
            .collect(),
    })
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

/// `/{lang}/{coord}/map/export/{file}` with `file` one of organizations.csv, organizations.xlsx,
/// services.csv, services.xlsx.
pub async fn download(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, file)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let (kind, format) = file.split_once('.').ok_or(AppError::NotFound)?;
    let table = match kind {
        "organizations" => organizations(&state.db, &tenant, page.lang).await?,
        "services" => services(&state.db, &tenant, page.lang).await?,
        _ => return Err(AppError::NotFound),
    };
    let (bytes, content_type) = match format {
        "csv" => (to_csv(&table)?, "text/csv; charset=utf-8"),
        "xlsx" => (
            to_xlsx(&table)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        _ => return Err(AppError::NotFound),
    };
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    let disposition = format!(
        "attachment; filename=\"{}-{}.{format}\"",
        coordination.slug, kind
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).map_err(|e| AppError::Internal(e.into()))?,
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
