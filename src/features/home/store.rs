//! The member area's reads, composed from the other features' stores: what it says to do. For
//! coordinators, what waits for them (applications, record changes and error reports to moderate,
//! observatory rounds and how many organisations have answered, the next meeting and its
//! answers); for a member organisation's contact, the invitations to answer and the rounds to
//! report in. Counts, each with the page where it is done.

use crate::features::directory::store::{changes, reports};
use crate::features::meetings::store::invitations::{self, Rsvp};
use crate::features::meetings::store::{self as meetings, Meeting};
use crate::features::membership::store::{self as membership, MembershipStatus};
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
}

pub async fn member(db: &Db, tenant: &Tenant, user_id: i64) -> Result<MemberTodo, sqlx::Error> {
    Ok(MemberTodo {
        to_answer: invitations::to_answer(db, tenant, user_id).await?,
        rounds: rounds::open_rounds(db, tenant).await?,
    })
}
