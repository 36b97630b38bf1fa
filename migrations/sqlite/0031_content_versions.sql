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

CREATE TRIGGER content_version_coordinations_insert AFTER INSERT ON coordinations BEGIN
    INSERT INTO content_versions (coordination_id, version) VALUES (NEW.id, 1);
    UPDATE content_versions SET version = version + 1 WHERE coordination_id = 0;
END;
CREATE TRIGGER content_version_coordinations_update AFTER UPDATE ON coordinations BEGIN
    UPDATE content_versions SET version = version + 1 WHERE coordination_id = NEW.id;
    UPDATE content_versions SET version = version + 1 WHERE coordination_id = 0;
END;
CREATE TRIGGER content_version_coordinations_delete AFTER DELETE ON coordinations BEGIN
    DELETE FROM content_versions WHERE coordination_id = OLD.id;
    UPDATE content_versions SET version = version + 1 WHERE coordination_id = 0;
END;
CREATE TRIGGER content_version_platform_settings_insert AFTER INSERT ON platform_settings BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = 0; END;
CREATE TRIGGER content_version_platform_settings_update AFTER UPDATE ON platform_settings BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = 0; END;
CREATE TRIGGER content_version_platform_settings_delete AFTER DELETE ON platform_settings BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = 0; END;
CREATE TRIGGER content_version_actions_insert AFTER INSERT ON actions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_actions_update AFTER UPDATE ON actions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_actions_delete AFTER DELETE ON actions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_agenda_documents_insert AFTER INSERT ON agenda_documents BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_agenda_documents_update AFTER UPDATE ON agenda_documents BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_agenda_documents_delete AFTER DELETE ON agenda_documents BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_agenda_items_insert AFTER INSERT ON agenda_items BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_agenda_items_update AFTER UPDATE ON agenda_items BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_agenda_items_delete AFTER DELETE ON agenda_items BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_bodies_insert AFTER INSERT ON bodies BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_bodies_update AFTER UPDATE ON bodies BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_bodies_delete AFTER DELETE ON bodies BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_body_members_insert AFTER INSERT ON body_members BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_body_members_update AFTER UPDATE ON body_members BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_body_members_delete AFTER DELETE ON body_members BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_charter_signatures_insert AFTER INSERT ON charter_signatures BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_charter_signatures_update AFTER UPDATE ON charter_signatures BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_charter_signatures_delete AFTER DELETE ON charter_signatures BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_charter_versions_insert AFTER INSERT ON charter_versions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_charter_versions_update AFTER UPDATE ON charter_versions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_charter_versions_delete AFTER DELETE ON charter_versions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_closures_insert AFTER INSERT ON closures BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_closures_update AFTER UPDATE ON closures BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_closures_delete AFTER DELETE ON closures BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_collection_rounds_insert AFTER INSERT ON collection_rounds BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_collection_rounds_update AFTER UPDATE ON collection_rounds BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_collection_rounds_delete AFTER DELETE ON collection_rounds BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_contacts_insert AFTER INSERT ON contacts BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_contacts_update AFTER UPDATE ON contacts BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_contacts_delete AFTER DELETE ON contacts BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_coordination_logos_insert AFTER INSERT ON coordination_logos BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_coordination_logos_update AFTER UPDATE ON coordination_logos BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_coordination_logos_delete AFTER DELETE ON coordination_logos BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_coordination_pages_insert AFTER INSERT ON coordination_pages BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_coordination_pages_update AFTER UPDATE ON coordination_pages BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_coordination_pages_delete AFTER DELETE ON coordination_pages BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_coordination_settings_insert AFTER INSERT ON coordination_settings BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_coordination_settings_update AFTER UPDATE ON coordination_settings BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_coordination_settings_delete AFTER DELETE ON coordination_settings BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_decisions_insert AFTER INSERT ON decisions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_decisions_update AFTER UPDATE ON decisions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_decisions_delete AFTER DELETE ON decisions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_group_proposals_insert AFTER INSERT ON group_proposals BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_group_proposals_update AFTER UPDATE ON group_proposals BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_group_proposals_delete AFTER DELETE ON group_proposals BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_locations_insert AFTER INSERT ON locations BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_locations_update AFTER UPDATE ON locations BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_locations_delete AFTER DELETE ON locations BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_meeting_series_insert AFTER INSERT ON meeting_series BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_meeting_series_update AFTER UPDATE ON meeting_series BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_meeting_series_delete AFTER DELETE ON meeting_series BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_meetings_insert AFTER INSERT ON meetings BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_meetings_update AFTER UPDATE ON meetings BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_meetings_delete AFTER DELETE ON meetings BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_membership_events_insert AFTER INSERT ON membership_events BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_membership_events_update AFTER UPDATE ON membership_events BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_membership_events_delete AFTER DELETE ON membership_events BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_memberships_insert AFTER INSERT ON memberships BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_memberships_update AFTER UPDATE ON memberships BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_memberships_delete AFTER DELETE ON memberships BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_minutes_versions_insert AFTER INSERT ON minutes_versions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_minutes_versions_update AFTER UPDATE ON minutes_versions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_minutes_versions_delete AFTER DELETE ON minutes_versions BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_need_events_insert AFTER INSERT ON need_events BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_need_events_update AFTER UPDATE ON need_events BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_need_events_delete AFTER DELETE ON need_events BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_needs_insert AFTER INSERT ON needs BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_needs_update AFTER UPDATE ON needs BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_needs_delete AFTER DELETE ON needs BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_organizations_insert AFTER INSERT ON organizations BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_organizations_update AFTER UPDATE ON organizations BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_organizations_delete AFTER DELETE ON organizations BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_phones_insert AFTER INSERT ON phones BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_phones_update AFTER UPDATE ON phones BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_phones_delete AFTER DELETE ON phones BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_published_documents_insert AFTER INSERT ON published_documents BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_published_documents_update AFTER UPDATE ON published_documents BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_published_documents_delete AFTER DELETE ON published_documents BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_schedules_insert AFTER INSERT ON schedules BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_schedules_update AFTER UPDATE ON schedules BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_schedules_delete AFTER DELETE ON schedules BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_service_at_locations_insert AFTER INSERT ON service_at_locations BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_service_at_locations_update AFTER UPDATE ON service_at_locations BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_service_at_locations_delete AFTER DELETE ON service_at_locations BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_services_insert AFTER INSERT ON services BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_services_update AFTER UPDATE ON services BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_services_delete AFTER DELETE ON services BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_signal_rollup_insert AFTER INSERT ON signal_rollup BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_signal_rollup_update AFTER UPDATE ON signal_rollup BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_signal_rollup_delete AFTER DELETE ON signal_rollup BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_themes_insert AFTER INSERT ON themes BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_themes_update AFTER UPDATE ON themes BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(NEW.coordination_id, 0); END;
CREATE TRIGGER content_version_themes_delete AFTER DELETE ON themes BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = COALESCE(OLD.coordination_id, 0); END;
CREATE TRIGGER content_version_service_themes_insert AFTER INSERT ON service_themes BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = NEW.service_id); END;
CREATE TRIGGER content_version_service_themes_update AFTER UPDATE ON service_themes BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = NEW.service_id); END;
CREATE TRIGGER content_version_service_themes_delete AFTER DELETE ON service_themes BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = OLD.service_id); END;
CREATE TRIGGER content_version_service_languages_insert AFTER INSERT ON service_languages BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = NEW.service_id); END;
CREATE TRIGGER content_version_service_languages_update AFTER UPDATE ON service_languages BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = NEW.service_id); END;
CREATE TRIGGER content_version_service_languages_delete AFTER DELETE ON service_languages BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = OLD.service_id); END;
CREATE TRIGGER content_version_service_target_groups_insert AFTER INSERT ON service_target_groups BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = NEW.service_id); END;
CREATE TRIGGER content_version_service_target_groups_update AFTER UPDATE ON service_target_groups BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = NEW.service_id); END;
CREATE TRIGGER content_version_service_target_groups_delete AFTER DELETE ON service_target_groups BEGIN UPDATE content_versions SET version = version + 1 WHERE coordination_id = (SELECT coordination_id FROM services WHERE id = OLD.service_id); END;
