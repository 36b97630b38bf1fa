//! Working groups on request: a member organisation proposes a group, others support it, and at
//! the threshold (a setting) the coordinator creates it with its supporters, or declines with a
//! reason.

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::bodies::{body_path, reader};
use super::store::bodies::{self, seat};
use super::store::bodies::{BodyKind, SeatRole};
use super::store::proposals::{self as store, ProposalStatus};
use super::Membership;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::reference;
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::Id;
use crate::platform::web::{
    commit_audited_once, redirect_with_flash, render, render_invalid, AppError, FieldErrors,
    FlashKind, FormOnce, PageCtx,
};
use crate::platform::AppState;

pub struct ProposalView {
    pub id: i64,
    pub name: String,
    pub purpose: String,
    pub theme: String,
    pub proposer: String,
    pub supporters: Vec<String>,
    pub status: ProposalStatus,
    pub reason: String,
    pub body_id: Option<i64>,
    pub supported_by_me: bool,
}

#[derive(Template)]
#[template(path = "features/membership/proposals.html")]
struct ProposalsPage {
    page: PageCtx,
    proposals: Vec<ProposalView>,
    threshold: i64,
    membership: Option<Membership>,
    can_manage: bool,
    themes: Vec<(String, String)>,
    form: ProposalForm,
    errors: FieldErrors,
    /// A decision on one proposal as typed, when it comes back with errors.
    declining: Option<(i64, String, FieldErrors)>,
}

impl ProposalsPage {
    /// The reason typed for this proposal, when its decision came back.
    fn typed_reason(&self, id: &i64) -> &str {
        match &self.declining {
            Some((declined, reason, _)) if declined == id => reason,
            _ => "",
        }
    }

    /// The message beside this proposal's reason, if any.
    fn reason_error(&self, id: &i64) -> String {
        match &self.declining {
            Some((declined, _, errors)) if declined == id => errors.msg(self.page.lang, "reason"),
            _ => String::new(),
        }
    }
}

async fn proposals_page(
    db: &Db,
    page: PageCtx,
    user: &CurrentUser,
    coordination: &Coordination,
    (form, errors): (ProposalForm, FieldErrors),
    declining: Option<(i64, String, FieldErrors)>,
) -> Result<ProposalsPage, AppError> {
    let (tenant, membership) = reader(db, user, coordination).await?;
    let rows = store::proposals(db, &tenant).await?;
    let supports = store::supports(db, &tenant).await?;
    let labels = reference::theme_choices(db, page.lang).await?;
    let proposals = rows
        .into_iter()
        .map(
            |store::ProposalRow {
                 id,
                 name,
                 purpose,
                 theme,
                 proposer,
                 status,
                 reason,
                 body_id,
             }| ProposalView {
                supporters: supports
                    .iter()
                    .filter(|s| s.0 == id)
                    .map(|s| s.2.clone())
                    .collect(),
                supported_by_me: membership
                    .as_ref()
                    .is_some_and(|m| supports.iter().any(|s| s.0 == id && s.1 == m.id)),
                theme: theme
                    .and_then(|code| {
                        labels
                            .iter()
                            .find(|(c, _)| *c == code)
                            .map(|(_, l)| l.clone())
                    })
                    .unwrap_or_default(),
                id,
                name,
                purpose,
                proposer,
                status,
                reason,
                body_id,
            },
        )
        .collect();
    Ok(ProposalsPage {
        proposals,
        threshold: settings::number(db, &tenant, Setting::GroupSupportThreshold).await?,
        can_manage: policy::allows(Some(user), Action::ManageMembership, Some(coordination.id)),
        membership,
        themes: labels,
        form,
        errors,
        declining,
        page: page.with_coordination(coordination.as_ref()),
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct ProposalForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    theme: String,
}

pub async fn proposals(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    render(
        &proposals_page(
            &state.db,
            page,
            &user,
            &coordination,
            (ProposalForm::default(), FieldErrors::default()),
            None,
        )
        .await?,
    )
}

fn proposals_path(page: &PageCtx, coordination: &Coordination) -> String {
    page.url_in(coordination, "/proposals")
}

/// A member organisation proposes a working group; it supports its own proposal.
pub async fn propose(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    once: FormOnce,
    Form(form): Form<ProposalForm>,
) -> Result<Response, AppError> {
    let (tenant, membership) = reader(&state.db, &user, &coordination).await?;
    let membership = membership.ok_or(AppError::Forbidden)?;
    let mut errors = FieldErrors::default();
    let name = errors.check("name", fields::required(&form.name, limits::NAME));
    let purpose = errors.check("purpose", fields::required(&form.purpose, limits::TEXT));
    let themes = reference::theme_choices(&state.db, page.lang).await?;
    if !form.theme.is_empty() && !themes.iter().any(|(c, _)| *c == form.theme) {
        errors.add("theme", "error-choice-invalid");
    }
    let (Some(name), Some(purpose), true) = (name, purpose, errors.is_empty()) else {
        let typed = (form, errors);
        let view = proposals_page(&state.db, page, &user, &coordination, typed, None).await?;
        return render_invalid(&view);
    };
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let new = store::NewProposal {
        membership_id: membership.id,
        name: &name,
        purpose: &purpose,
        theme: Some(form.theme.as_str()).filter(|t| !t.is_empty()),
    };
    let id = store::create(&mut tx, &tenant, &new).await?;
    store::support(&mut tx, &tenant, id, membership.id).await?;
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("proposal.created")
            .by(&user)
            .in_coordination(tenant.id())
            .on("group_proposal", id)
            .change(None, Some(serde_json::json!({ "name": name }))),
        "flash-proposal-created",
        &proposals_path(&page, &coordination),
    )
    .await
}

async fn open_proposal(
    db: &Db,
    tenant: &Tenant,
    id: i64,
) -> Result<(String, String, Option<String>), AppError> {
    store::open(db, tenant, id).await?.ok_or(AppError::NotFound)
}

pub async fn support(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let (tenant, membership) = reader(&state.db, &user, &coordination).await?;
    let membership = membership.ok_or(AppError::Forbidden)?;
    open_proposal(&state.db, &tenant, id).await?;
    let mut tx = state.db.begin().await?;
    if store::support(&mut tx, &tenant, id, membership.id).await? > 0 {
        audit::record(
            &mut tx,
            AuditEntry::new("proposal.supported")
                .by(&user)
                .in_coordination(tenant.id())
                .on("group_proposal", id)
                .change(
                    None,
                    Some(serde_json::json!({ "membership": membership.id })),
                ),
        )
        .await?;
    }
    tx.commit().await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-proposal-supported",
        &proposals_path(&page, &coordination),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct ProposalDecision {
    decision: String,
    #[serde(default)]
    reason: String,
}

/// The coordinator creates the group (once enough organisations support it; they become its
/// first members) or declines with a reason.
pub async fn decide_proposal(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(form): Form<ProposalDecision>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let (name, purpose, theme) = open_proposal(&state.db, &tenant, id).await?;
    let supporters = store::supporters(&state.db, &tenant, id).await?;
    let threshold = settings::number(&state.db, &tenant, Setting::GroupSupportThreshold).await?;
    let back = proposals_path(&page, &coordination);
    let mut errors = FieldErrors::default();
    let reason = errors
        .check("reason", fields::optional(&form.reason, limits::TEXT))
        .unwrap_or_default();
    if form.decision == "decline" && reason.is_empty() && errors.is_empty() {
        errors.add("reason", "error-reason-required");
    }
    if !errors.is_empty() {
        let declining = Some((id, form.reason, errors));
        let blank = (ProposalForm::default(), FieldErrors::default());
        let view = proposals_page(&state.db, page, &user, &coordination, blank, declining);
        return render_invalid(&view.await?);
    }
    let mut tx = state.db.begin().await?;
    let (status, body_id, key) = match form.decision.as_str() {
        "create" if (supporters.len() as i64) < threshold => {
            return redirect_with_flash(
                &session,
                FlashKind::Error,
                "flash-proposal-below-threshold",
                &back,
            )
            .await;
        }
        "create" => {
            let group = bodies::NewBodyRow {
                kind: BodyKind::WorkingGroup,
                name_fr: &name,
                name_nl: &name,
                purpose_fr: &purpose,
                purpose_nl: &purpose,
                theme: theme.as_deref(),
                open: true,
            };
            let body_id = bodies::insert(&mut tx, &tenant, &group).await?;
            for membership_id in &supporters {
                seat(
                    &mut tx,
                    &tenant,
                    body_id,
                    Some(*membership_id),
                    "",
                    SeatRole::Member,
                )
                .await?;
            }
            (
                ProposalStatus::Created,
                Some(body_id),
                "flash-proposal-group-created",
            )
        }
        "decline" => (ProposalStatus::Declined, None, "flash-proposal-declined"),
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    store::decide(&mut tx, &tenant, id, (status, &reason), body_id).await?;
    audit::record(
        &mut tx,
        AuditEntry::new("proposal.decided")
            .by(&user)
            .in_coordination(tenant.id())
            .on("group_proposal", id)
            .change(
                None,
                Some(serde_json::json!({ "status": status, "reason": reason, "body": body_id })),
            ),
    )
    .await?;
    tx.commit().await?;
    let to = match body_id {
        Some(body) => body_path(&page, &coordination, body),
        None => back,
    };
    redirect_with_flash(&session, FlashKind::Success, key, &to).await
}
