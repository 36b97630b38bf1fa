//! From signal to action: the coordinator groups signals into a need, puts it on a meeting's
//! agenda, gives it to a working group and later links the advice or project that answers it.
//! Its status goes observed → discussed → in action → answered, and every step is in its history.
//! Members read needs and their history; the signals behind them stay with the coordinators.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use axum::Form;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use super::signals::all_page;
use super::{load_signals, Labels, Signal, SignalFilter, NEED_STATUSES};
use crate::domain::AnonymousText;
use crate::features::meetings::store::agenda::{self, ItemKind, NewItem};
use crate::features::meetings::store::{self as meetings, Meeting, MeetingStatus};
use crate::features::membership::store::bodies::{bodies, Body};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, AppError, FieldErrors, FlashKind, FormValues,
    PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

#[derive(Clone, Debug, serde::Serialize, sqlx::FromRow)]
pub struct NeedSummary {
    pub id: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub status: String,
    pub signals: i64,
    pub people: i64,
}

impl NeedSummary {
    pub fn title(&self, lang: impl crate::platform::web::Val<crate::domain::Lang>) -> &str {
        lang.val().pick(&self.title_fr, &self.title_nl)
    }

    pub fn status_key(&self) -> String {
        format!("need-status-{}", self.status)
    }
}

pub async fn summaries(db: &Db, coordination_id: i64) -> Result<Vec<NeedSummary>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
        "SELECT n.id, n.title_fr, n.title_nl, n.status, COUNT(s.id) AS signals, CAST(COALESCE(SUM(s.people_count), 0) AS BIGINT) AS people \
         FROM needs n LEFT JOIN signals s ON s.need_id = n.id WHERE n.coordination_id = $1 \
         GROUP BY n.id, n.title_fr, n.title_nl, n.status, n.updated_at ORDER BY n.updated_at DESC"
    )
    .bind(coordination_id)
    .fetch_all(p)
    .await
    })
}

async fn record_event(
    tx: &mut Tx,
    tenant: &Tenant,
    need_id: i64,
    user: &CurrentUser,
    event: &str,
    detail: &str,
) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    with_tx!(&mut *tx, |c| {
        sqlx::query(
        "INSERT INTO need_events (coordination_id, need_id, event, detail, actor_user_id, at) VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(tenant.id())
    .bind(need_id)
    .bind(event)
    .bind(detail)
    .bind(user.id)
    .bind(now)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    with_tx!(&mut *tx, |c| sqlx::query(
        "UPDATE needs SET updated_at = $1 WHERE id = $2"
    )
    .bind(now)
    .bind(need_id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Groups the signals ticked on the signals page into a new need, or adds them to an existing one.
pub async fn create(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let form = FormValues(pairs);
    let ids: Vec<i64> = form
        .all("signal")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    let existing: Option<i64> = form.get("need_id").parse().ok();
    let (title_fr, title_nl) = (form.text("title_fr"), form.text("title_nl"));
    let mut errors = FieldErrors::default();
    if ids.is_empty() {
        errors.add("signal", "error-need-signals");
    }
    for (field, text) in [("title_fr", &title_fr), ("title_nl", &title_nl)] {
        if let Err(key) = AnonymousText::parse(text) {
            errors.add(field, key);
        }
    }
    let description = form.text("description");
    if let Err(key) = AnonymousText::parse(&description) {
        errors.add("description", key);
    }
    let known = summaries(&state.db, tenant.id()).await?;
    match existing {
        Some(id) if !known.iter().any(|n| n.id == id) => {
            errors.add("need_id", "error-choice-invalid")
        }
        None if title_fr.is_empty() && title_nl.is_empty() => {
            errors.add("title_fr", "error-one-language-required")
        }
        _ => {}
    }
    if !errors.is_empty() {
        let kind = form.get("kind").to_string();
        let view = all_page(
            &state.db,
            page,
            &coordination,
            &tenant,
            &kind,
            None,
            form,
            errors,
        )
        .await?;
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
    }
    let mut tx = state.db.begin().await?;
    let need_id = match existing {
        Some(id) => id,
        None => {
            let now = Utc::now();
            with_tx!(&mut tx, |c| {
                sqlx::query_scalar(
                "INSERT INTO needs (coordination_id, title_fr, title_nl, description, status, body_id, agenda_item_id, response, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, 'observed', NULL, NULL, '', $5, $5) RETURNING id"
            )
            .bind(tenant.id())
            .bind(if title_fr.is_empty() { &title_nl } else { &title_fr })
            .bind(if title_nl.is_empty() { &title_fr } else { &title_nl })
            .bind(&description)
            .bind(now)
            .fetch_one(c)
            .await
            })?
        }
    };
    let mut grouped = 0;
    for id in &ids {
        grouped += with_tx!(&mut tx, |c| sqlx::query(
            "UPDATE signals SET need_id = $1 WHERE id = $2 AND coordination_id = $3"
        )
        .bind(need_id)
        .bind(id)
        .bind(tenant.id())
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    }
    record_event(
        &mut tx,
        &tenant,
        need_id,
        &user,
        if existing.is_some() {
            "signals-added"
        } else {
            "created"
        },
        &grouped.to_string(),
    )
    .await?;
    commit_audited(
        tx,
        AuditEntry::new("observatory.need.grouped")
            .by(&user)
            .in_coordination(tenant.id())
            .on("need", need_id)
            .change(None, Some(serde_json::json!({ "signals": ids }))),
        &session,
        "flash-need-saved",
        &need_path(&page, &coordination.slug, need_id),
    )
    .await
}

fn need_path(page: &PageCtx, slug: &str, id: i64) -> String {
    format!("/{}/{slug}/observatory/needs/{id}", page.lang.code())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Need {
    pub id: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub description: String,
    pub status: String,
    pub body_id: Option<i64>,
    pub agenda_item_id: Option<i64>,
    pub response: String,
}

impl Need {
    pub fn title(&self, lang: impl crate::platform::web::Val<crate::domain::Lang>) -> &str {
        lang.val().pick(&self.title_fr, &self.title_nl)
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NeedEvent {
    pub event: String,
    pub detail: String,
    pub actor: Option<String>,
    pub at: DateTime<Utc>,
}

#[derive(Template)]
#[template(path = "features/observatory/need.html")]
struct NeedPage {
    page: PageCtx,
    need: Need,
    events: Vec<NeedEvent>,
    signals: Vec<Signal>,
    labels: Labels,
    can_manage: bool,
    groups: Vec<Body>,
    meetings: Vec<Meeting>,
    agenda: Option<(i64, String)>,
}

impl NeedPage {
    fn group_name(&self) -> Option<String> {
        let id = self.need.body_id?;
        self.groups
            .iter()
            .find(|b| b.id == id)
            .map(|b| self.page.lang.pick(&b.name_fr, &b.name_nl).to_string())
    }
}

async fn find(db: &Db, coordination_id: i64, id: i64) -> Result<Option<Need>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
        "SELECT id, title_fr, title_nl, description, status, body_id, agenda_item_id, response FROM needs WHERE id = $1 AND coordination_id = $2"
    )
    .bind(id)
    .bind(coordination_id)
    .fetch_optional(p)
    .await
    })
}

/// A need and its history (everyone with a role); its signals and the controls for coordinators.
pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let need = find(&state.db, tenant.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let can_manage = policy::allows(
        Some(&user),
        Action::ManageObservatory,
        Some(coordination.id),
    );
    let events: Vec<NeedEvent> = with_db!(&state.db, |p| {
        sqlx::query_as(
        "SELECT e.event, e.detail, u.display_name AS actor, e.at FROM need_events e LEFT JOIN users u ON u.id = e.actor_user_id \
         WHERE e.need_id = $1 AND e.coordination_id = $2 ORDER BY e.at, e.id"
    )
    .bind(id)
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    let signals = if can_manage {
        let filter = SignalFilter {
            need: Some(id),
            ..SignalFilter::default()
        };
        load_signals(&state.db, tenant.id(), filter, 1000, 0).await?
    } else {
        Vec::new()
    };
    let meetings: Vec<Meeting> = meetings::upcoming(&state.db, &tenant).await?;
    let agenda: Option<(i64, String)> = match need.agenda_item_id {
        Some(item) => with_db!(&state.db, |p| {
            sqlx::query_as(
            "SELECT m.id, m.title_fr FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = $1 AND i.coordination_id = $2"
        )
        .bind(item)
        .bind(tenant.id())
        .fetch_optional(p)
        .await
        })?,
        None => None,
    };
    render(&NeedPage {
        labels: Labels::load(&state.db, Some(&coordination)).await?,
        groups: bodies(&state.db, &tenant)
            .await?
            .into_iter()
            .filter(|b| b.kind != "plenary")
            .collect(),
        page: page.with_coordination(coordination.as_ref()),
        need,
        events,
        signals,
        can_manage,
        meetings,
        agenda,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct UpdateForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    body_id: String,
    #[serde(default)]
    response: String,
}

/// Moves the need on: its status, the working group in charge, the answer.
pub async fn update(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(form): Form<UpdateForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let need = find(&state.db, tenant.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = need_path(&page, &coordination.slug, id);
    let groups = bodies(&state.db, &tenant).await?;
    let body_id: Option<i64> = form.body_id.parse().ok();
    if !NEED_STATUSES.contains(&form.status.as_str())
        || body_id.is_some_and(|b| !groups.iter().any(|g| g.id == b))
    {
        return redirect_with_flash(&session, FlashKind::Error, "error-choice-invalid", &back)
            .await;
    }
    let response = form.response.trim().chars().take(2000).collect::<String>();
    if AnonymousText::parse(&response).is_err() {
        return redirect_with_flash(
            &session,
            FlashKind::Error,
            "error-need-personal-data",
            &back,
        )
        .await;
    }
    let mut tx = state.db.begin().await?;
    with_tx!(&mut tx, |c| {
        sqlx::query(
        "UPDATE needs SET status = $1, body_id = $2, response = $3 WHERE id = $4 AND coordination_id = $5"
    )
    .bind(&form.status)
    .bind(body_id)
    .bind(&response)
    .bind(id)
    .bind(tenant.id())
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    if need.status != form.status {
        record_event(&mut tx, &tenant, id, &user, "status", &form.status).await?;
    }
    if need.body_id != body_id {
        let name = groups
            .iter()
            .find(|g| Some(g.id) == body_id)
            .map(|g| format!("{} / {}", g.name_fr, g.name_nl))
            .unwrap_or_default();
        record_event(&mut tx, &tenant, id, &user, "group", &name).await?;
    }
    if need.response != response {
        record_event(&mut tx, &tenant, id, &user, "response", &response).await?;
    }
    commit_audited(
        tx,
        AuditEntry::new("observatory.need.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("need", id)
            .change(
                Some(serde_json::json!({ "status": need.status, "body": need.body_id, "response": need.response })),
                Some(serde_json::json!({ "status": form.status, "body": body_id, "response": response })),
            ),
        &session,
        "flash-need-saved",
        &back,
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct AgendaForm {
    #[serde(default)]
    meeting_id: String,
}

/// Puts the need on a coming meeting's agenda, as an accepted discussion item.
pub async fn put_on_agenda(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(form): Form<AgendaForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let need = find(&state.db, tenant.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = need_path(&page, &coordination.slug, id);
    let meeting_id: Option<i64> = form.meeting_id.parse().ok();
    let meeting = match meeting_id {
        Some(m) => meetings::meeting(&state.db, &tenant, m).await?,
        None => None,
    };
    let Some(meeting) =
        meeting.filter(|m| m.status != MeetingStatus::Cancelled && m.starts_at > Utc::now())
    else {
        return redirect_with_flash(&session, FlashKind::Error, "error-choice-invalid", &back)
            .await;
    };
    let mut tx = state.db.begin().await?;
    // A need goes on the agenda as a discussion of twenty minutes, its description as the item's.
    let discussion = NewItem {
        title_fr: &need.title_fr,
        title_nl: &need.title_nl,
        description_fr: &need.description,
        description_nl: "",
        kind: ItemKind::Discussion,
        duration: 20,
        presenter: "",
    };
    let item = agenda::add_item(&mut tx, &tenant, meeting.id, &discussion, None).await?;
    with_tx!(&mut tx, |c| sqlx::query(
        "UPDATE needs SET agenda_item_id = $1 WHERE id = $2"
    )
    .bind(item)
    .bind(id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    record_event(
        &mut tx,
        &tenant,
        id,
        &user,
        "agenda",
        &format!("{} / {}", meeting.title_fr, meeting.title_nl),
    )
    .await?;
    commit_audited(
        tx,
        AuditEntry::new("observatory.need.on_agenda")
            .by(&user)
            .in_coordination(tenant.id())
            .on("need", id)
            .change(
                None,
                Some(serde_json::json!({ "meeting": meeting.id, "item": item })),
            ),
        &session,
        "flash-need-on-agenda",
        &back,
    )
    .await
}
