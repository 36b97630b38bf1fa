//! Reminders: a few days before a meeting (a setting, default 2), everyone invited who has not
//! declined gets a reminder with the answer links. Run by the housekeeping task; each meeting is
//! reminded once, even with several Socius processes (the row is claimed in the transaction).

use chrono::{Duration, Utc};

use super::invitations::{send_to_invited, Audience, Notice};
use super::store::{self, DueReminder};
use crate::platform::policy::Tenant;
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy;
use crate::platform::web::AppError;
use crate::platform::AppState;

/// Sends the reminders that are due; returns how many meetings were reminded.
pub async fn send_due(state: &AppState) -> Result<usize, AppError> {
    let now = Utc::now();
    // The longest possible window; each coordination's own setting is checked below.
    let candidates = store::due_reminders(&state.db, now, now + Duration::days(31)).await?;
    let coordinations = tenancy::list(&state.db).await?;
    let mut reminded = 0;
    for DueReminder {
        meeting,
        coordination_id,
    } in candidates
    {
        let Some(coordination) = coordinations.iter().find(|c| c.id == coordination_id) else {
            continue;
        };
        let days = settings::number(&state.db, coordination, Setting::MeetingReminderDays).await?;
        if days == 0 || meeting.starts_at - Duration::days(days) > now {
            continue;
        }
        // A job with no person behind it, acting for the coordination of the meeting it found.
        let tenant = Tenant::system(coordination_id);
        let mut tx = state.db.begin().await?;
        if store::mark_reminded(&mut tx, &tenant, meeting.id).await? == 0 {
            continue;
        }
        send_to_invited(
            &mut tx,
            state,
            &tenant,
            coordination,
            meeting.id,
            Notice::Reminder,
            Audience::NotDeclined,
        )
        .await?;
        tx.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}
