//! The instance's settings, for what belongs to no coordination: whether platform admins and
//! regional staff must sign in with a second factor.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, Response};
use serde::Deserialize;
use tower_sessions::Session;

use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::policy;
use crate::platform::settings::PlatformSetting;
use crate::platform::web::{commit_audited, render, AppError, Form, PageCtx};
use crate::platform::AppState;

#[derive(Template)]
#[template(path = "features/admin/settings.html")]
struct SettingsPage {
    page: PageCtx,
    staff_need_second_factor: bool,
}

pub async fn show(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    policy::authorize_platform(Some(&user))?;
    render(&SettingsPage {
        page,
        staff_need_second_factor: PlatformSetting::StaffNeedSecondFactor
            .flag(&state.db)
            .await?,
    })
}

#[derive(Debug, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    staff_need_second_factor: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn save(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    Form(form): Form<SettingsForm>,
) -> Result<Response, AppError> {
    policy::authorize_platform(Some(&user))?;
    let setting = PlatformSetting::StaffNeedSecondFactor;
    let before = setting.flag(&state.db).await?;
    let on = form.staff_need_second_factor.is_some();
    let mut tx = state.db.begin().await?;
    setting
        .set(&mut tx, if on { "true" } else { "false" })
        .await?;
    commit_audited(
        tx,
        AuditEntry::new("platform.settings.updated")
            .by(&user)
            .switched(setting.name(), before, on),
        &session,
        "flash-saved",
        &page.href("/admin/settings"),
    )
    .await
}
