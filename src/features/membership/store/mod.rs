//! The member register's rows and statements: memberships, their contact persons and history.
//! The register is protected: reads take the `Tenant` proof, except the signed-in person's own
//! membership, which takes the person.

pub mod bodies;
pub mod charter;
pub mod personal_data;
pub mod proposals;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::domain::Lang;
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Conn, Db, Tx};
use crate::platform::policy::{MembershipDecision, PublicSubmission, Tenant, WriteProof};
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all, fetch_optional, scalar, vocabulary};

vocabulary! {
    /// Where an organisation stands in the register.
    pub enum MembershipStatus: "member-status-" {
        Applicant = "applicant",
        Member = "member",
        Suspended = "suspended",
        Former = "former",
        Refused = "refused",
    }
}

impl MembershipStatus {
    /// The Fluent key of the register's tab that lists memberships at this status (plural:
    /// "Membres"), where `label_key` names one ("Membre").
    pub fn tab_key(self) -> &'static str {
        match self {
            MembershipStatus::Applicant => "member-status-tab-applicant",
            MembershipStatus::Member => "member-status-tab-member",
            MembershipStatus::Suspended => "member-status-tab-suspended",
            MembershipStatus::Former => "member-status-tab-former",
            MembershipStatus::Refused => "member-status-tab-refused",
        }
    }

    /// The Fluent key of the history's line for reaching this status ("Admission").
    pub fn event_key(self) -> &'static str {
        match self {
            MembershipStatus::Applicant => "member-event-applicant",
            MembershipStatus::Member => "member-event-member",
            MembershipStatus::Suspended => "member-event-suspended",
            MembershipStatus::Former => "member-event-former",
            MembershipStatus::Refused => "member-event-refused",
        }
    }

    /// Once admitted, whether or not it still takes part: what the coordinators manage.
    pub fn was_admitted(self) -> bool {
        matches!(
            self,
            MembershipStatus::Member | MembershipStatus::Suspended | MembershipStatus::Former
        )
    }
}

vocabulary! {
    /// A contact person speaks for the organisation (the main contact) or stands in for it.
    pub enum ContactRole: "contact-role-" {
        Main = "main",
        Delegate = "delegate",
    }
}

vocabulary! {
    /// What a coordinator (or the steering group) decides about a membership.
    pub enum Decision {
        Admit = "admit",
        Refuse = "refuse",
        Suspend = "suspend",
        End = "end",
        Reinstate = "reinstate",
    }
}

impl Decision {
    /// The status the decision leads to.
    pub fn leads_to(self) -> MembershipStatus {
        match self {
            Decision::Admit | Decision::Reinstate => MembershipStatus::Member,
            Decision::Refuse => MembershipStatus::Refused,
            Decision::Suspend => MembershipStatus::Suspended,
            Decision::End => MembershipStatus::Former,
        }
    }

    /// Whether it may be taken on a membership at this status.
    pub fn applies_to(self, status: MembershipStatus) -> bool {
        use MembershipStatus as S;
        match self {
            Decision::Admit | Decision::Refuse => status == S::Applicant,
            Decision::Suspend => status == S::Member,
            Decision::End => matches!(status, S::Member | S::Suspended),
            Decision::Reinstate => matches!(status, S::Suspended | S::Former),
        }
    }

    /// The Fluent key of the line the minutes record it with (`organization`).
    pub fn minutes_key(self) -> &'static str {
        match self {
            Decision::Admit => "decision-membership-admit",
            Decision::Refuse => "decision-membership-refuse",
            Decision::Suspend => "decision-membership-suspend",
            Decision::End => "decision-membership-end",
            Decision::Reinstate => "decision-membership-reinstate",
        }
    }

    /// The Fluent key of what taking it does, said before it is taken (`organization`).
    pub fn confirm_key(self) -> &'static str {
        match self {
            Decision::Admit => "members-confirm-admit",
            Decision::Refuse => "members-confirm-refuse",
            Decision::Suspend => "members-confirm-suspend",
            Decision::End => "members-confirm-end",
            Decision::Reinstate => "members-confirm-reinstate",
        }
    }

    /// The Fluent key of the button that takes it.
    pub fn action_key(self) -> &'static str {
        match self {
            Decision::Admit => "members-admit",
            Decision::Refuse => "members-refuse",
            Decision::Suspend => "members-suspend",
            Decision::End => "members-end",
            Decision::Reinstate => "members-reinstate",
        }
    }

    /// Admitting and reinstating are the main action where they apply; the others are secondary.
    pub fn is_primary(self) -> bool {
        matches!(self, Decision::Admit | Decision::Reinstate)
    }

    /// A refusal, suspension or end gives its reason (it is written to the organisation).
    pub fn needs_reason(self) -> bool {
        matches!(self, Decision::Refuse | Decision::Suspend | Decision::End)
    }

    /// Whether it settles an application (the steering group's, where it decides) or a member's
    /// standing (the coordinators').
    pub fn settles(self) -> MembershipDecision {
        match self {
            Decision::Admit | Decision::Refuse => MembershipDecision::Admission,
            _ => MembershipDecision::Standing,
        }
    }

    /// The Fluent keys of the letter telling the organisation, when it is told: (subject, body).
    pub fn letter_keys(self) -> Option<(&'static str, &'static str)> {
        match self {
            Decision::Refuse => Some(("mail-refuse-subject", "mail-refuse-body")),
            Decision::Suspend => Some(("mail-suspend-subject", "mail-suspend-body")),
            Decision::End => Some(("mail-end-subject", "mail-end-body")),
            Decision::Admit | Decision::Reinstate => None,
        }
    }
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Membership {
    pub id: i64,
    pub organization_id: Option<i64>,
    pub status: MembershipStatus,
    pub name: String,
    pub kbo: Option<String>,
    pub email: String,
    pub website: String,
    pub address: String,
    pub motivation: String,
    pub themes: String,
    pub applied_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The organisation agrees to appear on the public list of partners.
    pub listed_publicly: bool,
    /// Its names as the social map writes them (the application's name until it has a record).
    pub name_fr: String,
    pub name_nl: String,
}

impl Membership {
    /// Its name for a reader of `lang`, as its record on the social map writes it.
    pub fn name_in(&self, lang: impl crate::platform::web::Val<Lang>) -> &str {
        lang.val().pick(&self.name_fr, &self.name_nl)
    }

    /// The themes it works on, as codes.
    pub fn theme_codes(&self) -> impl Iterator<Item = &str> {
        self.themes
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
    }
}

/// A membership's columns, read `FROM MEMBERSHIPS`: with its names as the social map writes them in
/// French and in Dutch (the application's name until it has a record there).
const MEMBERSHIP_COLUMNS: &str = "m.id, m.organization_id, m.status, m.name, m.kbo, m.email, \
     m.website, m.address, m.motivation, m.themes, m.applied_at, m.updated_at, m.listed_publicly, \
     COALESCE(NULLIF(o.name_fr, ''), m.name) AS name_fr, \
     COALESCE(NULLIF(o.name_nl, ''), m.name) AS name_nl";

/// Memberships with their records on the social map, for [`MEMBERSHIP_COLUMNS`].
const MEMBERSHIPS: &str = "memberships m LEFT JOIN organizations o ON o.id = m.organization_id";

/// A member organisation on the coordination's public list of partners.
#[derive(Debug, sqlx::FromRow)]
pub struct Partner {
    pub name: String,
    /// Its record on the social map, when it has one.
    pub organization_id: Option<i64>,
    /// Theme codes, comma-separated.
    pub themes: String,
    pub website: String,
}

/// The members that agreed to be listed, for everyone.
pub async fn partners(db: &Db, coordination: &Coordination) -> Result<Vec<Partner>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT name, organization_id, themes, website FROM memberships \
         WHERE coordination_id = $1 AND status = 'member' AND listed_publicly",
        coordination.id
    )
}

/// Records the organisation's choice to appear on the list of partners or not; 0 when it was
/// already so.
pub async fn set_listed(
    tx: &mut Tx,
    tenant: &Tenant,
    membership_id: i64,
    listed: bool,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE memberships SET listed_publicly = $1, updated_at = $2 \
         WHERE id = $3 AND coordination_id = $4 AND listed_publicly <> $1",
        listed,
        Utc::now(),
        membership_id,
        tenant.id()
    )
}

pub async fn membership(
    mut db: impl Conn,
    tenant: &Tenant,
    id: i64,
) -> Result<Option<Membership>, sqlx::Error> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM {MEMBERSHIPS} WHERE m.id = $1 AND m.coordination_id = $2"
    );
    fetch_optional!(db, &sql, id, tenant.id())
}

/// The member organisations of a coordination (status `member`), by name.
pub async fn members(db: &Db, tenant: &Tenant) -> Result<Vec<Membership>, sqlx::Error> {
    with_status(db, tenant, MembershipStatus::Member).await
}

/// Every organisation of the register, whatever its status, by name.
pub async fn all_memberships(db: &Db, tenant: &Tenant) -> Result<Vec<Membership>, sqlx::Error> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM {MEMBERSHIPS} WHERE m.coordination_id = $1 ORDER BY m.name"
    );
    fetch_all!(db, &sql, tenant.id())
}

/// The organisations at one status, by name.
pub async fn with_status(
    db: &Db,
    tenant: &Tenant,
    status: MembershipStatus,
) -> Result<Vec<Membership>, sqlx::Error> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM {MEMBERSHIPS} \
         WHERE m.coordination_id = $1 AND m.status = $2 ORDER BY m.name"
    );
    fetch_all!(db, &sql, tenant.id(), status)
}

/// How many organisations are at each status, every status listed.
pub async fn status_counts(
    db: &Db,
    tenant: &Tenant,
) -> Result<Vec<(MembershipStatus, i64)>, sqlx::Error> {
    let counts: Vec<(MembershipStatus, i64)> = fetch_all!(
        db,
        "SELECT status, COUNT(*) FROM memberships WHERE coordination_id = $1 GROUP BY status",
        tenant.id()
    )?;
    Ok(MembershipStatus::ALL
        .iter()
        .map(|status| {
            let n = counts
                .iter()
                .find(|(s, _)| s == status)
                .map_or(0, |(_, n)| *n);
            (*status, n)
        })
        .collect())
}

/// What an application says of the organisation (trimmed and checked by the caller).
pub struct Application<'a> {
    pub name: &'a str,
    pub kbo: Option<&'a str>,
    pub email: &'a str,
    pub website: &'a str,
    pub address: &'a str,
    pub motivation: &'a str,
    pub themes: &'a [String],
}

/// Registers an application (status `applicant`, the first entry of its history); returns the
/// membership.
pub async fn insert_application(
    tx: &mut Tx,
    submission: &PublicSubmission,
    application: &Application<'_>,
) -> Result<i64, sqlx::Error> {
    insert_membership(tx, submission, application, MembershipStatus::Applicant).await
}

/// Registers an organisation at `status` (an application, or a member a coordinator imports),
/// the first entry of its history; returns the membership.
pub async fn insert_membership(
    tx: &mut Tx,
    proof: &impl WriteProof,
    application: &Application<'_>,
    status: MembershipStatus,
) -> Result<i64, sqlx::Error> {
    let now = Utc::now();
    let id: i64 = scalar!(
        &mut *tx,
        "INSERT INTO memberships (coordination_id, organization_id, status, name, kbo, email, \
         website, address, motivation, themes, applied_at, updated_at) \
         VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
        proof.coordination_id(),
        status,
        application.name,
        application.kbo,
        application.email,
        application.website,
        application.address,
        application.motivation,
        application.themes.join(","),
        now
    )?;
    record_event(tx, proof, id, status, ("", ""), None).await?;
    Ok(id)
}

/// The social-map organisation an admitted membership became.
pub async fn link_organization(
    tx: &mut Tx,
    tenant: &Tenant,
    membership_id: i64,
    organization_id: i64,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE memberships SET organization_id = $1 WHERE id = $2 AND coordination_id = $3",
        organization_id,
        membership_id,
        tenant.id()
    )
}

/// The member organisation the signed-in person speaks for (as one of its contact persons), if
/// any: their own link to the register, a fact the policy decides on.
pub async fn membership_of_user(
    db: &Db,
    coordination: &Coordination,
    user: &CurrentUser,
) -> Result<Option<Membership>, sqlx::Error> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM {MEMBERSHIPS} \
         WHERE m.coordination_id = $1 AND m.status = 'member' \
         AND m.id IN (SELECT membership_id FROM member_contacts WHERE user_id = $2) \
         ORDER BY m.id LIMIT 1"
    );
    fetch_optional!(db, &sql, coordination.id, user.id)
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct ContactPerson {
    pub id: i64,
    pub membership_id: i64,
    pub user_id: Option<i64>,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub lang: String,
    pub role: ContactRole,
    pub share_consent: bool,
    pub account: AccountState,
}

vocabulary! {
    /// Where a contact person stands with an account of their own.
    pub enum AccountState: "contact-account-" {
        /// A record of the organisation only: letters carry personal links, or an activation link.
        None = "none",
        /// An account waiting for its password: invited, not yet activated.
        Invited = "invited",
        Active = "active",
    }
}

impl ContactPerson {
    /// The phone number as a `tel:` link wants it.
    pub fn tel(&self) -> String {
        crate::platform::web::fields::tel(&self.phone)
    }

    pub fn lang(&self) -> Lang {
        Lang::parse(&self.lang).unwrap_or_default()
    }
}

pub async fn contacts(
    mut db: impl Conn,
    tenant: &Tenant,
    membership_ids: &[i64],
) -> Result<Vec<ContactPerson>, sqlx::Error> {
    if membership_ids.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are numbers from the database, never input: safe to inline.
    let ids = membership_ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT c.id, c.membership_id, c.user_id, c.name, c.email, c.phone, c.lang, c.role, \
                c.share_consent, \
                CASE WHEN c.user_id IS NULL THEN 'none' \
                     WHEN u.password_hash IS NULL THEN 'invited' ELSE 'active' END AS account \
         FROM member_contacts c LEFT JOIN users u ON u.id = c.user_id \
         WHERE c.coordination_id = $1 AND c.membership_id IN ({ids}) ORDER BY c.role, c.name"
    );
    fetch_all!(db, &sql, tenant.id())
}

pub struct NewContact<'a> {
    pub user_id: Option<i64>,
    pub name: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    pub lang: Lang,
    pub role: ContactRole,
    pub share_consent: bool,
}

pub async fn add_contact(
    tx: &mut Tx,
    proof: &impl WriteProof,
    membership_id: i64,
    contact: &NewContact<'_>,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO member_contacts (coordination_id, membership_id, user_id, name, email, \
         phone, lang, role, share_consent, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        proof.coordination_id(),
        membership_id,
        contact.user_id,
        contact.name,
        contact.email,
        contact.phone,
        contact.lang.code(),
        contact.role,
        contact.share_consent,
        Utc::now()
    )
}

/// Moves a membership from the status `from` to `to`, with its reason, in its history; false when
/// it no longer was at `from` (the same decision taken twice at once: the second changes nothing).
pub async fn record_status(
    tx: &mut Tx,
    tenant: &Tenant,
    membership_id: i64,
    (from, to): (MembershipStatus, MembershipStatus),
    (reason, meeting): (&str, &str),
    actor: Option<i64>,
) -> Result<bool, sqlx::Error> {
    let moved = execute!(
        &mut *tx,
        "UPDATE memberships SET status = $1, updated_at = $2 \
         WHERE id = $3 AND coordination_id = $4 AND status = $5",
        to,
        Utc::now(),
        membership_id,
        tenant.id(),
        from
    )?;
    if moved == 0 {
        return Ok(false);
    }
    record_event(tx, tenant, membership_id, to, (reason, meeting), actor).await?;
    Ok(true)
}

async fn record_event(
    tx: &mut Tx,
    proof: &impl WriteProof,
    membership_id: i64,
    status: MembershipStatus,
    (reason, meeting): (&str, &str),
    actor: Option<i64>,
) -> Result<(), sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO membership_events \
         (coordination_id, membership_id, status, reason, meeting, actor_user_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        proof.coordination_id(),
        membership_id,
        status,
        reason,
        meeting,
        actor,
        Utc::now()
    )?;
    Ok(())
}

/// An entry of a membership's history.
#[derive(Debug, sqlx::FromRow)]
pub struct Event {
    pub status: MembershipStatus,
    pub reason: String,
    pub meeting: String,
    pub actor: Option<String>,
    pub at: DateTime<Utc>,
}

/// A membership's history, oldest first.
pub async fn history(
    db: &Db,
    tenant: &Tenant,
    membership_id: i64,
) -> Result<Vec<Event>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT e.status, e.reason, e.meeting, u.display_name AS actor, e.at \
         FROM membership_events e LEFT JOIN users u ON u.id = e.actor_user_id \
         WHERE e.membership_id = $1 AND e.coordination_id = $2 ORDER BY e.at, e.id",
        membership_id,
        tenant.id()
    )
}

/// The coordinators of a coordination, to notify: (email, name, language).
pub async fn coordinators(
    db: &Db,
    proof: &impl WriteProof,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT u.email, u.display_name, u.lang FROM users u JOIN user_roles r ON r.user_id = u.id \
         WHERE r.coordination_id = $1 AND r.role = 'coordinator' ORDER BY u.id",
        proof.coordination_id()
    )
}

/// The addresses (lower case) and phones of the contact persons who agreed to share them with the
/// other members: what the list of those present may show.
pub async fn consented_details(
    db: &Db,
    tenant: &Tenant,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT LOWER(email), phone FROM member_contacts \
         WHERE coordination_id = $1 AND share_consent",
        tenant.id()
    )
}

/// The people seated in a body in their own name (a CPAS council member in a steering group) who
/// have an email address: (name, email, language, possibly empty).
pub async fn seated_persons(
    db: &Db,
    tenant: &Tenant,
    body_id: i64,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT person_name, person_email, person_lang FROM body_members \
         WHERE body_id = $1 AND coordination_id = $2 AND membership_id IS NULL \
         AND status = 'active' AND person_email <> '' ORDER BY id",
        body_id,
        tenant.id()
    )
}

/// A contact person of a membership who has an account.
#[derive(Debug, sqlx::FromRow)]
pub struct AccountContact {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub lang: String,
}

pub async fn contacts_with_accounts(
    tx: &mut Tx,
    tenant: &Tenant,
    membership_id: i64,
) -> Result<Vec<AccountContact>, sqlx::Error> {
    fetch_all!(
        tx,
        "SELECT user_id, name, email, lang FROM member_contacts \
         WHERE coordination_id = $1 AND membership_id = $2 AND user_id IS NOT NULL ORDER BY id",
        tenant.id(),
        membership_id
    )
}

/// Whether the person is a contact of another member organisation of the coordination.
pub async fn linked_elsewhere(
    tx: &mut Tx,
    tenant: &Tenant,
    user_id: i64,
    except_membership: i64,
) -> Result<bool, sqlx::Error> {
    let links: i64 = scalar!(
        tx,
        "SELECT COUNT(*) FROM member_contacts c JOIN memberships m ON m.id = c.membership_id \
         WHERE c.coordination_id = $1 AND c.user_id = $2 AND m.id <> $3 AND m.status = 'member'",
        tenant.id(),
        user_id,
        except_membership
    )?;
    Ok(links > 0)
}

/// The contact person has an account now.
pub async fn link_contact_account(
    tx: &mut Tx,
    tenant: &Tenant,
    contact_id: i64,
    user_id: i64,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE member_contacts SET user_id = $1 WHERE id = $2 AND coordination_id = $3",
        user_id,
        contact_id,
        tenant.id()
    )
}

/// The signed-in person's own contact entry, in an organisation that is a member or suspended:
/// (contact, membership).
pub async fn own_contact(
    db: &Db,
    tenant: &Tenant,
    user_id: i64,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT c.id, c.membership_id FROM member_contacts c \
         JOIN memberships m ON m.id = c.membership_id \
         WHERE c.user_id = $1 AND c.coordination_id = $2 \
         AND m.status IN ('member', 'suspended') ORDER BY c.id LIMIT 1",
        user_id,
        tenant.id()
    )
}

/// What a contact person changes of their own entry.
pub struct OwnDetails<'a> {
    pub phone: &'a str,
    pub lang: Lang,
    pub share_consent: bool,
}

pub async fn update_own_details(
    tx: &mut Tx,
    tenant: &Tenant,
    contact_id: i64,
    details: &OwnDetails<'_>,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE member_contacts SET phone = $1, lang = $2, share_consent = $3 \
         WHERE id = $4 AND coordination_id = $5",
        details.phone,
        details.lang.code(),
        details.share_consent,
        contact_id,
        tenant.id()
    )
}

/// Deletes the applications refused before `before` (retention): with them go their contact
/// persons, history and signatures.
pub async fn forget_refused(
    tx: &mut Tx,
    tenant: &Tenant,
    before: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    execute!(
        &mut *tx,
        "DELETE FROM memberships WHERE coordination_id = $1 AND status = 'refused' \
         AND updated_at < $2",
        tenant.id(),
        before
    )
}
