-- A role offered to someone who already has an account (of another coordination, say): the role
-- is theirs only once they accept it, so no coordinator attaches an existing account silently.
-- Until then the coordination knows them only by the name it typed.
CREATE TABLE role_invitations (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'member', 'steering')),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    accepted_at TEXT,
    UNIQUE (coordination_id, user_id, role)
);
CREATE INDEX role_invitations_coordination ON role_invitations(coordination_id);
