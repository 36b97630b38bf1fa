-- Requests to an organisation to confirm that its social-map records are still right.
CREATE TABLE verification_requests (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX verification_requests_organization ON verification_requests(organization_id);
