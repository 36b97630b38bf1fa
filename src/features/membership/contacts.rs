//! Contact persons of member organisations: the coordinator adds delegates (who get an account and
//! speak for the organisation), each person keeps their own details and their consent to share
//! them, and an organisation may leave the coordination, giving its reason.

use crate::platform::mail::Block;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::accounts::{invite, Invitee};
use super::register::{refused, Typed};
use super::standing::{self, Access};
use super::store::{
    self as store, add_contact, contacts, coordinators, membership, record_status, ContactPerson,
    ContactRole, Membership, MembershipStatus, NewContact, OwnDetails,
};
use crate::domain::{Email, Lang};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::Id;
use crate::platform::web::{
    commit_audited, commit_audited_once, redirect_with_flash, render, render_invalid, AppError,
    FieldErrors, FlashKind, FormOnce, PageCtx,
};
use crate::platform::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct ContactForm {
    #[serde(default)]
    pub(super) contact_name: String,
    #[serde(default)]
    pub(super) contact_email: String,
    #[serde(default)]
    pub(super) contact_phone: String,
    #[serde(default)]
    pub(super) contact_lang: String,
    #[serde(default)]
    pub(super) role: String,
    #[serde(default)]
    pub(super) share_consent: Option<String>,
    /// Whether to invite the person to activate an account (a member's contacts only).
    #[serde(default)]
    pub(super) invite: Option<String>,
}

/// The coordinator adds a contact person (a delegate, or a new main contact) to a member
/// organisation; a member's contacts get an account to speak for it.
pub async fn add(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
    Form(form): Form<ContactForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let found = membership(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = page.url_in(&coordination, &format!("/members/{id}"));
    let mut errors = FieldErrors::default();
    let name = errors.check(
        "contact_name",
        fields::required(&form.contact_name, limits::NAME),
    );
    let email = errors.check("contact_email", Email::parse(&form.contact_email));
    let phone = errors.check("contact_phone", fields::phone(&form.contact_phone));
    let lang = errors.check("contact_lang", Lang::parse(&form.contact_lang));
    let role = errors.check("contact_role", ContactRole::parse(&form.role));
    let (Some(name), Some(email), Some(phone), Some(lang), Some(role)) =
        (name, email, phone, lang, role)
    else {
        let typed = Typed::contact(form, errors);
        return refused(&state.db, page, (&user, &coordination, &tenant), id, typed).await;
    };
    let name = name.as_str();
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let contact = add_contact(
        &mut tx,
        &tenant,
        id,
        &NewContact {
            user_id: None,
            name,
            email: email.as_str(),
            phone: &phone,
            lang,
            role,
            share_consent: form.share_consent.is_some(),
        },
    )
    .await?;
    let invited = found.status == MembershipStatus::Member && form.invite.is_some();
    if invited {
        let invitee = Invitee {
            contact_id: contact,
            email: &email,
            name,
            lang,
        };
        invite(
            &mut tx,
            (&state, &tenant, &coordination, &user),
            &invitee,
            &found,
        )
        .await?;
    }
    commit_audited_once(
        tx, &once,
        AuditEntry::new("membership.contact.added")
            .by(&user)
            .in_coordination(tenant.id())
            .on("membership", id)
            .change(None, Some(serde_json::json!({ "contact": contact, "email": email.as_str(), "role": role, "invited": invited }))),
        if invited { "flash-contact-added-invited" } else { "flash-saved" },
        &back)
    .await
}

/// The reader's own contact record and their organisation.
async fn own(
    state: &AppState,
    user: &CurrentUser,
    tenant: &Tenant,
) -> Result<(ContactPerson, Membership), AppError> {
    let (contact_id, membership_id) = store::own_contact(&state.db, tenant, user.id)
        .await?
        .ok_or(AppError::Forbidden)?;
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
    /// The guided path to the organisation's record on the social map, once it has one.
    map_record: Option<MapRecord>,
    /// The reason for leaving as typed, when it comes back with errors.
    reason: String,
    errors: FieldErrors,
}

/// Where a member organisation's record on the social map stands, step by step: presented, a
/// place where it receives people, a service, and so visible on the map.
pub struct MapRecord {
    pub organization_id: i64,
    pub described: bool,
    pub places: usize,
    pub services: usize,
}

impl MapRecord {
    async fn of(
        db: &crate::platform::db::Db,
        coordination: &Coordination,
        organization_id: i64,
    ) -> Result<Option<MapRecord>, AppError> {
        use crate::features::directory::store as directory;
        let Some(organization) = directory::organization(db, coordination, organization_id).await?
        else {
            return Ok(None);
        };
        let places = directory::organization_locations(db, coordination, organization_id).await?;
        let services = directory::organization_services(db, coordination, organization_id).await?;
        Ok(Some(MapRecord {
            organization_id,
            described: [&organization.description_fr, &organization.description_nl]
                .iter()
                .any(|text| !text.trim().is_empty()),
            places: places.len(),
            services: services.len(),
        }))
    }

    /// Every step taken: the organisation is on the map.
    pub fn visible(&self) -> bool {
        self.described && self.places > 0 && self.services > 0
    }
}

async fn mine_page(
    state: &AppState,
    page: PageCtx,
    coordination: &Coordination,
    (tenant, user): (&Tenant, &CurrentUser),
    edit: impl FnOnce(&mut ContactPerson, &mut String),
    errors: FieldErrors,
) -> Result<MinePage, AppError> {
    let (mut contact, membership) = own(state, user, tenant).await?;
    let colleagues = contacts(&state.db, tenant, &[membership.id])
        .await?
        .into_iter()
        .filter(|c| c.id != contact.id)
        .collect();
    let mut reason = String::new();
    edit(&mut contact, &mut reason);
    let map_record = match membership.organization_id {
        Some(id) => MapRecord::of(&state.db, coordination, id).await?,
        None => None,
    };
    Ok(MinePage {
        map_record,
        page: page.with_coordination(coordination.as_ref()),
        contact,
        membership,
        colleagues,
        reason,
        errors,
    })
}

pub async fn mine(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let view = mine_page(
        &state,
        page,
        &coordination,
        (&tenant, &user),
        |_, _| {},
        FieldErrors::default(),
    )
    .await?;
    render(&view)
}

#[derive(Debug, Deserialize)]
pub struct OwnDetailsForm {
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
    Form(form): Form<OwnDetailsForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let (contact, _) = own(&state, &user, &tenant).await?;
    let back = page.url_in(&coordination, "/my-organisation");
    let mut errors = FieldErrors::default();
    let lang = errors.check("lang", Lang::parse(&form.lang));
    let phone = errors.check("phone", fields::phone(&form.phone));
    let (Some(lang), Some(phone)) = (lang, phone) else {
        let typed = |contact: &mut ContactPerson, _: &mut String| {
            contact.phone = form.phone.clone();
            contact.share_consent = form.share_consent.is_some();
        };
        let view = mine_page(&state, page, &coordination, (&tenant, &user), typed, errors);
        return render_invalid(&view.await?);
    };
    let consent = form.share_consent.is_some();
    let details = OwnDetails {
        phone: &phone,
        lang,
        share_consent: consent,
    };
    let mut tx = state.db.begin().await?;
    store::update_own_details(&mut tx, &tenant, contact.id, &details).await?;
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
    let mut errors = FieldErrors::default();
    let reason = errors.check("reason", fields::required(&form.reason, limits::TEXT));
    let Some(reason) = reason else {
        let typed = |_: &mut ContactPerson, reason: &mut String| *reason = form.reason.clone();
        let view = mine_page(&state, page, &coordination, (&tenant, &user), typed, errors);
        return render_invalid(&view.await?);
    };
    let reason = reason.as_str();
    let mut tx = state.db.begin().await?;
    let left = record_status(
        &mut tx,
        &tenant,
        membership.id,
        (membership.status, MembershipStatus::Former),
        (reason, ""),
        Some(user.id),
    )
    .await?;
    if !left {
        // Left already (the button clicked twice): the first click did it all.
        let to = page.url_in(&coordination, "/");
        return redirect_with_flash(&session, FlashKind::Success, "flash-membership-left", &to)
            .await;
    }
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
            paragraphs: Block::texts(vec![
                t_args(
                    lang,
                    "mail-left-body",
                    &[("organization", &membership.name)],
                ),
                reason.to_string(),
            ]),
            action: None,
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(&mut tx, &letter.into_email(&email, Some(tenant.id()))?).await?;
    }
    let to = page.url_in(&coordination, "/");
    commit_audited(
        tx,
        AuditEntry::new("membership.left")
            .by(&user)
            .in_coordination(tenant.id())
            .on("membership", membership.id)
            .change(
                Some(serde_json::json!({ "status": membership.status })),
                Some(serde_json::json!({ "status": MembershipStatus::Former, "reason": reason })),
            ),
        &session,
        "flash-membership-left",
        &to,
    )
    .await
}
