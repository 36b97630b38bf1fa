//! Every vocabulary's values are exactly those its column's `CHECK` allows, on both backends.

use std::collections::BTreeSet;

use crate::db_test;
use crate::support::TestApp;
use socius::platform::db::Db;

/// The quoted words of the `CHECK` constraint that names `column` in `table`.
async fn check_values(db: &Db, table: &str, column: &str) -> BTreeSet<String> {
    let definitions: Vec<String> = match db {
        Db::Sqlite(p) => {
            let sql: String = sqlx::query_scalar(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = $1",
            )
            .bind(table)
            .fetch_one(p)
            .await
            .unwrap();
            sql.split("CHECK")
                .skip(1)
                .map(|c| c.split(')').next().unwrap_or("").to_string())
                .collect()
        }
        Db::Postgres(p) => sqlx::query_scalar(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint \
             WHERE conrelid = $1::regclass AND contype = 'c'",
        )
        .bind(table)
        .fetch_all(p)
        .await
        .unwrap(),
    };
    let words = regex::Regex::new(r"'([^']*)'").unwrap();
    let mentions = regex::Regex::new(&format!(r"\(*\b{column}\b")).unwrap();
    let found: Vec<&String> = definitions
        .iter()
        .filter(|d| mentions.is_match(d.trim_start().trim_start_matches('(')))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one CHECK on {table}.{column}: {definitions:?}"
    );
    words
        .captures_iter(found[0])
        .map(|c| c[1].to_string())
        .collect()
}

fn words(all: &[impl std::fmt::Display]) -> BTreeSet<String> {
    all.iter().map(|v| v.to_string()).collect()
}

async fn vocabularies_match_the_sql_checks(app: TestApp) {
    use socius::features::directory::store::{
        changes::ChangeStatus, reports::ReportStatus, RecordKind, ServiceStatus,
    };
    use socius::features::meetings::store::agenda::{ItemKind, ItemStatus};
    use socius::features::meetings::store::invitations::{Attendance, Rsvp};
    use socius::features::meetings::store::minutes::ActionStatus;
    use socius::features::meetings::store::{MeetingStatus, MinutesStatus};
    use socius::features::membership::store::bodies::{BodyKind, SeatRole, SeatStatus};
    use socius::features::membership::store::charter::CharterKind;
    use socius::features::membership::store::proposals::ProposalStatus;
    use socius::features::membership::store::{ContactRole, MembershipStatus};
    use socius::features::observatory::store::needs::NeedStatus;
    use socius::features::observatory::store::rounds::RoundStatus;
    use socius::features::observatory::store::{Outcome, SignalKind, Trend};
    use socius::features::pages::PageKind;
    use socius::platform::mail::OutboxStatus;
    use socius::platform::policy::Role;
    let db = app.db();
    let cases: Vec<(&str, &str, BTreeSet<String>)> = vec![
        ("coordination_pages", "page", words(PageKind::ALL)),
        ("page_revisions", "page", words(PageKind::ALL)),
        ("user_roles", "role", words(Role::ALL)),
        ("directory_reports", "status", words(ReportStatus::ALL)),
        ("directory_changes", "record_kind", words(RecordKind::ALL)),
        ("directory_changes", "status", words(ChangeStatus::ALL)),
        ("meetings", "status", words(MeetingStatus::ALL)),
        ("meetings", "minutes_status", words(MinutesStatus::ALL)),
        ("agenda_items", "kind", words(ItemKind::ALL)),
        ("agenda_items", "status", words(ItemStatus::ALL)),
        ("invitations", "rsvp", words(Rsvp::ALL)),
        ("invitations", "attendance", words(Attendance::ALL)),
        ("actions", "status", words(ActionStatus::ALL)),
        ("charter_versions", "kind", words(CharterKind::ALL)),
        ("memberships", "status", words(MembershipStatus::ALL)),
        ("member_contacts", "role", words(ContactRole::ALL)),
        ("bodies", "kind", words(BodyKind::ALL)),
        ("body_members", "role", words(SeatRole::ALL)),
        ("body_members", "status", words(SeatStatus::ALL)),
        ("group_proposals", "status", words(ProposalStatus::ALL)),
        ("collection_rounds", "status", words(RoundStatus::ALL)),
        ("needs", "status", words(NeedStatus::ALL)),
        ("signals", "kind", words(SignalKind::ALL)),
        ("signals", "trend", words(Trend::ALL)),
        ("signals", "outcome", words(Outcome::ALL)),
        ("services", "status", words(ServiceStatus::ALL)),
        ("outbox", "status", words(OutboxStatus::ALL)),
    ];
    for (table, column, expected) in cases {
        assert_eq!(
            check_values(db, table, column).await,
            expected,
            "{table}.{column}"
        );
    }
}
db_test!(vocabularies_match_the_sql_checks);

/// Every label a vocabulary names is in every locale.
#[test]
fn vocabulary_labels_exist_in_every_locale() {
    use socius::features::directory::store::ServiceStatus;
    use socius::features::meetings::store::agenda::ItemKind;
    use socius::features::meetings::store::invitations::{Attendance, Rsvp};
    use socius::features::meetings::store::minutes::ActionStatus;
    use socius::features::meetings::store::{MeetingStatus, MinutesStatus};
    use socius::features::membership::store::bodies::{BodyKind, SeatRole};
    use socius::features::membership::store::charter::CharterKind;
    use socius::features::membership::store::proposals::ProposalStatus;
    use socius::features::membership::store::{ContactRole, Decision, MembershipStatus};
    use socius::features::observatory::store::needs::{NeedEventKind, NeedStatus};
    use socius::features::observatory::store::rounds::{RoundStatus, RoundStep};
    use socius::features::observatory::store::{Outcome, SignalKind, Trend};
    use socius::platform::mail::OutboxStatus;
    use socius::platform::policy::Role;
    let mut labels: Vec<&str> = Role::ALL.iter().map(|r| r.label_key()).collect();
    labels.extend(ServiceStatus::ALL.iter().map(|v| v.label_key()));
    labels.extend(OutboxStatus::ALL.iter().map(|v| v.label_key()));
    labels.extend(MembershipStatus::ALL.iter().map(|v| v.label_key()));
    labels.extend(ContactRole::ALL.iter().map(|v| v.label_key()));
    labels.extend(Decision::ALL.iter().map(|v| v.action_key()));
    labels.extend(
        Decision::ALL
            .iter()
            .filter_map(|v| v.letter_keys())
            .flat_map(|(a, b)| [a, b]),
    );
    labels.extend(BodyKind::ALL.iter().map(|v| v.label_key()));
    labels.extend(SeatRole::ALL.iter().map(|v| v.label_key()));
    labels.extend(CharterKind::ALL.iter().map(|v| v.label_key()));
    labels.extend(ProposalStatus::ALL.iter().map(|v| v.label_key()));
    labels.extend(NeedStatus::ALL.iter().map(|v| v.label_key()));
    labels.extend(NeedEventKind::ALL.iter().map(|v| v.label_key()));
    labels.extend(RoundStatus::ALL.iter().map(|v| v.label_key()));
    labels.extend(RoundStep::ALL.iter().map(|v| v.label_key()));
    labels.extend(SignalKind::ALL.iter().map(|v| v.label_key()));
    labels.extend(Trend::ALL.iter().map(|v| v.label_key()));
    labels.extend(Outcome::ALL.iter().map(|v| v.label_key()));
    labels.extend(MeetingStatus::ALL.iter().map(|v| v.label_key()));
    labels.extend(MinutesStatus::ALL.iter().map(|v| v.label_key()));
    labels.extend(ItemKind::ALL.iter().map(|v| v.label_key()));
    labels.extend(Rsvp::ALL.iter().map(|v| v.label_key()));
    labels.extend(Rsvp::ALL.iter().map(|v| v.choice_key()));
    labels.extend(Attendance::ALL.iter().map(|v| v.label_key()));
    labels.extend(ActionStatus::ALL.iter().map(|v| v.label_key()));
    for locale in ["fr", "nl", "en"] {
        let known = crate::i18n::keys(locale);
        for key in &labels {
            assert!(known.contains(*key), "{locale} lacks {key}");
        }
    }
}
