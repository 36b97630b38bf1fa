//! The register's part in the rights of the people: contact-person records and their consents,
//! charter signatures, seats in bodies. A signature and a seat belong to the member organisation:
//! erased, they stay without the person's name (a representative of the organisation signed, the
//! organisation holds the seat), the signature with the hash of the text signed.

use std::collections::BTreeSet;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::platform::db::{Db, Tx};
use crate::platform::personal_data::{
    forget_author, DataSubject, Erased, PersonalData, Reach, Section,
};
use crate::{execute, fetch_all, scalars};

pub struct MembershipData;

#[derive(Debug, sqlx::FromRow, Serialize)]
struct ContactRow {
    coordination: String,
    organisation: String,
    name: String,
    email: String,
    phone: String,
    lang: String,
    role: String,
    share_consent: bool,
    created_at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow, Serialize)]
struct SignatureRow {
    coordination: String,
    organisation: String,
    kind: String,
    version: i64,
    signer_name: String,
    lang: String,
    text_hash: String,
    signed_at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow, Serialize)]
struct SeatRow {
    coordination: String,
    body: String,
    organisation: Option<String>,
    role: String,
    starts_on: Option<NaiveDate>,
    ends_on: Option<NaiveDate>,
}

const CONTACTS: &str = "\
    SELECT co.slug AS coordination, m.name AS organisation, c.name, c.email, c.phone, c.lang, \
      c.role, c.share_consent, c.created_at \
    FROM member_contacts c JOIN memberships m ON m.id = c.membership_id \
      JOIN coordinations co ON co.id = c.coordination_id \
    WHERE c.id = $1";

/// Signatures, by the account that signed (`$1`) or, unsigned by an account, by the name typed
/// for one organisation (`$2`, `$3`).
const SIGNATURES: &str = "\
    SELECT co.slug AS coordination, m.name AS organisation, v.kind, v.version, s.signer_name, \
      s.lang, s.text_hash, s.signed_at \
    FROM charter_signatures s JOIN memberships m ON m.id = s.membership_id \
      JOIN charter_versions v ON v.id = s.version_id \
      JOIN coordinations co ON co.id = s.coordination_id \
    WHERE (s.signer_user_id = $1 \
           OR (s.signer_user_id IS NULL AND s.membership_id = $2 AND s.signer_name = $3)) \
      AND ($4 IS NULL OR s.coordination_id = $4) \
    ORDER BY s.id";

const SEATS: &str = "\
    SELECT co.slug AS coordination, b.name_fr AS body, m.name AS organisation, s.role, \
      s.starts_on, s.ends_on \
    FROM body_members s JOIN bodies b ON b.id = s.body_id \
      JOIN coordinations co ON co.id = s.coordination_id \
      LEFT JOIN memberships m ON m.id = s.membership_id \
    WHERE s.membership_id = $1 AND s.person_name = $2 AND ($3 IS NULL OR s.coordination_id = $3) \
    ORDER BY s.id";

/// The person's contact records within `reach` (by account or address).
async fn contact_ids(
    tx: &mut Tx,
    person: &DataSubject,
    reach: Reach<'_>,
) -> Result<BTreeSet<i64>, sqlx::Error> {
    let mut ids = BTreeSet::new();
    if let Some(user) = person.user_id {
        ids.extend::<Vec<i64>>(scalars!(
            &mut *tx,
            "SELECT id FROM member_contacts WHERE user_id = $1 \
             AND ($2 IS NULL OR coordination_id = $2)",
            user,
            reach.coordination()
        )?);
    }
    for email in &person.emails {
        ids.extend::<Vec<i64>>(scalars!(
            &mut *tx,
            "SELECT id FROM member_contacts WHERE LOWER(email) = $1 \
             AND ($2 IS NULL OR coordination_id = $2)",
            email,
            reach.coordination()
        )?);
    }
    Ok(ids)
}

/// The member organisations the person is a contact of, within `reach`: their names are looked
/// for only in those organisations' signatures and seats.
async fn memberships(tx: &mut Tx, contacts: &BTreeSet<i64>) -> Result<BTreeSet<i64>, sqlx::Error> {
    let mut ids = BTreeSet::new();
    for contact in contacts {
        ids.extend::<Vec<i64>>(scalars!(
            &mut *tx,
            "SELECT membership_id FROM member_contacts WHERE id = $1",
            contact
        )?);
    }
    Ok(ids)
}

#[async_trait]
impl PersonalData for MembershipData {
    async fn export(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        let contacts = contact_ids(tx, person, reach).await?;
        let mut rows: Vec<ContactRow> = Vec::new();
        for id in &contacts {
            rows.extend(fetch_all!(&mut *tx, CONTACTS, id)?);
        }
        let mut signatures: Vec<SignatureRow> = Vec::new();
        let mut seats: Vec<SeatRow> = Vec::new();
        // Nobody's account has id 0: a search by name alone, or by account alone.
        let user = person.user_id.unwrap_or(0);
        signatures.extend(fetch_all!(
            &mut *tx,
            SIGNATURES,
            user,
            0_i64,
            "",
            reach.coordination()
        )?);
        for membership in memberships(tx, &contacts).await? {
            for name in &person.names {
                signatures.extend(fetch_all!(
                    &mut *tx,
                    SIGNATURES,
                    0_i64,
                    membership,
                    name,
                    reach.coordination()
                )?);
                seats.extend(fetch_all!(
                    &mut *tx,
                    SEATS,
                    membership,
                    name,
                    reach.coordination()
                )?);
            }
        }
        Ok(vec![
            Section::of("personal-data-contacts", &rows),
            Section::of("personal-data-signatures", &signatures),
            Section::of("personal-data-seats", &seats),
        ])
    }

    async fn erase(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        let contacts = contact_ids(tx, person, reach).await?;
        let (mut signatures, mut seats) = (0, 0);
        if let Some(user) = person.user_id {
            signatures += execute!(
                &mut *tx,
                "UPDATE charter_signatures SET signer_name = '', signer_user_id = NULL \
                 WHERE signer_user_id = $1 AND ($2 IS NULL OR coordination_id = $2)",
                user,
                reach.coordination()
            )?;
        }
        for membership in memberships(tx, &contacts).await? {
            for name in &person.names {
                signatures += execute!(
                    &mut *tx,
                    "UPDATE charter_signatures SET signer_name = '' \
                     WHERE membership_id = $1 AND signer_name = $2 AND signer_user_id IS NULL",
                    membership,
                    name
                )?;
                seats += execute!(
                    &mut *tx,
                    "UPDATE body_members SET person_name = '' \
                     WHERE membership_id = $1 AND person_name = $2",
                    membership,
                    name
                )?;
            }
        }
        let mut removed = 0;
        for id in &contacts {
            removed += execute!(&mut *tx, "DELETE FROM member_contacts WHERE id = $1", id)?;
        }
        let mut done = vec![
            Erased::removed("personal-data-contacts", removed),
            Erased::pseudonymised(
                "personal-data-signatures",
                signatures,
                "erasure-why-signatures",
            ),
            Erased::pseudonymised("personal-data-seats", seats, "erasure-why-seats"),
        ];
        let decisions =
            forget_author(tx, ("membership_events", "actor_user_id"), person, reach).await?;
        done.push(Erased::pseudonymised(
            "personal-data-register-decisions",
            decisions,
            "erasure-why-record-history",
        ));
        Ok(done)
    }
}

/// The names and addresses of the contact records linked to an account (`user_id`) or written
/// with `email`: the person is known by them too.
pub async fn identities(
    db: &Db,
    user_id: Option<i64>,
    email: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT name, email FROM member_contacts \
         WHERE (user_id IS NOT NULL AND user_id = $1) OR LOWER(email) = $2 ORDER BY id",
        user_id,
        email.to_lowercase()
    )
}

/// The register in the coordination export: members, their contact persons, the charter and its
/// signatures, bodies and their seats, working-group proposals.
impl crate::platform::portable::Portable for MembershipData {
    fn tables(&self) -> crate::platform::portable::Tables {
        crate::platform::portable::Tables {
            travel: &[
                "memberships",
                "member_contacts",
                "membership_events",
                "charter_versions",
                "charter_signatures",
                "bodies",
                "body_members",
                "group_proposals",
                "group_supports",
            ],
            ..Default::default()
        }
    }
}
