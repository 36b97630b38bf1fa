//! The regional view, for platform admins and regional staff: the same aggregates across every
//! coordination of the instance (non-take-up by right and cause, needs by theme and care basin),
//! never an organisation, small groups suppressed, and an export for the regional working group
//! on non-take-up.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use serde::Deserialize;

use super::aggregates::{self, Aggregate, Facts, Thresholds};
use super::dashboard::totals;
use super::dashboard::{shown, Shown};
use super::store::rollup::{self, Scope};
use super::store::SignalKind;
use super::{Dimension, Labels};
use crate::domain::Lang;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::export::file_response;
use crate::platform::policy::{authorize_region, Region};
use crate::platform::web::Word;
use crate::platform::web::{render, AppError, PageCtx};
use crate::platform::AppState;

pub const REGION_DIMENSIONS: [(SignalKind, &[Dimension]); 2] = [
    (
        SignalKind::NonTakeUp,
        &[Dimension::Right, Dimension::Cause, Dimension::Outcome],
    ),
    (
        SignalKind::Need,
        &[Dimension::Theme, Dimension::Basin, Dimension::TargetGroup],
    ),
];

/// Every regional table, in `lang`.
pub async fn tables(
    db: &Db,
    region: &Region,
    kind: Option<SignalKind>,
    lang: Lang,
) -> Result<Vec<Aggregate>, AppError> {
    let labels = Labels::load(db, None).await?;
    let wanted: Vec<(SignalKind, &[Dimension])> = REGION_DIMENSIONS
        .iter()
        .filter(|(k, _)| kind.is_none_or(|wanted| wanted == *k))
        .copied()
        .collect();
    let scope = Scope::region(region);
    Ok(Facts::load(db, scope, None).await?.all(
        &labels,
        scope,
        Thresholds::platform(),
        lang,
        &wanted,
    ))
}

#[derive(Template)]
#[template(path = "features/observatory/region.html")]
struct RegionPage {
    page: PageCtx,
    coordinations: i64,
    totals: Vec<(String, i64, i64, i64)>,
    tables: Vec<Shown>,
    thresholds: Thresholds,
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    let region = authorize_region(Some(&user))?;
    let db = &state.db;
    let lang = page.lang;
    let coordinations = rollup::coordinations_reporting(db, &region).await?;
    let labels = Labels::load(db, None).await?;
    let scope = Scope::region(&region);
    let facts = Facts::load(db, scope, None).await?;
    let thresholds = Thresholds::platform();
    let totals = totals(&facts, scope, thresholds, lang);
    let tables = facts.all(&labels, scope, thresholds, lang, &REGION_DIMENSIONS);
    render(&RegionPage {
        tables: shown(tables, lang, "region"),
        page,
        coordinations,
        totals,
        thresholds,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct KindQuery {
    kind: Option<String>,
}

/// The regional tables as CSV or XLSX; `?kind=non_take_up` for the non-take-up working group.
pub async fn export(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(Word { word: format }): Path<Word>,
    Query(query): Query<KindQuery>,
) -> Result<Response, AppError> {
    let region = authorize_region(Some(&user))?;
    let kind = query.kind.and_then(|k| SignalKind::parse(&k).ok());
    let tables = tables(&state.db, &region, kind, page.lang).await?;
    file_response(
        &aggregates::export_table(&tables, page.lang),
        &format,
        "regional_observatory",
    )
}
