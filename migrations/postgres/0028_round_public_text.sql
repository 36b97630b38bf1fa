-- What the coordinator tells the public about a round, above its figures: the highlights and what
-- was done with the needs, in each language (empty: the page shows the figures alone).
ALTER TABLE collection_rounds ADD COLUMN public_text_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE collection_rounds ADD COLUMN public_text_nl TEXT NOT NULL DEFAULT '';
