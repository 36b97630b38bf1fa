//! The member area's reads, composed from the other features' stores: what it says to do. For
//! coordinators, what waits for them (applications, record changes and error reports to moderate,
//! observatory rounds and how many organisations have answered, the next meeting and its
//! answers, members' agenda proposals and records due for a check); for a member organisation's
//! contact, the invitations to answer, the rounds to report in, the charter to sign again, the next
//! meetings of the bodies it sits on and how current its record on the social map is. Counts, each
//! with the page where it is done.

use chrono::{DateTime, Utc};

use crate::features::directory::store::{self as directory, changes, reports, verification};
use crate::features::directory::verification::stale_after;
use crate::features::meetings::store::agenda;
use crate::features::meetings::store::invitations::{self, Rsvp};
use crate::features::meetings::store::{self as meetings, Meeting, MeetingStatus};
use crate::features::membership::store::bodies::{self, SeatStatus};
use crate::features::membership::store::charter;
use crate::features::membership::store::{self as membership, Membership, MembershipStatus};
use crate::features::observatory::store::round_counts;
use crate::features::observatory::store::rounds::{self, Round};
use crate::platform::db::Db;
use crate::platform::policy::Tenant;

/// Something waiting: how many, what (a message key with `$count`), and where it is done.
pub struct Waiting {
    pub count: usize,
    pub key: &'static str,
    /// Inside the coordination (`page.chref`).
    pub path: &'static str,
}

/// An open observatory round and how many member organisations reported in it.
pub struct OpenRound {
    pub round: Round,
    pub reported: i64,
    pub members: i64,
}

/// What a coordinator has to do.
pub struct CoordinatorTodo {
    pub waiting: Vec<Waiting>,
    pub rounds: Vec<OpenRound>,
    /// The next meeting and its answers so far.
    pub next: Option<(Meeting, Vec<(Rsvp, i64)>)>,
}

pub async fn coordinator(db: &Db, tenant: &Tenant) -> Result<CoordinatorTodo, sqlx::Error> {
    let statuses = membership::status_counts(db, tenant).await?;
    let count = |status| {
        statuses
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(0, |(_, n)| *n)
    };
    let members = count(MembershipStatus::Member);
    let waiting = vec![
        Waiting {
            count: usize::try_from(count(MembershipStatus::Applicant)).unwrap_or(0),
            key: "todo-applications",
            path: "/members",
        },
        Waiting {
            count: usize::try_from(changes::pending_count(db, tenant).await?).unwrap_or(0),
            key: "todo-changes",
            path: "/map/changes",
        },
        Waiting {
            count: reports::open_reports(db, tenant).await?.len(),
            key: "todo-reports",
            path: "/map/reports",
        },
        Waiting {
            count: usize::try_from(agenda::proposals_waiting(db, tenant).await?).unwrap_or(0),
            key: "todo-proposals",
            path: "/meetings",
        },
        Waiting {
            count: usize::try_from(
                verification::unverified_count(db, tenant, Utc::now() - stale_after()).await?,
            )
            .unwrap_or(0),
            key: "todo-stale",
            path: "/map/stale",
        },
    ]
    .into_iter()
    .filter(|w| w.count > 0)
    .collect();
    let counts = round_counts(db, tenant).await?;
    let rounds = rounds::open_rounds(db, tenant)
        .await?
        .into_iter()
        .map(|round| OpenRound {
            reported: counts
                .iter()
                .find(|(id, ..)| *id == round.id)
                .map_or(0, |(.., organisations)| *organisations),
            members,
            round,
        })
        .collect();
    let next = match meetings::upcoming(db, tenant).await?.into_iter().next() {
        Some(meeting) => {
            let answers = invitations::answer_counts(db, tenant, meeting.id).await?;
            Some((meeting, answers))
        }
        None => None,
    };
    Ok(CoordinatorTodo {
        waiting,
        rounds,
        next,
    })
}

/// What a member organisation's contact has to do.
pub struct MemberTodo {
    pub to_answer: Vec<Meeting>,
    pub rounds: Vec<Round>,
    /// The charter or the house rules have a version the organisation has not signed.
    pub sign_again: bool,
    /// The next called meetings of the bodies the organisation sits on (those to answer left out).
    pub body_meetings: Vec<Meeting>,
    /// Its record on the social map, if it has one.
    pub record: Option<RecordFreshness>,
}

/// When an organisation's record on the social map was last confirmed.
pub struct RecordFreshness {
    pub organization_id: i64,
    pub verified_at: Option<DateTime<Utc>>,
    /// Not confirmed within the year: the coordination will ask.
    pub stale: bool,
}

/// How many meetings of its bodies a contact's dashboard lists.
const BODY_MEETINGS: usize = 3;

pub async fn member(
    db: &Db,
    tenant: &Tenant,
    user_id: i64,
    organisation: &Membership,
) -> Result<MemberTodo, sqlx::Error> {
    let to_answer = invitations::to_answer(db, tenant, user_id).await?;
    let signed = charter::last_signed(db, tenant).await?;
    let sign_again = charter::current(db, tenant).await?.iter().any(|version| {
        !signed.iter().any(|(membership, kind, number)| {
            *membership == organisation.id && *kind == version.kind && *number >= version.version
        })
    });
    // Every member organisation sits in the plenary; elsewhere, where it holds a seat.
    let mut seats: Vec<i64> = bodies::seats_of(db, tenant, organisation.id)
        .await?
        .into_iter()
        .filter(|(_, status)| *status == SeatStatus::Active)
        .map(|(body, _)| body)
        .collect();
    seats.extend(
        bodies::bodies(db, tenant)
            .await?
            .iter()
            .filter(|body| body.is_plenary())
            .map(|body| body.id),
    );
    let body_meetings = meetings::upcoming(db, tenant)
        .await?
        .into_iter()
        // Drafts are the coordinators' until called.
        .filter(|m| m.status != MeetingStatus::Draft && seats.contains(&m.body_id))
        .filter(|m| !to_answer.iter().any(|a| a.id == m.id))
        .take(BODY_MEETINGS)
        .collect();
    let record = match organisation.organization_id {
        Some(id) => directory::organization(db, tenant, id)
            .await?
            .map(|record| RecordFreshness {
                organization_id: record.id,
                verified_at: record.last_verified_at,
                stale: record
                    .last_verified_at
                    .is_none_or(|at| at < Utc::now() - stale_after()),
            }),
        None => None,
    };
    Ok(MemberTodo {
        to_answer,
        rounds: rounds::open_rounds(db, tenant).await?,
        sign_again,
        body_meetings,
        record,
    })
}
