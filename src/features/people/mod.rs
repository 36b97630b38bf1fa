//! The people of a coordination and their roles. Coordinators grant roles by email: a person without
//! an account gets one, and an invitation to choose a password, in their language; a person who
//! already has an account (in another coordination, say) is offered the role and holds it only once
//! they accept it, from the link emailed to them, signed in. Until then the coordination knows them
//! by the name it typed, and sees none of their sign-ins.

use crate::platform::mail::Block;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

use crate::domain::{Email, Lang};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{self, CurrentUser, NewUser};
use crate::platform::db::Tx;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{self, Action, Role, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{self, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::PageRouter;
use crate::platform::web::Word;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, CoordPage, FieldErrors,
    FlashKind, PageCtx,
};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/{coord}/people", get(list).post(add))
        .page(
            "/{lang}/{coord}/people/second-factor",
            axum::routing::post(require_second_factor),
        )
        .page(
            "/{lang}/{coord}/people/{user}/revoke",
            get(confirm_revoke).post(revoke),
        )
        .page(
            "/{lang}/{coord}/people/{user}/lock",
            get(confirm_lock).post(lock),
        )
        .page(
            "/{lang}/{coord}/people/{user}/unlock",
            axum::routing::post(unlock),
        )
        .page(
            "/{lang}/{coord}/people/{user}/handover",
            get(handover::show).post(handover::hand_over),
        )
        .page("/{lang}/invitations/{token}", get(offer_page).post(accept))
}

/// What granting a role did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grant {
    /// A new account got the role (and an invitation to choose a password).
    Granted,
    /// An existing account was offered the role: it is theirs once they accept.
    Offered,
    /// They hold it already.
    Already,
}

mod handover;
pub mod store;

pub use store::{people, PendingRole, Person};

#[derive(Debug, Default, Deserialize)]
struct AddForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    lang: String,
}

#[derive(Template)]
#[template(path = "features/people/list.html")]
struct ListPage {
    page: PageCtx,
    people: Vec<Person>,
    pending: Vec<PendingRole>,
    form: AddForm,
    errors: FieldErrors,
    roles: &'static [Role],
    /// Whether the coordination's coordinators must sign in with a second factor.
    second_factor_required: bool,
}

async fn list(
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageRoles, &coordination)?;
    let people = people(&state.db, &tenant).await?;
    let form = AddForm {
        role: "member".into(),
        lang: page.lang.code().into(),
        ..AddForm::default()
    };
    render(&ListPage {
        page,
        pending: store::pending(&state.db, &tenant).await?,
        people,
        form,
        errors: FieldErrors::default(),
        roles: Role::ALL,
        second_factor_required: second_factor_required(&state, &tenant).await?,
    })
}

/// Grants `role` to the person with `email`, creating and inviting them when they have no account.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip_all, fields(coordination = tenant.id(), role = role.as_str()))]
pub async fn grant(
    state: &AppState,
    tenant: &Tenant,
    coordination: &Coordination,
    actor: &CurrentUser,
    email: &Email,
    name: &str,
    lang: Lang,
    role: Role,
) -> Result<Grant, AppError> {
    let mut tx = state.db.begin().await?;
    let (_, granted) = grant_in(
        &mut tx,
        state,
        tenant,
        coordination,
        actor,
        email,
        name,
        lang,
        role,
    )
    .await?;
    tx.commit().await?;
    Ok(granted)
}

/// [`grant`] inside the caller's transaction; returns the person's account and what was done.
#[allow(clippy::too_many_arguments)]
pub async fn grant_in(
    tx: &mut Tx,
    state: &AppState,
    tenant: &Tenant,
    coordination: &Coordination,
    actor: &CurrentUser,
    email: &Email,
    name: &str,
    lang: Lang,
    role: Role,
) -> Result<(i64, Grant), AppError> {
    let existing = auth::find_user_by_email_in(tx, email).await?;
    let user_id = match existing {
        Some(user) if store::holds(tx, tenant, user.id, role).await? => {
            return Ok((user.id, Grant::Already))
        }
        Some(user) => {
            offer(tx, state, tenant, coordination, actor, &user, name, role).await?;
            return Ok((user.id, Grant::Offered));
        }
        None => {
            let user_id = auth::create_user(
                tx,
                &NewUser {
                    email,
                    display_name: name,
                    lang,
                    password_hash: None,
                    is_platform_admin: false,
                },
            )
            .await?;
            let invited = Invited {
                user_id,
                email,
                name,
                lang,
            };
            invite_to_choose_password(
                tx,
                state.config.base_url(),
                tenant,
                coordination,
                &invited,
                role,
            )
            .await?;
            audit::record(tx, AuditEntry::new("user.invited").by(actor).in_coordination(tenant.id()).on("user", user_id)
                .change(None, Some(serde_json::json!({ "email": email.as_str(), "name": name, "lang": lang.code() })))).await?;
            user_id
        }
    };
    let granted = auth::grant_role(tx, user_id, tenant.id(), role).await?;
    if granted {
        audit::record(
            tx,
            AuditEntry::new("role.granted")
                .by(actor)
                .in_coordination(tenant.id())
                .on("user", user_id)
                .change(None, Some(serde_json::json!({ "role": role.as_str() }))),
        )
        .await?;
    }
    Ok((
        user_id,
        if granted {
            Grant::Granted
        } else {
            Grant::Already
        },
    ))
}

/// A new account, without a password yet.
pub struct Invited<'a> {
    pub user_id: i64,
    pub email: &'a Email,
    pub name: &'a str,
    pub lang: Lang,
}

/// Emails a new account, in its language, a link to choose its password, saying which role it
/// holds in the coordination: for accounts created by a coordinator and by an import.
pub async fn invite_to_choose_password(
    tx: &mut Tx,
    base_url: &str,
    tenant: &Tenant,
    coordination: &Coordination,
    invited: &Invited<'_>,
    role: Role,
) -> Result<(), AppError> {
    let lang = invited.lang;
    let token = auth::create_password_reset(tx, invited.user_id, auth::INVITATION_VALIDITY).await?;
    let link = format!("{base_url}/{}/password/reset/{token}", lang.code());
    let coordination_name = lang.pick(&coordination.name_fr, &coordination.name_nl);
    let letter = Letter {
        lang,
        subject: t_args(
            lang,
            "mail-invite-subject",
            &[("coordination", coordination_name)],
        ),
        greeting_name: invited.name,
        paragraphs: Block::texts(vec![
            t_args(
                lang,
                "mail-invite-body",
                &[
                    ("coordination", coordination_name),
                    ("role", &t(lang, role.label_key())),
                ],
            ),
            t(lang, "mail-invite-expiry"),
        ]),
        action: Some((t(lang, "mail-invite-action"), link)),
        signature: t(lang, "mail-signature"),
    };
    mail::enqueue(
        tx,
        &letter.into_email(invited.email.as_str(), Some(tenant.id()))?,
    )
    .await?;
    Ok(())
}

/// Offers `role` to an existing account: an email in the person's language with a link that
/// opens the offer once they are signed in.
#[allow(clippy::too_many_arguments)]
async fn offer(
    tx: &mut Tx,
    state: &AppState,
    tenant: &Tenant,
    coordination: &Coordination,
    actor: &CurrentUser,
    user: &auth::UserRow,
    name: &str,
    role: Role,
) -> Result<(), AppError> {
    let token = auth::random_token();
    store::offer(tx, tenant, (user.id, role), name, &token, actor.id).await?;
    let lang = Lang::parse(&user.lang).unwrap_or_default();
    let coordination_name = lang.pick(&coordination.name_fr, &coordination.name_nl);
    let link = format!(
        "{}/{}/invitations/{token}",
        state.config.base_url(),
        lang.code()
    );
    let letter = Letter {
        lang,
        subject: t_args(
            lang,
            "mail-role-offer-subject",
            &[("coordination", coordination_name)],
        ),
        greeting_name: name,
        paragraphs: Block::texts(vec![
            t_args(
                lang,
                "mail-role-offer-body",
                &[
                    ("coordination", coordination_name),
                    ("role", &t(lang, role.label_key())),
                ],
            ),
            t(lang, "mail-invite-expiry"),
        ]),
        action: Some((t(lang, "mail-role-offer-action"), link)),
        signature: t(lang, "mail-signature"),
    };
    mail::enqueue(tx, &letter.into_email(&user.email, Some(tenant.id()))?).await?;
    audit::record(
        tx,
        AuditEntry::new("role.offered")
            .by(actor)
            .in_coordination(tenant.id())
            .on("user", user.id)
            .change(
                None,
                Some(serde_json::json!({ "role": role.as_str(), "name": name })),
            ),
    )
    .await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "features/people/offer.html")]
struct OfferPage {
    page: PageCtx,
    /// The coordination's name and the role, while the offer is live.
    offer: Option<(String, Role)>,
    token: String,
}

impl OfferPage {
    fn action(&self) -> String {
        self.page.href(&format!("/invitations/{}", self.token))
    }
}

/// The live offer a link names, for the signed-in person it was made to.
async fn live_offer(
    state: &AppState,
    token: &str,
    user: &CurrentUser,
) -> Result<Option<(store::Offer, Coordination)>, AppError> {
    let Some(offer) = store::offer_for(&state.db, token, user.id).await? else {
        return Ok(None);
    };
    let coordination = tenancy::list(&state.db)
        .await?
        .into_iter()
        .find(|c| c.id == offer.coordination_id);
    Ok(coordination.map(|c| (offer, c)))
}

/// What a role offer's link opens: the offer and a button to accept it (signed in as the person
/// it was made to; anyone else, or a spent link, learns nothing).
async fn offer_page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(Word { word: token }): Path<Word>,
) -> Result<Response, AppError> {
    let found = live_offer(&state, &token, &user).await?;
    let view = OfferPage {
        offer: found.map(|(offer, c)| {
            (
                page.lang.pick(&c.name_fr, &c.name_nl).to_string(),
                offer.role,
            )
        }),
        page,
        token,
    };
    let status = if view.offer.is_some() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::GONE
    };
    Ok((status, render(&view)?).into_response())
}

/// Accepts a role offer: the role is the person's from now on (and the coordination's log shows
/// their security events from now on).
async fn accept(
    State(state): State<AppState>,
    page: PageCtx,
    session: tower_sessions::Session,
    user: CurrentUser,
    Path(Word { word: token }): Path<Word>,
) -> Result<Response, AppError> {
    let (offer, coordination) = live_offer(&state, &token, &user)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    if store::accept(&mut tx, offer.id).await? == 1 {
        auth::grant_role(&mut tx, user.id, coordination.id, offer.role).await?;
    }
    commit_audited(
        tx,
        AuditEntry::new("role.granted")
            .by(&user)
            .in_coordination(coordination.id)
            .on("user", user.id)
            .change(
                None,
                Some(serde_json::json!({ "role": offer.role.as_str(), "accepted": true })),
            ),
        &session,
        "flash-role-accepted",
        &page.url_in(&coordination, "/dashboard"),
    )
    .await
}

async fn add(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Form(form): Form<AddForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageRoles, &here.coordination)?;
    let mut errors = FieldErrors::default();
    let email = errors.check("email", Email::parse(&form.email));
    let role = errors.check("role", Role::parse(&form.role));
    let lang = errors.check("lang", Lang::parse(&form.lang));
    let name = errors.check("name", fields::required(&form.name, limits::NAME));
    let (Some(email), Some(role), Some(lang), Some(name)) = (email, role, lang, name) else {
        let people = people(&state.db, &tenant).await?;
        return render_invalid(&ListPage {
            page: here.page,
            pending: store::pending(&state.db, &tenant).await?,
            people,
            form,
            errors,
            roles: Role::ALL,
            second_factor_required: second_factor_required(&state, &tenant).await?,
        });
    };
    let granted = grant(
        &state,
        &tenant,
        &here.coordination,
        &user,
        &email,
        &name,
        lang,
        role,
    )
    .await?;
    let key = match granted {
        Grant::Granted => "flash-role-granted",
        Grant::Offered => "flash-role-offered",
        Grant::Already => "flash-role-already",
    };
    here.done(key, "/people").await
}

async fn second_factor_required(state: &AppState, tenant: &Tenant) -> Result<bool, AppError> {
    Ok(settings::flag(&state.db, tenant, Setting::CoordinatorsNeedSecondFactor).await?)
}

#[derive(Debug, Deserialize)]
struct SecondFactorForm {
    #[serde(default)]
    required: Option<String>,
}

/// Whether the coordinators must sign in with a second factor: those without one are asked to
/// set it up at their next sign-in.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
async fn require_second_factor(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Form(form): Form<SecondFactorForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageRoles, &here.coordination)?;
    let on = form.required.is_some();
    let before = second_factor_required(&state, &tenant).await?;
    let mut tx = state.db.begin().await?;
    settings::set_flag(&mut tx, &tenant, Setting::CoordinatorsNeedSecondFactor, on).await?;
    commit_audited(
        tx,
        AuditEntry::new("accounts.settings.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .switched(Setting::CoordinatorsNeedSecondFactor.name(), before, on),
        &here.session,
        "flash-saved",
        &here.url("/people#second-factor"),
    )
    .await
}

#[derive(Deserialize)]
pub(super) struct UserPath {
    pub(super) user: i64,
}

#[derive(Deserialize)]
struct RoleChoice {
    #[serde(default)]
    role: String,
}

#[derive(Template)]
#[template(path = "features/people/revoke.html")]
struct RevokePage {
    page: PageCtx,
    person: Person,
    role: Role,
}

async fn person_with_role(
    state: &AppState,
    tenant: &Tenant,
    user_id: i64,
    role: &str,
) -> Result<(Person, Role), AppError> {
    let role = Role::parse(role).map_err(AppError::BadRequest)?;
    let person = people(&state.db, tenant)
        .await?
        .into_iter()
        .find(|p| p.user_id == user_id && p.roles.contains(&role))
        .ok_or(AppError::NotFound)?;
    Ok((person, role))
}

/// Asks before withdrawing a role (works without JavaScript).
async fn confirm_revoke(
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
    user: CurrentUser,
    Path(UserPath { user: user_id }): Path<UserPath>,
    Query(choice): Query<RoleChoice>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageRoles, &coordination)?;
    let (person, role) = person_with_role(&state, &tenant, user_id, &choice.role).await?;
    render(&RevokePage { page, person, role })
}

async fn revoke(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(UserPath { user: user_id }): Path<UserPath>,
    Form(choice): Form<RoleChoice>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageRoles, &here.coordination)?;
    let back = here.url("/people");
    let (person, role) = person_with_role(&state, &tenant, user_id, &choice.role).await?;
    if person.user_id == user.id && role == Role::Coordinator {
        // A coordinator cannot lock themselves out; another coordinator or an admin must do it.
        return redirect_with_flash(
            &here.session,
            FlashKind::Error,
            "flash-cannot-revoke-self",
            &back,
        )
        .await;
    }
    let mut tx = state.db.begin().await?;
    if auth::revoke_role(&mut tx, person.user_id, tenant.id(), role).await? {
        audit::record(
            &mut tx,
            AuditEntry::new("role.revoked")
                .by(&user)
                .in_coordination(tenant.id())
                .on("user", person.user_id)
                .change(Some(serde_json::json!({ "role": role.as_str() })), None),
        )
        .await?;
    }
    tx.commit().await?;
    here.done("flash-role-revoked", "/people").await
}

#[derive(Template)]
#[template(path = "features/people/lock.html")]
struct LockPage {
    page: PageCtx,
    person: Person,
}

/// The person `user_id` of the coordination, and the proof that `user` may lock their account.
async fn lockable(
    state: &AppState,
    user: &CurrentUser,
    coordination: &Coordination,
    user_id: i64,
) -> Result<(Tenant, Person), AppError> {
    let tenant = policy::authorize(Some(user), Action::ManageRoles, coordination)?;
    let person = people(&state.db, &tenant)
        .await?
        .into_iter()
        .find(|p| p.user_id == user_id)
        .ok_or(AppError::NotFound)?;
    let facts = policy::LockFacts {
        is_self: user_id == user.id,
        reaches_beyond: auth::reaches_beyond(&state.db, &tenant, user_id).await?,
    };
    Ok((policy::authorize_lock(user, tenant, &facts)?, person))
}

/// Asks before locking an account (works without JavaScript).
async fn confirm_lock(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(UserPath { user: user_id }): Path<UserPath>,
) -> Result<Html<String>, AppError> {
    let (_, person) = lockable(&state, &user, &here.coordination, user_id).await?;
    render(&LockPage {
        page: here.page,
        person,
    })
}

/// Locks an account without erasing it: signed out everywhere, tokens and feeds revoked, no
/// sign-in until it is unlocked.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
async fn lock(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(UserPath { user: user_id }): Path<UserPath>,
) -> Result<Response, AppError> {
    switch_lock(state, here, user, user_id, true).await
}

#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
async fn unlock(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(UserPath { user: user_id }): Path<UserPath>,
) -> Result<Response, AppError> {
    switch_lock(state, here, user, user_id, false).await
}

async fn switch_lock(
    state: AppState,
    here: CoordPage,
    user: CurrentUser,
    user_id: i64,
    locked: bool,
) -> Result<Response, AppError> {
    let (tenant, person) = lockable(&state, &user, &here.coordination, user_id).await?;
    let mut tx = state.db.begin().await?;
    if auth::set_locked(&mut tx, person.user_id, locked).await? {
        audit::record(
            &mut tx,
            AuditEntry::new(if locked {
                "account.locked"
            } else {
                "account.unlocked"
            })
            .by(&user)
            .in_coordination(tenant.id())
            .on("user", person.user_id),
        )
        .await?;
    }
    tx.commit().await?;
    let done = if locked {
        "flash-account-locked"
    } else {
        "flash-account-unlocked"
    };
    here.done(done, "/people").await
}
