//! The minutes' steps: sent to the participants for comments, approved (the decisions take effect),
//! published to everyone on the sheet with the PDF, and corrected after publication (a new version,
//! with a notice to the same people). Each step that emails says how many people it reached.

use axum::extract::{Path, State};
use axum::response::Response;
use base64::Engine;
use chrono::Utc;
use std::collections::HashMap;
use tower_sessions::Session;

use super::{load, readable, represented_line, Minutes};
use crate::domain::Lang;
use crate::features::meetings::store::minutes as store;
use crate::features::meetings::store::{self as meetings, MinutesStatus};
use crate::features::meetings::subjects::{self, Approval};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::export::download;
use crate::platform::i18n::{format_datetime, format_day, t, t_args};
use crate::platform::mail::{self, Attachment, Block, Letter};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::{
    redirect_with_count, redirect_with_flash, AppError, FlashKind, Id, PageCtx,
};
use crate::platform::AppState;

/// A step the minutes' form can take after saving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Send,
    Approve,
    Publish,
    Correct,
}

impl Step {
    pub fn parse(word: &str) -> Option<Step> {
        match word {
            "send" => Some(Step::Send),
            "approve" => Some(Step::Approve),
            "publish" => Some(Step::Publish),
            "correct" => Some(Step::Correct),
            _ => None,
        }
    }

    /// The statuses the step starts from, and where it leads.
    fn moves(self) -> (&'static [MinutesStatus], MinutesStatus) {
        use MinutesStatus::{Approved, Draft, Published, Sent};
        match self {
            Step::Send => (&[Draft], Sent),
            Step::Approve => (&[Sent], Approved),
            Step::Publish => (&[Sent, Approved], Published),
            Step::Correct => (&[Published], Published),
        }
    }

    /// The message keys of its email (subject, body), for the steps that send one.
    fn letter(self) -> Option<(&'static str, &'static str)> {
        match self {
            Step::Send => Some(("mail-minutes-sent-subject", "mail-minutes-sent-body")),
            Step::Publish => Some((
                "mail-minutes-published-subject",
                "mail-minutes-published-body",
            )),
            Step::Correct => Some((
                "mail-minutes-corrected-subject",
                "mail-minutes-corrected-body",
            )),
            Step::Approve => None,
        }
    }
}

/// Takes `step` on the minutes of meeting `id`, once saved; answers with where it led.
pub(super) async fn take(
    state: &AppState,
    session: &Session,
    (user, coordination, tenant): (&CurrentUser, &Coordination, &Tenant),
    id: i64,
    (step, change_note): (Step, &str),
    back: &str,
) -> Result<Response, AppError> {
    let (from, to) = step.moves();
    let Some(meeting) = meetings::meeting(&state.db, tenant, id).await? else {
        return Err(AppError::NotFound);
    };
    if !from.contains(&meeting.minutes_status) {
        return redirect_with_flash(session, FlashKind::Error, "flash-minutes-step", back).await;
    }
    if meeting.starts_at > Utc::now() {
        return redirect_with_flash(session, FlashKind::Error, "flash-too-early", back).await;
    }
    let body = crate::features::membership::store::bodies::body(&state.db, tenant, meeting.body_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let m = load(&state.db, tenant, meeting.clone(), body).await?;
    let recipients = m.recipients(to);
    let version = match step {
        Step::Correct => store::versions(&state.db, tenant, id).await?.len() as i64 + 1,
        _ => 1,
    };
    // One PDF per language, not per person, rendered before the transaction and off the executor.
    let pdfs = match to {
        MinutesStatus::Published => {
            let langs = recipients
                .iter()
                .map(|person| person.lang().unwrap_or_default())
                .collect();
            pdfs_in(m, coordination.clone(), langs).await?
        }
        _ => HashMap::new(),
    };
    let mut tx = state.db.begin().await?;
    if step != Step::Correct
        && meetings::set_minutes_status(&mut tx, tenant, id, (meeting.minutes_status, to)).await?
            == 0
    {
        // Another click moved the minutes on first; that one sent the emails.
        tx.rollback().await?;
        return redirect_with_flash(session, FlashKind::Error, "flash-minutes-step", back).await;
    }
    if to == MinutesStatus::Published
        && store::add_version(&mut tx, tenant, id, change_note).await? != version
    {
        // Two corrections at once: the other one told everyone.
        tx.rollback().await?;
        return redirect_with_flash(session, FlashKind::Error, "flash-minutes-step", back).await;
    }
    let decided = match step {
        Step::Approve => {
            let approval = Approval {
                state,
                tenant,
                coordination,
                by: user,
                meeting: &meeting,
            };
            subjects::approve(&mut tx, &approval).await?
        }
        _ => 0,
    };
    if let Some((subject, body)) = step.letter() {
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
                let mut paragraphs = vec![t_args(
                    lang,
                    body,
                    &[
                        ("name", &title),
                        ("date", &format_datetime(lang, meeting.starts_at)),
                        ("version", &version.to_string()),
                    ],
                )];
                if step == Step::Correct {
                    paragraphs.push(change_note.to_string());
                }
                Letter {
                    lang,
                    subject: t_args(
                        lang,
                        subject,
                        &[("name", &title), ("version", &version.to_string())],
                    ),
                    greeting_name: &person.name,
                    paragraphs: Block::texts(paragraphs),
                    action: Some((t(lang, "mail-minutes-action"), link)),
                    signature: t(lang, "mail-signature"),
                }
            };
            let mut outgoing =
                Letter::in_their_language(known, &person.email, Some(tenant.id()), write)?
                    .about("meeting", id);
            if let Some(data_base64) = pdfs.get(&known.unwrap_or_default()) {
                outgoing.attachments.push(Attachment {
                    filename: format!("minutes-{id}.pdf"),
                    content_type: "application/pdf".into(),
                    data_base64: data_base64.clone(),
                    content_id: None,
                });
            }
            mail::enqueue(&mut tx, &outgoing).await?;
        }
    }
    crate::platform::audit::record(
        &mut tx,
        AuditEntry::new("minutes.status")
            .by(user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(
                Some(serde_json::json!({ "status": meeting.minutes_status })),
                Some(serde_json::json!({
                    "status": to, "version": version, "emailed": recipients.len(), "decided": decided,
                })),
            ),
    )
    .await?;
    tx.commit().await?;
    match step {
        Step::Approve => {
            redirect_with_count(session, "flash-minutes-approved", decided, back).await
        }
        _ => redirect_with_count(session, "flash-minutes-emailed", recipients.len(), back).await,
    }
}

/// The minutes as a PDF in each of `langs`, base64 for attachments; off the executor.
async fn pdfs_in(
    m: Minutes,
    coordination: Coordination,
    langs: std::collections::HashSet<Lang>,
) -> Result<HashMap<Lang, String>, AppError> {
    tokio::task::spawn_blocking(move || {
        langs
            .into_iter()
            .map(|lang| {
                let pdf = minutes_pdf(&m, &coordination, lang)?;
                Ok((lang, base64::engine::general_purpose::STANDARD.encode(pdf)))
            })
            .collect::<Result<HashMap<Lang, String>, AppError>>()
    })
    .await
    .map_err(AppError::internal)?
}

/// The minutes as a PDF, in `lang` (each text falls back to the other language where missing).
fn minutes_pdf(m: &Minutes, coordination: &Coordination, lang: Lang) -> anyhow::Result<Vec<u8>> {
    let pick = |fr: &str, nl: &str| -> String { lang.read(fr, nl).0.to_string() };
    let action = |a: &store::ActionRow| {
        serde_json::json!({
            "description": a.description, "owner": a.owner,
            "due": a.due_on.map(|d| format_day(lang, d)).unwrap_or_default(),
        })
    };
    let decision = |d: &store::Decision| serde_json::json!({ "number": d.number, "text": d.text });
    let data = serde_json::json!({
        "lang": lang.code(),
        "accent": coordination.accent_colour,
        "title": format!("{} — {}", t(lang, "minutes-title"), m.meeting.title(lang)),
        "subtitle": format!("{} — {}", lang.pick(&coordination.name_fr, &coordination.name_nl), format_datetime(lang, m.meeting.starts_at)),
        "place": m.meeting.place(lang).0,
        "colon": crate::platform::typography::colon(lang),
        "semicolon": crate::platform::typography::semicolon(lang),
        "labels": {
            "present": t(lang, "minutes-present"), "excused": t(lang, "minutes-excused"),
            "represented": t(lang, "minutes-represented"),
            "agenda": t(lang, "agenda-title"), "decisions": t(lang, "minutes-decisions"),
            "actions": t(lang, "minutes-actions"), "owner": t(lang, "action-owner"), "due": t(lang, "action-due"),
            "other": t(lang, "minutes-other-business"),
        },
        "present": m.present.iter().map(|a| match (&a.organization, a.name.is_empty()) { (Some(o), false) => format!("{} ({o})", a.name), _ => a.shown_name(&lang) }).collect::<Vec<_>>(),
        "excused": m.excused.iter().map(|a| a.shown_name(&lang)).collect::<Vec<_>>(),
        "represented": m.represented.iter().map(|a| represented_line(a, lang)).collect::<Vec<_>>(),
        // Each item with its notes (where both languages were written, the other one follows in
        // italics), its decisions and its actions.
        "items": m.sections().iter().enumerate().map(|(n, section)| {
            let (title, notes, other) = match &section.item {
                Some(i) => (format!("{}. {}", n + 1, pick(&i.title_fr, &i.title_nl)), pick(&i.notes_fr, &i.notes_nl), lang.other(&i.notes_fr, &i.notes_nl)),
                None => (t(lang, "minutes-other-business"), String::new(), None),
            };
            serde_json::json!({
                "title": title,
                "notes": notes,
                "other_lang": other.map(|(l, _)| l.code()).unwrap_or_default(),
                "other": other.map(|(_, text)| text).unwrap_or_default(),
                "decisions": section.decisions.iter().map(decision).collect::<Vec<_>>(),
                "actions": section.actions.iter().map(action).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
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
    let bytes = tokio::task::spawn_blocking(move || minutes_pdf(&m, &coordination, lang))
        .await
        .map_err(AppError::internal)??;
    download(bytes, "application/pdf", &format!("minutes-{id}.pdf"))
}
