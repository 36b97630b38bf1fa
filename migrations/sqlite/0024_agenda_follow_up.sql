-- The follow-up of earlier meetings' open actions is an agenda item the coordinator places like
-- the others: the item that carries it.
ALTER TABLE agenda_items ADD COLUMN follow_up BOOLEAN NOT NULL DEFAULT FALSE;
