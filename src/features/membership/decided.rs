//! Decisions on memberships: admitting, refusing, suspending, ending, reinstating. Taken at once
//! by whoever the coordination's settings let decide, or at a meeting — then recorded in its
//! minutes (`meetings::subjects`) and carried out when they are approved.

use async_trait::async_trait;

use super::accounts;
use super::standing::{self, Access};
use super::store::{
    self as store, contacts, membership, record_status, Application, ContactPerson, ContactRole,
    Decision, Membership,
};
use crate::domain::{Email, Lang};
use crate::features::directory::store as directory_store;
use crate::features::meetings::store::minutes::{self as minutes, SubjectKind};
use crate::features::meetings::subjects::{Approval, Decided};
use crate::platform::auth::CurrentUser;
use crate::platform::db::Tx;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail::{self, Block, Letter};
use crate::platform::policy::Tenant;
use crate::platform::reference;
use crate::platform::tenancy::Coordination;
use crate::platform::web::AppError;
use crate::platform::AppState;

/// Who carries a decision out, and for which coordination.
pub(super) struct Deciding<'a> {
    pub state: &'a AppState,
    pub tenant: &'a Tenant,
    pub coordination: &'a Coordination,
    pub by: &'a CurrentUser,
}

/// Carries `decision` out on `current`: its new status in the history (with the reason and the
/// meeting that decided), the access that goes with it, on admission the map record and the main
/// contact's account, and the letter to the main contact. `false` when the membership was decided
/// meanwhile (the same click twice, or two people at once): then nothing happened.
pub(super) async fn carry_out(
    tx: &mut Tx,
    by: &Deciding<'_>,
    current: &Membership,
    decision: Decision,
    (reason, meeting): (&str, &str),
) -> Result<bool, AppError> {
    let (tenant, coordination) = (by.tenant, by.coordination);
    let status = decision.leads_to();
    let moved = record_status(
        tx,
        tenant,
        current.id,
        (current.status, status),
        (reason, meeting),
        Some(by.by.id),
    )
    .await?;
    if !moved {
        return Ok(false);
    }
    if let Some(access) = Access::between(current.status, status) {
        standing::apply(tx, tenant, coordination, by.by, current, access).await?;
    }
    let main = contacts(&mut *tx, tenant, &[current.id])
        .await?
        .into_iter()
        .find(|c| c.role == ContactRole::Main);
    if decision == Decision::Admit {
        admit(tx, by, current, main.as_ref()).await?;
    }
    if let (Some(contact), Some((subject, body))) = (&main, decision.letter_keys()) {
        let lang = contact.lang();
        let letter = Letter {
            lang,
            subject: t_args(
                lang,
                subject,
                &[(
                    "coordination",
                    lang.pick(&coordination.name_fr, &coordination.name_nl),
                )],
            ),
            greeting_name: &contact.name,
            paragraphs: Block::texts(vec![
                t_args(lang, body, &[("organization", current.name_in(lang))]),
                reason.to_string(),
            ]),
            action: None,
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(tx, &letter.into_email(&contact.email, Some(tenant.id()))?).await?;
    }
    Ok(true)
}

/// Admission: the organisation joins the social map's records (linked, or created from the
/// application), its main contact gets an account with the member role (an invitation to choose
/// a password, in their language) and keeps the organisation's record current.
async fn admit(
    tx: &mut Tx,
    by: &Deciding<'_>,
    membership: &Membership,
    main: Option<&ContactPerson>,
) -> Result<(), AppError> {
    let (state, tenant, coordination, actor) = (by.state, by.tenant, by.coordination, by.by);
    let organization_id = match membership.organization_id {
        Some(id) => id,
        None => {
            // Through the transaction: it holds SQLite's write lock (see `db::Conn`).
            let municipalities = reference::municipality_postcodes(&mut *tx).await?;
            let application = Application {
                name: &membership.name,
                kbo: membership.kbo.as_deref(),
                email: &membership.email,
                website: &membership.website,
                address: &membership.address,
                motivation: &membership.motivation,
                themes: &[],
            };
            join_the_map(tx, tenant, membership.id, &application, &municipalities).await?
        }
    };
    super::store::bodies::ensure_plenary(tx, tenant).await?;
    let Some(contact) = main else { return Ok(()) };
    let email = Email::parse(&contact.email).map_err(AppError::BadRequest)?;
    let admitted = Membership {
        organization_id: Some(organization_id),
        ..membership.clone()
    };
    accounts::invite(
        tx,
        (state, tenant, coordination, actor),
        &accounts::Invitee::of(contact, &email),
        &admitted,
    )
    .await?;
    Ok(())
}

/// A member organisation joins the social map: linked to the record with its KBO number, or to a
/// new record made from what it told (its address as the first place). Returns the record.
pub(super) async fn join_the_map(
    tx: &mut Tx,
    tenant: &Tenant,
    membership_id: i64,
    told: &Application<'_>,
    municipalities: &[(String, String)],
) -> Result<i64, AppError> {
    let existing = match told.kbo {
        Some(kbo) => directory_store::organization_by_kbo(tx, tenant, kbo).await?,
        None => None,
    };
    let id = match existing {
        Some(id) => id,
        None => {
            let input = directory_store::OrganizationInput {
                name_fr: told.name.to_string(),
                name_nl: told.name.to_string(),
                kbo: told.kbo.map(str::to_string),
                website: told.website.to_string(),
                email: told.email.to_string(),
                ..directory_store::OrganizationInput::default()
            };
            let id = directory_store::create_organization(tx, tenant, &input).await?;
            if let Some(place) = place_from_address(told.address, municipalities) {
                directory_store::create_location(tx, tenant, id, &place).await?;
            }
            id
        }
    };
    store::link_organization(tx, tenant, membership_id, id).await?;
    Ok(id)
}

/// A place from an address written on one line as Belgians do ("Rue Wayez 1, 1070 Anderlecht"):
/// the street, and the municipality its postcode belongs to. `None` when the address does not
/// end with a known Brussels postcode and a name.
fn place_from_address(
    address: &str,
    municipalities: &[(String, String)],
) -> Option<directory_store::LocationInput> {
    let (before, after) = address.trim().rsplit_once(',')?;
    let mut words = after.split_whitespace();
    let postcode = words.next()?;
    let named = words.next().is_some();
    let postcode_ok = postcode.len() == 4 && postcode.chars().all(|c| c.is_ascii_digit());
    let street = before.trim();
    if !postcode_ok || !named || street.is_empty() {
        return None;
    }
    let (nis_code, _) = municipalities
        .iter()
        .find(|(_, codes)| codes.split_whitespace().any(|code| code == postcode))?;
    Some(directory_store::LocationInput {
        street_fr: street.to_string(),
        street_nl: street.to_string(),
        postcode: postcode.to_string(),
        nis_code: nis_code.clone(),
        ..directory_store::LocationInput::default()
    })
}

/// The memberships' part in the meetings' decisions.
pub struct MembershipDecisions;

#[async_trait]
impl Decided for MembershipDecisions {
    fn kind(&self) -> SubjectKind {
        SubjectKind::Membership
    }

    fn path(&self, subject_id: i64) -> String {
        format!("/members/{subject_id}")
    }

    async fn take_effect(
        &self,
        tx: &mut Tx,
        approval: &Approval<'_>,
        decision: &minutes::Decision,
    ) -> Result<(), AppError> {
        let (Ok(outcome), Some(id)) = (Decision::parse(&decision.outcome), decision.subject_id)
        else {
            return Ok(());
        };
        let Some(current) = membership(&mut *tx, approval.tenant, id).await? else {
            return Ok(());
        };
        if !outcome.applies_to(current.status) {
            // Decided otherwise since it was proposed: the minutes keep it as written.
            return Ok(());
        }
        // The history names the meeting in both languages, whoever reads it.
        let meeting = approval.meeting;
        let titles = match (meeting.title(Lang::Fr), meeting.title(Lang::Nl)) {
            (fr, nl) if fr == nl => fr.to_string(),
            (fr, nl) => format!("{fr} / {nl}"),
        };
        let day = meeting
            .starts_at
            .with_timezone(&chrono_tz::Europe::Brussels)
            .date_naive();
        let decided_at = format!("{titles} ({day})");
        let by = Deciding {
            state: approval.state,
            tenant: approval.tenant,
            coordination: approval.coordination,
            by: approval.by,
        };
        carry_out(tx, &by, &current, outcome, (&decision.reason, &decided_at)).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::place_from_address;

    #[test]
    fn an_application_address_gives_a_place_when_it_ends_with_a_brussels_postcode() {
        let municipalities = vec![
            ("21001".to_string(), "1070".to_string()),
            ("21004".to_string(), "1000 1020 1120 1130".to_string()),
        ];
        let place = place_from_address("Rue Wayez 1, 1070 Anderlecht", &municipalities).unwrap();
        assert_eq!(
            (
                place.street_fr.as_str(),
                place.postcode.as_str(),
                place.nis_code.as_str()
            ),
            ("Rue Wayez 1", "1070", "21001")
        );
        let laeken = place_from_address("Rue Marie-Christine 5, 1020 Bruxelles", &municipalities);
        assert_eq!(laeken.map(|p| p.nis_code), Some("21004".to_string()));
        assert!(place_from_address("Rue Wayez 1 Anderlecht", &municipalities).is_none());
        assert!(place_from_address("Kerkstraat 2, 9000 Gent", &municipalities).is_none());
    }
}
