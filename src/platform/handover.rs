//! Handing over what a leaving person owns in a coordination to their successor. Every feature
//! where someone owns something (today the meetings' open actions; indicator responsibilities,
//! project roles, dossiers and campaigns as those capabilities land) implements [`Owned`] once and
//! is listed in `features::people::handover::PARTS`; the handover page previews and moves them
//! all. The preview is the handover run in a transaction that is rolled back.

use async_trait::async_trait;

use crate::platform::db::Tx;
use crate::platform::policy::Tenant;

/// A person as what they own names them: their account and the name records carry.
#[derive(Clone, Debug)]
pub struct Holder {
    pub user_id: i64,
    pub name: String,
}

/// What moved: `count` things of kind `key` (a message key).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub key: &'static str,
    pub count: u64,
}

#[async_trait]
pub trait Owned: Sync {
    /// Moves what `from` owns in the coordination of `tenant` to `to`, in `tx`.
    async fn hand_over(
        &self,
        tx: &mut Tx,
        tenant: &Tenant,
        from: &Holder,
        to: &Holder,
    ) -> Result<Vec<Moved>, sqlx::Error>;
}

/// Runs every part in `tx`; kinds with nothing to move are left out.
pub async fn hand_over(
    tx: &mut Tx,
    parts: &[&dyn Owned],
    tenant: &Tenant,
    from: &Holder,
    to: &Holder,
) -> Result<Vec<Moved>, sqlx::Error> {
    let mut moved = Vec::new();
    for part in parts {
        moved.extend(
            part.hand_over(tx, tenant, from, to)
                .await?
                .into_iter()
                .filter(|m| m.count > 0),
        );
    }
    Ok(moved)
}
