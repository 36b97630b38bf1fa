-- One-time keys of submitted forms (platform/web/once.rs): the answer a second submission gets.
CREATE TABLE form_submissions (
    key TEXT PRIMARY KEY,
    location TEXT NOT NULL,
    flash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX form_submissions_created ON form_submissions(created_at);
