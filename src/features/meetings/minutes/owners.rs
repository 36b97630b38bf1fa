//! The owners of actions: told by email when an action is given to them (chosen among the
//! coordination's people), and reminded a few days before its due date (the meeting reminders'
//! setting) by the housekeeping task — once per due date, even with several Socius processes.

use chrono::{Duration, NaiveDate, Utc};

use crate::domain::Lang;
use crate::features::meetings::store::minutes::{self as store, DueAction, NewAction};
use crate::features::meetings::store::{self as meetings, Meeting};
use crate::platform::db::Tx;
use crate::platform::i18n::{format_date, format_day, t, t_args};
use crate::platform::mail::{self, Block, Letter};
use crate::platform::policy::Tenant;
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy;
use crate::platform::web::AppError;
use crate::platform::AppState;

/// What an action letter says: the action, its due date and the meeting that decided it.
struct About<'a> {
    description: &'a str,
    owner: &'a str,
    due_on: Option<NaiveDate>,
    meeting: &'a Meeting,
}

fn letter<'a>(kind: &str, about: &'a About<'a>, lang: Lang) -> Letter<'a> {
    let title = about.meeting.title(lang).to_string();
    let due = about
        .due_on
        .map(|day| format_day(lang, day))
        .unwrap_or_else(|| t(lang, "action-no-due-date"));
    let args = [
        ("description", about.description),
        ("due", due.as_str()),
        ("meeting", title.as_str()),
        ("date", &format_date(lang, about.meeting.starts_at)),
    ];
    Letter {
        lang,
        subject: t_args(lang, &format!("mail-action-{kind}-subject"), &args),
        greeting_name: about.owner,
        paragraphs: vec![
            Block::Text(t_args(lang, &format!("mail-action-{kind}-body"), &args)),
            Block::List {
                heading: t(lang, "mail-action-heading"),
                items: vec![
                    about.description.to_string(),
                    t_args(lang, "mail-action-due-line", &[("due", due.as_str())]),
                ],
                numbered: false,
            },
        ],
        action: None,
        signature: t(lang, "mail-signature"),
    }
}

/// Tells the owner of `action` it was given to them, when Socius writes to them; whether it did.
pub async fn tell(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting: &Meeting,
    action: &NewAction,
) -> Result<bool, AppError> {
    let email = action.owner.email();
    if email.is_empty() {
        return Ok(false);
    }
    let about = About {
        description: &action.description,
        owner: action.owner.name(),
        due_on: action.due_on,
        meeting,
    };
    let known = Lang::parse(action.owner.lang()).ok();
    let outgoing = Letter::in_their_language(known, email, Some(tenant.id()), |lang| {
        letter("given", &about, lang)
    })?
    .about("meeting", meeting.id);
    mail::enqueue(tx, &outgoing).await?;
    Ok(true)
}

/// Sends the reminders of actions due soon; returns how many owners were reminded.
pub async fn send_due(state: &AppState) -> Result<usize, AppError> {
    let today = Utc::now().date_naive();
    // The longest possible window; each coordination's own setting is checked below.
    let due = store::due_actions(&state.db, today, today + Duration::days(31)).await?;
    let coordinations = tenancy::list(&state.db).await?;
    let mut reminded = 0;
    for action in due {
        let Some(coordination) = coordinations
            .iter()
            .find(|c| c.id == action.coordination_id)
        else {
            continue;
        };
        let days = settings::number(&state.db, coordination, Setting::MeetingReminderDays).await?;
        if days == 0 || action.due_on - Duration::days(days) > today {
            continue;
        }
        // A job with no person behind it, acting for the coordination of the action it found.
        let tenant = Tenant::system(action.coordination_id);
        let Some(meeting) = meetings::meeting(&state.db, &tenant, action.meeting_id).await? else {
            continue;
        };
        let mut tx = state.db.begin().await?;
        if !store::mark_action_reminded(&mut tx, &tenant, action.id, today).await? {
            continue;
        }
        remind(&mut tx, &tenant, &meeting, &action).await?;
        tx.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}

async fn remind(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting: &Meeting,
    action: &DueAction,
) -> Result<(), AppError> {
    let about = About {
        description: &action.description,
        owner: &action.owner,
        due_on: Some(action.due_on),
        meeting,
    };
    let known = Lang::parse(&action.owner_lang).ok();
    let outgoing =
        Letter::in_their_language(known, &action.owner_email, Some(tenant.id()), |lang| {
            letter("reminder", &about, lang)
        })?
        .about("meeting", meeting.id);
    mail::enqueue(tx, &outgoing).await?;
    Ok(())
}
