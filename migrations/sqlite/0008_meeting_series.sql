-- Recurring meetings: a series (every N weeks, or every N months on the same weekday of the month)
-- whose occurrences are ordinary meetings, each of which can be moved or cancelled on its own.
CREATE TABLE meeting_series (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
    interval_count BIGINT NOT NULL,
    created_at TEXT NOT NULL
);
ALTER TABLE meetings ADD COLUMN series_id BIGINT REFERENCES meeting_series(id) ON DELETE SET NULL;
CREATE INDEX meetings_series ON meetings(series_id);

-- People seated in a body without an organisation (a CPAS council member) can be invited too; their
-- language may be unknown, and then they are written to in French and Dutch.
ALTER TABLE body_members ADD COLUMN person_email TEXT NOT NULL DEFAULT '';
ALTER TABLE body_members ADD COLUMN person_lang TEXT NOT NULL DEFAULT '';


-- Documents attached to agenda items (kept in the database, so a backup holds them too).
CREATE TABLE agenda_documents (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id BIGINT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    data BLOB NOT NULL,
    uploaded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX agenda_documents_meeting ON agenda_documents(meeting_id);
