-- A coordination's identity beyond its official names (features/coordinations): the name it goes
-- by (Koekelberg's "Koecoon"), and its office hours in both languages.
ALTER TABLE coordinations ADD COLUMN own_name TEXT NOT NULL DEFAULT '';
ALTER TABLE coordinations ADD COLUMN office_hours_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE coordinations ADD COLUMN office_hours_nl TEXT NOT NULL DEFAULT '';
