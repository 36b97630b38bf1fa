//! What a map's search learns from its readers: the searches that found nothing (counts, never who
//! searched) and the coordination's own synonyms.

use chrono::{DateTime, Utc};

use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::search::Miss;
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all};

/// A search that found nothing, as often as it was made.
#[derive(Debug, sqlx::FromRow)]
pub struct Missed {
    pub query: String,
    pub searches: i64,
    pub first_searched_at: DateTime<Utc>,
    pub last_searched_at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct Synonym {
    pub id: i64,
    pub word: String,
    pub means: String,
}

/// Adds counted searches to what is kept, in one transaction.
pub async fn record(tx: &mut Tx, misses: &[Miss]) -> Result<(), sqlx::Error> {
    for miss in misses {
        execute!(
            &mut *tx,
            "INSERT INTO search_misses (coordination_id, query, searches, first_searched_at, last_searched_at) \
             SELECT id, $2, $3, $4, $5 FROM coordinations WHERE id = $1 \
             ON CONFLICT (coordination_id, query) DO UPDATE SET \
             searches = search_misses.searches + excluded.searches, \
             last_searched_at = excluded.last_searched_at",
            miss.coordination,
            &miss.query,
            miss.searches,
            miss.first_seen,
            miss.last_seen
        )?;
    }
    Ok(())
}

/// The searches of the coordination's map that found nothing, the most frequent first.
pub async fn misses(db: &Db, tenant: &Tenant, limit: i64) -> Result<Vec<Missed>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT query, searches, first_searched_at, last_searched_at FROM search_misses \
         WHERE coordination_id = $1 ORDER BY searches DESC, last_searched_at DESC, query LIMIT $2",
        tenant.id(),
        limit
    )
}

/// Forgets a search that found nothing (once a synonym or a service answers it).
pub async fn forget_miss(tx: &mut Tx, tenant: &Tenant, query: &str) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "DELETE FROM search_misses WHERE coordination_id = $1 AND query = $2",
        tenant.id(),
        query
    )
}

/// The coordination's own synonyms, as its editors see them.
pub async fn synonyms(db: &Db, tenant: &Tenant) -> Result<Vec<Synonym>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT id, word, means FROM search_synonyms WHERE coordination_id = $1 ORDER BY word, means",
        tenant.id()
    )
}

/// The coordination's own synonyms as its public search uses them: (word, means).
pub async fn public_synonyms(
    db: &Db,
    coordination: &Coordination,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT word, means FROM search_synonyms WHERE coordination_id = $1",
        coordination.id
    )
}

/// Adds a synonym; false when the coordination had it already.
pub async fn add_synonym(
    tx: &mut Tx,
    tenant: &Tenant,
    word: &str,
    means: &str,
) -> Result<bool, sqlx::Error> {
    let added = execute!(
        tx,
        "INSERT INTO search_synonyms (coordination_id, word, means, created_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (coordination_id, word, means) DO NOTHING",
        tenant.id(),
        word,
        means,
        Utc::now()
    )?;
    Ok(added > 0)
}

/// Removes one of the coordination's synonyms: what it was, if it was there.
pub async fn remove_synonym(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let removed: Vec<(String, String)> = fetch_all!(
        &mut *tx,
        "DELETE FROM search_synonyms WHERE id = $1 AND coordination_id = $2 RETURNING word, means",
        id,
        tenant.id()
    )?;
    Ok(removed.into_iter().next())
}
