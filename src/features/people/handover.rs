//! The handover page: what a leaving person owns in the coordination (open actions today;
//! indicator responsibilities, project roles, dossiers and campaigns as they land, each listed in
//! [`PARTS`]) moves to a successor the coordinator picks, after a preview of what will move.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use serde::Deserialize;

use super::{people, Person, UserPath};
use crate::features::meetings::store::minutes::OpenActions;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::handover::{self, Holder, Moved, Owned};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::web::{render, AppError, CoordPage, Form, PageCtx, Query};
use crate::platform::AppState;

/// Every feature's part in a handover.
pub static PARTS: &[&dyn Owned] = &[&OpenActions];

#[derive(Debug, Default, Deserialize)]
pub struct SuccessorChoice {
    #[serde(default)]
    to: Option<i64>,
}

#[derive(Template)]
#[template(path = "features/people/handover.html")]
struct HandoverPage {
    page: PageCtx,
    leaving: Person,
    /// Who may take over: everyone else with a role here.
    candidates: Vec<Person>,
    successor: Option<Person>,
    /// What would move to the successor chosen.
    preview: Vec<Moved>,
}

fn holder(person: &Person) -> Holder {
    Holder {
        user_id: person.user_id,
        name: person.display_name.clone(),
    }
}

/// The leaving person, the successor chosen (if any, and one of the coordination's people), and
/// everyone who could be.
async fn parties(
    state: &AppState,
    tenant: &Tenant,
    leaving: i64,
    to: Option<i64>,
) -> Result<(Person, Option<Person>, Vec<Person>), AppError> {
    let mut everyone = people(&state.db, tenant).await?;
    let at = everyone
        .iter()
        .position(|p| p.user_id == leaving)
        .ok_or(AppError::NotFound)?;
    let leaving = everyone.remove(at);
    let successor = match to {
        Some(id) => Some(
            everyone
                .iter()
                .find(|p| p.user_id == id)
                .cloned()
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    Ok((leaving, successor, everyone))
}

pub async fn show(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(UserPath { user: leaving }): Path<UserPath>,
    Query(choice): Query<SuccessorChoice>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageRoles, &here.coordination)?;
    let (leaving, successor, candidates) = parties(&state, &tenant, leaving, choice.to).await?;
    let preview = match &successor {
        Some(to) => {
            let mut tx = state.db.begin().await?;
            let moved =
                handover::hand_over(&mut tx, PARTS, &tenant, &holder(&leaving), &holder(to))
                    .await?;
            tx.rollback().await?;
            moved
        }
        None => Vec::new(),
    };
    render(&HandoverPage {
        page: here.page,
        leaving,
        candidates,
        successor,
        preview,
    })
}

#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
pub async fn hand_over(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(UserPath { user: leaving }): Path<UserPath>,
    Form(choice): Form<SuccessorChoice>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageRoles, &here.coordination)?;
    let (leaving, successor, _) = parties(&state, &tenant, leaving, choice.to).await?;
    // The form always sends one; only a crafted request has none.
    let to = successor.ok_or(AppError::BadRequest("error-required"))?;
    let mut tx = state.db.begin().await?;
    let moved =
        handover::hand_over(&mut tx, PARTS, &tenant, &holder(&leaving), &holder(&to)).await?;
    let counts: serde_json::Map<String, serde_json::Value> = moved
        .iter()
        .map(|m| (m.key.to_string(), m.count.into()))
        .collect();
    audit::record(
        &mut tx,
        AuditEntry::new("account.handed_over")
            .by(&user)
            .in_coordination(tenant.id())
            .on("user", leaving.user_id)
            .change(
                None,
                Some(serde_json::json!({ "to": to.user_id, "moved": counts })),
            ),
    )
    .await?;
    tx.commit().await?;
    here.done("flash-handed-over", "/people").await
}
