//! The rollup the aggregates read: per coordination, round, kind, dimension, group and
//! organisation, how many signals and people. It is kept current in the transaction of every
//! change to a signal (added, then taken away), so dashboards read a few thousand rows however
//! many signals there are, and can still count distinct organisations.

use crate::features::observatory::Dimension;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{Region, Tenant};
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all, scalar};

/// Whose signals are counted. Built only from what proves the reader may see them: a `Tenant`
/// (every signal of the coordination), the coordination itself (its published rounds, for the
/// public), or the `Region` proof (every coordination, for regional staff).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scope(Reach);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    Coordination(i64),
    Published(i64),
    Region,
}

impl Scope {
    /// Every signal of the coordination: its members and coordinators.
    pub fn of(tenant: &Tenant) -> Scope {
        Scope(Reach::Coordination(tenant.id()))
    }

    /// The signals of the coordination's published rounds: the public.
    pub fn published(coordination: &Coordination) -> Scope {
        Scope(Reach::Published(coordination.id))
    }

    /// Every coordination of the instance: regional staff.
    pub fn region(_proof: &Region) -> Scope {
        Scope(Reach::Region)
    }

    /// Whether small groups are hidden: everywhere the figures leave the coordination.
    pub fn suppresses(self) -> bool {
        !matches!(self.0, Reach::Coordination(_))
    }

    fn sql(self) -> (&'static str, i64) {
        match self.0 {
            Reach::Coordination(id) => ("s.coordination_id = $1", id),
            Reach::Published(id) => (
                "s.coordination_id = $1 AND s.round_id IN (SELECT r.id FROM collection_rounds r \
                 WHERE r.published AND r.coordination_id = $1)",
                id,
            ),
            Reach::Region => ("$1 = 0", 0),
        }
    }
}

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
async fn apply(tx: &mut Tx, tenant: &Tenant, signal_id: i64, sign: i64) -> Result<(), sqlx::Error> {
    for dimension in ROLLED_UP {
        let (key, join) = key(dimension);
        // SQLite needs the WHERE for its parser to read ON CONFLICT after a SELECT.
        let sql = format!(
            "INSERT INTO signal_rollup (coordination_id, round_id, kind, dimension, code, \
             membership_id, signals, people) \
             SELECT s.coordination_id, COALESCE(s.round_id, 0), s.kind, '{}', {key}, \
             s.membership_id, $2, $2 * s.people_count \
             FROM signals s {join} WHERE s.id = $1 AND s.coordination_id = $3 \
             ON CONFLICT (coordination_id, round_id, kind, dimension, code, membership_id) \
             DO UPDATE SET signals = signal_rollup.signals + excluded.signals, \
             people = signal_rollup.people + excluded.people",
            dimension.code()
        );
        execute!(&mut *tx, &sql, signal_id, sign, tenant.id())?;
    }
    Ok(())
}

/// Counts a signal (as it stands, with its causes) into the rollup; after it is written.
pub async fn add(tx: &mut Tx, tenant: &Tenant, signal_id: i64) -> Result<(), sqlx::Error> {
    apply(tx, tenant, signal_id, 1).await
}

/// Takes a signal out of the rollup; before it is changed or deleted.
pub async fn remove(tx: &mut Tx, tenant: &Tenant, signal_id: i64) -> Result<(), sqlx::Error> {
    apply(tx, tenant, signal_id, -1).await?;
    execute!(
        tx,
        "DELETE FROM signal_rollup WHERE coordination_id = $1 AND signals <= 0",
        tenant.id()
    )?;
    Ok(())
}

/// Rebuilds a coordination's rollup from its signals: for data written in bulk (the demo, the
/// benchmark) and as a repair.
pub async fn refresh(tx: &mut Tx, tenant: &Tenant) -> Result<(), sqlx::Error> {
    execute!(
        &mut *tx,
        "DELETE FROM signal_rollup WHERE coordination_id = $1",
        tenant.id()
    )?;
    for dimension in ROLLED_UP {
        let (key, join) = key(dimension);
        let sql = format!(
            "INSERT INTO signal_rollup (coordination_id, round_id, kind, dimension, code, \
             membership_id, signals, people) \
             SELECT s.coordination_id, COALESCE(s.round_id, 0), s.kind, '{}', {key}, \
             s.membership_id, COUNT(*), SUM(s.people_count) \
             FROM signals s {join} WHERE s.coordination_id = $1 \
             GROUP BY s.coordination_id, COALESCE(s.round_id, 0), s.kind, s.membership_id{group}",
            dimension.code(),
            // PostgreSQL refuses a constant in GROUP BY (the totals' key).
            group = if dimension == Dimension::Total {
                String::new()
            } else {
                format!(", {key}")
            },
        );
        execute!(&mut *tx, &sql, tenant.id())?;
    }
    Ok(())
}

/// A group's counts: (kind, dimension, code, signals, people, organisations).
pub type GroupCount = (String, String, String, i64, i64, i64);

/// Every group of a scope (and round), every dimension at once, in one query.
pub async fn groups(
    db: &Db,
    scope: Scope,
    round: Option<i64>,
) -> Result<Vec<GroupCount>, sqlx::Error> {
    let (scope_sql, scope_id) = scope.sql();
    let sql = format!(
        "SELECT s.kind, s.dimension, s.code, CAST(SUM(s.signals) AS BIGINT), \
         CAST(SUM(s.people) AS BIGINT), COUNT(DISTINCT s.membership_id) FROM signal_rollup s \
         WHERE {scope_sql} AND ($2 = 0 OR s.round_id = $2) GROUP BY s.kind, s.dimension, s.code"
    );
    fetch_all!(db, &sql, scope_id, round.unwrap_or(0))
}

/// People per round and group of one dimension in a coordination: how things evolve.
pub async fn by_round(
    db: &Db,
    tenant: &Tenant,
    kind: super::SignalKind,
    dimension: Dimension,
) -> Result<Vec<(i64, String, i64)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT round_id, code, CAST(SUM(people) AS BIGINT) FROM signal_rollup \
         WHERE coordination_id = $1 AND kind = $2 AND dimension = $3 GROUP BY round_id, code",
        tenant.id(),
        kind,
        dimension.code()
    )
}

/// How many coordinations have signals in the rollup: what the regional view is made of.
pub async fn coordinations_reporting(db: &Db, _proof: &Region) -> Result<i64, sqlx::Error> {
    scalar!(
        db,
        "SELECT COUNT(DISTINCT coordination_id) FROM signal_rollup"
    )
}
