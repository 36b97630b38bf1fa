//! Minutes: notes per agenda item, numbered decisions and actions with an owner and a due date,
//! each under the item it was decided at. A draft is sent to the participants for comments,
//! approved (usually at the next meeting: the decisions take effect then), then published to the
//! members as a page and a PDF, and emailed; a correction after publication is a new version, with
//! a notice to the same people.
//!
//! The whole page is one form — every item's notes, decisions and actions, and the step that moves
//! the minutes on — so no click loses what was typed.

mod changes;
pub mod owners;
mod steps;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use chrono::Utc;
use serde::Deserialize;
use tower_sessions::Session;

use super::store::agenda::{self, Item, ItemStatus};
use super::store::invitations::{attendees, Attendance, Attendee};
use super::store::minutes::{
    self as store, ActionRow, ActionStatus, Decision, InForce, NewDecision, OwnerChoice,
    ReplacedBy, Version,
};
use super::store::{self as meetings, Meeting, MinutesStatus};
use super::subjects;
use super::{managed, meeting_path, visible};
use crate::domain::Lang;
use crate::features::membership::store::bodies::Body;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::t_args;
use crate::platform::mail;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    Form, FormOnce, FormValues, Id, PageCtx,
};
use crate::platform::AppState;
use changes::{stored_owner, Changes, Stored};
pub use steps::pdf;
use steps::Step;

#[derive(Template)]
#[template(path = "features/meetings/minutes.html")]
struct MinutesPage {
    page: PageCtx,
    meeting: Meeting,
    body: Body,
    /// Each accepted item with its decisions and actions, then (without an item) those recorded
    /// before they belonged to one.
    sections: Vec<Section>,
    present: Vec<Attendee>,
    represented: Vec<Attendee>,
    excused: Vec<Attendee>,
    owners: Vec<OwnerChoice>,
    can_manage: bool,
    /// How many people each step emails: sending for comments, publishing (and correcting).
    reach: (usize, usize),
    versions: Vec<Version>,
    /// Messages about the meeting that could not be delivered (for those who manage it).
    undelivered: Vec<String>,
    /// The body's earlier decisions in force, which a new decision may replace (while editable).
    in_force: Vec<InForce>,
    /// The earlier decisions this meeting's replace, and the later ones that replaced them.
    replacements: (Vec<InForce>, Vec<ReplacedBy>),
    /// The form as posted, when it came back refused (empty otherwise).
    typed: FormValues,
    errors: FieldErrors,
}

/// An agenda item and what the minutes record under it.
struct Section {
    item: Option<Item>,
    decisions: Vec<Decision>,
    actions: Vec<ActionRow>,
}

impl Section {
    /// The number its fields carry: the item's, or 0.
    fn key(&self) -> i64 {
        self.item.as_ref().map_or(0, |i| i.id)
    }
}

impl MinutesPage {
    fn represented_line(&self, attendee: &Attendee) -> String {
        represented_line(attendee, self.page.lang)
    }

    /// The steps that email belong after the meeting's start.
    fn started(&self) -> bool {
        self.meeting.starts_at <= Utc::now()
    }

    fn editable(&self) -> bool {
        self.meeting.minutes_status.editable()
    }

    fn correctable(&self) -> bool {
        self.meeting.minutes_status == MinutesStatus::Published
    }

    /// A field's value: as typed when the form came back, else as stored.
    fn value(&self, name: &str, stored: &str) -> String {
        match self.typed.0.is_empty() {
            true => stored.to_string(),
            false => self.typed.get(name).to_string(),
        }
    }

    /// An item's notes fields: `(language, label, name, value)`.
    fn note_fields(&self, item: &Item) -> Vec<(&'static str, String, String, String)> {
        [("fr", &item.notes_fr), ("nl", &item.notes_nl)]
            .into_iter()
            .map(|(lang, stored)| {
                let name = format!("notes_{lang}_{}", item.id);
                let value = self.value(&name, stored);
                (
                    lang,
                    self.page.t(&format!("minutes-notes-{lang}")),
                    name,
                    value,
                )
            })
            .collect()
    }

    /// Whether a box was ticked in the form that came back.
    fn ticked(&self, name: &str) -> bool {
        self.typed.checked(name)
    }

    /// The action fields each section shows: its actions (`action_{id}`), then a new one
    /// (`new_action_{item}`).
    fn action_rows<'a>(&self, section: &'a Section) -> Vec<(String, Option<&'a ActionRow>)> {
        section
            .actions
            .iter()
            .map(|a| (format!("action_{}", a.id), Some(a)))
            .chain(std::iter::once((
                format!("new_action_{}", section.key()),
                None,
            )))
            .collect()
    }

    fn description(&self, prefix: &str, action: &Option<&ActionRow>) -> String {
        let stored = action.map(|a| a.description.as_str()).unwrap_or_default();
        self.value(&format!("{prefix}_description"), stored)
    }

    /// The people an action can be given to, after the choice of writing a name.
    fn owner_options(&self) -> Vec<(String, String)> {
        std::iter::once((String::new(), self.page.t("minutes-action-owner-other")))
            .chain(
                self.owners
                    .iter()
                    .map(|o| (o.email.clone(), format!("{} — {}", o.name, o.email))),
            )
            .collect()
    }

    /// The address chosen as an action's owner: as typed, else the stored owner's when they are
    /// among the people offered.
    fn owner_chosen(&self, prefix: &str, action: &Option<&ActionRow>) -> String {
        let stored = action
            .map(|a| stored_owner(a, &self.owners).email().to_string())
            .unwrap_or_default();
        self.value(&format!("{prefix}_owner"), &stored)
    }

    /// The owner written by name, when not chosen among the people.
    fn owner_named(&self, prefix: &str, action: &Option<&ActionRow>) -> String {
        let stored = match action {
            Some(a) if stored_owner(a, &self.owners).email().is_empty() => a.owner.clone(),
            _ => String::new(),
        };
        self.value(&format!("{prefix}_owner_name"), &stored)
    }

    fn due_on(&self, prefix: &str, action: &Option<&ActionRow>) -> String {
        let stored = action
            .and_then(|a| a.due_on)
            .map(|d| d.to_string())
            .unwrap_or_default();
        self.value(&format!("{prefix}_due_on"), &stored)
    }

    /// The steps the minutes can take now, each `(step, label, what it does, its button)`: the
    /// confirmation says how many people it emails.
    fn steps(&self) -> Vec<(&'static str, String, String, String)> {
        let page = &self.page;
        let step = |word: &'static str, confirm: String| {
            let label = page.t(&format!("minutes-{word}"));
            let button = page.t(&format!("minutes-{word}-button"));
            (word, label, confirm, button)
        };
        let subjects = self
            .sections
            .iter()
            .flat_map(|s| &s.decisions)
            .filter(|d| d.subject().is_some() && d.takes_effect_at.is_none())
            .count();
        let publish = || step("publish", page.tn("minutes-publish-confirm", self.reach.1));
        match self.meeting.minutes_status {
            // Not started: the first notes typed start the draft as the step saves them.
            MinutesStatus::NotStarted | MinutesStatus::Draft => {
                vec![step("send", page.tn("minutes-send-confirm", self.reach.0))]
            }
            MinutesStatus::Sent => vec![
                step("approve", page.tn("minutes-approve-confirm", subjects)),
                publish(),
            ],
            MinutesStatus::Approved => vec![publish()],
            MinutesStatus::Published => {
                vec![step(
                    "correct",
                    page.tn("minutes-correct-confirm", self.reach.1),
                )]
            }
        }
    }

    /// "No decision replaced", then the decisions in force a new one may replace.
    fn supersede_options(&self) -> Vec<(String, String)> {
        std::iter::once((
            String::new(),
            self.page.t("minutes-decision-supersedes-none"),
        ))
        .chain(self.in_force.iter().map(|d| {
            let mut text: String = d.text.chars().take(80).collect();
            if text.len() < d.text.len() {
                text.push('…');
            }
            (
                d.id.to_string(),
                format!("{} — {text}", self.decision_name(d.number, d.starts_at)),
            )
        }))
        .collect()
    }

    /// "Décision n° 2 du 12 mars 2026".
    fn decision_name(&self, number: i64, at: chrono::DateTime<Utc>) -> String {
        crate::platform::i18n::t_args(
            self.page.lang,
            "minutes-decision-of",
            &[
                ("number", &number.to_string()),
                ("date", &self.page.date(at)),
            ],
        )
    }

    /// What a decision replaces, or what replaced it: `(key, the other decision's name, its
    /// minutes)`.
    fn replacement_lines(&self, decision: &Decision) -> Vec<(&'static str, String, String)> {
        let minutes = |meeting: i64| self.page.chref(&format!("/meetings/{meeting}/minutes"));
        let replaced = self
            .replacements
            .0
            .iter()
            .filter(|d| decision.supersedes == Some(d.id))
            .map(|d| {
                (
                    "minutes-decision-replaces",
                    self.decision_name(d.number, d.starts_at),
                    minutes(d.meeting_id),
                )
            });
        let by = self
            .replacements
            .1
            .iter()
            .filter(|d| d.replaces == decision.id)
            .map(|d| {
                (
                    "minutes-decision-replaced-by",
                    self.decision_name(d.number, d.starts_at),
                    minutes(d.meeting_id),
                )
            });
        replaced.chain(by).collect()
    }

    /// The page of a decision's subject (a membership…), under the coordination.
    fn subject_href(&self, decision: &Decision) -> Option<String> {
        subjects::subject_path(decision).map(|path| self.page.chref(&path))
    }
}

pub(super) struct Minutes {
    meeting: Meeting,
    body: Body,
    items: Vec<Item>,
    /// Everyone on the sheet, then those present in person, represented, excused.
    everyone: Vec<Attendee>,
    present: Vec<Attendee>,
    represented: Vec<Attendee>,
    excused: Vec<Attendee>,
    decisions: Vec<Decision>,
    actions: Vec<ActionRow>,
}

impl Minutes {
    /// Whom a step emails: sent for comments to those who were there (in person or represented),
    /// published (and corrected) to everyone on the sheet — walk-ins who left an address included.
    fn recipients(&self, to: MinutesStatus) -> Vec<Attendee> {
        self.everyone
            .iter()
            .filter(|a| a.is_written_to())
            .filter(|a| match to {
                MinutesStatus::Sent => a.attendance.was_there(),
                MinutesStatus::Published => true,
                _ => false,
            })
            .cloned()
            .collect()
    }

    /// The minutes' parts in the order of the agenda: each item with its decisions and actions,
    /// then what belongs to no item (when there is any, or no item at all).
    fn sections(&self) -> Vec<Section> {
        let under = |item: Option<i64>| Section {
            item: None,
            decisions: self
                .decisions
                .iter()
                .filter(|d| d.item_id == item)
                .cloned()
                .collect(),
            actions: self
                .actions
                .iter()
                .filter(|a| a.item_id == item)
                .cloned()
                .collect(),
        };
        let mut sections: Vec<Section> = self
            .items
            .iter()
            .map(|item| Section {
                item: Some(item.clone()),
                ..under(Some(item.id))
            })
            .collect();
        let known = |id: Option<i64>| id.is_some_and(|id| self.items.iter().any(|i| i.id == id));
        let rest = Section {
            item: None,
            decisions: self
                .decisions
                .iter()
                .filter(|d| !known(d.item_id))
                .cloned()
                .collect(),
            actions: self
                .actions
                .iter()
                .filter(|a| !known(a.item_id))
                .cloned()
                .collect(),
        };
        if sections.is_empty() || !rest.decisions.is_empty() || !rest.actions.is_empty() {
            sections.push(rest);
        }
        sections
    }
}

pub(super) async fn load(
    db: &Db,
    tenant: &Tenant,
    meeting: Meeting,
    body: Body,
) -> Result<Minutes, AppError> {
    let everyone = attendees(db, tenant, meeting.id).await?;
    let marked = |mark: Attendance| -> Vec<Attendee> {
        everyone
            .iter()
            .filter(|a| a.attendance == mark)
            .cloned()
            .collect()
    };
    Ok(Minutes {
        items: agenda::items(db, tenant, meeting.id)
            .await?
            .into_iter()
            .filter(|i| i.status == ItemStatus::Accepted)
            .collect(),
        present: marked(Attendance::Present),
        represented: marked(Attendance::Represented),
        excused: marked(Attendance::Excused),
        everyone,
        decisions: store::decisions(db, tenant, meeting.id).await?,
        actions: store::actions(db, tenant, meeting.id).await?,
        meeting,
        body,
    })
}

/// An organisation represented, and by whom: `Maison des femmes, par Sara Ben`.
fn represented_line(attendee: &Attendee, lang: Lang) -> String {
    let organisation = attendee
        .organization
        .clone()
        .unwrap_or_else(|| attendee.shown_name(&lang));
    t_args(
        lang,
        "attendance-represented-line",
        &[
            ("organisation", &organisation),
            ("name", &attendee.representative),
        ],
    )
}

/// The minutes of a meeting, for those who may read them at their stage (see
/// `policy::meeting_read`); whether the reader manages them.
async fn readable(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
    id: i64,
) -> Result<(Tenant, Meeting, Body, bool), AppError> {
    let (tenant, meeting, body, read) = visible(db, user, coordination, id).await?;
    if !read.minutes {
        return Err(AppError::NotFound);
    }
    Ok((tenant, meeting, body, read.manages))
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let typed = (FormValues::default(), FieldErrors::default());
    render(&minutes_page(&state.db, page, (&user, &coordination), id, typed).await?)
}

async fn minutes_page(
    db: &Db,
    page: PageCtx,
    (user, coordination): (&CurrentUser, &Coordination),
    id: i64,
    (typed, errors): (FormValues, FieldErrors),
) -> Result<MinutesPage, AppError> {
    let (tenant, meeting, body, can_manage) = readable(db, user, coordination, id).await?;
    let (owners, undelivered) = match can_manage {
        true => (
            store::owner_choices(db, &tenant, id).await?,
            mail::undelivered_about(db, &tenant, ("meeting", Some(id))).await?,
        ),
        false => (Vec::new(), Vec::new()),
    };
    let versions = store::versions(db, &tenant, id).await?;
    let in_force = match can_manage && meeting.minutes_status.editable() {
        true => store::in_force(db, &tenant, (meeting.body_id, meeting.starts_at)).await?,
        false => Vec::new(),
    };
    let replacements = store::replacements(db, &tenant, id).await?;
    let m = load(db, &tenant, meeting, body).await?;
    let reach = (
        m.recipients(MinutesStatus::Sent).len(),
        m.recipients(MinutesStatus::Published).len(),
    );
    Ok(MinutesPage {
        page: page.with_coordination(coordination.as_ref()),
        sections: m.sections(),
        meeting: m.meeting,
        body: m.body,
        present: m.present,
        represented: m.represented,
        excused: m.excused,
        reach,
        owners,
        can_manage,
        versions,
        undelivered,
        in_force,
        replacements,
        typed,
        errors,
    })
}

fn minutes_path(page: &PageCtx, coordination: &Coordination, id: i64) -> String {
    format!("{}/minutes", meeting_path(page, coordination, id))
}

/// Saves the whole minutes form — notes, decisions, actions — then takes the step clicked, if any
/// (`step`: `send`, `approve`, `publish`, `correct`).
pub async fn save(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (tenant, meeting, body) = managed(&state.db, &user, &coordination, id).await?;
    let form = FormValues(pairs);
    let back = minutes_path(&page, &coordination, id);
    let step = match form.get("step") {
        "" => None,
        word => Some(Step::parse(word).ok_or(AppError::NotFound)?),
    };
    let owners = store::owner_choices(&state.db, &tenant, id).await?;
    let in_force =
        store::in_force(&state.db, &tenant, (meeting.body_id, meeting.starts_at)).await?;
    let m = load(&state.db, &tenant, meeting.clone(), body).await?;
    let stored = Stored {
        items: &m.items,
        decisions: &m.decisions,
        actions: &m.actions,
        owners: &owners,
        in_force: &in_force,
    };
    let mut read = changes::read(&form, &stored);
    let change_note = fields::optional(form.get("change_note"), limits::TEXT);
    if let Ok(changes) = &read {
        let mut errors = FieldErrors::default();
        match meeting.minutes_status {
            status if status.editable() => {}
            // Approved minutes hold what was approved; published ones are corrected in their
            // notes, as a new version that says what changed.
            MinutesStatus::Published if !changes.beyond_notes() => {
                if !changes.is_empty() && step != Some(Step::Correct) {
                    errors.add("change_note", "error-correction-step");
                }
            }
            _ if changes.is_empty() => {}
            _ => errors.add("change_note", "error-minutes-closed"),
        }
        match (&change_note, step) {
            (Err(key), _) => errors.add("change_note", key),
            (Ok(note), Some(Step::Correct)) if note.is_empty() => {
                errors.add("change_note", "error-required")
            }
            _ => {}
        }
        if !errors.is_empty() {
            read = Err(errors);
        }
    }
    let changes = match read {
        Ok(changes) => changes,
        Err(errors) => {
            let reader = (&user, &coordination);
            let page = minutes_page(&state.db, page, reader, id, (form, errors)).await?;
            return render_invalid(&page);
        }
    };
    if !changes.is_empty() {
        let mut tx = match once.begin(&state.db).await? {
            Ok(tx) => tx,
            Err(first_answer) => return Ok(first_answer),
        };
        let told = write(&mut tx, &tenant, &meeting, (&changes, &m.actions)).await?;
        once.answer(&mut tx, &back, "flash-saved").await?;
        crate::platform::audit::record(
            &mut tx,
            AuditEntry::new("minutes.saved")
                .by(&user)
                .in_coordination(tenant.id())
                .on("meeting", id)
                .change(
                    None,
                    Some(serde_json::json!({
                        "notes": changes.notes.len(),
                        "decisions": { "new": changes.new_decisions.len(), "changed": changes.decisions.len(), "removed": changes.removed_decisions.len() },
                        "actions": { "new": changes.new_actions.len(), "changed": changes.actions.len(), "removed": changes.removed_actions.len() },
                        "owners_told": told,
                    })),
                ),
        )
        .await?;
        tx.commit().await?;
    }
    match step {
        Some(step) => {
            let note = change_note.unwrap_or_default();
            steps::take(
                &state,
                once.session(),
                (&user, &coordination, &tenant),
                id,
                (step, &note),
                &back,
            )
            .await
        }
        None => redirect_with_flash(once.session(), FlashKind::Success, "flash-saved", &back).await,
    }
}

/// Writes the changes in `tx` (`stored`: the actions as the form was read against); returns how
/// many owners were told of an action given to them.
async fn write(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting: &Meeting,
    (changes, stored): (&Changes, &[ActionRow]),
) -> Result<usize, AppError> {
    let id = meeting.id;
    for (item, fr, nl) in &changes.notes {
        agenda::set_notes(tx, tenant, (id, *item), (fr, nl)).await?;
    }
    for decision in &changes.removed_decisions {
        store::remove_decision(tx, tenant, (id, *decision)).await?;
    }
    for (decision, text) in &changes.decisions {
        store::set_decision_text(tx, tenant, (id, *decision), text).await?;
    }
    for (item_id, text, supersedes) in &changes.new_decisions {
        let new = NewDecision {
            item_id: *item_id,
            text,
            supersedes: *supersedes,
            ..NewDecision::default()
        };
        store::add_decision(tx, tenant, id, &new).await?;
    }
    for action in &changes.removed_actions {
        store::remove_action(tx, tenant, (id, *action)).await?;
    }
    let mut told = 0;
    for (action, now) in &changes.actions {
        store::update_action(tx, tenant, (id, *action), now).await?;
        let before = stored.iter().find(|a| a.id == *action);
        let new_owner =
            before.is_some_and(|b| !b.owner_email.eq_ignore_ascii_case(now.owner.email()));
        if new_owner && owners::tell(tx, tenant, meeting, now).await? {
            told += 1;
        }
    }
    for new in &changes.new_actions {
        store::add_action(tx, tenant, (id, meeting.body_id), new).await?;
        if owners::tell(tx, tenant, meeting, new).await? {
            told += 1;
        }
    }
    // The first note, decision or action starts the minutes' draft; a concurrent first change may
    // have started it already: either way, it is a draft.
    if !meeting.minutes_status.started() {
        let from_to = (MinutesStatus::NotStarted, MinutesStatus::Draft);
        meetings::set_minutes_status(tx, tenant, id, from_to).await?;
    }
    Ok(told)
}

#[derive(Debug, Deserialize)]
pub struct ActionStatusForm {
    status: String,
}

/// Marks an action done or dropped (it leaves the follow-up of later agendas), or open again.
pub async fn update_action(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(form): Form<ActionStatusForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let status = ActionStatus::parse(&form.status).map_err(AppError::BadRequest)?;
    let mut tx = state.db.begin().await?;
    let meeting_id = store::set_action_status(&mut tx, &tenant, id, status).await?;
    let meeting_id = meeting_id.ok_or(AppError::NotFound)?;
    commit_audited(
        tx,
        AuditEntry::new("minutes.action.status")
            .by(&user)
            .in_coordination(tenant.id())
            .on("action", id)
            .change(None, Some(serde_json::json!({ "status": status }))),
        &session,
        "flash-saved",
        &meeting_path(&page, &coordination, meeting_id),
    )
    .await
}
