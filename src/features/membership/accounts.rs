//! Contact persons and accounts are one thing: a contact stays a record of its member
//! organisation, linked to an account once the person has one. The coordinator invites a contact
//! to activate an account (an email in their language to choose a password); a letter that leads a
//! contact without one to signed-in pages carries an activation link instead, which leads on to
//! that page once the password is chosen.

use axum::extract::{Path, State};
use axum::response::Response;
use chrono::Duration;

use super::store::{
    self, contacts, membership, AccountState, ContactPerson, Membership, MembershipStatus,
};
use crate::domain::{Email, Lang};
use crate::features::directory::editing;
use crate::features::people::{self, Grant};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::{self, CurrentUser, NewUser};
use crate::platform::db::Tx;
use crate::platform::policy::{self, Action, Role, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::{commit_audited_once, AppError, FormOnce, PageCtx, Part};
use crate::platform::AppState;

/// How long an activation link in a letter stays valid: a round's letters come weeks before its
/// deadline, and the person may activate at the last moment.
const ACTIVATION_VALIDITY: Duration = Duration::days(30);

/// A contact person to invite: their record and address.
pub(super) struct Invitee<'a> {
    pub contact_id: i64,
    pub email: &'a Email,
    pub name: &'a str,
    pub lang: Lang,
}

impl<'a> Invitee<'a> {
    pub fn of(contact: &'a ContactPerson, email: &'a Email) -> Invitee<'a> {
        Invitee {
            contact_id: contact.id,
            email,
            name: &contact.name,
            lang: contact.lang(),
        }
    }
}

/// Invites a contact of `member` to activate an account with the member role: a new account
/// waits for its password (the invitation is emailed in their language, again to an account
/// still waiting), an existing one is offered the role; either way the contact is linked to it
/// and keeps the organisation's record.
pub(super) async fn invite(
    tx: &mut Tx,
    (state, tenant, coordination, actor): (&AppState, &Tenant, &Coordination, &CurrentUser),
    invitee: &Invitee<'_>,
    member: &Membership,
) -> Result<Grant, AppError> {
    let (user_id, grant) = people::grant_in(
        tx,
        state,
        tenant,
        coordination,
        actor,
        invitee.email,
        invitee.name,
        invitee.lang,
        Role::Member,
    )
    .await?;
    let waiting = auth::find_user_by_email_in(tx, invitee.email)
        .await?
        .is_some_and(|u| u.password_hash.is_none());
    if grant == Grant::Already && waiting {
        // Invited before and never activated: the invitation again, with a fresh link.
        let invited = people::Invited {
            user_id,
            email: invitee.email,
            name: invitee.name,
            lang: invitee.lang,
        };
        people::invite_to_choose_password(
            tx,
            state.config.base_url(),
            tenant,
            coordination,
            &invited,
            Role::Member,
        )
        .await?;
    }
    store::link_contact_account(tx, tenant, invitee.contact_id, user_id).await?;
    if let Some(organization) = member.organization_id {
        editing::add_contact(tx, tenant, organization, user_id).await?;
    }
    Ok(grant)
}

/// For a letter to `contact` of `member` that leads to the signed-in page `next`: when the person
/// has not activated an account, the link that activates it (choosing a password, then on to
/// `next`), the account made now, waiting, if they had none. `None` when they sign in already —
/// or hold an account of their own not linked here, which only they can bring (an invitation
/// offers it).
pub async fn activation_link(
    tx: &mut Tx,
    state: &AppState,
    tenant: &Tenant,
    (contact, member): (&ContactPerson, &Membership),
    next: &str,
) -> Result<Option<String>, AppError> {
    let user_id = match (contact.account, contact.user_id) {
        (AccountState::Active, _) => return Ok(None),
        (AccountState::Invited, Some(user_id)) => user_id,
        _ => {
            let Ok(email) = Email::parse(&contact.email) else {
                return Ok(None);
            };
            if auth::find_user_by_email_in(tx, &email).await?.is_some() {
                return Ok(None);
            }
            let user_id = auth::create_user(
                tx,
                &NewUser {
                    email: &email,
                    display_name: &contact.name,
                    lang: contact.lang(),
                    password_hash: None,
                    is_platform_admin: false,
                },
            )
            .await?;
            auth::grant_role(tx, user_id, tenant.id(), Role::Member).await?;
            store::link_contact_account(tx, tenant, contact.id, user_id).await?;
            if let Some(organization) = member.organization_id {
                editing::add_contact(tx, tenant, organization, user_id).await?;
            }
            crate::platform::audit::record(
                tx,
                AuditEntry::new("membership.contact.account")
                    .label(contact.name.clone())
                    .in_coordination(tenant.id())
                    .on("user", user_id)
                    .change(
                        None,
                        Some(serde_json::json!({ "contact": contact.id, "role": Role::Member.as_str() })),
                    ),
            )
            .await?;
            user_id
        }
    };
    let token = auth::create_password_reset(tx, user_id, ACTIVATION_VALIDITY).await?;
    let next: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
    Ok(Some(format!(
        "{}/{}/password/reset/{token}?next={next}",
        state.config.base_url(),
        contact.lang().code()
    )))
}

/// The coordinator invites a contact of a member organisation who has no account, or has not
/// activated it, to activate one (the invitation is sent again to an account still waiting).
pub async fn invite_contact(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Part { id, part: contact }): Path<Part>,
    once: FormOnce,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let member = membership(&state.db, &tenant, id)
        .await?
        .filter(|m| m.status == MembershipStatus::Member)
        .ok_or(AppError::NotFound)?;
    let person = contacts(&state.db, &tenant, &[id])
        .await?
        .into_iter()
        .find(|c| c.id == contact && c.account != AccountState::Active)
        .ok_or(AppError::NotFound)?;
    let back = page.url_in(&coordination, &format!("/members/{id}"));
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let email = Email::parse(&person.email).map_err(AppError::BadRequest)?;
    let grant = invite(
        &mut tx,
        (&state, &tenant, &coordination, &user),
        &Invitee::of(&person, &email),
        &member,
    )
    .await?;
    let flash = match grant {
        Grant::Offered => "flash-contact-offered",
        Grant::Granted | Grant::Already => "flash-contact-invited",
    };
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("membership.contact.invited")
            .by(&user)
            .in_coordination(tenant.id())
            .on("membership", id)
            .change(None, Some(serde_json::json!({ "contact": contact }))),
        flash,
        &back,
    )
    .await
}
