//! A map search as every page and the HSDS API run it: the engine finds the words, the
//! coordination's catalogue filters, counts, sorts and pages — both loaded again from the database
//! when the coordination's public content changed, nothing read from it otherwise.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Brussels;

use super::catalogue::Catalogue;
use super::store::search::{self, Results, SearchParams};
use super::store::search_log;
use crate::domain::Lang;
use crate::platform::i18n::t;
use crate::platform::search::{Current, Loaded};
use crate::platform::tenancy::Coordination;
use crate::platform::web::AppError;
use crate::platform::AppState;

/// The engine and catalogue holding the coordination's services as its public pages show them,
/// with the coordination's synonyms.
async fn current(
    state: &AppState,
    coordination: &Coordination,
) -> Result<(Current, Arc<Catalogue>), AppError> {
    let version = state
        .versions
        .current(&state.db)
        .await?
        .of_coordination(&coordination.slug);
    let current = state
        .search
        .current(coordination.id, version, || async {
            let today = Utc::now().with_timezone(&Brussels).date_naive();
            let rows = search::catalogue_rows(&state.db, coordination, today).await?;
            let catalogue = tokio::task::spawn_blocking(move || Catalogue::new(rows))
                .await
                .map_err(AppError::internal)?;
            let targets = |lang: Lang, group: &str| t(lang, &format!("target-{group}"));
            Ok(Loaded {
                services: catalogue.documents(coordination.id, targets),
                synonyms: search_log::public_synonyms(&state.db, coordination).await?,
                payload: Arc::new(catalogue),
            })
        })
        .await?;
    let catalogue = current
        .payload
        .clone()
        .downcast::<Catalogue>()
        .map_err(|_| AppError::internal(anyhow::anyhow!("the search payload is a catalogue")))?;
    Ok((current, catalogue))
}

/// The services matching what the reader typed, best first. Words that find nothing are counted
/// for the coordinators.
fn matching(
    state: &AppState,
    coordination: &Coordination,
    current: &Current,
    words: &str,
) -> Result<Vec<i64>, AppError> {
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
    let (current, _) = current(state, coordination).await?;
    current
        .engine
        .suggest(Some(&[coordination.id as u64]), words, &current.synonyms)
        .map_err(AppError::internal)
}

/// Loads every coordination's catalogue and index, as the server starts, so the first visitors'
/// searches do not wait for it: how many services, and how long it took.
pub async fn warm(state: &AppState) -> Result<(usize, std::time::Duration), AppError> {
    let started = std::time::Instant::now();
    let mut services = 0;
    for coordination in crate::platform::tenancy::list(&state.db).await? {
        let (_, catalogue) = current(state, &coordination).await?;
        services += catalogue.len();
    }
    Ok((services, started.elapsed()))
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

/// One page of a map search with its count, facets and result cards.
pub async fn find(
    state: &AppState,
    coordination: &Coordination,
    params: &SearchParams,
    lang: Lang,
    limit: i64,
    offset: i64,
) -> Result<Results, AppError> {
    let (current, catalogue) = current(state, coordination).await?;
    let found = match params.has_query() {
        true => Some(matching(
            state,
            coordination,
            &current,
            params.q.as_deref().unwrap_or(""),
        )?),
        false => None,
    };
    let now: DateTime<Utc> = Utc::now();
    Ok(catalogue.search(params, found.as_deref(), lang, now, limit, offset))
}
