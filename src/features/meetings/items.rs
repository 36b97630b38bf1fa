//! Shaping an agenda after items are on it: coordinators change what an item says (a member's
//! proposal too, before deciding on it — to add the missing translation, say), remove an item,
//! move it up or down (plain forms, no JavaScript), and place the follow-up of earlier meetings'
//! open actions as an item of its own. Each change is audited.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use serde::Deserialize;

use super::agenda::{ItemForm, ParsedItem};
use super::store::agenda::{self as store, Item, ItemKind};
use super::store::Meeting;
use crate::domain::Lang;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::i18n::t;
use crate::platform::web::fields::limits;
use crate::platform::web::Form;
use crate::platform::web::{
    commit_audited, render, render_invalid, AppError, CoordPage, FieldErrors, Id, PageCtx, Part,
};
use crate::platform::AppState;

#[derive(Template)]
#[template(path = "features/meetings/item_edit.html")]
struct ItemEditPage {
    page: PageCtx,
    meeting: Meeting,
    item: Item,
    item_form: ItemForm,
    errors: FieldErrors,
}

impl ItemEditPage {
    fn duration_value(&self) -> &str {
        self.item_form.duration_value()
    }
}

/// The item a coordinator works on, with its meeting's proof.
async fn managed_item(
    state: &AppState,
    user: &CurrentUser,
    here: &CoordPage,
    (id, item): (i64, i64),
) -> Result<(crate::platform::policy::Tenant, Meeting, Item), AppError> {
    let (tenant, meeting, _) = super::managed(&state.db, user, &here.coordination, id).await?;
    let found = store::item(&state.db, &tenant, id, item)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((tenant, meeting, found))
}

pub async fn edit_form(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Part { id, part: item }): Path<Part>,
) -> Result<Html<String>, AppError> {
    let (_, meeting, item) = managed_item(&state, &user, &here, (id, item)).await?;
    render(&ItemEditPage {
        page: here.page,
        meeting,
        item_form: ItemForm::of(&item),
        item,
        errors: FieldErrors::default(),
    })
}

#[tracing::instrument(skip_all, fields(coordination = here.coordination.id, meeting = id, item))]
pub async fn edit(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Part { id, part: item }): Path<Part>,
    Form(form): Form<ItemForm>,
) -> Result<Response, AppError> {
    let (tenant, meeting, found) = managed_item(&state, &user, &here, (id, item)).await?;
    let parsed = match ParsedItem::read(&form) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return render_invalid(&ItemEditPage {
                page: here.page,
                meeting,
                item: found,
                item_form: form,
                errors,
            })
        }
    };
    let mut tx = state.db.begin().await?;
    store::update_item(&mut tx, &tenant, (id, item), &parsed.as_new()).await?;
    commit_audited(
        tx,
        AuditEntry::new("agenda.item.changed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("agenda_item", item)
            .change(
                Some(serde_json::json!({ "title_fr": found.title_fr, "title_nl": found.title_nl })),
                Some(parsed.titles()),
            ),
        &here.session,
        "flash-saved",
        &here.url(&format!("/meetings/{id}#item-{item}")),
    )
    .await
}

/// Removes an item, after the page's confirmation.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id, meeting = id, item))]
pub async fn remove(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Part { id, part: item }): Path<Part>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = super::managed(&state.db, &user, &here.coordination, id).await?;
    let mut tx = state.db.begin().await?;
    let (title_fr, title_nl) = store::remove_item(&mut tx, &tenant, (id, item))
        .await?
        .ok_or(AppError::NotFound)?;
    commit_audited(
        tx,
        AuditEntry::new("agenda.item.removed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("agenda_item", item)
            .change(
                Some(serde_json::json!({ "meeting": id, "title_fr": title_fr, "title_nl": title_nl })),
                None,
            ),
        &here.session,
        "flash-item-removed",
        &here.url(&format!("/meetings/{id}")),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct Direction {
    direction: String,
}

/// Moves an item one place up or down the agenda.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id, meeting = id, item))]
pub async fn reorder(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Part { id, part: item }): Path<Part>,
    Form(form): Form<Direction>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = super::managed(&state.db, &user, &here.coordination, id).await?;
    let earlier = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    let mut tx = state.db.begin().await?;
    if !store::move_item(&mut tx, &tenant, (id, item), earlier).await? {
        // First already, or not on the agenda: nothing moves.
        return here.done("flash-saved", &format!("/meetings/{id}")).await;
    }
    commit_audited(
        tx,
        AuditEntry::new("agenda.item.moved")
            .by(&user)
            .in_coordination(tenant.id())
            .on("agenda_item", item)
            .change(
                None,
                Some(serde_json::json!({ "direction": form.direction })),
            ),
        &here.session,
        "flash-saved",
        &here.url(&format!("/meetings/{id}#item-{item}")),
    )
    .await
}

/// Places the follow-up of open actions on the agenda, at its end, as an item to move like the
/// others (once: a second click finds it placed).
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id, meeting = id))]
pub async fn place_follow_up(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = super::managed(&state.db, &user, &here.coordination, id).await?;
    let mut tx = state.db.begin().await?;
    let placed = store::items(&mut tx, &tenant, id)
        .await?
        .iter()
        .any(|item| item.follow_up);
    if placed {
        return here.done("flash-saved", &format!("/meetings/{id}")).await;
    }
    let titles = (
        t(Lang::Fr, "agenda-follow-up"),
        t(Lang::Nl, "agenda-follow-up"),
    );
    let item = store::add_follow_up(&mut tx, &tenant, id, (&titles.0, &titles.1)).await?;
    commit_audited(
        tx,
        AuditEntry::new("agenda.item.added")
            .by(&user)
            .in_coordination(tenant.id())
            .on("agenda_item", item)
            .change(
                None,
                Some(serde_json::json!({ "meeting": id, "title_fr": titles.0, "title_nl": titles.1 })),
            ),
        &here.session,
        "flash-saved",
        &here.url(&format!("/meetings/{id}#item-{item}")),
    )
    .await
}
