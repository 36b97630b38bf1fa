//! The search engine (`crates/search`) kept in step with the database, which stays the source of
//! truth: the index holds each coordination's services as of a content version, and the first
//! search after that version changed — a change through this process or another one on the same
//! database (see `content_version`) — loads the coordination's services again. A search therefore
//! never answers from older data than the public pages show.
//!
//! The everyday words people type and the sector's words they mean ship as reference data
//! (`seed/search_synonyms.csv`).

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock};

pub use socius_search::{Engine, ServiceDoc, Synonyms, Texts};

use crate::platform::web::AppError;

const SYNONYMS_CSV: &str = include_str!("../../seed/search_synonyms.csv");

/// The installation's search index: one engine, the version each coordination is indexed at.
#[derive(Default)]
pub struct SearchIndex {
    engine: OnceLock<Arc<Engine>>,
    synonyms: OnceLock<Synonyms>,
    indexed: Mutex<HashMap<i64, i64>>,
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

    pub fn synonyms(&self) -> &Synonyms {
        self.synonyms.get_or_init(shipped_synonyms)
    }

    fn indexed_at(&self, coordination: i64) -> Option<i64> {
        self.indexed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&coordination)
            .copied()
    }

    /// The engine holding `coordination`'s services as of `version`: when it holds an older
    /// version, `load` reads them from the database and they replace what it had.
    pub async fn current<F, Fut>(
        &self,
        coordination: i64,
        version: i64,
        load: F,
    ) -> Result<Arc<Engine>, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Vec<ServiceDoc>, AppError>>,
    {
        let engine = self.engine()?;
        if self.indexed_at(coordination) == Some(version) {
            return Ok(engine);
        }
        let _one_at_a_time = self.reload.lock().await;
        if self.indexed_at(coordination) == Some(version) {
            return Ok(engine);
        }
        let docs = load().await?;
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
            .insert(coordination, version);
        Ok(engine)
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
}
