-- What public pages show changes with a version per coordination (row 0: the platform's own —
-- the list of coordinations, the platform settings). Triggers bump it in the transaction of the
-- change, whoever makes it, so a page cached or an ETag given under the old version is known stale
-- (`platform::content_version`). Tables no public page shows are left out, each for a reason
-- listed in `content_version::UNSEEN_TABLES`; a test checks every table is one or the other.
CREATE TABLE content_versions (
    coordination_id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO content_versions (coordination_id, version) VALUES (0, 1);
INSERT INTO content_versions (coordination_id, version) SELECT id, 1 FROM coordinations;

-- The coordination a changed row belongs to (0 when it belongs to none).
CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE content_versions SET version = version + 1
        WHERE coordination_id = COALESCE(OLD.coordination_id, 0);
    ELSE
        UPDATE content_versions SET version = version + 1
        WHERE coordination_id = COALESCE(NEW.coordination_id, 0);
    END IF;
    RETURN NULL;
END $$;

-- A service's lists (themes, languages, target groups) belong to the service's coordination.
CREATE FUNCTION bump_content_version_of_service() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN changed := OLD.service_id; ELSE changed := NEW.service_id; END IF;
    UPDATE content_versions SET version = version + 1
    WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = changed);
    RETURN NULL;
END $$;

-- A coordination has its own version from its creation; the list of coordinations is the
-- platform's.
CREATE FUNCTION bump_content_version_of_coordination() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO content_versions (coordination_id, version) VALUES (NEW.id, 1);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE content_versions SET version = version + 1 WHERE coordination_id = NEW.id;
    ELSE
        DELETE FROM content_versions WHERE coordination_id = OLD.id;
    END IF;
    UPDATE content_versions SET version = version + 1 WHERE coordination_id = 0;
    RETURN NULL;
END $$;

CREATE FUNCTION bump_content_version_of_platform() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_versions SET version = version + 1 WHERE coordination_id = 0;
    RETURN NULL;
END $$;

CREATE TRIGGER content_version_coordinations AFTER INSERT OR UPDATE OR DELETE ON coordinations
    FOR EACH ROW EXECUTE FUNCTION bump_content_version_of_coordination();
CREATE TRIGGER content_version_platform_settings AFTER INSERT OR UPDATE OR DELETE ON platform_settings
    FOR EACH ROW EXECUTE FUNCTION bump_content_version_of_platform();
CREATE TRIGGER content_version_actions AFTER INSERT OR UPDATE OR DELETE ON actions
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_agenda_documents AFTER INSERT OR UPDATE OR DELETE ON agenda_documents
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_agenda_items AFTER INSERT OR UPDATE OR DELETE ON agenda_items
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_bodies AFTER INSERT OR UPDATE OR DELETE ON bodies
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_body_members AFTER INSERT OR UPDATE OR DELETE ON body_members
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_charter_signatures AFTER INSERT OR UPDATE OR DELETE ON charter_signatures
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_charter_versions AFTER INSERT OR UPDATE OR DELETE ON charter_versions
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_closures AFTER INSERT OR UPDATE OR DELETE ON closures
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_collection_rounds AFTER INSERT OR UPDATE OR DELETE ON collection_rounds
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_contacts AFTER INSERT OR UPDATE OR DELETE ON contacts
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_coordination_logos AFTER INSERT OR UPDATE OR DELETE ON coordination_logos
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_coordination_pages AFTER INSERT OR UPDATE OR DELETE ON coordination_pages
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_coordination_settings AFTER INSERT OR UPDATE OR DELETE ON coordination_settings
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_decisions AFTER INSERT OR UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_group_proposals AFTER INSERT OR UPDATE OR DELETE ON group_proposals
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_locations AFTER INSERT OR UPDATE OR DELETE ON locations
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_meeting_series AFTER INSERT OR UPDATE OR DELETE ON meeting_series
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_meetings AFTER INSERT OR UPDATE OR DELETE ON meetings
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_membership_events AFTER INSERT OR UPDATE OR DELETE ON membership_events
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_memberships AFTER INSERT OR UPDATE OR DELETE ON memberships
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_minutes_versions AFTER INSERT OR UPDATE OR DELETE ON minutes_versions
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_need_events AFTER INSERT OR UPDATE OR DELETE ON need_events
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_needs AFTER INSERT OR UPDATE OR DELETE ON needs
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_organizations AFTER INSERT OR UPDATE OR DELETE ON organizations
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_phones AFTER INSERT OR UPDATE OR DELETE ON phones
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_published_documents AFTER INSERT OR UPDATE OR DELETE ON published_documents
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_schedules AFTER INSERT OR UPDATE OR DELETE ON schedules
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_service_at_locations AFTER INSERT OR UPDATE OR DELETE ON service_at_locations
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_services AFTER INSERT OR UPDATE OR DELETE ON services
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_signal_rollup AFTER INSERT OR UPDATE OR DELETE ON signal_rollup
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_themes AFTER INSERT OR UPDATE OR DELETE ON themes
    FOR EACH ROW EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_service_themes AFTER INSERT OR UPDATE OR DELETE ON service_themes
    FOR EACH ROW EXECUTE FUNCTION bump_content_version_of_service();
CREATE TRIGGER content_version_service_languages AFTER INSERT OR UPDATE OR DELETE ON service_languages
    FOR EACH ROW EXECUTE FUNCTION bump_content_version_of_service();
CREATE TRIGGER content_version_service_target_groups AFTER INSERT OR UPDATE OR DELETE ON service_target_groups
    FOR EACH ROW EXECUTE FUNCTION bump_content_version_of_service();
