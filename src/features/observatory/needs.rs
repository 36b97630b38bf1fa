//! From signal to action: the coordinator groups signals into a need, puts it on a meeting's
//! agenda, gives it to a working group and later links the advice or project that answers it.
//! Its status goes observed → discussed → in action → answered, and every step is in its history.
//! Members read needs and their history; the signals behind them stay with the coordinators.

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;

use super::signals::{all_page, AllQuery};
use super::store::needs::{
    self as store, summaries, Need, NeedChange, NeedEvent, NeedEventKind, NeedStatus,
};
use super::store::{self as signals, Signal, SignalFilter};
use super::Labels;
use crate::domain::AnonymousText;
use crate::features::meetings::store::agenda::{self, ItemKind, NewItem};
use crate::features::meetings::store::{self as meetings, Meeting, MeetingStatus};
use crate::features::membership::store::bodies::{bodies, Body};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::i18n::t;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::Id;
use crate::platform::web::{
    commit_audited_once, redirect_with_flash, render, render_invalid, AppError, FieldErrors,
    FlashKind, FormOnce, FormValues, PageCtx,
};
use crate::platform::AppState;

/// Groups the signals ticked on the signals page into a new need, or adds them to an existing one.
pub async fn create(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    once: FormOnce,
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
    let mut errors = FieldErrors::default();
    if ids.is_empty() {
        errors.add("signal", "error-need-signals");
    }
    let anonymous = |field: &str, max: usize| {
        fields::optional(form.get(field), max).and_then(|text| {
            AnonymousText::parse(&text)?;
            Ok(text)
        })
    };
    let title_fr = errors
        .check("title_fr", anonymous("title_fr", limits::NAME))
        .unwrap_or_default();
    let title_nl = errors
        .check("title_nl", anonymous("title_nl", limits::NAME))
        .unwrap_or_default();
    let description = errors
        .check("description", anonymous("description", limits::TEXT))
        .unwrap_or_default();
    let known = summaries(&state.db, &tenant).await?;
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
        let query = AllQuery::of_kind(form.get("kind"));
        let scope = (&coordination, &tenant);
        let view = all_page(&state.db, page, scope, &query, form, errors).await?;
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
    }
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let need_id = match existing {
        Some(id) => id,
        // A title in one language only stands for both.
        None => {
            let fr = if title_fr.is_empty() {
                &title_nl
            } else {
                &title_fr
            };
            let nl = if title_nl.is_empty() {
                &title_fr
            } else {
                &title_nl
            };
            store::create(&mut tx, &tenant, (fr, nl), &description).await?
        }
    };
    let grouped = signals::group_under(&mut tx, &tenant, need_id, &ids).await?;
    let event = if existing.is_some() {
        NeedEventKind::SignalsAdded
    } else {
        NeedEventKind::Created
    };
    store::record_event(
        &mut tx,
        &tenant,
        need_id,
        (user.id, event),
        &grouped.to_string(),
    )
    .await?;
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("observatory.need.grouped")
            .by(&user)
            .in_coordination(tenant.id())
            .on("need", need_id)
            .change(None, Some(serde_json::json!({ "signals": ids }))),
        "flash-need-saved",
        &need_path(&page, &coordination.slug, need_id),
    )
    .await
}

fn need_path(page: &PageCtx, slug: &str, id: i64) -> String {
    format!("/{}/{slug}/observatory/needs/{id}", page.lang.code())
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
    /// The follow-up form as typed, when it comes back with errors.
    typed: Option<UpdateForm>,
    errors: FieldErrors,
}

impl NeedPage {
    fn group_name(&self) -> Option<String> {
        let id = self.need.body_id?;
        self.groups
            .iter()
            .find(|b| b.id == id)
            .map(|b| self.page.lang.pick(&b.name_fr, &b.name_nl).to_string())
    }

    /// What an entry of the history says: a status by its name, anything else as written.
    fn event_detail(&self, event: &NeedEvent) -> String {
        match (event.event, NeedStatus::parse(&event.detail)) {
            (NeedEventKind::Status, Ok(status)) => t(self.page.lang, status.label_key()),
            _ => event.detail.clone(),
        }
    }

    /// The answer the form shows: as typed when it came back, else as stored.
    fn response_value(&self) -> &str {
        self.typed
            .as_ref()
            .map_or(&self.need.response, |typed| &typed.response)
    }

    /// The version the form is shown from: the need as it is now (a form that came back because
    /// of someone else's change is then saved over that change only if sent again).
    fn version(&self) -> String {
        self.need.version()
    }

    /// The status chosen: as typed when the form came back, else the need's.
    fn status_value(&self) -> &str {
        self.typed
            .as_ref()
            .map_or(self.need.status.as_str(), |typed| typed.status.as_str())
    }

    /// The working group chosen (its id, or empty): as typed, else the need's.
    fn body_value(&self) -> String {
        match &self.typed {
            Some(typed) => typed.body_id.trim().to_string(),
            None => self.need.body_id.map(|b| b.to_string()).unwrap_or_default(),
        }
    }
}

/// A need and its history (everyone with a role); its signals and the controls for coordinators.
pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let view = need_page(&state, page, (&user, &coordination, &tenant), id, None).await?;
    render(&view)
}

async fn need_page(
    state: &AppState,
    page: PageCtx,
    (user, coordination, tenant): (&CurrentUser, &Coordination, &Tenant),
    id: i64,
    typed: Option<(UpdateForm, FieldErrors)>,
) -> Result<NeedPage, AppError> {
    let need = store::need(&state.db, tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let can_manage = policy::allows(Some(user), Action::ManageObservatory, Some(coordination.id));
    let events = store::history(&state.db, tenant, id).await?;
    let signals = if can_manage {
        let filter = SignalFilter {
            need: Some(id),
            ..SignalFilter::default()
        };
        signals::signals(&state.db, tenant, filter, (1000, 0)).await?
    } else {
        Vec::new()
    };
    let meetings: Vec<Meeting> = meetings::upcoming(&state.db, tenant).await?;
    let agenda = match need.agenda_item_id {
        Some(item) => agenda::meeting_of_item(&state.db, tenant, item).await?,
        None => None,
    };
    let (typed, errors) = match typed {
        Some((form, errors)) => (Some(form), errors),
        None => (None, FieldErrors::default()),
    };
    Ok(NeedPage {
        labels: Labels::load(&state.db, Some(coordination)).await?,
        groups: bodies(&state.db, tenant)
            .await?
            .into_iter()
            .filter(|b| !b.is_plenary())
            .collect(),
        page: page.with_coordination(coordination.as_ref()),
        need,
        events,
        signals,
        can_manage,
        meetings,
        agenda,
        typed,
        errors,
    })
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct UpdateForm {
    /// `Need::version` of the need the form was shown from.
    #[serde(default)]
    version: String,
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
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
    Form(form): Form<UpdateForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let need = store::need(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = need_path(&page, &coordination.slug, id);
    let groups = bodies(&state.db, &tenant).await?;
    let mut errors = FieldErrors::default();
    let status = errors.check("status", NeedStatus::parse(&form.status));
    let body_id: Option<i64> = match form.body_id.trim() {
        "" => None,
        typed => {
            let known = typed
                .parse()
                .ok()
                .filter(|b| groups.iter().any(|g| g.id == *b));
            if known.is_none() {
                errors.add("body_id", "error-choice-invalid");
            }
            known
        }
    };
    let response = fields::optional(&form.response, limits::TEXT).and_then(|text| {
        AnonymousText::parse(&text).map_err(|_| "error-need-personal-data")?;
        Ok(text)
    });
    let response = errors.check("response", response);
    // A post that does not say what it was shown from (a script) is taken as it is.
    if !form.version.is_empty() && form.version != need.version() {
        errors.add("status", "error-changed-meanwhile");
    }
    let scope = (&user, &coordination, &tenant);
    let (Some(status), Some(response), true) = (status, response, errors.is_empty()) else {
        let view = need_page(&state, page, scope, id, Some((form, errors))).await?;
        return render_invalid(&view);
    };
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let change = NeedChange {
        status,
        body_id,
        response: &response,
    };
    if store::update(&mut tx, &tenant, &need, &change).await? == 0 {
        // Changed by someone else since this page was read: show it as it is now, with the
        // change typed still in the form.
        tx.rollback().await?;
        errors.add("status", "error-changed-meanwhile");
        let view = need_page(&state, page, scope, id, Some((form, errors))).await?;
        return render_invalid(&view);
    }
    let event = |kind| (user.id, kind);
    if need.status != status {
        let detail = status.as_str();
        store::record_event(&mut tx, &tenant, id, event(NeedEventKind::Status), detail).await?;
    }
    if need.body_id != body_id {
        let name = groups
            .iter()
            .find(|g| Some(g.id) == body_id)
            .map(|g| format!("{} / {}", g.name_fr, g.name_nl))
            .unwrap_or_default();
        store::record_event(&mut tx, &tenant, id, event(NeedEventKind::Group), &name).await?;
    }
    if need.response != response {
        let kind = event(NeedEventKind::Response);
        store::record_event(&mut tx, &tenant, id, kind, &response).await?;
    }
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("observatory.need.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("need", id)
            .change(
                Some(serde_json::json!({ "status": need.status, "body": need.body_id, "response": need.response })),
                Some(serde_json::json!({ "status": status, "body": body_id, "response": response })),
            ),
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
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
    Form(form): Form<AgendaForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let need = store::need(&state.db, &tenant, id)
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
        return redirect_with_flash(
            once.session(),
            FlashKind::Error,
            "error-choice-invalid",
            &back,
        )
        .await;
    };
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
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
    store::set_agenda_item(&mut tx, &tenant, id, item).await?;
    store::record_event(
        &mut tx,
        &tenant,
        id,
        (user.id, NeedEventKind::Agenda),
        &format!("{} / {}", meeting.title_fr, meeting.title_nl),
    )
    .await?;
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("observatory.need.on_agenda")
            .by(&user)
            .in_coordination(tenant.id())
            .on("need", id)
            .change(
                None,
                Some(serde_json::json!({ "meeting": meeting.id, "item": item })),
            ),
        "flash-need-on-agenda",
        &back,
    )
    .await
}
