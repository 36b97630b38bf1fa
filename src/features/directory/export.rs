//! CSV and XLSX exports of the directory's organisations and services, for members.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::response::Response;

use super::store;
use crate::domain::Lang;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::export::{file_response, Table};
use crate::platform::i18n::t;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::Word;
use crate::platform::web::{AppError, PageCtx};
use crate::platform::AppState;

async fn organizations(db: &Db, tenant: &Tenant, lang: Lang) -> Result<Table, AppError> {
    let rows = store::export::organizations(db, tenant).await?;
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
            .map(|o| {
                vec![
                    o.uid,
                    o.name_fr,
                    o.name_nl,
                    o.description_fr,
                    o.legal_status,
                    o.kbo.unwrap_or_default(),
                    o.website,
                    o.email,
                ]
            })
            .collect(),
    })
}

async fn services(db: &Db, tenant: &Tenant, lang: Lang) -> Result<Table, AppError> {
    let rows = store::export::services(db, tenant).await?;
    let themes = store::export::service_themes(db, tenant).await?;
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
            .map(|s| {
                let themes = by_service.remove(&s.id).unwrap_or_default().join(", ");
                vec![
                    s.uid,
                    s.organization,
                    s.name_fr,
                    s.name_nl,
                    s.status.to_string(),
                    themes,
                    s.address,
                    s.phone,
                ]
            })
            .collect(),
    })
}

/// `/{lang}/{coord}/map/export/{file}` with `file` one of organizations.csv, organizations.xlsx,
/// services.csv, services.xlsx.
pub async fn download(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Word { word: file }): Path<Word>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let (kind, format) = file.split_once('.').ok_or(AppError::NotFound)?;
    let table = match kind {
        "organizations" => organizations(&state.db, &tenant, page.lang).await?,
        "services" => services(&state.db, &tenant, page.lang).await?,
        _ => return Err(AppError::NotFound),
    };
    file_response(&table, format, &format!("{}-{kind}", coordination.slug))
}
