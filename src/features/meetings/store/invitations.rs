//! Invitations, the answer links emailed with them, and attendance: one row per person invited
//! (or walking in), so two people marking at once never make two records.

use chrono::Utc;

use super::{Meeting, COLUMNS};
use crate::domain::Lang;
use crate::platform::auth::hash_token;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{PublicSubmission, Tenant};
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all, fetch_optional, scalar, vocabulary};

vocabulary! {
    /// An invited person's answer.
    pub enum Rsvp: "rsvp-state-" {
        Pending = "pending",
        Yes = "yes",
        No = "no",
        Excused = "excused",
    }
}

vocabulary! {
    /// What the attendance sheet says of a person.
    pub enum Attendance: "attendance-" {
        Unknown = "unknown",
        Present = "present",
        Excused = "excused",
        Absent = "absent",
        Represented = "represented",
    }
}

impl Rsvp {
    /// The Fluent key of the choice on the answer form ("I will come").
    pub fn choice_key(self) -> &'static str {
        match self {
            Rsvp::Pending => "rsvp-state-pending",
            Rsvp::Yes => "rsvp-yes",
            Rsvp::No => "rsvp-no",
            Rsvp::Excused => "rsvp-excused",
        }
    }
}

impl Attendance {
    /// The organisation was there, in person or through a colleague (lists name the two apart).
    pub fn was_there(self) -> bool {
        matches!(self, Attendance::Present | Attendance::Represented)
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Attendee {
    pub id: i64,
    pub name: String,
    pub email: String,
    lang: String,
    pub organization: Option<String>,
    pub rsvp: Rsvp,
    pub representative: String,
    pub attendance: Attendance,
    pub walk_in: bool,
}

impl Attendee {
    /// Their language, when Socius knows it.
    pub fn lang(&self) -> Option<Lang> {
        Lang::parse(&self.lang).ok()
    }

    /// Whether Socius writes to them: they have an address (a walk-in who left one too) and were
    /// not erased since.
    pub fn is_written_to(&self) -> bool {
        !self.email.is_empty()
            && !self.email.starts_with(WALK_IN_WITHOUT_ADDRESS)
            && !self
                .email
                .ends_with(crate::platform::personal_data::ERASED_DOMAIN)
    }

    /// The mark the attendance sheet proposes: the one given, else what their answer says — an
    /// excuse, or a colleague named to represent them.
    pub fn prefilled(&self) -> Attendance {
        match (self.attendance, self.rsvp, self.representative.is_empty()) {
            (Attendance::Unknown, Rsvp::Excused, _) => Attendance::Excused,
            (Attendance::Unknown, Rsvp::Yes, false) => Attendance::Represented,
            (mark, ..) => mark,
        }
    }

    /// Said they will come in person and not marked yet: *mark all expected as present* marks them.
    pub fn is_expected(&self) -> bool {
        self.attendance == Attendance::Unknown
            && self.rsvp == Rsvp::Yes
            && self.representative.is_empty()
    }

    /// How lists of those invited name them: by name, or, once they were erased (the attendance
    /// stays), as a representative of their organisation.
    pub fn shown_name(&self, lang: &Lang) -> String {
        match (&self.organization, self.name.is_empty()) {
            (_, false) => self.name.clone(),
            (Some(organisation), true) => crate::platform::i18n::t_args(
                *lang,
                "representative-of",
                &[("organisation", organisation.as_str())],
            ),
            (None, true) => crate::platform::i18n::t(*lang, "erased-person"),
        }
    }
}

const ATTENDEES: &str = "\
    SELECT i.id, i.name, i.email, i.lang, m.name AS organization, i.rsvp, i.representative, \
      i.attendance, i.walk_in \
    FROM invitations i LEFT JOIN memberships m ON m.id = i.membership_id \
    WHERE i.meeting_id = $1 AND i.coordination_id = $2 ORDER BY m.name, i.name";

pub async fn attendees(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<Attendee>, sqlx::Error> {
    fetch_all!(db, ATTENDEES, meeting_id, tenant.id())
}

/// An attendee of one of the coordination's meetings, for the API.
#[derive(Debug, sqlx::FromRow)]
pub struct MeetingAttendee {
    pub meeting_id: i64,
    #[sqlx(flatten)]
    pub attendee: Attendee,
}

const ALL_ATTENDEES: &str = "\
    SELECT i.meeting_id, i.id, i.name, i.email, i.lang, m.name AS organization, i.rsvp, \
      i.representative, i.attendance, i.walk_in \
    FROM invitations i LEFT JOIN memberships m ON m.id = i.membership_id \
    WHERE i.coordination_id = $1 AND ($2 IS NULL OR i.meeting_id = $2) ORDER BY m.name, i.name";

pub async fn all_attendees(
    db: &Db,
    tenant: &Tenant,
    only: Option<i64>,
) -> Result<Vec<MeetingAttendee>, sqlx::Error> {
    fetch_all!(db, ALL_ATTENDEES, tenant.id(), only)
}

/// A meeting's answers so far: how many invited people (walk-ins not counted) gave each answer,
/// every answer listed.
pub async fn answer_counts(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<(Rsvp, i64)>, sqlx::Error> {
    let counts: Vec<(Rsvp, i64)> = fetch_all!(
        db,
        "SELECT rsvp, COUNT(*) FROM invitations \
         WHERE meeting_id = $1 AND coordination_id = $2 AND NOT walk_in GROUP BY rsvp",
        meeting_id,
        tenant.id()
    )?;
    Ok(Rsvp::ALL
        .iter()
        .map(|r| {
            let n = counts.iter().find(|(c, _)| c == r).map_or(0, |(_, n)| *n);
            (*r, n)
        })
        .collect())
}

/// The meetings to come whose invitation to the person's account is still unanswered, soonest
/// first.
pub async fn to_answer(
    db: &Db,
    tenant: &Tenant,
    user_id: i64,
) -> Result<Vec<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m JOIN invitations i ON i.meeting_id = m.id \
         WHERE i.coordination_id = $1 AND i.user_id = $2 AND i.rsvp = 'pending' \
         AND m.status = 'published' AND m.starts_at > $3 ORDER BY m.starts_at"
    );
    fetch_all!(db, &sql, tenant.id(), user_id, Utc::now())
}

/// How many people were invited (walk-ins not counted).
pub async fn invited_count(db: &Db, tenant: &Tenant, meeting_id: i64) -> Result<i64, sqlx::Error> {
    scalar!(
        db,
        "SELECT COUNT(*) FROM invitations \
         WHERE meeting_id = $1 AND coordination_id = $2 AND NOT walk_in",
        meeting_id,
        tenant.id()
    )
}

/// Someone invited to a meeting: a contact person (with their account, when they have one) or a
/// person seated in their own name; `lang` is `None` when Socius does not know it.
pub struct Invitee {
    pub membership_id: Option<i64>,
    pub user_id: Option<i64>,
    pub name: String,
    pub email: String,
    pub lang: Option<Lang>,
}

const INVITE: &str = "\
    INSERT INTO invitations (coordination_id, meeting_id, membership_id, user_id, name, email, \
      lang, rsvp, representative, responded_at, attendance, walk_in) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', '', NULL, 'unknown', FALSE) \
    ON CONFLICT (meeting_id, email) DO NOTHING";

pub async fn invite(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    person: &Invitee,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        INVITE,
        tenant.id(),
        meeting_id,
        person.membership_id,
        person.user_id,
        &person.name,
        person.email.to_lowercase(),
        person.lang.map(Lang::code).unwrap_or_default()
    )
}

/// Who a notice about a meeting goes to.
#[derive(Debug, sqlx::FromRow)]
pub struct Recipient {
    pub id: i64,
    pub name: String,
    pub email: String,
    lang: String,
    /// Their answer so far.
    pub rsvp: Rsvp,
}

impl Recipient {
    pub fn lang(&self) -> Option<Lang> {
        Lang::parse(&self.lang).ok()
    }
}

/// The invited (walk-ins aside); with `declined_too` false, only those who did not decline.
pub async fn recipients(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    declined_too: bool,
) -> Result<Vec<Recipient>, sqlx::Error> {
    fetch_all!(
        tx,
        "SELECT id, name, email, lang, rsvp FROM invitations \
         WHERE meeting_id = $1 AND coordination_id = $2 AND NOT walk_in \
         AND ($3 OR rsvp IN ('pending', 'yes')) AND email NOT LIKE '%' || $4 ORDER BY id",
        meeting_id,
        tenant.id(),
        declined_too,
        crate::platform::personal_data::ERASED_DOMAIN
    )
}

/// Keeps the hash of a new answer link of an invitation (the earlier ones keep working).
pub async fn add_token(tx: &mut Tx, invitation_id: i64, token: &str) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO invitation_tokens (token_hash, invitation_id) VALUES ($1, $2)",
        hash_token(token),
        invitation_id
    )
}

/// The invitation an answer link opens, with its meeting.
#[derive(Debug, sqlx::FromRow)]
pub struct Answerable {
    pub invitation_id: i64,
    pub invitee: String,
    pub rsvp: Rsvp,
    pub representative: String,
    #[sqlx(flatten)]
    pub meeting: Meeting,
}

/// The invitation whose answer link holds `token`, in this coordination, and its meeting: what
/// the person holding the link (who may have no account) reads to answer. The token is the
/// secret; nothing else of the coordination is read.
pub async fn by_token(
    db: &Db,
    coordination: &Coordination,
    token: &str,
) -> Result<Option<Answerable>, sqlx::Error> {
    let sql = format!(
        "SELECT i.id AS invitation_id, i.name AS invitee, i.rsvp, i.representative, {COLUMNS} \
         FROM invitation_tokens t JOIN invitations i ON i.id = t.invitation_id \
         JOIN meetings m ON m.id = i.meeting_id \
         WHERE t.token_hash = $1 AND i.coordination_id = $2"
    );
    fetch_optional!(db, &sql, hash_token(token), coordination.id)
}

/// Records an answer given through a link (one row per invitation: answering twice, or twice at
/// the same moment, leaves one answer).
pub async fn answer(
    tx: &mut Tx,
    submission: &PublicSubmission,
    invitation_id: i64,
    rsvp: Rsvp,
    representative: &str,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE invitations SET rsvp = $1, representative = $2, responded_at = $3 \
         WHERE id = $4 AND coordination_id = $5",
        rsvp,
        representative,
        Utc::now(),
        invitation_id,
        submission.coordination_id()
    )
}

/// Marks a person's attendance, with who represented them (empty unless represented).
pub async fn mark(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, invitation_id): (i64, i64),
    (attendance, representative): (Attendance, &str),
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE invitations SET attendance = $1, representative = $2 \
         WHERE id = $3 AND meeting_id = $4 AND coordination_id = $5",
        attendance,
        representative,
        invitation_id,
        meeting_id,
        tenant.id()
    )
}

/// How a walk-in who left no address is keyed (the unique key needs a value): never written to.
pub const WALK_IN_WITHOUT_ADDRESS: &str = "walk-in:";

const WALK_IN: &str = "\
    INSERT INTO invitations (coordination_id, meeting_id, membership_id, user_id, name, email, \
      lang, rsvp, representative, responded_at, attendance, walk_in) \
    VALUES ($1, $2, NULL, NULL, $3, $4, $5, 'yes', '', NULL, 'present', TRUE) \
    ON CONFLICT (meeting_id, email) DO UPDATE SET attendance = 'present'";

/// Someone who came without an invitation, present; `key` (their address, or their name when
/// they gave none) keeps them one row. A walk-in is tied to no account.
pub async fn walk_in(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    (label, key): (&str, &str),
    lang: Lang,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        WALK_IN,
        tenant.id(),
        meeting_id,
        label,
        key,
        lang.code()
    )
}
