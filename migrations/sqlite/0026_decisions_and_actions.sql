-- A decision of the minutes may have a subject (a membership today; a plan, a project's gate, an
-- advice later) with its outcome (`admit`…): carried out when the minutes are approved, the moment
-- written in `takes_effect_at`. After that a decision is only superseded by a later one.
ALTER TABLE decisions ADD COLUMN subject_kind TEXT;
ALTER TABLE decisions ADD COLUMN subject_id BIGINT;
ALTER TABLE decisions ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN takes_effect_at TEXT;
ALTER TABLE decisions ADD COLUMN supersedes BIGINT REFERENCES decisions(id) ON DELETE SET NULL;
CREATE INDEX decisions_subject ON decisions(subject_kind, subject_id);

-- An action's owner, when chosen among the coordination's people: the address they are told at
-- and reminded before the due date (once, `reminded_on`), in their language.
ALTER TABLE actions ADD COLUMN owner_email TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN owner_lang TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN reminded_on TEXT;

-- Each publication of the minutes: the first, then every correction made after it, with what
-- changed (the last one is the version members read).
CREATE TABLE minutes_versions (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    change_note TEXT NOT NULL,
    published_at TEXT NOT NULL,
    UNIQUE (meeting_id, version)
);
