-- Searches of a social map that found nothing, counted per query (folded as the engine folds it),
-- for the coordinators to add a synonym or a service. Counted in memory and written in batches;
-- never who searched (no address, session or account).
CREATE TABLE search_misses (
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    query TEXT NOT NULL,
    searches BIGINT NOT NULL,
    first_searched_at TEXT NOT NULL,
    last_searched_at TEXT NOT NULL,
    PRIMARY KEY (coordination_id, query)
);

-- A coordination's own synonyms, beside the shipped ones (seed/search_synonyms.csv): what its
-- public search finds for an everyday word.
CREATE TABLE search_synonyms (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    means TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (coordination_id, word, means)
);
CREATE TRIGGER content_version_search_synonyms_insert AFTER INSERT ON search_synonyms BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_search_synonyms_update AFTER UPDATE ON search_synonyms BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_search_synonyms_delete AFTER DELETE ON search_synonyms BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
