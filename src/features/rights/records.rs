//! The records of processing (GDPR art. 30) each coordination's privacy page shows: what Socius
//! stores, why, for how long and who sees it — the durations read from the same settings the
//! retention applies, so the page says what is done. Coordinators set their durations here.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, Response};
use serde::Deserialize;

use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action};
use crate::platform::settings::{self, PlatformSetting, Setting};
use crate::platform::tenancy::PublicScope;
use crate::platform::web::{
    commit_audited, fields, render, render_invalid, AppError, CoordPage, FieldErrors, Form, PageCtx,
};
use crate::platform::AppState;

/// How long something is kept.
pub enum Kept {
    /// Said in words (a message key): "until the person erases it".
    Words(&'static str),
    Months(i64),
    Days(i64),
}

/// One kind of personal data: what (a message key; `-why` and `-who` complete it) and how long.
pub struct Processing {
    pub what: &'static str,
    pub kept: Kept,
}

impl Processing {
    pub fn why(&self) -> String {
        format!("{}-why", self.what)
    }

    pub fn who(&self) -> String {
        format!("{}-who", self.what)
    }

    pub fn kept(&self, page: &PageCtx) -> String {
        match self.kept {
            Kept::Words(key) => page.t(key),
            Kept::Months(n) => page.tn("retention-months", n.max(0) as usize),
            Kept::Days(n) => page.tn("retention-days", n.max(0) as usize),
        }
    }
}

/// What Socius stores for `coordination`, with the durations it applies.
pub async fn of(db: &Db, coordination: impl PublicScope) -> Result<Vec<Processing>, AppError> {
    let refused =
        settings::number(db, &coordination, Setting::RefusedApplicationsKeptMonths).await?;
    let mail = settings::number(db, &coordination, Setting::DeliveredMailKeptDays).await?;
    let addresses = PlatformSetting::SignInAddressesKeptMonths
        .number(db)
        .await?;
    let words = |what, key| Processing {
        what,
        kept: Kept::Words(key),
    };
    Ok(vec![
        words("processing-accounts", "retention-until-erased"),
        Processing {
            what: "processing-sign-ins",
            kept: Kept::Months(addresses),
        },
        words("processing-contacts", "retention-while-member"),
        Processing {
            what: "processing-applications",
            kept: Kept::Months(refused),
        },
        words("processing-meetings", "retention-with-minutes"),
        words("processing-signals", "retention-figures"),
        Processing {
            what: "processing-mail",
            kept: Kept::Days(mail),
        },
        words("processing-map", "retention-until-changed"),
        words("processing-sessions", "retention-sessions"),
    ])
}

#[derive(Debug, Default, Deserialize)]
pub struct RetentionForm {
    #[serde(default)]
    refused_months: String,
    #[serde(default)]
    mail_days: String,
}

#[derive(Template)]
#[template(path = "features/rights/retention.html")]
struct RetentionPage {
    page: PageCtx,
    form: RetentionForm,
    errors: FieldErrors,
}

pub async fn retention_form(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    let form = RetentionForm {
        refused_months: settings::value(&state.db, &tenant, Setting::RefusedApplicationsKeptMonths)
            .await?,
        mail_days: settings::value(&state.db, &tenant, Setting::DeliveredMailKeptDays).await?,
    };
    render(&RetentionPage {
        page: here.page,
        form,
        errors: FieldErrors::default(),
    })
}

/// Saves the coordination's durations; the privacy page shows them at once and the next pass of
/// the retention applies them.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
pub async fn save_retention(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Form(form): Form<RetentionForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    let mut errors = FieldErrors::default();
    // A refused application is kept a month at least (time to answer a complaint), ten years
    // at most; a delivered message's text a week to ten years.
    let months = errors.check(
        "refused_months",
        fields::integer(&form.refused_months, 1, 120),
    );
    let days = errors.check("mail_days", fields::integer(&form.mail_days, 7, 3650));
    let (Some(months), Some(days)) = (months, days) else {
        return render_invalid(&RetentionPage {
            page: here.page,
            form,
            errors,
        });
    };
    let values = [
        (Setting::RefusedApplicationsKeptMonths, months.to_string()),
        (Setting::DeliveredMailKeptDays, days.to_string()),
    ];
    let mut tx = state.db.begin().await?;
    settings::set_values(&mut tx, &tenant, &values).await?;
    commit_audited(
        tx,
        AuditEntry::new("privacy.retention.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("coordination", tenant.id())
            .change(
                None,
                Some(serde_json::json!({ "refused_months": months, "mail_days": days })),
            ),
        &here.session,
        "flash-saved",
        &here.url("/privacy"),
    )
    .await
}
