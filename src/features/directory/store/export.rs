//! The rows of the members' spreadsheet exports.

use crate::fetch_all;
use crate::platform::db::Db;
use crate::platform::policy::Tenant;

#[derive(sqlx::FromRow)]
pub struct OrganizationLine {
    pub uid: String,
    pub name_fr: String,
    pub name_nl: String,
    pub description_fr: String,
    pub legal_status: String,
    pub kbo: Option<String>,
    pub website: String,
    pub email: String,
}

pub async fn organizations(db: &Db, tenant: &Tenant) -> Result<Vec<OrganizationLine>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT uid, name_fr, name_nl, description_fr, legal_status, kbo, website, email \
         FROM organizations WHERE coordination_id = $1 ORDER BY name_fr",
        tenant.id()
    )
}

#[derive(sqlx::FromRow)]
pub struct ServiceLine {
    pub id: i64,
    pub uid: String,
    pub organization: String,
    pub name_fr: String,
    pub name_nl: String,
    pub status: super::ServiceStatus,
    pub address: String,
    pub phone: String,
}

const SERVICES: &str = "\
    SELECT s.id, s.uid, o.name_fr AS organization, s.name_fr, s.name_nl, s.status, \
    COALESCE((SELECT l.street_fr || ', ' || l.postcode FROM service_at_locations sal \
              JOIN locations l ON l.id = sal.location_id \
              WHERE sal.service_id = s.id ORDER BY l.id LIMIT 1), '') AS address, \
    COALESCE((SELECT number FROM phones WHERE service_id = s.id ORDER BY id LIMIT 1), '') AS phone \
    FROM services s JOIN organizations o ON o.id = s.organization_id \
    WHERE s.coordination_id = $1 ORDER BY o.name_fr, s.name_fr";

pub async fn services(db: &Db, tenant: &Tenant) -> Result<Vec<ServiceLine>, sqlx::Error> {
    fetch_all!(db, SERVICES, tenant.id())
}

/// (service id, theme code) of every service, in theme order: grouped by the caller, since
/// string aggregation differs per backend.
pub async fn service_themes(db: &Db, tenant: &Tenant) -> Result<Vec<(i64, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT st.service_id, t.code FROM service_themes st JOIN themes t ON t.id = st.theme_id \
         JOIN services s ON s.id = st.service_id WHERE s.coordination_id = $1 ORDER BY t.code",
        tenant.id()
    )
}

/// A record with a name or description missing in French or Dutch.
#[derive(sqlx::FromRow)]
pub struct Untranslated {
    pub id: i64,
    pub name_fr: String,
    pub name_nl: String,
    pub description_fr: String,
    pub description_nl: String,
}

/// Organisations (`services` false) or services with an empty name or description in French or
/// Dutch.
pub async fn untranslated(
    db: &Db,
    tenant: &Tenant,
    services: bool,
) -> Result<Vec<Untranslated>, sqlx::Error> {
    let table = if services {
        "services"
    } else {
        "organizations"
    };
    let sql = format!(
        "SELECT id, name_fr, name_nl, description_fr, description_nl FROM {table} \
         WHERE coordination_id = $1 AND (TRIM(name_fr) = '' OR TRIM(name_nl) = '' \
         OR TRIM(description_fr) = '' OR TRIM(description_nl) = '') ORDER BY id"
    );
    fetch_all!(db, &sql, tenant.id())
}
