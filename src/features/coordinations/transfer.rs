//! A coordination moved between instances: `socius coordination export SLUG` writes it as one
//! portable file, `socius coordination import FILE` writes it again elsewhere (the engine is
//! `platform::portable`). Every feature's part is listed in `features::DATA`; the accounts created by an
//! import receive an invitation to choose their password, in their language.

use crate::domain::{Email, Lang};
use crate::features;
use crate::features::people::store as people_store;
use crate::features::people::{invite_to_choose_password, Invited};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth;
use crate::platform::db::Tx;
use crate::platform::policy::{Role, Tenant};
use crate::platform::portable::{self, CoordinationFile, Imported, Layout, Portable, Tables};
use crate::platform::tenancy;
use crate::platform::AppState;

/// The coordination itself and its settings.
pub struct CoordinationTables;

impl crate::platform::personal_data::PersonalData for CoordinationTables {}

impl Portable for CoordinationTables {
    fn tables(&self) -> Tables {
        Tables {
            travel: &[
                "coordinations",
                "coordination_settings",
                "coordination_logos",
            ],
            ..Tables::default()
        }
    }
}

/// The coordination `slug` as a file.
pub async fn export(state: &AppState, slug: &str) -> anyhow::Result<CoordinationFile> {
    let layout = Layout::read(&state.db, &features::portable()).await?;
    portable::export(&state.db, &layout, slug).await
}

/// Writes `file` as a new coordination in one transaction, invites the accounts it created and
/// records the import in the coordination's audit log.
pub async fn import(state: &AppState, file: &CoordinationFile) -> anyhow::Result<Imported> {
    let layout = Layout::read(&state.db, &features::portable()).await?;
    let mut tx = state.db.begin().await?;
    let imported = portable::import(&mut tx, &layout, &features::portable(), file).await?;
    invite(&mut tx, state, &imported).await?;
    audit::record(
        &mut tx,
        AuditEntry::new("coordination.imported")
            .in_coordination(imported.tenant.id())
            .label("socius coordination import".into())
            .on("coordination", imported.tenant.id())
            .change(
                None,
                Some(serde_json::json!({
                    "exported_at": file.exported_at,
                    "rows": imported.rows,
                    "accounts_created": imported.created.len(),
                    "accounts_found": imported.found,
                })),
            ),
    )
    .await?;
    tx.commit().await?;
    Ok(imported)
}

/// Invites each account the import created that holds a role here, naming its highest role.
async fn invite(tx: &mut Tx, state: &AppState, imported: &Imported) -> anyhow::Result<()> {
    let tenant: &Tenant = &imported.tenant;
    let coordination = tenancy::find_in(tx, tenant.id())
        .await?
        .ok_or_else(|| anyhow::anyhow!("the imported coordination is not readable"))?;
    for user_id in &imported.created {
        let roles = people_store::roles_of(tx, tenant, *user_id).await?;
        let Some(role) = Role::ALL.iter().find(|r| roles.contains(r)) else {
            continue;
        };
        let Some(user) = auth::find_user_in(tx, *user_id).await? else {
            continue;
        };
        let email = Email::parse(&user.email)
            .map_err(|_| anyhow::anyhow!("the address {} is not valid", user.email))?;
        let invited = Invited {
            user_id: user.id,
            email: &email,
            name: &user.display_name,
            lang: Lang::parse(&user.lang).unwrap_or(Lang::Fr),
        };
        invite_to_choose_password(
            tx,
            state.config.base_url(),
            tenant,
            &coordination,
            &invited,
            *role,
        )
        .await
        .map_err(|e| anyhow::anyhow!("inviting {}: {e:?}", user.email))?;
    }
    Ok(())
}
