-- The social map's words are found by the search engine (crates/search: stems, prefixes, typos,
-- synonyms), which loads the services themselves: the full-text table and the folded copy of
-- their text it indexed go.
DROP TRIGGER services_search_insert;
DROP TRIGGER services_search_delete;
DROP TRIGGER services_search_update;
DROP TABLE service_search;
ALTER TABLE services DROP COLUMN search_text;
