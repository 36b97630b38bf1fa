//! The instance's settings, for what belongs to no coordination: whether platform admins and
//! regional staff must sign in with a second factor, how long IP addresses are kept.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, Response};
use serde::Deserialize;
use tower_sessions::Session;

use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::policy;
use crate::platform::settings::PlatformSetting;
use crate::platform::web::{
    commit_audited, fields, render, render_invalid, AppError, FieldErrors, Form, PageCtx,
};
use crate::platform::AppState;

#[derive(Template)]
#[template(path = "features/admin/settings.html")]
struct SettingsPage {
    page: PageCtx,
    form: SettingsForm,
    errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    staff_need_second_factor: Option<String>,
    #[serde(default)]
    ip_months: String,
}

pub async fn show(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    policy::authorize_platform(Some(&user))?;
    let form = SettingsForm {
        staff_need_second_factor: PlatformSetting::StaffNeedSecondFactor
            .flag(&state.db)
            .await?
            .then(|| "on".to_string()),
        ip_months: PlatformSetting::SignInAddressesKeptMonths
            .value(&state.db)
            .await?,
    };
    render(&SettingsPage {
        page,
        form,
        errors: FieldErrors::default(),
    })
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
    let mut errors = FieldErrors::default();
    // IP addresses serve to trace an attack: a month at least, at most the five years a
    // complaint may take.
    let Some(months) = errors.check("ip_months", fields::integer(&form.ip_months, 1, 60)) else {
        return render_invalid(&SettingsPage { page, form, errors });
    };
    let second_factor = PlatformSetting::StaffNeedSecondFactor;
    let before = second_factor.flag(&state.db).await?;
    let on = form.staff_need_second_factor.is_some();
    let mut tx = state.db.begin().await?;
    second_factor
        .set(&mut tx, if on { "true" } else { "false" })
        .await?;
    PlatformSetting::SignInAddressesKeptMonths
        .set(&mut tx, &months.to_string())
        .await?;
    commit_audited(
        tx,
        AuditEntry::new("platform.settings.updated")
            .by(&user)
            .on("setting", "platform")
            .change(
                Some(serde_json::json!({ second_factor.name(): before })),
                Some(serde_json::json!({ second_factor.name(): on, "ip_months": months })),
            ),
        &session,
        "flash-saved",
        &page.href("/admin/settings"),
    )
    .await
}
