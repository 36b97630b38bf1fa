-- Personal links to report to an observatory round: the round's letters give each contact person
-- one, so a contact who never activates an account can still report for their organisation. The
-- token itself is never stored, only its hash; a link opens while the round is open and its
-- deadline has not passed, and while the organisation is a member.
CREATE TABLE report_links (
    token_hash TEXT PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    round_id BIGINT NOT NULL REFERENCES collection_rounds(id) ON DELETE CASCADE,
    contact_id BIGINT NOT NULL REFERENCES member_contacts(id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX report_links_contact ON report_links(contact_id);
CREATE INDEX report_links_round ON report_links(round_id);
