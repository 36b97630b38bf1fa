//! Finding and merging organisations entered twice.

use super::{Organization, ORGANIZATION_COLUMNS};
use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::{execute, fetch_all};

/// Every organisation of the coordination, oldest first.
pub async fn organizations(db: &Db, tenant: &Tenant) -> Result<Vec<Organization>, sqlx::Error> {
    let sql = format!(
        "SELECT {ORGANIZATION_COLUMNS} FROM organizations WHERE coordination_id = $1 ORDER BY id"
    );
    fetch_all!(db, &sql, tenant.id())
}

/// (organisation id, postcode) of every place, oldest first.
pub async fn postcodes(db: &Db, tenant: &Tenant) -> Result<Vec<(i64, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT organization_id, postcode FROM locations WHERE coordination_id = $1 ORDER BY id",
        tenant.id()
    )
}

/// Moves everything of `remove` to `keep` (services, places, phones, contacts, verification
/// requests), refreshes the moved services' search text and deletes `remove`.
pub async fn merge(
    tx: &mut Tx,
    tenant: &Tenant,
    keep: i64,
    remove: i64,
) -> Result<(), sqlx::Error> {
    for table in [
        "services",
        "locations",
        "phones",
        "contacts",
        "verification_requests",
    ] {
        let sql = format!(
            "UPDATE {table} SET organization_id = $1 \
             WHERE organization_id = $2 AND coordination_id = $3"
        );
        execute!(&mut *tx, &sql, keep, remove, tenant.id())?;
    }
    execute!(
        tx,
        "DELETE FROM organizations WHERE id = $1 AND coordination_id = $2",
        remove,
        tenant.id()
    )?;
    Ok(())
}
