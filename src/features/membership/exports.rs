//! The member list and the composition of each body as CSV, XLSX and PDF (annexes of the activity
//! report), and the same data in the JSON API, with the permissions of the pages.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::Json;
use chrono::{NaiveDate, Utc};
use serde::Serialize;

use super::bodies::composition;
use super::store::bodies::{bodies, body, Body, BodyKind, SeatRole, SeatStatus};
use super::store::{contacts, members, ContactRole, Membership, MembershipStatus};
use crate::domain::Lang;
use crate::platform::auth::{ApiCaller, CurrentUser};
use crate::platform::db::Db;
use crate::platform::export::{download, file_response, to_pdf, Table};
use crate::platform::i18n::{format_date, t};
use crate::platform::policy::Tenant;
use crate::platform::policy::{self, Action};
use crate::platform::tenancy::{self, CoordPath, Coordination};
use crate::platform::web::{AppError, PageCtx};
use crate::platform::web::{IdWord, Word};
use crate::platform::AppState;

fn headers(lang: Lang, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| t(lang, k)).collect()
}

async fn member_table(db: &Db, tenant: &Tenant, lang: Lang) -> Result<Table, AppError> {
    let members = members(db, tenant).await?;
    let ids: Vec<i64> = members.iter().map(|m| m.id).collect();
    let contacts = contacts(db, tenant, &ids).await?;
    Ok(Table {
        name: "members",
        headers: headers(
            lang,
            &[
                "members-organization",
                "field-kbo",
                "field-email",
                "field-address",
                "members-since",
                "join-contact",
                "field-email",
                "field-phone",
            ],
        ),
        rows: members
            .into_iter()
            .map(|m| {
                let main = contacts
                    .iter()
                    .find(|c| c.membership_id == m.id && c.role == ContactRole::Main);
                vec![
                    m.name,
                    m.kbo.unwrap_or_default(),
                    m.email,
                    m.address,
                    m.updated_at.date_naive().to_string(),
                    main.map(|c| c.name.clone()).unwrap_or_default(),
                    main.map(|c| c.email.clone()).unwrap_or_default(),
                    main.map(|c| c.phone.clone()).unwrap_or_default(),
                ]
            })
            .collect(),
    })
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

async fn body_table(db: &Db, tenant: &Tenant, body: &Body, lang: Lang) -> Result<Table, AppError> {
    let seats = composition(db, tenant, body).await?;
    Ok(Table {
        name: "composition",
        headers: headers(
            lang,
            &[
                "members-organization",
                "body-person",
                "body-role",
                "field-starts-on",
                "field-ends-on",
            ],
        ),
        rows: seats
            .into_iter()
            .filter(|s| s.status == SeatStatus::Active)
            .map(|s| {
                vec![
                    s.organization,
                    s.person,
                    t(lang, s.role.label_key()),
                    date(s.starts_on),
                    date(s.ends_on),
                ]
            })
            .collect(),
    })
}

/// A table as CSV, XLSX or PDF.
fn table_file(
    table: &Table,
    format: &str,
    stem: &str,
    title: &str,
    coordination: &Coordination,
    lang: Lang,
) -> Result<Response, AppError> {
    if format != "pdf" {
        return file_response(table, format, stem);
    }
    let subtitle = format!(
        "{} — {}",
        lang.pick(&coordination.name_fr, &coordination.name_nl),
        format_date(lang, Utc::now())
    );
    let pdf = to_pdf(table, title, &subtitle, lang)?;
    download(pdf, "application/pdf", &format!("{stem}.pdf"))
}

/// `/{lang}/{coord}/members/export/members.{csv,xlsx,pdf}` (coordinators).
pub async fn members_file(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Word { word: file }): Path<Word>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let format = file.strip_prefix("members.").ok_or(AppError::NotFound)?;
    let table = member_table(&state.db, &tenant, page.lang).await?;
    let stem = format!("{}-members", coordination.slug);
    table_file(
        &table,
        format,
        &stem,
        &t(page.lang, "members-title"),
        &coordination,
        page.lang,
    )
}

/// `/{lang}/{coord}/bodies/{id}/export/{csv,xlsx,pdf}` (everyone in the member area).
pub async fn body_file(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(IdWord { id, word: format }): Path<IdWord>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let found = body(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let table = body_table(&state.db, &tenant, &found, page.lang).await?;
    let title = page.lang.pick(&found.name_fr, &found.name_nl).to_string();
    table_file(
        &table,
        &format,
        &format!("{}-body-{id}", coordination.slug),
        &title,
        &coordination,
        page.lang,
    )
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct MemberJson {
    pub id: i64,
    pub name: String,
    pub status: MembershipStatus,
    pub kbo: Option<String>,
    pub email: String,
    pub organization_id: Option<i64>,
    pub contacts: Vec<ContactJson>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ContactJson {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub role: ContactRole,
    pub share_consent: bool,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct BodyJson {
    pub id: i64,
    pub kind: BodyKind,
    pub name_fr: String,
    pub name_nl: String,
    pub open: bool,
    pub seats: Vec<SeatJson>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SeatJson {
    pub organization: String,
    pub membership_id: Option<i64>,
    pub person: String,
    pub role: SeatRole,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub status: SeatStatus,
    /// Contact persons who agreed to share their details (all of them for coordinators).
    pub contacts: Vec<ContactJson>,
}

async fn api_coordination(state: &AppState, slug: &str) -> Result<Coordination, AppError> {
    tenancy::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

fn contact_json(c: &super::ContactPerson) -> ContactJson {
    ContactJson {
        name: c.name.clone(),
        email: c.email.clone(),
        phone: c.phone.clone(),
        role: c.role,
        share_consent: c.share_consent,
    }
}

/// The member organisations with their contact persons (coordinators).
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/members", tag = "membership",
    params(("coord" = String, Path, description = "coordination slug")), security(("bearer" = [])),
    responses((status = 200, body = [MemberJson]), (status = 401, description = "no valid token"), (status = 403, description = "not a coordinator here"), (status = 404, description = "no such coordination")))]
pub async fn api_members(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
) -> Result<Json<Vec<MemberJson>>, AppError> {
    let coordination = api_coordination(&state, &slug).await?;
    let tenant = policy::authorize(caller.as_ref(), Action::ManageMembership, &coordination)?;
    let members: Vec<Membership> = members(&state.db, &tenant).await?;
    let ids: Vec<i64> = members.iter().map(|m| m.id).collect();
    let contacts = contacts(&state.db, &tenant, &ids).await?;
    Ok(Json(
        members
            .into_iter()
            .map(|m| MemberJson {
                contacts: contacts
                    .iter()
                    .filter(|c| c.membership_id == m.id)
                    .map(contact_json)
                    .collect(),
                id: m.id,
                name: m.name,
                status: m.status,
                kbo: m.kbo,
                email: m.email,
                organization_id: m.organization_id,
            })
            .collect(),
    ))
}

/// The coordination's bodies with their composition (everyone with a role in the coordination);
/// contact details only where the person consented, unless the caller is a coordinator.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/bodies", tag = "membership",
    params(("coord" = String, Path, description = "coordination slug")), security(("bearer" = [])),
    responses((status = 200, body = [BodyJson]), (status = 401, description = "no valid token"), (status = 403, description = "no role here"), (status = 404, description = "no such coordination")))]
pub async fn api_bodies(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
) -> Result<Json<Vec<BodyJson>>, AppError> {
    let coordination = api_coordination(&state, &slug).await?;
    let tenant = policy::authorize(caller.as_ref(), Action::ViewMemberArea, &coordination)?;
    let sees_all = policy::allows(
        caller.as_ref(),
        Action::ManageMembership,
        Some(coordination.id),
    );
    let mut all = bodies(&state.db, &tenant).await?;
    // The API lists bodies in the order they were created, as it always did.
    all.sort_by_key(|b| b.id);
    let mut out = Vec::with_capacity(all.len());
    for found in all {
        let seats = composition(&state.db, &tenant, &found).await?;
        let membership_ids: Vec<i64> = seats.iter().filter_map(|s| s.membership_id).collect();
        let contacts = contacts(&state.db, &tenant, &membership_ids).await?;
        out.push(BodyJson {
            id: found.id,
            kind: found.kind,
            name_fr: found.name_fr,
            name_nl: found.name_nl,
            open: found.open,
            seats: seats
                .into_iter()
                .map(|s| SeatJson {
                    contacts: contacts
                        .iter()
                        .filter(|c| {
                            Some(c.membership_id) == s.membership_id
                                && (c.share_consent || sees_all)
                        })
                        .map(contact_json)
                        .collect(),
                    organization: s.organization,
                    membership_id: s.membership_id,
                    person: s.person,
                    role: s.role,
                    starts_on: s.starts_on,
                    ends_on: s.ends_on,
                    status: s.status,
                })
                .collect(),
        });
    }
    Ok(Json(out))
}
