//! Counting signals: per theme, right, cause, target group, territory, trend, severity, outcome or
//! round, within a coordination, within its published rounds, or across the region. Where the
//! result leaves the coordination (public pages, the regional view) a group with fewer people, or
//! drawn from fewer organisations, than the [`Thresholds`] is suppressed, so no small group and no
//! single partner's caseload can be singled out; those views never carry an organisation's name.
//!
//! Suppressing a cell is not enough when the others and the total are published: the cell would be
//! the total minus the rest. Each table's groups add up to the kind's total (a signal falls in one
//! group), so a table that hides a cell hides at least two (the next smallest with it), and a total
//! below the thresholds is hidden with every cell (each cell is at most the total). Then no hidden
//! figure is the unique solution of the equations the page publishes (the behaviour test
//! `published_figures_hide_what_they_suppress` builds that system and checks it).

use std::collections::HashMap;

use serde::Serialize;

use super::store::rollup::{self, Scope};
use super::store::SignalKind;
use super::{Dimension, Labels};
use crate::domain::Lang;
use crate::platform::db::Db;
use crate::platform::export::Table;
use crate::platform::i18n::t;
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::PublicScope;
use crate::platform::web::AppError;

/// Below these, a figure is not published outside the coordination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thresholds {
    /// People concerned (needs) or cases (non-take-up).
    pub people: i64,
    /// Organisations the signals come from.
    pub organisations: i64,
}

impl Thresholds {
    /// The platform's defaults: for the regional view, where no coordination's setting applies.
    pub fn platform() -> Thresholds {
        let default =
            |setting: Setting, fallback| setting.default_value().parse().unwrap_or(fallback);
        Thresholds {
            people: default(Setting::ObservatoryMinimumCount, 5),
            organisations: default(Setting::ObservatoryMinimumOrganisations, 3),
        }
    }

    /// What the public pages say of it, in `lang`.
    pub fn note(&self, lang: impl crate::platform::web::Val<Lang>) -> String {
        crate::platform::i18n::t_args(
            lang.val(),
            "observatory-suppression-note",
            &[
                ("count", &self.people.to_string()),
                ("organisations", &self.organisations.to_string()),
            ],
        )
    }

    fn hides(&self, people: i64, organisations: i64) -> bool {
        people < self.people || organisations < self.organisations
    }

    /// A coordination's thresholds (settings, default 5 people and 3 organisations).
    pub async fn of(db: &Db, scope: impl PublicScope + Copy) -> Result<Thresholds, AppError> {
        Ok(Thresholds {
            people: settings::number(db, scope, Setting::ObservatoryMinimumCount).await?,
            organisations: settings::number(db, scope, Setting::ObservatoryMinimumOrganisations)
                .await?,
        })
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
    pub kind: SignalKind,
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

/// The counts of a scope (and round), every dimension at once, read from the rollup in one query.
pub struct Facts {
    groups: HashMap<(String, String), Vec<CountRow>>,
}

impl Facts {
    pub async fn load(db: &Db, scope: Scope, round: Option<i64>) -> Result<Facts, AppError> {
        let rows = rollup::groups(db, scope, round).await?;
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
    pub fn count(&self, kind: SignalKind, dimension: Dimension) -> &[CountRow] {
        self.groups
            .get(&(kind.to_string(), dimension.code().to_string()))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Signals, people and organisations of one kind in all.
    pub fn total(&self, kind: SignalKind) -> (i64, i64, i64) {
        self.count(kind, Dimension::Total)
            .first()
            .map(|(_, signals, people, organisations)| (*signals, *people, *organisations))
            .unwrap_or((0, 0, 0))
    }

    /// The total of one kind as the scope may publish it: `None` when below the thresholds.
    pub fn published_total(
        &self,
        scope: Scope,
        kind: SignalKind,
        thresholds: Thresholds,
    ) -> Option<(i64, i64, i64)> {
        let (signals, people, organisations) = self.total(kind);
        (!scope.suppresses() || !thresholds.hides(people, organisations)).then_some((
            signals,
            people,
            organisations,
        ))
    }

    /// Which rows of a table are hidden: those below the thresholds and, where that leaves one
    /// hidden row beside a published total, the smallest published row with it.
    fn hidden_rows(
        &self,
        rows: &[CountRow],
        scope: Scope,
        kind: SignalKind,
        thresholds: Thresholds,
    ) -> Vec<bool> {
        if !scope.suppresses() {
            return vec![false; rows.len()];
        }
        let mut hidden: Vec<bool> = rows
            .iter()
            .map(|(_, _, people, organisations)| thresholds.hides(*people, *organisations))
            .collect();
        let total_published = self.published_total(scope, kind, thresholds).is_some();
        if total_published && hidden.iter().filter(|h| **h).count() == 1 {
            let smallest = rows
                .iter()
                .enumerate()
                .filter(|(i, _)| !hidden[*i])
                .min_by_key(|(_, (code, signals, people, _))| (*people, *signals, code.clone()))
                .map(|(i, _)| i);
            if let Some(i) = smallest {
                hidden[i] = true;
            }
        }
        hidden
    }

    /// One aggregate table, labelled in `lang`, with small groups suppressed where the scope asks.
    pub fn aggregate(
        &self,
        labels: &Labels,
        scope: Scope,
        kind: SignalKind,
        dimension: Dimension,
        thresholds: Thresholds,
        lang: Lang,
    ) -> Aggregate {
        let counts = self.count(kind, dimension);
        let hidden = self.hidden_rows(counts, scope, kind, thresholds);
        Aggregate {
            dimension,
            kind,
            rows: counts
                .iter()
                .zip(hidden)
                .map(
                    |((code, signals, people, organisations), hidden)| AggregateRow {
                        label: labels.label(dimension, code, lang),
                        code: code.clone(),
                        signals: (!hidden).then_some(*signals),
                        people: (!hidden).then_some(*people),
                        organisations: (!hidden).then_some(*organisations),
                    },
                )
                .collect(),
        }
    }

    /// Every table of a dashboard.
    pub fn all(
        &self,
        labels: &Labels,
        scope: Scope,
        thresholds: Thresholds,
        lang: Lang,
        dimensions: &[(SignalKind, &[Dimension])],
    ) -> Vec<Aggregate> {
        dimensions
            .iter()
            .flat_map(|(kind, list)| {
                list.iter().map(move |dimension| {
                    self.aggregate(labels, scope, *kind, *dimension, thresholds, lang)
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
                        t(lang, table.kind.label_key()),
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
