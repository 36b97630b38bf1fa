//! Contact persons of member organisations: the coordinator adds delegates (who get an account and
//! speak for the organisation), each person keeps their own details and their consent to share
//! them, and an organisation may leave the coordination, giving its reason.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::Form;
use serde::Deserialize;
use tower_sessions::Session;

use super::standing::{self, Access};
use super::{
    add_contact, contacts, coordinators, membership, record_status, ContactPerson, Membership,
    NewContact,
};
use crate::domain::{Email, Lang};
use crate::features::directory::editing;
use crate::features::people;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{self, Action, Role, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, AppError, FlashKind, PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

#[derive(Debug, Deserialize)]
pub struct ContactForm {
    #[serde(default)]
    contact_name: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    contact_phone: String,
    #[serde(default)]
    contact_lang: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    share_consent: Option<String>,
}

/// The coordinator adds a contact person (a delegate, or a new main contact) to a member
/// organisation; a member's contacts get an account to speak for it.
pub async fn add(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(form): Form<ContactForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let found = membership(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = format!("/{}/{}/members/{id}", page.lang.code(), coordination.slug);
    let name = form.contact_name.trim();
    let (Ok(email), Ok(lang), true, true) = (
        Email::parse(&form.contact_email),
        Lang::parse(&form.contact_lang),
        !name.is_empty(),
        ["main", "delegate"].contains(&form.role.as_str()),
    ) else {
        return redirect_with_flash(&session, FlashKind::Error, "flash-contact-invalid", &back)
            .await;
    };
    let mut tx = state.db.begin().await?;
    let user_id = if found.status == "member" {
        let (user_id, _) = people::grant_in(
            &mut tx,
            &state,
            &tenant,
            &coordination,
            &user,
            &email,
            name,
            lang,
            Role::Member,
        )
        .await?;
        if let Some(organization) = found.organization_id {
            editing::add_contact(&mut tx, &tenant, organization, user_id).await?;
        }
        Some(user_id)
    } else {
        None
    };
    let contact = add_contact(
        &mut tx,
        &tenant,
        id,
        &NewContact {
            user_id,
            name,
            email: email.as_str(),
            phone: form.contact_phone.trim(),
            lang,
            role: &form.role,
            share_consent: form.share_consent.is_some(),
        },
    )
    .await?;
    commit_audited(
        tx,
        AuditEntry::new("membership.contact.added")
            .by(&user)
            .in_coordination(tenant.id())
            .on("membership", id)
            .change(None, Some(serde_json::json!({ "contact": contact, "email": email.as_str(), "role": form.role }))),
        &session,
        "flash-saved",
        &back,
    )
    .await
}

/// The reader's own contact record and their organisation.
async fn own(
    state: &AppState,
    user: &CurrentUser,
    tenant: &Tenant,
) -> Result<(ContactPerson, Membership), AppError> {
    let coordination_id = tenant.id();
    let found: Option<i64> = with_db!(&state.db, |p| {
        sqlx::query_scalar(
        "SELECT c.id FROM member_contacts c JOIN memberships m ON m.id = c.membership_id \
         WHERE c.user_id = $1 AND c.coordination_id = $2 AND m.status IN ('member', 'suspended') ORDER BY c.id LIMIT 1"
    )
    .bind(user.id)
    .bind(coordination_id)
    .fetch_optional(p)
    .await
    })?;
    let contact_id = found.ok_or(AppError::Forbidden)?;
    let membership_id: i64 = with_db!(&state.db, |p| sqlx::query_scalar(
        "SELECT membership_id FROM member_contacts WHERE id = $1"
    )
    .bind(contact_id)
    .fetch_one(p)
    .await)?;
    let all = contacts(&state.db, tenant, &[membership_id]).await?;
    let contact = all
        .into_iter()
        .find(|c| c.id == contact_id)
        .ok_or(AppError::NotFound)?;
    let organisation = membership(&state.db, tenant, membership_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((contact, organisation))
}

#[derive(Template)]
#[template(path = "features/membership/mine.html")]
struct MinePage {
    page: PageCtx,
    contact: ContactPerson,
    membership: Membership,
    colleagues: Vec<ContactPerson>,
}

impl MinePage {
    fn role_label(&self, role: &str) -> String {
        t(self.page.lang, &format!("contact-role-{role}"))
    }
}

pub async fn mine(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let (contact, membership) = own(&state, &user, &tenant).await?;
    let colleagues = contacts(&state.db, &tenant, &[membership.id])
        .await?
        .into_iter()
        .filter(|c| c.id != contact.id)
        .collect();
    render(&MinePage {
        page: page.with_coordination(coordination.as_ref()),
        contact,
        membership,
        colleagues,
    })
}

#[derive(Debug, Deserialize)]
pub struct OwnDetails {
    #[serde(default)]
    phone: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    share_consent: Option<String>,
}

/// A contact person changes their phone, language or consent.
pub async fn update_mine(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<OwnDetails>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let (contact, _) = own(&state, &user, &tenant).await?;
    let back = format!(
        "/{}/{}/my-organisation",
        page.lang.code(),
        coordination.slug
    );
    let lang = Lang::parse(&form.lang).map_err(AppError::BadRequest)?;
    let consent = form.share_consent.is_some();
    let mut tx = state.db.begin().await?;
    with_tx!(&mut tx, |c| {
        sqlx::query(
        "UPDATE member_contacts SET phone = $1, lang = $2, share_consent = $3 WHERE id = $4 AND coordination_id = $5"
    )
    .bind(form.phone.trim())
    .bind(lang.code())
    .bind(consent)
    .bind(contact.id)
    .bind(tenant.id())
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    commit_audited(
        tx,
        AuditEntry::new("membership.contact.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("member_contact", contact.id)
            .change(
                Some(serde_json::json!({ "lang": contact.lang, "share_consent": contact.share_consent })),
                Some(serde_json::json!({ "lang": lang.code(), "share_consent": consent })),
            ),
        &session,
        "flash-saved",
        &back,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct LeaveForm {
    #[serde(default)]
    reason: String,
}

/// The organisation leaves the coordination, with its reason; the coordinators are told.
pub async fn leave(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<LeaveForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let (_, membership) = own(&state, &user, &tenant).await?;
    let reason = form.reason.trim();
    let back = format!(
        "/{}/{}/my-organisation",
        page.lang.code(),
        coordination.slug
    );
    if reason.is_empty() {
        return redirect_with_flash(&session, FlashKind::Error, "flash-reason-required", &back)
            .await;
    }
    let mut tx = state.db.begin().await?;
    record_status(
        &mut tx,
        &tenant,
        membership.id,
        "former",
        reason,
        "",
        Some(user.id),
    )
    .await?;
    // Leaving ends the access its contact persons had through it, the leaver's included.
    standing::apply(
        &mut tx,
        &tenant,
        &coordination,
        &user,
        &membership,
        Access::Withdrawn,
    )
    .await?;
    for (email, name, their_lang) in coordinators(&state.db, &tenant).await? {
        let lang = Lang::parse(&their_lang).unwrap_or_default();
        let letter = Letter {
            lang,
            subject: t_args(
                lang,
                "mail-left-subject",
                &[("organization", &membership.name)],
            ),
            greeting_name: &name,
            paragraphs: vec![
                t_args(
                    lang,
                    "mail-left-body",
                    &[("organization", &membership.name)],
                ),
                reason.to_string(),
            ],
            action: None,
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(&mut tx, &letter.into_email(&email, Some(tenant.id()))?).await?;
    }
    let to = format!("/{}/{}/", page.lang.code(), coordination.slug);
    commit_audited(
        tx,
        AuditEntry::new("membership.left")
            .by(&user)
            .in_coordination(tenant.id())
            .on("membership", membership.id)
            .change(
                Some(serde_json::json!({ "status": membership.status })),
                Some(serde_json::json!({ "status": "former", "reason": reason })),
            ),
        &session,
        "flash-membership-left",
        &to,
    )
    .await
}
