//! Changes to the social map, from whoever makes them. A coordinator's change applies at once; a
//! member organisation's change applies at once too, unless the coordination's setting makes it wait
//! in a queue where a coordinator sees a diff and approves or rejects it. Every applied change is
//! in the audit log with the record before and after.

use std::collections::BTreeSet;

use crate::platform::web::fields::{self, limits};
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tower_sessions::Session;

use super::store::changes::ChangeStatus;
use super::store::RecordKind;
use super::store::{self, LocationInput, OrganizationInput, ServiceInput};
use crate::domain::Lang;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::t;
use crate::platform::policy::{self, Action, Editor, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::Id;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    PageCtx,
};
use crate::platform::AppState;

/// A record of the map as an editor writes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Draft {
    Organization(OrganizationInput),
    Service(ServiceInput),
    Location(LocationInput),
}

impl Draft {
    pub fn kind(&self) -> RecordKind {
        match self {
            Draft::Organization(_) => RecordKind::Organization,
            Draft::Service(_) => RecordKind::Service,
            Draft::Location(_) => RecordKind::Location,
        }
    }

    fn fields(&self) -> Map<String, Value> {
        let value = match self {
            Draft::Organization(i) => serde_json::to_value(i),
            Draft::Service(i) => serde_json::to_value(i),
            Draft::Location(i) => serde_json::to_value(i),
        };
        match value {
            Ok(Value::Object(map)) => map,
            _ => Map::new(),
        }
    }

    fn from_fields(kind: RecordKind, fields: Map<String, Value>) -> Result<Draft, AppError> {
        let value = Value::Object(fields);
        let parsed = match kind {
            RecordKind::Organization => serde_json::from_value(value).map(Draft::Organization),
            RecordKind::Service => serde_json::from_value(value).map(Draft::Service),
            RecordKind::Location => serde_json::from_value(value).map(Draft::Location),
        };
        parsed.map_err(AppError::internal)
    }

    /// This record's fields where `proposal` differs from `base`, laid over `self`: what a proposal
    /// means once other changes landed since it was written.
    fn with_changes(&self, base: &Draft, proposal: &Draft) -> Result<Draft, AppError> {
        let (base, proposal) = (base.fields(), proposal.fields());
        let mut merged = self.fields();
        for (field, value) in proposal {
            if base.get(&field) != Some(&value) {
                merged.insert(field, value);
            }
        }
        Draft::from_fields(self.kind(), merged)
    }
}

/// Which record a change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    /// The organisation the record belongs to (the record itself for an organisation); `None` only
    /// when a coordinator creates an organisation.
    pub organization_id: Option<i64>,
    /// `None` when the change creates the record.
    pub record_id: Option<i64>,
}

pub enum Outcome {
    Applied { record_id: i64 },
    Pending,
}

/// Saves an editor's change: applied now, or queued for approval.
#[tracing::instrument(skip_all, fields(coordination = tenant.id(), kind = after.kind().as_str()))]
pub async fn submit(
    db: &Db,
    tenant: &Tenant,
    editor: Editor,
    user: &CurrentUser,
    target: Target,
    before: &Draft,
    after: &Draft,
) -> Result<Outcome, AppError> {
    let must_wait = editor == Editor::OrganizationContact
        && settings::flag(db, &tenant, Setting::MemberEditsNeedApproval).await?;
    let mut tx = db.begin().await?;
    let outcome = match (must_wait, target.organization_id) {
        (true, Some(organization_id)) => {
            let before_json = serde_json::to_string(before).map_err(AppError::internal)?;
            let after_json = serde_json::to_string(after).map_err(AppError::internal)?;
            let change = store::changes::NewChange {
                organization_id,
                kind: after.kind(),
                record_id: target.record_id,
                before_json: &before_json,
                after_json: &after_json,
                submitted_by: user.id,
            };
            let id = store::changes::insert(&mut tx, tenant, &change).await?;
            audit::record(
                &mut tx,
                AuditEntry::new("directory.change.submitted")
                    .by(user)
                    .in_coordination(tenant.id())
                    .on("directory_change", id)
                    .change(Some(to_json(before)), Some(to_json(after))),
            )
            .await?;
            Outcome::Pending
        }
        _ => {
            let record_id = apply(&mut tx, tenant, target, after).await?;
            audit_applied(&mut tx, tenant, user, target, record_id, before, after).await?;
            Outcome::Applied { record_id }
        }
    };
    tx.commit().await?;
    Ok(outcome)
}

fn to_json(draft: &Draft) -> Value {
    Value::Object(draft.fields())
}

async fn audit_applied(
    tx: &mut Tx,
    tenant: &Tenant,
    user: &CurrentUser,
    target: Target,
    record_id: i64,
    before: &Draft,
    after: &Draft,
) -> Result<(), AppError> {
    let event = match (after, target.record_id.is_some()) {
        (Draft::Organization(_), true) => "directory.organization.updated",
        (Draft::Organization(_), false) => "directory.organization.created",
        (Draft::Service(_), true) => "directory.service.updated",
        (Draft::Service(_), false) => "directory.service.created",
        (Draft::Location(_), true) => "directory.location.updated",
        (Draft::Location(_), false) => "directory.location.created",
    };
    let before = target.record_id.map(|_| to_json(before));
    audit::record(
        tx,
        AuditEntry::new(event)
            .by(user)
            .in_coordination(tenant.id())
            .on(after.kind().as_str(), record_id)
            .change(before, Some(to_json(after))),
    )
    .await?;
    Ok(())
}

async fn apply(
    tx: &mut Tx,
    tenant: &Tenant,
    target: Target,
    draft: &Draft,
) -> Result<i64, AppError> {
    let organization = target.organization_id;
    Ok(match (draft, target.record_id, organization) {
        (Draft::Organization(input), Some(id), _) => {
            store::update_organization(tx, tenant, id, input).await?;
            id
        }
        (Draft::Organization(input), None, _) => {
            store::create_organization(tx, tenant, input).await?
        }
        (Draft::Service(input), Some(id), _) => {
            store::update_service(tx, tenant, id, input).await?;
            id
        }
        (Draft::Service(input), None, Some(org)) => {
            store::create_service(tx, tenant, org, input).await?
        }
        (Draft::Location(input), Some(id), _) => {
            store::update_location(tx, tenant, id, input).await?;
            id
        }
        (Draft::Location(input), None, Some(org)) => {
            store::create_location(tx, tenant, org, input).await?
        }
        (_, None, None) => return Err(AppError::NotFound),
    })
}

/// The record as it is stored now, in the shape editors write it.
pub async fn current(
    db: &Db,
    tenant: &Tenant,
    kind: RecordKind,
    id: i64,
) -> Result<Option<Draft>, AppError> {
    Ok(match kind {
        RecordKind::Organization => store::organization_input(db, &tenant, id)
            .await?
            .map(Draft::Organization),
        RecordKind::Service => store::service_input(db, &tenant, id)
            .await?
            .map(|(_, s)| Draft::Service(s)),
        RecordKind::Location => store::location(db, &tenant, id)
            .await?
            .map(|l| Draft::Location(l.into())),
    })
}

/// One field that a change modifies, as the coordinator reads it.
pub struct DiffRow {
    pub field: String,
    pub before: String,
    pub after: String,
}

pub fn diff(lang: Lang, before: &Draft, after: &Draft) -> Vec<DiffRow> {
    let (before, after) = (before.fields(), after.fields());
    let names: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let mut rows: Vec<DiffRow> = names
        .into_iter()
        .filter(|name| before.get(*name) != after.get(*name))
        .map(|name| DiffRow {
            field: t(lang, &format!("field-{}", name.replace('_', "-"))),
            before: show(lang, before.get(name)),
            after: show(lang, after.get(name)),
        })
        .collect();
    rows.sort_by(|a, b| a.field.cmp(&b.field));
    rows
}

/// A field's value as text: lists one item a line, an item's parts separated by spaces.
fn show(lang: Lang, value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::Bool(b)) => t(lang, if *b { "answer-yes" } else { "answer-no" }),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| show(lang, Some(item)))
            .collect::<Vec<_>>()
            .join("\n"),
        Some(Value::Object(parts)) => parts
            .values()
            .map(|part| show(lang, Some(part)))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        Some(other) => other.to_string(),
    }
}

pub struct PendingView {
    pub id: i64,
    pub kind: RecordKind,
    pub organization_id: i64,
    pub organization: String,
    pub is_new: bool,
    pub submitted_by: String,
    pub submitted_at: DateTime<Utc>,
    pub rows: Vec<DiffRow>,
}

impl PendingView {
    pub fn title_key(&self) -> String {
        let new = if self.is_new { "new-" } else { "" };
        format!("changes-kind-{new}{}", self.kind)
    }
}

async fn pending(db: &Db, tenant: &Tenant, lang: Lang) -> Result<Vec<PendingView>, AppError> {
    store::changes::pending(db, tenant)
        .await?
        .into_iter()
        .map(|change| {
            let before: Draft =
                serde_json::from_str(&change.before_json).map_err(AppError::internal)?;
            let after: Draft =
                serde_json::from_str(&change.after_json).map_err(AppError::internal)?;
            Ok(PendingView {
                id: change.id,
                kind: change.record_kind,
                organization_id: change.organization_id,
                organization: lang
                    .pick(&change.organization_fr, &change.organization_nl)
                    .to_string(),
                is_new: change.record_id.is_none(),
                submitted_by: change.submitted_by.unwrap_or_default(),
                submitted_at: change.submitted_at,
                rows: diff(lang, &before, &after),
            })
        })
        .collect()
}

#[derive(Template)]
#[template(path = "features/directory/changes.html")]
struct QueuePage {
    page: PageCtx,
    changes: Vec<PendingView>,
    approval_on: bool,
    /// A decision refused: the change, the reason as typed and why.
    refused: Option<(i64, String, FieldErrors)>,
}

impl QueuePage {
    fn typed_reason(&self, change: &i64) -> &str {
        match &self.refused {
            Some((id, reason, _)) if id == change => reason,
            _ => "",
        }
    }

    fn reason_error(&self, change: &i64) -> String {
        match &self.refused {
            Some((id, _, errors)) if id == change && errors.has("reason") => {
                errors.msg(self.page.lang, "reason")
            }
            _ => String::new(),
        }
    }
}

pub async fn queue(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let changes = pending(&state.db, &tenant, page.lang).await?;
    let approval_on = settings::flag(&state.db, &tenant, Setting::MemberEditsNeedApproval).await?;
    render(&QueuePage {
        page: page.with_coordination(coordination.as_ref()),
        changes,
        approval_on,
        refused: None,
    })
}

#[derive(Debug, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    approval: Option<String>,
}

pub async fn save_settings(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<SettingsForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let on = form.approval.is_some();
    let before = settings::flag(&state.db, &tenant, Setting::MemberEditsNeedApproval).await?;
    let mut tx = state.db.begin().await?;
    settings::set_flag(&mut tx, &tenant, Setting::MemberEditsNeedApproval, on).await?;
    let to = page.url_in(&coordination, "/map/changes");
    commit_audited(
        tx,
        AuditEntry::new("directory.settings.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("setting", "directory.member_edits_need_approval")
            .change(
                Some(serde_json::json!({ "member_edits_need_approval": before })),
                Some(serde_json::json!({ "member_edits_need_approval": on })),
            ),
        &session,
        "flash-saved",
        &to,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    decision: String,
    #[serde(default)]
    reason: String,
}

/// Approves or rejects a pending change. Approving applies the fields the proposer changed onto the
/// record as it is now, so a coordinator's edits made in between are kept.
#[tracing::instrument(skip_all, fields(coordination = tenant.id(), change = id))]
pub async fn decide_change(
    db: &Db,
    tenant: &Tenant,
    user: &CurrentUser,
    id: i64,
    approve: bool,
    reason: &str,
) -> Result<(), AppError> {
    let stored = store::changes::pending_one(db, tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (organization_id, kind, record_id) =
        (stored.organization_id, stored.record_kind, stored.record_id);
    let before: Draft = serde_json::from_str(&stored.before_json).map_err(AppError::internal)?;
    let after: Draft = serde_json::from_str(&stored.after_json).map_err(AppError::internal)?;
    let target = Target {
        organization_id: Some(organization_id),
        record_id,
    };
    let now_stored = match record_id {
        Some(record) => Some(
            current(db, tenant, kind, record)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let mut tx = db.begin().await?;
    let status = if approve {
        ChangeStatus::Approved
    } else {
        ChangeStatus::Rejected
    };
    let updated =
        store::changes::decide(&mut tx, tenant, id, status, user.id, reason.trim()).await?;
    if updated == 0 {
        // Someone decided first.
        return Err(AppError::NotFound);
    }
    if approve {
        let (base, merged) = match &now_stored {
            Some(stored) => (stored.clone(), stored.with_changes(&before, &after)?),
            None => (before.clone(), after.clone()),
        };
        let record = apply(&mut tx, tenant, target, &merged).await?;
        audit_applied(&mut tx, tenant, user, target, record, &base, &merged).await?;
    }
    audit::record(
        &mut tx,
        AuditEntry::new(if approve {
            "directory.change.approved"
        } else {
            "directory.change.rejected"
        })
        .by(user)
        .in_coordination(tenant.id())
        .on("directory_change", id)
        .change(None, Some(serde_json::json!({ "reason": reason.trim() }))),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn decide(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let approve = match form.decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    let mut errors = FieldErrors::default();
    let Some(reason) = errors.check("reason", fields::optional(&form.reason, limits::TEXT)) else {
        return render_invalid(&QueuePage {
            changes: pending(&state.db, &tenant, page.lang).await?,
            approval_on: settings::flag(&state.db, &tenant, Setting::MemberEditsNeedApproval)
                .await?,
            page: page.with_coordination(coordination.as_ref()),
            refused: Some((id, form.reason, errors)),
        });
    };
    decide_change(&state.db, &tenant, &user, id, approve, &reason).await?;
    let to = page.url_in(&coordination, "/map/changes");
    let key = if approve {
        "flash-change-approved"
    } else {
        "flash-change-rejected"
    };
    redirect_with_flash(&session, FlashKind::Success, key, &to).await
}

/// How many changes wait for a coordinator (for the coordinator's dashboard).
pub async fn pending_count(db: &Db, tenant: &Tenant) -> Result<i64, AppError> {
    Ok(store::changes::pending_count(db, tenant).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(name_fr: &str, website: &str) -> Draft {
        Draft::Organization(OrganizationInput {
            name_fr: name_fr.into(),
            website: website.into(),
            ..OrganizationInput::default()
        })
    }

    #[test]
    fn approving_keeps_changes_made_since_the_proposal() {
        let seen = org("Maison", "https://old.example");
        let proposal = org("Maison", "https://new.example");
        // A coordinator renamed the organisation after the member wrote the proposal.
        let now = org("Maison médicale", "https://old.example");
        let merged = now.with_changes(&seen, &proposal).unwrap();
        assert_eq!(merged, org("Maison médicale", "https://new.example"));
    }

    #[test]
    fn the_diff_lists_only_changed_fields() {
        let rows = diff(
            Lang::Fr,
            &org("Maison", "https://old.example"),
            &org("Maison", "https://new.example"),
        );
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].before, "https://old.example");
        assert_eq!(rows[0].after, "https://new.example");
    }
}
