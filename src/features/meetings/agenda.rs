//! A meeting's page and its agenda: items the coordinator adds, items members propose until the
//! deadline (accepted, rejected with a reason, or moved to a later meeting), and the open actions
//! of earlier meetings of the same body as a follow-up, by themselves.

use crate::platform::mail::Block;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use super::store::agenda::{self as store, Document, Item, ItemKind, ItemStatus, NewItem};
use super::store::minutes::ActionRow;
use super::store::{self as meetings, Meeting, MeetingStatus};
use super::{meeting_path, visible};
use crate::features::membership::accounts::activation_link;
use crate::features::membership::membership_of_user;
use crate::features::membership::store::bodies::Body;
use crate::features::membership::store::{contacts, membership, ContactPerson};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail;
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{
    commit_audited, commit_audited_once, redirect_with_flash, render, render_invalid, AppError,
    FieldErrors, FlashKind, FormOnce, PageCtx,
};
use crate::platform::web::{Id, Part};
use crate::platform::AppState;

/// A form of the meeting page that came back refused, with what was typed.
pub(super) enum Typed {
    Nothing,
    /// The item the coordinator adds or a member proposes.
    Item(ItemForm, FieldErrors),
    /// A decision on a proposed item: the item and the reason typed.
    Decision(i64, String, FieldErrors),
    /// A document for an item (a file is not sent back; the message says what was wrong).
    Upload(i64, FieldErrors),
}

#[derive(Template)]
#[template(path = "features/meetings/meeting.html")]
struct MeetingPage {
    page: PageCtx,
    meeting: Meeting,
    body: Body,
    accepted: Vec<Item>,
    proposed: Vec<Item>,
    rejected: Vec<Item>,
    follow_up: Vec<ActionRow>,
    can_manage: bool,
    can_propose: bool,
    later: Vec<Meeting>,
    invited: i64,
    series: Vec<Meeting>,
    documents: Vec<Document>,
    minutes: bool,
    /// The addresses its invitations or minutes could not be delivered to (for its managers).
    undelivered: Vec<String>,
    /// When each accepted item starts, and how long the agenda runs.
    starts: Vec<DateTime<Utc>>,
    total_minutes: i64,
    /// Whether the follow-up of open actions is an item of the agenda (else it closes it).
    follow_up_placed: bool,
    /// The proposals of the reader's organisation, whatever became of them.
    mine: Vec<Item>,
    /// The item form: empty, or as typed when it came back.
    item_form: ItemForm,
    errors: FieldErrors,
    typed: Typed,
}

impl MeetingPage {
    /// The message beside an item's decision reason or document, when that form came back.
    fn error_for(&self, form: &str, item: &i64) -> String {
        match (&self.typed, form) {
            (Typed::Decision(id, _, errors), "reason") if id == item => {
                errors.msg(self.page.lang, "reason")
            }
            (Typed::Upload(id, errors), "document") if id == item => {
                errors.msg(self.page.lang, "document")
            }
            _ => String::new(),
        }
    }

    /// When the accepted item at `index` starts.
    fn starts(&self, index: &usize) -> String {
        self.starts
            .get(*index)
            .map(|at| self.page.time(at))
            .unwrap_or_default()
    }

    /// How many minutes the agenda runs beyond the meeting's length (0 when it fits).
    fn overrun(&self) -> i64 {
        (self.total_minutes - self.meeting.duration_minutes).max(0)
    }

    /// Whether the item is the first (last) of the agenda: no move up (down).
    fn is_first(&self, item: &Item) -> bool {
        self.accepted
            .first()
            .is_some_and(|first| first.id == item.id)
    }

    fn is_last(&self, item: &Item) -> bool {
        self.accepted.last().is_some_and(|last| last.id == item.id)
    }

    /// Whether the page came back with a refused upload for this item (its documents open).
    fn upload_refused(&self, item: &i64) -> bool {
        matches!(&self.typed, Typed::Upload(id, _) if id == item)
    }

    /// The reason typed for an item's decision, when it came back.
    fn typed_reason(&self, item: &i64) -> &str {
        match &self.typed {
            Typed::Decision(id, reason, _) if id == item => reason,
            _ => "",
        }
    }

    fn duration_value(&self) -> &str {
        self.item_form.duration_value()
    }

    /// How many were invited: those a restored meeting tells again.
    fn invited_count(&self) -> usize {
        usize::try_from(self.invited).unwrap_or(0)
    }

    fn accept(&self) -> &'static str {
        crate::platform::upload::ACCEPT
    }

    fn documents_of(&self, item: &Item) -> Vec<&Document> {
        self.documents
            .iter()
            .filter(|d| d.item_id == item.id)
            .collect()
    }
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    render(&meeting_page(&state.db, page, (&user, &coordination), id, Typed::Nothing).await?)
}

async fn meeting_page(
    db: &Db,
    page: PageCtx,
    (user, coordination): (&CurrentUser, &Coordination),
    id: i64,
    typed: Typed,
) -> Result<MeetingPage, AppError> {
    let (tenant, meeting, body, read) = visible(db, user, coordination, id).await?;
    let items = store::items(db, &tenant, id).await?;
    let membership = membership_of_user(db, coordination, user).await?;
    let is_member = membership.is_some();
    // The reader's organisation's proposals, whatever became of them.
    let mine = match &membership {
        Some(m) => items
            .iter()
            .filter(|item| item.proposed_by == Some(m.id))
            .cloned()
            .collect(),
        None => Vec::new(),
    };
    let (mut accepted, mut proposed, mut rejected) = (Vec::new(), Vec::new(), Vec::new());
    for item in items {
        match item.status {
            ItemStatus::Accepted => accepted.push(item),
            ItemStatus::Proposed => proposed.push(item),
            ItemStatus::Rejected => rejected.push(item),
        }
    }
    let later = if read.manages {
        meetings::later_of_body(db, &tenant, &meeting).await?
    } else {
        Vec::new()
    };
    let series = match meeting.series_id {
        Some(series_id) => meetings::of_series(db, &tenant, series_id).await?,
        None => Vec::new(),
    };
    let (item_form, errors) = match &typed {
        Typed::Item(form, errors) => (form.clone(), errors.clone()),
        _ => (ItemForm::default(), FieldErrors::default()),
    };
    let undelivered = if read.manages {
        mail::undelivered_about(db, &tenant, ("meeting", Some(id))).await?
    } else {
        Vec::new()
    };
    let starts = store::start_times(meeting.starts_at, &accepted);
    Ok(MeetingPage {
        total_minutes: accepted.iter().map(|item| item.duration_minutes).sum(),
        follow_up_placed: accepted.iter().any(|item| item.follow_up),
        starts,
        mine,
        undelivered,
        documents: store::documents(db, &tenant, id).await?,
        invited: super::store::invitations::invited_count(db, &tenant, id).await?,
        series,
        follow_up: store::open_actions(db, &tenant, &meeting).await?,
        can_propose: (is_member || read.manages) && meeting.accepts_proposals(),
        page: page.with_coordination(coordination.as_ref()),
        meeting,
        body,
        accepted,
        proposed,
        rejected: if read.manages { rejected } else { Vec::new() },
        can_manage: read.manages,
        minutes: read.minutes,
        later,
        item_form,
        errors,
        typed,
    })
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ItemForm {
    #[serde(default)]
    pub(super) title_fr: String,
    #[serde(default)]
    pub(super) title_nl: String,
    #[serde(default)]
    pub(super) description_fr: String,
    #[serde(default)]
    pub(super) description_nl: String,
    #[serde(default)]
    pub(super) kind: String,
    #[serde(default)]
    pub(super) duration: String,
    #[serde(default)]
    pub(super) presenter: String,
}

impl ItemForm {
    /// The form holding what an item says, to change it.
    pub(super) fn of(item: &Item) -> ItemForm {
        ItemForm {
            title_fr: item.title_fr.clone(),
            title_nl: item.title_nl.clone(),
            description_fr: item.description_fr.clone(),
            description_nl: item.description_nl.clone(),
            kind: item.kind.to_string(),
            duration: item.duration_minutes.to_string(),
            presenter: item.presenter.clone(),
        }
    }

    /// The duration as typed, fifteen minutes for a new item.
    pub(super) fn duration_value(&self) -> &str {
        match self.duration.as_str() {
            "" => "15",
            typed => typed,
        }
    }
}

/// What an item form says once read: a title in one language only stands for both.
pub(super) struct ParsedItem {
    title_fr: String,
    title_nl: String,
    description_fr: String,
    description_nl: String,
    kind: ItemKind,
    duration: i64,
    presenter: String,
}

impl ParsedItem {
    pub(super) fn read(form: &ItemForm) -> Result<ParsedItem, FieldErrors> {
        let mut errors = FieldErrors::default();
        let titles = errors.check_pair(
            ("title_fr", "title_nl"),
            fields::bilingual(&form.title_fr, &form.title_nl, limits::NAME, true),
        );
        let descriptions = errors.check_pair(
            ("description_fr", "description_nl"),
            fields::bilingual(
                &form.description_fr,
                &form.description_nl,
                limits::TEXT,
                false,
            ),
        );
        let kind = errors.check("kind", ItemKind::parse(&form.kind));
        let duration = errors.check("duration", fields::integer(&form.duration, 1, 240));
        let presenter = errors.check("presenter", fields::optional(&form.presenter, limits::NAME));
        let (
            Some((title_fr, title_nl)),
            Some((description_fr, description_nl)),
            Some(kind),
            Some(duration),
            Some(presenter),
        ) = (titles, descriptions, kind, duration, presenter)
        else {
            return Err(errors);
        };
        Ok(ParsedItem {
            title_fr: if title_fr.is_empty() {
                title_nl.clone()
            } else {
                title_fr.clone()
            },
            title_nl: if title_nl.is_empty() {
                title_fr
            } else {
                title_nl
            },
            description_fr,
            description_nl,
            kind,
            duration,
            presenter,
        })
    }

    pub(super) fn as_new(&self) -> NewItem<'_> {
        NewItem {
            title_fr: &self.title_fr,
            title_nl: &self.title_nl,
            description_fr: &self.description_fr,
            description_nl: &self.description_nl,
            kind: self.kind,
            duration: self.duration,
            presenter: &self.presenter,
        }
    }

    pub(super) fn titles(&self) -> serde_json::Value {
        serde_json::json!({ "title_fr": self.title_fr, "title_nl": self.title_nl })
    }
}

/// The coordinator adds an item (accepted at once); a member organisation proposes one before the
/// deadline (waiting for the coordinator).
pub async fn add_item(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
    Form(form): Form<ItemForm>,
) -> Result<Response, AppError> {
    let (tenant, meeting, _, read) = visible(&state.db, &user, &coordination, id).await?;
    let can_manage = read.manages;
    let membership = membership_of_user(&state.db, &coordination, &user).await?;
    let back = meeting_path(&page, &coordination, id);
    if !can_manage && (membership.is_none() || !meeting.accepts_proposals()) {
        return redirect_with_flash(
            once.session(),
            FlashKind::Error,
            "flash-proposals-closed",
            &back,
        )
        .await;
    }
    let parsed = match ParsedItem::read(&form) {
        Ok(parsed) => parsed,
        Err(errors) => {
            let typed = Typed::Item(form, errors);
            return refused(&state.db, page, (&user, &coordination), id, typed).await;
        }
    };
    let proposed_by = if can_manage {
        None
    } else {
        membership.as_ref().map(|m| m.id)
    };
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let item = store::add_item(&mut tx, &tenant, id, &parsed.as_new(), proposed_by).await?;
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new(if can_manage {
            "agenda.item.added"
        } else {
            "agenda.item.proposed"
        })
        .by(&user)
        .in_coordination(tenant.id())
        .on("agenda_item", item)
        .change(None, Some(parsed.titles())),
        if can_manage {
            "flash-saved"
        } else {
            "flash-item-proposed"
        },
        &back,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct ItemDecision {
    decision: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    to_meeting: String,
}

/// Accepts a proposed item, rejects it with a reason, or moves it to a later meeting of the body.
pub async fn decide_item(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Part { id, part: item }): Path<Part>,
    Form(form): Form<ItemDecision>,
) -> Result<Response, AppError> {
    let (tenant, meeting, _) = super::managed(&state.db, &user, &coordination, id).await?;
    let back = meeting_path(&page, &coordination, id);
    let mut errors = FieldErrors::default();
    let reason = errors
        .check("reason", fields::optional(&form.reason, limits::TEXT))
        .unwrap_or_default();
    if form.decision == "reject" && reason.is_empty() && errors.is_empty() {
        errors.add("reason", "error-reason-required");
    }
    if !errors.is_empty() {
        let typed = Typed::Decision(item, form.reason, errors);
        return refused(&state.db, page, (&user, &coordination), id, typed).await;
    }
    let reason = reason.as_str();
    let proposal = store::item(&state.db, &tenant, id, item)
        .await?
        .filter(|found| found.status == ItemStatus::Proposed)
        .ok_or(AppError::NotFound)?;
    let (status, target) = match form.decision.as_str() {
        "accept" => (ItemStatus::Accepted, meeting.clone()),
        "reject" => (ItemStatus::Rejected, meeting.clone()),
        "move" => {
            let to: i64 = form
                .to_meeting
                .parse()
                .map_err(|_| AppError::BadRequest("error-choice-invalid"))?;
            let later = meetings::meeting(&state.db, &tenant, to)
                .await?
                .filter(|m| m.body_id == meeting.body_id && m.starts_at > meeting.starts_at)
                .ok_or(AppError::BadRequest("error-choice-invalid"))?;
            (ItemStatus::Accepted, later)
        }
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    let proposer_contacts = match proposal.proposed_by {
        Some(membership) => contacts(&state.db, &tenant, &[membership]).await?,
        None => Vec::new(),
    };
    let mut tx = state.db.begin().await?;
    let changed =
        store::decide_item(&mut tx, &tenant, (id, item), status, reason, target.id).await?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    let decided = match (status, target.id == id) {
        (ItemStatus::Rejected, _) => Decided::Rejected(reason),
        (_, true) => Decided::Accepted,
        (_, false) => Decided::Postponed,
    };
    let about = Proposal {
        item: &proposal,
        decided,
        meeting: &target,
    };
    tell_proposer(
        &mut tx,
        &state,
        (&tenant, &coordination),
        &proposer_contacts,
        &about,
    )
    .await?;
    commit_audited(
        tx,
        AuditEntry::new("agenda.item.decided")
            .by(&user)
            .in_coordination(tenant.id())
            .on("agenda_item", item)
            .change(None, Some(serde_json::json!({ "decision": form.decision, "reason": reason, "meeting": target.id }))),
        &session,
        "flash-saved",
        &back,
    )
    .await
}

/// What became of a member's proposal.
#[derive(Clone, Copy)]
enum Decided<'a> {
    Accepted,
    /// With the reason given.
    Rejected(&'a str),
    /// Moved to a later meeting of the body.
    Postponed,
}

/// A decided proposal: the item, what became of it, and the meeting where it now stands.
struct Proposal<'a> {
    item: &'a Item,
    decided: Decided<'a>,
    meeting: &'a Meeting,
}

/// Tells the contacts of the organisation that proposed an item what became of it, each in their
/// language, with a link to the meeting where it now stands.
async fn tell_proposer(
    tx: &mut crate::platform::db::Tx,
    state: &AppState,
    (tenant, coordination): (&crate::platform::policy::Tenant, &Coordination),
    contacts: &[ContactPerson],
    Proposal {
        item: proposal,
        decided,
        meeting,
    }: &Proposal<'_>,
) -> Result<(), AppError> {
    let (subject, body) = match decided {
        Decided::Accepted => (
            "mail-proposal-accepted-subject",
            "mail-proposal-accepted-body",
        ),
        Decided::Rejected(_) => (
            "mail-proposal-rejected-subject",
            "mail-proposal-rejected-body",
        ),
        Decided::Postponed => (
            "mail-proposal-postponed-subject",
            "mail-proposal-postponed-body",
        ),
    };
    let reason = match decided {
        Decided::Rejected(reason) => reason,
        _ => "",
    };
    let member = match contacts.first() {
        Some(contact) => membership(&mut *tx, tenant, contact.membership_id).await?,
        None => None,
    };
    for contact in contacts.iter().filter(|c| !c.email.is_empty()) {
        let lang = contact.lang();
        let title = lang.pick(&proposal.title_fr, &proposal.title_nl);
        let args = [
            ("name", title),
            ("meeting", meeting.title(lang)),
            (
                "date",
                &crate::platform::i18n::format_datetime(lang, meeting.starts_at),
            ),
            ("reason", reason),
        ];
        let path = format!(
            "/{}/{}/meetings/{}",
            lang.code(),
            coordination.slug,
            meeting.id
        );
        // A contact who has not activated an account gets the link that activates it, leading
        // on to the meeting.
        let activation = match &member {
            Some(member) => activation_link(tx, state, tenant, (contact, member), &path).await?,
            None => None,
        };
        let action = match activation {
            Some(link) => (t(lang, "mail-invite-action"), link),
            None => (
                t(lang, "mail-proposal-action"),
                format!("{}{path}", state.config.base_url()),
            ),
        };
        let letter = mail::Letter {
            lang,
            subject: t_args(lang, subject, &args),
            greeting_name: &contact.name,
            paragraphs: Block::texts(vec![t_args(lang, body, &args)]),
            action: Some(action),
            signature: t(lang, "mail-signature"),
        };
        let email = letter
            .into_email(&contact.email, Some(tenant.id()))?
            .about("meeting", meeting.id);
        mail::enqueue(tx, &email).await?;
    }
    Ok(())
}

/// The meeting page again with 422, the refused form as typed and its messages.
pub(super) async fn refused(
    db: &Db,
    page: PageCtx,
    reader: (&CurrentUser, &Coordination),
    id: i64,
    typed: Typed,
) -> Result<Response, AppError> {
    render_invalid(&meeting_page(db, page, reader, id, typed).await?)
}
