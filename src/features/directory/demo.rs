//! A realistic demo directory: the kind of organisations a Brussels social coordination brings
//! together, with their services, addresses and opening hours, in French and Dutch.

use chrono::{Duration, Utc};

use super::store::{
    self, Closure, Contact, LocationInput, OrganizationInput, Phone, Schedule, ServiceInput,
};
use crate::features::directory::store::ServiceStatus;
use crate::platform::db::Tx;
use crate::platform::policy::Tenant;
use crate::with_tx;

struct DemoService {
    name: (&'static str, &'static str),
    description: (&'static str, &'static str),
    themes: &'static [&'static str],
    targets: &'static [&'static str],
    languages: &'static [&'static str],
    hours: Hours,
    by_appointment: bool,
}

struct DemoOrganization {
    /// `{fr}` and `{nl}` are replaced by the municipality's name.
    name: (&'static str, &'static str),
    description: (&'static str, &'static str),
    legal_status: &'static str,
    street: (&'static str, &'static str),
    services: &'static [DemoService],
}

#[derive(Clone, Copy)]
enum Hours {
    Office,
    Mornings,
    Afternoons,
    Daily,
    Evenings,
}

impl Hours {
    fn schedules(self) -> Vec<Schedule> {
        let range = |weekday, opens: &str, closes: &str| Schedule {
            weekday,
            opens: opens.into(),
            closes: closes.into(),
        };
        match self {
            Hours::Office => (1..=5)
                .flat_map(|d| [range(d, "09:00", "12:00"), range(d, "13:00", "16:30")])
                .collect(),
            Hours::Mornings => [1, 3, 5]
                .into_iter()
                .map(|d| range(d, "09:00", "12:00"))
                .collect(),
            Hours::Afternoons => [2, 4]
                .into_iter()
                .map(|d| range(d, "13:30", "17:00"))
                .collect(),
            Hours::Daily => (1..=7).map(|d| range(d, "08:00", "20:00")).collect(),
            Hours::Evenings => (1..=5).map(|d| range(d, "17:00", "21:00")).collect(),
        }
    }
}

const ORGANIZATIONS: &[DemoOrganization] = &[
    DemoOrganization {
        name: ("CPAS de {fr}", "OCMW {nl}"),
        description: ("Le centre public d'action sociale garantit à chacun les moyens de mener une vie conforme à la dignité humaine.", "Het openbaar centrum voor maatschappelijk welzijn waarborgt iedereen een menswaardig leven."),
        legal_status: "CPAS / OCMW",
        street: ("Rue de l'Hôtel communal 1", "Gemeentehuisstraat 1"),
        services: &[
            DemoService {
                name: ("Service social général", "Algemene sociale dienst"),
                description: ("Permanences sociales sans rendez-vous : revenu d'intégration, aide sociale, aide au logement et à l'énergie.", "Sociale permanenties zonder afspraak: leefloon, maatschappelijke hulp, hulp bij huisvesting en energie."),
                themes: &["income", "housing", "energy"],
                targets: &["adults", "families"],
                languages: &["fr", "nl", "en", "ar"],
                hours: Hours::Office,
                by_appointment: false,
            },
            DemoService {
                name: ("Service de médiation de dettes", "Schuldbemiddeling"),
                description: ("Accompagnement des personnes surendettées : analyse du budget, plan de paiement, règlement collectif de dettes.", "Begeleiding van mensen met schulden: budgetanalyse, afbetalingsplan, collectieve schuldenregeling."),
                themes: &["debt"],
                targets: &["adults", "families"],
                languages: &["fr", "nl"],
                hours: Hours::Mornings,
                by_appointment: true,
            },
        ],
    },
    DemoOrganization {
        name: ("Maison médicale du Centre", "Wijkgezondheidscentrum Centrum"),
        description: ("Médecine générale, soins infirmiers et kinésithérapie au forfait, pour les habitants du quartier.", "Huisartsgeneeskunde, verpleging en kinesitherapie in forfait, voor de buurtbewoners."),
        legal_status: "ASBL / VZW",
        street: ("Rue Haute 120", "Hoogstraat 120"),
        services: &[DemoService {
            name: ("Consultations de médecine générale", "Huisartsenconsultaties"),
            description: ("Consultations au forfait pour les patients inscrits ; accueil des nouveaux patients du quartier.", "Consultaties in forfait voor ingeschreven patiënten; nieuwe patiënten uit de wijk welkom."),
            themes: &["health"],
            targets: &["adults", "families", "older-people"],
            languages: &["fr", "nl", "ar", "es"],
            hours: Hours::Office,
            by_appointment: true,
        }],
    },
    DemoOrganization {
        name: ("Restaurant social Le Relais", "Sociaal restaurant De Pleisterplaats"),
        description: ("Repas chauds à petit prix dans un lieu convivial, ouvert à tous.", "Warme maaltijden aan een lage prijs in een gezellige ruimte, open voor iedereen."),
        legal_status: "ASBL / VZW",
        street: ("Rue de la Colonne 12", "Zuilstraat 12"),
        services: &[DemoService {
            name: ("Repas chauds à 2 €", "Warme maaltijden voor 2 €"),
            description: ("Un repas complet chaque midi, sans inscription préalable.", "Elke middag een volledige maaltijd, zonder voorafgaande inschrijving."),
            themes: &["food-aid", "social-cohesion"],
            targets: &["adults", "homeless", "older-people"],
            languages: &["fr", "nl"],
            hours: Hours::Daily,
            by_appointment: false,
        }],
    },
    DemoOrganization {
        name: ("Centre de planning familial Les Marronniers", "Centrum voor gezinsplanning De Kastanjes"),
        description: ("Consultations médicales, psychologiques, juridiques et sociales autour de la vie affective et sexuelle.", "Medische, psychologische, juridische en sociale consultaties rond relaties en seksualiteit."),
        legal_status: "ASBL / VZW",
        street: ("Avenue des Marronniers 45", "Kastanjelaan 45"),
        services: &[DemoService {
            name: ("Consultations psychologiques", "Psychologische consultaties"),
            description: ("Soutien psychologique individuel, de couple ou familial ; tarif adapté aux revenus.", "Psychologische ondersteuning voor individuen, koppels en gezinnen; tarief volgens inkomen."),
            themes: &["mental-health", "health"],
            targets: &["adults", "youth", "women"],
            languages: &["fr", "en"],
            hours: Hours::Afternoons,
            by_appointment: true,
        }],
    },
    DemoOrganization {
        name: ("Maison de l'emploi de {fr}", "Werkhuis {nl}"),
        description: ("Accompagnement vers l'emploi et la formation, en partenariat avec Actiris et le CPAS.", "Begeleiding naar werk en opleiding, in samenwerking met Actiris en het OCMW."),
        legal_status: "Service communal / Gemeentelijke dienst",
        street: ("Boulevard de l'Emploi 8", "Werklaan 8"),
        services: &[
            DemoService {
                name: ("Recherche d'emploi accompagnée", "Begeleid werk zoeken"),
                description: ("CV, lettres de motivation et préparation aux entretiens avec un conseiller.", "Cv, motivatiebrieven en voorbereiding op sollicitatiegesprekken met een consulent."),
                themes: &["employment"],
                targets: &["adults", "youth", "newcomers"],
                languages: &["fr", "nl", "en"],
                hours: Hours::Office,
                by_appointment: true,
            },
            DemoService {
                name: ("Espace public numérique", "Openbare computerruimte"),
                description: ("Ordinateurs en libre accès et aide aux démarches en ligne (itsme, MyMinfin, CAPAC).", "Vrij toegankelijke computers en hulp bij online procedures (itsme, MyMinfin, HVW)."),
                themes: &["digital-inclusion"],
                targets: &["adults", "older-people"],
                languages: &["fr", "nl"],
                hours: Hours::Afternoons,
                by_appointment: false,
            },
        ],
    },
    DemoOrganization {
        name: ("Service d'aide aux familles", "Dienst voor gezinszorg"),
        description: ("Aides familiales et seniors à domicile pour les personnes en perte d'autonomie.", "Gezins- en bejaardenhulp aan huis voor mensen die minder zelfredzaam worden."),
        legal_status: "ASBL / VZW",
        street: ("Rue des Familles 33", "Gezinsstraat 33"),
        services: &[DemoService {
            name: ("Aide familiale à domicile", "Gezinshulp aan huis"),
            description: ("Entretien, courses et soutien quotidien à domicile, tarif selon les revenus.", "Poetsen, boodschappen en dagelijkse ondersteuning aan huis, tarief volgens inkomen."),
            themes: &["elderly", "disability"],
            targets: &["older-people", "disabled", "families"],
            languages: &["fr", "nl"],
            hours: Hours::Office,
            by_appointment: true,
        }],
    },
    DemoOrganization {
        name: ("Maison de jeunes L'Escale", "Jeugdhuis De Haven"),
        description: ("Lieu d'accueil, d'activités et de projets pour les jeunes de 12 à 26 ans.", "Ontmoetingsplaats met activiteiten en projecten voor jongeren van 12 tot 26 jaar."),
        legal_status: "ASBL / VZW",
        street: ("Rue du Port 7", "Havenstraat 7"),
        services: &[DemoService {
            name: ("Soutien scolaire", "Huiswerkbegeleiding"),
            description: ("École de devoirs pour les élèves du primaire et du secondaire, après l'école.", "Huiswerkschool voor leerlingen van het lager en secundair onderwijs, na school."),
            themes: &["youth-aid", "education"],
            targets: &["children", "youth"],
            languages: &["fr", "nl", "ar", "tr"],
            hours: Hours::Evenings,
            by_appointment: false,
        }],
    },
    DemoOrganization {
        name: ("Agence immobilière sociale", "Sociaal verhuurkantoor"),
        description: ("Logements privés loués à loyer modéré à des ménages à revenus faibles.", "Privéwoningen verhuurd aan een betaalbare huur aan gezinnen met een laag inkomen."),
        legal_status: "ASBL / VZW",
        street: ("Chaussée de Ninove 200", "Ninoofsesteenweg 200"),
        services: &[DemoService {
            name: ("Inscription pour un logement", "Inschrijving voor een woning"),
            description: ("Inscription sur la liste d'attente et information sur les logements disponibles.", "Inschrijving op de wachtlijst en informatie over beschikbare woningen."),
            themes: &["housing"],
            targets: &["families", "adults"],
            languages: &["fr", "nl"],
            hours: Hours::Mornings,
            by_appointment: false,
        }],
    },
    DemoOrganization {
        name: ("Abri de nuit L'Ancrage", "Nachtopvang De Ankerplaats"),
        description: ("Accueil de nuit inconditionnel, douches et petit-déjeuner pour les personnes sans abri.", "Onvoorwaardelijke nachtopvang, douches en ontbijt voor daklozen."),
        legal_status: "ASBL / VZW",
        street: ("Rue de la Nuit 3", "Nachtstraat 3"),
        services: &[DemoService {
            name: ("Hébergement d'urgence", "Noodopvang"),
            description: ("Lits d'urgence pour la nuit, sans condition, orientation vers un accompagnement.", "Noodbedden voor de nacht, zonder voorwaarden, doorverwijzing naar begeleiding."),
            themes: &["homelessness"],
            targets: &["homeless", "adults"],
            languages: &["fr", "nl", "en", "ro", "pl"],
            hours: Hours::Evenings,
            by_appointment: false,
        }],
    },
    DemoOrganization {
        name: ("Service juridique de première ligne", "Juridische eerstelijnsdienst"),
        description: ("Premiers conseils juridiques gratuits : logement, famille, droit des étrangers.", "Gratis eerste juridisch advies: huisvesting, familie, vreemdelingenrecht."),
        legal_status: "ASBL / VZW",
        street: ("Place de la Justice 5", "Gerechtsplein 5"),
        services: &[DemoService {
            name: ("Permanence juridique gratuite", "Gratis juridische permanentie"),
            description: ("Un avocat répond à vos questions et vous oriente, gratuitement et sans rendez-vous.", "Een advocaat beantwoordt uw vragen en verwijst u door, gratis en zonder afspraak."),
            themes: &["legal-aid", "migration"],
            targets: &["adults", "newcomers"],
            languages: &["fr", "nl", "en", "es", "pt"],
            hours: Hours::Afternoons,
            by_appointment: false,
        }],
    },
    DemoOrganization {
        name: ("Lire et Écrire {fr}", "Lezen en Schrijven {nl}"),
        description: ("Cours d'alphabétisation et de français langue étrangère pour adultes.", "Alfabetiseringslessen en Frans als vreemde taal voor volwassenen."),
        legal_status: "ASBL / VZW",
        street: ("Rue des Lettres 18", "Letterstraat 18"),
        services: &[DemoService {
            name: ("Cours d'alphabétisation", "Alfabetiseringslessen"),
            description: ("Apprendre à lire, écrire et calculer en petits groupes, en journée.", "Leren lezen, schrijven en rekenen in kleine groepen, overdag."),
            themes: &["literacy", "education"],
            targets: &["adults", "newcomers", "women"],
            languages: &["fr", "ar", "tr"],
            hours: Hours::Mornings,
            by_appointment: false,
        }],
    },
    DemoOrganization {
        name: ("Centre de prévention des violences conjugales", "Centrum ter preventie van partnergeweld"),
        description: ("Écoute, accompagnement et hébergement pour les victimes de violences conjugales.", "Luisterend oor, begeleiding en opvang voor slachtoffers van partnergeweld."),
        legal_status: "ASBL / VZW",
        street: ("Rue de l'Abri 9", "Schuilplaatsstraat 9"),
        services: &[DemoService {
            name: ("Écoute et accompagnement des victimes", "Opvang en begeleiding van slachtoffers"),
            description: ("Entretiens confidentiels, aide juridique et sociale, hébergement en urgence si nécessaire.", "Vertrouwelijke gesprekken, juridische en sociale hulp, noodopvang indien nodig."),
            themes: &["domestic-violence"],
            targets: &["women", "families"],
            languages: &["fr", "nl", "en", "ar"],
            hours: Hours::Office,
            by_appointment: false,
        }],
    },
];

/// A valid KBO/BCE number made from `seed`, written the official way (`0417.497.106`).
fn kbo(seed: u64) -> String {
    // Organisations' numbers run from 0400.000.0xx to 0999.999.9xx.
    let base = 4_000_000 + seed * 7_919 % 5_999_999;
    let digits = format!("{:08}{:02}", base, 97 - base % 97);
    crate::domain::KboNumber::parse(&digits)
        .expect("check digits computed above")
        .to_string()
}

/// What a coordination's map learned from its visitors: a synonym of its own (the Brussels word
/// for a student room) and the searches that found nothing in its first weeks.
pub async fn seed_search_log(tx: &mut Tx, tenant: &Tenant) -> anyhow::Result<()> {
    super::store::search_log::add_synonym(tx, tenant, "kot", "logement").await?;
    let now = Utc::now();
    let misses: Vec<crate::platform::search::Miss> = [
        ("plombier", 7, 20),
        ("cours de neerlandais", 5, 12),
        ("tandarts", 3, 9),
        ("garderie", 2, 4),
        ("permis de conduire", 1, 2),
    ]
    .into_iter()
    .map(|(query, searches, days)| crate::platform::search::Miss {
        coordination: tenant.id(),
        query: query.to_string(),
        searches,
        first_seen: now - Duration::days(days),
        last_seen: now - Duration::days(days / 4),
    })
    .collect();
    super::store::search_log::record(tx, &misses).await?;
    Ok(())
}

/// Seeds the demo directory of one coordination.
/// How many organisations a demo coordination gets (one per template).
pub const DEMO_SIZE: usize = ORGANIZATIONS.len();

/// Seeds `count` organisations with their services in one coordination's municipality: the
/// templates in turn, numbered from the second round on (the benchmark's generated data set).
pub async fn seed(
    tx: &mut Tx,
    tenant: &Tenant,
    nis_code: &str,
    count: usize,
) -> anyhow::Result<usize> {
    let (name_fr, name_nl, postcodes): (String, String, String) =
        with_tx!(tx, |c| sqlx::query_as(
            "SELECT name_fr, name_nl, postcodes FROM municipalities WHERE nis_code = $1"
        )
        .bind(nis_code)
        .fetch_one(c)
        .await)?;
    let municipality = (name_fr.as_str(), name_nl.as_str());
    let postcode = postcodes
        .split_whitespace()
        .next()
        .unwrap_or("1000")
        .to_string();
    let mut services = 0;
    for n in 0..count {
        let i = n % ORGANIZATIONS.len();
        let org = &ORGANIZATIONS[i];
        let round = n / ORGANIZATIONS.len();
        let suffix = if round == 0 {
            String::new()
        } else {
            format!(" ({})", round + 1)
        };
        let name_fr = format!("{}{suffix}", org.name.0.replace("{fr}", municipality.0));
        let name_nl = format!("{}{suffix}", org.name.1.replace("{nl}", municipality.1));
        let organization_id = store::create_organization(
            tx,
            tenant,
            &OrganizationInput {
                name_fr,
                name_nl,
                description_fr: org.description.0.into(),
                description_nl: org.description.1.into(),
                legal_status: org.legal_status.into(),
                kbo: Some(kbo(tenant.id() as u64 * 100_000 + n as u64)),
                website: String::new(),
                email: format!("info{n}@{nis_code}.example"),
                ..OrganizationInput::default()
            },
        )
        .await?;
        let location_id = store::create_location(
            tx,
            tenant,
            organization_id,
            &LocationInput {
                street_fr: org.street.0.into(),
                street_nl: org.street.1.into(),
                postcode: postcode.clone(),
                nis_code: nis_code.into(),
                accessibility_fr: if i.is_multiple_of(3) {
                    "Accessible en chaise roulante.".into()
                } else {
                    String::new()
                },
                accessibility_nl: if i.is_multiple_of(3) {
                    "Toegankelijk met een rolstoel.".into()
                } else {
                    String::new()
                },
                transport_fr: "Tram 81, bus 49 — arrêt à 200 m.".into(),
                transport_nl: "Tram 81, bus 49 — halte op 200 m.".into(),
                ..LocationInput::default()
            },
        )
        .await?;
        for (j, service) in org.services.iter().enumerate() {
            let closing_soon = n == 2 && j == 0;
            let today = Utc::now().date_naive();
            store::create_service(
                tx,
                tenant,
                organization_id,
                &ServiceInput {
                    name_fr: service.name.0.into(),
                    name_nl: service.name.1.into(),
                    description_fr: service.description.0.into(),
                    description_nl: service.description.1.into(),
                    eligibility_fr: String::new(),
                    eligibility_nl: String::new(),
                    fees_fr: String::new(),
                    fees_nl: String::new(),
                    application_fr: String::new(),
                    application_nl: String::new(),
                    status: if n == 7 {
                        ServiceStatus::TemporarilyClosed
                    } else {
                        ServiceStatus::Active
                    },
                    by_appointment: service.by_appointment,
                    themes: service.themes.iter().map(|s| s.to_string()).collect(),
                    languages: service.languages.iter().map(|s| s.to_string()).collect(),
                    target_groups: service.targets.iter().map(|s| s.to_string()).collect(),
                    schedules: service.hours.schedules(),
                    closures: if closing_soon {
                        vec![Closure {
                            starts_on: today + Duration::days(20),
                            ends_on: today + Duration::days(27),
                            reason_fr: "Congés annuels".into(),
                            reason_nl: "Jaarlijks verlof".into(),
                        }]
                    } else {
                        Vec::new()
                    },
                    location_ids: vec![location_id],
                    phones: vec![Phone {
                        number: format!("+32 2 {} {:02} {:02}", 500 + i, 10 + j, 40 + i),
                        description_fr: "Accueil".into(),
                        description_nl: "Onthaal".into(),
                    }],
                    contacts: vec![Contact {
                        name: "Accueil / Onthaal".into(),
                        title: String::new(),
                        email: format!("info{i}@{}.example", nis_code),
                        phone: String::new(),
                    }],
                    ..ServiceInput::default()
                },
            )
            .await?;
            services += 1;
        }
    }
    Ok(services)
}

/// A member's edit of its organisation's description waiting for the coordinator's approval, as
/// when "member edits need approval" is on.
pub async fn propose_change(
    db: &crate::platform::db::Db,
    tenant: &Tenant,
    organization_id: i64,
    proposer: i64,
) -> anyhow::Result<()> {
    use super::changes::Draft;
    use super::store::changes::{insert, NewChange};
    let before = super::store::organization_input(db, tenant, organization_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no organisation {organization_id}"))?;
    let after = OrganizationInput {
        description_fr: format!(
            "{} Permanence supplémentaire le samedi matin.",
            before.description_fr
        ),
        description_nl: format!(
            "{} Extra permanentie op zaterdagochtend.",
            before.description_nl
        ),
        ..before.clone()
    };
    let (before, after) = (
        serde_json::to_string(&Draft::Organization(before))?,
        serde_json::to_string(&Draft::Organization(after))?,
    );
    let mut tx = db.begin().await?;
    insert(
        &mut tx,
        tenant,
        &NewChange {
            organization_id,
            kind: super::store::RecordKind::Organization,
            record_id: Some(organization_id),
            before_json: &before,
            after_json: &after,
            submitted_by: proposer,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
