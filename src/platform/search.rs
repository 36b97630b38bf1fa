//! The search engine (`crates/search`) kept in step with the database, which stays the source of
//! truth: the index holds each coordination's services as of a content version, and the first
//! search after that version changed — a change through this process or another one on the same
//! database (see `content_version`) — loads the coordination's services again. A search therefore
//! never answers from older data than the public pages show.
//!
//! The everyday words people type and the sector's words they mean ship as reference data
//! (`seed/search_synonyms.csv`); each coordination adds its own, loaded with its services.
//!
//! Searches that find nothing are counted here, in memory, and written in batches by the caller
//! ([`SearchIndex::take_misses`]): a visitor's search never writes a row, and nothing says who
//! searched.

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock};

use chrono::{DateTime, Utc};

pub use socius_search::{Engine, ServiceDoc, Synonyms, Texts};

use crate::platform::web::AppError;

const SYNONYMS_CSV: &str = include_str!("../../seed/search_synonyms.csv");

/// Distinct searches that found nothing kept between two writes: past it, more are not counted
/// (a flood of random words must not grow the process).
const MISSES_KEPT: usize = 10_000;
/// Characters of a search kept in the count.
const MISS_LENGTH: usize = 100;

/// Searches that found nothing: one query of one coordination, how often and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Miss {
    pub coordination: i64,
    pub query: String,
    pub searches: i64,
    pub first_seen: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
}

/// Whatever a feature keeps in memory of a coordination beside its index, replaced with it (the
/// social map's catalogue).
pub type Payload = Arc<dyn Any + Send + Sync>;

/// What a coordination's services are found with: the engine, its synonyms and what was loaded
/// with them.
#[derive(Clone)]
pub struct Current {
    pub engine: Arc<Engine>,
    pub synonyms: Arc<Synonyms>,
    pub payload: Payload,
}

/// A coordination's services and own synonyms (word, means), as read from the database, and
/// what the feature keeps with them.
pub struct Loaded {
    pub services: Vec<ServiceDoc>,
    pub synonyms: Vec<(String, String)>,
    pub payload: Payload,
}

/// The version a coordination is indexed at and what goes with it.
struct Indexed {
    version: i64,
    synonyms: Arc<Synonyms>,
    payload: Payload,
}

/// The installation's search index: one engine, the version each coordination is indexed at.
#[derive(Default)]
pub struct SearchIndex {
    engine: OnceLock<Arc<Engine>>,
    shipped: OnceLock<Synonyms>,
    /// Coordination → the version its services are indexed at, with its synonyms and payload.
    indexed: Mutex<HashMap<i64, Indexed>>,
    misses: Mutex<HashMap<(i64, String), Miss>>,
    /// One reload at a time: concurrent searches after a change wait for it instead of each
    /// loading the same services.
    reload: tokio::sync::Mutex<()>,
}

/// The shipped synonyms: `lang,word,means` lines (the language says who the line is for; a query
/// in either language finds both, as Brussels readers mix them).
fn shipped_synonyms() -> Synonyms {
    let mut synonyms = Synonyms::default();
    for line in SYNONYMS_CSV.lines().skip(1) {
        let mut fields = line.splitn(3, ',');
        if let (Some(_lang), Some(word), Some(means)) =
            (fields.next(), fields.next(), fields.next())
        {
            synonyms.add(word, means);
        }
    }
    synonyms
}

impl SearchIndex {
    fn engine(&self) -> Result<Arc<Engine>, AppError> {
        if let Some(engine) = self.engine.get() {
            return Ok(engine.clone());
        }
        let engine = Arc::new(Engine::new().map_err(AppError::internal)?);
        Ok(self.engine.get_or_init(|| engine).clone())
    }

    /// The synonyms every coordination has.
    pub fn shipped(&self) -> &Synonyms {
        self.shipped.get_or_init(shipped_synonyms)
    }

    fn indexed_at(&self, coordination: i64, version: i64, engine: &Arc<Engine>) -> Option<Current> {
        match self
            .indexed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&coordination)
        {
            Some(indexed) if indexed.version == version => Some(Current {
                engine: engine.clone(),
                synonyms: indexed.synonyms.clone(),
                payload: indexed.payload.clone(),
            }),
            _ => None,
        }
    }

    /// The engine holding `coordination`'s services as of `version`, with its synonyms: when it
    /// holds an older version, `load` reads them from the database and they replace what it had.
    pub async fn current<F, Fut>(
        &self,
        coordination: i64,
        version: i64,
        load: F,
    ) -> Result<Current, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Loaded, AppError>>,
    {
        let engine = self.engine()?;
        if let Some(current) = self.indexed_at(coordination, version, &engine) {
            return Ok(current);
        }
        let _one_at_a_time = self.reload.lock().await;
        if let Some(current) = self.indexed_at(coordination, version, &engine) {
            return Ok(current);
        }
        let Loaded {
            services: docs,
            synonyms: own,
            payload,
        } = load().await?;
        let mut synonyms = self.shipped().clone();
        for (word, means) in &own {
            synonyms.add(word, means);
        }
        let synonyms = Arc::new(synonyms);
        let writer = engine.clone();
        let started = std::time::Instant::now();
        tokio::task::spawn_blocking(move || writer.replace(&[coordination as u64], &docs))
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::internal)?;
        tracing::debug!(
            coordination,
            version,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "search index reloaded"
        );
        self.indexed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(
                coordination,
                Indexed {
                    version,
                    synonyms: synonyms.clone(),
                    payload: payload.clone(),
                },
            );
        Ok(Current {
            engine,
            synonyms,
            payload,
        })
    }

    /// Counts a search of `coordination`'s map that found nothing.
    pub fn missed(&self, coordination: i64, text: &str) {
        let query: String = socius_search::plain_words(text)
            .join(" ")
            .chars()
            .take(MISS_LENGTH)
            .collect();
        if query.is_empty() {
            return;
        }
        let now = Utc::now();
        let mut misses = self.misses.lock().unwrap_or_else(|e| e.into_inner());
        let full = misses.len() >= MISSES_KEPT;
        match misses.get_mut(&(coordination, query.clone())) {
            Some(miss) => {
                miss.searches += 1;
                miss.last_seen = now;
            }
            None if full => {}
            None => {
                misses.insert(
                    (coordination, query.clone()),
                    Miss {
                        coordination,
                        query,
                        searches: 1,
                        first_seen: now,
                        last_seen: now,
                    },
                );
            }
        }
    }

    /// The searches counted since the last call, to be written.
    pub fn take_misses(&self) -> Vec<Miss> {
        let mut misses = self.misses.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::take(&mut *misses).into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_synonyms_are_read_whole() {
        let lines = SYNONYMS_CSV
            .lines()
            .skip(1)
            .filter(|l| !l.is_empty())
            .count();
        assert!(lines > 100);
        for line in SYNONYMS_CSV.lines().skip(1) {
            let fields: Vec<&str> = line.split(',').collect();
            assert!(
                fields.len() == 3 && ["fr", "nl"].contains(&fields[0]) && !fields[1].is_empty(),
                "{line}"
            );
        }
        assert!(shipped_synonyms().len() > 90);
    }

    #[test]
    fn searches_that_find_nothing_are_counted_folded_and_bounded() {
        let index = SearchIndex::default();
        index.missed(1, "Loodgieter");
        index.missed(1, "  loodgieter ");
        index.missed(2, "LOODGIETER");
        index.missed(1, "!!!");
        let mut misses = index.take_misses();
        misses.sort_by_key(|m| m.coordination);
        assert_eq!(
            misses
                .iter()
                .map(|m| (m.coordination, m.query.as_str(), m.searches))
                .collect::<Vec<_>>(),
            [(1, "loodgieter", 2), (2, "loodgieter", 1)]
        );
        assert!(index.take_misses().is_empty(), "taken once");
        for n in 0..MISSES_KEPT + 10 {
            index.missed(1, &format!("word{n}"));
        }
        assert_eq!(index.take_misses().len(), MISSES_KEPT);
    }
}
