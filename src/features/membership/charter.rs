//! The charter and the house rules: versioned texts in French and Dutch. Publishing a version asks
//! every member organisation to sign again; a signature keeps a hash of the exact text signed.

use crate::platform::web::Form;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::store::charter::{self as store, current, CharterKind, Version};
use super::{members, membership_of_user, Membership};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    PageCtx,
};
use crate::platform::AppState;

/// The typed name and explicit consent that make a signature.
#[derive(Debug, Default, Deserialize)]
pub struct SignatureForm {
    #[serde(default)]
    pub signature_name: String,
    #[serde(default)]
    pub signature_consent: Option<String>,
}

/// What the signature fields show again after an error, from either form that holds them.
pub trait SignatureValues {
    fn signature_name(&self) -> &str;
    fn signature_consent(&self) -> bool;
}

impl SignatureValues for SignatureForm {
    fn signature_name(&self) -> &str {
        &self.signature_name
    }

    fn signature_consent(&self) -> bool {
        self.signature_consent.is_some()
    }
}

impl SignatureValues for crate::platform::web::FormValues {
    fn signature_name(&self) -> &str {
        self.get("signature_name")
    }

    fn signature_consent(&self) -> bool {
        self.checked("signature_consent")
    }
}

impl SignatureForm {
    pub fn check(&self, errors: &mut FieldErrors) -> Option<String> {
        let name = self.signature_name.trim();
        if name.chars().count() < 3 {
            errors.add("signature_name", "error-signature-name");
        } else if name.chars().count() > limits::NAME {
            errors.add("signature_name", "error-too-long");
        }
        if self.signature_consent.is_none() {
            errors.add("signature_consent", "error-signature-consent");
        }
        (!errors.has("signature_name") && self.signature_consent.is_some())
            .then(|| name.to_string())
    }
}

#[derive(Template)]
#[template(path = "features/membership/charter.html")]
struct ShowPage {
    page: PageCtx,
    versions: Vec<Version>,
}

pub async fn show(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let versions = current(&state.db, &coordination).await?;
    render(&ShowPage {
        page: page.with_coordination(coordination.as_ref()),
        versions,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    body_fr: String,
    #[serde(default)]
    body_nl: String,
}

#[derive(Template)]
#[template(path = "features/membership/publish.html")]
struct PublishPage {
    page: PageCtx,
    form: PublishForm,
    errors: FieldErrors,
}

pub async fn publish_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    // Start from the current charter: a new version is usually an edit of the last one.
    let charter = current(&state.db, &coordination)
        .await?
        .into_iter()
        .find(|v| v.kind == CharterKind::Charter);
    let form = PublishForm {
        kind: CharterKind::Charter.as_str().into(),
        body_fr: charter
            .as_ref()
            .map(|c| c.body_fr.clone())
            .unwrap_or_default(),
        body_nl: charter.map(|c| c.body_nl).unwrap_or_default(),
    };
    render(&PublishPage {
        page: page.with_coordination(coordination.as_ref()),
        form,
        errors: FieldErrors::default(),
    })
}

pub async fn publish(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<PublishForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let mut errors = FieldErrors::default();
    let kind = CharterKind::parse(&form.kind);
    if let Err(key) = kind {
        errors.add("kind", key);
    }
    for (field, text) in [("body_fr", &form.body_fr), ("body_nl", &form.body_nl)] {
        errors.check(field, fields::required(text, limits::DOCUMENT));
    }
    let (Ok(kind), true) = (kind, errors.is_empty()) else {
        return render_invalid(&PublishPage {
            page: page.with_coordination(coordination.as_ref()),
            form,
            errors,
        });
    };
    let mut tx = state.db.begin().await?;
    let texts = (
        form.body_fr.trim().replace("\r\n", "\n"),
        form.body_nl.trim().replace("\r\n", "\n"),
    );
    let version = store::publish(&mut tx, &tenant, kind, (&texts.0, &texts.1), user.id).await?;
    audit::record(
        &mut tx,
        AuditEntry::new("charter.published")
            .by(&user)
            .in_coordination(tenant.id())
            .on(kind.as_str(), version),
    )
    .await?;
    tx.commit().await?;
    let to = page.url_in(&coordination, "/charter/signatures");
    redirect_with_flash(&session, FlashKind::Success, "flash-charter-published", &to).await
}

pub struct SignatureRow {
    pub membership: Membership,
    /// Per current document: the version this organisation last signed, if any.
    pub signed: Vec<(CharterKind, Option<i64>, bool)>,
}

impl SignatureRow {
    pub fn up_to_date(&self) -> bool {
        self.signed.iter().all(|(_, _, current)| *current)
    }
}

/// Every member organisation with the versions it signed; those behind must sign again.
pub async fn signature_rows(db: &Db, tenant: &Tenant) -> Result<Vec<SignatureRow>, AppError> {
    let versions = current(db, tenant).await?;
    let signed = store::last_signed(db, tenant).await?;
    Ok(members(db, tenant)
        .await?
        .into_iter()
        .map(|membership| {
            let signed = versions
                .iter()
                .map(|v| {
                    let last = signed
                        .iter()
                        .find(|(m, kind, _)| *m == membership.id && *kind == v.kind)
                        .map(|(_, _, version)| *version);
                    (v.kind, last, last == Some(v.version))
                })
                .collect();
            SignatureRow { membership, signed }
        })
        .collect())
}

#[derive(Template)]
#[template(path = "features/membership/signatures.html")]
struct SignaturesPage {
    page: PageCtx,
    versions: Vec<Version>,
    rows: Vec<SignatureRow>,
}

pub async fn signatures(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let versions = current(&state.db, &coordination).await?;
    let rows = signature_rows(&state.db, &tenant).await?;
    render(&SignaturesPage {
        page: page.with_coordination(coordination.as_ref()),
        versions,
        rows,
    })
}

#[derive(Template)]
#[template(path = "features/membership/sign.html")]
struct SignPage {
    page: PageCtx,
    membership: Membership,
    versions: Vec<Version>,
    up_to_date: bool,
    form: SignatureForm,
    errors: FieldErrors,
}

async fn signer(
    state: &AppState,
    user: &CurrentUser,
    coordination: &crate::platform::tenancy::Coordination,
) -> Result<(Tenant, Membership), AppError> {
    let tenant = policy::authorize(Some(user), Action::ViewMemberArea, coordination)?;
    let membership = membership_of_user(&state.db, coordination, user)
        .await?
        .ok_or(AppError::Forbidden)?;
    Ok((tenant, membership))
}

pub async fn sign_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let (tenant, membership) = signer(&state, &user, &coordination).await?;
    let versions = current(&state.db, &coordination).await?;
    let up_to_date = signature_rows(&state.db, &tenant)
        .await?
        .iter()
        .find(|r| r.membership.id == membership.id)
        .is_none_or(SignatureRow::up_to_date);
    render(&SignPage {
        page: page.with_coordination(coordination.as_ref()),
        membership,
        versions,
        up_to_date,
        form: SignatureForm::default(),
        errors: FieldErrors::default(),
    })
}

pub async fn sign(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<SignatureForm>,
) -> Result<Response, AppError> {
    let (tenant, membership) = signer(&state, &user, &coordination).await?;
    let versions = current(&state.db, &coordination).await?;
    let mut errors = FieldErrors::default();
    let Some(name) = form.check(&mut errors) else {
        return render_invalid(&SignPage {
            page: page.with_coordination(coordination.as_ref()),
            membership,
            versions,
            up_to_date: false,
            form,
            errors,
        });
    };
    let mut tx = state.db.begin().await?;
    store::sign_all(
        &mut tx,
        &tenant,
        membership.id,
        &versions,
        (&name, Some(user.id)),
        page.lang,
    )
    .await?;
    let to = page.url_in(&coordination, "/charter/sign");
    commit_audited(tx, AuditEntry::new("charter.signed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("membership", membership.id)
            .change(
                None,
                Some(serde_json::json!({
                    "signer": name,
                    "versions": versions.iter().map(|v| format!("{} v{}", v.kind, v.version)).collect::<Vec<_>>(),
                })),
            ), &session, "flash-charter-signed", &to).await
}
