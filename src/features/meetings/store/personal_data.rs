//! The meetings' part in the rights of the people: the invitations they received, their answers
//! and their attendance. Attendance belongs to the meeting's record (its minutes, its counts):
//! erased, an invitation stays without the name and address, its answer links stop working.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::platform::db::Tx;
use crate::platform::personal_data::{
    DataSubject, Erased, PersonalData, Reach, Section, ERASED_DOMAIN,
};
use crate::{execute, fetch_all};

pub struct MeetingData;

#[derive(Debug, sqlx::FromRow, Serialize)]
struct InvitationRow {
    coordination: String,
    meeting: String,
    starts_at: DateTime<Utc>,
    name: String,
    email: String,
    rsvp: String,
    representative: String,
    responded_at: Option<DateTime<Utc>>,
    attendance: String,
    walk_in: bool,
}

const INVITATIONS: &str = "\
    SELECT co.slug AS coordination, m.title_fr AS meeting, m.starts_at, i.name, i.email, i.rsvp, \
      i.representative, i.responded_at, i.attendance, i.walk_in \
    FROM invitations i JOIN meetings m ON m.id = i.meeting_id \
      JOIN coordinations co ON co.id = i.coordination_id \
    WHERE LOWER(i.email) = $1 AND ($2 IS NULL OR i.coordination_id = $2) ORDER BY m.starts_at";

#[async_trait]
impl PersonalData for MeetingData {
    async fn export(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        let mut invitations: Vec<InvitationRow> = Vec::new();
        for email in &person.emails {
            invitations.extend(fetch_all!(
                &mut *tx,
                INVITATIONS,
                email,
                reach.coordination()
            )?);
        }
        Ok(vec![Section::of("personal-data-invitations", &invitations)])
    }

    async fn erase(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        let mut invitations = 0;
        for email in &person.emails {
            execute!(
                &mut *tx,
                "DELETE FROM invitation_tokens WHERE invitation_id IN \
                   (SELECT id FROM invitations WHERE LOWER(email) = $1 \
                    AND ($2 IS NULL OR coordination_id = $2))",
                email,
                reach.coordination()
            )?;
            // The address must stay unique in its meeting: a reserved domain that never
            // receives mail, numbered by the invitation.
            invitations += execute!(
                &mut *tx,
                "UPDATE invitations SET name = '', email = 'erased-' || id || $3 \
                 WHERE LOWER(email) = $1 AND ($2 IS NULL OR coordination_id = $2)",
                email,
                reach.coordination(),
                ERASED_DOMAIN
            )?;
        }
        Ok(vec![Erased::pseudonymised(
            "personal-data-invitations",
            invitations,
            "erasure-why-attendance",
        )])
    }
}

/// The meetings in the coordination export, documents included. The secret links stay: answer
/// links and calendar feeds are made anew when the coordination sends invitations again.
impl crate::platform::portable::Portable for MeetingData {
    fn tables(&self) -> crate::platform::portable::Tables {
        crate::platform::portable::Tables {
            travel: &[
                "meeting_series",
                "meetings",
                "agenda_items",
                "agenda_documents",
                "decisions",
                "actions",
                "invitations",
            ],
            stay: &[
                (
                    "invitation_tokens",
                    "secret answer links of the old instance",
                ),
                (
                    "calendar_feeds",
                    "secret calendar addresses of the old instance",
                ),
            ],
            ..Default::default()
        }
    }
}
