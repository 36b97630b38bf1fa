-- Where replies go: a coordination's letters answer to the coordination's own address (empty: the
-- sender's, Socius's address).
ALTER TABLE outbox ADD COLUMN reply_to TEXT NOT NULL DEFAULT '';
