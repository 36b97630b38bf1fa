//! Minutes: notes per agenda item, numbered decisions, actions with an owner and a due date. A
//! draft is sent to the participants for comments, approved (usually at the next meeting), then
//! published to the members as a page and a PDF, and emailed.

use crate::platform::mail::Block;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use base64::Engine;
use chrono::Utc;
use serde::Deserialize;
use tower_sessions::Session;

use super::store::agenda::{self, Item, ItemStatus};
use super::store::invitations::{attendees, Attendance, Attendee};
use super::store::minutes::{self as store, ActionRow, ActionStatus, Decision, NewAction};
use super::store::{self as meetings, Meeting, MinutesStatus};
use super::{managed, meeting_path, visible};
use crate::domain::Lang;
use crate::features::membership::store::bodies::Body;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::export::download;
use crate::platform::i18n::{format_datetime, t, t_args};
use crate::platform::mail::{self, Attachment, Letter};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{
    commit_audited, commit_audited_once, redirect_with_count, redirect_with_flash, render,
    render_invalid, AppError, FieldErrors, FlashKind, FormOnce, FormValues, PageCtx,
};
use crate::platform::web::{Id, IdWord};
use crate::platform::AppState;

#[derive(Template)]
#[template(path = "features/meetings/minutes.html")]
struct MinutesPage {
    page: PageCtx,
    meeting: Meeting,
    body: Body,
    items: Vec<Item>,
    present: Vec<Attendee>,
    represented: Vec<Attendee>,
    excused: Vec<Attendee>,
    decisions: Vec<Decision>,
    actions: Vec<ActionRow>,
    can_manage: bool,
    /// How many people each step emails: sending for comments, publishing.
    reach: (usize, usize),
    typed: Typed,
}

/// A form of the minutes page that came back refused, with what was typed.
enum Typed {
    Nothing,
    /// Every item's notes as posted, and the items whose notes are too long.
    Notes(FormValues, Vec<i64>),
    Decision(String, FieldErrors),
    Action(ActionForm, FieldErrors),
}

impl MinutesPage {
    fn represented_line(&self, attendee: &Attendee) -> String {
        represented_line(attendee, self.page.lang)
    }

    /// The steps that email belong after the meeting's start.
    fn started(&self) -> bool {
        self.meeting.starts_at <= Utc::now()
    }

    fn step_url(&self, step: &str) -> String {
        self.page
            .chref(&format!("/meetings/{}/minutes/{step}", self.meeting.id))
    }

    /// An item's notes in one language (`fr` or `nl`): as typed when they came back, else as
    /// stored.
    fn notes(&self, item: &Item, lang: &str) -> String {
        match &self.typed {
            Typed::Notes(form, _) => form.get(&format!("notes_{lang}_{}", item.id)).to_string(),
            _ if lang == "nl" => item.notes_nl.clone(),
            _ => item.notes_fr.clone(),
        }
    }

    /// Whether the item's notes came back too long.
    fn notes_refused(&self, item: &Item) -> bool {
        matches!(&self.typed, Typed::Notes(_, refused) if refused.contains(&item.id))
    }

    fn decision_form(&self) -> (&str, FieldErrors) {
        match &self.typed {
            Typed::Decision(text, errors) => (text, errors.clone()),
            _ => ("", FieldErrors::default()),
        }
    }

    fn action_form(&self) -> (ActionForm, FieldErrors) {
        match &self.typed {
            Typed::Action(form, errors) => (form.clone(), errors.clone()),
            _ => (ActionForm::default(), FieldErrors::default()),
        }
    }
}

struct Minutes {
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
    /// published to everyone on the sheet — walk-ins who left an address included.
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
}

async fn load(db: &Db, tenant: &Tenant, meeting: Meeting, body: Body) -> Result<Minutes, AppError> {
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
    render(&minutes_page(&state.db, page, (&user, &coordination), id, Typed::Nothing).await?)
}

async fn minutes_page(
    db: &Db,
    page: PageCtx,
    (user, coordination): (&CurrentUser, &Coordination),
    id: i64,
    typed: Typed,
) -> Result<MinutesPage, AppError> {
    let (tenant, meeting, body, can_manage) = readable(db, user, coordination, id).await?;
    let m = load(db, &tenant, meeting, body).await?;
    let reach = (
        m.recipients(MinutesStatus::Sent).len(),
        m.recipients(MinutesStatus::Published).len(),
    );
    Ok(MinutesPage {
        page: page.with_coordination(coordination.as_ref()),
        meeting: m.meeting,
        body: m.body,
        items: m.items,
        present: m.present,
        represented: m.represented,
        excused: m.excused,
        reach,
        decisions: m.decisions,
        actions: m.actions,
        can_manage,
        typed,
    })
}

/// The minutes page again with 422 and the refused form as typed.
async fn refused(
    db: &Db,
    page: PageCtx,
    reader: (&CurrentUser, &Coordination),
    id: i64,
    typed: Typed,
) -> Result<Response, AppError> {
    render_invalid(&minutes_page(db, page, reader, id, typed).await?)
}

fn minutes_path(page: &PageCtx, coordination: &Coordination, id: i64) -> String {
    format!("{}/minutes", meeting_path(page, coordination, id))
}

/// Saves the notes of every item (`notes_fr_{id}`, `notes_nl_{id}`) and starts the draft.
pub async fn save_notes(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (tenant, meeting, _) = managed(&state.db, &user, &coordination, id).await?;
    let form = FormValues(pairs);
    let items = agenda::items(&state.db, &tenant, id).await?;
    let mut notes = Vec::new();
    let mut refused_items = Vec::new();
    for item in &items {
        let typed = |lang: &str| form.get(&format!("notes_{lang}_{}", item.id)).to_string();
        match fields::bilingual(&typed("fr"), &typed("nl"), limits::PAGE, false) {
            Ok(pair) => notes.push((item, pair)),
            Err(_) => refused_items.push(item.id),
        }
    }
    if !refused_items.is_empty() {
        let typed = Typed::Notes(form, refused_items);
        return refused(&state.db, page, (&user, &coordination), id, typed).await;
    }
    let mut tx = state.db.begin().await?;
    for (item, (fr, nl)) in notes {
        if fr == item.notes_fr && nl == item.notes_nl {
            continue;
        }
        agenda::set_notes(&mut tx, &tenant, (id, item.id), (&fr, &nl)).await?;
    }
    start(&mut tx, &tenant, &meeting).await?;
    commit_audited(
        tx,
        AuditEntry::new("minutes.notes")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id),
        &session,
        "flash-saved",
        &minutes_path(&page, &coordination, id),
    )
    .await
}

/// The first note, decision or action starts the minutes' draft.
async fn start(tx: &mut Tx, tenant: &Tenant, meeting: &Meeting) -> Result<(), AppError> {
    if !meeting.minutes_status.started() {
        // A concurrent first note may have started it already: either way, it is a draft.
        let from_to = (MinutesStatus::NotStarted, MinutesStatus::Draft);
        meetings::set_minutes_status(tx, tenant, meeting.id, from_to).await?;
    }
    Ok(())
}

#[derive(Debug, Default, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    text: String,
}

/// Records a decision with the next number of the meeting (the number is unique per meeting, so
/// two coordinators recording at once cannot get the same one).
pub async fn add_decision(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let (tenant, meeting, _) = managed(&state.db, &user, &coordination, id).await?;
    let back = minutes_path(&page, &coordination, id);
    let mut errors = FieldErrors::default();
    let Some(text) = errors.check("text", fields::required(&form.text, limits::TEXT)) else {
        let typed = Typed::Decision(form.text, errors);
        return refused(&state.db, page, (&user, &coordination), id, typed).await;
    };
    let text = text.as_str();
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let number = store::add_decision(&mut tx, &tenant, id, text).await?;
    start(&mut tx, &tenant, &meeting).await?;
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("minutes.decision")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(
                None,
                Some(serde_json::json!({ "number": number, "text": text })),
            ),
        "flash-saved",
        &back,
    )
    .await
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    description: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    due_on: String,
}

pub async fn add_action(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
    Form(form): Form<ActionForm>,
) -> Result<Response, AppError> {
    let (tenant, meeting, _) = managed(&state.db, &user, &coordination, id).await?;
    let back = minutes_path(&page, &coordination, id);
    let mut errors = FieldErrors::default();
    let description = errors.check(
        "description",
        fields::required(&form.description, limits::LINE),
    );
    let owner = errors.check("owner", fields::required(&form.owner, limits::NAME));
    let due = match form.due_on.trim() {
        "" => Some(None),
        typed => errors.check("due_on", fields::date(typed)).map(Some),
    };
    let (Some(description), Some(owner), Some(due)) = (description, owner, due) else {
        let typed = Typed::Action(form, errors);
        return refused(&state.db, page, (&user, &coordination), id, typed).await;
    };
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let new = NewAction {
        body_id: meeting.body_id,
        description: &description,
        owner: &owner,
        due_on: due,
    };
    let action = store::add_action(&mut tx, &tenant, id, &new).await?;
    start(&mut tx, &tenant, &meeting).await?;
    commit_audited_once(
        tx, &once,
        AuditEntry::new("minutes.action").by(&user).in_coordination(tenant.id()).on("action", action)
            .change(None, Some(serde_json::json!({ "description": description, "owner": owner, "due_on": due }))),
        "flash-saved",
        &back)
    .await
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

/// The minutes as a PDF, in `lang` (each text falls back to the other language where missing).
fn minutes_pdf(m: &Minutes, coordination: &Coordination, lang: Lang) -> anyhow::Result<Vec<u8>> {
    let pick = |fr: &str, nl: &str| -> String {
        match (lang == Lang::Nl, fr.trim().is_empty(), nl.trim().is_empty()) {
            (true, _, false) | (false, true, _) => nl.to_string(),
            _ => fr.to_string(),
        }
    };
    let data = serde_json::json!({
        "lang": lang.code(),
        "accent": coordination.accent_colour,
        "title": format!("{} — {}", t(lang, "minutes-title"), m.meeting.title(lang)),
        "subtitle": format!("{} — {}", lang.pick(&coordination.name_fr, &coordination.name_nl), format_datetime(lang, m.meeting.starts_at)),
        "place": m.meeting.place,
        "labels": {
            "present": t(lang, "minutes-present"), "excused": t(lang, "minutes-excused"),
            "represented": t(lang, "minutes-represented"),
            "agenda": t(lang, "agenda-title"), "decisions": t(lang, "minutes-decisions"),
            "actions": t(lang, "minutes-actions"), "owner": t(lang, "action-owner"), "due": t(lang, "action-due"),
        },
        "present": m.present.iter().map(|a| match (&a.organization, a.name.is_empty()) { (Some(o), false) => format!("{} ({o})", a.name), _ => a.shown_name(&lang) }).collect::<Vec<_>>(),
        "excused": m.excused.iter().map(|a| a.shown_name(&lang)).collect::<Vec<_>>(),
        "represented": m.represented.iter().map(|a| represented_line(a, lang)).collect::<Vec<_>>(),
        // Where both languages were written, the other one follows in italics.
        "items": m.items.iter().map(|i| {
            let other = lang.other(&i.notes_fr, &i.notes_nl);
            serde_json::json!({
                "title": pick(&i.title_fr, &i.title_nl),
                "notes": pick(&i.notes_fr, &i.notes_nl),
                "other_lang": other.map(|(l, _)| l.code()).unwrap_or_default(),
                "other": other.map(|(_, text)| text).unwrap_or_default(),
            })
        }).collect::<Vec<_>>(),
        "decisions": m.decisions.iter().map(|d| serde_json::json!({ "number": d.number, "text": d.text })).collect::<Vec<_>>(),
        "actions": m.actions.iter().map(|a| serde_json::json!({
            "description": a.description, "owner": a.owner, "due": a.due_on.map(|d| d.to_string()).unwrap_or_default(),
        })).collect::<Vec<_>>(),
    });
    Ok(socius_pdf::render(socius_pdf::MINUTES, &data)?)
}

pub async fn pdf(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let (tenant, meeting, body, _) = readable(&state.db, &user, &coordination, id).await?;
    let m = load(&state.db, &tenant, meeting, body).await?;
    let lang = page.lang;
    let coordination_for_pdf = coordination.clone();
    let bytes = tokio::task::spawn_blocking(move || minutes_pdf(&m, &coordination_for_pdf, lang))
        .await
        .map_err(AppError::internal)??;
    download(bytes, "application/pdf", &format!("minutes-{id}.pdf"))
}

/// Moves the minutes on: `send` (to the participants, for comments), `approve`, `publish` (to
/// everyone invited, with the PDF).
pub async fn advance(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(IdWord { id, word: step }): Path<IdWord>,
) -> Result<Response, AppError> {
    let (tenant, meeting, body) = managed(&state.db, &user, &coordination, id).await?;
    let back = minutes_path(&page, &coordination, id);
    use MinutesStatus::{Approved, Draft, Published, Sent};
    let (from, to): (&[MinutesStatus], MinutesStatus) = match step.as_str() {
        "send" => (&[Draft], Sent),
        "approve" => (&[Sent], Approved),
        "publish" => (&[Sent, Approved], Published),
        _ => return Err(AppError::NotFound),
    };
    if !from.contains(&meeting.minutes_status) {
        return redirect_with_flash(&session, FlashKind::Error, "flash-minutes-step", &back).await;
    }
    if meeting.starts_at > Utc::now() {
        return redirect_with_flash(&session, FlashKind::Error, "flash-too-early", &back).await;
    }
    let m = load(&state.db, &tenant, meeting.clone(), body).await?;
    let recipients = m.recipients(to);
    // One PDF per language, not per person, rendered before the transaction and off the executor.
    let pdfs = if to == Published {
        let langs: std::collections::HashSet<Lang> = recipients
            .iter()
            .map(|person| person.lang().unwrap_or_default())
            .collect();
        let coordination = coordination.clone();
        tokio::task::spawn_blocking(move || {
            langs
                .into_iter()
                .map(|lang| {
                    let pdf = minutes_pdf(&m, &coordination, lang)?;
                    Ok((lang, base64::engine::general_purpose::STANDARD.encode(pdf)))
                })
                .collect::<Result<std::collections::HashMap<Lang, String>, AppError>>()
        })
        .await
        .map_err(AppError::internal)??
    } else {
        std::collections::HashMap::new()
    };
    let mut tx = state.db.begin().await?;
    if meetings::set_minutes_status(&mut tx, &tenant, id, (meeting.minutes_status, to)).await? == 0
    {
        // Another click moved the minutes on first; that one sent the emails.
        tx.rollback().await?;
        return redirect_with_flash(&session, FlashKind::Error, "flash-minutes-step", &back).await;
    }
    for person in &recipients {
        let known = person.lang();
        let write = |lang: Lang| {
            let link = format!(
                "{}/{}/{}/meetings/{id}/minutes",
                state.config.base_url(),
                lang.code(),
                coordination.slug
            );
            let title = meeting.title(lang).to_string();
            Letter {
                lang,
                subject: t_args(
                    lang,
                    &format!("mail-minutes-{to}-subject"),
                    &[("name", &title)],
                ),
                greeting_name: &person.name,
                paragraphs: Block::texts(vec![t_args(
                    lang,
                    &format!("mail-minutes-{to}-body"),
                    &[
                        ("name", &title),
                        ("date", &format_datetime(lang, meeting.starts_at)),
                    ],
                )]),
                action: Some((t(lang, "mail-minutes-action"), link)),
                signature: t(lang, "mail-signature"),
            }
        };
        let mut outgoing =
            Letter::in_their_language(known, &person.email, Some(tenant.id()), write)?
                .about("meeting", id);
        let lang = known.unwrap_or_default();
        if let Some(data_base64) = pdfs.get(&lang) {
            outgoing.attachments.push(Attachment {
                filename: format!("minutes-{id}.pdf"),
                content_type: "application/pdf".into(),
                data_base64: data_base64.clone(),
            });
        }
        mail::enqueue(&mut tx, &outgoing).await?;
    }
    crate::platform::audit::record(
        &mut tx,
        AuditEntry::new("minutes.status")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(
                Some(serde_json::json!({ "status": meeting.minutes_status })),
                Some(serde_json::json!({ "status": to, "emailed": recipients.len() })),
            ),
    )
    .await?;
    tx.commit().await?;
    match to {
        Approved => redirect_with_flash(&session, FlashKind::Success, "flash-saved", &back).await,
        _ => redirect_with_count(&session, "flash-minutes-emailed", recipients.len(), &back).await,
    }
}
