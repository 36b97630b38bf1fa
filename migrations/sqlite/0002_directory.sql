-- The social map: organisations, their services and locations (Open Referral HSDS 3.0 concepts),
-- per coordination. Public text comes in French and Dutch.
CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    -- NULL for the shared regional taxonomy; a coordination's own themes name it.
    coordination_id BIGINT REFERENCES coordinations(id) ON DELETE CASCADE,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    description_fr TEXT NOT NULL,
    description_nl TEXT NOT NULL,
    legal_status TEXT NOT NULL,
    kbo TEXT,
    website TEXT NOT NULL,
    email TEXT NOT NULL,
    social_brussels_id TEXT,
    last_verified_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX organizations_coordination ON organizations(coordination_id);

CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    description_fr TEXT NOT NULL,
    description_nl TEXT NOT NULL,
    eligibility_fr TEXT NOT NULL,
    eligibility_nl TEXT NOT NULL,
    fees_fr TEXT NOT NULL,
    fees_nl TEXT NOT NULL,
    application_fr TEXT NOT NULL,
    application_nl TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'temporarily_closed')),
    by_appointment BOOLEAN NOT NULL,
    -- Names, descriptions and themes in both languages, lower-cased and without accents.
    search_text TEXT NOT NULL,
    last_verified_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX services_coordination ON services(coordination_id, status);
CREATE INDEX services_organization ON services(organization_id);

CREATE TABLE service_themes (
    service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    theme_id BIGINT NOT NULL REFERENCES themes(id),
    PRIMARY KEY (service_id, theme_id)
);
CREATE INDEX service_themes_theme ON service_themes(theme_id);

CREATE TABLE service_languages (
    service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (service_id, language)
);

CREATE TABLE service_target_groups (
    service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    target_group TEXT NOT NULL,
    PRIMARY KEY (service_id, target_group)
);

CREATE TABLE locations (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    street_fr TEXT NOT NULL,
    street_nl TEXT NOT NULL,
    postcode TEXT NOT NULL,
    nis_code TEXT NOT NULL REFERENCES municipalities(nis_code),
    latitude REAL,
    longitude REAL,
    accessibility_fr TEXT NOT NULL,
    accessibility_nl TEXT NOT NULL,
    transport_fr TEXT NOT NULL,
    transport_nl TEXT NOT NULL
);
CREATE INDEX locations_organization ON locations(organization_id);

CREATE TABLE service_at_locations (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    UNIQUE (service_id, location_id)
);
CREATE INDEX service_at_locations_location ON service_at_locations(location_id);

CREATE TABLE phones (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    organization_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,
    service_id BIGINT REFERENCES services(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    description_fr TEXT NOT NULL,
    description_nl TEXT NOT NULL
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    organization_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,
    service_id BIGINT REFERENCES services(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    title TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL
);

-- Regular opening hours: several ranges a day are several rows. Times are Brussels local "HH:MM".
CREATE TABLE schedules (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    weekday BIGINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens TEXT NOT NULL,
    closes TEXT NOT NULL
);
CREATE INDEX schedules_service ON schedules(service_id);

-- Exceptional closures and holidays.
CREATE TABLE closures (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    service_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    reason_fr TEXT NOT NULL,
    reason_nl TEXT NOT NULL
);
CREATE INDEX closures_service ON closures(service_id);

-- Full-text index over services.search_text, kept in step by triggers (PostgreSQL: a generated
-- tsvector column). The text is folded by Socius (lower case, no accents) before it is stored.
CREATE VIRTUAL TABLE service_search USING fts5(
    search_text, content = 'services', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER services_search_insert AFTER INSERT ON services BEGIN
    INSERT INTO service_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER services_search_delete AFTER DELETE ON services BEGIN
    INSERT INTO service_search (service_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER services_search_update AFTER UPDATE OF search_text ON services BEGIN
    INSERT INTO service_search (service_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO service_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
