-- What a message is about (a meeting, …), as the audit log names its entities: the page of that
-- thing shows which of its messages could not be delivered.
ALTER TABLE outbox ADD COLUMN about_type TEXT;
ALTER TABLE outbox ADD COLUMN about_id BIGINT;
CREATE INDEX outbox_about ON outbox(about_type, about_id);
