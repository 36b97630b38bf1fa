//! Counting signals: per theme, right, cause, target group, territory, trend, severity, outcome or
//! round, within a coordination, within its published rounds, or across the region. Where the
//! result leaves the coordination (public pages, the regional view) a group with fewer people
//! than the minimum count is suppressed, so no small group can be singled out; those views never
//! carry an organisation's name.

use serde::Serialize;

use super::{Dimension, Labels};
use crate::domain::Lang;
use crate::platform::db::Db;
use crate::platform::export::Table;
use crate::platform::i18n::t;
use crate::with_db;

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
    /// The largest count, for scaling a chart.
    pub fn bars(&self) -> Vec<(String, i64)> {
        self.rows
            .iter()
            .filter_map(|r| Some((r.label.clone(), r.people?)))
            .collect()
    }

    pub fn has_suppressed(&self) -> bool {
        self.rows.iter().any(AggregateRow::suppressed)
    }
}

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
        Dimension::Round => ("CAST(COALESCE(s.round_id, 0) AS TEXT)", ""),
    }
}

type CountRow = (String, i64, i64, i64);

/// Signals, people and organisations per value of `dimension`, most people first.
pub async fn count(
    db: &Db,
    scope: Scope,
    kind: &str,
    round: Option<i64>,
    dimension: Dimension,
) -> Result<Vec<CountRow>, sqlx::Error> {
    let (key, join) = key(dimension);
    let (scope_sql, scope_id) = scope.sql();
    let sql = format!(
        "SELECT {key} AS code, COUNT(*) AS signals, CAST(COALESCE(SUM(s.people_count), 0) AS BIGINT) AS people, \
         COUNT(DISTINCT s.membership_id) AS organisations FROM signals s {join} \
         WHERE {scope_sql} AND s.kind = $2 AND ($3 = 0 OR s.round_id = $3) GROUP BY {key} ORDER BY people DESC, code"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(scope_id)
        .bind(kind)
        .bind(round.unwrap_or(0))
        .fetch_all(p)
        .await)
}

/// Signals, people and organisations of one kind in all.
pub async fn total(
    db: &Db,
    scope: Scope,
    kind: &str,
    round: Option<i64>,
) -> Result<(i64, i64, i64), sqlx::Error> {
    let (scope_sql, scope_id) = scope.sql();
    let sql = format!(
        "SELECT COUNT(*), CAST(COALESCE(SUM(s.people_count), 0) AS BIGINT), COUNT(DISTINCT s.membership_id) FROM signals s \
         WHERE {scope_sql} AND s.kind = $2 AND ($3 = 0 OR s.round_id = $3)"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(scope_id)
        .bind(kind)
        .bind(round.unwrap_or(0))
        .fetch_one(p)
        .await)
}

/// One aggregate table, labelled in `lang`, with small groups suppressed where the scope asks.
#[allow(clippy::too_many_arguments)]
pub async fn aggregate(
    db: &Db,
    labels: &Labels,
    scope: Scope,
    kind: &str,
    round: Option<i64>,
    dimension: Dimension,
    minimum: i64,
    lang: Lang,
) -> Result<Aggregate, sqlx::Error> {
    let rows = count(db, scope, kind, round, dimension).await?;
    Ok(Aggregate {
        dimension,
        kind: kind.to_string(),
        rows: rows
            .into_iter()
            .map(|(code, signals, people, organisations)| {
                let hidden = scope.suppresses() && people < minimum;
                AggregateRow {
                    label: labels.label(dimension, &code, lang),
                    code,
                    signals: (!hidden).then_some(signals),
                    people: (!hidden).then_some(people),
                    organisations: (!hidden).then_some(organisations),
                }
            })
            .collect(),
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

/// Every table of a dashboard.
pub async fn all(
    db: &Db,
    labels: &Labels,
    scope: Scope,
    round: Option<i64>,
    minimum: i64,
    lang: Lang,
    dimensions: &[(&str, &[Dimension])],
) -> Result<Vec<Aggregate>, sqlx::Error> {
    let mut tables = Vec::new();
    for (kind, list) in dimensions {
        for dimension in *list {
            tables
                .push(aggregate(db, labels, scope, kind, round, *dimension, minimum, lang).await?);
        }
    }
    Ok(tables)
}

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
