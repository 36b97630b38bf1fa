-- Platform tables. Timestamps are RFC 3339 text in UTC, always bound from Rust.
CREATE TABLE basins (
    code TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE municipalities (
    nis_code TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    postcodes TEXT NOT NULL,
    notes TEXT NOT NULL
);

CREATE TABLE municipality_basins (
    nis_code TEXT NOT NULL REFERENCES municipalities(nis_code),
    basin_code TEXT NOT NULL REFERENCES basins(code),
    partial BOOLEAN NOT NULL,
    PRIMARY KEY (nis_code, basin_code)
);

CREATE TABLE coordinations (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    nis_code TEXT NOT NULL REFERENCES municipalities(nis_code),
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    address_fr TEXT NOT NULL,
    address_nl TEXT NOT NULL,
    website TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    lang TEXT NOT NULL,
    is_platform_admin BOOLEAN NOT NULL,
    active BOOLEAN NOT NULL,
    session_epoch BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'member', 'steering')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (user_id, coordination_id, role)
);
CREATE INDEX user_roles_coordination ON user_roles(coordination_id);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_expires ON sessions(expires_at);

CREATE TABLE password_resets (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT REFERENCES coordinations(id),
    recipient TEXT NOT NULL,
    lang TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    attachments TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts BIGINT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    lease_owner TEXT,
    lease_until TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);

CREATE TABLE outbox_attempts (
    id INTEGER PRIMARY KEY,
    outbox_id BIGINT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    worker TEXT NOT NULL,
    attempted_at TEXT NOT NULL,
    succeeded BOOLEAN NOT NULL,
    error TEXT
);
CREATE INDEX outbox_attempts_message ON outbox_attempts(outbox_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT REFERENCES coordinations(id),
    actor_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    actor_label TEXT NOT NULL,
    event TEXT NOT NULL,
    entity_type TEXT,
    entity_id TEXT,
    before_json TEXT,
    after_json TEXT,
    ip TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX audit_log_coordination ON audit_log(coordination_id, id);

CREATE TABLE coordination_pages (
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    page TEXT NOT NULL CHECK (page IN ('accessibility', 'privacy')),
    body_fr TEXT NOT NULL,
    body_nl TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (coordination_id, page)
);
