//! The meetings' rows and statements. Meetings are protected: reads and writes take the [`Tenant`]
//! proof; the public calendar reads a [`Coordination`]'s public meetings, the private feed the
//! meetings its owner is invited to, and the reminder job uses the system proof.

pub mod agenda;
pub mod feeds;
pub mod invitations;
pub mod minutes;
pub mod personal_data;
pub mod public;

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};

use crate::domain::Lang;
use crate::features::membership::store::bodies::Body;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{MeetingFacts, MeetingRead, MinutesReaders, ReaderFacts, Tenant};
use crate::platform::tenancy::Coordination;
use crate::platform::web::Val;
use crate::{execute, fetch_all, fetch_one, fetch_optional, scalar, scalars, vocabulary};

vocabulary! {
    /// Where a meeting stands: planned (the managers' alone), called (the invitations went out),
    /// or cancelled.
    pub enum MeetingStatus: "meeting-status-" {
        Draft = "draft",
        Published = "published",
        Cancelled = "cancelled",
    }
}

vocabulary! {
    /// Where a meeting's minutes stand: written, sent to the participants for comments, approved
    /// (usually at the next meeting), published to the members.
    pub enum MinutesStatus: "minutes-status-" {
        NotStarted = "none",
        Draft = "draft",
        Sent = "sent",
        Approved = "approved",
        Published = "published",
    }
}

impl MinutesStatus {
    /// Who reads the minutes at this stage, besides the managers.
    pub fn readers(self) -> MinutesReaders {
        match self {
            MinutesStatus::NotStarted | MinutesStatus::Draft => MinutesReaders::Managers,
            MinutesStatus::Sent | MinutesStatus::Approved => MinutesReaders::Invited,
            MinutesStatus::Published => MinutesReaders::Published,
        }
    }

    /// Written at all: decisions, actions and notes may be added.
    pub fn started(self) -> bool {
        self != MinutesStatus::NotStarted
    }

    /// Whether notes, decisions and actions may still change: until the minutes are approved.
    pub fn editable(self) -> bool {
        matches!(
            self,
            MinutesStatus::NotStarted | MinutesStatus::Draft | MinutesStatus::Sent
        )
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Meeting {
    pub id: i64,
    pub body_id: i64,
    pub uid: String,
    pub title_fr: String,
    pub title_nl: String,
    pub starts_at: DateTime<Utc>,
    pub duration_minutes: i64,
    pub place_fr: String,
    pub place_nl: String,
    pub online_url: String,
    pub public: bool,
    pub status: MeetingStatus,
    pub sequence: i64,
    pub proposals_until: DateTime<Utc>,
    pub minutes_status: MinutesStatus,
    pub series_id: Option<i64>,
}

impl Meeting {
    pub fn title(&self, lang: impl Val<Lang>) -> &str {
        lang.val().pick(&self.title_fr, &self.title_nl)
    }

    pub fn ends_at(&self) -> DateTime<Utc> {
        self.starts_at + Duration::minutes(self.duration_minutes)
    }

    /// The place for a reader, and the language it is written in (see [`Lang::read`]).
    pub fn place(&self, lang: impl Val<Lang>) -> (&str, Lang) {
        lang.val().read(&self.place_fr, &self.place_nl)
    }

    /// The place (in `lang` where written) and the online link, as one line.
    pub fn location(&self, lang: Lang) -> String {
        [self.place(lang).0, self.online_url.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" — ")
    }

    pub fn accepts_proposals(&self) -> bool {
        self.status != MeetingStatus::Cancelled && Utc::now() <= self.proposals_until
    }

    /// What decides who reads this meeting of `body`.
    pub fn facts(&self, body: &Body) -> MeetingFacts {
        MeetingFacts {
            draft: self.status == MeetingStatus::Draft,
            closed_body: body.is_closed(),
            public: self.public,
            minutes: self.minutes_status.readers(),
        }
    }
}

const COLUMNS: &str = "m.id, m.body_id, m.uid, m.title_fr, m.title_nl, m.starts_at, \
    m.duration_minutes, m.place_fr, m.place_nl, m.online_url, m.public, m.status, m.sequence, m.proposals_until, \
    m.minutes_status, m.series_id";

pub async fn meeting(db: &Db, tenant: &Tenant, id: i64) -> Result<Option<Meeting>, sqlx::Error> {
    let sql =
        format!("SELECT {COLUMNS} FROM meetings m WHERE m.id = $1 AND m.coordination_id = $2");
    fetch_optional!(db, &sql, id, tenant.id())
}

/// The meeting as it stands inside a transaction that changed it.
pub async fn current(tx: &mut Tx, tenant: &Tenant, id: i64) -> Result<Meeting, sqlx::Error> {
    let sql =
        format!("SELECT {COLUMNS} FROM meetings m WHERE m.id = $1 AND m.coordination_id = $2");
    fetch_one!(tx, &sql, id, tenant.id())
}

/// A meeting found in the archive, with where the search words occur: in its title or accepted
/// items (for every reader), in proposed or rejected items (for its managers), in its minutes'
/// notes and decisions (for the readers of the minutes).
#[derive(Debug, sqlx::FromRow)]
pub struct Found {
    #[sqlx(flatten)]
    pub meeting: Meeting,
    pub in_agenda: bool,
    pub in_proposals: bool,
    pub in_minutes: bool,
}

const SEARCH: &str = "\
    SELECT {COLUMNS}, \
      ($2 = '%%' OR LOWER(m.title_fr) LIKE $2 OR LOWER(m.title_nl) LIKE $2 \
        OR EXISTS (SELECT 1 FROM agenda_items i WHERE i.meeting_id = m.id \
          AND i.status = 'accepted' AND (LOWER(i.title_fr) LIKE $2 OR LOWER(i.title_nl) LIKE $2))) \
        AS in_agenda, \
      EXISTS (SELECT 1 FROM agenda_items i WHERE i.meeting_id = m.id \
        AND (LOWER(i.title_fr) LIKE $2 OR LOWER(i.title_nl) LIKE $2)) AS in_proposals, \
      (EXISTS (SELECT 1 FROM agenda_items i WHERE i.meeting_id = m.id AND i.status = 'accepted' \
          AND (LOWER(i.notes_fr) LIKE $2 OR LOWER(i.notes_nl) LIKE $2)) \
        OR EXISTS (SELECT 1 FROM decisions d WHERE d.meeting_id = m.id AND LOWER(d.text) LIKE $2)) \
        AS in_minutes \
    FROM meetings m WHERE m.coordination_id = $1 ORDER BY m.starts_at";

impl Found {
    /// Whether the search words occur where this reader may read.
    pub fn matches(&self, read: &MeetingRead) -> bool {
        self.in_agenda || (read.manages && self.in_proposals) || (read.minutes && self.in_minutes)
    }
}

/// Every meeting of the coordination, with where `words` occur. The caller keeps what the reader
/// may read.
pub async fn search(db: &Db, tenant: &Tenant, words: &str) -> Result<Vec<Found>, sqlx::Error> {
    let pattern = format!("%{}%", words.trim().to_lowercase());
    let sql = SEARCH.replace("{COLUMNS}", COLUMNS);
    fetch_all!(db, &sql, tenant.id(), pattern)
}

/// Every meeting of the coordination, or the one meeting `only`, by date.
pub async fn all(db: &Db, tenant: &Tenant, only: Option<i64>) -> Result<Vec<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m WHERE m.coordination_id = $1 \
         AND ($2 IS NULL OR m.id = $2) ORDER BY m.starts_at"
    );
    fetch_all!(db, &sql, tenant.id(), only)
}

/// The meetings still to come (cancelled ones left out), by date.
pub async fn upcoming(db: &Db, tenant: &Tenant) -> Result<Vec<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m WHERE m.coordination_id = $1 AND m.starts_at > $2 \
         AND m.status <> 'cancelled' ORDER BY m.starts_at"
    );
    fetch_all!(db, &sql, tenant.id(), Utc::now())
}

/// The meetings (cancelled ones left out) between two instants, most recent first.
pub async fn between(
    db: &Db,
    tenant: &Tenant,
    (from, to): (DateTime<Utc>, DateTime<Utc>),
) -> Result<Vec<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m WHERE m.coordination_id = $1 \
         AND m.status <> 'cancelled' AND m.starts_at BETWEEN $2 AND $3 ORDER BY m.starts_at DESC"
    );
    fetch_all!(db, &sql, tenant.id(), from, to)
}

/// The body's meetings after `meeting` (cancelled ones left out): where a proposed item may move.
pub async fn later_of_body(
    db: &Db,
    tenant: &Tenant,
    meeting: &Meeting,
) -> Result<Vec<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m WHERE m.coordination_id = $1 AND m.body_id = $2 \
         AND m.starts_at > $3 AND m.status <> 'cancelled' ORDER BY m.starts_at"
    );
    fetch_all!(db, &sql, tenant.id(), meeting.body_id, meeting.starts_at)
}

/// The meetings of a recurring series, by date.
pub async fn of_series(
    db: &Db,
    tenant: &Tenant,
    series_id: i64,
) -> Result<Vec<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m WHERE m.series_id = $1 AND m.coordination_id = $2 \
         ORDER BY m.starts_at"
    );
    fetch_all!(db, &sql, series_id, tenant.id())
}

/// A coordination's public meetings, once called: its public calendar.
pub async fn public(db: &Db, coordination: &Coordination) -> Result<Vec<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m WHERE m.coordination_id = $1 AND m.public \
         AND m.status <> 'draft' ORDER BY m.starts_at"
    );
    fetch_all!(db, &sql, coordination.id)
}

/// A coordination's next public meetings, the soonest first.
pub async fn next_public(
    db: &Db,
    coordination: &Coordination,
    count: i64,
) -> Result<Vec<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m WHERE m.coordination_id = $1 AND m.public \
         AND m.status NOT IN ('draft', 'cancelled') AND m.starts_at >= $2 ORDER BY m.starts_at LIMIT $3"
    );
    fetch_all!(db, &sql, coordination.id, Utc::now(), count)
}

/// A meeting in someone's private feed, with its coordination.
#[derive(Debug, sqlx::FromRow)]
pub struct FeedEntry {
    #[sqlx(flatten)]
    pub meeting: Meeting,
    pub coordination_id: i64,
}

/// The called or cancelled meetings the owner of a feed was invited to in person (walk-ins
/// excluded, so nobody puts an event in another's feed by typing their address), in the
/// coordinations where they still hold a role.
pub async fn invited_to(db: &Db, user_id: i64) -> Result<Vec<FeedEntry>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS}, m.coordination_id FROM meetings m \
         JOIN invitations i ON i.meeting_id = m.id \
         WHERE i.user_id = $1 AND NOT i.walk_in AND m.status <> 'draft' \
         AND EXISTS (SELECT 1 FROM user_roles r \
                     WHERE r.user_id = $1 AND r.coordination_id = m.coordination_id) \
         ORDER BY m.starts_at"
    );
    fetch_all!(db, &sql, user_id)
}

/// A meeting due for its reminder, with its coordination.
#[derive(Debug, sqlx::FromRow)]
pub struct DueReminder {
    #[sqlx(flatten)]
    pub meeting: Meeting,
    pub coordination_id: i64,
}

/// Called meetings starting within `(from, until)` whose reminder has not gone out (the reminder
/// job, for every coordination).
pub async fn due_reminders(
    db: &Db,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Vec<DueReminder>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS}, m.coordination_id FROM meetings m WHERE m.status = 'published' \
         AND m.reminded_at IS NULL AND m.starts_at > $1 AND m.starts_at < $2"
    );
    fetch_all!(db, &sql, from, until)
}

/// What links a person to a coordination's meetings, read once for a page or a list.
#[derive(Debug, Default)]
pub struct Links {
    /// A contact person of a member organisation: seated in the plenary.
    member: bool,
    /// The bodies a member organisation they are a contact of sits in.
    seated: HashSet<i64>,
    /// The meetings they were invited to in person.
    invited: HashSet<i64>,
}

impl Links {
    pub fn reader(&self, meeting: &Meeting, body: &Body) -> ReaderFacts {
        ReaderFacts {
            invited: self.invited.contains(&meeting.id),
            seated: if body.is_plenary() {
                self.member
            } else {
                self.seated.contains(&body.id)
            },
        }
    }
}

pub async fn links(db: &Db, tenant: &Tenant, user_id: i64) -> Result<Links, sqlx::Error> {
    let organisations: Vec<i64> = scalars!(
        db,
        "SELECT m.id FROM memberships m JOIN member_contacts c ON c.membership_id = m.id \
         WHERE m.coordination_id = $1 AND m.status = 'member' AND c.user_id = $2",
        tenant.id(),
        user_id
    )?;
    let seated: Vec<i64> = scalars!(
        db,
        "SELECT s.body_id FROM body_members s JOIN memberships m ON m.id = s.membership_id \
         JOIN member_contacts c ON c.membership_id = m.id \
         WHERE s.coordination_id = $1 AND s.status = 'active' AND m.status = 'member' \
         AND c.user_id = $2",
        tenant.id(),
        user_id
    )?;
    let invited: Vec<i64> = scalars!(
        db,
        "SELECT meeting_id FROM invitations \
         WHERE coordination_id = $1 AND user_id = $2 AND NOT walk_in",
        tenant.id(),
        user_id
    )?;
    Ok(Links {
        member: !organisations.is_empty(),
        seated: seated.into_iter().collect(),
        invited: invited.into_iter().collect(),
    })
}

/// What a new meeting (or each meeting of a new series) is.
pub struct NewMeeting<'a> {
    pub body_id: i64,
    pub title_fr: &'a str,
    pub title_nl: &'a str,
    pub duration: i64,
    pub place_fr: &'a str,
    pub place_nl: &'a str,
    pub online_url: &'a str,
    pub public: bool,
}

pub async fn create_series(
    tx: &mut Tx,
    tenant: &Tenant,
    body_id: i64,
    frequency: &str,
    interval: i64,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO meeting_series \
         (coordination_id, body_id, frequency, interval_count, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
        tenant.id(),
        body_id,
        frequency,
        interval,
        Utc::now()
    )
}

const INSERT: &str = "\
    INSERT INTO meetings (coordination_id, body_id, uid, title_fr, title_nl, starts_at, \
      duration_minutes, place_fr, place_nl, online_url, public, status, sequence, \
      proposals_until, minutes_status, series_id, created_at, updated_at) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'draft', 0, $12, 'none', $13, $14, $14) \
    RETURNING id";

/// Plans a meeting as a draft; `uid` is its iCalendar UID for good.
pub async fn create(
    tx: &mut Tx,
    tenant: &Tenant,
    new: &NewMeeting<'_>,
    uid: &str,
    (starts_at, proposals_until): (DateTime<Utc>, DateTime<Utc>),
    series_id: Option<i64>,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        INSERT,
        tenant.id(),
        new.body_id,
        uid,
        new.title_fr,
        new.title_nl,
        starts_at,
        new.duration,
        new.place_fr,
        new.place_nl,
        new.online_url,
        new.public,
        proposals_until,
        series_id,
        Utc::now()
    )
}

// What the invited see changes only when it differs (a second identical edit, a double click,
// changes nothing and sends nothing); published meetings then get a new SEQUENCE for the calendars.
// On PostgreSQL a concurrent identical edit waits for this row and re-reads it: it matches no more.
const UPDATE_NOTICED: &str = "\
    UPDATE meetings SET title_fr = $1, title_nl = $2, starts_at = $3, duration_minutes = $4, \
      place_fr = $5, place_nl = $6, online_url = $7, updated_at = $8, \
      sequence = sequence + CASE WHEN status = 'published' THEN 1 ELSE 0 END \
    WHERE id = $9 AND coordination_id = $10 \
      AND (title_fr IS DISTINCT FROM $1 OR title_nl IS DISTINCT FROM $2 \
        OR starts_at IS DISTINCT FROM $3 OR duration_minutes IS DISTINCT FROM $4 \
        OR place_fr IS DISTINCT FROM $5 OR place_nl IS DISTINCT FROM $6 \
        OR online_url IS DISTINCT FROM $7)";

const UPDATE_UNNOTICED: &str = "\
    UPDATE meetings SET public = $1, proposals_until = $2, updated_at = $3 \
    WHERE id = $4 AND coordination_id = $5";

/// Changes a meeting; true when what the invited see (title, time, length, place, link) changed.
pub async fn update(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    changed: &NewMeeting<'_>,
    (starts_at, proposals_until): (DateTime<Utc>, DateTime<Utc>),
) -> Result<bool, sqlx::Error> {
    let noticed = execute!(
        &mut *tx,
        UPDATE_NOTICED,
        changed.title_fr,
        changed.title_nl,
        starts_at,
        changed.duration,
        changed.place_fr,
        changed.place_nl,
        changed.online_url,
        Utc::now(),
        id,
        tenant.id()
    )?;
    execute!(
        tx,
        UPDATE_UNNOTICED,
        changed.public,
        proposals_until,
        Utc::now(),
        id,
        tenant.id()
    )?;
    Ok(noticed == 1)
}

pub async fn set_proposals_until(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    until: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE meetings SET proposals_until = $1 WHERE id = $2 AND coordination_id = $3",
        until,
        id,
        tenant.id()
    )
}

/// Calls a draft meeting; 0 when it was no longer a draft (called twice at once).
pub async fn call(tx: &mut Tx, tenant: &Tenant, id: i64) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE meetings SET status = 'published', updated_at = $1 \
         WHERE id = $2 AND coordination_id = $3 AND status = 'draft'",
        Utc::now(),
        id,
        tenant.id()
    )
}

/// Cancels a meeting from the status it was read at (a new SEQUENCE for the calendars); 0 when
/// another request changed it first.
pub async fn cancel(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    from: MeetingStatus,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE meetings SET status = 'cancelled', sequence = sequence + 1, updated_at = $1 \
         WHERE id = $2 AND coordination_id = $3 AND status = $4 AND status <> 'cancelled'",
        Utc::now(),
        id,
        tenant.id(),
        from
    )
}

/// Brings a cancelled meeting back to `to` (a new SEQUENCE for the calendars); 0 when it is not
/// cancelled any more.
pub async fn restore(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    to: MeetingStatus,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE meetings SET status = $1, sequence = sequence + 1, updated_at = $2 \
         WHERE id = $3 AND coordination_id = $4 AND status = 'cancelled'",
        to,
        Utc::now(),
        id,
        tenant.id()
    )
}

/// Moves the minutes from the status they were read at; 0 when another request moved them first.
pub async fn set_minutes_status(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    (from, to): (MinutesStatus, MinutesStatus),
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE meetings SET minutes_status = $1, updated_at = $2 \
         WHERE id = $3 AND coordination_id = $4 AND minutes_status = $5",
        to,
        Utc::now(),
        id,
        tenant.id(),
        from
    )
}

/// Marks the reminder of a meeting as sent; 0 when another process sent it first.
pub async fn mark_reminded(tx: &mut Tx, tenant: &Tenant, id: i64) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE meetings SET reminded_at = $1 \
         WHERE id = $2 AND coordination_id = $3 AND reminded_at IS NULL",
        Utc::now(),
        id,
        tenant.id()
    )
}

/// Per body, over the meetings held in `(from, until)` (cancelled ones left out): the body,
/// meetings held, and what the invitations say.
#[derive(Debug, sqlx::FromRow)]
pub struct BodyAttendance {
    pub body_id: i64,
    pub name_fr: String,
    pub name_nl: String,
    pub held: i64,
    pub invited: i64,
    /// Invited people there in person.
    pub present: i64,
    /// Invited people whose organisation a colleague represented.
    pub represented: i64,
    pub walk_ins: i64,
    /// Organisations there, in person or represented.
    pub organisations: i64,
}

const ATTENDANCE_BY_BODY: &str = "\
    SELECT b.id AS body_id, b.name_fr, b.name_nl, COUNT(DISTINCT m.id) AS held, \
      COUNT(i.id) FILTER (WHERE NOT i.walk_in) AS invited, \
      COUNT(i.id) FILTER (WHERE NOT i.walk_in AND i.attendance = 'present') AS present, \
      COUNT(i.id) FILTER (WHERE NOT i.walk_in AND i.attendance = 'represented') AS represented, \
      COUNT(i.id) FILTER (WHERE i.walk_in) AS walk_ins, \
      COUNT(DISTINCT i.membership_id) FILTER (WHERE i.attendance IN ('present', 'represented')) \
        AS organisations \
    FROM bodies b JOIN meetings m ON m.body_id = b.id AND m.status <> 'cancelled' \
      AND m.starts_at >= $2 AND m.starts_at < $3 \
    LEFT JOIN invitations i ON i.meeting_id = m.id \
    WHERE b.coordination_id = $1 GROUP BY b.id, b.name_fr, b.name_nl ORDER BY b.id";

pub async fn attendance_by_body(
    db: &Db,
    tenant: &Tenant,
    (from, until): (DateTime<Utc>, DateTime<Utc>),
) -> Result<Vec<BodyAttendance>, sqlx::Error> {
    fetch_all!(db, ATTENDANCE_BY_BODY, tenant.id(), from, until)
}
