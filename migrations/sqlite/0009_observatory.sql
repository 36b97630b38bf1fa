-- The needs observatory: signals of observed needs and of non-take-up of rights reported by member
-- organisations (counts and descriptions, never data about a person), collection rounds, needs that
-- group signals and follow them to action, and per-municipality context indicators.

-- Regional staff read the regional aggregates across every coordination, nothing else.
ALTER TABLE users ADD COLUMN is_regional_staff BOOLEAN NOT NULL DEFAULT FALSE;

-- Social rights often not taken up (the shared list; a coordination may add its own).
CREATE TABLE rights (
    code TEXT PRIMARY KEY,
    coordination_id BIGINT REFERENCES coordinations(id) ON DELETE CASCADE,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE non_take_up_causes (
    code TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE collection_rounds (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    title_fr TEXT NOT NULL,
    title_nl TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    deadline TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    -- Aggregates of a published round are public (with small counts suppressed).
    published BOOLEAN NOT NULL,
    reminded_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX collection_rounds_coordination ON collection_rounds(coordination_id, period_start);

-- A need that groups signals, followed from observation to an answer.
CREATE TABLE needs (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    title_fr TEXT NOT NULL,
    title_nl TEXT NOT NULL,
    description TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('observed', 'discussed', 'in_action', 'answered')),
    body_id BIGINT REFERENCES bodies(id) ON DELETE SET NULL,
    agenda_item_id BIGINT REFERENCES agenda_items(id) ON DELETE SET NULL,
    -- The advice or project that answers it (a title or an address, until those modules exist).
    response TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX needs_coordination ON needs(coordination_id, status);

CREATE TABLE need_events (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    need_id BIGINT NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    detail TEXT NOT NULL,
    actor_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    at TEXT NOT NULL
);
CREATE INDEX need_events_need ON need_events(need_id);

CREATE TABLE signals (
    id INTEGER PRIMARY KEY,
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    membership_id BIGINT NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
    round_id BIGINT REFERENCES collection_rounds(id) ON DELETE SET NULL,
    need_id BIGINT REFERENCES needs(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('need', 'non_take_up')),
    theme_code TEXT,
    right_code TEXT REFERENCES rights(code),
    target_group TEXT NOT NULL,
    nis_code TEXT REFERENCES municipalities(nis_code),
    basin_code TEXT REFERENCES basins(code),
    neighbourhood TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    description TEXT NOT NULL,
    -- Needs: how it evolves and how serious it is (1 low to 4 critical).
    trend TEXT CHECK (trend IN ('new', 'growing', 'stable', 'decreasing')),
    severity BIGINT,
    -- People concerned (needs) or cases (non-take-up): a count, never names.
    people_count BIGINT NOT NULL,
    -- Non-take-up: what was done.
    outcome TEXT CHECK (outcome IN ('referred', 'accompanied', 'unresolved')),
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX signals_coordination ON signals(coordination_id, kind, period_start);
CREATE INDEX signals_membership ON signals(membership_id);
CREATE INDEX signals_round ON signals(round_id);
CREATE INDEX signals_need ON signals(need_id);

CREATE TABLE signal_causes (
    signal_id BIGINT NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    cause_code TEXT NOT NULL REFERENCES non_take_up_causes(code),
    PRIMARY KEY (signal_id, cause_code)
);
CREATE INDEX signal_causes_cause ON signal_causes(cause_code);

-- Public statistics per municipality (imported from CSV with their source and year).
CREATE TABLE context_indicators (
    id INTEGER PRIMARY KEY,
    nis_code TEXT NOT NULL REFERENCES municipalities(nis_code),
    indicator TEXT NOT NULL,
    label_fr TEXT NOT NULL,
    label_nl TEXT NOT NULL,
    year BIGINT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    unit TEXT NOT NULL,
    source TEXT NOT NULL,
    imported_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (nis_code, indicator, year)
);

-- The aggregates' working table: per coordination, round, kind, dimension (theme, right, cause…),
-- group and organisation, how many signals and people. Kept up to date in the transaction of every
-- change to a signal (added, then taken away), so dashboards read a few thousand rows however many
-- signals there are, and can still count distinct organisations.
CREATE TABLE signal_rollup (
    coordination_id BIGINT NOT NULL REFERENCES coordinations(id) ON DELETE CASCADE,
    -- 0 for signals outside a round.
    round_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    dimension TEXT NOT NULL,
    code TEXT NOT NULL,
    membership_id BIGINT NOT NULL,
    signals BIGINT NOT NULL,
    people BIGINT NOT NULL,
    UNIQUE (coordination_id, round_id, kind, dimension, code, membership_id)
);
CREATE INDEX signal_rollup_dimension ON signal_rollup(kind, dimension, code);
