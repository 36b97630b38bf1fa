//! Invitations: publishing a meeting emails everyone who sits in its body (each contact person in
//! their language) with the agenda, a calendar file and answer links that need no account; a
//! change or a cancellation reaches the same people with a higher SEQUENCE. Also the public
//! calendar feed of a coordination's public meetings.

use crate::platform::web::fields::limits;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use chrono::Utc;
use serde::Deserialize;
use tower_sessions::Session;

use super::store::agenda::{items, open_actions, ItemStatus};
use super::store::invitations::{self as store, Invitee, Rsvp};
use super::store::{self as meetings, Meeting, MeetingStatus};
use crate::domain::Lang;
use crate::features::membership::bodies::composition;
use crate::features::membership::store::bodies::body;
use crate::features::membership::store::bodies::SeatStatus;
use crate::features::membership::store::seated_persons;
use crate::features::membership::store::{contacts, members};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::random_token;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::{format_datetime, t, t_args};
use crate::platform::ical::{self, Event, Method};
use crate::platform::mail::{self, Attachment, Block, Letter};
use crate::platform::policy::{self, PublicWrite, Tenant};
use crate::platform::tenancy::{self, CoordPath, Coordination};
use crate::platform::web::Word;
use crate::platform::web::{commit_audited, render, AppError, PageCtx};
use crate::platform::AppState;

/// Who is invited to a body's meetings: the contact persons of the organisations that sit in it
/// (every member organisation for the plenary), and the people seated in their own name who have
/// an email address (a CPAS council member in a mixed steering group).
pub(super) async fn invitees(
    db: &Db,
    tenant: &Tenant,
    body_id: i64,
) -> Result<Vec<Invitee>, AppError> {
    let body = body(db, tenant, body_id).await?.ok_or(AppError::NotFound)?;
    let membership_ids: Vec<i64> = if body.is_plenary() {
        members(db, tenant).await?.iter().map(|m| m.id).collect()
    } else {
        composition(db, tenant, &body)
            .await?
            .iter()
            .filter(|s| s.status == SeatStatus::Active)
            .filter_map(|s| s.membership_id)
            .collect()
    };
    let mut people: Vec<Invitee> = contacts(db, tenant, &membership_ids)
        .await?
        .into_iter()
        .map(|c| Invitee {
            membership_id: Some(c.membership_id),
            user_id: c.user_id,
            lang: Some(c.lang()),
            name: c.name,
            email: c.email,
        })
        .collect();
    people.extend(seated_persons(db, tenant, body_id).await?.into_iter().map(
        |(name, email, lang)| Invitee {
            membership_id: None,
            user_id: None,
            name,
            email,
            lang: Lang::parse(&lang).ok(),
        },
    ));
    Ok(people)
}

pub(super) fn event(
    meeting: &Meeting,
    coordination: &Coordination,
    lang: Lang,
    description: String,
) -> Event {
    Event {
        uid: meeting.uid.clone(),
        sequence: meeting.sequence,
        starts: meeting.starts_at,
        ends: meeting.ends_at(),
        summary: meeting.title(lang).to_string(),
        description,
        location: meeting.location(lang),
        url: meeting.online_url.clone(),
        cancelled: meeting.status == MeetingStatus::Cancelled,
        organizer_email: coordination.email.clone(),
        organizer_name: lang
            .pick(&coordination.name_fr, &coordination.name_nl)
            .to_string(),
        attendee: None,
    }
}

/// An answer as calendars read it: an excuse declines like a no.
fn part_stat(answer: Rsvp) -> ical::PartStat {
    match answer {
        Rsvp::Pending => ical::PartStat::NeedsAction,
        Rsvp::Yes => ical::PartStat::Accepted,
        Rsvp::No | Rsvp::Excused => ical::PartStat::Declined,
    }
}

/// The agenda as lines of text, loaded once for every email of a sending and written in each
/// recipient's language.
pub(super) struct AgendaText {
    titles: Vec<(String, String)>,
    follow_up: bool,
}

impl AgendaText {
    pub(super) async fn load(
        tx: &mut Tx,
        tenant: &Tenant,
        meeting: &Meeting,
    ) -> Result<AgendaText, AppError> {
        let accepted: Vec<_> = items(&mut *tx, tenant, meeting.id)
            .await?
            .into_iter()
            .filter(|i| i.status == ItemStatus::Accepted)
            .collect();
        // The follow-up closes the agenda unless the coordinator placed it as an item.
        let placed = accepted.iter().any(|i| i.follow_up);
        Ok(AgendaText {
            titles: accepted
                .into_iter()
                .map(|i| (i.title_fr, i.title_nl))
                .collect(),
            follow_up: !placed && !open_actions(tx, tenant, meeting).await?.is_empty(),
        })
    }

    /// No item and no follow-up.
    pub(super) fn is_empty(&self) -> bool {
        self.titles.is_empty() && !self.follow_up
    }

    /// The agenda's titles in `lang`, the follow-up last when it closes the agenda.
    pub(super) fn items(&self, lang: Lang) -> Vec<String> {
        let mut items: Vec<String> = self
            .titles
            .iter()
            .map(|(fr, nl)| lang.pick(fr, nl).to_string())
            .collect();
        if self.follow_up {
            items.push(t(lang, "agenda-follow-up"));
        }
        items
    }

    /// The agenda as numbered lines (a calendar event's description).
    pub(super) fn lines(&self, lang: Lang) -> Vec<String> {
        self.items(lang)
            .iter()
            .enumerate()
            .map(|(n, item)| format!("{}. {item}", n + 1))
            .collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice<'a> {
    Invitation,
    Update,
    /// With the reason the coordinator gave.
    Cancellation(&'a str),
    Reminder,
    /// A cancelled meeting takes place after all.
    Restored,
}

impl Notice<'_> {
    fn cancels(self) -> bool {
        matches!(self, Notice::Cancellation(_))
    }

    fn key(self) -> &'static str {
        match self {
            Notice::Invitation => "invitation",
            Notice::Update => "update",
            Notice::Cancellation(_) => "cancellation",
            Notice::Reminder => "reminder",
            Notice::Restored => "restored",
        }
    }
}

/// Which of the invited a notice goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    /// Reminders skip those who said they will not come.
    NotDeclined,
}

#[allow(clippy::too_many_arguments)]
/// One invited person's letter in `lang`: the notice, the meeting, its agenda and, unless
/// cancelled, the answer links.
pub(super) fn letter<'a>(
    state: &AppState,
    coordination: &Coordination,
    meeting: &Meeting,
    agenda: &AgendaText,
    token: &str,
    name: &'a str,
    lang: Lang,
    notice: Notice<'_>,
) -> Letter<'a> {
    let link = format!(
        "{}/{}/{}/rsvp/{token}",
        state.config.base_url(),
        lang.code(),
        coordination.slug
    );
    let title = meeting.title(lang).to_string();
    let when = format_datetime(lang, meeting.starts_at);
    let key = notice.key();
    let mut paragraphs = Block::texts(vec![
        t_args(
            lang,
            &format!("mail-meeting-{key}-body"),
            &[("name", &title), ("date", &when)],
        ),
        meeting.location(lang),
    ]);
    if let Notice::Cancellation(reason) = notice {
        if !reason.is_empty() {
            paragraphs.push(Block::Text(t_args(
                lang,
                "mail-meeting-cancellation-reason",
                &[("reason", reason)],
            )));
        }
    } else {
        let items = agenda.items(lang);
        if !items.is_empty() {
            paragraphs.push(Block::List {
                heading: t(lang, "agenda-title"),
                items,
                numbered: true,
            });
        }
        let answer = |choice: &str, key: &str| (t(lang, key), format!("{link}?answer={choice}"));
        paragraphs.push(Block::Links {
            intro: t(lang, "rsvp-intro"),
            links: vec![
                answer("yes", "rsvp-yes"),
                answer("excused", "rsvp-excused"),
                answer("no", "rsvp-no"),
            ],
        });
    }
    Letter {
        lang,
        subject: t_args(
            lang,
            &format!("mail-meeting-{key}-subject"),
            &[("name", &title), ("date", &when)],
        ),
        greeting_name: name,
        paragraphs,
        action: (!notice.cancels()).then(|| (t(lang, "rsvp-action"), link)),
        signature: t(lang, "mail-signature"),
    }
}

/// Emails one invited person, in their language or, when it is unknown, in French and Dutch: the
/// letter, the calendar file and a new answer token (earlier emails' links keep working).
async fn send_one(
    tx: &mut Tx,
    state: &AppState,
    coordination: &Coordination,
    meeting: &Meeting,
    agenda: &AgendaText,
    person: &store::Recipient,
    notice: Notice<'_>,
) -> Result<(), AppError> {
    let (invitation_id, name, email, lang) = (
        person.id,
        person.name.as_str(),
        person.email.as_str(),
        person.lang(),
    );
    let token = random_token();
    store::add_token(tx, invitation_id, &token).await?;
    let write = |lang| {
        letter(
            state,
            coordination,
            meeting,
            agenda,
            &token,
            name,
            lang,
            notice,
        )
    };
    let mut outgoing = Letter::in_their_language(lang, email, Some(coordination.id), write)?
        .about("meeting", meeting.id);
    let method = if notice.cancels() {
        Method::Cancel
    } else {
        Method::Request
    };
    let calendar_lang = lang.unwrap_or_default();
    let mut invitation = event(
        meeting,
        coordination,
        calendar_lang,
        agenda.lines(calendar_lang).join("\n"),
    );
    // The invitation leads to the meeting's page and names its recipient, with their answer so
    // far (the online link stays in the location).
    invitation.url = format!(
        "{}/{}/{}/meetings/{}",
        state.config.base_url(),
        calendar_lang.code(),
        coordination.slug,
        meeting.id
    );
    invitation.attendee = Some(ical::Attendee {
        email: email.to_string(),
        name: name.to_string(),
        answer: part_stat(person.rsvp),
    });
    let ics = ical::calendar(method, &[invitation]);
    outgoing.attachments.push(Attachment {
        filename: "invitation.ics".into(),
        content_type: format!(
            "text/calendar; charset=UTF-8; method={}",
            if method == Method::Cancel {
                "CANCEL"
            } else {
                "REQUEST"
            }
        ),
        data_base64: base64::engine::general_purpose::STANDARD.encode(ics),
        content_id: None,
    });
    mail::enqueue(tx, &outgoing).await?;
    Ok(())
}

/// Sends a notice about the meeting (as it stands in `tx`) to the invited; how many got it.
pub async fn send_to_invited(
    tx: &mut Tx,
    state: &AppState,
    tenant: &Tenant,
    coordination: &Coordination,
    meeting_id: i64,
    notice: Notice<'_>,
    audience: Audience,
) -> Result<usize, AppError> {
    let current = meetings::current(tx, tenant, meeting_id).await?;
    let invited = store::recipients(tx, tenant, meeting_id, audience == Audience::Everyone).await?;
    let agenda = AgendaText::load(tx, tenant, &current).await?;
    for person in &invited {
        send_one(tx, state, coordination, &current, &agenda, person, notice).await?;
    }
    Ok(invited.len())
}

/// The invitation a link's token opens, while its meeting is called and has not ended.
async fn by_token(
    db: &Db,
    coordination: &Coordination,
    token: &str,
) -> Result<Option<store::Answerable>, AppError> {
    Ok(store::by_token(db, coordination, token).await?.filter(|a| {
        a.meeting.status == MeetingStatus::Published && a.meeting.ends_at() > Utc::now()
    }))
}

#[derive(Template)]
#[template(path = "features/meetings/rsvp.html")]
struct RsvpPage {
    page: PageCtx,
    meeting: Option<Meeting>,
    name: String,
    answer: Option<Rsvp>,
    representative: String,
    token: String,
}

impl RsvpPage {
    fn chosen(&self, choice: &Rsvp) -> bool {
        self.answer == Some(*choice)
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct AnswerQuery {
    #[serde(default)]
    answer: String,
}

/// The page an answer link opens (no account needed). Showing it changes nothing, so mail
/// scanners that follow links cannot answer for anyone; the button does.
pub async fn rsvp_form(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Path(Word { word: token }): Path<Word>,
    Query(query): Query<AnswerQuery>,
) -> Result<Response, AppError> {
    let page = page.with_coordination(coordination.as_ref());
    let Some(row) = by_token(&state.db, &coordination, &token).await? else {
        let view = RsvpPage {
            page,
            meeting: None,
            name: String::new(),
            answer: None,
            representative: String::new(),
            token,
        };
        return Ok((axum::http::StatusCode::GONE, render(&view)?).into_response());
    };
    // The link's answer is preselected, never saved: the button saves it.
    let answer = Rsvp::parse(&query.answer)
        .ok()
        .filter(|a| *a != Rsvp::Pending)
        .or(Some(row.rsvp).filter(|a| *a != Rsvp::Pending));
    Ok(render(&RsvpPage {
        page,
        meeting: Some(row.meeting),
        name: row.invitee,
        answer,
        representative: row.representative,
        token,
    })?
    .into_response())
}

#[derive(Debug, Deserialize)]
pub struct AnswerForm {
    answer: String,
    #[serde(default)]
    representative: String,
}

pub async fn rsvp(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    CoordPath(coordination): CoordPath,
    Path(Word { word: token }): Path<Word>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let back = page.url_in(&coordination, &format!("/rsvp/{token}"));
    let found = by_token(&state.db, &coordination, &token).await?;
    let submission = policy::authorize_public_write(
        &coordination,
        PublicWrite::Rsvp {
            token_matches: found.is_some(),
        },
    )?;
    let Some(row) = found else {
        return Err(AppError::NotFound);
    };
    let answer = Rsvp::parse(&form.answer)
        .ok()
        .filter(|a| *a != Rsvp::Pending)
        .ok_or(AppError::BadRequest("error-choice-invalid"))?;
    let representative = form
        .representative
        .trim()
        .chars()
        .take(limits::NAME)
        .collect::<String>();
    let mut tx = state.db.begin().await?;
    store::answer(
        &mut tx,
        &submission,
        row.invitation_id,
        answer,
        &representative,
    )
    .await?;
    commit_audited(
        tx,
        AuditEntry::new("meeting.rsvp")
            .label(row.invitee.clone())
            .in_coordination(submission.coordination_id())
            .on("invitation", row.invitation_id)
            .change(
                Some(serde_json::json!({ "rsvp": row.rsvp })),
                Some(serde_json::json!({ "rsvp": answer, "representative": representative })),
            ),
        &session,
        "flash-rsvp-saved",
        &back,
    )
    .await
}

/// The coordination's public meetings as an iCalendar feed.
pub async fn public_feed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let coordination = tenancy::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let meetings = meetings::public(&state.db, &coordination).await?;
    let events: Vec<Event> = meetings
        .iter()
        .map(|m| {
            event(
                m,
                &coordination,
                Lang::Fr,
                format!("{} / {}", m.title_fr, m.title_nl),
            )
        })
        .collect();
    Ok((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        ical::calendar(Method::Publish, &events),
    )
        .into_response())
}
