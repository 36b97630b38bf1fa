//! Who may do what. Every permission decision in Socius goes through [`allows`]; handlers obtain a
//! [`Tenant`] from [`authorize`] before touching a coordination's protected data, and the data layer's
//! tenant-scoped functions take that proof, so no query runs for a coordination nobody authorized.

use crate::platform::auth::CurrentUser;
use crate::platform::tenancy::Coordination;
use crate::platform::web::AppError;

crate::vocabulary! {
    /// A person's role in one coordination (platform admins and regional staff are flags of the
    /// account, not roles).
    pub enum Role: "role-" {
        Coordinator = "coordinator",
        Steering = "steering",
        Member = "member",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The coordination's member area.
    ViewMemberArea,
    /// The coordination's audit log.
    ViewAudit,
    /// The coordination's mail log: what it sent, to whom, whether it arrived.
    ReadMailLog,
    /// The coordination's editable pages (accessibility statement, privacy notice).
    EditPages,
    /// Granting and withdrawing roles in the coordination.
    ManageRoles,
    /// Editing the whole social map of the coordination and handling its error reports.
    EditDirectory,
    /// The member register, the charter's versions, the coordination's bodies.
    ManageMembership,
    /// A coordination's needs observatory in full: every signal, rounds, needs, publication.
    ManageObservatory,
    /// The regional view: aggregates across every coordination (platform admins, regional staff).
    ViewRegion,
    /// Platform administration: the outbox, every coordination.
    AdministerPlatform,
}

impl Action {
    /// For templates, which name actions as strings: `page.can("view-audit")`.
    pub fn from_name(name: &str) -> Option<Action> {
        Some(match name {
            "view-member-area" => Action::ViewMemberArea,
            "view-audit" => Action::ViewAudit,
            "read-mail-log" => Action::ReadMailLog,
            "edit-pages" => Action::EditPages,
            "manage-roles" => Action::ManageRoles,
            "edit-directory" => Action::EditDirectory,
            "manage-membership" => Action::ManageMembership,
            "manage-observatory" => Action::ManageObservatory,
            "view-region" => Action::ViewRegion,
            "administer-platform" => Action::AdministerPlatform,
            _ => return None,
        })
    }
}

pub fn allows(user: Option<&CurrentUser>, action: Action, coordination_id: Option<i64>) -> bool {
    let Some(user) = user else { return false };
    if user.is_platform_admin {
        return true;
    }
    if action == Action::ViewRegion {
        return user.is_regional_staff;
    }
    let Some(coordination_id) = coordination_id else {
        return false;
    };
    match action {
        Action::ViewMemberArea => user.has_any_role(coordination_id),
        Action::ViewAudit
        | Action::ReadMailLog
        | Action::EditPages
        | Action::ManageRoles
        | Action::EditDirectory
        | Action::ManageMembership
        | Action::ManageObservatory => user.has_role(coordination_id, Role::Coordinator),
        Action::ViewRegion | Action::AdministerPlatform => false,
    }
}

/// Proof that the current user may act on one coordination's protected data.
#[derive(Debug)]
pub struct Tenant {
    id: i64,
}

impl Tenant {
    pub fn id(&self) -> i64 {
        self.id
    }

    /// For Socius's own jobs that act for a coordination with no person behind them: seeding demo
    /// data, command-line imports. Never reachable from a request.
    pub(crate) fn system(coordination_id: i64) -> Tenant {
        Tenant {
            id: coordination_id,
        }
    }
}

pub fn authorize(
    user: Option<&CurrentUser>,
    action: Action,
    coordination: &Coordination,
) -> Result<Tenant, AppError> {
    match user {
        None => Err(AppError::Unauthenticated),
        Some(_) if allows(user, action, Some(coordination.id)) => Ok(Tenant {
            id: coordination.id,
        }),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Who is editing an organisation's records on the social map, which decides whether the change
/// applies at once or may have to wait for a coordinator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Editor {
    Coordinator,
    /// A contact person of the organisation, with a role in the coordination.
    OrganizationContact,
}

/// Editing one organisation: coordinators edit every organisation of their coordination; people
/// with a role in it edit the organisations they are contact persons of (`is_contact`, read from
/// the data layer by the caller).
pub fn authorize_organization(
    user: Option<&CurrentUser>,
    coordination: &Coordination,
    is_contact: bool,
) -> Result<(Tenant, Editor), AppError> {
    let tenant = Tenant {
        id: coordination.id,
    };
    match user {
        None => Err(AppError::Unauthenticated),
        Some(_) if allows(user, Action::EditDirectory, Some(coordination.id)) => {
            Ok((tenant, Editor::Coordinator))
        }
        Some(u) if is_contact && u.has_any_role(coordination.id) => {
            Ok((tenant, Editor::OrganizationContact))
        }
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Proof that a write comes from the public side of one coordination, with no role behind it: a
/// record the public may create (an application, an error report on the map) or an answer given
/// through a secret link the person holds (an RSVP). It reads nothing protected and grants nothing:
/// what it writes waits for a coordinator, or changes only the record the link names.
#[derive(Debug)]
pub struct PublicSubmission {
    coordination_id: i64,
}

impl PublicSubmission {
    pub fn coordination_id(&self) -> i64 {
        self.coordination_id
    }
}

/// Either proof that a write may go into one coordination: a [`Tenant`] (a person with the right)
/// or a [`PublicSubmission`]. Store functions that write records both create — an applicant's or a
/// member's contact person, a signature of the charter — take `&impl WriteProof`; everything else
/// takes the precise proof.
pub trait WriteProof {
    fn coordination_id(&self) -> i64;
}

impl WriteProof for Tenant {
    fn coordination_id(&self) -> i64 {
        self.id
    }
}

impl WriteProof for PublicSubmission {
    fn coordination_id(&self) -> i64 {
        self.coordination_id
    }
}

/// What the public may write, and what it needs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublicWrite {
    /// Applying to join: open to anyone (rate-limited by the caller).
    Application,
    /// Reporting an error on the social map: open to anyone.
    ErrorReport,
    /// Answering an invitation: needs the invitation the link's token names (`token_matches`).
    Rsvp { token_matches: bool },
    /// Confirming an organisation's records from the link emailed to it: the statement applies
    /// only while the link's token is live and unused.
    RecordConfirmation,
}

pub fn authorize_public_write(
    coordination: &Coordination,
    write: PublicWrite,
) -> Result<PublicSubmission, AppError> {
    match write {
        PublicWrite::Application
        | PublicWrite::ErrorReport
        | PublicWrite::RecordConfirmation
        | PublicWrite::Rsvp {
            token_matches: true,
        } => Ok(PublicSubmission {
            coordination_id: coordination.id,
        }),
        PublicWrite::Rsvp {
            token_matches: false,
        } => Err(AppError::NotFound),
    }
}

/// What a personal report link stands on, read by the caller from the link's token.
pub struct ReportLink {
    pub round_open: bool,
    /// The round's deadline and today, both Brussels dates: the link opens through the deadline.
    pub deadline: chrono::NaiveDate,
    pub today: chrono::NaiveDate,
    /// Whether the contact's organisation is a member today.
    pub member: bool,
}

/// Reporting to an observatory round from the personal link its letter gave a contact person, who
/// may have no account: the link speaks for one member organisation, as its signed-in contacts
/// do, while its round is open and not past its deadline and while the organisation is a member.
/// The caller writes that organisation's signals in that round, nothing else.
pub fn authorize_report_link(
    coordination: &Coordination,
    link: Option<ReportLink>,
) -> Result<Tenant, AppError> {
    match link {
        Some(link) if link.round_open && link.today <= link.deadline && link.member => Ok(Tenant {
            id: coordination.id,
        }),
        _ => Err(AppError::NotFound),
    }
}

/// Proof that the current user may read and act on data that belongs to the region rather than to
/// one coordination (the regional observatory; regional cycles and shared indicators to come):
/// platform admins and regional staff.
#[derive(Debug)]
pub struct Region(());

pub fn authorize_region(user: Option<&CurrentUser>) -> Result<Region, AppError> {
    match user {
        None => Err(AppError::Unauthenticated),
        Some(_) if allows(user, Action::ViewRegion, None) => Ok(Region(())),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Accepting an organisation that asked for a seat in a closed body: coordinators, and the chair
/// of that body (`is_chair`, read by the caller: the person is a contact of the organisation that
/// holds the body's active chair seat).
pub fn authorize_seat_approval(
    user: Option<&CurrentUser>,
    coordination: &Coordination,
    is_chair: bool,
) -> Result<Tenant, AppError> {
    match user {
        None => Err(AppError::Unauthenticated),
        Some(_) if allows(user, Action::ManageMembership, Some(coordination.id)) => Ok(Tenant {
            id: coordination.id,
        }),
        Some(u) if is_chair && u.has_any_role(coordination.id) => Ok(Tenant {
            id: coordination.id,
        }),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Who, beyond a meeting's managers, reads its minutes at a stage of their life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MinutesReaders {
    /// Not started or in draft: the managers alone.
    Managers,
    /// Sent for comments or approved: those invited to the meeting.
    Invited,
    /// Published: the invited and the body's members, and everyone with a role when the meeting
    /// is public.
    Published,
}

/// What decides who reads a meeting, read by the caller from the meeting and its body.
#[derive(Clone, Copy, Debug)]
pub struct MeetingFacts {
    /// Planned and not yet called: the managers' alone.
    pub draft: bool,
    /// A closed body (not the plenary, not open to every member): its meetings are read by its
    /// seats, the invited and the managers only.
    pub closed_body: bool,
    pub public: bool,
    pub minutes: MinutesReaders,
}

/// What links the reader to a meeting, read by the caller: `invited` (an invitation tied to the
/// person's account, walk-ins excluded) and `seated` (a contact person of a member organisation
/// that sits in the body; for the plenary, of any member organisation).
#[derive(Clone, Copy, Debug, Default)]
pub struct ReaderFacts {
    pub invited: bool,
    pub seated: bool,
}

/// What a reader may see of one meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeetingRead {
    /// Plans, edits, calls and writes the minutes (the coordinators): sees drafts and every stage.
    pub manages: bool,
    pub minutes: bool,
}

/// The rule for one meeting, without the proof: used to filter lists, feeds and the API, where the
/// caller already holds the coordination's [`Tenant`]. `None` means the meeting is not theirs to
/// see at all (answered as not found, so its existence is not told either).
pub fn meeting_read(
    user: Option<&CurrentUser>,
    coordination_id: i64,
    meeting: &MeetingFacts,
    reader: &ReaderFacts,
) -> Option<MeetingRead> {
    if allows(user, Action::ManageMembership, Some(coordination_id)) {
        return Some(MeetingRead {
            manages: true,
            minutes: true,
        });
    }
    if !allows(user, Action::ViewMemberArea, Some(coordination_id)) || meeting.draft {
        return None;
    }
    if meeting.closed_body && !reader.invited && !reader.seated {
        return None;
    }
    let minutes = match meeting.minutes {
        MinutesReaders::Managers => false,
        MinutesReaders::Invited => reader.invited,
        MinutesReaders::Published => reader.invited || reader.seated || meeting.public,
    };
    Some(MeetingRead {
        manages: false,
        minutes,
    })
}

/// Reading one meeting (its page, agenda, documents and, where [`MeetingRead::minutes`] says so,
/// its minutes): the proof with what the reader may see of it.
pub fn authorize_meeting(
    user: Option<&CurrentUser>,
    coordination: &Coordination,
    meeting: &MeetingFacts,
    reader: &ReaderFacts,
) -> Result<(Tenant, MeetingRead), AppError> {
    let tenant = authorize(user, Action::ViewMemberArea, coordination)?;
    meeting_read(user, coordination.id, meeting, reader)
        .map(|read| (tenant, read))
        .ok_or(AppError::NotFound)
}

/// Admitting or refusing an application: coordinators, and the steering group's members where the
/// coordination's setting gives them the decision (`steering_decides`).
pub fn authorize_admission(
    user: Option<&CurrentUser>,
    coordination: &Coordination,
    steering_decides: bool,
) -> Result<Tenant, AppError> {
    match user {
        None => Err(AppError::Unauthenticated),
        Some(_) if allows(user, Action::EditDirectory, Some(coordination.id)) => Ok(Tenant {
            id: coordination.id,
        }),
        Some(u) if steering_decides && u.has_role(coordination.id, Role::Steering) => Ok(Tenant {
            id: coordination.id,
        }),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// What a decision on a membership settles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MembershipDecision {
    /// Admitting or refusing an applicant: the steering group's where the setting says so.
    Admission,
    /// Suspending, ending or reinstating a member: always the coordinators'.
    Standing,
}

pub fn authorize_membership_decision(
    user: Option<&CurrentUser>,
    coordination: &Coordination,
    steering_decides: bool,
    decision: MembershipDecision,
) -> Result<Tenant, AppError> {
    match decision {
        MembershipDecision::Admission => authorize_admission(user, coordination, steering_decides),
        MembershipDecision::Standing => authorize(user, Action::ManageMembership, coordination),
    }
}

/// What decides whether an account may be locked from a coordination's people page.
pub struct LockFacts {
    /// The account is the person asking.
    pub is_self: bool,
    /// The account holds a role in another coordination, or is platform staff: locking it
    /// reaches beyond this coordination.
    pub reaches_beyond: bool,
}

/// Locking (or unlocking) an account signs it out everywhere: a coordinator of `coordination`
/// may for the accounts that are only theirs; beyond, only a platform admin; nobody their own.
/// `tenant` is the proof of managing the coordination's roles, narrowed here.
pub fn authorize_lock(
    user: &CurrentUser,
    tenant: Tenant,
    facts: &LockFacts,
) -> Result<Tenant, AppError> {
    let admin = user.is_platform_admin;
    match (facts.is_self, facts.reaches_beyond && !admin) {
        (false, false) => Ok(tenant),
        _ => Err(AppError::Forbidden),
    }
}

/// Platform-wide administration (no coordination involved).
pub fn authorize_platform(user: Option<&CurrentUser>) -> Result<(), AppError> {
    match user {
        None => Err(AppError::Unauthenticated),
        Some(_) if allows(user, Action::AdministerPlatform, None) => Ok(()),
        Some(_) => Err(AppError::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;
    use crate::platform::auth::RoleGrant;

    fn user(admin: bool, grants: &[(i64, Role)]) -> CurrentUser {
        CurrentUser {
            id: 1,
            email: "x@y.be".into(),
            display_name: "X".into(),
            lang: Lang::Fr,
            is_platform_admin: admin,
            is_regional_staff: false,
            roles: grants
                .iter()
                .map(|&(coordination_id, role)| RoleGrant {
                    coordination_id,
                    slug: format!("c{coordination_id}"),
                    name_fr: String::new(),
                    name_nl: String::new(),
                    role,
                })
                .collect(),
        }
    }

    #[test]
    fn meetings_are_read_by_those_they_concern() {
        let coordinator = user(false, &[(1, Role::Coordinator)]);
        let member = user(false, &[(1, Role::Member)]);
        let outsider = user(false, &[(2, Role::Member)]);
        let called = |closed_body, minutes| MeetingFacts {
            draft: false,
            closed_body,
            public: false,
            minutes,
        };
        let nobody = ReaderFacts::default();
        let invited = ReaderFacts {
            invited: true,
            seated: false,
        };
        let seated = ReaderFacts {
            invited: false,
            seated: true,
        };
        let draft = MeetingFacts {
            draft: true,
            ..called(false, MinutesReaders::Managers)
        };
        let read =
            |u: &CurrentUser, m: &MeetingFacts, r: &ReaderFacts| meeting_read(Some(u), 1, m, r);
        assert!(read(&coordinator, &draft, &nobody).is_some_and(|r| r.manages && r.minutes));
        assert_eq!(
            read(&member, &draft, &invited),
            None,
            "drafts are the managers'"
        );
        assert_eq!(
            read(
                &outsider,
                &called(false, MinutesReaders::Published),
                &invited
            ),
            None
        );
        let open = called(false, MinutesReaders::Invited);
        assert_eq!(
            read(&member, &open, &nobody).map(|r| r.minutes),
            Some(false)
        );
        assert_eq!(
            read(&member, &open, &invited).map(|r| r.minutes),
            Some(true)
        );
        let closed = called(true, MinutesReaders::Published);
        assert_eq!(read(&member, &closed, &nobody), None);
        assert_eq!(
            read(&member, &closed, &seated).map(|r| r.minutes),
            Some(true)
        );
        let public = MeetingFacts {
            public: true,
            ..called(false, MinutesReaders::Published)
        };
        assert_eq!(
            read(&member, &public, &nobody).map(|r| r.minutes),
            Some(true)
        );
        assert_eq!(
            read(&member, &called(false, MinutesReaders::Published), &nobody).map(|r| r.minutes),
            Some(false)
        );
    }

    #[test]
    fn roles_grant_only_their_own_coordination() {
        let coordinator = user(false, &[(1, Role::Coordinator)]);
        assert!(allows(Some(&coordinator), Action::ViewAudit, Some(1)));
        assert!(!allows(Some(&coordinator), Action::ViewAudit, Some(2)));
        assert!(!allows(
            Some(&coordinator),
            Action::AdministerPlatform,
            None
        ));
        let member = user(false, &[(1, Role::Member), (2, Role::Steering)]);
        assert!(allows(Some(&member), Action::ViewMemberArea, Some(2)));
        assert!(!allows(Some(&member), Action::EditPages, Some(1)));
        assert!(!allows(None, Action::ViewMemberArea, Some(1)));
        assert!(allows(Some(&user(true, &[])), Action::ManageRoles, Some(7)));
    }

    fn coordination(id: i64) -> Coordination {
        Coordination {
            id,
            slug: format!("c{id}"),
            name_fr: String::new(),
            name_nl: String::new(),
            nis_code: String::new(),
            email: String::new(),
            phone: String::new(),
            address_fr: String::new(),
            address_nl: String::new(),
            website: String::new(),
            own_name: String::new(),
            office_hours_fr: String::new(),
            office_hours_nl: String::new(),
            accent_colour: String::new(),
            logo_version: String::new(),
        }
    }

    #[test]
    fn a_report_link_opens_through_its_deadline_for_a_member() {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let link = |round_open, today, member| ReportLink {
            round_open,
            deadline: day(15),
            today: day(today),
            member,
        };
        let opens = |l| authorize_report_link(&coordination(3), l).map(|t| t.id());
        assert_eq!(opens(Some(link(true, 15, true))).ok(), Some(3));
        assert!(
            opens(Some(link(true, 16, true))).is_err(),
            "past the deadline"
        );
        assert!(
            opens(Some(link(false, 10, true))).is_err(),
            "a closed round"
        );
        assert!(
            opens(Some(link(true, 10, false))).is_err(),
            "no longer a member"
        );
        assert!(opens(None).is_err(), "an unknown token");
    }

    #[test]
    fn organisation_contacts_edit_only_where_they_have_a_role() {
        let member = user(false, &[(1, Role::Member)]);
        let editor = |u: &CurrentUser, c, contact| {
            authorize_organization(Some(u), &coordination(c), contact).map(|(_, e)| e)
        };
        assert_eq!(
            editor(&member, 1, true).unwrap(),
            Editor::OrganizationContact
        );
        assert!(editor(&member, 1, false).is_err());
        // A contact link left over in a coordination where the person has no role grants nothing.
        assert!(editor(&member, 2, true).is_err());
        let coordinator = user(false, &[(1, Role::Coordinator)]);
        assert_eq!(editor(&coordinator, 1, false).unwrap(), Editor::Coordinator);
        assert!(editor(&coordinator, 2, false).is_err());
    }
}
