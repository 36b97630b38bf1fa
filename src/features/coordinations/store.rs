//! The coordinations' own rows beyond their identity (`platform::tenancy`): their logos.

use chrono::Utc;

use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::Coordination;
use crate::{execute, scalar_optional};

/// A logo as Socius drew it.
#[derive(Debug)]
pub struct Logo {
    pub png: Vec<u8>,
    pub width: i64,
    pub height: i64,
}

const UPSERT_LOGO: &str = "\
    INSERT INTO coordination_logos (coordination_id, png, width, height, updated_at) \
    VALUES ($1, $2, $3, $4, $5) \
    ON CONFLICT (coordination_id) DO UPDATE SET png = excluded.png, width = excluded.width, \
    height = excluded.height, updated_at = excluded.updated_at";

/// Stores the logo and gives it a new version (the first bytes of its hash): returns it.
pub async fn set_logo(tx: &mut Tx, tenant: &Tenant, logo: &Logo) -> Result<String, sqlx::Error> {
    use sha2::Digest;
    let version = hex::encode(&sha2::Sha256::digest(&logo.png)[..6]);
    execute!(
        &mut *tx,
        UPSERT_LOGO,
        tenant.id(),
        &logo.png,
        logo.width,
        logo.height,
        Utc::now()
    )?;
    execute!(
        tx,
        "UPDATE coordinations SET logo_version = $1 WHERE id = $2",
        &version,
        tenant.id()
    )?;
    Ok(version)
}

/// Takes the logo away; 0 when there was none.
pub async fn remove_logo(tx: &mut Tx, tenant: &Tenant) -> Result<u64, sqlx::Error> {
    execute!(
        &mut *tx,
        "UPDATE coordinations SET logo_version = '' WHERE id = $1",
        tenant.id()
    )?;
    execute!(
        tx,
        "DELETE FROM coordination_logos WHERE coordination_id = $1",
        tenant.id()
    )
}

/// The logo's PNG, for everyone (a coordination shows it on its public pages).
pub async fn logo(db: &Db, coordination: &Coordination) -> Result<Option<Vec<u8>>, sqlx::Error> {
    scalar_optional!(
        db,
        "SELECT png FROM coordination_logos WHERE coordination_id = $1",
        coordination.id
    )
}
