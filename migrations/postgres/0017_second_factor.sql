-- A second factor per account (features/accounts/second_factor.rs): the TOTP secret (RFC 6238),
-- confirmed once its first code was typed, and the last time step accepted, so a code is used once.
CREATE TABLE second_factors (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    confirmed_at TIMESTAMPTZ,
    last_step BIGINT NOT NULL
);

-- Single-use recovery codes, stored hashed.
CREATE TABLE recovery_codes (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TIMESTAMPTZ
);
CREATE INDEX recovery_codes_user ON recovery_codes(user_id);
