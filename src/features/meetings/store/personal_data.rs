//! The meetings' part in the rights of the people: the invitations they received, their answers
//! and their attendance, and the actions the minutes gave them. Attendance belongs to the
//! meeting's record (its minutes, its counts): erased, an invitation stays without the name and
//! address, its answer links stop working; an action stays in the minutes without its owner.

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

#[derive(Debug, sqlx::FromRow, Serialize)]
struct ActionRow {
    coordination: String,
    meeting: String,
    description: String,
    owner: String,
    owner_email: String,
    due_on: Option<chrono::NaiveDate>,
    status: String,
}

/// The actions a person owns, found by `column` (`owner_email` or `owner`) equal to `$1`.
fn actions_by(column: &str) -> String {
    format!(
        "SELECT co.slug AS coordination, m.title_fr AS meeting, a.description, a.owner, \
           a.owner_email, a.due_on, a.status \
         FROM actions a JOIN meetings m ON m.id = a.meeting_id \
           JOIN coordinations co ON co.id = a.coordination_id \
         WHERE a.{column} <> '' AND LOWER(a.{column}) = $1 \
           AND ($2 IS NULL OR a.coordination_id = $2) ORDER BY a.id"
    )
}

/// What finds a person's actions: each address in `owner_email`, each name in `owner`.
fn owner_keys(person: &DataSubject) -> Vec<(&'static str, String)> {
    let emails = person.emails.iter().map(|e| ("owner_email", e.clone()));
    let names = person
        .names
        .iter()
        .map(|n| ("owner", n.trim().to_lowercase()));
    emails.chain(names).filter(|(_, v)| !v.is_empty()).collect()
}

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
        let mut actions: Vec<ActionRow> = Vec::new();
        for (column, value) in owner_keys(person) {
            let sql = actions_by(column);
            let found: Vec<ActionRow> = fetch_all!(&mut *tx, &sql, &value, reach.coordination())?;
            actions.extend(found);
        }
        Ok(vec![
            Section::of("personal-data-invitations", &invitations),
            Section::of("personal-data-actions", &actions),
        ])
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
        let mut actions = 0;
        for (column, value) in owner_keys(person) {
            let sql = format!(
                "UPDATE actions SET owner = '', owner_email = '', owner_lang = '' \
                 WHERE {column} <> '' AND LOWER({column}) = $1 \
                   AND ($2 IS NULL OR coordination_id = $2)"
            );
            actions += execute!(&mut *tx, &sql, &value, reach.coordination())?;
        }
        Ok(vec![
            Erased::pseudonymised(
                "personal-data-invitations",
                invitations,
                "erasure-why-attendance",
            ),
            Erased::pseudonymised("personal-data-actions", actions, "erasure-why-action-owner"),
        ])
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
                "minutes_versions",
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
