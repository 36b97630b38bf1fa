-- A coordination's own choices, one row a setting; absent rows mean Socius's default.
CREATE TABLE coordination_settings (
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (coordination_id, name)
);

-- People who keep an organisation's records on the social map current (its contact persons with
-- an account). Coordinators edit every organisation without being listed here.
CREATE TABLE organization_editors (
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX organization_editors_user ON organization_editors(user_id);

-- Changes proposed by member organisations that wait for a coordinator's approval. `before` is the
-- record as the proposer saw it, `after` what they asked for (JSON), so the coordinator sees a diff
-- and approving applies only the fields the proposer changed.
CREATE TABLE directory_changes (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('organization', 'service', 'location')),
    -- NULL when the change creates a record.
    record_id BIGINT,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    submitted_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    submitted_at TEXT NOT NULL,
    decided_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    decided_at TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX directory_changes_queue ON directory_changes(coordination_id, status);
