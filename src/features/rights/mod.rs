//! The rights of the people in Socius (GDPR arts. 15–17, 20): every person reads and downloads
//! what Socius holds about them and erases their account from *My account*; a coordinator does the
//! same for a contact person of a member organisation, within their coordination. What each
//! feature holds and what erasing does to it comes from the features' parts
//! (`features::DATA`, `platform::personal_data`); the erasure is previewed before it is done.

pub mod records;
pub mod retention;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use chrono::Utc;
use serde::Deserialize;
use tower_sessions::Session;

use crate::domain::Email;
use crate::features;
use crate::features::membership::store::personal_data::identities;
use crate::features::membership::store::{self as membership_store, ContactPerson};
use crate::features::people::store::only_coordinator_of;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{self, CurrentUser};
use crate::platform::db::Db;
use crate::platform::personal_data::{self, DataSubject, Erased, Fate, Reach, Section};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::web::{
    redirect_with_flash, render, render_invalid, AppError, CoordPage, FieldErrors, FlashKind, Form,
    PageCtx, PageRouter, Part,
};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/account/data", get(my_data))
        .page("/{lang}/account/data.json", get(my_data_json))
        .page("/{lang}/account/erase", get(my_erasure).post(erase_me))
        .page(
            "/{lang}/{coord}/members/{id}/contacts/{contact}/data",
            get(contact_data),
        )
        .page(
            "/{lang}/{coord}/members/{id}/contacts/{contact}/data.json",
            get(contact_data_json),
        )
        .page(
            "/{lang}/{coord}/members/{id}/contacts/{contact}/erase",
            get(contact_erasure).post(erase_contact),
        )
        .page(
            "/{lang}/{coord}/privacy/retention",
            get(records::retention_form).post(records::save_retention),
        )
}

/// A record of the export as people read it: each field's label (a message key) and value.
struct ReadableRecord(Vec<(String, String)>);

struct ReadableSection {
    key: &'static str,
    records: Vec<ReadableRecord>,
}

fn readable(sections: &[Section]) -> Vec<ReadableSection> {
    sections
        .iter()
        .map(|section| ReadableSection {
            key: section.key,
            records: section
                .records
                .iter()
                .filter_map(|record| record.as_object())
                .map(|fields| {
                    ReadableRecord(
                        fields
                            .iter()
                            .map(|(name, value)| {
                                let shown = match value {
                                    serde_json::Value::String(text) => text.clone(),
                                    serde_json::Value::Null => String::new(),
                                    other => other.to_string(),
                                };
                                (format!("pd-{}", name.replace('_', "-")), shown)
                            })
                            .collect(),
                    )
                })
                .collect(),
        })
        .collect()
}

/// The export as a document: the sections by their key, with when and how far it was made.
fn document(sections: Vec<Section>, reach: &str) -> serde_json::Value {
    serde_json::json!({
        "generated_at": Utc::now(),
        "reach": reach,
        "sections": sections
            .into_iter()
            .map(|s| (s.key.to_string(), serde_json::Value::Array(s.records)))
            .collect::<serde_json::Map<_, _>>(),
    })
}

/// The export as a file to save.
fn json_file(sections: Vec<Section>, reach: &str, file: &str) -> Result<Response, AppError> {
    let bytes =
        serde_json::to_vec_pretty(&document(sections, reach)).map_err(AppError::internal)?;
    crate::platform::export::download(bytes, "application/json", file)
}

#[derive(Template)]
#[template(path = "features/rights/data.html")]
struct DataPage {
    page: PageCtx,
    /// Whose data: the person's own, or a contact person's (their name).
    whose: Option<String>,
    sections: Vec<ReadableSection>,
    json: String,
    erase: String,
    back: String,
}

/// A person as the parts find them everywhere: their account (when `user_id` is given), and the
/// names and addresses of the contact records linked to it or written with `email`.
async fn known_as(
    db: &Db,
    user_id: Option<i64>,
    email: &str,
    name: Option<&str>,
) -> Result<DataSubject, AppError> {
    let mut subject = DataSubject {
        user_id,
        ..DataSubject::default()
    };
    subject.knows_email(email);
    if let Some(name) = name {
        subject.knows_name(name);
    }
    for (name, email) in identities(db, user_id, email).await? {
        subject.knows_name(&name);
        subject.knows_email(&email);
    }
    Ok(subject)
}

/// The signed-in person.
async fn myself(state: &AppState, user: &CurrentUser) -> Result<DataSubject, AppError> {
    known_as(
        &state.db,
        Some(user.id),
        &user.email,
        Some(&user.display_name),
    )
    .await
}

/// Whoever Socius knows by `email`, for a platform admin's request (`socius user export|erase`):
/// the account with that address, if any, and the contact records written with it.
pub async fn known_by_email(db: &Db, email: &Email) -> Result<DataSubject, AppError> {
    let account = auth::find_user_by_email(db, email).await?;
    let name = account.as_ref().map(|a| a.display_name.as_str());
    known_as(db, account.as_ref().map(|a| a.id), email.as_str(), name).await
}

/// Everything Socius holds about `subject`, as the JSON file people download.
pub async fn export_document(
    db: &Db,
    subject: &DataSubject,
) -> Result<serde_json::Value, AppError> {
    let sections =
        personal_data::export(db, &features::personal_data(), subject, Reach::Everywhere).await?;
    Ok(document(sections, "everywhere"))
}

/// Why an erasure must wait: the coordinations the person alone coordinates (a successor first),
/// and whether they are the last platform admin (another admin first).
#[derive(Debug, Default)]
pub struct Blocked {
    pub coordinations: Vec<String>,
    pub last_admin: bool,
}

impl Blocked {
    pub fn is_empty(&self) -> bool {
        self.coordinations.is_empty() && !self.last_admin
    }
}

/// What stands in the way of erasing the account `user_id` within `reach`.
async fn blocked(db: &Db, user_id: Option<i64>, reach: Reach<'_>) -> Result<Blocked, AppError> {
    let Some(user) = user_id else {
        return Ok(Blocked::default());
    };
    Ok(Blocked {
        coordinations: only_coordinator_of(db, user, reach).await?,
        last_admin: matches!(reach, Reach::Everywhere) && auth::is_last_admin(db, user).await?,
    })
}

/// Erases `subject` everywhere, for their own or a platform admin's request: refused while they
/// are a coordination's only coordinator or the last platform admin. The audit log says by whom
/// (`by`), not whom.
pub async fn erase_everywhere(
    db: &Db,
    subject: &DataSubject,
    by: &str,
) -> Result<Result<Vec<Erased>, Blocked>, AppError> {
    let waits = blocked(db, subject.user_id, Reach::Everywhere).await?;
    if !waits.is_empty() {
        return Ok(Err(waits));
    }
    let mut tx = db.begin().await?;
    let done = personal_data::erase(
        &mut tx,
        &features::personal_data(),
        subject,
        Reach::Everywhere,
    )
    .await?;
    let mut entry = AuditEntry::new("person.erased")
        .label(by.to_string())
        .change(None, Some(summary(&done)));
    if let Some(user) = subject.user_id {
        entry = entry.on("user", user);
    }
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Ok(done))
}

#[tracing::instrument(skip_all, fields(user = user.id))]
async fn my_data(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    let sections = everything_about(&state, &user).await?;
    render(&DataPage {
        json: page.href("/account/data.json"),
        erase: page.href("/account/erase"),
        back: page.href("/account"),
        page,
        whose: None,
        sections: readable(&sections),
    })
}

#[tracing::instrument(skip_all, fields(user = user.id))]
async fn my_data_json(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Response, AppError> {
    let sections = everything_about(&state, &user).await?;
    json_file(sections, "everywhere", "socius-personal-data.json")
}

/// Everything Socius holds about the signed-in person, for their own request.
async fn everything_about(state: &AppState, user: &CurrentUser) -> Result<Vec<Section>, AppError> {
    let subject = myself(state, user).await?;
    let parts = features::personal_data();
    Ok(personal_data::export(&state.db, &parts, &subject, Reach::Everywhere).await?)
}

/// An erasure's preview, grouped by what happens to each kind of record.
struct Preview {
    removed: Vec<Erased>,
    pseudonymised: Vec<Erased>,
    kept: Vec<Erased>,
}

impl Preview {
    fn of(done: Vec<Erased>) -> Preview {
        let with = |fate| done.iter().filter(|e| e.fate == fate).cloned().collect();
        Preview {
            removed: with(Fate::Removed),
            pseudonymised: with(Fate::Pseudonymised),
            kept: with(Fate::Kept),
        }
    }

    fn is_empty(&self) -> bool {
        self.removed.is_empty() && self.pseudonymised.is_empty() && self.kept.is_empty()
    }
}

#[derive(Template)]
#[template(path = "features/rights/erase.html")]
struct ErasePage {
    page: PageCtx,
    whose: Option<String>,
    preview: Preview,
    /// What the erasure waits for.
    blocked: Blocked,
    action: String,
    back: String,
    errors: FieldErrors,
}

async fn my_erasure_page(
    state: &AppState,
    page: PageCtx,
    user: &CurrentUser,
    errors: FieldErrors,
) -> Result<ErasePage, AppError> {
    let subject = myself(state, user).await?;
    Ok(ErasePage {
        preview: Preview::of(
            personal_data::preview(
                &state.db,
                &features::personal_data(),
                &subject,
                Reach::Everywhere,
            )
            .await?,
        ),
        blocked: blocked(&state.db, Some(user.id), Reach::Everywhere).await?,
        action: page.href("/account/erase"),
        back: page.href("/account/data"),
        page,
        whose: None,
        errors,
    })
}

async fn my_erasure(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    render(&my_erasure_page(&state, page, &user, FieldErrors::default()).await?)
}

#[derive(Debug, Default, Deserialize)]
struct EraseMeForm {
    #[serde(default)]
    password: String,
}

/// The person erases their own account and what Socius holds about them, with their password;
/// the audit log keeps that an erasure happened, not who.
#[tracing::instrument(skip_all, fields(user = user.id))]
async fn erase_me(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    Form(form): Form<EraseMeForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    let email = Email::parse(&user.email).map_err(|e| AppError::internal(anyhow::anyhow!(e)))?;
    if crate::platform::ratelimit::check_login(&state.db, &user.email, "erase")
        .await
        .is_err()
        || auth::authenticate(&state.db, &email, &form.password)
            .await?
            .is_none()
    {
        crate::platform::ratelimit::login_failed(&state.db, &user.email, "erase").await?;
        errors.add("password", "error-password-wrong");
    }
    let view = my_erasure_page(&state, page, &user, errors).await?;
    if !view.errors.is_empty() || !view.blocked.is_empty() {
        return render_invalid(&view);
    }
    let subject = myself(&state, &user).await?;
    // The person's own request: the audit log does not name them.
    if erase_everywhere(&state.db, &subject, "—").await?.is_err() {
        // They became a coordination's only coordinator (or the last admin) while the page was
        // open.
        let view = my_erasure_page(&state, view.page, &user, FieldErrors::default()).await?;
        return render_invalid(&view);
    }
    auth::end_session(&session).await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-account-erased",
        &view.page.href("/"),
    )
    .await
}

/// What an erasure did, in numbers, for the audit log: kinds of records and counts, no content.
fn summary(done: &[Erased]) -> serde_json::Value {
    serde_json::Value::Object(
        done.iter()
            .map(|e| {
                let fate = serde_json::to_value(e.fate).unwrap_or_default();
                (
                    e.key.to_string(),
                    serde_json::json!({ "count": e.count, "fate": fate }),
                )
            })
            .collect(),
    )
}

/// A contact person of a member organisation, as the coordinator's requests reach them: the
/// contact record, and the account linked to it.
async fn contact_subject(
    state: &AppState,
    tenant: &Tenant,
    membership_id: i64,
    contact_id: i64,
) -> Result<(ContactPerson, DataSubject), AppError> {
    let contact = membership_store::contacts(&state.db, tenant, &[membership_id])
        .await?
        .into_iter()
        .find(|c| c.id == contact_id)
        .ok_or(AppError::NotFound)?;
    let mut subject = DataSubject {
        user_id: contact.user_id,
        ..DataSubject::default()
    };
    subject.knows_email(&contact.email);
    subject.knows_name(&contact.name);
    if let Some(user) = contact.user_id {
        if let Some(account) = auth::user_by_id(&state.db, user).await? {
            subject.knows_email(&account.email);
            subject.knows_name(&account.display_name);
        }
    }
    Ok((contact, subject))
}

async fn contact_data(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Part { id, part }): Path<Part>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &here.coordination)?;
    let (contact, subject) = contact_subject(&state, &tenant, id, part).await?;
    let sections = personal_data::export(
        &state.db,
        &features::personal_data(),
        &subject,
        Reach::In(&tenant),
    )
    .await?;
    let base = here.url(&format!("/members/{id}/contacts/{part}"));
    render(&DataPage {
        json: format!("{base}/data.json"),
        erase: format!("{base}/erase"),
        back: here.url(&format!("/members/{id}")),
        page: here.page,
        whose: Some(contact.name),
        sections: readable(&sections),
    })
}

async fn contact_data_json(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Part { id, part }): Path<Part>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &here.coordination)?;
    let (_, subject) = contact_subject(&state, &tenant, id, part).await?;
    let sections = personal_data::export(
        &state.db,
        &features::personal_data(),
        &subject,
        Reach::In(&tenant),
    )
    .await?;
    let file = format!("socius-{}-contact-{part}.json", here.coordination.slug);
    json_file(sections, &here.coordination.slug, &file)
}

async fn contact_erasure_page(
    state: &AppState,
    page: PageCtx,
    tenant: &Tenant,
    (id, part): (i64, i64),
) -> Result<(ErasePage, DataSubject), AppError> {
    let (contact, subject) = contact_subject(state, tenant, id, part).await?;
    let blocked = blocked(&state.db, contact.user_id, Reach::In(tenant)).await?;
    let preview = personal_data::preview(
        &state.db,
        &features::personal_data(),
        &subject,
        Reach::In(tenant),
    )
    .await?;
    let view = ErasePage {
        whose: Some(contact.name),
        preview: Preview::of(preview),
        blocked,
        action: page.chref(&format!("/members/{id}/contacts/{part}/erase")),
        back: page.chref(&format!("/members/{id}")),
        page,
        errors: FieldErrors::default(),
    };
    Ok((view, subject))
}

async fn contact_erasure(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Part { id, part }): Path<Part>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &here.coordination)?;
    let (view, _) = contact_erasure_page(&state, here.page, &tenant, (id, part)).await?;
    render(&view)
}

/// The coordinator erases what their coordination holds about a contact person, and the
/// person's account when nothing else links it.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
async fn erase_contact(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Part { id, part }): Path<Part>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &here.coordination)?;
    let (view, subject) = contact_erasure_page(&state, here.page, &tenant, (id, part)).await?;
    if !view.blocked.is_empty() {
        return render_invalid(&view);
    }
    if subject.user_id == Some(user.id) {
        // Their own account: that is the person's request, made from their account page.
        return Ok(Redirect::to(&view.page.href("/account/erase")).into_response());
    }
    let mut tx = state.db.begin().await?;
    let done = personal_data::erase(
        &mut tx,
        &features::personal_data(),
        &subject,
        Reach::In(&tenant),
    )
    .await?;
    audit::record(
        &mut tx,
        AuditEntry::new("person.erased")
            .by(&user)
            .in_coordination(tenant.id())
            .on("contact", part)
            .change(None, Some(summary(&done))),
    )
    .await?;
    tx.commit().await?;
    redirect_with_flash(
        &here.session,
        FlashKind::Success,
        "flash-contact-erased",
        &view.back,
    )
    .await
}
