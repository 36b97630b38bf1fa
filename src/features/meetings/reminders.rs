//! Reminders: a few days before a meeting (a setting, default 2), everyone invited who has not
//! declined gets a reminder with the answer links. Run by the housekeeping task; each meeting is
//! reminded once, even with several Socius processes (the row is claimed in the transaction).

use chrono::{Duration, Utc};

use super::invitations::{send_to_invited, Audience, Notice};
use super::{Meeting, MEETING_COLUMNS};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy;
use crate::platform::web::AppError;
use crate::platform::AppState;
use crate::{with_db, with_tx};

/// Sends the reminders that are due; returns how many meetings were reminded.
pub async fn send_due(state: &AppState) -> Result<usize, AppError> {
    let now = Utc::now();
    let sql = format!(
        "SELECT {MEETING_COLUMNS}, coordination_id FROM meetings WHERE status = 'published' AND reminded_at IS NULL AND starts_at > $1 AND starts_at < $2"
    );
    #[derive(sqlx::FromRow)]
    struct Candidate {
        #[sqlx(flatten)]
        meeting: Meeting,
        coordination_id: i64,
    }
    // The longest possible window; each coordination's own setting is checked below.
    let candidates: Vec<Candidate> = with_db!(&state.db, |p| sqlx::query_as(&sql)
        .bind(now)
        .bind(now + Duration::days(31))
        .fetch_all(p)
        .await)?;
    let coordinations = tenancy::list(&state.db).await?;
    let mut reminded = 0;
    for Candidate {
        meeting,
        coordination_id,
    } in candidates
    {
        let days =
            settings::number(&state.db, coordination_id, Setting::MeetingReminderDays).await?;
        if days == 0 || meeting.starts_at - Duration::days(days) > now {
            continue;
        }
        let Some(coordination) = coordinations.iter().find(|c| c.id == coordination_id) else {
            continue;
        };
        let mut tx = state.db.begin().await?;
        let claimed = with_tx!(&mut tx, |c| sqlx::query(
            "UPDATE meetings SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL"
        )
        .bind(now)
        .bind(meeting.id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
        if claimed == 0 {
            continue;
        }
        send_to_invited(
            &mut tx,
            state,
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
