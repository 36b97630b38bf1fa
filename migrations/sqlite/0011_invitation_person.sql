-- An invitation is tied to the account of the contact person it was sent to, so that what it
-- opens (the meeting, its minutes, a private calendar feed) follows the person, not an address
-- somebody typed. Walk-ins and people seated in their own name have none.
ALTER TABLE invitations ADD COLUMN user_id BIGINT REFERENCES users(id) ON DELETE SET NULL;
CREATE INDEX invitations_user ON invitations(user_id);
UPDATE invitations SET user_id = (
    SELECT c.user_id FROM member_contacts c
    WHERE c.membership_id = invitations.membership_id AND LOWER(c.email) = invitations.email
      AND c.user_id IS NOT NULL
    ORDER BY c.id LIMIT 1)
WHERE NOT walk_in AND membership_id IS NOT NULL;
