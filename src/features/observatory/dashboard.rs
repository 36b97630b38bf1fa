//! The observatory's dashboards: the members' (every aggregate of the coordination, by round),
//! the public one (published rounds only, small groups suppressed), and their CSV/XLSX exports.
//! Each chart has its data table beside it.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use serde::Deserialize;

use super::aggregates::{
    self, Aggregate, Facts, Thresholds, NEED_DIMENSIONS, NON_TAKE_UP_DIMENSIONS,
};
use super::store::context::{latest_for, Indicator};
use super::store::needs::{self, summaries, NeedSummary};
use super::store::rollup::{self, Scope};
use super::store::rounds::{self, rounds, Round};
use super::store::SignalKind;
use super::{chart, Dimension, Labels};
use crate::domain::Lang;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::export::file_response;
use crate::platform::i18n::{format_integer, t, t_args};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::Word;
use crate::platform::web::{render, AppError, PageCtx};
use crate::platform::AppState;

/// A table with its chart, ready for the page.
pub struct Shown {
    pub id: String,
    pub title: String,
    pub svg: String,
    pub table: Aggregate,
    /// The people (or cases) of each row in the round before, when the page compares rounds:
    /// aligned with the table's rows (`None`: the group was not there, or was too small).
    pub previous: Vec<Option<i64>>,
}

impl Shown {
    /// Sets beside each row what the same group counted in `before` (the previous round's table
    /// of the same kind and dimension).
    fn compared_with(mut self, before: Option<&Aggregate>) -> Shown {
        if let Some(before) = before {
            self.previous = self
                .table
                .rows
                .iter()
                .map(|row| {
                    before
                        .rows
                        .iter()
                        .find(|b| b.code == row.code)
                        .and_then(|b| b.people)
                })
                .collect();
        }
        self
    }

    /// The change from the round before, written with its sign (`+4`, `−2`, `=`).
    pub fn change(&self, index: impl crate::platform::web::Val<usize>) -> String {
        let index = index.val();
        let now = self.table.rows.get(index).and_then(|r| r.people);
        match (now, self.previous.get(index).copied().flatten()) {
            (Some(now), Some(before)) if now > before => format!("+{}", now - before),
            (Some(now), Some(before)) if now < before => format!("\u{2212}{}", before - now),
            (Some(_), Some(_)) => "=".to_string(),
            _ => String::new(),
        }
    }
}

/// Charts and tables for `tables`, in `lang`.
pub fn shown(tables: Vec<Aggregate>, lang: Lang, prefix: &str) -> Vec<Shown> {
    tables
        .into_iter()
        .enumerate()
        .map(|(i, table)| {
            let title = format!(
                "{} — {}",
                t(lang, table.kind.label_key()),
                t(lang, &format!("observatory-by-{}", table.dimension.code()))
            );
            let bars = table.bars();
            let description = match bars.first() {
                Some((label, people)) => t_args(
                    lang,
                    "chart-description",
                    &[
                        ("groups", &table.rows.len().to_string()),
                        ("label", label),
                        ("count", &format_integer(lang, *people)),
                    ],
                ),
                None => t(lang, "observatory-empty"),
            };
            let id = format!("{prefix}-chart-{i}");
            Shown {
                svg: chart::bars(&id, &title, &description, &bars),
                id,
                title,
                table,
                previous: Vec::new(),
            }
        })
        .collect()
}

/// People per theme and round, for the themes most reported overall: how needs evolve.
pub struct Evolution {
    pub rounds: Vec<String>,
    pub rows: Vec<(String, Vec<i64>)>,
}

/// People per theme and round for the five themes most reported overall.
async fn trend(
    db: &Db,
    labels: &Labels,
    tenant: &Tenant,
    all_rounds: &[Round],
    lang: Lang,
) -> Result<Evolution, AppError> {
    let recent: Vec<&Round> = all_rounds.iter().take(6).rev().collect();
    let counts = rollup::by_round(db, tenant, SignalKind::Need, Dimension::Theme).await?;
    let mut overall: HashMap<&str, i64> = HashMap::new();
    for (_, code, people) in &counts {
        *overall.entry(code.as_str()).or_default() += people;
    }
    let mut top: Vec<(&str, i64)> = overall.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let rows = top
        .iter()
        .take(5)
        .map(|(code, _)| {
            let per_round = recent
                .iter()
                .map(|round| {
                    counts
                        .iter()
                        .find(|(r, c, _)| *r == round.id && c == code)
                        .map(|(_, _, people)| *people)
                        .unwrap_or(0)
                })
                .collect();
            (labels.label(Dimension::Theme, code, lang), per_round)
        })
        .collect();
    Ok(Evolution {
        rounds: recent.iter().map(|r| r.title(lang).to_string()).collect(),
        rows,
    })
}

#[derive(Template)]
#[template(path = "features/observatory/dashboard.html")]
struct DashboardPage {
    page: PageCtx,
    rounds: Vec<Round>,
    round: i64,
    /// The round the chosen one is compared with: the one before it.
    previous_round: Option<Round>,
    totals: Vec<(String, i64, i64, i64)>,
    /// The totals of the round before, beside the chosen round's.
    previous_totals: Vec<Total>,
    top: Vec<(String, i64)>,
    tables: Vec<Shown>,
    trend: Evolution,
    needs: Vec<NeedSummary>,
    indicators: Vec<Indicator>,
    can_manage: bool,
    is_reporter: bool,
}

#[derive(Debug, Default, Deserialize)]
pub struct RoundQuery {
    round: Option<i64>,
}

const DIMENSIONS: [(SignalKind, &[Dimension]); 2] = [
    (SignalKind::Need, &NEED_DIMENSIONS),
    (SignalKind::NonTakeUp, &NON_TAKE_UP_DIMENSIONS),
];

/// Signals, people and organisations per kind (a kind below the minimum is left out where the
/// scope suppresses small groups).
/// A published total: the kind's name, its signals, people or cases, and organisations.
pub type Total = (String, i64, i64, i64);

pub fn totals(facts: &Facts, scope: Scope, thresholds: Thresholds, lang: Lang) -> Vec<Total> {
    SignalKind::ALL
        .iter()
        .filter_map(|kind| {
            let (signals, people, organisations) =
                facts.published_total(scope, *kind, thresholds)?;
            let name = t(lang, kind.label_key());
            Some((name, signals, people, organisations))
        })
        .collect()
}

/// The members' dashboard: every aggregate of the coordination, for one round or all.
pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<RoundQuery>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let db = &state.db;
    let lang = page.lang;
    let labels = Labels::load(db, Some(&coordination)).await?;
    let all_rounds = rounds(db, &tenant).await?;
    let round = query
        .round
        .filter(|r| all_rounds.iter().any(|x| x.id == *r));
    let scope = Scope::of(&tenant);
    let thresholds = Thresholds::of(db, &tenant).await?;
    let facts = Facts::load(db, scope, round).await?;
    let tables = facts.all(&labels, scope, thresholds, lang, &DIMENSIONS);
    let top = tables
        .first()
        .map(|themes| themes.bars().into_iter().take(5).collect())
        .unwrap_or_default();
    let is_reporter =
        crate::features::membership::store::membership_of_user(db, &coordination, &user)
            .await?
            .is_some();
    // One round chosen: each figure beside the same figure in the round before it.
    let previous_round = round.and_then(|chosen| {
        all_rounds
            .iter()
            .skip_while(|r| r.id != chosen)
            .nth(1)
            .cloned()
    });
    let (previous_totals, previous_tables) = match &previous_round {
        Some(before) => {
            let facts = Facts::load(db, scope, Some(before.id)).await?;
            let tables = facts.all(&labels, scope, thresholds, lang, &DIMENSIONS);
            (totals(&facts, scope, thresholds, lang), Some(tables))
        }
        None => (Vec::new(), None),
    };
    let tables = shown(tables, lang, "local")
        .into_iter()
        .map(|table| {
            let before = previous_tables.as_ref().and_then(|all| {
                all.iter()
                    .find(|b| b.kind == table.table.kind && b.dimension == table.table.dimension)
            });
            table.compared_with(before)
        })
        .collect();
    render(&DashboardPage {
        previous_round,
        previous_totals,
        totals: totals(&facts, scope, thresholds, lang),
        trend: trend(db, &labels, &tenant, &all_rounds, lang).await?,
        needs: summaries(db, &tenant).await?,
        indicators: latest_for(db, &coordination.nis_code).await?,
        can_manage: policy::allows(
            Some(&user),
            Action::ManageObservatory,
            Some(coordination.id),
        ),
        is_reporter,
        page: page.with_coordination(coordination.as_ref()),
        rounds: all_rounds,
        round: round.unwrap_or(0),
        top,
        tables,
    })
}

#[derive(Template)]
#[template(path = "features/observatory/public.html")]
struct PublicPage {
    page: PageCtx,
    rounds: Vec<Round>,
    totals: Vec<(String, i64, i64, i64)>,
    tables: Vec<Shown>,
    thresholds: Thresholds,
    indicators: Vec<Indicator>,
    /// The needs and where each stands.
    needs: Vec<NeedSummary>,
}

impl PublicPage {
    /// What the coordinator wrote about its latest published round, in the reader's language
    /// or else the other one (with its language, for the page to say it).
    fn latest_text(&self) -> Option<(&str, Lang)> {
        let latest = self.rounds.first()?;
        let (text, lang) = self
            .page
            .lang
            .read(&latest.public_text_fr, &latest.public_text_nl);
        (!text.trim().is_empty()).then_some((text, lang))
    }
}

/// What the coordination published: the aggregates of its published rounds, small groups
/// suppressed, no organisation named.
pub async fn public(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let db = &state.db;
    let lang = page.lang;
    let labels = Labels::load(db, Some(&coordination)).await?;
    let published = rounds::published(db, &coordination).await?;
    let thresholds = Thresholds::of(db, &coordination).await?;
    let scope = Scope::published(&coordination);
    let facts = Facts::load(db, scope, None).await?;
    let tables = if published.is_empty() {
        Vec::new()
    } else {
        facts.all(&labels, scope, thresholds, lang, &DIMENSIONS)
    };
    render(&PublicPage {
        needs: needs::published(db, &coordination).await?,
        totals: totals(&facts, scope, thresholds, lang),
        indicators: latest_for(db, &coordination.nis_code).await?,
        page: page.with_coordination(coordination.as_ref()),
        rounds: published,
        tables: shown(tables, lang, "public"),
        thresholds,
    })
}

/// What a coordination's home page shows of its observatory: the latest round it published and
/// the published totals, small groups hidden as on the public page (none before a publication).
pub async fn published_summary(
    db: &Db,
    coordination: &Coordination,
    lang: Lang,
) -> Result<Option<(Round, Vec<Total>)>, AppError> {
    let Some(latest) = rounds::published(db, coordination)
        .await?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let thresholds = Thresholds::of(db, coordination).await?;
    let scope = Scope::published(coordination);
    let facts = Facts::load(db, scope, None).await?;
    Ok(Some((latest, totals(&facts, scope, thresholds, lang))))
}

/// The members' aggregates as CSV or XLSX (for one round with `?round=`).
pub async fn export(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Word { word: format }): Path<Word>,
    Query(query): Query<RoundQuery>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let tables = local_tables(&state.db, &coordination, &tenant, query.round, page.lang).await?;
    file_response(
        &aggregates::export_table(&tables, page.lang),
        &format,
        &format!("observatory-{}", coordination.slug),
    )
}

/// Every aggregate of a coordination, for one round or all (the export and the API).
pub async fn local_tables(
    db: &Db,
    coordination: &Coordination,
    tenant: &Tenant,
    round: Option<i64>,
    lang: Lang,
) -> Result<Vec<Aggregate>, AppError> {
    let labels = Labels::load(db, Some(coordination)).await?;
    let thresholds = Thresholds::of(db, tenant).await?;
    let scope = Scope::of(tenant);
    Ok(Facts::load(db, scope, round)
        .await?
        .all(&labels, scope, thresholds, lang, &DIMENSIONS))
}
