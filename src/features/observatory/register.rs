//! The needs register: every need of the coordination with its status, its signals and the people
//! they concern (counts), and where it went (working group, meeting, advice or project), filtered
//! by status and theme. Members read it as they read needs; a coordinator takes a signal out of a
//! need from the need's page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use serde::Deserialize;

use super::store::needs::{self as store, NeedEventKind, NeedStatus, RegisterLine};
use super::{Dimension, Labels};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::policy::{self, Action};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{commit_audited_once, render, AppError, FormOnce, PageCtx, Part};
use crate::platform::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct RegisterQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    theme: String,
}

#[derive(Template)]
#[template(path = "features/observatory/register.html")]
struct RegisterPage {
    page: PageCtx,
    needs: Vec<RegisterLine>,
    /// How many needs the coordination has, whatever the filters.
    total: usize,
    status: Option<NeedStatus>,
    theme: String,
    themes: Vec<(String, String)>,
    can_manage: bool,
}

impl RegisterPage {
    fn is_status(&self, status: &NeedStatus) -> bool {
        self.status == Some(*status)
    }
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<RegisterQuery>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let labels = Labels::load(&state.db, Some(&coordination)).await?;
    let all = store::register(&state.db, &tenant).await?;
    let total = all.len();
    let status = NeedStatus::parse(&query.status).ok();
    // A theme the list does not know filters nothing (an old bookmark, a crafted address).
    let theme = if labels.knows(Dimension::Theme, &query.theme) {
        query.theme
    } else {
        String::new()
    };
    let with_theme: Vec<i64> = store::themes(&state.db, &tenant)
        .await?
        .into_iter()
        .filter(|(_, code)| *code == theme)
        .map(|(need, _)| need)
        .collect();
    let needs = all
        .into_iter()
        .filter(|n| status.is_none_or(|s| n.status == s))
        .filter(|n| theme.is_empty() || with_theme.contains(&n.id))
        .collect();
    render(&RegisterPage {
        themes: labels.choices(Dimension::Theme, page.lang),
        can_manage: policy::allows(
            Some(&user),
            Action::ManageObservatory,
            Some(coordination.id),
        ),
        page: page.with_coordination(coordination.as_ref()),
        needs,
        total,
        status,
        theme,
    })
}

/// Takes a signal out of a need: it was grouped there by mistake, or belongs to another need. The
/// signal itself stays, among those not grouped; the need's history says so.
pub async fn take_out(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Part { id, part: signal }): Path<Part>,
    once: FormOnce,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    store::need(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = page.url_in(&coordination, &format!("/observatory/needs/{id}"));
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    if store::take_out(&mut tx, &tenant, signal).await? != Some(id) {
        return Err(AppError::NotFound);
    }
    store::record_event(
        &mut tx,
        &tenant,
        id,
        (user.id, NeedEventKind::SignalRemoved),
        "",
    )
    .await?;
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("observatory.need.signal_removed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("need", id)
            .change(Some(serde_json::json!({ "signal": signal })), None),
        "flash-need-signal-removed",
        &back,
    )
    .await
}
