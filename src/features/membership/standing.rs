//! What a membership's standing gives the people who speak for the organisation. While it is a
//! member, its contact persons with an account hold the member role and edit its record on the
//! social map; suspended, ended or left, they lose both — the role only when no other member
//! organisation links them to the coordination — so their pages, API tokens and calendar feeds
//! give nothing of it any more. Reinstated, they get both back. Each person is told by email, in
//! their language, and the audit log keeps each change.

use crate::domain::Lang;
use crate::features::directory::store::editors;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{self, CurrentUser};
use crate::platform::db::Tx;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail::Block;
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{Role, Tenant};
use crate::platform::tenancy::Coordination;
use crate::platform::web::AppError;

use super::store::{self, Membership, MembershipStatus};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Withdrawn,
    Restored,
}

impl Access {
    /// The access a move from one status to another changes, if any.
    pub fn between(from: MembershipStatus, to: MembershipStatus) -> Option<Access> {
        use MembershipStatus as S;
        match (from, to) {
            (S::Member, S::Member) => None,
            (S::Member, _) => Some(Access::Withdrawn),
            (S::Suspended | S::Former, S::Member) => Some(Access::Restored),
            _ => None,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Access::Withdrawn => "withdrawn",
            Access::Restored => "restored",
        }
    }
}

/// Withdraws or restores the access of the membership's contact persons (inside the transaction
/// that changed its status); returns how many people it concerned.
pub async fn apply(
    tx: &mut Tx,
    tenant: &Tenant,
    coordination: &Coordination,
    actor: &CurrentUser,
    membership: &Membership,
    access: Access,
) -> Result<usize, AppError> {
    let people = store::contacts_with_accounts(tx, tenant, membership.id).await?;
    for person in &people {
        let role_changed = match access {
            Access::Withdrawn => {
                let linked =
                    store::linked_elsewhere(tx, tenant, person.user_id, membership.id).await?;
                !linked && auth::revoke_role(tx, person.user_id, tenant.id(), Role::Member).await?
            }
            Access::Restored => {
                auth::grant_role(tx, person.user_id, tenant.id(), Role::Member).await?
            }
        };
        if let Some(organization) = membership.organization_id {
            match access {
                Access::Withdrawn => {
                    editors::remove(tx, tenant, organization, person.user_id).await?
                }
                Access::Restored => editors::add(tx, tenant, organization, person.user_id).await?,
            };
        }
        audit::record(
            tx,
            AuditEntry::new(match access {
                Access::Withdrawn => "membership.access.withdrawn",
                Access::Restored => "membership.access.restored",
            })
            .by(actor)
            .in_coordination(tenant.id())
            .on("user", person.user_id)
            .change(
                None,
                Some(serde_json::json!({
                    "membership": membership.id,
                    "member_role": role_changed,
                    "organization": membership.organization_id,
                })),
            ),
        )
        .await?;
        let lang = Lang::parse(&person.lang).unwrap_or_default();
        let coordination_name = lang.pick(&coordination.name_fr, &coordination.name_nl);
        let key = access.key();
        let letter = Letter {
            lang,
            subject: t_args(
                lang,
                &format!("mail-access-{key}-subject"),
                &[("coordination", coordination_name)],
            ),
            greeting_name: &person.name,
            paragraphs: Block::texts(vec![t_args(
                lang,
                &format!("mail-access-{key}-body"),
                &[
                    ("organization", &membership.name),
                    ("coordination", coordination_name),
                ],
            )]),
            action: None,
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(tx, &letter.into_email(&person.email, Some(tenant.id()))?).await?;
    }
    Ok(people.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use MembershipStatus as S;

    #[test]
    fn access_follows_the_membership_status() {
        assert_eq!(
            Access::between(S::Member, S::Suspended),
            Some(Access::Withdrawn)
        );
        assert_eq!(
            Access::between(S::Member, S::Former),
            Some(Access::Withdrawn)
        );
        assert_eq!(
            Access::between(S::Suspended, S::Member),
            Some(Access::Restored)
        );
        assert_eq!(
            Access::between(S::Former, S::Member),
            Some(Access::Restored)
        );
        assert_eq!(
            Access::between(S::Applicant, S::Member),
            None,
            "admission grants it"
        );
        assert_eq!(Access::between(S::Suspended, S::Former), None);
        assert_eq!(Access::between(S::Applicant, S::Refused), None);
    }
}
