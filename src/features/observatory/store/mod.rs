//! The observatory's rows and statements: signals and their causes (here), the rollup the
//! aggregates read (`rollup`), collection rounds (`rounds`), needs (`needs`) and context
//! indicators (`context`). Signals and needs are a coordination's protected data: every read and
//! write takes the `Tenant` proof. What leaves the coordination is counted by `rollup`, whose
//! scopes are built from a proof too (`Scope::of`, `Scope::published`, `Scope::region`).

pub mod context;
pub mod links;
pub mod needs;
pub mod personal_data;
pub mod rollup;
pub mod rounds;

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::{execute, fetch_all, scalar, scalar_optional, scalars, vocabulary};

vocabulary! {
    /// What a signal reports: a need seen on the front line, or rights people do not take up.
    pub enum SignalKind: "observatory-kind-" {
        Need = "need",
        NonTakeUp = "non_take_up",
    }
}

vocabulary! {
    /// How a need evolves, as the reporting organisation sees it.
    pub enum Trend: "trend-" {
        New = "new",
        Growing = "growing",
        Stable = "stable",
        Decreasing = "decreasing",
    }
}

vocabulary! {
    /// What the organisation did about a non-take-up.
    pub enum Outcome: "outcome-" {
        Referred = "referred",
        Accompanied = "accompanied",
        Unresolved = "unresolved",
    }
}

impl SignalKind {
    /// A need counts the people concerned; a non-take-up counts cases.
    pub fn counts_people(self) -> bool {
        self == SignalKind::Need
    }
}

/// Severity from 1 (low) to 4 (critical).
pub const SEVERITIES: [i64; 4] = [1, 2, 3, 4];

#[derive(Clone, Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Signal {
    pub id: i64,
    pub membership_id: i64,
    /// The reporting organisation (as registered in the coordination).
    pub organization: String,
    pub round_id: Option<i64>,
    pub need_id: Option<i64>,
    pub kind: SignalKind,
    pub theme_code: Option<String>,
    pub right_code: Option<String>,
    pub target_group: String,
    /// The municipality's NIS code.
    pub nis_code: Option<String>,
    pub basin_code: Option<String>,
    pub neighbourhood: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub description: String,
    /// Needs only.
    pub trend: Option<Trend>,
    /// Needs: 1 (low) to 4 (critical).
    pub severity: Option<i64>,
    /// People concerned (needs) or cases (non-take-up).
    pub people_count: i64,
    /// Non-take-up only.
    pub outcome: Option<Outcome>,
    /// Non-take-up: the causes' codes, comma-separated.
    pub causes: String,
    pub updated_at: DateTime<Utc>,
}

impl Signal {
    pub fn cause_codes(&self) -> Vec<&str> {
        self.causes.split(',').filter(|c| !c.is_empty()).collect()
    }
}

/// Columns of [`Signal`], for queries on `signals s JOIN memberships m`.
const SIGNAL_COLUMNS: &str = "s.id, s.membership_id, m.name AS organization, s.round_id, \
     s.need_id, s.kind, s.theme_code, s.right_code, s.target_group, s.nis_code, s.basin_code, \
     s.neighbourhood, s.period_start, s.period_end, s.description, s.trend, s.severity, \
     s.people_count, s.outcome, '' AS causes, s.updated_at";

/// Which of a coordination's signals to load; `None` places no condition.
#[derive(Clone, Debug, Default)]
pub struct SignalFilter {
    pub id: Option<i64>,
    pub membership: Option<i64>,
    pub round: Option<i64>,
    pub kind: Option<SignalKind>,
    pub need: Option<i64>,
    /// A theme (of a need) or a right (of a non-take-up).
    pub subject: Option<String>,
    pub sort: SignalSort,
}

vocabulary! {
    /// How a list of signals is ordered.
    #[derive(Default)]
    pub enum SignalSort: "observatory-sort-" {
        /// Latest period first.
        #[default]
        Period = "period",
        /// Most people concerned first.
        People = "people",
        Organisation = "organisation",
    }
}

impl SignalSort {
    fn order_by(self) -> &'static str {
        match self {
            SignalSort::Period => "s.period_start DESC, s.id DESC",
            SignalSort::People => "s.people_count DESC, s.period_start DESC, s.id DESC",
            SignalSort::Organisation => "m.name, s.period_start DESC, s.id DESC",
        }
    }
}

const FILTER_SQL: &str = "s.coordination_id = $1 AND ($2 = 0 OR s.id = $2) \
     AND ($3 = 0 OR s.membership_id = $3) AND ($4 = 0 OR s.round_id = $4) \
     AND ($5 = '' OR s.kind = $5) AND ($6 = 0 OR s.need_id = $6) \
     AND ($7 = '' OR s.theme_code = $7 OR s.right_code = $7)";

/// A page of signals, in the filter's order. The causes are read in a second query so the list
/// needs no string aggregation, which the two databases spell differently.
pub async fn signals(
    db: &Db,
    tenant: &Tenant,
    filter: SignalFilter,
    (limit, offset): (i64, i64),
) -> Result<Vec<Signal>, sqlx::Error> {
    let sql = format!(
        "SELECT {SIGNAL_COLUMNS} FROM signals s JOIN memberships m ON m.id = s.membership_id \
         WHERE {FILTER_SQL} ORDER BY {} LIMIT $8 OFFSET $9",
        filter.sort.order_by()
    );
    let mut signals: Vec<Signal> = fetch_all!(
        db,
        &sql,
        tenant.id(),
        filter.id.unwrap_or(0),
        filter.membership.unwrap_or(0),
        filter.round.unwrap_or(0),
        filter.kind.map_or("", SignalKind::as_str),
        filter.need.unwrap_or(0),
        filter.subject.as_deref().unwrap_or(""),
        limit,
        offset
    )?;
    let (Some(min), Some(max)) = (
        signals.iter().map(|s| s.id).min(),
        signals.iter().map(|s| s.id).max(),
    ) else {
        return Ok(signals);
    };
    let causes: Vec<(i64, String)> = fetch_all!(
        db,
        "SELECT c.signal_id, c.cause_code FROM signal_causes c \
         JOIN signals s ON s.id = c.signal_id \
         WHERE s.coordination_id = $1 AND c.signal_id BETWEEN $2 AND $3 ORDER BY c.cause_code",
        tenant.id(),
        min,
        max
    )?;
    let mut by_signal: HashMap<i64, Vec<String>> = HashMap::new();
    for (signal, cause) in causes {
        by_signal.entry(signal).or_default().push(cause);
    }
    for signal in &mut signals {
        signal.causes = by_signal.remove(&signal.id).unwrap_or_default().join(",");
    }
    Ok(signals)
}

/// One signal of the coordination.
pub async fn signal(db: &Db, tenant: &Tenant, id: i64) -> Result<Option<Signal>, sqlx::Error> {
    let filter = SignalFilter {
        id: Some(id),
        ..SignalFilter::default()
    };
    Ok(signals(db, tenant, filter, (1, 0)).await?.pop())
}

pub async fn count_signals(
    db: &Db,
    tenant: &Tenant,
    filter: SignalFilter,
) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM signals s WHERE {FILTER_SQL}");
    scalar!(
        db,
        &sql,
        tenant.id(),
        filter.id.unwrap_or(0),
        filter.membership.unwrap_or(0),
        filter.round.unwrap_or(0),
        filter.kind.map_or("", SignalKind::as_str),
        filter.need.unwrap_or(0),
        filter.subject.as_deref().unwrap_or("")
    )
}

/// A signal as it is written (checked by the caller).
#[derive(Debug)]
pub struct SignalInput {
    pub membership_id: i64,
    pub round_id: Option<i64>,
    pub kind: SignalKind,
    pub theme_code: Option<String>,
    pub right_code: Option<String>,
    pub causes: Vec<String>,
    pub target_group: String,
    pub nis_code: Option<String>,
    pub basin_code: Option<String>,
    pub neighbourhood: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub description: String,
    pub trend: Option<Trend>,
    pub severity: Option<i64>,
    pub people_count: i64,
    pub outcome: Option<Outcome>,
}

/// The care basin of a municipality that lies in exactly one (reference data, public).
pub async fn basin_of(tx: &mut Tx, nis_code: &str) -> Result<Option<String>, sqlx::Error> {
    let basins: Vec<String> = scalars!(
        tx,
        "SELECT basin_code FROM municipality_basins WHERE nis_code = $1",
        nis_code
    )?;
    Ok((basins.len() == 1).then(|| basins[0].clone()))
}

const INSERT_SIGNAL: &str = "INSERT INTO signals (coordination_id, membership_id, round_id, \
     need_id, kind, theme_code, right_code, target_group, nis_code, basin_code, neighbourhood, \
     period_start, period_end, description, trend, severity, people_count, outcome, created_by, \
     created_at, updated_at) VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, $9, $10, $11, $12, \
     $13, $14, $15, $16, $17, $18, $19, $19) RETURNING id";

const UPDATE_SIGNAL: &str = "UPDATE signals SET membership_id = $1, round_id = $2, \
     theme_code = $3, right_code = $4, target_group = $5, nis_code = $6, basin_code = $7, \
     neighbourhood = $8, period_start = $9, period_end = $10, description = $11, trend = $12, \
     severity = $13, people_count = $14, outcome = $15, updated_at = $16 \
     WHERE id = $17 AND coordination_id = $18";

/// Writes a signal (new, or over `existing`) with its causes, and counts it into the rollup in
/// the same transaction; returns its id. A municipality in one care basin gives the basin.
pub async fn write_signal(
    tx: &mut Tx,
    tenant: &Tenant,
    author: Option<i64>,
    signal: &SignalInput,
    existing: Option<i64>,
) -> Result<i64, sqlx::Error> {
    let basin = match (&signal.basin_code, &signal.nis_code) {
        (Some(basin), _) => Some(basin.clone()),
        (None, Some(nis)) => basin_of(tx, nis).await?,
        (None, None) => None,
    };
    let now = Utc::now();
    let id: i64 = match existing {
        None => scalar!(
            &mut *tx,
            INSERT_SIGNAL,
            tenant.id(),
            signal.membership_id,
            signal.round_id,
            signal.kind,
            &signal.theme_code,
            &signal.right_code,
            &signal.target_group,
            &signal.nis_code,
            &basin,
            &signal.neighbourhood,
            signal.period_start,
            signal.period_end,
            &signal.description,
            signal.trend,
            signal.severity,
            signal.people_count,
            signal.outcome,
            author,
            now
        )?,
        Some(id) => {
            rollup::remove(tx, tenant, id).await?;
            execute!(
                &mut *tx,
                UPDATE_SIGNAL,
                signal.membership_id,
                signal.round_id,
                &signal.theme_code,
                &signal.right_code,
                &signal.target_group,
                &signal.nis_code,
                &basin,
                &signal.neighbourhood,
                signal.period_start,
                signal.period_end,
                &signal.description,
                signal.trend,
                signal.severity,
                signal.people_count,
                signal.outcome,
                now,
                id,
                tenant.id()
            )?;
            execute!(
                &mut *tx,
                "DELETE FROM signal_causes WHERE signal_id = $1 \
                 AND signal_id IN (SELECT id FROM signals WHERE coordination_id = $2)",
                id,
                tenant.id()
            )?;
            id
        }
    };
    for cause in &signal.causes {
        execute!(
            &mut *tx,
            "INSERT INTO signal_causes (signal_id, cause_code) VALUES ($1, $2)",
            id,
            cause
        )?;
    }
    rollup::add(tx, tenant, id).await?;
    Ok(id)
}

/// Deletes a signal, taking it out of the rollup first; 0 when there was none.
pub async fn delete_signal(tx: &mut Tx, tenant: &Tenant, id: i64) -> Result<u64, sqlx::Error> {
    rollup::remove(tx, tenant, id).await?;
    execute!(
        tx,
        "DELETE FROM signals WHERE id = $1 AND coordination_id = $2",
        id,
        tenant.id()
    )
}

/// The organisation's last round before `before` in which it reported.
pub async fn last_round_reported(
    db: &Db,
    tenant: &Tenant,
    membership_id: i64,
    before: NaiveDate,
) -> Result<Option<i64>, sqlx::Error> {
    scalar_optional!(
        db,
        "SELECT r.id FROM collection_rounds r WHERE r.coordination_id = $1 \
         AND r.period_start < $2 AND EXISTS (SELECT 1 FROM signals s \
         WHERE s.round_id = r.id AND s.membership_id = $3) \
         ORDER BY r.period_start DESC LIMIT 1",
        tenant.id(),
        before,
        membership_id
    )
}

/// The organisations that reported in a round.
pub async fn reporters_in(
    db: &Db,
    tenant: &Tenant,
    round_id: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    scalars!(
        db,
        "SELECT DISTINCT membership_id FROM signals WHERE round_id = $1 AND coordination_id = $2",
        round_id,
        tenant.id()
    )
}

/// Signals and organisations per round: (round, signals, organisations).
pub async fn round_counts(db: &Db, tenant: &Tenant) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT round_id, COUNT(*), COUNT(DISTINCT membership_id) FROM signals \
         WHERE coordination_id = $1 AND round_id IS NOT NULL GROUP BY round_id",
        tenant.id()
    )
}

/// Groups signals under a need; returns how many were grouped.
pub async fn group_under(
    tx: &mut Tx,
    tenant: &Tenant,
    need_id: i64,
    signal_ids: &[i64],
) -> Result<u64, sqlx::Error> {
    let mut grouped = 0;
    for id in signal_ids {
        grouped += execute!(
            &mut *tx,
            "UPDATE signals SET need_id = $1 WHERE id = $2 AND coordination_id = $3",
            need_id,
            id,
            tenant.id()
        )?;
    }
    Ok(grouped)
}
