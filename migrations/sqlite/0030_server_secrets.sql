-- Secrets of the installation that every Socius process on this database shares: the key that
-- signs the CSRF tokens of visitors, who have no session. Made by the first process that needs it.
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    secret TEXT NOT NULL
);
