//! A coordination's own choices. Each setting has a default, so a coordination that never chose
//! behaves as Socius does out of the box.

use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::{with_db, with_tx};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// Changes that member organisations make to their own records on the social map wait for a
    /// coordinator's approval.
    MemberEditsNeedApproval,
}

impl Setting {
    fn name(self) -> &'static str {
        match self {
            Setting::MemberEditsNeedApproval => "directory.member_edits_need_approval",
        }
    }

    fn default_flag(self) -> bool {
        match self {
            Setting::MemberEditsNeedApproval => false,
        }
    }
}

pub async fn flag(db: &Db, coordination_id: i64, setting: Setting) -> Result<bool, sqlx::Error> {
    let value: Option<String> = with_db!(db, |p| sqlx::query_scalar(
        "SELECT value FROM coordination_settings WHERE coordination_id = $1 AND name = $2"
    )
    .bind(coordination_id)
    .bind(setting.name())
    .fetch_optional(p)
    .await)?;
    Ok(value.map_or(setting.default_flag(), |v| v == "true"))
}

pub async fn set_flag(
    tx: &mut Tx,
    tenant: &Tenant,
    setting: Setting,
    on: bool,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
            "INSERT INTO coordination_settings (coordination_id, name, value) VALUES ($1, $2, $3) \
             ON CONFLICT (coordination_id, name) DO UPDATE SET value = excluded.value",
        )
        .bind(tenant.id())
        .bind(setting.name())
        .bind(if on { "true" } else { "false" })
        .execute(c)
        .await
        .map(|r| r.rows_affected())
    })?;
    Ok(())
}
