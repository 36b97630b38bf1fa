//! A map search as every page and the HSDS API run it: the engine finds the words (after loading
//! the coordination's services again if they changed), the store filters, counts and pages.

use chrono::{DateTime, Utc};

use super::store::search::{self, Results, SearchParams};
use super::store::search_log;
use crate::domain::Lang;
use crate::platform::i18n::t;
use crate::platform::search::{Current, Loaded};
use crate::platform::tenancy::Coordination;
use crate::platform::web::AppError;
use crate::platform::AppState;

/// The engine, holding the coordination's services as its public pages show them, and the
/// coordination's synonyms.
async fn engine(state: &AppState, coordination: &Coordination) -> Result<Current, AppError> {
    let version = state
        .versions
        .current(&state.db)
        .await?
        .of_coordination(&coordination.slug);
    state
        .search
        .current(coordination.id, version, || async {
            let targets = |lang: Lang, group: &str| t(lang, &format!("target-{group}"));
            Ok(Loaded {
                services: search::documents(&state.db, coordination, targets).await?,
                synonyms: search_log::public_synonyms(&state.db, coordination).await?,
            })
        })
        .await
}

/// The services matching what the reader typed, best first, from an index as current as the
/// coordination's public pages. Words that find nothing are counted for the coordinators.
pub async fn matching(
    state: &AppState,
    coordination: &Coordination,
    words: &str,
) -> Result<Vec<i64>, AppError> {
    let current = engine(state, coordination).await?;
    let ids = current
        .engine
        .search(Some(&[coordination.id as u64]), words, &current.synonyms)
        .map_err(AppError::internal)?;
    if ids.is_empty() {
        state.search.missed(coordination.id, words);
    }
    Ok(ids.into_iter().map(|id| id as i64).collect())
}

/// A near search that finds something, for a search that found nothing ("did you mean").
pub async fn suggestion(
    state: &AppState,
    coordination: &Coordination,
    words: &str,
) -> Result<Option<String>, AppError> {
    let current = engine(state, coordination).await?;
    current
        .engine
        .suggest(Some(&[coordination.id as u64]), words, &current.synonyms)
        .map_err(AppError::internal)
}

/// Writes the searches that found nothing counted since the last time (one transaction).
pub async fn write_misses(state: &AppState) -> Result<usize, AppError> {
    let misses = state.search.take_misses();
    if misses.is_empty() {
        return Ok(0);
    }
    let mut tx = state.db.begin().await?;
    search_log::record(&mut tx, &misses).await?;
    tx.commit().await?;
    Ok(misses.len())
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
