//! The needs observatory. Member organisations report what they see on the front line: observed
//! needs and non-take-up of social rights, as counts and descriptions, never data about a person.
//! A signal is visible to its organisation and the coordinators; members see aggregates; the
//! public sees the aggregates of the rounds the coordinator published, with small counts
//! suppressed; regional staff see the aggregates across every coordination. Coordinators group
//! signals into needs and follow them from observation to an answer.

pub mod aggregates;
pub mod api;
pub mod chart;
pub mod context;
pub mod dashboard;
pub mod demo;
pub mod needs;
pub mod region;
pub mod rounds;
pub mod signals;

use std::collections::HashMap;

use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::domain::Lang;
use crate::features::directory::store::TARGET_GROUPS;
use crate::platform::db::Db;
use crate::platform::i18n::t;
use crate::platform::reference::{Named, Reference};
use crate::platform::tenancy::Coordination;
use crate::platform::web::PageRouter;
use crate::platform::AppState;
use crate::with_db;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/{coord}/observatory", get(dashboard::page))
        .page(
            "/{lang}/{coord}/observatory/export/{format}",
            get(dashboard::export),
        )
        .page("/{lang}/{coord}/observatory/public", get(dashboard::public))
        .page(
            "/{lang}/{coord}/observatory/report",
            get(signals::new_form).post(signals::create),
        )
        .page("/{lang}/{coord}/observatory/mine", get(signals::mine))
        .page(
            "/{lang}/{coord}/observatory/copy",
            post(signals::copy_last_round),
        )
        .page(
            "/{lang}/{coord}/observatory/signals",
            get(signals::all).post(needs::create),
        )
        .page(
            "/{lang}/{coord}/observatory/signals/{id}",
            get(signals::edit_form).post(signals::edit),
        )
        .page(
            "/{lang}/{coord}/observatory/signals/{id}/delete",
            post(signals::delete),
        )
        .page(
            "/{lang}/{coord}/observatory/needs/{id}",
            get(needs::page).post(needs::update),
        )
        .page(
            "/{lang}/{coord}/observatory/needs/{id}/agenda",
            post(needs::put_on_agenda),
        )
        .page(
            "/{lang}/{coord}/observatory/rounds",
            get(rounds::list).post(rounds::open),
        )
        .page(
            "/{lang}/{coord}/observatory/rounds/{id}/{step}",
            post(rounds::advance),
        )
        .page(
            "/{lang}/{coord}/observatory/settings",
            post(rounds::save_settings),
        )
        .page(
            "/{lang}/{coord}/observatory/rights",
            post(rounds::add_right),
        )
        .page(
            "/{lang}/{coord}/observatory/context",
            get(context::page)
                .post(context::import)
                .layer(axum::extract::DefaultBodyLimit::max(context::MAX_BYTES)),
        )
        .page("/{lang}/region/observatory", get(region::page))
        .page(
            "/{lang}/region/observatory/export/{format}",
            get(region::export),
        )
}

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/coordinations/{coord}/signals",
            get(api::api_signals),
        )
        .route(
            "/api/v1/coordinations/{coord}/observatory",
            get(api::api_aggregates),
        )
        .route("/api/v1/region/observatory", get(api::api_region))
}

pub const KINDS: [&str; 2] = ["need", "non_take_up"];
pub const TRENDS: [&str; 4] = ["new", "growing", "stable", "decreasing"];
pub const OUTCOMES: [&str; 3] = ["referred", "accompanied", "unresolved"];
/// Severity from 1 (low) to 4 (critical).
pub const SEVERITIES: [i64; 4] = [1, 2, 3, 4];
pub const NEED_STATUSES: [&str; 4] = ["observed", "discussed", "in_action", "answered"];

#[derive(Clone, Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Signal {
    pub id: i64,
    pub membership_id: i64,
    /// The reporting organisation (as registered in the coordination).
    pub organization: String,
    pub round_id: Option<i64>,
    pub need_id: Option<i64>,
    /// `need` or `non_take_up`.
    pub kind: String,
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
    /// Needs: `new`, `growing`, `stable` or `decreasing`.
    pub trend: Option<String>,
    /// Needs: 1 (low) to 4 (critical).
    pub severity: Option<i64>,
    /// People concerned (needs) or cases (non-take-up).
    pub people_count: i64,
    /// Non-take-up: `referred`, `accompanied` or `unresolved`.
    pub outcome: Option<String>,
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
pub(crate) const SIGNAL_COLUMNS: &str = "s.id, s.membership_id, m.name AS organization, s.round_id, s.need_id, s.kind, s.theme_code, s.right_code, \
     s.target_group, s.nis_code, s.basin_code, s.neighbourhood, s.period_start, s.period_end, s.description, s.trend, s.severity, \
     s.people_count, s.outcome, '' AS causes, s.updated_at";

/// Which of a coordination's signals to load; `None` places no condition.
#[derive(Clone, Copy, Debug, Default)]
pub struct SignalFilter<'a> {
    pub id: Option<i64>,
    pub membership: Option<i64>,
    pub round: Option<i64>,
    pub kind: Option<&'a str>,
    pub need: Option<i64>,
}

const FILTER_SQL: &str =
    "s.coordination_id = $1 AND ($2 = 0 OR s.id = $2) AND ($3 = 0 OR s.membership_id = $3) \
     AND ($4 = 0 OR s.round_id = $4) AND ($5 = '' OR s.kind = $5) AND ($6 = 0 OR s.need_id = $6)";

/// A page of signals, newest period first. The causes are read in a second query so the list
/// needs no string aggregation, which the two databases spell differently.
pub(crate) async fn load_signals(
    db: &Db,
    coordination_id: i64,
    filter: SignalFilter<'_>,
    limit: i64,
    offset: i64,
) -> Result<Vec<Signal>, sqlx::Error> {
    let sql = format!(
        "SELECT {SIGNAL_COLUMNS} FROM signals s JOIN memberships m ON m.id = s.membership_id \
         WHERE {FILTER_SQL} ORDER BY s.period_start DESC, s.id DESC LIMIT $7 OFFSET $8"
    );
    let mut signals: Vec<Signal> = with_db!(db, |p| sqlx::query_as(&sql)
        .bind(coordination_id)
        .bind(filter.id.unwrap_or(0))
        .bind(filter.membership.unwrap_or(0))
        .bind(filter.round.unwrap_or(0))
        .bind(filter.kind.unwrap_or(""))
        .bind(filter.need.unwrap_or(0))
        .bind(limit)
        .bind(offset)
        .fetch_all(p)
        .await)?;
    let (Some(min), Some(max)) = (
        signals.iter().map(|s| s.id).min(),
        signals.iter().map(|s| s.id).max(),
    ) else {
        return Ok(signals);
    };
    let causes: Vec<(i64, String)> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT c.signal_id, c.cause_code FROM signal_causes c JOIN signals s ON s.id = c.signal_id \
         WHERE s.coordination_id = $1 AND c.signal_id BETWEEN $2 AND $3 ORDER BY c.cause_code"
    )
    .bind(coordination_id)
    .bind(min)
    .bind(max)
    .fetch_all(p)
    .await
    })?;
    let mut by_signal: HashMap<i64, Vec<String>> = HashMap::new();
    for (signal, cause) in causes {
        by_signal.entry(signal).or_default().push(cause);
    }
    for signal in &mut signals {
        signal.causes = by_signal.remove(&signal.id).unwrap_or_default().join(",");
    }
    Ok(signals)
}

pub(crate) async fn count_signals(
    db: &Db,
    coordination_id: i64,
    filter: SignalFilter<'_>,
) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM signals s WHERE {FILTER_SQL}");
    with_db!(db, |p| sqlx::query_scalar(&sql)
        .bind(coordination_id)
        .bind(filter.id.unwrap_or(0))
        .bind(filter.membership.unwrap_or(0))
        .bind(filter.round.unwrap_or(0))
        .bind(filter.kind.unwrap_or(""))
        .bind(filter.need.unwrap_or(0))
        .fetch_one(p)
        .await)
}

/// Names of the codes signals use, in every language: themes, rights, causes, municipalities,
/// care basins, target groups.
#[derive(Clone, Debug, Default)]
pub struct Labels(Reference);

impl Labels {
    /// The shared lists plus the rights `coordination` added (none for the regional view).
    pub async fn load(db: &Db, coordination: Option<&Coordination>) -> Result<Labels, sqlx::Error> {
        Ok(Labels(Reference::load(db, coordination).await?))
    }

    /// The reference list a dimension counts by, if it is one.
    fn list(&self, dimension: Dimension) -> Option<&[Named]> {
        match dimension {
            Dimension::Theme => Some(&self.0.themes),
            Dimension::Right => Some(&self.0.rights),
            Dimension::Cause => Some(&self.0.causes),
            Dimension::Municipality => Some(&self.0.municipalities),
            Dimension::Basin => Some(&self.0.basins),
            _ => None,
        }
    }

    /// The name of `code` in dimension `dimension`, in `lang`; unknown codes show as themselves.
    pub fn label(&self, dimension: Dimension, code: &str, lang: Lang) -> String {
        let found = match dimension {
            Dimension::TargetGroup => Some(t(lang, &format!("target-{code}"))),
            Dimension::Trend => Some(t(lang, &format!("trend-{code}"))),
            Dimension::Outcome => Some(t(lang, &format!("outcome-{code}"))),
            Dimension::Severity => Some(t(lang, &format!("severity-{code}"))),
            Dimension::Total => None,
            listed => self
                .list(listed)
                .and_then(|list| Reference::name(list, code, lang))
                .map(str::to_string),
        };
        match found {
            Some(name) => name,
            None if code.is_empty() => t(lang, "observatory-unspecified"),
            None => code.to_string(),
        }
    }

    /// (code, name) pairs for a form's choices: reference lists in the reader's alphabetical
    /// order, closed lists in their own order.
    pub fn choices(&self, dimension: Dimension, lang: Lang) -> Vec<(String, String)> {
        if let Some(list) = self.list(dimension) {
            return Reference::choices(list, lang);
        }
        let codes: Vec<String> = match dimension {
            Dimension::TargetGroup => TARGET_GROUPS.iter().map(|c| c.to_string()).collect(),
            Dimension::Trend => TRENDS.iter().map(|c| c.to_string()).collect(),
            Dimension::Outcome => OUTCOMES.iter().map(|c| c.to_string()).collect(),
            Dimension::Severity => SEVERITIES.iter().map(|c| c.to_string()).collect(),
            _ => Vec::new(),
        };
        codes
            .into_iter()
            .map(|code| {
                let name = self.label(dimension, &code, lang);
                (code, name)
            })
            .collect()
    }

    /// What a signal is about: its theme (a need) or its right (non-take-up).
    pub fn subject(&self, signal: &Signal, lang: impl crate::platform::web::Val<Lang>) -> String {
        let lang = lang.val();
        match signal.kind.as_str() {
            "need" => self.label(
                Dimension::Theme,
                signal.theme_code.as_deref().unwrap_or(""),
                lang,
            ),
            _ => self.label(
                Dimension::Right,
                signal.right_code.as_deref().unwrap_or(""),
                lang,
            ),
        }
    }

    pub fn knows(&self, dimension: Dimension, code: &str) -> bool {
        match dimension {
            Dimension::TargetGroup => TARGET_GROUPS.contains(&code),
            Dimension::Trend => TRENDS.contains(&code),
            Dimension::Outcome => OUTCOMES.contains(&code),
            Dimension::Severity => SEVERITIES.iter().any(|s| s.to_string() == code),
            Dimension::Total => false,
            listed => self
                .list(listed)
                .is_some_and(|list| Reference::knows(list, code)),
        }
    }
}

/// What signals are counted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Theme,
    Right,
    Cause,
    TargetGroup,
    Municipality,
    Basin,
    Trend,
    Severity,
    Outcome,
    /// Every signal of a kind together: the totals.
    Total,
}

impl Dimension {
    pub fn code(self) -> &'static str {
        match self {
            Dimension::Theme => "theme",
            Dimension::Right => "right",
            Dimension::Cause => "cause",
            Dimension::TargetGroup => "target_group",
            Dimension::Municipality => "municipality",
            Dimension::Basin => "basin",
            Dimension::Trend => "trend",
            Dimension::Severity => "severity",
            Dimension::Outcome => "outcome",
            Dimension::Total => "total",
        }
    }
}
