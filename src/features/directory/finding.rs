//! A map search as every page and the HSDS API run it: the engine finds the words (after loading
//! the coordination's services again if they changed), the store filters, counts and pages.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::store::search::{self, Results, SearchParams};
use crate::domain::Lang;
use crate::platform::i18n::t;
use crate::platform::search::Engine;
use crate::platform::tenancy::Coordination;
use crate::platform::web::AppError;
use crate::platform::AppState;

/// The engine, holding the coordination's services as its public pages show them.
async fn engine(state: &AppState, coordination: &Coordination) -> Result<Arc<Engine>, AppError> {
    let version = state
        .versions
        .current(&state.db)
        .await?
        .of_coordination(&coordination.slug);
    state
        .search
        .current(coordination.id, version, || async {
            let targets = |lang: Lang, group: &str| t(lang, &format!("target-{group}"));
            Ok(search::documents(&state.db, coordination, targets).await?)
        })
        .await
}

/// The services matching what the reader typed, best first, from an index as current as the
/// coordination's public pages.
pub async fn matching(
    state: &AppState,
    coordination: &Coordination,
    words: &str,
) -> Result<Vec<i64>, AppError> {
    let ids = engine(state, coordination)
        .await?
        .search(
            Some(&[coordination.id as u64]),
            words,
            state.search.synonyms(),
        )
        .map_err(AppError::internal)?;
    Ok(ids.into_iter().map(|id| id as i64).collect())
}

/// A near search that finds something, for a search that found nothing ("did you mean").
pub async fn suggestion(
    state: &AppState,
    coordination: &Coordination,
    words: &str,
) -> Result<Option<String>, AppError> {
    engine(state, coordination)
        .await?
        .suggest(
            Some(&[coordination.id as u64]),
            words,
            state.search.synonyms(),
        )
        .map_err(AppError::internal)
}

/// One page of a map search with its count and facets.
pub async fn find(
    state: &AppState,
    coordination: &Coordination,
    params: &SearchParams,
    lang: Lang,
    limit: i64,
    offset: i64,
) -> Result<Results, AppError> {
    let found = match params.has_query() {
        true => Some(matching(state, coordination, params.q.as_deref().unwrap_or("")).await?),
        false => None,
    };
    let now: DateTime<Utc> = Utc::now();
    Ok(search::search(
        &state.db,
        coordination,
        params,
        found,
        lang == Lang::Nl,
        now,
        limit,
        offset,
    )
    .await?)
}
