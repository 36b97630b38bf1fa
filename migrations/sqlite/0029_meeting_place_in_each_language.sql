-- A meeting's place in French and in Dutch ("Maison communale, salle du conseil" /
-- "Gemeentehuis, raadzaal"). Places written so far are taken as French; a Dutch reader sees
-- them, marked as French, until a Dutch version is written.
ALTER TABLE meetings RENAME COLUMN place TO place_fr;
ALTER TABLE meetings ADD COLUMN place_nl TEXT NOT NULL DEFAULT '';
