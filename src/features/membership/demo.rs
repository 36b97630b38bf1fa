//! Demo membership for a demo coordination: the charter and house rules, every demo organisation
//! a member with a contact person, the plenary, a mixed steering group and a working group.

use chrono::Utc;

use super::store::bodies::{create_body, ensure_plenary, seat, BodyKind, SeatRole};
use super::store::charter::{sign_all, CharterKind, Version};
use super::store::{add_contact, ContactRole, NewContact};
use crate::domain::Lang;
use crate::platform::db::Tx;
use crate::platform::policy::Tenant;
use crate::with_tx;

const CHARTER_FR: &str = "La coordination sociale rassemble les organisations sociales et de santé de la commune.\n\
Les membres partagent l'information sur leurs services, se concertent sur les besoins de la population et construisent ensemble des réponses.\n\
Chaque membre respecte le secret professionnel et ne partage jamais de données personnelles sur les personnes qu'il accompagne.";
const CHARTER_NL: &str = "De sociale coördinatie brengt de sociale en gezondheidsorganisaties van de gemeente samen.\n\
De leden delen informatie over hun diensten, overleggen over de behoeften van de bevolking en bouwen samen antwoorden uit.\n\
Elk lid respecteert het beroepsgeheim en deelt nooit persoonsgegevens over de mensen die het begeleidt.";
const RULES_FR: &str = "La plénière se réunit tous les deux mois.\nL'ordre du jour est envoyé une semaine à l'avance ; chaque membre peut y proposer un point.";
const RULES_NL: &str = "De plenaire vergadering komt om de twee maanden samen.\nDe agenda wordt een week vooraf verstuurd; elk lid kan er een punt aan toevoegen.";

const CONTACTS: [(&str, &str); 6] = [
    ("Nadia El Amrani", "fr"),
    ("Pieter Janssens", "nl"),
    ("Sophie Dubois", "fr"),
    ("Jan Peeters", "nl"),
    ("Fatima Bensaïd", "fr"),
    ("Lotte Maes", "nl"),
];

/// Seeds membership for the coordination; `member_user` (signing in as `member_email`) becomes
/// the contact person of the first organisation.
pub async fn seed(
    tx: &mut Tx,
    tenant: &Tenant,
    member_user: i64,
    member_email: &str,
) -> anyhow::Result<()> {
    let now = Utc::now();
    let mut versions = Vec::new();
    for (kind, fr, nl) in [
        (CharterKind::Charter, CHARTER_FR, CHARTER_NL),
        (CharterKind::HouseRules, RULES_FR, RULES_NL),
    ] {
        let id: i64 = crate::scalar!(
            &mut *tx,
            "INSERT INTO charter_versions \
             (coordination_id, kind, version, body_fr, body_nl, published_at, published_by) \
             VALUES ($1, $2, 1, $3, $4, $5, NULL) RETURNING id",
            tenant.id(),
            kind,
            fr,
            nl,
            now
        )?;
        versions.push(Version {
            id,
            kind,
            version: 1,
            body_fr: fr.to_string(),
            body_nl: nl.to_string(),
            published_at: now,
        });
    }
    let organizations: Vec<(i64, String, Option<String>, String)> = with_tx!(&mut *tx, |c| {
        sqlx::query_as(
        "SELECT id, name_fr, kbo, email FROM organizations WHERE coordination_id = $1 ORDER BY id"
    )
    .bind(tenant.id())
    .fetch_all(c)
    .await
    })?;
    let plenary = ensure_plenary(tx, tenant).await?;
    let mut memberships = Vec::new();
    for (i, (org, name, kbo, email)) in organizations.iter().enumerate() {
        let id: i64 = with_tx!(&mut *tx, |c| {
            sqlx::query_scalar(
            "INSERT INTO memberships (coordination_id, organization_id, status, name, kbo, email, website, address, motivation, themes, applied_at, updated_at) \
             VALUES ($1, $2, 'member', $3, $4, $5, '', '', '', '', $6, $6) RETURNING id"
        )
        .bind(tenant.id())
        .bind(org)
        .bind(name)
        .bind(kbo)
        .bind(email)
        .bind(now)
        .fetch_one(c)
        .await
        })?;
        let (contact, lang) = CONTACTS[i % CONTACTS.len()];
        let first = i == 0;
        add_contact(
            tx,
            tenant,
            id,
            &NewContact {
                user_id: first.then_some(member_user),
                name: if first { "Mohamed Membre" } else { contact },
                // The demo member account is the first organisation's contact, with its own address.
                email: &if first {
                    member_email.to_string()
                } else {
                    format!(
                        "contact{i}@{}",
                        email.split('@').nth(1).unwrap_or("demo.example")
                    )
                },
                phone: &format!("02 555 20 {:02}", i % 100),
                lang: Lang::parse(if first { "nl" } else { lang }).unwrap_or_default(),
                role: ContactRole::Main,
                // Every other contact agreed to share their details with the other members.
                share_consent: i % 2 == 0,
            },
        )
        .await?;
        // Signed as an applicant signs: the SHA-256 of the exact text they were shown.
        sign_all(tx, tenant, id, &versions, (contact, None), Lang::Fr).await?;
        memberships.push(id);
    }
    // A mixed steering group: association representatives, CPAS council members, an advisory seat.
    let steering = create_body(
        tx,
        tenant,
        BodyKind::Steering,
        "Comité de pilotage",
        "Stuurgroep",
        false,
    )
    .await?;
    let seats: [(Option<i64>, &str, SeatRole); 5] = [
        (memberships.first().copied(), "", SeatRole::Chair),
        (memberships.get(1).copied(), "", SeatRole::Member),
        (
            None,
            "Conseillère du CPAS / OCMW-raadslid A. Janssens",
            SeatRole::Member,
        ),
        (
            None,
            "Conseiller du CPAS / OCMW-raadslid K. Diallo",
            SeatRole::Member,
        ),
        (None, "Coordinatrice / Coördinator", SeatRole::Advisory),
    ];
    for (membership, person, role) in seats {
        seat(tx, tenant, steering, membership, person, role).await?;
    }
    let housing = create_body(
        tx,
        tenant,
        BodyKind::WorkingGroup,
        "Groupe de travail Logement",
        "Werkgroep Huisvesting",
        true,
    )
    .await?;
    for membership in memberships.iter().skip(1).step_by(3) {
        seat(tx, tenant, housing, Some(*membership), "", SeatRole::Member).await?;
    }
    create_body(
        tx,
        tenant,
        BodyKind::WorkingGroup,
        "Groupe de travail Petite enfance",
        "Werkgroep Kleine kinderen",
        false,
    )
    .await?;
    // An application waiting for the next plenary: its admission is in that meeting's minutes and
    // takes effect when they are approved.
    let applicant: i64 = crate::scalar!(
        &mut *tx,
        "INSERT INTO memberships (coordination_id, organization_id, status, name, kbo, email, \
         website, address, motivation, themes, applied_at, updated_at) \
         VALUES ($1, NULL, 'applicant', 'Repair Café du quartier', NULL, 'repair@demo.example', '', \
         'Rue de la Réparation 3', 'Réparer ensemble, rompre l''isolement.', '', $2, $2) RETURNING id",
        tenant.id(),
        now
    )?;
    add_contact(
        tx,
        tenant,
        applicant,
        &NewContact {
            user_id: None,
            name: "Nadia Réparatrice",
            email: "nadia@repair.demo.example",
            phone: "",
            lang: Lang::Fr,
            role: ContactRole::Main,
            share_consent: false,
        },
    )
    .await?;
    crate::features::meetings::demo::seed(tx, tenant, (plenary, applicant)).await?;
    Ok(())
}
