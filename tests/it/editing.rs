//! Keeping the social map current: coordinators edit, organisations' contact persons edit their own
//! records, and with the approval setting on their changes wait for a coordinator.

use axum::http::StatusCode;

use socius::domain::Lang;
use socius::platform::policy::Role;

use crate::db_test;
use crate::support::people::{coordination, person, seed_directory};
use crate::support::{TestApp, PASSWORD};

/// The id of an Anderlecht organisation or service found by its French name.
async fn id_of(app: &TestApp, table: &str, name_fr: &str) -> i64 {
    let sql = format!(
        "SELECT t.id FROM {table} t JOIN coordinations c ON c.id = t.coordination_id \
         WHERE c.slug = 'anderlecht' AND t.name_fr = $1"
    );
    socius::with_db!(app.db(), |p| sqlx::query_scalar(&sql)
        .bind(name_fr)
        .fetch_one(p)
        .await)
    .unwrap_or_else(|e| panic!("{name_fr}: {e}"))
}

async fn events(app: &TestApp) -> Vec<String> {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT event FROM audit_log WHERE event LIKE 'directory.%' ORDER BY id"
    )
    .fetch_all(p)
    .await)
    .unwrap()
}

/// Anderlecht's map with a coordinator and a member who is the contact person of the medical
/// centre (added by the coordinator through the organisation's edit page).
async fn setup(app: &TestApp) -> (crate::support::Client, crate::support::Client, i64) {
    seed_directory(app).await;
    let anderlecht = coordination(app, "anderlecht").await;
    person(
        app,
        "coord@anderlecht.test",
        Lang::Fr,
        &anderlecht,
        Role::Coordinator,
    )
    .await;
    person(
        app,
        "member@anderlecht.test",
        Lang::Nl,
        &anderlecht,
        Role::Member,
    )
    .await;
    let org = id_of(app, "organizations", "Maison médicale du Centre").await;
    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    let edit = format!("/fr/anderlecht/organizations/{org}/edit");
    let unknown = coordinator
        .submit(
            &edit,
            &format!("/fr/anderlecht/organizations/{org}/editors"),
            &[("email", "personne@ailleurs.example")],
        )
        .await;
    assert_eq!(
        unknown.refused_field("editor_email").1,
        "personne@ailleurs.example",
        "an address nobody here has comes back beside the field"
    );
    let added = coordinator
        .submit(
            &edit,
            &format!("/fr/anderlecht/organizations/{org}/editors"),
            &[("email", "Member@Anderlecht.test")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    assert!(coordinator
        .get(&edit)
        .await
        .body
        .contains("member@anderlecht.test"));
    let mut member = app.client();
    member.login("member@anderlecht.test", PASSWORD).await;
    (coordinator, member, org)
}

async fn coordinators_edit_everything_and_the_audit_log_keeps_it(app: TestApp) {
    let (mut coordinator, _, org) = setup(&app).await;
    let edit = format!("/fr/anderlecht/organizations/{org}/edit");
    let saved = coordinator
        .fill(
            &edit,
            &edit,
            &[
                ("name_nl", "Medisch huis Centrum"),
                ("kbo", "BE 0417 497 106"),
                ("phone_number_0", "02 555 00 11"),
                ("phone_description_fr_0", "Secrétariat"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location(),
        format!("/fr/anderlecht/organizations/{org}")
    );
    let page = coordinator
        .get(&format!("/nl/anderlecht/organizations/{org}"))
        .await;
    assert!(page.body.contains("Medisch huis Centrum"));
    assert!(
        page.body.contains("0417.497.106"),
        "the KBO number is stored in its official form"
    );
    // The organisation's number shows on its services' pages.
    let service = id_of(&app, "services", "Consultations de médecine générale").await;
    assert!(coordinator
        .get(&format!("/fr/anderlecht/services/{service}"))
        .await
        .body
        .contains("02 555 00 11"));
    // Services are found by their organisation's new name.
    let found = coordinator.get("/nl/anderlecht/map?q=medisch+huis").await;
    assert!(
        found.body.contains("Huisartsenconsultaties"),
        "{}",
        found.body
    );

    // A service: hours, a theme and a closure.
    let edit_service = format!("/fr/anderlecht/services/{service}/edit");
    let saved = coordinator
        .fill(
            &edit_service,
            &edit_service,
            &[
                ("hours_6", "10:00-12:30"),
                ("closure_starts_on_0", "2099-08-01"),
                ("closure_ends_on_0", "2099-08-15"),
                ("closure_reason_fr_0", "Vacances annuelles"),
                ("closure_reason_nl_0", "Zomerverlof"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = coordinator
        .get(&format!("/fr/anderlecht/services/{service}"))
        .await;
    assert!(page.body.contains("10:00"), "Saturday's hours are shown");
    assert!(page.body.contains("Vacances annuelles"));
    // An end that is not a day is refused, not replaced by the start; what was typed stays.
    let refused = coordinator
        .fill(
            &edit_service,
            &edit_service,
            &[("closure_ends_on_0", "2099-02-30")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&refused.body);
    let typed = scraper::Selector::parse("#closure_ends_on_0").unwrap();
    let message = scraper::Selector::parse("#field-closures #error-closures").unwrap();
    let typed = html
        .select(&typed)
        .next()
        .and_then(|e| e.value().attr("value"));
    assert_eq!(typed, Some("2099-02-30"));
    assert!(html.select(&message).next().is_some(), "{}", refused.body);
    // A new location, and a new service offered there.
    let new_location = format!("/fr/anderlecht/organizations/{org}/locations/new");
    let saved = coordinator
        .fill(
            &new_location,
            &new_location,
            &[
                ("street_fr", "Rue Wayez 12"),
                ("street_nl", "Wayezstraat 12"),
                ("postcode", "1070"),
                ("nis_code", "21001"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(coordinator
        .get(&format!("/nl/anderlecht/organizations/{org}"))
        .await
        .body
        .contains("Wayezstraat 12"));
    assert_eq!(
        events(&app).await,
        [
            "directory.editor.added",
            "directory.organization.updated",
            "directory.service.updated",
            "directory.location.created",
        ]
    );
    let audit = coordinator.get("/fr/anderlecht/audit").await;
    assert!(audit.body.contains("directory.organization.updated"));
}

async fn bad_input_comes_back_with_messages_and_nothing_changes(app: TestApp) {
    let (mut coordinator, _, org) = setup(&app).await;
    let edit = format!("/fr/anderlecht/organizations/{org}/edit");
    let refused = coordinator
        .fill(
            &edit,
            &edit,
            &[
                ("name_fr", ""),
                ("name_nl", ""),
                ("kbo", "0417.497.107"),
                ("website", "maison medicale"),
                ("description_fr", "Texte tapé à garder"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Indiquez une adresse web complète",
        "Texte tapé à garder",
        "0417.497.107",
        "aria-invalid=\"true\"",
    ] {
        assert!(refused.body.contains(message), "{message}");
    }
    let service = id_of(&app, "services", "Consultations de médecine générale").await;
    let edit_service = format!("/nl/anderlecht/services/{service}/edit");
    let refused = coordinator
        .fill(&edit_service, &edit_service, &[("hours_1", "9u tot 12u")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("9u tot 12u"));
    assert!(refused.body.contains("Schrijf de tijdvakken zo"));
    assert!(events(&app)
        .await
        .iter()
        .all(|e| e == "directory.editor.added"));
}

async fn contacts_edit_their_own_organisation_only(app: TestApp) {
    let (_, mut member, org) = setup(&app).await;
    let edit = format!("/nl/anderlecht/organizations/{org}/edit");
    let page = member
        .get(&format!("/nl/anderlecht/organizations/{org}"))
        .await;
    assert!(
        page.body.contains(&edit),
        "the organisation page offers the edit link"
    );
    // Without the approval setting, the change is published at once.
    let saved = member
        .fill(&edit, &edit, &[("website", "https://mmcentre.example")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(member
        .get(&format!("/fr/anderlecht/organizations/{org}"))
        .await
        .body
        .contains("https://mmcentre.example"));
    // Another organisation, its services and the coordinator's pages stay closed.
    let other = id_of(&app, "organizations", "Restaurant social Le Relais").await;
    assert_eq!(
        member
            .get(&format!("/nl/anderlecht/organizations/{other}/edit"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let other_service = id_of(&app, "services", "Repas chauds à 2 €").await;
    assert_eq!(
        member
            .get(&format!("/nl/anderlecht/services/{other_service}/edit"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert!(!member
        .get(&format!("/nl/anderlecht/organizations/{other}"))
        .await
        .body
        .contains("/edit\""));
    assert_eq!(
        member.get("/nl/anderlecht/map/changes").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .get("/nl/anderlecht/map/organizations/new")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Koekelberg's coordinator cannot touch Anderlecht's records.
    let koekelberg = coordination(&app, "koekelberg").await;
    person(
        &app,
        "coord@koekelberg.test",
        Lang::Fr,
        &koekelberg,
        Role::Coordinator,
    )
    .await;
    let mut stranger = app.client();
    stranger.login("coord@koekelberg.test", PASSWORD).await;
    assert_eq!(stranger.get(&edit).await.status, StatusCode::FORBIDDEN);
}

async fn with_approval_on_a_member_change_waits_for_the_coordinator(app: TestApp) {
    let (mut coordinator, mut member, org) = setup(&app).await;
    let on = coordinator
        .submit(
            "/fr/anderlecht/map/changes",
            "/fr/anderlecht/map/settings",
            &[("approval", "on")],
        )
        .await;
    assert_eq!(on.status, StatusCode::SEE_OTHER);

    let edit = format!("/nl/anderlecht/organizations/{org}/edit");
    let form = member.get(&edit).await;
    assert!(form
        .body
        .contains("nadat de coördinatie ze heeft goedgekeurd"));
    let proposed = member
        .fill(
            &edit,
            &edit,
            &[("description_nl", "Huisartsen en nachtpermanentie.")],
        )
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER);
    let after = member.get(proposed.location()).await;
    assert!(
        after.body.contains("wacht op goedkeuring"),
        "the member is told"
    );
    assert!(
        !after.body.contains("nachtpermanentie"),
        "nothing is published yet"
    );
    // A new service waits too.
    let new_service = format!("/nl/anderlecht/organizations/{org}/services/new");
    let proposed = member
        .fill(
            &new_service,
            &new_service,
            &[
                ("name_nl", "Kinesitherapie"),
                ("name_fr", "Kinésithérapie"),
                ("themes", "health"),
            ],
        )
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.body);

    // Meanwhile the coordinator renames the organisation: approving must keep that.
    let coordinator_edit = format!("/fr/anderlecht/organizations/{org}/edit");
    coordinator
        .fill(
            &coordinator_edit,
            &coordinator_edit,
            &[("name_fr", "Maison médicale Centre-Ville")],
        )
        .await;

    let queue = coordinator.get("/fr/anderlecht/map/changes").await;
    assert!(queue.body.contains("Proposée par"));
    assert!(
        queue
            .body
            .contains("<ins>Huisartsen en nachtpermanentie.</ins>"),
        "{}",
        queue.body
    );
    assert!(queue.body.contains("Nouveau service"));
    let ids: Vec<i64> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM directory_changes WHERE status = 'pending' ORDER BY id"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(ids.len(), 2);
    let approve = coordinator
        .submit(
            "/fr/anderlecht/map/changes",
            &format!("/fr/anderlecht/map/changes/{}", ids[0]),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(approve.status, StatusCode::SEE_OTHER);
    let reject = coordinator
        .submit(
            "/fr/anderlecht/map/changes",
            &format!("/fr/anderlecht/map/changes/{}", ids[1]),
            &[("decision", "reject"), ("reason", "Déjà dans la liste")],
        )
        .await;
    assert_eq!(reject.status, StatusCode::SEE_OTHER);
    // Deciding twice is not possible.
    let again = coordinator
        .submit(
            "/fr/anderlecht/map/changes",
            &format!("/fr/anderlecht/map/changes/{}", ids[0]),
            &[("decision", "reject")],
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);

    let published = member
        .get(&format!("/nl/anderlecht/organizations/{org}"))
        .await;
    assert!(published.body.contains("nachtpermanentie"));
    assert!(
        !published.body.contains("Kinesitherapie</a>"),
        "the rejected service is not created"
    );
    assert!(coordinator
        .get(&format!("/fr/anderlecht/organizations/{org}"))
        .await
        .body
        .contains("Maison médicale Centre-Ville"));
    assert!(coordinator
        .get("/fr/anderlecht/map/changes")
        .await
        .body
        .contains("Aucune modification en attente"));
    assert_eq!(
        events(&app).await,
        [
            "directory.editor.added",
            "directory.settings.updated",
            "directory.change.submitted",
            "directory.change.submitted",
            "directory.organization.updated",
            "directory.organization.updated",
            "directory.change.approved",
            "directory.change.rejected",
        ]
    );
}

db_test!(coordinators_edit_everything_and_the_audit_log_keeps_it);
db_test!(bad_input_comes_back_with_messages_and_nothing_changes);
db_test!(contacts_edit_their_own_organisation_only);
db_test!(with_approval_on_a_member_change_waits_for_the_coordinator);
