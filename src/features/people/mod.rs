//! The people of a coordination and their roles. Coordinators grant roles by email: a person without
//! an account gets one, and an invitation to choose a password, in their language.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;

use crate::domain::{Email, Lang};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{self, CurrentUser, NewUser};
use crate::platform::db::Tx;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{self, Action, Role, Tenant};
use crate::platform::tenancy::Coordination;
use crate::platform::web::fields::{self, limits};
use crate::platform::web::PageRouter;
use crate::platform::web::{
    redirect_with_flash, render, render_invalid, AppError, CoordPage, FieldErrors, FlashKind,
    PageCtx,
};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/{coord}/people", get(list).post(add))
        .page(
            "/{lang}/{coord}/people/{user}/revoke",
            get(confirm_revoke).post(revoke),
        )
}

pub mod store;

pub use store::{people, Person};

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
    form: AddForm,
    errors: FieldErrors,
    roles: &'static [Role],
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
        people,
        form,
        errors: FieldErrors::default(),
        roles: Role::ALL,
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
) -> Result<bool, AppError> {
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

/// [`grant`] inside the caller's transaction; returns the person's account and whether the role
/// is new.
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
) -> Result<(i64, bool), AppError> {
    let existing = auth::find_user_by_email(&state.db, email).await?;
    let user_id = match existing {
        Some(user) => user.id,
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
            let token = auth::create_password_reset(tx, user_id, auth::INVITATION_VALIDITY).await?;
            let link = format!(
                "{}/{}/password/reset/{}",
                state.config.base_url(),
                lang.code(),
                token
            );
            let coordination_name = lang.pick(&coordination.name_fr, &coordination.name_nl);
            let letter = Letter {
                lang,
                subject: t_args(
                    lang,
                    "mail-invite-subject",
                    &[("coordination", coordination_name)],
                ),
                greeting_name: name,
                paragraphs: vec![
                    t_args(
                        lang,
                        "mail-invite-body",
                        &[
                            ("coordination", coordination_name),
                            ("role", &t(lang, role.label_key())),
                        ],
                    ),
                    t(lang, "mail-invite-expiry"),
                ],
                action: Some((t(lang, "mail-invite-action"), link)),
                signature: t(lang, "mail-signature"),
            };
            mail::enqueue(tx, &letter.into_email(email.as_str(), Some(tenant.id()))?).await?;
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
    Ok((user_id, granted))
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
            people,
            form,
            errors,
            roles: Role::ALL,
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
    let key = if granted {
        "flash-role-granted"
    } else {
        "flash-role-already"
    };
    here.done(key, "/people").await
}

#[derive(Deserialize)]
struct UserPath {
    user: i64,
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
