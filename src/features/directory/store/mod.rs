//! The social map's records (HSDS 3.0 concepts) and how they are stored. Every query on them is
//! scoped by coordination: public reads by the coordination of the URL, writes by a [`Tenant`].

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::Lang;
use crate::platform::db::{Conn, Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::PublicScope;
use crate::{fetch_all, fetch_optional, scalar_optional, vocabulary, with_db, with_tx};

pub mod changes;
pub mod duplicates;
pub mod editors;
pub mod export;
pub mod hsds;
pub mod personal_data;
pub mod reports;
pub mod search;
pub mod search_log;
pub mod verification;

/// Who a service is for. Each code has a message `target-<code>`.
pub const TARGET_GROUPS: [&str; 9] = [
    "children",
    "youth",
    "families",
    "adults",
    "older-people",
    "women",
    "newcomers",
    "homeless",
    "disabled",
];
/// Languages a service may be offered in (ISO 639-1). Each code has a message `spoken-<code>`.
pub const SPOKEN: [&str; 9] = ["fr", "nl", "en", "ar", "es", "pt", "tr", "ro", "pl"];
vocabulary! {
    /// Whether a service takes people now: open, closed for a while (it stays on the map, said so),
    /// or no longer offered (left off the public map).
    pub enum ServiceStatus: "status-" {
        Active = "active",
        TemporarilyClosed = "temporarily_closed",
        Inactive = "inactive",
    }
}

impl Default for ServiceStatus {
    /// A new service takes people.
    fn default() -> ServiceStatus {
        ServiceStatus::Active
    }
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Organization {
    pub id: i64,
    pub uid: String,
    pub name_fr: String,
    pub name_nl: String,
    pub description_fr: String,
    pub description_nl: String,
    pub legal_status: String,
    pub kbo: Option<String>,
    pub website: String,
    pub email: String,
    pub social_brussels_id: Option<String>,
    pub last_verified_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Service {
    pub id: i64,
    pub uid: String,
    pub organization_id: i64,
    pub name_fr: String,
    pub name_nl: String,
    pub description_fr: String,
    pub description_nl: String,
    pub eligibility_fr: String,
    pub eligibility_nl: String,
    pub fees_fr: String,
    pub fees_nl: String,
    pub application_fr: String,
    pub application_nl: String,
    pub status: ServiceStatus,
    pub by_appointment: bool,
    pub last_verified_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Location {
    pub id: i64,
    pub uid: String,
    pub organization_id: i64,
    pub name_fr: String,
    pub name_nl: String,
    pub street_fr: String,
    pub street_nl: String,
    pub postcode: String,
    pub nis_code: String,
    pub municipality_fr: String,
    pub municipality_nl: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accessibility_fr: String,
    pub accessibility_nl: String,
    pub transport_fr: String,
    pub transport_nl: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Schedule {
    pub weekday: i64,
    pub opens: String,
    pub closes: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Closure {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub reason_fr: String,
    pub reason_nl: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Phone {
    pub number: String,
    pub description_fr: String,
    pub description_nl: String,
}

impl Phone {
    /// The number as a `tel:` link wants it.
    pub fn tel(&self) -> String {
        crate::platform::web::fields::tel(&self.number)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Contact {
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Theme {
    pub code: String,
    pub name_fr: String,
    pub name_nl: String,
    pub name_en: String,
}

impl Theme {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.name_fr,
            Lang::Nl => &self.name_nl,
            Lang::En => &self.name_en,
        }
    }
}

/// A service with everything its page shows.
#[derive(Clone, Debug, Serialize)]
pub struct ServiceDetail {
    pub service: Service,
    pub organization: Organization,
    pub themes: Vec<Theme>,
    pub languages: Vec<String>,
    pub target_groups: Vec<String>,
    pub schedules: Vec<Schedule>,
    pub closures: Vec<Closure>,
    pub locations: Vec<Location>,
    pub phones: Vec<Phone>,
    pub contacts: Vec<Contact>,
}

pub(super) const ORGANIZATION_COLUMNS: &str = "id, uid, name_fr, name_nl, description_fr, description_nl, legal_status, kbo, website, email, social_brussels_id, last_verified_at";
const SERVICE_COLUMNS: &str = "id, uid, organization_id, name_fr, name_nl, description_fr, description_nl, eligibility_fr, eligibility_nl, fees_fr, fees_nl, \
     application_fr, application_nl, status, by_appointment, last_verified_at";
pub(super) const LOCATION_COLUMNS: &str = "l.id, l.uid, l.organization_id, l.name_fr, l.name_nl, l.street_fr, l.street_nl, l.postcode, l.nis_code, \
     m.name_fr AS municipality_fr, m.name_nl AS municipality_nl, l.latitude, l.longitude, l.accessibility_fr, l.accessibility_nl, l.transport_fr, l.transport_nl";

vocabulary! {
    /// The three kinds of record of the social map (HSDS organizations, services and locations).
    pub enum RecordKind {
        Organization = "organization",
        Service = "service",
        Location = "location",
    }
}

impl RecordKind {
    fn table(self) -> &'static str {
        match self {
            RecordKind::Organization => "organizations",
            RecordKind::Service => "services",
            RecordKind::Location => "locations",
        }
    }
}

/// The record that holds `uid` on the whole platform, with its coordination: (id, coordination id).
pub async fn uid_owner(
    mut on: impl Conn,
    kind: RecordKind,
    uid: &str,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let sql = format!(
        "SELECT id, coordination_id FROM {} WHERE uid = $1",
        kind.table()
    );
    fetch_optional!(on, &sql, uid)
}

pub async fn themes(db: &Db) -> Result<Vec<Theme>, sqlx::Error> {
    with_db!(db, |p| sqlx::query_as(
        "SELECT code, name_fr, name_nl, name_en FROM themes ORDER BY code"
    )
    .fetch_all(p)
    .await)
}

pub async fn organization(
    db: &Db,
    scope: &impl PublicScope,
    id: i64,
) -> Result<Option<Organization>, sqlx::Error> {
    let sql = format!(
        "SELECT {ORGANIZATION_COLUMNS} FROM organizations WHERE id = $1 AND coordination_id = $2"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(id)
        .bind(scope.scope_id())
        .fetch_optional(p)
        .await)
}

pub async fn organization_services(
    db: &Db,
    scope: &impl PublicScope,
    organization_id: i64,
) -> Result<Vec<Service>, sqlx::Error> {
    let sql = format!(
        "SELECT {SERVICE_COLUMNS} FROM services WHERE organization_id = $1 \
         AND coordination_id = $2 AND ($3 OR status <> 'inactive') ORDER BY name_fr"
    );
    fetch_all!(
        db,
        &sql,
        organization_id,
        scope.scope_id(),
        scope.sees_unpublished()
    )
}

pub async fn organization_locations(
    db: &Db,
    scope: &impl PublicScope,
    organization_id: i64,
) -> Result<Vec<Location>, sqlx::Error> {
    let sql = format!(
        "SELECT {LOCATION_COLUMNS} FROM locations l JOIN municipalities m ON m.nis_code = l.nis_code \
         WHERE l.organization_id = $1 AND l.coordination_id = $2 ORDER BY l.id"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(organization_id)
        .bind(scope.scope_id())
        .fetch_all(p)
        .await)
}

pub async fn service_detail(
    db: &Db,
    scope: &impl PublicScope,
    id: i64,
) -> Result<Option<ServiceDetail>, sqlx::Error> {
    // An inactive service is not public: found only by those who edit the map.
    let sql = format!(
        "SELECT {SERVICE_COLUMNS} FROM services WHERE id = $1 AND coordination_id = $2 \
         AND ($3 OR status <> 'inactive')"
    );
    let service: Option<Service> =
        fetch_optional!(db, &sql, id, scope.scope_id(), scope.sees_unpublished())?;
    let Some(service) = service else {
        return Ok(None);
    };
    let organization = organization(db, scope, service.organization_id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    let themes = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT t.code, t.name_fr, t.name_nl, t.name_en FROM service_themes st JOIN themes t ON t.id = st.theme_id WHERE st.service_id = $1 ORDER BY t.code"
    )
    .bind(id)
    .fetch_all(p)
    .await
    })?;
    let languages = with_db!(db, |p| sqlx::query_scalar(
        "SELECT language FROM service_languages WHERE service_id = $1 ORDER BY language"
    )
    .bind(id)
    .fetch_all(p)
    .await)?;
    let target_groups = with_db!(db, |p| {
        sqlx::query_scalar("SELECT target_group FROM service_target_groups WHERE service_id = $1 ORDER BY target_group").bind(id).fetch_all(p).await
    })?;
    let schedules = with_db!(db, |p| {
        sqlx::query_as("SELECT weekday, opens, closes FROM schedules WHERE service_id = $1 ORDER BY weekday, opens").bind(id).fetch_all(p).await
    })?;
    let closures = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT starts_on, ends_on, reason_fr, reason_nl FROM closures WHERE service_id = $1 AND ends_on >= $2 ORDER BY starts_on"
    )
    .bind(id)
    .bind(Utc::now().date_naive())
    .fetch_all(p)
    .await
    })?;
    let location_sql = format!(
        "SELECT {LOCATION_COLUMNS} FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id \
         JOIN municipalities m ON m.nis_code = l.nis_code WHERE sal.service_id = $1 ORDER BY l.id"
    );
    let locations = with_db!(db, |p| sqlx::query_as(&location_sql)
        .bind(id)
        .fetch_all(p)
        .await)?;
    let phones = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT number, description_fr, description_nl FROM phones WHERE service_id = $1 OR (service_id IS NULL AND organization_id = $2) ORDER BY id"
    )
    .bind(id)
    .bind(service.organization_id)
    .fetch_all(p)
    .await
    })?;
    let contacts = with_db!(db, |p| sqlx::query_as(
        "SELECT name, title, email, phone FROM contacts WHERE service_id = $1 ORDER BY id"
    )
    .bind(id)
    .fetch_all(p)
    .await)?;
    Ok(Some(ServiceDetail {
        service,
        organization,
        themes,
        languages,
        target_groups,
        schedules,
        closures,
        locations,
        phones,
        contacts,
    }))
}

/// An organisation as it is written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OrganizationInput {
    /// Kept by imports; an edit never changes a record's identifier.
    #[serde(skip)]
    pub uid: Option<String>,
    pub name_fr: String,
    pub name_nl: String,
    pub description_fr: String,
    pub description_nl: String,
    pub legal_status: String,
    pub kbo: Option<String>,
    pub website: String,
    pub email: String,
    pub social_brussels_id: Option<String>,
    /// The organisation's own numbers (each service page shows them too).
    #[serde(default)]
    pub phones: Vec<Phone>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocationInput {
    /// Kept by imports; an edit never changes a record's identifier.
    #[serde(skip)]
    pub uid: Option<String>,
    pub name_fr: String,
    pub name_nl: String,
    pub street_fr: String,
    pub street_nl: String,
    pub postcode: String,
    pub nis_code: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub accessibility_fr: String,
    pub accessibility_nl: String,
    pub transport_fr: String,
    pub transport_nl: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceInput {
    /// Kept by imports; an edit never changes a record's identifier.
    #[serde(skip)]
    pub uid: Option<String>,
    pub name_fr: String,
    pub name_nl: String,
    pub description_fr: String,
    pub description_nl: String,
    pub eligibility_fr: String,
    pub eligibility_nl: String,
    pub fees_fr: String,
    pub fees_nl: String,
    pub application_fr: String,
    pub application_nl: String,
    pub status: ServiceStatus,
    pub by_appointment: bool,
    pub themes: Vec<String>,
    pub languages: Vec<String>,
    pub target_groups: Vec<String>,
    pub schedules: Vec<Schedule>,
    pub closures: Vec<Closure>,
    pub location_ids: Vec<i64>,
    pub phones: Vec<Phone>,
    pub contacts: Vec<Contact>,
}

fn new_uid() -> String {
    // A random UUID v4, the identifier HSDS expects.
    let mut bytes: [u8; 16] = rand::random();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let h = hex::encode(bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// The coordination's first organisation with this company number, if any.
pub async fn organization_by_kbo(
    tx: &mut Tx,
    tenant: &Tenant,
    kbo: &str,
) -> Result<Option<i64>, sqlx::Error> {
    scalar_optional!(
        tx,
        "SELECT id FROM organizations WHERE coordination_id = $1 AND kbo = $2 ORDER BY id LIMIT 1",
        tenant.id(),
        kbo
    )
}

pub async fn create_organization(
    tx: &mut Tx,
    tenant: &Tenant,
    input: &OrganizationInput,
) -> Result<i64, sqlx::Error> {
    // The row is created empty and written by the one update every edit uses.
    let now = Utc::now();
    let id = with_tx!(tx, |c| {
        sqlx::query_scalar(
            "INSERT INTO organizations (coordination_id, uid, name_fr, name_nl, description_fr, description_nl, legal_status, website, email, \
             last_verified_at, created_at, updated_at) VALUES ($1, $2, '', '', '', '', '', '', '', $3, $3, $3) RETURNING id",
        )
        .bind(tenant.id())
        .bind(input.uid.clone().unwrap_or_else(new_uid))
        .bind(now)
        .fetch_one(c)
        .await
    })?;
    update_organization(tx, tenant, id, input).await?;
    Ok(id)
}

pub async fn create_location(
    tx: &mut Tx,
    tenant: &Tenant,
    organization_id: i64,
    input: &LocationInput,
) -> Result<i64, sqlx::Error> {
    let id = with_tx!(tx, |c| {
        sqlx::query_scalar(
            "INSERT INTO locations (coordination_id, uid, organization_id, name_fr, name_nl, street_fr, street_nl, postcode, nis_code, \
             accessibility_fr, accessibility_nl, transport_fr, transport_nl) VALUES ($1, $2, $3, '', '', '', '', '', $4, '', '', '', '') RETURNING id",
        )
        .bind(tenant.id())
        .bind(input.uid.clone().unwrap_or_else(new_uid))
        .bind(organization_id)
        .bind(&input.nis_code)
        .fetch_one(c)
        .await
    })?;
    update_location(tx, tenant, id, input).await?;
    Ok(id)
}

pub async fn create_service(
    tx: &mut Tx,
    tenant: &Tenant,
    organization_id: i64,
    input: &ServiceInput,
) -> Result<i64, sqlx::Error> {
    let now = Utc::now();
    let id = with_tx!(tx, |c| {
        sqlx::query_scalar(
            "INSERT INTO services (coordination_id, uid, organization_id, name_fr, name_nl, description_fr, description_nl, eligibility_fr, \
             eligibility_nl, fees_fr, fees_nl, application_fr, application_nl, status, by_appointment, last_verified_at, \
             created_at, updated_at) VALUES ($1, $2, $3, '', '', '', '', '', '', '', '', '', '', 'inactive', FALSE, $4, $4, $4) RETURNING id",
        )
        .bind(tenant.id())
        .bind(input.uid.clone().unwrap_or_else(new_uid))
        .bind(organization_id)
        .bind(now)
        .fetch_one(c)
        .await
    })?;
    update_service(tx, tenant, id, input).await?;
    Ok(id)
}

async fn write_service_children(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    organization_id: i64,
    input: &ServiceInput,
) -> Result<(), sqlx::Error> {
    for code in &input.themes {
        with_tx!(tx, |c| {
            sqlx::query("INSERT INTO service_themes (service_id, theme_id) SELECT $1, id FROM themes WHERE code = $2 ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(code)
            .execute(c)
            .await
            .map(|r| r.rows_affected())
        })?;
    }
    // Languages and target groups are sets of codes, stored alike.
    for (sql, codes) in [
        ("INSERT INTO service_languages (service_id, language) VALUES ($1, $2) ON CONFLICT DO NOTHING", &input.languages),
        ("INSERT INTO service_target_groups (service_id, target_group) VALUES ($1, $2) ON CONFLICT DO NOTHING", &input.target_groups),
    ] {
        for code in codes {
            with_tx!(tx, |c| sqlx::query(sql).bind(id).bind(code).execute(c).await.map(|r| r.rows_affected()))?;
        }
    }
    for s in &input.schedules {
        with_tx!(tx, |c| {
            sqlx::query("INSERT INTO schedules (coordination_id, service_id, weekday, opens, closes) VALUES ($1, $2, $3, $4, $5)")
            .bind(tenant.id())
            .bind(id)
            .bind(s.weekday)
            .bind(&s.opens)
            .bind(&s.closes)
            .execute(c)
            .await
            .map(|r| r.rows_affected())
        })?;
    }
    for closure in &input.closures {
        with_tx!(tx, |c| {
            sqlx::query(
            "INSERT INTO closures (coordination_id, service_id, starts_on, ends_on, reason_fr, reason_nl) VALUES ($1, $2, $3, $4, $5, $6)"
        )
        .bind(tenant.id())
        .bind(id)
        .bind(closure.starts_on)
        .bind(closure.ends_on)
        .bind(&closure.reason_fr)
        .bind(&closure.reason_nl)
        .execute(c)
        .await
        .map(|r| r.rows_affected())
        })?;
    }
    for location_id in &input.location_ids {
        // Only a location of the same organisation and coordination can be linked.
        with_tx!(tx, |c| {
            sqlx::query(
            "INSERT INTO service_at_locations (coordination_id, uid, service_id, location_id) \
             SELECT $1, $2, $3, id FROM locations WHERE id = $4 AND organization_id = $5 AND coordination_id = $1 ON CONFLICT DO NOTHING"
        )
        .bind(tenant.id())
        .bind(new_uid())
        .bind(id)
        .bind(location_id)
        .bind(organization_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected())
        })?;
    }
    for phone in &input.phones {
        insert_phone(tx, tenant, organization_id, Some(id), phone).await?;
    }
    for contact in &input.contacts {
        with_tx!(tx, |c| {
            sqlx::query(
            "INSERT INTO contacts (coordination_id, organization_id, service_id, name, title, email, phone) VALUES ($1, $2, $3, $4, $5, $6, $7)"
        )
        .bind(tenant.id())
        .bind(organization_id)
        .bind(id)
        .bind(&contact.name)
        .bind(&contact.title)
        .bind(&contact.email)
        .bind(&contact.phone)
        .execute(c)
        .await
        .map(|r| r.rows_affected())
        })?;
    }
    Ok(())
}

impl From<Organization> for OrganizationInput {
    fn from(o: Organization) -> OrganizationInput {
        OrganizationInput {
            uid: Some(o.uid),
            name_fr: o.name_fr,
            name_nl: o.name_nl,
            description_fr: o.description_fr,
            description_nl: o.description_nl,
            legal_status: o.legal_status,
            kbo: o.kbo,
            website: o.website,
            email: o.email,
            social_brussels_id: o.social_brussels_id,
            phones: Vec::new(),
        }
    }
}

impl From<Location> for LocationInput {
    fn from(l: Location) -> LocationInput {
        LocationInput {
            uid: Some(l.uid),
            name_fr: l.name_fr,
            name_nl: l.name_nl,
            street_fr: l.street_fr,
            street_nl: l.street_nl,
            postcode: l.postcode,
            nis_code: l.nis_code,
            latitude: l.latitude,
            longitude: l.longitude,
            accessibility_fr: l.accessibility_fr,
            accessibility_nl: l.accessibility_nl,
            transport_fr: l.transport_fr,
            transport_nl: l.transport_nl,
        }
    }
}

/// An organisation as its edit form shows it, with its own phone numbers.
pub async fn organization_input(
    db: &Db,
    scope: &impl PublicScope,
    id: i64,
) -> Result<Option<OrganizationInput>, sqlx::Error> {
    let Some(organization) = organization(db, scope, id).await? else {
        return Ok(None);
    };
    Ok(Some(OrganizationInput {
        phones: organization_phones(db, scope, id).await?,
        ..organization.into()
    }))
}

/// The organisation's own phone numbers (not its services').
pub async fn organization_phones(
    db: &Db,
    scope: &impl PublicScope,
    id: i64,
) -> Result<Vec<Phone>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
            "SELECT number, description_fr, description_nl FROM phones \
             WHERE organization_id = $1 AND service_id IS NULL AND coordination_id = $2 ORDER BY id",
        )
        .bind(id)
        .bind(scope.scope_id())
        .fetch_all(p)
        .await
    })
}

pub async fn location(
    db: &Db,
    scope: &impl PublicScope,
    id: i64,
) -> Result<Option<Location>, sqlx::Error> {
    let sql = format!(
        "SELECT {LOCATION_COLUMNS} FROM locations l JOIN municipalities m ON m.nis_code = l.nis_code \
         WHERE l.id = $1 AND l.coordination_id = $2"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(id)
        .bind(scope.scope_id())
        .fetch_optional(p)
        .await)
}

/// A service as its edit form shows it: only its own phones and contacts (the organisation's are
/// edited with the organisation), and only closures still to come.
pub async fn service_input(
    db: &Db,
    scope: &impl PublicScope,
    id: i64,
) -> Result<Option<(i64, ServiceInput)>, sqlx::Error> {
    let Some(detail) = service_detail(db, scope, id).await? else {
        return Ok(None);
    };
    let phones = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT number, description_fr, description_nl FROM phones WHERE service_id = $1 ORDER BY id"
    )
    .bind(id)
    .fetch_all(p)
    .await
    })?;
    let s = detail.service;
    Ok(Some((
        s.organization_id,
        ServiceInput {
            uid: Some(s.uid),
            name_fr: s.name_fr,
            name_nl: s.name_nl,
            description_fr: s.description_fr,
            description_nl: s.description_nl,
            eligibility_fr: s.eligibility_fr,
            eligibility_nl: s.eligibility_nl,
            fees_fr: s.fees_fr,
            fees_nl: s.fees_nl,
            application_fr: s.application_fr,
            application_nl: s.application_nl,
            status: s.status,
            by_appointment: s.by_appointment,
            themes: detail.themes.into_iter().map(|t| t.code).collect(),
            languages: detail.languages,
            target_groups: detail.target_groups,
            schedules: detail.schedules,
            closures: detail.closures,
            location_ids: detail.locations.iter().map(|l| l.id).collect(),
            phones,
            contacts: detail.contacts,
        },
    )))
}

pub async fn update_organization(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    input: &OrganizationInput,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
            "UPDATE organizations SET name_fr = $1, name_nl = $2, description_fr = $3, description_nl = $4, legal_status = $5, kbo = $6, \
             website = $7, email = $8, social_brussels_id = $9, updated_at = $10 WHERE id = $11 AND coordination_id = $12",
        )
        .bind(&input.name_fr)
        .bind(&input.name_nl)
        .bind(&input.description_fr)
        .bind(&input.description_nl)
        .bind(&input.legal_status)
        .bind(&input.kbo)
        .bind(&input.website)
        .bind(&input.email)
        .bind(&input.social_brussels_id)
        .bind(Utc::now())
        .bind(id)
        .bind(tenant.id())
        .execute(c)
        .await
        .map(|r| r.rows_affected())
    })?;
    with_tx!(tx, |c| sqlx::query(
        "DELETE FROM phones WHERE organization_id = $1 AND service_id IS NULL"
    )
    .bind(id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    for phone in &input.phones {
        insert_phone(tx, tenant, id, None, phone).await?;
    }
    Ok(())
}

pub async fn update_location(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    input: &LocationInput,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
            "UPDATE locations SET name_fr = $1, name_nl = $2, street_fr = $3, street_nl = $4, postcode = $5, nis_code = $6, latitude = $7, \
             longitude = $8, accessibility_fr = $9, accessibility_nl = $10, transport_fr = $11, transport_nl = $12 WHERE id = $13 AND coordination_id = $14",
        )
        .bind(&input.name_fr)
        .bind(&input.name_nl)
        .bind(&input.street_fr)
        .bind(&input.street_nl)
        .bind(&input.postcode)
        .bind(&input.nis_code)
        .bind(input.latitude)
        .bind(input.longitude)
        .bind(&input.accessibility_fr)
        .bind(&input.accessibility_nl)
        .bind(&input.transport_fr)
        .bind(&input.transport_nl)
        .bind(id)
        .bind(tenant.id())
        .execute(c)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// Rewrites a service and its lists. Links to locations that stay keep their identifiers (HSDS
/// `service_at_location` ids), and past closures are kept as history.
pub async fn update_service(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    input: &ServiceInput,
) -> Result<(), sqlx::Error> {
    let organization_id: i64 = with_tx!(tx, |c| sqlx::query_scalar(
        "SELECT organization_id FROM services WHERE id = $1 AND coordination_id = $2"
    )
    .bind(id)
    .bind(tenant.id())
    .fetch_one(c)
    .await)?;
    with_tx!(tx, |c| {
        sqlx::query(
            "UPDATE services SET name_fr = $1, name_nl = $2, description_fr = $3, description_nl = $4, eligibility_fr = $5, eligibility_nl = $6, \
             fees_fr = $7, fees_nl = $8, application_fr = $9, application_nl = $10, status = $11, by_appointment = $12, \
             updated_at = $13 WHERE id = $14 AND coordination_id = $15",
        )
        .bind(&input.name_fr)
        .bind(&input.name_nl)
        .bind(&input.description_fr)
        .bind(&input.description_nl)
        .bind(&input.eligibility_fr)
        .bind(&input.eligibility_nl)
        .bind(&input.fees_fr)
        .bind(&input.fees_nl)
        .bind(&input.application_fr)
        .bind(&input.application_nl)
        .bind(input.status)
        .bind(input.by_appointment)
        .bind(Utc::now())
        .bind(id)
        .bind(tenant.id())
        .execute(c)
        .await
        .map(|r| r.rows_affected())
    })?;
    for sql in [
        "DELETE FROM service_themes WHERE service_id = $1",
        "DELETE FROM service_languages WHERE service_id = $1",
        "DELETE FROM service_target_groups WHERE service_id = $1",
        "DELETE FROM schedules WHERE service_id = $1",
        "DELETE FROM phones WHERE service_id = $1",
        "DELETE FROM contacts WHERE service_id = $1",
    ] {
        with_tx!(tx, |c| sqlx::query(sql)
            .bind(id)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
    }
    with_tx!(tx, |c| sqlx::query(
        "DELETE FROM closures WHERE service_id = $1 AND ends_on >= $2"
    )
    .bind(id)
    .bind(Utc::now().date_naive())
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    let linked: Vec<i64> = with_tx!(tx, |c| sqlx::query_scalar(
        "SELECT location_id FROM service_at_locations WHERE service_id = $1"
    )
    .bind(id)
    .fetch_all(c)
    .await)?;
    for location_id in linked.iter().filter(|l| !input.location_ids.contains(l)) {
        with_tx!(tx, |c| sqlx::query(
            "DELETE FROM service_at_locations WHERE service_id = $1 AND location_id = $2"
        )
        .bind(id)
        .bind(location_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    }
    write_service_children(tx, tenant, id, organization_id, input).await
}

/// Keeps the verification date a record had where it came from (an import).
pub async fn set_service_verified(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "UPDATE services SET last_verified_at = $1 WHERE id = $2 AND coordination_id = $3"
    )
    .bind(at)
    .bind(id)
    .bind(tenant.id())
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

async fn insert_phone(
    tx: &mut Tx,
    tenant: &Tenant,
    organization_id: i64,
    service_id: Option<i64>,
    phone: &Phone,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO phones (coordination_id, organization_id, service_id, number, description_fr, description_nl) VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(tenant.id())
    .bind(organization_id)
    .bind(service_id)
    .bind(&phone.number)
    .bind(&phone.description_fr)
    .bind(&phone.description_nl)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(())
}
