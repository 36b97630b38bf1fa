-- Membership: the charter and house rules (versioned), applications and admission, the member
-- register with its history and contact persons, bodies and working groups.

CREATE TABLE charter_versions (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('charter', 'house_rules')),
    version BIGINT NOT NULL,
    body_fr TEXT NOT NULL,
    body_nl TEXT NOT NULL,
    published_at TEXT NOT NULL,
    published_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    UNIQUE (coordination_id, kind, version)
);

-- An organisation's membership of a coordination, from its application on. The details are what
-- the applicant gave; admission links (or creates) the organisation of the social map.
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    organization_id BIGINT REFERENCES organizations(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('applicant', 'member', 'suspended', 'former', 'refused')),
    name TEXT NOT NULL,
    kbo TEXT,
    email TEXT NOT NULL,
    website TEXT NOT NULL,
    address TEXT NOT NULL,
    motivation TEXT NOT NULL,
    themes TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX memberships_coordination ON memberships(coordination_id, status);

CREATE TABLE membership_events (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    membership_id BIGINT NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    -- The meeting where it was decided, as the coordinator names it.
    meeting TEXT NOT NULL,
    actor_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    at TEXT NOT NULL
);
CREATE INDEX membership_events_membership ON membership_events(membership_id);

-- Contact persons of a member organisation; `share_consent` lets other members see their details.
CREATE TABLE member_contacts (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    membership_id BIGINT NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    lang TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('main', 'delegate')),
    share_consent BOOLEAN NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX member_contacts_membership ON member_contacts(membership_id);
CREATE INDEX member_contacts_user ON member_contacts(user_id);

-- Who signed which version, with a hash of the exact text they were shown.
CREATE TABLE charter_signatures (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    membership_id BIGINT NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
    version_id BIGINT NOT NULL REFERENCES charter_versions(id) ON DELETE CASCADE,
    signer_name TEXT NOT NULL,
    signer_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    lang TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    UNIQUE (membership_id, version_id)
);

CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('plenary', 'steering', 'direction', 'working_group', 'commission', 'reflection', 'users_council')),
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    purpose_fr TEXT NOT NULL,
    purpose_nl TEXT NOT NULL,
    theme TEXT,
    open BOOLEAN NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX bodies_coordination ON bodies(coordination_id);

-- A seat in a body: a member organisation or a person (a CPAS council member, an expert).
CREATE TABLE body_members (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    membership_id BIGINT REFERENCES memberships(id) ON DELETE CASCADE,
    person_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('chair', 'secretary', 'member', 'advisory')),
    starts_on TEXT,
    ends_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'pending')),
    created_at TEXT NOT NULL
);
CREATE INDEX body_members_body ON body_members(body_id);

CREATE TABLE group_proposals (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    membership_id BIGINT NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    purpose TEXT NOT NULL,
    theme TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'created', 'declined')),
    reason TEXT NOT NULL,
    body_id BIGINT REFERENCES bodies(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE group_supports (
    proposal_id BIGINT NOT NULL REFERENCES group_proposals(id) ON DELETE CASCADE,
    membership_id BIGINT NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (proposal_id, membership_id)
);
