//! Keeping the map current: organisations not verified for 12 months are listed for the
//! coordinator, who sends them a reminder; the email's link opens a page where one click confirms
//! that the organisation's records are still right (a GET never changes anything: mail scanners
//! follow links).

use crate::platform::mail::Block;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use super::store::{self, Organization};
use crate::domain::{Email, Lang};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{hash_token, random_token, CurrentUser};
use crate::platform::db::Db;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{self, Action, PublicWrite, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::Word;
use crate::platform::web::{redirect_with_flash, render, AppError, FlashKind, PageCtx};
use crate::platform::AppState;

/// Records older than this are due for verification.
pub fn stale_after() -> Duration {
    Duration::days(365)
}
const LINK_VALIDITY: Duration = Duration::days(30);

pub async fn stale_organizations(
    db: &Db,
    tenant: &Tenant,
    now: DateTime<Utc>,
) -> Result<Vec<Organization>, AppError> {
    Ok(store::verification::unverified_since(db, tenant, now - stale_after()).await?)
}

#[derive(Template)]
#[template(path = "features/directory/stale.html")]
struct StalePage {
    page: PageCtx,
    organizations: Vec<Organization>,
}

pub async fn stale(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let organizations = stale_organizations(&state.db, &tenant, Utc::now()).await?;
    render(&StalePage {
        page: page.with_coordination(coordination.as_ref()),
        organizations,
    })
}

/// Emails every stale organisation that has an address a link to confirm its records. The
/// organisation's language is unknown, so the message is in French and Dutch.
pub async fn send_reminders(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let now = Utc::now();
    let organizations = stale_organizations(&state.db, &tenant, now).await?;
    let mut tx = state.db.begin().await?;
    let mut sent = 0;
    for org in organizations
        .iter()
        .filter(|o| Email::parse(&o.email).is_ok())
    {
        let token = random_token();
        store::verification::insert_request(
            &mut tx,
            &tenant,
            org.id,
            &hash_token(&token),
            now + LINK_VALIDITY,
        )
        .await?;
        mail::enqueue(&mut tx, &reminder(&state, &coordination, org, &token)?).await?;
        sent += 1;
    }
    audit::record(
        &mut tx,
        AuditEntry::new("directory.verification_requested")
            .by(&user)
            .in_coordination(tenant.id())
            .change(None, Some(serde_json::json!({ "organizations": sent }))),
    )
    .await?;
    tx.commit().await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-reminders-sent",
        &page.url_in(&coordination, "/map/stale"),
    )
    .await
}

fn reminder(
    state: &AppState,
    coordination: &Coordination,
    org: &Organization,
    token: &str,
) -> anyhow::Result<mail::OutgoingEmail> {
    let letter = |lang: Lang| {
        let name = lang.pick(&org.name_fr, &org.name_nl);
        Letter {
            lang,
            subject: t_args(lang, "mail-verify-subject", &[("organization", name)]),
            greeting_name: name,
            paragraphs: Block::texts(vec![
                t_args(
                    lang,
                    "mail-verify-body",
                    &[(
                        "coordination",
                        lang.pick(&coordination.name_fr, &coordination.name_nl),
                    )],
                ),
                t(lang, "mail-verify-how"),
            ]),
            action: Some((
                t(lang, "mail-verify-action"),
                format!(
                    "{}/{}/{}/verify/{token}",
                    state.config.base_url(),
                    lang.code(),
                    coordination.slug
                ),
            )),
            signature: lang
                .pick(&coordination.name_fr, &coordination.name_nl)
                .to_string(),
        }
        .into_email(&org.email, Some(coordination.id))
    };
    // One message, both languages: French first, then Dutch.
    let (fr, nl) = (letter(Lang::Fr)?, letter(Lang::Nl)?);
    Ok(mail::OutgoingEmail {
        subject: format!("{} / {}", fr.subject, nl.subject),
        text: format!(
            "{}\n\n----------------------------------------\n\n{}",
            fr.text, nl.text
        ),
        html: format!("{}<hr>{}", fr.html, nl.html),
        ..fr
    })
}

#[derive(Template)]
#[template(path = "features/directory/verify.html")]
struct VerifyPage {
    page: PageCtx,
    organization: Organization,
    services: Vec<store::Service>,
    token: String,
}

#[derive(Template)]
#[template(path = "features/directory/verify_invalid.html")]
struct VerifyInvalidPage {
    page: PageCtx,
}

pub async fn verify_form(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Path(Word { word: token }): Path<Word>,
) -> Result<Response, AppError> {
    let page = page.with_coordination(coordination.as_ref());
    let found =
        store::verification::organization_of_link(&state.db, &coordination, &hash_token(&token))
            .await?;
    let Some(organization_id) = found else {
        return Ok((
            axum::http::StatusCode::GONE,
            render(&VerifyInvalidPage { page })?,
        )
            .into_response());
    };
    let organization = store::organization(&state.db, &coordination, organization_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let services = store::organization_services(&state.db, &coordination, organization_id).await?;
    Ok(render(&VerifyPage {
        page,
        organization,
        services,
        token,
    })?
    .into_response())
}

#[derive(Deserialize)]
pub struct ConfirmForm {}

/// The one click: marks the organisation and its services verified now, and uses the link up.
pub async fn confirm(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    CoordPath(coordination): CoordPath,
    Path(Word { word: token }): Path<Word>,
    Form(_): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    let submission =
        policy::authorize_public_write(&coordination, PublicWrite::RecordConfirmation)?;
    let mut tx = state.db.begin().await?;
    let confirmed = store::verification::confirm(&mut tx, &submission, &hash_token(&token)).await?;
    let Some(organization_id) = confirmed else {
        let page = page.with_coordination(coordination.as_ref());
        return Ok((
            axum::http::StatusCode::GONE,
            render(&VerifyInvalidPage { page })?,
        )
            .into_response());
    };
    audit::record(
        &mut tx,
        AuditEntry::new("organization.verified")
            .label("verification link".into())
            .in_coordination(submission.coordination_id())
            .on("organization", organization_id),
    )
    .await?;
    tx.commit().await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-verified",
        &page.url_in(&coordination, &format!("/organizations/{organization_id}")),
    )
    .await
}
