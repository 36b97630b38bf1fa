-- A coordination's logo, as Socius drew it again from the upload (PNG); `logo_version` names the
-- current one in its address, empty without a logo.
ALTER TABLE coordinations ADD COLUMN logo_version TEXT NOT NULL DEFAULT '';
CREATE TABLE coordination_logos (
    coordination_id BIGINT PRIMARY KEY REFERENCES coordinations(id) ON DELETE CASCADE,
    png BLOB NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Whether a member organisation appears on the coordination's public list of partners: its own
-- consent, on by default for organisations (the list names organisations, never persons).
ALTER TABLE memberships ADD COLUMN listed_publicly BOOLEAN NOT NULL DEFAULT TRUE;
