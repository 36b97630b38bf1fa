//! The HSDS API's reads: pages of records in one query each. The social map is public, so each
//! takes the `Coordination`.

use super::{Location, Organization, Service, LOCATION_COLUMNS, ORGANIZATION_COLUMNS};
use crate::platform::db::Db;
use crate::platform::tenancy::PublicScope;
use crate::{fetch_all, fetch_optional, scalar, scalar_optional, scalars};

pub async fn count_organizations(db: &Db, scope: &impl PublicScope) -> Result<i64, sqlx::Error> {
    scalar!(
        db,
        "SELECT COUNT(*) FROM organizations WHERE coordination_id = $1",
        scope.scope_id()
    )
}

#[derive(sqlx::FromRow)]
pub struct ServiceRow {
    #[sqlx(flatten)]
    pub service: Service,
    o_id: i64,
    o_uid: String,
    o_name_fr: String,
    o_name_nl: String,
    o_description_fr: String,
    o_description_nl: String,
    o_legal_status: String,
    o_kbo: Option<String>,
    o_website: String,
    o_email: String,
    o_social_brussels_id: Option<String>,
    o_last_verified_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl ServiceRow {
    pub fn organization(&self) -> Organization {
        Organization {
            id: self.o_id,
            uid: self.o_uid.clone(),
            name_fr: self.o_name_fr.clone(),
            name_nl: self.o_name_nl.clone(),
            description_fr: self.o_description_fr.clone(),
            description_nl: self.o_description_nl.clone(),
            legal_status: self.o_legal_status.clone(),
            kbo: self.o_kbo.clone(),
            website: self.o_website.clone(),
            email: self.o_email.clone(),
            social_brussels_id: self.o_social_brussels_id.clone(),
            last_verified_at: self.o_last_verified_at,
        }
    }
}

/// How many services the reader may see (inactive ones for editors only).
pub async fn count_services(db: &Db, scope: &impl PublicScope) -> Result<i64, sqlx::Error> {
    scalar!(
        db,
        "SELECT COUNT(*) FROM services WHERE coordination_id = $1 AND ($2 OR status <> 'inactive')",
        scope.scope_id(),
        scope.sees_unpublished()
    )
}

/// How many service_at_locations of services the reader may see.
pub async fn count_service_at_locations(
    db: &Db,
    scope: &impl PublicScope,
) -> Result<i64, sqlx::Error> {
    scalar!(
        db,
        "SELECT COUNT(*) FROM service_at_locations sal JOIN services s ON s.id = sal.service_id \
         WHERE sal.coordination_id = $1 AND ($2 OR s.status <> 'inactive')",
        scope.scope_id(),
        scope.sees_unpublished()
    )
}

/// Services with their organisations, one page, in one query.
pub async fn service_page(
    db: &Db,
    scope: &impl PublicScope,
    ids: Option<&[i64]>,
    limit: i64,
    offset: i64,
) -> Result<Vec<ServiceRow>, sqlx::Error> {
    let filter = match ids {
        Some([]) => return Ok(Vec::new()),
        Some(ids) => format!(
            "AND s.id IN ({})",
            ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
        ),
        None => String::new(),
    };
    let sql = format!(
        "SELECT s.id, s.uid, s.organization_id, s.name_fr, s.name_nl, s.description_fr, s.description_nl, s.eligibility_fr, s.eligibility_nl, \
         s.fees_fr, s.fees_nl, s.application_fr, s.application_nl, s.status, s.by_appointment, s.last_verified_at, \
         o.id AS o_id, o.uid AS o_uid, o.name_fr AS o_name_fr, o.name_nl AS o_name_nl, o.description_fr AS o_description_fr, \
         o.description_nl AS o_description_nl, o.legal_status AS o_legal_status, o.kbo AS o_kbo, o.website AS o_website, o.email AS o_email, \
         o.social_brussels_id AS o_social_brussels_id, o.last_verified_at AS o_last_verified_at \
         FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.coordination_id = $1 {filter} \
         AND ($4 OR s.status <> 'inactive') ORDER BY s.id LIMIT $2 OFFSET $3"
    );
    fetch_all!(
        db,
        &sql,
        scope.scope_id(),
        limit,
        offset,
        scope.sees_unpublished()
    )
}

/// The id of the record with `uid` in `table` (a fixed name, never input).
pub async fn id_for_uid(
    db: &Db,
    table: &str,
    scope: &impl PublicScope,
    uid: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let sql = format!("SELECT id FROM {table} WHERE uid = $1 AND coordination_id = $2");
    scalar_optional!(db, &sql, uid, scope.scope_id())
}

pub async fn organizations_page(
    db: &Db,
    scope: &impl PublicScope,
    limit: i64,
    offset: i64,
) -> Result<Vec<Organization>, sqlx::Error> {
    let sql = format!(
        "SELECT {ORGANIZATION_COLUMNS} FROM organizations WHERE coordination_id = $1 \
         ORDER BY id LIMIT $2 OFFSET $3"
    );
    fetch_all!(db, &sql, scope.scope_id(), limit, offset)
}

#[derive(sqlx::FromRow)]
pub struct SalListRow {
    pub sal_uid: String,
    pub service_uid: String,
    pub organization_uid: String,
    #[sqlx(flatten)]
    pub location: Location,
}

#[derive(sqlx::FromRow)]
pub struct SalRow {
    pub uid: String,
    pub service_id: i64,
    pub location_id: i64,
}

/// One page of service_at_locations with their location (the one-to-one view).
pub async fn sal_list_page(
    db: &Db,
    scope: &impl PublicScope,
    limit: i64,
    offset: i64,
) -> Result<Vec<SalListRow>, sqlx::Error> {
    let sql = format!(
        "SELECT sal.uid AS sal_uid, s.uid AS service_uid, o.uid AS organization_uid, {LOCATION_COLUMNS} \
         FROM service_at_locations sal JOIN services s ON s.id = sal.service_id \
         JOIN organizations o ON o.id = s.organization_id \
         JOIN locations l ON l.id = sal.location_id JOIN municipalities m ON m.nis_code = l.nis_code \
         WHERE sal.coordination_id = $1 AND ($4 OR s.status <> 'inactive') \
         ORDER BY sal.id LIMIT $2 OFFSET $3"
    );
    fetch_all!(
        db,
        &sql,
        scope.scope_id(),
        limit,
        offset,
        scope.sees_unpublished()
    )
}

pub async fn sal_page(
    db: &Db,
    scope: &impl PublicScope,
    limit: i64,
    offset: i64,
) -> Result<Vec<SalRow>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT sal.uid, sal.service_id, sal.location_id FROM service_at_locations sal \
         JOIN services s ON s.id = sal.service_id \
         WHERE sal.coordination_id = $1 AND ($4 OR s.status <> 'inactive') \
         ORDER BY sal.id LIMIT $2 OFFSET $3",
        scope.scope_id(),
        limit,
        offset,
        scope.sees_unpublished()
    )
}

pub async fn sal_by_uid(
    db: &Db,
    scope: &impl PublicScope,
    uid: &str,
) -> Result<Option<SalRow>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT uid, service_id, location_id FROM service_at_locations \
         WHERE uid = $1 AND coordination_id = $2",
        uid,
        scope.scope_id()
    )
}

/// Every service's id the reader may see, in id order.
pub async fn service_ids(db: &Db, scope: &impl PublicScope) -> Result<Vec<i64>, sqlx::Error> {
    scalars!(
        db,
        "SELECT id FROM services WHERE coordination_id = $1 AND ($2 OR status <> 'inactive') \
         ORDER BY id",
        scope.scope_id(),
        scope.sees_unpublished()
    )
}
