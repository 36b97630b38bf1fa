//! Duplicate organisations: the same KBO number, or the same name (case and accents aside) at the same
//! postcode. The coordinator merges one into the other; its services, locations, phones and contacts
//! move to the one kept, so no link is lost.

use std::collections::HashMap;

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::store::search::fold;
use super::store::{self, Organization};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{redirect_with_flash, render, AppError, FlashKind, PageCtx};
use crate::platform::AppState;

pub struct Pair {
    pub keep: Organization,
    pub remove: Organization,
    pub reason_key: &'static str,
}

/// Candidate pairs, the older record first (it is the one proposed to keep).
pub async fn candidates(db: &Db, tenant: &Tenant) -> Result<Vec<Pair>, AppError> {
    let organizations = store::duplicates::organizations(db, tenant).await?;
    let postcodes = store::duplicates::postcodes(db, tenant).await?;
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
    moving: Vec<store::Service>,
}

async fn both(
    db: &Db,
    tenant: &Tenant,
    choice: &MergeChoice,
) -> Result<(Organization, Organization), AppError> {
    if choice.keep == choice.remove {
        return Err(AppError::BadRequest("error-bad-request"));
    }
    let keep = store::organization(db, &tenant, choice.keep)
        .await?
        .ok_or(AppError::NotFound)?;
    let remove = store::organization(db, &tenant, choice.remove)
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
    let moving = store::organization_services(&state.db, &tenant, remove.id).await?;
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
    store::duplicates::merge(&mut tx, &tenant, keep.id, remove.id).await?;
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
        &page.url_in(&coordination, &format!("/organizations/{}", keep.id)),
    )
    .await
}
