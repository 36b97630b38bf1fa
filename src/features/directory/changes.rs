//! Changes to the social map, from whoever makes them. A coordinator's change applies at once; a
//! member organisation's change applies at once too, unless the coordination's setting makes it wait
//! in a queue where a coordinator sees a diff and approves or rejects it. Every applied change is
//! in the audit log with the record before and after.

use std::collections::BTreeSet;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tower_sessions::Session;

use super::model::{self, LocationInput, OrganizationInput, ServiceInput};
use crate::domain::Lang;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::t;
use crate::platform::policy::{self, Action, Editor, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, AppError, FlashKind, PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

/// A record of the map as an editor writes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Draft {
    Organization(OrganizationInput),
    Service(ServiceInput),
    Location(LocationInput),
}

impl Draft {
    pub fn kind(&self) -> &'static str {
        match self {
            Draft::Organization(_) => "organization",
            Draft::Service(_) => "service",
            Draft::Location(_) => "location",
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

    fn from_fields(kind: &str, fields: Map<String, Value>) -> Result<Draft, AppError> {
        let value = Value::Object(fields);
        let parsed = match kind {
            "organization" => serde_json::from_value(value).map(Draft::Organization),
            "service" => serde_json::from_value(value).map(Draft::Service),
            "location" => serde_json::from_value(value).map(Draft::Location),
            _ => {
                return Err(AppError::internal(anyhow::anyhow!(
                    "unknown record kind {kind}"
                )))
            }
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
#[tracing::instrument(skip_all, fields(coordination = tenant.id(), kind = after.kind()))]
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
        && settings::flag(db, tenant.id(), Setting::MemberEditsNeedApproval).await?;
    let mut tx = db.begin().await?;
    let outcome = match (must_wait, target.organization_id) {
        (true, Some(organization_id)) => {
            let id: i64 = with_tx!(&mut tx, |c| {
                sqlx::query_scalar(
                    "INSERT INTO directory_changes (coordination_id, organization_id, record_kind, record_id, before_json, after_json, status, \
                     submitted_by, submitted_at) VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8) RETURNING id",
                )
                .bind(tenant.id())
                .bind(organization_id)
                .bind(after.kind())
                .bind(target.record_id)
                .bind(serde_json::to_string(before).map_err(AppError::internal)?)
                .bind(serde_json::to_string(after).map_err(AppError::internal)?)
                .bind(user.id)
                .bind(Utc::now())
                .fetch_one(c)
                .await
            })?;
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
) -> Result<(), sqlx::Error> {
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
            .on(after.kind(), record_id)
            .change(before, Some(to_json(after))),
    )
    .await
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
            model::update_organization(tx, tenant, id, input).await?;
            id
        }
        (Draft::Organization(input), None, _) => {
            model::create_organization(tx, tenant, input).await?
        }
        (Draft::Service(input), Some(id), _) => {
            model::update_service(tx, tenant, id, input).await?;
            id
        }
        (Draft::Service(input), None, Some(org)) => {
            model::create_service(tx, tenant, org, input).await?
        }
        (Draft::Location(input), Some(id), _) => {
            model::update_location(tx, tenant, id, input).await?;
            id
        }
        (Draft::Location(input), None, Some(org)) => {
            model::create_location(tx, tenant, org, input).await?
        }
        (_, None, None) => return Err(AppError::NotFound),
    })
}

/// The record as it is stored now, in the shape editors write it.
pub async fn current(
    db: &Db,
    coordination_id: i64,
    kind: &str,
    id: i64,
) -> Result<Option<Draft>, sqlx::Error> {
    Ok(match kind {
        "organization" => model::organization_input(db, coordination_id, id)
            .await?
            .map(Draft::Organization),
        "service" => model::service_input(db, coordination_id, id)
            .await?
            .map(|(_, s)| Draft::Service(s)),
        "location" => model::location(db, coordination_id, id)
            .await?
            .map(|l| Draft::Location(l.into())),
        _ => None,
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
    pub kind: String,
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

type PendingRow = (
    i64,
    i64,
    String,
    Option<i64>,
    String,
    String,
    DateTime<Utc>,
    Option<String>,
    String,
    String,
);

async fn pending(db: &Db, tenant: &Tenant, lang: Lang) -> Result<Vec<PendingView>, AppError> {
    let rows: Vec<PendingRow> = with_db!(db, |p| {
        sqlx::query_as(
            "SELECT c.id, c.organization_id, c.record_kind, c.record_id, c.before_json, c.after_json, c.submitted_at, u.display_name, \
             o.name_fr, o.name_nl FROM directory_changes c JOIN organizations o ON o.id = c.organization_id \
             LEFT JOIN users u ON u.id = c.submitted_by WHERE c.coordination_id = $1 AND c.status = 'pending' ORDER BY c.submitted_at, c.id",
        )
        .bind(tenant.id())
        .fetch_all(p)
        .await
    })?;
    rows.into_iter()
        .map(
            |(id, organization_id, kind, record_id, before, after, at, by, org_fr, org_nl)| {
                let before: Draft = serde_json::from_str(&before).map_err(AppError::internal)?;
                let after: Draft = serde_json::from_str(&after).map_err(AppError::internal)?;
                Ok(PendingView {
                    id,
                    kind,
                    organization_id,
                    organization: lang.pick(&org_fr, &org_nl).to_string(),
                    is_new: record_id.is_none(),
                    submitted_by: by.unwrap_or_default(),
                    submitted_at: at,
                    rows: diff(lang, &before, &after),
                })
            },
        )
        .collect()
}

#[derive(Template)]
#[template(path = "features/directory/changes.html")]
struct QueuePage {
    page: PageCtx,
    changes: Vec<PendingView>,
    approval_on: bool,
}

pub async fn queue(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let changes = pending(&state.db, &tenant, page.lang).await?;
    let approval_on =
        settings::flag(&state.db, tenant.id(), Setting::MemberEditsNeedApproval).await?;
    render(&QueuePage {
        page: page.with_coordination(coordination.as_ref()),
        changes,
        approval_on,
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
    let before = settings::flag(&state.db, tenant.id(), Setting::MemberEditsNeedApproval).await?;
    let mut tx = state.db.begin().await?;
    settings::set_flag(&mut tx, &tenant, Setting::MemberEditsNeedApproval, on).await?;
    let to = format!("/{}/{}/map/changes", page.lang.code(), coordination.slug);
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

type StoredChange = (i64, String, Option<i64>, String, String);

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
    let stored: Option<StoredChange> = with_db!(db, |p| {
        sqlx::query_as(
            "SELECT organization_id, record_kind, record_id, before_json, after_json FROM directory_changes \
             WHERE id = $1 AND coordination_id = $2 AND status = 'pending'",
        )
        .bind(id)
        .bind(tenant.id())
        .fetch_optional(p)
        .await
    })?;
    let (organization_id, kind, record_id, before, after) = stored.ok_or(AppError::NotFound)?;
    let before: Draft = serde_json::from_str(&before).map_err(AppError::internal)?;
    let after: Draft = serde_json::from_str(&after).map_err(AppError::internal)?;
    let target = Target {
        organization_id: Some(organization_id),
        record_id,
    };
    let now_stored = match record_id {
        Some(record) => Some(
            current(db, tenant.id(), &kind, record)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let mut tx = db.begin().await?;
    let status = if approve { "approved" } else { "rejected" };
    let updated = with_tx!(&mut tx, |c| {
        sqlx::query(
            "UPDATE directory_changes SET status = $1, decided_by = $2, decided_at = $3, reason = $4 \
             WHERE id = $5 AND status = 'pending'",
        )
        .bind(status)
        .bind(user.id)
        .bind(Utc::now())
        .bind(reason.trim())
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected())
    })?;
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
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let approve = match form.decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    decide_change(&state.db, &tenant, &user, id, approve, &form.reason).await?;
    let to = format!("/{}/{}/map/changes", page.lang.code(), coordination.slug);
    let key = if approve {
        "flash-change-approved"
    } else {
        "flash-change-rejected"
    };
    redirect_with_flash(&session, FlashKind::Success, key, &to).await
}

/// How many changes wait for a coordinator (shown on the map page).
pub async fn pending_count(db: &Db, coordination_id: i64) -> Result<i64, sqlx::Error> {
    with_db!(db, |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM directory_changes WHERE coordination_id = $1 AND status = 'pending'"
    )
    .bind(coordination_id)
    .fetch_one(p)
    .await)
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
