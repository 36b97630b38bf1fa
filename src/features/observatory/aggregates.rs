//! Counting signals: per theme, right, cause, target group, territory, trend, severity, outcome or
//! round, within a coordination, within its published rounds, or across the region. Where the
//! result leaves the coordination (public pages, the regional view) a group with fewer people
//! than the minimum count is suppressed, so no small group can be singled out; those views never
//! carry an organisation's name.

use std::collections::{HashMap, HashSet};

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
    /// (label, people) of the groups shown, for the chart; suppressed groups have no bar.
    pub fn bars(&self) -> Vec<(String, i64)> {
        self.rows
            .iter()
            .filter_map(|r| Some((r.label.clone(), r.people?)))
            .collect()
    }
}

/// One signal reduced to what the aggregates count by.
#[derive(Debug, sqlx::FromRow)]
struct Fact {
    kind: String,
    theme_code: Option<String>,
    right_code: Option<String>,
    target_group: String,
    nis_code: Option<String>,
    basin_code: Option<String>,
    trend: Option<String>,
    severity: Option<i64>,
    outcome: Option<String>,
    round_id: Option<i64>,
    membership_id: i64,
    people_count: i64,
}

#[derive(Debug, sqlx::FromRow)]
struct CauseFact {
    cause_code: String,
    round_id: Option<i64>,
    membership_id: i64,
    people_count: i64,
}

/// (code, signals, people, organisations).
pub type CountRow = (String, i64, i64, i64);

/// The signals of a scope, loaded once and counted by every dimension in memory: a dashboard
/// makes two queries instead of one per table.
pub struct Facts {
    signals: Vec<Fact>,
    causes: Vec<CauseFact>,
}

impl Facts {
    pub async fn load(db: &Db, scope: Scope) -> Result<Facts, sqlx::Error> {
        let (scope_sql, scope_id) = scope.sql();
        let sql = format!(
            "SELECT s.kind, s.theme_code, s.right_code, s.target_group, s.nis_code, s.basin_code, s.trend, s.severity, s.outcome, \
             s.round_id, s.membership_id, s.people_count FROM signals s WHERE {scope_sql}"
        );
        let signals: Vec<Fact> = with_db!(db, |p| sqlx::query_as(&sql)
            .bind(scope_id)
            .fetch_all(p)
            .await)?;
        let sql = format!(
            "SELECT c.cause_code, s.round_id, s.membership_id, s.people_count FROM signal_causes c JOIN signals s ON s.id = c.signal_id \
             WHERE {scope_sql} AND s.kind = 'non_take_up'"
        );
        let causes: Vec<CauseFact> = with_db!(db, |p| sqlx::query_as(&sql)
            .bind(scope_id)
            .fetch_all(p)
            .await)?;
        Ok(Facts { signals, causes })
    }

    /// Signals, people and organisations per value of `dimension`, most people first.
    pub fn count(&self, kind: &str, round: Option<i64>, dimension: Dimension) -> Vec<CountRow> {
        let in_round = |r: Option<i64>| round.is_none() || r == round;
        let mut groups: HashMap<String, (i64, i64, HashSet<i64>)> = HashMap::new();
        let mut add = |code: String, membership: i64, people: i64| {
            let group = groups.entry(code).or_default();
            group.0 += 1;
            group.1 += people;
            group.2.insert(membership);
        };
        if dimension == Dimension::Cause {
            for c in self
                .causes
                .iter()
                .filter(|c| kind == "non_take_up" && in_round(c.round_id))
            {
                add(c.cause_code.clone(), c.membership_id, c.people_count);
            }
        } else {
            for f in self
                .signals
                .iter()
                .filter(|f| f.kind == kind && in_round(f.round_id))
            {
                let text = |v: &Option<String>| v.clone().unwrap_or_default();
                let code = match dimension {
                    Dimension::Theme => text(&f.theme_code),
                    Dimension::Right => text(&f.right_code),
                    Dimension::TargetGroup => f.target_group.clone(),
                    Dimension::Municipality => text(&f.nis_code),
                    Dimension::Basin => text(&f.basin_code),
                    Dimension::Trend => text(&f.trend),
                    Dimension::Severity => f.severity.unwrap_or(0).to_string(),
                    Dimension::Outcome => text(&f.outcome),
                    // Causes are counted from their own list above.
                    Dimension::Round | Dimension::Cause => f.round_id.unwrap_or(0).to_string(),
                };
                add(code, f.membership_id, f.people_count);
            }
        }
        let mut rows: Vec<CountRow> = groups
            .into_iter()
            .map(|(code, (signals, people, organisations))| {
                (code, signals, people, organisations.len() as i64)
            })
            .collect();
        rows.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        rows
    }

    /// Signals, people and organisations of one kind in all.
    pub fn total(&self, kind: &str, round: Option<i64>) -> (i64, i64, i64) {
        let mut organisations = HashSet::new();
        let (mut signals, mut people) = (0, 0);
        for f in self
            .signals
            .iter()
            .filter(|f| f.kind == kind && (round.is_none() || f.round_id == round))
        {
            signals += 1;
            people += f.people_count;
            organisations.insert(f.membership_id);
        }
        (signals, people, organisations.len() as i64)
    }

    /// One aggregate table, labelled in `lang`, with small groups suppressed where the scope asks.
    #[allow(clippy::too_many_arguments)]
    pub fn aggregate(
        &self,
        labels: &Labels,
        scope: Scope,
        kind: &str,
        round: Option<i64>,
        dimension: Dimension,
        minimum: i64,
        lang: Lang,
    ) -> Aggregate {
        Aggregate {
            dimension,
            kind: kind.to_string(),
            rows: self
                .count(kind, round, dimension)
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
        }
    }

    /// Every table of a dashboard.
    pub fn all(
        &self,
        labels: &Labels,
        scope: Scope,
        round: Option<i64>,
        minimum: i64,
        lang: Lang,
        dimensions: &[(&str, &[Dimension])],
    ) -> Vec<Aggregate> {
        dimensions
            .iter()
            .flat_map(|(kind, list)| {
                list.iter().map(move |dimension| {
                    self.aggregate(labels, scope, kind, round, *dimension, minimum, lang)
                })
            })
            .collect()
    }
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
