-- Rate limits shared by every process on one database (platform/ratelimit.rs): hits per hashed
-- key and one-minute window.
CREATE TABLE rate_hits (
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (bucket, key, window_start)
);
CREATE INDEX rate_hits_window ON rate_hits(window_start);
