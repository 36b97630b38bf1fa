-- Meetings of a coordination's bodies: the call, the agenda (with members' proposals), invitations
-- and answers, attendance, minutes with numbered decisions and follow-up actions.

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    -- The iCalendar UID: the same for every update of the meeting.
    uid TEXT NOT NULL UNIQUE,
    title_fr TEXT NOT NULL,
    title_nl TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    duration_minutes BIGINT NOT NULL,
    place TEXT NOT NULL,
    online_url TEXT NOT NULL,
    public BOOLEAN NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'cancelled')),
    -- Raised on every change sent to the invited (iCalendar SEQUENCE).
    sequence BIGINT NOT NULL,
    proposals_until TEXT NOT NULL,
    minutes_status TEXT NOT NULL CHECK (minutes_status IN ('none', 'draft', 'sent', 'approved', 'published')),
    -- When the reminder went out (once per meeting).
    reminded_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX meetings_body ON meetings(body_id, starts_at);
CREATE INDEX meetings_coordination ON meetings(coordination_id, starts_at);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    title_fr TEXT NOT NULL,
    title_nl TEXT NOT NULL,
    description_fr TEXT NOT NULL,
    description_nl TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('information', 'discussion', 'decision', 'presentation')),
    duration_minutes BIGINT NOT NULL,
    presenter TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected')),
    reason TEXT NOT NULL,
    proposed_by BIGINT REFERENCES memberships(id) ON DELETE SET NULL,
    notes_fr TEXT NOT NULL,
    notes_nl TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id);

-- One row per person invited (or walking in).
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    membership_id BIGINT REFERENCES memberships(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    lang TEXT NOT NULL,
    rsvp TEXT NOT NULL CHECK (rsvp IN ('pending', 'yes', 'no', 'excused')),
    representative TEXT NOT NULL,
    responded_at TEXT,
    attendance TEXT NOT NULL CHECK (attendance IN ('unknown', 'present', 'excused', 'absent', 'represented')),
    walk_in BOOLEAN NOT NULL,
    UNIQUE (meeting_id, email)
);
CREATE INDEX invitations_meeting ON invitations(meeting_id);

-- The answer links of every email sent to an invited person (hashed): each link keeps working
-- until the meeting is over, whichever email it came in.
CREATE TABLE invitation_tokens (
    token_hash TEXT PRIMARY KEY,
    invitation_id BIGINT NOT NULL REFERENCES invitations(id) ON DELETE CASCADE
);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id BIGINT REFERENCES agenda_items(id) ON DELETE SET NULL,
    number BIGINT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (meeting_id, number)
);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    body_id BIGINT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
    item_id BIGINT REFERENCES agenda_items(id) ON DELETE SET NULL,
    description TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    created_at TEXT NOT NULL
);
CREATE INDEX actions_body ON actions(body_id, status);

-- Private calendar feeds: a secret URL per person (hashed here), revocable.
CREATE TABLE calendar_feeds (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX calendar_feeds_user ON calendar_feeds(user_id);
