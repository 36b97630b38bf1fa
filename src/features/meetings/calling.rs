//! Calling a meeting, and calling it off: nothing is mailed in one click. *Publish* opens a
//! preview — how many people will be invited and who, who cannot be and why, the email exactly as
//! a French and as a Dutch recipient will get it, a test sent to oneself — and only *Confirm and
//! send* invites (an empty agenda is confirmed on purpose). *Cancel* asks for the reason the
//! cancellation email gives and says how many will get it; a cancelled meeting can be restored,
//! which tells everyone again with a higher SEQUENCE.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

use super::invitations::{invitees, letter, send_to_invited, AgendaText, Audience, Notice};
use super::managed;
use super::store::invitations::{self as store, Invitee};
use super::store::{self as meetings, Meeting, MeetingStatus};
use crate::domain::Lang;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::{random_token, CurrentUser};
use crate::platform::i18n::t;
use crate::platform::mail::{self, Letter};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::Form;
use crate::platform::web::{
    commit_audited, redirect_with_count, redirect_with_flash, render, render_invalid, AppError,
    CoordPage, FieldErrors, FlashKind, Id, PageCtx,
};
use crate::platform::AppState;

/// The invitation as one recipient language will read it.
struct Sample {
    lang: Lang,
    subject: String,
    text: String,
}

#[derive(Template)]
#[template(path = "features/meetings/publish.html")]
struct PublishPage {
    page: PageCtx,
    meeting: Meeting,
    /// Who will be invited, and who cannot be (no address).
    reachable: Vec<Invitee>,
    unreachable: Vec<Invitee>,
    samples: Vec<Sample>,
    /// An empty agenda is sent on purpose only.
    empty_agenda: bool,
    errors: FieldErrors,
}

/// The invitation as it will leave, in `lang`, with an answer link that opens nothing.
fn sample(
    state: &AppState,
    here: &CoordPage,
    (meeting, agenda): (&Meeting, &AgendaText),
    (name, lang): (&str, Lang),
) -> anyhow::Result<Sample> {
    let letter = letter(
        state,
        &here.coordination,
        meeting,
        agenda,
        "…",
        name,
        lang,
        Notice::Invitation,
    );
    let email = letter.into_email("", Some(here.coordination.id))?;
    let (_, text) =
        crate::platform::mail::sign((email.html, email.text), Some(&here.coordination))?;
    Ok(Sample {
        lang,
        subject: email.subject,
        text,
    })
}

async fn publish_page(
    state: &AppState,
    here: CoordPage,
    user: &CurrentUser,
    id: i64,
    errors: FieldErrors,
) -> Result<Result<PublishPage, Response>, AppError> {
    let (tenant, meeting, _) = managed(&state.db, user, &here.coordination, id).await?;
    if meeting.status != MeetingStatus::Draft {
        let back = here.url(&format!("/meetings/{id}"));
        return Ok(Err(already_published(&here, &back).await?));
    }
    let (reachable, unreachable): (Vec<Invitee>, Vec<Invitee>) =
        invitees(&state.db, &tenant, meeting.body_id)
            .await?
            .into_iter()
            .partition(|person| !person.email.trim().is_empty());
    // The agenda is read as the sending will read it, in a transaction that writes nothing.
    let mut tx = state.db.begin().await?;
    let agenda = AgendaText::load(&mut tx, &tenant, &meeting).await?;
    tx.rollback().await?;
    let samples = Lang::CONTENT
        .into_iter()
        .map(|lang| {
            let name = t(lang, "meeting-preview-name");
            sample(state, &here, (&meeting, &agenda), (&name, lang))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok(Ok(PublishPage {
        empty_agenda: agenda.is_empty(),
        page: here.page,
        meeting,
        reachable,
        unreachable,
        samples,
        errors,
    }))
}

/// The preview of the invitations.
pub async fn preview(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    match publish_page(&state, here, &user, id, FieldErrors::default()).await? {
        Ok(view) => Ok(render(&view)?.into_response()),
        Err(answer) => Ok(answer),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct PublishForm {
    /// `yes` when the coordinator sends an empty agenda on purpose.
    #[serde(default)]
    empty_agenda: String,
}

/// Publishes the agenda: the meeting is announced and everyone in the body is invited.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id, meeting = id))]
pub async fn publish(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
    Form(form): Form<PublishForm>,
) -> Result<Response, AppError> {
    let (tenant, found, _) = managed(&state.db, &user, &here.coordination, id).await?;
    let back = here.url(&format!("/meetings/{id}"));
    if found.status != MeetingStatus::Draft {
        return already_published(&here, &back).await;
    }
    let people = invitees(&state.db, &tenant, found.body_id).await?;
    let mut tx = state.db.begin().await?;
    let agenda = AgendaText::load(&mut tx, &tenant, &found).await?;
    if agenda.is_empty() && form.empty_agenda != "yes" {
        tx.rollback().await?;
        let mut errors = FieldErrors::default();
        errors.add("empty_agenda", "error-agenda-empty");
        return match publish_page(&state, here, &user, id, errors).await? {
            Ok(view) => render_invalid(&view),
            Err(answer) => Ok(answer),
        };
    }
    if meetings::call(&mut tx, &tenant, id).await? == 0 {
        // Another click published it first; that one sent the invitations.
        tx.rollback().await?;
        return already_published(&here, &back).await;
    }
    for person in &people {
        store::invite(&mut tx, &tenant, id, person).await?;
    }
    let sent = tell_everyone(&mut tx, (&state, &tenant), &here, id, Notice::Invitation).await?;
    audit_and_tell(
        tx,
        &here,
        AuditEntry::new("meeting.published")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(None, Some(serde_json::json!({ "invited": people.len() }))),
        ("flash-meeting-published", sent),
        &back,
    )
    .await
}

/// Tells everyone invited (the meeting as it stands in `tx`); how many were emailed.
async fn tell_everyone(
    tx: &mut crate::platform::db::Tx,
    (state, tenant): (&AppState, &crate::platform::policy::Tenant),
    here: &CoordPage,
    id: i64,
    notice: Notice<'_>,
) -> Result<usize, AppError> {
    send_to_invited(
        tx,
        state,
        tenant,
        &here.coordination,
        id,
        notice,
        Audience::Everyone,
    )
    .await
}

async fn already_published(here: &CoordPage, back: &str) -> Result<Response, AppError> {
    redirect_with_flash(
        &here.session,
        FlashKind::Error,
        "flash-meeting-already-published",
        back,
    )
    .await
}

/// Commits with its audit entry, then says how many people were emailed.
async fn audit_and_tell(
    mut tx: crate::platform::db::Tx,
    here: &CoordPage,
    entry: AuditEntry<'_>,
    (key, emailed): (&'static str, usize),
    back: &str,
) -> Result<Response, AppError> {
    crate::platform::audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    redirect_with_count(&here.session, key, emailed, back).await
}

/// Sends the invitation to the coordinator themself, as it will leave (its answer links open
/// nothing), so they see it in their own mail program first.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id, meeting = id))]
pub async fn send_test(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let (tenant, found, _) = managed(&state.db, &user, &here.coordination, id).await?;
    let mut tx = state.db.begin().await?;
    let agenda = AgendaText::load(&mut tx, &tenant, &found).await?;
    let lang = user.lang;
    let mut test: Letter<'_> = letter(
        &state,
        &here.coordination,
        &found,
        &agenda,
        &random_token(),
        &user.display_name,
        lang,
        Notice::Invitation,
    );
    test.subject = format!("[{}] {}", t(lang, "meeting-test-mark"), test.subject);
    let email = test
        .into_email(&user.email, Some(tenant.id()))?
        .about("meeting", id);
    mail::enqueue(&mut tx, &email).await?;
    commit_audited(
        tx,
        AuditEntry::new("meeting.test_sent")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id),
        &here.session,
        "flash-meeting-test-sent",
        &here.url(&format!("/meetings/{id}/publish")),
    )
    .await
}

#[derive(Template)]
#[template(path = "features/meetings/cancel.html")]
struct CancelPage {
    page: PageCtx,
    meeting: Meeting,
    /// How many invited people the cancellation will reach.
    emailed: usize,
    reason: String,
    errors: FieldErrors,
}

async fn cancel_page(
    state: &AppState,
    here: CoordPage,
    user: &CurrentUser,
    id: i64,
    (reason, errors): (String, FieldErrors),
) -> Result<CancelPage, AppError> {
    let (tenant, meeting, _) = managed(&state.db, user, &here.coordination, id).await?;
    Ok(CancelPage {
        emailed: reached(state, &tenant, &meeting).await?,
        page: here.page,
        meeting,
        reason,
        errors,
    })
}

/// How many invited people a notice about the meeting reaches: none before it is called.
async fn reached(
    state: &AppState,
    tenant: &crate::platform::policy::Tenant,
    meeting: &Meeting,
) -> Result<usize, AppError> {
    if meeting.status == MeetingStatus::Draft {
        return Ok(0);
    }
    let mut tx = state.db.begin().await?;
    let count = store::recipients(&mut tx, tenant, meeting.id, true)
        .await?
        .len();
    tx.rollback().await?;
    Ok(count)
}

pub async fn cancel_form(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    render(&cancel_page(&state, here, &user, id, Default::default()).await?)
}

#[derive(Debug, Default, Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    reason: String,
}

/// Cancels the meeting with the reason given; the invited get it with the cancellation
/// (`METHOD:CANCEL`).
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id, meeting = id))]
pub async fn cancel(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
    Form(form): Form<CancelForm>,
) -> Result<Response, AppError> {
    let (tenant, found, _) = managed(&state.db, &user, &here.coordination, id).await?;
    let back = here.url(&format!("/meetings/{id}"));
    let mut errors = FieldErrors::default();
    let reason = errors.check("reason", fields::required(&form.reason, limits::TEXT));
    let Some(reason) = reason else {
        let view = cancel_page(&state, here, &user, id, (form.reason, errors)).await?;
        return render_invalid(&view);
    };
    let mut tx = state.db.begin().await?;
    if meetings::cancel(&mut tx, &tenant, id, found.status).await? == 0 {
        // Cancelled already, or changed since it was read: one cancellation, one round of notices.
        tx.rollback().await?;
        return redirect_with_flash(
            &here.session,
            FlashKind::Error,
            "flash-meeting-already-cancelled",
            &back,
        )
        .await;
    }
    let sent = match found.status {
        MeetingStatus::Published => {
            tell_everyone(
                &mut tx,
                (&state, &tenant),
                &here,
                id,
                Notice::Cancellation(&reason),
            )
            .await?
        }
        _ => 0,
    };
    audit_and_tell(
        tx,
        &here,
        AuditEntry::new("meeting.cancelled")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(
                Some(serde_json::json!({ "status": found.status })),
                Some(serde_json::json!({ "status": MeetingStatus::Cancelled, "reason": reason })),
            ),
        ("flash-meeting-cancelled", sent),
        &back,
    )
    .await
}

/// Brings a cancelled meeting back: called again when it had been (a new `REQUEST` with a higher
/// SEQUENCE and an email saying it takes place after all), in preparation otherwise.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id, meeting = id))]
pub async fn restore(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let (tenant, found, _) = managed(&state.db, &user, &here.coordination, id).await?;
    let back = here.url(&format!("/meetings/{id}"));
    let invited = store::invited_count(&state.db, &tenant, id).await? > 0;
    let mut tx = state.db.begin().await?;
    let to = match invited {
        true => MeetingStatus::Published,
        false => MeetingStatus::Draft,
    };
    if found.status != MeetingStatus::Cancelled
        || meetings::restore(&mut tx, &tenant, id, to).await? == 0
    {
        tx.rollback().await?;
        return redirect_with_flash(
            &here.session,
            FlashKind::Error,
            "flash-meeting-not-cancelled",
            &back,
        )
        .await;
    }
    let sent = match invited {
        true => tell_everyone(&mut tx, (&state, &tenant), &here, id, Notice::Restored).await?,
        false => 0,
    };
    audit_and_tell(
        tx,
        &here,
        AuditEntry::new("meeting.restored")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(
                Some(serde_json::json!({ "status": MeetingStatus::Cancelled })),
                Some(serde_json::json!({ "status": to })),
            ),
        ("flash-meeting-restored", sent),
        &back,
    )
    .await
}
