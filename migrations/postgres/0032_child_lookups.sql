-- Every foreign key to a feature's row leads an index, so a parent finds its children (a service
-- page its phones and contacts, a meeting its actions, a member its seats) and an ON DELETE finds
-- what it cascades to without reading the whole child table. Keys to coordinations, users and the
-- reference tables are left to the tables' own indexes (see tests/it/platform.rs).
CREATE INDEX actions_item_id ON actions(item_id);
CREATE INDEX actions_meeting_id ON actions(meeting_id);
CREATE INDEX agenda_documents_item_id ON agenda_documents(item_id);
CREATE INDEX agenda_items_proposed_by ON agenda_items(proposed_by);
CREATE INDEX body_members_membership_id ON body_members(membership_id);
CREATE INDEX charter_signatures_version_id ON charter_signatures(version_id);
CREATE INDEX contacts_organization_id ON contacts(organization_id);
CREATE INDEX contacts_service_id ON contacts(service_id);
CREATE INDEX decisions_item_id ON decisions(item_id);
CREATE INDEX decisions_supersedes ON decisions(supersedes);
CREATE INDEX directory_changes_organization_id ON directory_changes(organization_id);
CREATE INDEX directory_reports_service_id ON directory_reports(service_id);
CREATE INDEX group_proposals_body_id ON group_proposals(body_id);
CREATE INDEX group_proposals_membership_id ON group_proposals(membership_id);
CREATE INDEX group_supports_membership_id ON group_supports(membership_id);
CREATE INDEX invitation_tokens_invitation_id ON invitation_tokens(invitation_id);
CREATE INDEX invitations_membership_id ON invitations(membership_id);
CREATE INDEX meeting_series_body_id ON meeting_series(body_id);
CREATE INDEX memberships_organization_id ON memberships(organization_id);
CREATE INDEX needs_agenda_item_id ON needs(agenda_item_id);
CREATE INDEX needs_body_id ON needs(body_id);
CREATE INDEX phones_organization_id ON phones(organization_id);
CREATE INDEX phones_service_id ON phones(service_id);
