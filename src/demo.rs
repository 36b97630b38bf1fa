//! Demo data: three coordinations with their people, so that a first run shows a living network.

use anyhow::Context;

use crate::config::Config;
use crate::domain::{Email, Lang, Password, Slug};
use crate::features::directory;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{self, NewUser};
use crate::platform::mail::Block;
use crate::platform::mail::{self, Letter};
use crate::platform::policy::Role;
use crate::platform::settings::{self, PlatformSetting, Setting};
use crate::platform::tenancy::{self, NewCoordination};
use crate::platform::AppState;

pub struct DemoAccount {
    pub email: String,
    pub password: String,
    pub role: String,
    /// The key of the account's second factor (base32), when it signs in with one.
    pub second_factor: Option<String>,
}

/// Deletes a SQLite demo database (and its WAL files); on PostgreSQL the database must be empty.
pub async fn reset_database(url: &str) -> anyhow::Result<()> {
    if let Some(path) = crate::platform::backup::sqlite_path(url) {
        for suffix in ["", "-wal", "-shm"] {
            let file = format!("{path}{suffix}");
            if std::path::Path::new(&file).exists() {
                std::fs::remove_file(&file).with_context(|| format!("cannot remove {file}"))?;
            }
        }
        return Ok(());
    }
    let db = crate::platform::db::Db::connect(url).await?;
    db.migrate().await?;
    let existing = tenancy::list(&db).await?;
    db.close().await;
    anyhow::ensure!(
        existing.is_empty(),
        "the demo needs an empty database; {url} already holds coordinations"
    );
    Ok(())
}

struct DemoCoordination {
    slug: &'static str,
    name_fr: &'static str,
    name_nl: &'static str,
    nis_code: &'static str,
    address_fr: &'static str,
    address_nl: &'static str,
    phone: &'static str,
}

const COORDINATIONS: [DemoCoordination; 3] = [
    DemoCoordination {
        slug: "anderlecht",
        name_fr: "Coordination sociale d'Anderlecht",
        name_nl: "Sociale coördinatie Anderlecht",
        nis_code: "21001",
        address_fr: "Avenue Raymond Vander Bruggen 62-64, 1070 Anderlecht",
        address_nl: "Raymond Vander Bruggenlaan 62-64, 1070 Anderlecht",
        phone: "+32 2 529 40 00",
    },
    DemoCoordination {
        slug: "koekelberg",
        name_fr: "Koecoon — coordination sociale de Koekelberg",
        name_nl: "Koecoon — sociale coördinatie Koekelberg",
        nis_code: "21011",
        address_fr: "Rue des Tisserands 28, 1081 Koekelberg",
        address_nl: "Weversstraat 28, 1081 Koekelberg",
        phone: "+32 2 414 09 49",
    },
    DemoCoordination {
        slug: "watermael-boitsfort",
        name_fr: "Coordination sociale de Watermael-Boitsfort",
        name_nl: "Sociale coördinatie Watermaal-Bosvoorde",
        nis_code: "21017",
        address_fr: "Rue du Loutrier 69, 1170 Watermael-Boitsfort",
        address_nl: "Ottervangerstraat 69, 1170 Watermaal-Bosvoorde",
        phone: "+32 2 663 08 00",
    },
];

/// What a demo coordination says of itself: Koekelberg goes by "Koecoon"; each keeps office hours.
fn identity_of(slug: &str) -> tenancy::Identity {
    tenancy::Identity {
        own_name: if slug == "koekelberg" { "Koecoon" } else { "" }.into(),
        office_hours_fr: "Du lundi au vendredi, de 9 h à 12 h ; l'après-midi sur rendez-vous"
            .into(),
        office_hours_nl: "Maandag tot vrijdag, van 9 tot 12 uur; 's namiddags op afspraak".into(),
        // Koecoon's own green; the others keep Socius's blue.
        accent_colour: if slug == "koekelberg" { "#2d6a3e" } else { "" }.into(),
    }
}

/// Demo passwords are printed at start and documented: this is a demo, not an installation.
const ADMIN_PASSWORD: &str = "socius-demo-admin";
const REGIONAL_PASSWORD: &str = "socius-demo-region";

pub async fn seed(state: &AppState) -> anyhow::Result<Vec<DemoAccount>> {
    let db = &state.db;
    let mut accounts = Vec::new();
    let mut tx = db.begin().await?;
    let admin_email = Email::parse("admin@socius.example").expect("valid");
    let admin_hash = auth::hash_password(&Password::parse(ADMIN_PASSWORD).expect("valid")).await?;
    auth::create_user(
        &mut tx,
        &NewUser {
            email: &admin_email,
            display_name: "Alex Admin",
            lang: Lang::Fr,
            password_hash: Some(&admin_hash),
            is_platform_admin: true,
        },
    )
    .await?;
    accounts.push(DemoAccount {
        email: admin_email.to_string(),
        password: ADMIN_PASSWORD.into(),
        role: "platform admin".into(),
        second_factor: None,
    });
    let regional_email = Email::parse("region@socius.example").expect("valid");
    let regional_hash =
        auth::hash_password(&Password::parse(REGIONAL_PASSWORD).expect("valid")).await?;
    let regional = auth::create_user(
        &mut tx,
        &NewUser {
            email: &regional_email,
            display_name: "Rania Région",
            lang: Lang::Fr,
            password_hash: Some(&regional_hash),
            is_platform_admin: false,
        },
    )
    .await?;
    auth::set_regional_staff(&mut tx, regional, true).await?;
    PlatformSetting::StaffNeedSecondFactor
        .set(&mut tx, "false")
        .await?;
    accounts.push(DemoAccount {
        email: regional_email.to_string(),
        password: REGIONAL_PASSWORD.into(),
        role: "regional staff".into(),
        second_factor: None,
    });

    let people: [(&str, &str, Role, Lang); 3] = [
        (
            "coordinator",
            "Camille Coordinatrice",
            Role::Coordinator,
            Lang::Fr,
        ),
        ("member", "Mohamed Membre", Role::Member, Lang::Nl),
        ("steering", "Sofie Stuurgroep", Role::Steering, Lang::Nl),
    ];
    let mut proposals = Vec::new();
    for c in &COORDINATIONS {
        let email = Email::parse(&format!("coordination@{}.example", c.slug)).expect("valid");
        let coordination_id = tenancy::create(
            &mut tx,
            &NewCoordination {
                slug: Slug::parse(c.slug).expect("valid slug"),
                name_fr: c.name_fr.into(),
                name_nl: c.name_nl.into(),
                nis_code: c.nis_code.into(),
                email,
                phone: c.phone.into(),
                address_fr: c.address_fr.into(),
                address_nl: c.address_nl.into(),
                website: String::new(),
                identity: identity_of(c.slug),
            },
        )
        .await?;
        let tenant = crate::platform::policy::Tenant::system(coordination_id);
        // Demo accounts sign in with a password alone; one coordinator shows the second factor.
        settings::set_flag(
            &mut tx,
            &tenant,
            Setting::CoordinatorsNeedSecondFactor,
            false,
        )
        .await?;
        if c.slug == SECOND_FACTOR_COORDINATION {
            accounts.push(second_factor_coordinator(&mut tx, coordination_id, c.slug).await?);
        }
        directory::demo::seed(&mut tx, &tenant, c.nis_code, directory::demo::DEMO_SIZE).await?;
        directory::demo::seed_search_log(&mut tx, &tenant).await?;
        let mut member_user: Option<(i64, String)> = None;
        for (local, name, role, lang) in &people {
            let email = Email::parse(&format!("{local}@{}.example", c.slug)).expect("valid");
            let password = format!("demo-{}-{}", c.slug, local);
            let hash = auth::hash_password(&Password::parse(&password).expect("valid")).await?;
            let user_id = auth::create_user(
                &mut tx,
                &NewUser {
                    email: &email,
                    display_name: name,
                    lang: *lang,
                    password_hash: Some(&hash),
                    is_platform_admin: false,
                },
            )
            .await?;
            auth::grant_role(&mut tx, user_id, coordination_id, *role).await?;
            audit::record(
                &mut tx,
                AuditEntry::new("role.granted")
                    .label("demo".into())
                    .in_coordination(coordination_id)
                    .on("user", user_id)
                    .change(None, Some(serde_json::json!({ "role": role.as_str() }))),
            )
            .await?;
            accounts.push(DemoAccount {
                email: email.to_string(),
                password,
                role: format!("{} ({})", role.as_str(), c.slug),
                second_factor: None,
            });
            if *role == Role::Coordinator {
                crate::features::pages::demo::seed(
                    &mut tx,
                    &tenant,
                    (c.name_fr, c.name_nl),
                    user_id,
                )
                .await?;
            }
            if *role == Role::Member {
                member_user = Some((user_id, email.to_string()));
                // The demo member keeps the first organisation of the map current.
                let first: i64 = crate::with_tx!(&mut tx, |c| sqlx::query_scalar(
                    "SELECT MIN(id) FROM organizations WHERE coordination_id = $1"
                )
                .bind(coordination_id)
                .fetch_one(c)
                .await)?;
                directory::editing::add_contact(&mut tx, &tenant, first, user_id).await?;
                proposals.push((coordination_id, first, user_id));
                let letter = Letter {
                    lang: *lang,
                    subject: crate::platform::i18n::t_args(
                        *lang,
                        "mail-invite-subject",
                        &[("coordination", lang.pick(c.name_fr, c.name_nl))],
                    ),
                    greeting_name: name,
                    paragraphs: Block::texts(vec![crate::platform::i18n::t(
                        *lang,
                        "mail-demo-welcome",
                    )]),
                    action: Some((
                        crate::platform::i18n::t(*lang, "nav-login"),
                        format!("{}/{}/login", state.config.base_url(), lang.code()),
                    )),
                    signature: crate::platform::i18n::t(*lang, "mail-signature"),
                };
                mail::enqueue(
                    &mut tx,
                    &letter.into_email(email.as_str(), Some(coordination_id))?,
                )
                .await?;
            }
        }
        if let Some((member, member_email)) = &member_user {
            crate::features::membership::demo::seed(&mut tx, &tenant, *member, member_email)
                .await?;
            let memberships: Vec<i64> = crate::with_tx!(&mut tx, |c| {
                sqlx::query_scalar(
                "SELECT id FROM memberships WHERE coordination_id = $1 AND status = 'member' ORDER BY id"
            )
            .bind(coordination_id)
            .fetch_all(c)
            .await
            })?;
            crate::features::observatory::demo::seed(&mut tx, &tenant, &memberships, c.nis_code)
                .await?;
        }
    }
    tx.commit().await?;
    // After the commit: the proposal is made from the organisation as stored, as a member makes it.
    for (coordination_id, organization, member) in proposals {
        let tenant = crate::platform::policy::Tenant::system(coordination_id);
        directory::demo::propose_change(db, &tenant, organization, member).await?;
    }
    Ok(accounts)
}

/// The coordination whose second coordinator signs in with a second factor.
const SECOND_FACTOR_COORDINATION: &str = "watermael-boitsfort";

/// A second coordinator, enrolled in the second factor with the demo's printed key.
async fn second_factor_coordinator(
    tx: &mut crate::platform::db::Tx,
    coordination_id: i64,
    slug: &str,
) -> anyhow::Result<DemoAccount> {
    let email = Email::parse(&format!("coordinator-2fa@{slug}.example")).expect("valid");
    let password = format!("demo-{slug}-coordinator-2fa");
    let hash = auth::hash_password(&Password::parse(&password).expect("valid")).await?;
    let user_id = auth::create_user(
        tx,
        &NewUser {
            email: &email,
            display_name: "Lucie Vandenberghe",
            lang: Lang::Fr,
            password_hash: Some(&hash),
            is_platform_admin: false,
        },
    )
    .await?;
    auth::grant_role(tx, user_id, coordination_id, Role::Coordinator).await?;
    crate::features::accounts::demo::enrol(tx, user_id).await?;
    Ok(DemoAccount {
        email: email.to_string(),
        password,
        role: format!("coordinator ({slug}), second factor"),
        second_factor: Some(crate::features::accounts::demo::SECOND_FACTOR_KEY.into()),
    })
}

pub fn print_accounts(config: &Config, accounts: &[DemoAccount]) {
    println!();
    println!("Socius demo — open {}/", config.base_url());
    println!("{:<44} {:<42} role", "email", "password");
    for a in accounts {
        println!("{:<44} {:<42} {}", a.email, a.password, a.role);
        if let Some(key) = &a.second_factor {
            println!("{:<44} second factor key: {key}", "");
        }
    }
    println!();
}

/// Scales every coordination up for the benchmark: `people` members each (sharing one password hash,
/// since hashing is not what is measured) and `audit` log entries.
pub async fn bench_data(state: &AppState, people: usize, audit: usize) -> anyhow::Result<()> {
    let db = &state.db;
    let hash = auth::hash_password(&Password::parse("bench-data-password").expect("valid")).await?;
    for coordination in tenancy::list(db).await? {
        let mut tx = db.begin().await?;
        for i in 0..people {
            let email =
                Email::parse(&format!("person{i}@{}.bench", coordination.slug)).expect("valid");
            let lang = if i % 2 == 0 { Lang::Fr } else { Lang::Nl };
            let user_id = auth::create_user(
                &mut tx,
                &NewUser {
                    email: &email,
                    display_name: &format!("Person {i}"),
                    lang,
                    password_hash: Some(&hash),
                    is_platform_admin: false,
                },
            )
            .await?;
            auth::grant_role(&mut tx, user_id, coordination.id, Role::Member).await?;
        }
        for i in 0..audit {
            audit::record(
                &mut tx,
                AuditEntry::new("page.updated")
                    .label(format!("bench {i}"))
                    .in_coordination(coordination.id)
                    .on("page", "privacy")
                    .change(
                        Some(serde_json::json!({ "n": i })),
                        Some(serde_json::json!({ "n": i + 1 })),
                    ),
            )
            .await?;
        }
        tx.commit().await?;
        println!(
            "{}: {people} people, {audit} audit entries",
            coordination.slug
        );
    }
    Ok(())
}

/// The benchmark's regional data set: a coordination in each of the 19 municipalities and
/// `organisations` organisations (with their services) spread evenly over them.
pub async fn regional_directory(state: &AppState, organisations: usize) -> anyhow::Result<()> {
    if organisations == 0 {
        return Ok(());
    }
    let db = &state.db;
    let municipalities: Vec<(String, String, String)> = crate::with_db!(db, |p| sqlx::query_as(
        "SELECT nis_code, name_fr, name_nl FROM municipalities ORDER BY nis_code"
    )
    .fetch_all(p)
    .await)?;
    let existing = tenancy::list(db).await?;
    let per_municipality = organisations.div_ceil(municipalities.len());
    let mut services = 0;
    for (nis, name_fr, name_nl) in &municipalities {
        let mut tx = db.begin().await?;
        let coordination_id = match existing.iter().find(|c| &c.nis_code == nis) {
            Some(c) => c.id,
            None => {
                let slug =
                    crate::features::directory::store::search::fold(name_fr).replace(' ', "-");
                tenancy::create(
                    &mut tx,
                    &NewCoordination {
                        slug: Slug::parse(&slug).map_err(|k| anyhow::anyhow!("{slug}: {k}"))?,
                        name_fr: format!("Coordination sociale de {name_fr}"),
                        name_nl: format!("Sociale coördinatie {name_nl}"),
                        nis_code: nis.clone(),
                        email: Email::parse(&format!("coordination@{slug}.example"))
                            .expect("valid"),
                        phone: String::new(),
                        address_fr: String::new(),
                        address_nl: String::new(),
                        website: String::new(),
                        identity: Default::default(),
                    },
                )
                .await?
            }
        };
        let tenant = crate::platform::policy::Tenant::system(coordination_id);
        services += directory::demo::seed(&mut tx, &tenant, nis, per_municipality).await?;
        tx.commit().await?;
    }
    println!(
        "regional directory: {} organisations, {services} services in {} municipalities",
        per_municipality * municipalities.len(),
        municipalities.len()
    );
    Ok(())
}
