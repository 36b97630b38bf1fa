-- A personal API token belongs to the session epoch it was created in: a password change or a
-- reset (which raise the account's epoch) ends the tokens like the sessions. Existing tokens take
-- their account's current epoch, so nothing stops working at the upgrade.
ALTER TABLE api_tokens ADD COLUMN session_epoch BIGINT NOT NULL DEFAULT 0;
UPDATE api_tokens SET session_epoch = (SELECT session_epoch FROM users WHERE users.id = api_tokens.user_id);
