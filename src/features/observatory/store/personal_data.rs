//! The observatory's part in the rights of the people: the signals a person reported for their
//! organisation. A signal is the organisation's observation and counts people, never names them:
//! erased, it stays in the figures without who typed it.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::fetch_all;
use crate::platform::db::Tx;
use crate::platform::personal_data::{
    forget_author, DataSubject, Erased, PersonalData, Reach, Section,
};

pub struct ObservatoryData;

#[derive(Debug, sqlx::FromRow, Serialize)]
struct SignalRow {
    coordination: String,
    organisation: String,
    kind: String,
    period_start: NaiveDate,
    period_end: NaiveDate,
    description: String,
    people_count: i64,
    created_at: DateTime<Utc>,
}

#[async_trait]
impl PersonalData for ObservatoryData {
    async fn export(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        let Some(user) = person.user_id else {
            return Ok(Vec::new());
        };
        let signals: Vec<SignalRow> = fetch_all!(
            &mut *tx,
            "SELECT co.slug AS coordination, m.name AS organisation, s.kind, s.period_start, \
               s.period_end, s.description, s.people_count, s.created_at \
             FROM signals s JOIN memberships m ON m.id = s.membership_id \
               JOIN coordinations co ON co.id = s.coordination_id \
             WHERE s.created_by = $1 AND ($2 IS NULL OR s.coordination_id = $2) ORDER BY s.id",
            user,
            reach.coordination()
        )?;
        Ok(vec![Section::of("personal-data-signals", &signals)])
    }

    async fn erase(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        let signals = forget_author(tx, ("signals", "created_by"), person, reach).await?;
        let follow_up = forget_author(tx, ("need_events", "actor_user_id"), person, reach).await?;
        Ok(vec![
            Erased::pseudonymised("personal-data-signals", signals, "erasure-why-signals"),
            Erased::pseudonymised(
                "personal-data-need-follow-up",
                follow_up,
                "erasure-why-record-history",
            ),
        ])
    }
}

/// The observatory in the coordination export: rounds, needs, signals and the coordination's own
/// rights. Its figures are rebuilt from the signals once they are written.
#[async_trait]
impl crate::platform::portable::Portable for ObservatoryData {
    fn tables(&self) -> crate::platform::portable::Tables {
        crate::platform::portable::Tables {
            travel: &[
                "collection_rounds",
                "needs",
                "need_events",
                "signals",
                "signal_causes",
                "rights",
            ],
            stay: &[
                ("signal_rollup", "rebuilt from the signals"),
                ("report_links", "secret report links of the old instance"),
                (
                    "context_indicators",
                    "regional figures every instance loads",
                ),
            ],
            ..Default::default()
        }
    }

    async fn imported(
        &self,
        tx: &mut Tx,
        tenant: &crate::platform::policy::Tenant,
    ) -> Result<(), sqlx::Error> {
        super::rollup::refresh(tx, tenant).await
    }
}
