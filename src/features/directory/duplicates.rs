//! Duplicate organisations: the same KBO number, or the same name (case and accents aside) at the same
//! postcode. The coordinator merges one into the other; its services, locations, phones and contacts
//! move to the one kept, so no link is lost.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, Response};
use axum::Form;
use serde::Deserialize;
use tower_sessions::Session;

use super::model::{self, Organization};
use super::search::fold;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{redirect_with_flash, render, AppError, FlashKind, PageCtx};
use crate::platform::AppState;
use crate::{with_db, with_tx};

pub struct Pair {
    pub keep: Organization,
    pub remove: Organization,
    pub reason_key: &'static str,
}

/// Candidate pairs, the older record first (it is the one proposed to keep).
pub async fn candidates(db: &Db, tenant: &Tenant) -> Result<Vec<Pair>, sqlx::Error> {
    let organizations: Vec<Organization> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT id, uid, name_fr, name_nl, description_fr, description_nl, legal_status, kbo, website, email, social_brussels_id, last_verified_at \
         FROM organizations WHERE coordination_id = $1 ORDER BY id"
    )
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    let postcodes: Vec<(i64, String)> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT organization_id, postcode FROM locations WHERE coordination_id = $1 ORDER BY id"
    )
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    let mut postcode_of: HashMap<i64, String> = HashMap::new();
    for (organization_id, postcode) in postcodes {
        postcode_of.entry(organization_id).or_insert(postcode);
    }
    let mut pairs = Vec::new();
    let mut by_key: HashMap<(String, &'static str), usize> = HashMap::new();
    for (index, org) in organizations.iter().enumerate() {
        let mut keys = Vec::new();
        if let Some(kbo) = org
            .kbo
            .as_deref()
            .map(|k| k.chars().filter(char::is_ascii_digit).collect::<String>())
            .filter(|k| !k.is_empty())
        {
            keys.push((kbo, "duplicates-same-kbo"));
        }
        if let Some(postcode) = postcode_of.get(&org.id) {
            keys.push((
                format!("{}|{postcode}", fold(&org.name_fr)),
                "duplicates-same-name",
            ));
        }
        for key in keys {
            match by_key.get(&key) {
                Some(&first) if !pairs.iter().any(|p: &Pair| p.remove.id == org.id) => {
                    pairs.push(Pair {
                        keep: organizations[first].clone(),
                        remove: org.clone(),
                        reason_key: key.1,
                    });
                }
                Some(_) => {}
                None => {
                    by_key.insert(key, index);
                }
            }
        }
    }
    Ok(pairs)
}

#[derive(Template)]
#[template(path = "features/directory/duplicates.html")]
struct DuplicatesPage {
    page: PageCtx,
    pairs: Vec<Pair>,
}

pub async fn list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let pairs = candidates(&state.db, &tenant).await?;
    render(&DuplicatesPage {
        page: page.with_coordination(coordination.as_ref()),
        pairs,
    })
}

#[derive(Deserialize)]
pub struct MergeChoice {
    keep: i64,
    remove: i64,
}

#[derive(Template)]
#[template(path = "features/directory/merge.html")]
struct MergePage {
    page: PageCtx,
    keep: Organization,
    remove: Organization,
    moving: Vec<model::Service>,
}

async fn both(
    db: &Db,
    tenant: &Tenant,
    choice: &MergeChoice,
) -> Result<(Organization, Organization), AppError> {
    if choice.keep == choice.remove {
        return Err(AppError::BadRequest("error-bad-request"));
    }
    let keep = model::organization(db, tenant.id(), choice.keep)
        .await?
        .ok_or(AppError::NotFound)?;
    let remove = model::organization(db, tenant.id(), choice.remove)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((keep, remove))
}

/// Shows what the merge will move, and asks.
pub async fn confirm(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(choice): Query<MergeChoice>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let (keep, remove) = both(&state.db, &tenant, &choice).await?;
    let moving = model::organization_services(&state.db, tenant.id(), remove.id).await?;
    render(&MergePage {
        page: page.with_coordination(coordination.as_ref()),
        keep,
        remove,
        moving,
    })
}

pub async fn merge(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(choice): Form<MergeChoice>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let (keep, remove) = both(&state.db, &tenant, &choice).await?;
    let mut tx = state.db.begin().await?;
    for table in [
        "services",
        "locations",
        "phones",
        "contacts",
        "verification_requests",
    ] {
        let sql = format!("UPDATE {table} SET organization_id = $1 WHERE organization_id = $2 AND coordination_id = $3");
        with_tx!(&mut tx, |c| sqlx::query(&sql)
            .bind(keep.id)
            .bind(remove.id)
            .bind(tenant.id())
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
    }
    let moved: Vec<i64> = with_tx!(&mut tx, |c| sqlx::query_scalar(
        "SELECT id FROM services WHERE organization_id = $1"
    )
    .bind(keep.id)
    .fetch_all(c)
    .await)?;
    for service_id in moved {
        model::refresh_search_text(&mut tx, service_id).await?;
    }
    with_tx!(&mut tx, |c| sqlx::query(
        "DELETE FROM organizations WHERE id = $1 AND coordination_id = $2"
    )
    .bind(remove.id)
    .bind(tenant.id())
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    audit::record(
        &mut tx,
        AuditEntry::new("organization.merged")
            .by(&user)
            .in_coordination(tenant.id())
            .on("organization", keep.id)
            .change(
                Some(serde_json::to_value(&remove).unwrap_or_default()),
                Some(serde_json::json!({ "kept": keep.uid, "merged": remove.uid })),
            ),
    )
    .await?;
    tx.commit().await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-merged",
        &format!(
            "/{}/{}/organizations/{}",
            page.lang.code(),
            coordination.slug,
            keep.id
        ),
    )
    .await
}
