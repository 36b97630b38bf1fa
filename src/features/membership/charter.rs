//! The charter and the house rules: versioned texts in French and Dutch. Publishing a version asks
//! every member organisation to sign again; a signature keeps a hash of the exact text signed.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tower_sessions::Session;

use super::{members, membership_of_user, Membership};
use crate::domain::Lang;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{self, Action, Tenant, WriteProof};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

pub const KINDS: [&str; 2] = ["charter", "house_rules"];
const MAX_TEXT: usize = 50_000;

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Version {
    pub id: i64,
    pub kind: String,
    pub version: i64,
    pub body_fr: String,
    pub body_nl: String,
    pub published_at: DateTime<Utc>,
}

impl Version {
    /// The text a reader is shown (and signs): theirs, or the other language when it is missing.
    pub fn text(&self, lang: impl crate::platform::web::Val<Lang>) -> (&str, Lang) {
        match (
            lang.val() == Lang::Nl,
            self.body_fr.trim().is_empty(),
            self.body_nl.trim().is_empty(),
        ) {
            (true, _, false) | (false, true, _) => (&self.body_nl, Lang::Nl),
            _ => (&self.body_fr, Lang::Fr),
        }
    }

    pub fn title_key(&self) -> String {
        format!("charter-kind-{}", self.kind)
    }
}

/// SHA-256 of exactly what was shown: the document, its version, its language and its text.
pub fn text_hash(version: &Version, lang: Lang) -> String {
    let (text, text_lang) = version.text(lang);
    let digest = Sha256::digest(
        format!(
            "{}\n{}\n{}\n{}",
            version.kind,
            version.version,
            text_lang.code(),
            text
        )
        .as_bytes(),
    );
    hex::encode(digest)
}

/// The latest version of each document the coordination has published.
pub async fn current(db: &Db, coordination_id: i64) -> Result<Vec<Version>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
        "SELECT v.id, v.kind, v.version, v.body_fr, v.body_nl, v.published_at FROM charter_versions v \
         WHERE v.coordination_id = $1 AND v.version = (SELECT MAX(version) FROM charter_versions w \
         WHERE w.coordination_id = v.coordination_id AND w.kind = v.kind) ORDER BY v.kind"
    )
    .bind(coordination_id)
    .fetch_all(p)
    .await
    })
}

/// Signs every document in `versions` for a membership (a repeated signature is kept once).
pub async fn sign_all(
    tx: &mut Tx,
    proof: &impl WriteProof,
    membership_id: i64,
    versions: &[Version],
    signer_name: &str,
    signer_user_id: Option<i64>,
    lang: Lang,
) -> Result<(), sqlx::Error> {
    for version in versions {
        with_tx!(tx, |c| {
            sqlx::query(
            "INSERT INTO charter_signatures (coordination_id, membership_id, version_id, signer_name, signer_user_id, lang, text_hash, signed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (membership_id, version_id) DO NOTHING"
        )
        .bind(proof.coordination_id())
        .bind(membership_id)
        .bind(version.id)
        .bind(signer_name)
        .bind(signer_user_id)
        .bind(version.text(lang).1.code())
        .bind(text_hash(version, lang))
        .bind(Utc::now())
        .execute(c)
        .await
        .map(|r| r.rows_affected())
        })?;
    }
    Ok(())
}

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
        }
        if self.signature_consent.is_none() {
            errors.add("signature_consent", "error-signature-consent");
        }
        (name.chars().count() >= 3 && self.signature_consent.is_some()).then(|| name.to_string())
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
    let versions = current(&state.db, coordination.id).await?;
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
    let charter = current(&state.db, coordination.id)
        .await?
        .into_iter()
        .find(|v| v.kind == "charter");
    let form = PublishForm {
        kind: "charter".into(),
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
    if !KINDS.contains(&form.kind.as_str()) {
        errors.add("kind", "error-choice-invalid");
    }
    for (field, text) in [("body_fr", &form.body_fr), ("body_nl", &form.body_nl)] {
        if text.trim().is_empty() {
            errors.add(field, "error-required");
        } else if text.chars().count() > MAX_TEXT {
            errors.add(field, "error-too-long");
        }
    }
    if !errors.is_empty() {
        return render_invalid(&PublishPage {
            page: page.with_coordination(coordination.as_ref()),
            form,
            errors,
        });
    }
    let mut tx = state.db.begin().await?;
    let version: i64 = with_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO charter_versions (coordination_id, kind, version, body_fr, body_nl, published_at, published_by) \
         SELECT $1, $2, COALESCE(MAX(version), 0) + 1, $3, $4, $5, $6 FROM charter_versions WHERE coordination_id = $1 AND kind = $2 \
         RETURNING version"
    )
    .bind(tenant.id())
    .bind(&form.kind)
    .bind(form.body_fr.trim().replace("\r\n", "\n"))
    .bind(form.body_nl.trim().replace("\r\n", "\n"))
    .bind(Utc::now())
    .bind(user.id)
    .fetch_one(c)
    .await
    })?;
    audit::record(
        &mut tx,
        AuditEntry::new("charter.published")
            .by(&user)
            .in_coordination(tenant.id())
            .on(
                if form.kind == "charter" {
                    "charter"
                } else {
                    "house_rules"
                },
                version,
            ),
    )
    .await?;
    tx.commit().await?;
    let to = format!(
        "/{}/{}/charter/signatures",
        page.lang.code(),
        coordination.slug
    );
    redirect_with_flash(&session, FlashKind::Success, "flash-charter-published", &to).await
}

pub struct SignatureRow {
    pub membership: Membership,
    /// Per current document: the version this organisation last signed, if any.
    pub signed: Vec<(String, Option<i64>, bool)>,
}

impl SignatureRow {
    pub fn up_to_date(&self) -> bool {
        self.signed.iter().all(|(_, _, current)| *current)
    }
}

/// Every member organisation with the versions it signed; those behind must sign again.
pub async fn signature_rows(db: &Db, tenant: &Tenant) -> Result<Vec<SignatureRow>, sqlx::Error> {
    let coordination_id = tenant.id();
    let versions = current(db, coordination_id).await?;
    let signed: Vec<(i64, String, i64)> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT s.membership_id, v.kind, MAX(v.version) FROM charter_signatures s JOIN charter_versions v ON v.id = s.version_id \
         WHERE s.coordination_id = $1 GROUP BY s.membership_id, v.kind"
    )
    .bind(coordination_id)
    .fetch_all(p)
    .await
    })?;
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
                    (v.kind.clone(), last, last == Some(v.version))
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
    let versions = current(&state.db, coordination.id).await?;
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
    let versions = current(&state.db, coordination.id).await?;
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
    let versions = current(&state.db, coordination.id).await?;
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
    sign_all(
        &mut tx,
        &tenant,
        membership.id,
        &versions,
        &name,
        Some(user.id),
        page.lang,
    )
    .await?;
    let to = format!("/{}/{}/charter/sign", page.lang.code(), coordination.slug);
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
