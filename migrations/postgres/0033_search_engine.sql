-- The social map's words are found by the search engine (crates/search: stems, prefixes, typos,
-- synonyms), which loads the services themselves: the full-text column and the folded copy of
-- their text it indexed go.
DROP INDEX services_search;
ALTER TABLE services DROP COLUMN search_vector;
ALTER TABLE services DROP COLUMN search_text;
