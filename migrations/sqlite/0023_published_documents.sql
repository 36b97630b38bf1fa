-- Documents a coordination publishes on its public Documents page (activity report, leaflet,
-- statutes…): a title in each language and the file as uploaded (the types platform::upload
-- takes). Removing one deletes it; the audit log keeps its name and size.
CREATE TABLE published_documents (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    title_fr TEXT NOT NULL,
    title_nl TEXT NOT NULL,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    data BLOB NOT NULL,
    published_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    published_at TEXT NOT NULL
);
CREATE INDEX published_documents_coordination ON published_documents(coordination_id, published_at);
