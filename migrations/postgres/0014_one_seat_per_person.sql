-- A person of an organisation holds one seat in a body: two clicks on "join" made two seats on
-- PostgreSQL (the NOT EXISTS check is not atomic). The key makes the second insert a no-op.
DELETE FROM body_members WHERE membership_id IS NOT NULL AND id NOT IN (
    SELECT MIN(id) FROM body_members WHERE membership_id IS NOT NULL
    GROUP BY body_id, membership_id, person_name
);
CREATE UNIQUE INDEX body_members_one_seat ON body_members(body_id, membership_id, person_name);
