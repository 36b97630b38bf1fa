//! "Report an error": anyone reading a service page can tell the coordination that something is
//! wrong (no account; rate-limited; a honeypot field catches most robots). Reports wait in the
//! coordinator's moderation queue until handled.

use crate::platform::web::fields::limits;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::store;
use super::store::reports::{Report, ReportStatus};
use crate::domain::Email;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{ClientIp, CurrentUser};
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, PublicWrite};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::Id;
use crate::platform::web::{
    redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind, PageCtx,
};
use crate::platform::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    message: String,
    #[serde(default)]
    email: String,
    /// The honeypot: hidden from people, filled in by robots.
    #[serde(default)]
    website: String,
}

#[derive(Template)]
#[template(path = "features/directory/report.html")]
struct ReportPage {
    page: PageCtx,
    service_id: i64,
    service_name: String,
    form: ReportForm,
    errors: FieldErrors,
}

async fn service_name(
    db: &Db,
    page: &PageCtx,
    coordination: &Coordination,
    id: i64,
) -> Result<String, AppError> {
    let detail = store::service_detail(db, coordination, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(page
        .lang
        .pick(&detail.service.name_fr, &detail.service.name_nl)
        .to_string())
}

pub async fn form(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let service_name = service_name(&state.db, &page, &coordination, id).await?;
    render(&ReportPage {
        page: page.with_coordination(coordination.as_ref()),
        service_id: id,
        service_name,
        form: ReportForm::default(),
        errors: FieldErrors::default(),
    })
}

pub async fn submit(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    ip: ClientIp,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(form): Form<ReportForm>,
) -> Result<Response, AppError> {
    crate::platform::ratelimit::check_public_form(&state.db, &ip.label()).await?;
    let service_name = service_name(&state.db, &page, &coordination, id).await?;
    let back = page.url_in(&coordination, &format!("/services/{id}"));
    if !form.website.is_empty() {
        // A robot: thank it and keep nothing.
        return redirect_with_flash(&session, FlashKind::Success, "flash-report-received", &back)
            .await;
    }
    let mut errors = FieldErrors::default();
    let message = form.message.trim();
    if message.is_empty() {
        errors.add("message", "error-required");
    } else if message.chars().count() > limits::TEXT {
        errors.add("message", "error-too-long");
    }
    let email = if form.email.trim().is_empty() {
        None
    } else {
        errors.check("email", Email::parse(&form.email))
    };
    if !errors.is_empty() {
        return render_invalid(&ReportPage {
            page: page.with_coordination(coordination.as_ref()),
            service_id: id,
            service_name,
            form,
            errors,
        });
    }
    let submission = policy::authorize_public_write(&coordination, PublicWrite::ErrorReport)?;
    let mut tx = state.db.begin().await?;
    store::reports::insert(
        &mut tx,
        &submission,
        id,
        message,
        email.as_ref().map(Email::as_str).unwrap_or(""),
    )
    .await?;
    tx.commit().await?;
    redirect_with_flash(&session, FlashKind::Success, "flash-report-received", &back).await
}

#[derive(Template)]
#[template(path = "features/directory/reports.html")]
struct QueuePage {
    page: PageCtx,
    reports: Vec<Report>,
}

pub async fn queue(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let reports = store::reports::open_reports(&state.db, &tenant).await?;
    render(&QueuePage {
        page: page.with_coordination(coordination.as_ref()),
        reports,
    })
}

#[derive(Deserialize)]
pub struct HandleForm {
    #[serde(default)]
    outcome: String,
}

pub async fn handle(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(form): Form<HandleForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let outcome = match ReportStatus::parse(&form.outcome) {
        Ok(closed @ (ReportStatus::Resolved | ReportStatus::Dismissed)) => closed,
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    let mut tx = state.db.begin().await?;
    let changed = store::reports::close(&mut tx, &tenant, id, outcome, user.id).await?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut tx,
        AuditEntry::new("directory_report.handled")
            .by(&user)
            .in_coordination(tenant.id())
            .on("directory_report", id)
            .change(
                Some(serde_json::json!({ "status": ReportStatus::Open })),
                Some(serde_json::json!({ "status": outcome })),
            ),
    )
    .await?;
    tx.commit().await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-saved",
        &page.url_in(&coordination, "/map/reports"),
    )
    .await
}
