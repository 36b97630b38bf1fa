//! The social map's part in the rights of the people: the contact persons its records name, the
//! organisations a person edits, the changes they proposed and the errors they reported.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::platform::db::Tx;
use crate::platform::personal_data::{DataSubject, Erased, PersonalData, Reach, Section};
use crate::{execute, fetch_all};

pub struct DirectoryData;

#[derive(Debug, sqlx::FromRow, Serialize)]
struct MapContactRow {
    coordination: String,
    organisation: String,
    name: String,
    title: String,
    email: String,
    phone: String,
}

#[derive(Debug, sqlx::FromRow, Serialize)]
struct EditorRow {
    coordination: String,
    organisation: String,
    added_at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow, Serialize)]
struct ProposalRow {
    coordination: String,
    organisation: String,
    record_kind: String,
    status: String,
    submitted_at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow, Serialize)]
struct ReportRow {
    coordination: String,
    message: String,
    status: String,
    created_at: DateTime<Utc>,
}

const MAP_CONTACTS: &str = "\
    SELECT co.slug AS coordination, o.name_fr AS organisation, c.name, c.title, c.email, c.phone \
    FROM contacts c JOIN coordinations co ON co.id = c.coordination_id \
      LEFT JOIN organizations o ON o.id = c.organization_id \
    WHERE LOWER(c.email) = $1 AND ($2 IS NULL OR c.coordination_id = $2) ORDER BY c.id";

const REPORTS: &str = "\
    SELECT co.slug AS coordination, r.message, r.status, r.created_at \
    FROM directory_reports r JOIN coordinations co ON co.id = r.coordination_id \
    WHERE LOWER(r.reporter_email) = $1 AND ($2 IS NULL OR r.coordination_id = $2) ORDER BY r.id";

#[async_trait]
impl PersonalData for DirectoryData {
    async fn export(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        let mut contacts: Vec<MapContactRow> = Vec::new();
        let mut reports: Vec<ReportRow> = Vec::new();
        for email in &person.emails {
            contacts.extend(fetch_all!(
                &mut *tx,
                MAP_CONTACTS,
                email,
                reach.coordination()
            )?);
            reports.extend(fetch_all!(&mut *tx, REPORTS, email, reach.coordination())?);
        }
        let mut sections = vec![
            Section::of("personal-data-map-contacts", &contacts),
            Section::of("personal-data-map-reports", &reports),
        ];
        if let Some(user) = person.user_id {
            let editors: Vec<EditorRow> = fetch_all!(
                &mut *tx,
                "SELECT co.slug AS coordination, o.name_fr AS organisation, e.added_at \
                 FROM organization_editors e JOIN coordinations co ON co.id = e.coordination_id \
                   JOIN organizations o ON o.id = e.organization_id \
                 WHERE e.user_id = $1 AND ($2 IS NULL OR e.coordination_id = $2) ORDER BY o.name_fr",
                user,
                reach.coordination()
            )?;
            let proposals: Vec<ProposalRow> = fetch_all!(
                &mut *tx,
                "SELECT co.slug AS coordination, o.name_fr AS organisation, d.record_kind, d.status, \
                   d.submitted_at \
                 FROM directory_changes d JOIN coordinations co ON co.id = d.coordination_id \
                   JOIN organizations o ON o.id = d.organization_id \
                 WHERE d.submitted_by = $1 AND ($2 IS NULL OR d.coordination_id = $2) ORDER BY d.id",
                user,
                reach.coordination()
            )?;
            sections.push(Section::of("personal-data-map-editor", &editors));
            sections.push(Section::of("personal-data-map-proposals", &proposals));
        }
        Ok(sections)
    }

    async fn erase(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        let (mut contacts, mut reports) = (0, 0);
        for email in &person.emails {
            contacts += execute!(
                &mut *tx,
                "DELETE FROM contacts WHERE LOWER(email) = $1 \
                 AND ($2 IS NULL OR coordination_id = $2)",
                email,
                reach.coordination()
            )?;
            reports += execute!(
                &mut *tx,
                "UPDATE directory_reports SET reporter_email = '' WHERE LOWER(reporter_email) = $1 \
                 AND ($2 IS NULL OR coordination_id = $2)",
                email,
                reach.coordination()
            )?;
        }
        let mut done = vec![
            Erased::removed("personal-data-map-contacts", contacts),
            Erased::pseudonymised(
                "personal-data-map-reports",
                reports,
                "erasure-why-map-reports",
            ),
        ];
        if let Some(user) = person.user_id {
            let editors = execute!(
                &mut *tx,
                "DELETE FROM organization_editors \
                 WHERE user_id = $1 AND ($2 IS NULL OR coordination_id = $2)",
                user,
                reach.coordination()
            )?;
            let proposals = execute!(
                &mut *tx,
                "UPDATE directory_changes SET \
                   submitted_by = CASE WHEN submitted_by = $1 THEN NULL ELSE submitted_by END, \
                   decided_by = CASE WHEN decided_by = $1 THEN NULL ELSE decided_by END \
                 WHERE (submitted_by = $1 OR decided_by = $1) \
                   AND ($2 IS NULL OR coordination_id = $2)",
                user,
                reach.coordination()
            )?;
            done.push(Erased::removed("personal-data-map-editor", editors));
            done.push(Erased::pseudonymised(
                "personal-data-map-proposals",
                proposals,
                "erasure-why-record-history",
            ));
        }
        Ok(done)
    }
}

/// The social map in the coordination export: its records and their history. A pending change
/// names its record by kind and keeps the locations it links in its JSON; the regional themes a
/// service is filed under are matched by code.
impl crate::platform::portable::Portable for DirectoryData {
    fn tables(&self) -> crate::platform::portable::Tables {
        use crate::platform::portable::{JsonReference, KindReference, Tables};
        Tables {
            travel: &[
                "organizations",
                "services",
                "locations",
                "service_at_locations",
                "contacts",
                "phones",
                "schedules",
                "closures",
                "service_languages",
                "service_target_groups",
                "service_themes",
                "themes",
                "directory_changes",
                "directory_reports",
                "verification_requests",
                "organization_editors",
                "search_misses",
                "search_synonyms",
            ],
            kind_references: &[KindReference {
                table: "directory_changes",
                column: "record_id",
                kind_column: "record_kind",
                kinds: &[
                    ("organization", "organizations"),
                    ("service", "services"),
                    ("location", "locations"),
                ],
            }],
            json_references: &[
                JsonReference {
                    table: "directory_changes",
                    column: "before_json",
                    key: "location_ids",
                    target: "locations",
                },
                JsonReference {
                    table: "directory_changes",
                    column: "after_json",
                    key: "location_ids",
                    target: "locations",
                },
            ],
            matched_by: &[("themes", "code")],
            ..Tables::default()
        }
    }
}
