//! Counting signals: per theme, right, cause, target group, territory, trend, severity, outcome or
//! round, within a coordination, within its published rounds, or across the region. Where the
//! result leaves the coordination (public pages, the regional view) a group with fewer people
//! than the minimum count is suppressed, so no small group can be singled out; those views never
//! carry an organisation's name.

use std::collections::HashMap;

use serde::Serialize;

use super::{Dimension, Labels};
use crate::domain::Lang;
use crate::platform::db::{Db, Tx};
use crate::platform::export::Table;
use crate::platform::i18n::t;
use crate::{with_db, with_tx};

/// Whose signals are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every signal of a coordination (its members and coordinators).
    Coordination(i64),
    /// The signals of a coordination's published rounds (the public).
    Published(i64),
    /// Every coordination of the instance (regional staff).
    Region,
}

impl Scope {
    /// Whether small groups are hidden: everywhere the figures leave the coordination.
    pub fn suppresses(self) -> bool {
        !matches!(self, Scope::Coordination(_))
    }

    fn sql(self) -> (&'static str, i64) {
        match self {
            Scope::Coordination(id) => ("s.coordination_id = $1", id),
            Scope::Published(id) => (
                "s.coordination_id = $1 AND s.round_id IN (SELECT r.id FROM collection_rounds r WHERE r.published AND r.coordination_id = $1)",
                id,
            ),
            Scope::Region => ("$1 = 0", 0),
        }
    }
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct AggregateRow {
    pub code: String,
    pub label: String,
    /// `None` where the group is below the minimum count (suppressed).
    pub signals: Option<i64>,
    /// People concerned (needs) or cases (non-take-up).
    pub people: Option<i64>,
    pub organisations: Option<i64>,
}

impl AggregateRow {
    pub fn suppressed(&self) -> bool {
        self.people.is_none()
    }
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Aggregate {
    pub dimension: Dimension,
    /// `need` or `non_take_up`.
    pub kind: String,
    pub rows: Vec<AggregateRow>,
}

impl Aggregate {
    /// (label, people) of the groups shown, for the chart; suppressed groups have no bar.
    pub fn bars(&self) -> Vec<(String, i64)> {
        self.rows
            .iter()
            .filter_map(|r| Some((r.label.clone(), r.people?)))
            .collect()
    }
}

/// (code, signals, people, organisations).
pub type CountRow = (String, i64, i64, i64);

/// The SQL expression of each dimension's group in `signals s`, and the join it needs.
fn key(dimension: Dimension) -> (&'static str, &'static str) {
    match dimension {
        Dimension::Theme => ("COALESCE(s.theme_code, '')", ""),
        Dimension::Right => ("COALESCE(s.right_code, '')", ""),
        Dimension::Cause => ("c.cause_code", "JOIN signal_causes c ON c.signal_id = s.id"),
        Dimension::TargetGroup => ("s.target_group", ""),
        Dimension::Municipality => ("COALESCE(s.nis_code, '')", ""),
        Dimension::Basin => ("COALESCE(s.basin_code, '')", ""),
        Dimension::Trend => ("COALESCE(s.trend, '')", ""),
        Dimension::Severity => ("CAST(COALESCE(s.severity, 0) AS TEXT)", ""),
        Dimension::Outcome => ("COALESCE(s.outcome, '')", ""),
        // Every signal in one group: the totals.
        Dimension::Total => ("''", ""),
    }
}

const ROLLED_UP: [Dimension; 10] = [
    Dimension::Theme,
    Dimension::Right,
    Dimension::Cause,
    Dimension::TargetGroup,
    Dimension::Municipality,
    Dimension::Basin,
    Dimension::Trend,
    Dimension::Severity,
    Dimension::Outcome,
    Dimension::Total,
];

/// Counts one signal into the rollup (`sign` 1) or out of it (`sign` -1): a handful of small
/// statements, whatever the number of signals.
async fn apply(tx: &mut Tx, signal_id: i64, sign: i64) -> Result<(), sqlx::Error> {
    for dimension in ROLLED_UP {
        let (key, join) = key(dimension);
        // SQLite needs the WHERE for its parser to read ON CONFLICT after a SELECT.
        let sql = format!(
            "INSERT INTO signal_rollup (coordination_id, round_id, kind, dimension, code, membership_id, signals, people) \
             SELECT s.coordination_id, COALESCE(s.round_id, 0), s.kind, '{}', {key}, s.membership_id, $2, $2 * s.people_count \
             FROM signals s {join} WHERE s.id = $1 \
             ON CONFLICT (coordination_id, round_id, kind, dimension, code, membership_id) \
             DO UPDATE SET signals = signal_rollup.signals + excluded.signals, people = signal_rollup.people + excluded.people",
            dimension.code()
        );
        with_tx!(&mut *tx, |c| sqlx::query(&sql)
            .bind(signal_id)
            .bind(sign)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// Counts a signal (as it stands, with its causes) into the aggregates; after it is written.
pub async fn add(tx: &mut Tx, signal_id: i64) -> Result<(), sqlx::Error> {
    apply(tx, signal_id, 1).await
}

/// Takes a signal out of the aggregates; before it is changed or deleted.
pub async fn remove(tx: &mut Tx, signal_id: i64) -> Result<(), sqlx::Error> {
    apply(tx, signal_id, -1).await?;
    with_tx!(&mut *tx, |c| {
        sqlx::query(
        "DELETE FROM signal_rollup WHERE coordination_id = (SELECT coordination_id FROM signals WHERE id = $1) AND signals <= 0"
    )
    .bind(signal_id)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// Rebuilds a coordination's rollup from its signals: for data written in bulk (the demo, the
/// benchmark) and as a repair.
pub async fn refresh(tx: &mut Tx, coordination_id: i64) -> Result<(), sqlx::Error> {
    with_tx!(&mut *tx, |c| sqlx::query(
        "DELETE FROM signal_rollup WHERE coordination_id = $1"
    )
    .bind(coordination_id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    for dimension in ROLLED_UP {
        let (key, join) = key(dimension);
        let sql = format!(
            "INSERT INTO signal_rollup (coordination_id, round_id, kind, dimension, code, membership_id, signals, people) \
             SELECT s.coordination_id, COALESCE(s.round_id, 0), s.kind, '{}', {key}, s.membership_id, COUNT(*), SUM(s.people_count) \
             FROM signals s {join} WHERE s.coordination_id = $1 \
             GROUP BY s.coordination_id, COALESCE(s.round_id, 0), s.kind, s.membership_id{group}",
            dimension.code(),
            // PostgreSQL refuses a constant in GROUP BY (the totals' key).
            group = if dimension == Dimension::Total { String::new() } else { format!(", {key}") },
        );
        with_tx!(&mut *tx, |c| sqlx::query(&sql)
            .bind(coordination_id)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// The counts of a scope (and round), every dimension at once, read from the rollup in one query.
pub struct Facts {
    groups: HashMap<(String, String), Vec<CountRow>>,
}

impl Facts {
    pub async fn load(db: &Db, scope: Scope, round: Option<i64>) -> Result<Facts, sqlx::Error> {
        let (scope_sql, scope_id) = scope.sql();
        let sql = format!(
            "SELECT s.kind, s.dimension, s.code, CAST(SUM(s.signals) AS BIGINT), CAST(SUM(s.people) AS BIGINT), \
             COUNT(DISTINCT s.membership_id) FROM signal_rollup s WHERE {scope_sql} AND ($2 = 0 OR s.round_id = $2) \
             GROUP BY s.kind, s.dimension, s.code"
        );
        let rows: Vec<(String, String, String, i64, i64, i64)> =
            with_db!(db, |p| sqlx::query_as(&sql)
                .bind(scope_id)
                .bind(round.unwrap_or(0))
                .fetch_all(p)
                .await)?;
        let mut groups: HashMap<(String, String), Vec<CountRow>> = HashMap::new();
        for (kind, dimension, code, signals, people, organisations) in rows {
            groups.entry((kind, dimension)).or_default().push((
                code,
                signals,
                people,
                organisations,
            ));
        }
        for rows in groups.values_mut() {
            rows.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        }
        Ok(Facts { groups })
    }

    /// Signals, people and organisations per value of `dimension`, most people first.
    pub fn count(&self, kind: &str, dimension: Dimension) -> &[CountRow] {
        self.groups
            .get(&(kind.to_string(), dimension.code().to_string()))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Signals, people and organisations of one kind in all.
    pub fn total(&self, kind: &str) -> (i64, i64, i64) {
        self.count(kind, Dimension::Total)
            .first()
            .map(|(_, signals, people, organisations)| (*signals, *people, *organisations))
            .unwrap_or((0, 0, 0))
    }

    /// One aggregate table, labelled in `lang`, with small groups suppressed where the scope asks.
    pub fn aggregate(
        &self,
        labels: &Labels,
        scope: Scope,
        kind: &str,
        dimension: Dimension,
        minimum: i64,
        lang: Lang,
    ) -> Aggregate {
        Aggregate {
            dimension,
            kind: kind.to_string(),
            rows: self
                .count(kind, dimension)
                .iter()
                .map(|(code, signals, people, organisations)| {
                    let hidden = scope.suppresses() && *people < minimum;
                    AggregateRow {
                        label: labels.label(dimension, code, lang),
                        code: code.clone(),
                        signals: (!hidden).then_some(*signals),
                        people: (!hidden).then_some(*people),
                        organisations: (!hidden).then_some(*organisations),
                    }
                })
                .collect(),
        }
    }

    /// Every table of a dashboard.
    pub fn all(
        &self,
        labels: &Labels,
        scope: Scope,
        minimum: i64,
        lang: Lang,
        dimensions: &[(&str, &[Dimension])],
    ) -> Vec<Aggregate> {
        dimensions
            .iter()
            .flat_map(|(kind, list)| {
                list.iter().map(move |dimension| {
                    self.aggregate(labels, scope, kind, *dimension, minimum, lang)
                })
            })
            .collect()
    }
}

/// People per round and group of one dimension in a coordination: how things evolve.
pub async fn by_round(
    db: &Db,
    coordination_id: i64,
    kind: &str,
    dimension: Dimension,
) -> Result<Vec<(i64, String, i64)>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
        "SELECT round_id, code, CAST(SUM(people) AS BIGINT) FROM signal_rollup WHERE coordination_id = $1 AND kind = $2 AND dimension = $3 \
         GROUP BY round_id, code"
    )
    .bind(coordination_id)
    .bind(kind)
    .bind(dimension.code())
    .fetch_all(p)
    .await
    })
}

/// The tables a dashboard shows, in order: needs, then non-take-up.
pub const NEED_DIMENSIONS: [Dimension; 6] = [
    Dimension::Theme,
    Dimension::TargetGroup,
    Dimension::Municipality,
    Dimension::Basin,
    Dimension::Trend,
    Dimension::Severity,
];
pub const NON_TAKE_UP_DIMENSIONS: [Dimension; 5] = [
    Dimension::Right,
    Dimension::Cause,
    Dimension::Outcome,
    Dimension::TargetGroup,
    Dimension::Basin,
];

/// The tables as one spreadsheet: a row per group, with the table it belongs to.
pub fn export_table(tables: &[Aggregate], lang: Lang) -> Table {
    Table {
        name: "observatory",
        headers: vec![
            t(lang, "observatory-kind"),
            t(lang, "observatory-dimension"),
            t(lang, "observatory-code"),
            t(lang, "observatory-group"),
            t(lang, "observatory-signals"),
            t(lang, "observatory-people"),
            t(lang, "observatory-organisations"),
        ],
        rows: tables
            .iter()
            .flat_map(|table| {
                table.rows.iter().map(move |row| {
                    let shown = |n: Option<i64>| match n {
                        Some(n) => n.to_string(),
                        None => t(lang, "observatory-suppressed-short"),
                    };
                    vec![
                        t(lang, &format!("observatory-kind-{}", table.kind)),
                        t(lang, &format!("observatory-by-{}", table.dimension.code())),
                        row.code.clone(),
                        row.label.clone(),
                        shown(row.signals),
                        shown(row.people),
                        shown(row.organisations),
                    ]
                })
            })
            .collect(),
    }
}
