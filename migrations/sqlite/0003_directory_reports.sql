-- Errors reported by the public on the social map, waiting for the coordinator.
CREATE TABLE directory_reports (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    reporter_email TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'dismissed')),
    created_at TEXT NOT NULL,
    handled_at TEXT,
    handled_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX directory_reports_queue ON directory_reports(coordination_id, status, id);
