//! CSV and XLSX exports of the directory's organisations and services, for members.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::response::Response;

use crate::domain::Lang;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::export::{file_response, Table};
use crate::platform::i18n::t;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{AppError, PageCtx};
use crate::platform::AppState;
use crate::with_db;

/// uid, names FR/NL, description, legal status, KBO, website, email.
type OrganizationLine = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
);

async fn organizations(db: &Db, tenant: &Tenant, lang: Lang) -> Result<Table, sqlx::Error> {
    let rows: Vec<OrganizationLine> = with_db!(db, |p| {
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
    file_response(&table, format, &format!("{}-{kind}", coordination.slug))
}
