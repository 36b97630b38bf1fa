//! Applying (a public page, no account), admission or refusal, and the member register with each
//! organisation's history and contact persons.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use super::charter::{self, SignatureForm, SignatureValues, Version};
use super::standing::{self, Access};
use super::{
    add_contact, contacts, coordinators, membership, record_status, ContactPerson, Membership,
    NewContact, STATUSES,
};
use crate::domain::{Email, KboNumber, Lang};
use crate::features::directory::{editing, store as directory_store};
use crate::features::people;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{ClientIp, CurrentUser};
use crate::platform::db::Db;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{self, Action, MembershipDecision, PublicWrite, Role, Tenant};
use crate::platform::reference;
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    FormValues, PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

const MAX_TEXT: usize = 5000;

#[derive(Template)]
#[template(path = "features/membership/apply.html")]
struct ApplyPage {
    page: PageCtx,
    form: FormValues,
    errors: FieldErrors,
    versions: Vec<Version>,
    themes: Vec<(String, String)>,
}

pub async fn apply_form(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let versions = charter::current(&state.db, coordination.id).await?;
    let themes = reference::theme_choices(&state.db, page.lang).await?;
    let mut form = FormValues::default();
    form.set("contact_lang", page.lang.code());
    render(&ApplyPage {
        page: page.with_coordination(coordination.as_ref()),
        form,
        errors: FieldErrors::default(),
        versions,
        themes,
    })
}

struct Parsed {
    name: String,
    kbo: Option<String>,
    email: Email,
    website: String,
    address: String,
    motivation: String,
    themes: Vec<String>,
    contact_name: String,
    contact_email: Email,
    contact_phone: String,
    contact_lang: Lang,
    share_consent: bool,
    signature: Option<String>,
}

fn parse(
    form: &FormValues,
    themes: &[(String, String)],
    needs_signature: bool,
) -> Result<Parsed, FieldErrors> {
    let mut errors = FieldErrors::default();
    let required = |errors: &mut FieldErrors, field: &'static str, max: usize| -> String {
        let value = form.text(field);
        if value.is_empty() {
            errors.add(field, "error-required");
        } else if value.chars().count() > max {
            errors.add(field, "error-too-long");
        }
        value
    };
    let name = required(&mut errors, "name", 200);
    let address = required(&mut errors, "address", 300);
    let motivation = required(&mut errors, "motivation", MAX_TEXT);
    let contact_name = required(&mut errors, "contact_name", 200);
    let email = errors.check("email", Email::parse(form.get("email")));
    let contact_email = errors.check("contact_email", Email::parse(form.get("contact_email")));
    let kbo = match form.text("kbo") {
        k if k.is_empty() => None,
        k => errors.check("kbo", KboNumber::parse(&k).map(|n| n.to_string())),
    };
    let website = form.text("website");
    if !website.is_empty() && !website.starts_with("https://") && !website.starts_with("http://") {
        errors.add("website", "error-url-invalid");
    }
    let contact_lang = errors.check("contact_lang", Lang::parse(form.get("contact_lang")));
    let chosen: Vec<String> = form.all("themes").into_iter().map(str::to_string).collect();
    if chosen
        .iter()
        .any(|c| !themes.iter().any(|(code, _)| code == c))
    {
        errors.add("themes", "error-choice-invalid");
    }
    let signature = if needs_signature {
        SignatureForm {
            signature_name: form.get("signature_name").to_string(),
            signature_consent: form.checked("signature_consent").then(|| "on".to_string()),
        }
        .check(&mut errors)
    } else {
        None
    };
    errors.into_result()?;
    Ok(Parsed {
        name,
        kbo,
        email: email.expect("checked"),
        website,
        address,
        motivation,
        themes: chosen,
        contact_name,
        contact_email: contact_email.expect("checked"),
        contact_phone: form.text("contact_phone"),
        contact_lang: contact_lang.expect("checked"),
        share_consent: form.checked("share_consent"),
        signature,
    })
}

/// Receives an application: the membership (applicant), its main contact, the signatures of the
/// current documents, a confirmation to the applicant and a notification to the coordinators.
pub async fn apply(
    State(state): State<AppState>,
    page: PageCtx,
    ip: ClientIp,
    CoordPath(coordination): CoordPath,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    state.limits.check_public_form(&ip.label())?;
    let thanks = format!("/{}/{}/join/thanks", page.lang.code(), coordination.slug);
    let form = FormValues(pairs);
    if !form.get("homepage").is_empty() {
        // The honeypot: a robot. Thank it and keep nothing.
        return Ok(axum::response::IntoResponse::into_response(
            axum::response::Redirect::to(&thanks),
        ));
    }
    let versions = charter::current(&state.db, coordination.id).await?;
    let themes = reference::theme_choices(&state.db, page.lang).await?;
    let parsed = match parse(&form, &themes, !versions.is_empty()) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return render_invalid(&ApplyPage {
                page: page.with_coordination(coordination.as_ref()),
                form,
                errors,
                versions,
                themes,
            })
        }
    };
    let submission = policy::authorize_public_write(&coordination, PublicWrite::Application)?;
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    let membership_id: i64 = with_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO memberships (coordination_id, organization_id, status, name, kbo, email, website, address, motivation, themes, applied_at, updated_at) \
         VALUES ($1, NULL, 'applicant', $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id"
    )
    .bind(submission.coordination_id())
    .bind(&parsed.name)
    .bind(&parsed.kbo)
    .bind(parsed.email.as_str())
    .bind(&parsed.website)
    .bind(&parsed.address)
    .bind(&parsed.motivation)
    .bind(parsed.themes.join(","))
    .bind(now)
    .fetch_one(c)
    .await
    })?;
    with_tx!(&mut tx, |c| {
        sqlx::query(
        "INSERT INTO membership_events (coordination_id, membership_id, status, reason, meeting, actor_user_id, at) VALUES ($1, $2, 'applicant', '', '', NULL, $3)"
    )
    .bind(submission.coordination_id())
    .bind(membership_id)
    .bind(now)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    add_contact(
        &mut tx,
        &submission,
        membership_id,
        &NewContact {
            user_id: None,
            name: &parsed.contact_name,
            email: parsed.contact_email.as_str(),
            phone: &parsed.contact_phone,
            lang: parsed.contact_lang,
            role: "main",
            share_consent: parsed.share_consent,
        },
    )
    .await?;
    if let Some(signature) = &parsed.signature {
        charter::sign_all(
            &mut tx,
            &submission,
            membership_id,
            &versions,
            signature,
            None,
            page.lang,
        )
        .await?;
    }
    let lang = parsed.contact_lang;
    let coordination_name = |lang: Lang| {
        lang.pick(&coordination.name_fr, &coordination.name_nl)
            .to_string()
    };
    let confirmation = Letter {
        lang,
        subject: t_args(
            lang,
            "mail-apply-subject",
            &[("coordination", &coordination_name(lang))],
        ),
        greeting_name: &parsed.contact_name,
        paragraphs: vec![t_args(
            lang,
            "mail-apply-body",
            &[
                ("organization", &parsed.name),
                ("coordination", &coordination_name(lang)),
            ],
        )],
        action: None,
        signature: t(lang, "mail-signature"),
    };
    mail::enqueue(
        &mut tx,
        &confirmation.into_email(
            parsed.contact_email.as_str(),
            Some(submission.coordination_id()),
        )?,
    )
    .await?;
    for (email, name, their_lang) in coordinators(&state.db, &submission).await? {
        let lang = Lang::parse(&their_lang).unwrap_or_default();
        let link = format!(
            "{}/{}/{}/members/{membership_id}",
            state.config.base_url(),
            lang.code(),
            coordination.slug
        );
        let notice = Letter {
            lang,
            subject: t_args(
                lang,
                "mail-application-subject",
                &[("organization", &parsed.name)],
            ),
            greeting_name: &name,
            paragraphs: vec![t_args(
                lang,
                "mail-application-body",
                &[("organization", &parsed.name)],
            )],
            action: Some((t(lang, "mail-application-action"), link)),
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(
            &mut tx,
            &notice.into_email(&email, Some(submission.coordination_id()))?,
        )
        .await?;
    }
    audit::record(
        &mut tx,
        AuditEntry::new("membership.applied")
            .label(parsed.contact_email.as_str().to_string())
            .in_coordination(submission.coordination_id())
            .on("membership", membership_id)
            .change(None, Some(serde_json::json!({ "name": parsed.name, "signed": parsed.signature.is_some() }))),
    )
    .await?;
    tx.commit().await?;
    Ok(axum::response::IntoResponse::into_response(
        axum::response::Redirect::to(&thanks),
    ))
}

#[derive(Template)]
#[template(path = "features/membership/thanks.html")]
struct ThanksPage {
    page: PageCtx,
}

pub async fn thanks(
    page: PageCtx,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    render(&ThanksPage {
        page: page.with_coordination(coordination.as_ref()),
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    status: Option<String>,
}

#[derive(Template)]
#[template(path = "features/membership/list.html")]
struct ListPage {
    page: PageCtx,
    status: String,
    counts: Vec<(String, i64)>,
    memberships: Vec<Membership>,
    admission_by: String,
    threshold: i64,
}

pub async fn list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    let steering_decides = steering_decides(&state.db, coordination.id).await?;
    let tenant = policy::authorize_admission(Some(&user), &coordination, steering_decides)?;
    let status = query
        .status
        .filter(|s| STATUSES.contains(&s.as_str()))
        .unwrap_or_else(|| "member".into());
    let counts: Vec<(String, i64)> = with_db!(&state.db, |p| sqlx::query_as(
        "SELECT status, COUNT(*) FROM memberships WHERE coordination_id = $1 GROUP BY status"
    )
    .bind(tenant.id())
    .fetch_all(p)
    .await)?;
    let counts = STATUSES
        .iter()
        .map(|s| {
            let n = counts.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n);
            (s.to_string(), n)
        })
        .collect();
    let memberships: Vec<Membership> = with_db!(&state.db, |p| {
        sqlx::query_as(
        "SELECT id, organization_id, status, name, kbo, email, website, address, motivation, themes, applied_at, updated_at \
         FROM memberships WHERE coordination_id = $1 AND status = $2 ORDER BY name"
    )
    .bind(tenant.id())
    .bind(&status)
    .fetch_all(p)
    .await
    })?;
    render(&ListPage {
        page: page.with_coordination(coordination.as_ref()),
        status,
        counts,
        memberships,
        admission_by: settings::value(&state.db, tenant.id(), Setting::AdmissionBy).await?,
        threshold: settings::number(&state.db, tenant.id(), Setting::GroupSupportThreshold).await?,
    })
}

impl ListPage {
    fn status_label(&self, status: &str) -> String {
        t(self.page.lang, &format!("member-status-{status}"))
    }
}

impl DetailPage {
    fn status_label(&self, status: &str) -> String {
        t(self.page.lang, &format!("member-status-{status}"))
    }
}

async fn steering_decides(db: &Db, coordination_id: i64) -> Result<bool, sqlx::Error> {
    Ok(settings::value(db, coordination_id, Setting::AdmissionBy).await? == "steering")
}

#[derive(sqlx::FromRow)]
pub struct Event {
    pub status: String,
    pub reason: String,
    pub meeting: String,
    pub actor: Option<String>,
    pub at: DateTime<Utc>,
}

#[derive(Template)]
#[template(path = "features/membership/detail.html")]
struct DetailPage {
    page: PageCtx,
    membership: Membership,
    contacts: Vec<ContactPerson>,
    events: Vec<Event>,
    signatures: Vec<(String, i64, String, String, DateTime<Utc>)>,
    /// The decision form as typed, when it comes back with errors.
    reason: String,
    meeting: String,
    /// Recent and coming meetings, offered for "decided at".
    meetings: Vec<String>,
    errors: FieldErrors,
    /// Suspending, ending and reinstating are the coordinators'.
    manages: bool,
}

pub async fn detail(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
) -> Result<Html<String>, AppError> {
    let steering = steering_decides(&state.db, coordination.id).await?;
    let tenant = policy::authorize_admission(Some(&user), &coordination, steering)?;
    render(
        &detail_page(
            &state.db,
            page,
            &user,
            &coordination,
            &tenant,
            id,
            TypedDecision::default(),
        )
        .await?,
    )
}

/// "Title — date" of the coordination's meetings from six months ago to two months ahead, most
/// recent first: what a decision is usually taken at.
async fn meeting_choices(
    db: &Db,
    coordination_id: i64,
    lang: crate::domain::Lang,
) -> Result<Vec<String>, sqlx::Error> {
    let now = Utc::now();
    let rows: Vec<(String, String, DateTime<Utc>)> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT title_fr, title_nl, starts_at FROM meetings WHERE coordination_id = $1 AND status <> 'cancelled' \
         AND starts_at BETWEEN $2 AND $3 ORDER BY starts_at DESC"
    )
    .bind(coordination_id)
    .bind(now - chrono::Duration::days(183))
    .bind(now + chrono::Duration::days(62))
    .fetch_all(p)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(fr, nl, at)| {
            format!(
                "{} — {}",
                lang.pick(&fr, &nl),
                crate::platform::i18n::format_date(lang, at)
            )
        })
        .collect())
}

/// A decision form as typed, when it comes back with errors.
#[derive(Default)]
struct TypedDecision {
    reason: String,
    meeting: String,
    errors: FieldErrors,
}

async fn detail_page(
    db: &Db,
    page: PageCtx,
    user: &CurrentUser,
    coordination: &Coordination,
    tenant: &Tenant,
    id: i64,
    typed: TypedDecision,
) -> Result<DetailPage, AppError> {
    let membership = membership(db, tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The steering group, deciding on admission, sees only the contact details shared with the
    // other members; the coordinators see them all.
    let manages = policy::allows(Some(user), Action::ManageMembership, Some(coordination.id));
    let contacts = contacts(db, tenant, &[id])
        .await?
        .into_iter()
        .filter(|c| manages || c.share_consent)
        .collect();
    let events: Vec<Event> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT e.status, e.reason, e.meeting, u.display_name AS actor, e.at FROM membership_events e LEFT JOIN users u ON u.id = e.actor_user_id \
         WHERE e.membership_id = $1 AND e.coordination_id = $2 ORDER BY e.at, e.id"
    )
    .bind(id)
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    let signatures = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT v.kind, v.version, s.signer_name, s.text_hash, s.signed_at FROM charter_signatures s JOIN charter_versions v ON v.id = s.version_id \
         WHERE s.membership_id = $1 AND s.coordination_id = $2 ORDER BY s.signed_at, v.kind"
    )
    .bind(id)
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    let meetings = meeting_choices(db, tenant.id(), page.lang).await?;
    Ok(DetailPage {
        page: page.with_coordination(coordination.as_ref()),
        membership,
        contacts,
        events,
        signatures,
        reason: typed.reason,
        meeting: typed.meeting,
        meetings,
        errors: typed.errors,
        manages,
    })
}

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    decision: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    meeting: String,
}

/// Which status a decision leads to, from which statuses, and whether it needs a reason.
fn transition(decision: &str) -> Option<(&'static str, &'static [&'static str], bool)> {
    Some(match decision {
        "admit" => ("member", &["applicant"], false),
        "refuse" => ("refused", &["applicant"], true),
        "suspend" => ("suspended", &["member"], true),
        "end" => ("former", &["member", "suspended"], true),
        "reinstate" => ("member", &["suspended", "former"], false),
        _ => return None,
    })
}

pub async fn decide(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let steering = steering_decides(&state.db, coordination.id).await?;
    let settles = match form.decision.as_str() {
        "admit" | "refuse" => MembershipDecision::Admission,
        _ => MembershipDecision::Standing,
    };
    let tenant =
        policy::authorize_membership_decision(Some(&user), &coordination, steering, settles)?;
    let current = membership(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (status, from, needs_reason) =
        transition(&form.decision).ok_or(AppError::BadRequest("error-choice-invalid"))?;
    let mut errors = FieldErrors::default();
    if !from.contains(&current.status.as_str()) {
        errors.add("decision", "error-decision-state");
    }
    let reason = form.reason.trim();
    if needs_reason && reason.is_empty() {
        errors.add("reason", "error-reason-required");
    }
    if !errors.is_empty() {
        let typed = TypedDecision {
            reason: form.reason.clone(),
            meeting: form.meeting.clone(),
            errors,
        };
        let view = detail_page(&state.db, page, &user, &coordination, &tenant, id, typed).await?;
        return render_invalid(&view);
    }
    let mut tx = state.db.begin().await?;
    record_status(
        &mut tx,
        &tenant,
        id,
        status,
        reason,
        form.meeting.trim(),
        Some(user.id),
    )
    .await?;
    if let Some(access) = Access::between(&current.status, status) {
        standing::apply(&mut tx, &tenant, &coordination, &user, &current, access).await?;
    }
    let contacts = contacts(&state.db, &tenant, &[id]).await?;
    let main = contacts.iter().find(|c| c.role == "main").cloned();
    if form.decision == "admit" {
        admit(
            &mut tx,
            &state,
            &tenant,
            &coordination,
            &user,
            &current,
            main.as_ref(),
        )
        .await?;
    }
    if let (Some(contact), "refuse" | "suspend" | "end") = (&main, form.decision.as_str()) {
        let lang = contact.lang();
        let letter = Letter {
            lang,
            subject: t_args(
                lang,
                &format!("mail-{}-subject", form.decision),
                &[(
                    "coordination",
                    lang.pick(&coordination.name_fr, &coordination.name_nl),
                )],
            ),
            greeting_name: &contact.name,
            paragraphs: vec![
                t_args(
                    lang,
                    &format!("mail-{}-body", form.decision),
                    &[("organization", &current.name)],
                ),
                reason.to_string(),
            ],
            action: None,
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(
            &mut tx,
            &letter.into_email(&contact.email, Some(tenant.id()))?,
        )
        .await?;
    }
    let to = format!("/{}/{}/members/{id}", page.lang.code(), coordination.slug);
    commit_audited(tx, AuditEntry::new("membership.decided")
            .by(&user)
            .in_coordination(tenant.id())
            .on("membership", id)
            .change(
                Some(serde_json::json!({ "status": current.status })),
                Some(serde_json::json!({ "status": status, "reason": reason, "meeting": form.meeting.trim() })),
            ), &session, "flash-saved", &to).await
}

/// Admission: the organisation joins the social map's records (linked, or created from the
/// application), its main contact gets an account with the member role (an invitation to choose
/// a password, in their language) and keeps the organisation's record current.
async fn admit(
    tx: &mut crate::platform::db::Tx,
    state: &AppState,
    tenant: &Tenant,
    coordination: &Coordination,
    actor: &CurrentUser,
    membership: &Membership,
    main: Option<&ContactPerson>,
) -> Result<(), AppError> {
    let organization_id = match membership.organization_id {
        Some(id) => id,
        None => {
            let existing: Option<i64> = match &membership.kbo {
                Some(kbo) => with_tx!(&mut *tx, |c| {
                    sqlx::query_scalar(
                    "SELECT id FROM organizations WHERE coordination_id = $1 AND kbo = $2 ORDER BY id LIMIT 1"
                )
                .bind(tenant.id())
                .bind(kbo)
                .fetch_optional(c)
                .await
                })?,
                None => None,
            };
            let id = match existing {
                Some(id) => id,
                None => {
                    let input = directory_store::OrganizationInput {
                        name_fr: membership.name.clone(),
                        name_nl: membership.name.clone(),
                        kbo: membership.kbo.clone(),
                        website: membership.website.clone(),
                        email: membership.email.clone(),
                        ..directory_store::OrganizationInput::default()
                    };
                    directory_store::create_organization(tx, tenant, &input).await?
                }
            };
            with_tx!(&mut *tx, |c| sqlx::query(
                "UPDATE memberships SET organization_id = $1 WHERE id = $2"
            )
            .bind(id)
            .bind(membership.id)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
            id
        }
    };
    super::store::bodies::ensure_plenary(tx, tenant).await?;
    let Some(contact) = main else { return Ok(()) };
    let email = Email::parse(&contact.email).map_err(AppError::BadRequest)?;
    let (user_id, _) = people::grant_in(
        tx,
        state,
        tenant,
        coordination,
        actor,
        &email,
        &contact.name,
        contact.lang(),
        Role::Member,
    )
    .await?;
    with_tx!(&mut *tx, |c| sqlx::query(
        "UPDATE member_contacts SET user_id = $1 WHERE id = $2"
    )
    .bind(user_id)
    .bind(contact.id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    editing::add_contact(tx, tenant, organization_id, user_id).await?;
    Ok(())
}

#[derive(Debug, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    admission_by: String,
    #[serde(default)]
    threshold: String,
}

pub async fn save_settings(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<SettingsForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let to = format!("/{}/{}/members", page.lang.code(), coordination.slug);
    let threshold: Option<i64> = form
        .threshold
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=50).contains(n));
    let (Some(threshold), true) = (
        threshold,
        ["coordinator", "steering"].contains(&form.admission_by.as_str()),
    ) else {
        return redirect_with_flash(&session, FlashKind::Error, "flash-settings-invalid", &to)
            .await;
    };
    let mut tx = state.db.begin().await?;
    settings::set_value(&mut tx, &tenant, Setting::AdmissionBy, &form.admission_by).await?;
    settings::set_value(
        &mut tx,
        &tenant,
        Setting::GroupSupportThreshold,
        &threshold.to_string(),
    )
    .await?;
    commit_audited(tx, AuditEntry::new("membership.settings.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("coordination", tenant.id())
            .change(None, Some(serde_json::json!({ "admission_by": form.admission_by, "threshold": threshold }))), &session, "flash-saved", &to).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_follow_the_membership_cycle() {
        assert_eq!(transition("admit").unwrap().0, "member");
        assert!(transition("admit").unwrap().1.contains(&"applicant"));
        assert!(!transition("suspend").unwrap().1.contains(&"applicant"));
        assert!(
            transition("refuse").unwrap().2,
            "a refusal gives its reason"
        );
        assert!(transition("delete").is_none());
    }
}
