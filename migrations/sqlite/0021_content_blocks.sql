-- A coordination's public content blocks (mission, what it does, history, how it works, how to
-- join) are pages like its statements, and every saved version of a page is kept as a revision.
-- SQLite cannot change a CHECK in place: the table is rebuilt (nothing refers to it).
CREATE TABLE coordination_pages_new (
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    page TEXT NOT NULL CHECK (page IN ('accessibility', 'privacy', 'mission', 'actions', 'history', 'how-we-work', 'how-to-join')),
    body_fr TEXT NOT NULL,
    body_nl TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (coordination_id, page)
);
INSERT INTO coordination_pages_new SELECT coordination_id, page, body_fr, body_nl, updated_at, updated_by FROM coordination_pages;
DROP TABLE coordination_pages;
ALTER TABLE coordination_pages_new RENAME TO coordination_pages;

CREATE TABLE page_revisions (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    page TEXT NOT NULL CHECK (page IN ('accessibility', 'privacy', 'mission', 'actions', 'history', 'how-we-work', 'how-to-join')),
    body_fr TEXT NOT NULL,
    body_nl TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX page_revisions_page ON page_revisions(coordination_id, page, id);
INSERT INTO page_revisions (coordination_id, page, body_fr, body_nl, saved_at, saved_by)
SELECT coordination_id, page, body_fr, body_nl, updated_at, updated_by FROM coordination_pages;
