//! The social map, searched as a citizen would, on both backends.

use axum::http::StatusCode;

use socius::domain::Lang;
use socius::platform::policy;

use crate::db_test;
use crate::support::files::pdf_text;
use crate::support::people::{admin_tenant, coordination, person, seed_directory};
use crate::support::TestApp;

/// The service names on a result page, in page order.
fn names(body: &str) -> Vec<String> {
    body.split("<h3><a href=\"")
        .skip(1)
        .map(|piece| {
            piece
                .split('>')
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

fn count(body: &str) -> usize {
    names(body).len()
}

async fn citizens_find_services_in_french_and_dutch(app: TestApp) {
    seed_directory(&app).await;
    let mut citizen = app.client();
    let all = citizen.get("/fr/anderlecht/map").await;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(
        all.texts("#results-title"),
        vec!["14 services"],
        "every demo service of Anderlecht is listed, the count in its plural"
    );

    // Singular finds plural: "logement" matches "Logements privés…" and "aide au logement".
    let housing = names(&citizen.get("/fr/anderlecht/map?q=logement").await.body);
    assert!(
        housing.contains(&"Inscription pour un logement".to_string())
            && housing.contains(&"Service social général".to_string()),
        "{housing:?}"
    );
    // Accents do not matter, in either direction.
    assert!(names(&citizen.get("/fr/anderlecht/map?q=ecole").await.body)
        .contains(&"Soutien scolaire".to_string()));
    assert!(
        names(&citizen.get("/fr/anderlecht/map?q=%C3%A9COLE").await.body)
            .contains(&"Soutien scolaire".to_string())
    );
    // Dutch readers search Dutch text and see Dutch names.
    let debts = citizen.get("/nl/anderlecht/map?q=schulden").await;
    assert_eq!(names(&debts.body), ["Schuldbemiddeling"]);
    assert!(debts.body.contains("<html lang=\"nl\">"));
    // Every word must match.
    assert_eq!(
        count(
            &citizen
                .get("/fr/anderlecht/map?q=logement+jeunes+xylophone")
                .await
                .body
        ),
        0
    );
    let none = citizen.get("/fr/anderlecht/map?q=xylophone").await;
    assert!(none.body.contains("Aucun service ne correspond"));
    // Query syntax is not passed through to the search engine.
    assert_eq!(
        citizen
            .get("/fr/anderlecht/map?q=%22%29+OR+*+NEAR%28")
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        citizen
            .get("/fr/anderlecht/map?q=%27%3B+DROP+TABLE+services%3B")
            .await
            .status,
        StatusCode::OK
    );
}
db_test!(citizens_find_services_in_french_and_dutch);

async fn facets_narrow_the_results_and_count_them(app: TestApp) {
    seed_directory(&app).await;
    let mut citizen = app.client();
    let page = citizen.get("/fr/anderlecht/map").await.body;
    assert!(
        page.contains("Logement <span class=\"count\">(2)</span>"),
        "theme counts"
    );
    assert!(
        page.contains("Bassin Centre-Ouest <span class=\"count\">(14)</span>"),
        "care basin counts"
    );
    assert!(page.contains("Anderlecht <span class=\"count\">(14)</span>"));

    let housing = names(&citizen.get("/fr/anderlecht/map?theme=housing").await.body);
    assert_eq!(housing.len(), 2);
    let youth = names(&citizen.get("/fr/anderlecht/map?target=youth").await.body);
    assert!(
        youth.contains(&"Soutien scolaire".to_string())
            && !youth.contains(&"Aide familiale à domicile".to_string())
    );
    let turkish = names(&citizen.get("/nl/anderlecht/map?language=tr").await.body);
    assert_eq!(turkish.len(), 2, "{turkish:?}");
    // Combined filters and text.
    assert_eq!(
        names(
            &citizen
                .get("/fr/anderlecht/map?q=budget&theme=debt")
                .await
                .body
        ),
        ["Service de médiation de dettes"]
    );
    // Opening days: psychological consultations are on Tuesday and Thursday afternoons only.
    let monday = names(&citizen.get("/fr/anderlecht/map?open=1").await.body);
    let tuesday = names(&citizen.get("/fr/anderlecht/map?open=2").await.body);
    assert!(
        !monday.contains(&"Consultations psychologiques".to_string())
            && tuesday.contains(&"Consultations psychologiques".to_string())
    );
    // The Koekelberg basin is North; nothing of Anderlecht is there.
    assert_eq!(
        count(&citizen.get("/fr/anderlecht/map?basin=north").await.body),
        0
    );
    // A selected filter can be removed.
    assert!(citizen
        .get("/fr/anderlecht/map?theme=housing")
        .await
        .body
        .contains("Retirer ce filtre"));
}
db_test!(facets_narrow_the_results_and_count_them);

async fn results_sort_by_name_and_stay_in_their_coordination(app: TestApp) {
    seed_directory(&app).await;
    let mut citizen = app.client();
    let sorted = names(&citizen.get("/nl/anderlecht/map?sort=name").await.body);
    let mut expected = sorted.clone();
    expected.sort_by_key(|n| n.to_lowercase());
    assert_eq!(sorted, expected);
    // Koekelberg has the same kinds of services; none leak into Anderlecht's map.
    let koekelberg_ids: Vec<i64> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT s.id FROM services s JOIN coordinations c ON c.id = s.coordination_id WHERE c.slug = 'koekelberg'"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    let page = citizen.get("/fr/anderlecht/map?q=cpas").await.body;
    assert!(page.contains("CPAS de Anderlecht") && !page.contains("Koekelberg"));
    for id in koekelberg_ids.iter().take(3) {
        assert_eq!(
            citizen
                .get(&format!("/fr/anderlecht/services/{id}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            citizen
                .get(&format!("/fr/koekelberg/services/{id}"))
                .await
                .status,
            StatusCode::OK
        );
    }
}
db_test!(results_sort_by_name_and_stay_in_their_coordination);

async fn service_and_organisation_pages_show_hours_and_addresses(app: TestApp) {
    seed_directory(&app).await;
    let mut citizen = app.client();
    let (id, organization_id): (i64, i64) = socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT s.id, s.organization_id FROM services s JOIN coordinations c ON c.id = s.coordination_id \
         WHERE c.slug = 'anderlecht' AND s.name_fr = 'Service social général'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let nl = citizen
        .get(&format!("/nl/anderlecht/services/{id}"))
        .await
        .body;
    assert!(nl.contains("<h1>Algemene sociale dienst</h1>"));
    assert!(nl.contains("<th scope=\"row\">Maandag</th><td>09:00–12:00, 13:00–16:30</td>"));
    assert!(nl.contains("<th scope=\"row\">Zondag</th><td>Gesloten</td>"));
    assert!(nl.contains("Gemeentehuisstraat 1") && nl.contains("1070 Anderlecht"));
    assert!(
        nl.contains("href=\"tel:+32250010"),
        "phone numbers are links"
    );
    assert!(nl.contains("Informatie nagekeken op"));
    let fr = citizen
        .get(&format!("/fr/anderlecht/services/{id}"))
        .await
        .body;
    assert!(
        fr.contains("<th scope=\"row\">Lundi</th>") && fr.contains("Rue de l&#39;Hôtel communal 1")
    );

    let organization = citizen
        .get(&format!("/fr/anderlecht/organizations/{organization_id}"))
        .await
        .body;
    assert!(
        organization.contains("CPAS de Anderlecht")
            && organization.contains("Service de médiation de dettes")
    );

    // A temporarily closed service says so.
    let closed_id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT s.id FROM services s JOIN coordinations c ON c.id = s.coordination_id WHERE c.slug = 'anderlecht' AND s.status = 'temporarily_closed'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(citizen
        .get(&format!("/nl/anderlecht/services/{closed_id}"))
        .await
        .body
        .contains("Tijdelijk gesloten"));
    // An upcoming closure is announced.
    let restaurant = citizen.get("/fr/anderlecht/map?q=repas").await.body;
    let href = restaurant
        .split("<h3><a href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert!(citizen.get(&href).await.body.contains("Congés annuels"));
}
db_test!(service_and_organisation_pages_show_hours_and_addresses);

async fn the_guide_is_also_a_pdf(app: TestApp) {
    seed_directory(&app).await;
    let mut citizen = app.client();
    let pdf = citizen
        .get("/nl/anderlecht/map/guide.pdf?theme=housing")
        .await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header("content-type"), "application/pdf");
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    if let Some(text) = pdf_text(&pdf.bytes) {
        for expected in [
            "Sociale gids",
            "Thema: Huisvesting",
            "Inschrijving voor een woning",
            "Algemene sociale dienst",
            "Maandag",
        ] {
            assert!(text.contains(expected), "{expected} in:\n{text}");
        }
        assert!(
            !text.contains("Huiswerkbegeleiding"),
            "only the theme's services"
        );
    }
    let french = citizen.get("/fr/anderlecht/map/guide.pdf").await;
    if let Some(text) = pdf_text(&french.bytes) {
        assert!(text.contains("Soutien scolaire") && text.contains("Lundi"));
    }
}
db_test!(the_guide_is_also_a_pdf);

async fn the_printable_guide_lists_a_theme_in_full(app: TestApp) {
    seed_directory(&app).await;
    let mut citizen = app.client();
    let printed = citizen.get("/fr/anderlecht/map/guide?theme=housing").await;
    assert_eq!(printed.texts("main h1"), vec!["Guide social"]);
    assert_eq!(
        printed.texts("ul.guide-filters li"),
        vec!["Thème\u{a0}: Logement"],
        "the guide says what it was chosen by"
    );
    let guide = printed.body;
    let searched = citizen
        .get("/fr/anderlecht/map/guide?theme=housing&q=inscription&open=now")
        .await;
    assert_eq!(
        searched.texts("ul.guide-filters li"),
        vec![
            "Recherche\u{a0}: «\u{a0}inscription\u{a0}»",
            "Thème\u{a0}: Logement",
            "Ouvert maintenant"
        ],
        "every filter of the map, in print"
    );
    assert_eq!(guide.matches("class=\"guide-entry\"").count(), 2);
    assert!(guide.contains("Heures d&#39;ouverture") || guide.contains("Heures d'ouverture"));
    let everything = citizen.get("/nl/anderlecht/map/guide").await.body;
    assert_eq!(
        everything.matches("class=\"guide-entry\"").count(),
        14,
        "every service that is not inactive"
    );
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE services SET status = 'inactive' WHERE name_fr = 'Soutien scolaire'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    app.changed_by_hand();
    assert_eq!(
        citizen
            .get("/nl/anderlecht/map/guide")
            .await
            .body
            .matches("class=\"guide-entry\"")
            .count(),
        13
    );
    assert!(
        !names(&citizen.get("/fr/anderlecht/map?q=devoirs").await.body)
            .contains(&"Soutien scolaire".to_string()),
        "inactive services are not on the public map"
    );
}
db_test!(the_printable_guide_lists_a_theme_in_full);

async fn members_export_the_directory_as_csv_and_xlsx(app: TestApp) {
    seed_directory(&app).await;
    let anderlecht = coordination(&app, "anderlecht").await;
    let koekelberg = coordination(&app, "koekelberg").await;
    person(
        &app,
        "member@anderlecht.test",
        Lang::Fr,
        &anderlecht,
        policy::Role::Member,
    )
    .await;
    person(
        &app,
        "coord@koekelberg.test",
        Lang::Nl,
        &koekelberg,
        policy::Role::Coordinator,
    )
    .await;
    // A name that a spreadsheet would run as a formula.
    socius::with_db!(app.db(), |p| sqlx::query("UPDATE organizations SET name_fr = '=HYPERLINK(\"http://evil.example\")' WHERE name_fr LIKE 'Abri%'").execute(p).await.map(|_| ()))
        .unwrap();

    let mut anonymous = app.client();
    assert_eq!(
        anonymous
            .get("/fr/anderlecht/map/export/services.csv")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let mut outsider = app.client();
    outsider
        .login("coord@koekelberg.test", crate::support::PASSWORD)
        .await;
    assert_eq!(
        outsider
            .get("/fr/anderlecht/map/export/services.csv")
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let mut member = app.client();
    member
        .login("member@anderlecht.test", crate::support::PASSWORD)
        .await;
    assert!(
        member
            .get("/fr/anderlecht/map")
            .await
            .body
            .contains("services.xlsx"),
        "members see the export links"
    );
    let csv = member.get("/fr/anderlecht/map/export/services.csv").await;
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    assert!(csv
        .header("content-disposition")
        .contains("anderlecht-services.csv"));
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 14);
    assert!(rows
        .iter()
        .any(|r| &r[3] == "Schuldbemiddeling" && &r[5] == "debt"));
    assert!(
        rows.iter()
            .all(|r| r[7].is_empty() || r[7].starts_with("'+32")),
        "phone numbers starting with + are escaped"
    );
    assert!(
        rows.iter().any(|r| r[1].starts_with("'=HYPERLINK")),
        "formulas are neutralised"
    );
    let organizations = member
        .get("/fr/anderlecht/map/export/organizations.csv")
        .await;
    assert!(
        organizations.body.contains("CPAS de Anderlecht")
            && !organizations.body.contains("Koekelberg")
    );

    let request = axum::http::Request::get("/nl/anderlecht/map/export/organizations.xlsx")
        .header(
            "cookie",
            member
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; "),
        )
        .body(axum::body::Body::empty())
        .unwrap();
    let response = tower::ServiceExt::oneshot(app.router.clone(), request)
        .await
        .unwrap();
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes();
    assert_eq!(&bytes[..2], b"PK", "an XLSX file is a zip archive");
    assert_eq!(
        member
            .get("/fr/anderlecht/map/export/secrets.csv")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
db_test!(members_export_the_directory_as_csv_and_xlsx);

async fn the_public_reports_errors_to_the_coordinators_queue(app: TestApp) {
    seed_directory(&app).await;
    let anderlecht = coordination(&app, "anderlecht").await;
    let koekelberg = coordination(&app, "koekelberg").await;
    person(
        &app,
        "coord@anderlecht.test",
        Lang::Fr,
        &anderlecht,
        policy::Role::Coordinator,
    )
    .await;
    person(
        &app,
        "coord@koekelberg.test",
        Lang::Nl,
        &koekelberg,
        policy::Role::Coordinator,
    )
    .await;
    let id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM services WHERE coordination_id = $1 AND name_nl = 'Schuldbemiddeling'"
    )
    .bind(anderlecht.id)
    .fetch_one(p)
    .await)
    .unwrap();
    let form = format!("/nl/anderlecht/services/{id}/report");
    let mut citizen = app.client();
    assert!(
        citizen
            .get(&format!("/nl/anderlecht/services/{id}"))
            .await
            .body
            .contains(&form),
        "the service page links to the form"
    );

    let invalid = citizen
        .submit(
            &form,
            &form,
            &[
                ("message", "Het nummer is veranderd"),
                ("email", "geen-adres"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid.body.contains("Het nummer is veranderd"),
        "what was typed stays"
    );
    let sent = citizen
        .submit(
            &form,
            &form,
            &[
                ("message", "Het nummer is veranderd: 02 555 00 00"),
                ("email", "jan@voorbeeld.be"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(citizen.get(sent.location()).await.body.contains("Dank u!"));
    // A robot fills the hidden field: it is thanked, nothing is kept.
    let robot = citizen
        .submit(
            &form,
            &form,
            &[
                ("message", "cheap pills"),
                ("email", ""),
                ("website", "http://spam.example"),
            ],
        )
        .await;
    assert_eq!(robot.status, StatusCode::SEE_OTHER);

    let mut coordinator = app.client();
    coordinator
        .login("coord@anderlecht.test", crate::support::PASSWORD)
        .await;
    let queue = coordinator.get("/fr/anderlecht/map/reports").await.body;
    assert!(
        queue.contains("Het nummer is veranderd: 02 555 00 00")
            && queue.contains("jan@voorbeeld.be")
    );
    assert!(!queue.contains("cheap pills"));
    let mut outsider = app.client();
    outsider
        .login("coord@koekelberg.test", crate::support::PASSWORD)
        .await;
    assert_eq!(
        outsider.get("/fr/anderlecht/map/reports").await.status,
        StatusCode::FORBIDDEN
    );
    assert!(
        !outsider
            .get("/fr/koekelberg/map/reports")
            .await
            .body
            .contains("Het nummer"),
        "reports stay in their coordination"
    );

    let report_id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM directory_reports"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let handled = coordinator
        .submit(
            "/fr/anderlecht/map/reports",
            &format!("/fr/anderlecht/map/reports/{report_id}"),
            &[("outcome", "resolved")],
        )
        .await;
    assert_eq!(handled.status, StatusCode::SEE_OTHER);
    assert!(coordinator
        .get("/fr/anderlecht/map/reports")
        .await
        .body
        .contains("Aucune erreur signalée en attente."));
    assert!(coordinator
        .get("/fr/anderlecht/audit")
        .await
        .body
        .contains("directory_report.handled"));

    // Reporting is rate-limited per client.
    let mut statuses = Vec::new();
    for _ in 0..12 {
        statuses.push(
            citizen
                .submit(
                    &form,
                    &form,
                    &[("message", "encore"), ("email", ""), ("website", "")],
                )
                .await
                .status,
        );
    }
    assert!(
        statuses.contains(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
}
db_test!(the_public_reports_errors_to_the_coordinators_queue);

async fn stale_records_are_confirmed_from_a_reminder_link(app: TestApp) {
    seed_directory(&app).await;
    let anderlecht = coordination(&app, "anderlecht").await;
    person(
        &app,
        "coord@anderlecht.test",
        Lang::Fr,
        &anderlecht,
        policy::Role::Coordinator,
    )
    .await;
    let two_years_ago = chrono::Utc::now() - chrono::Duration::days(730);
    socius::with_db!(app.db(), |p| sqlx::query("UPDATE organizations SET last_verified_at = $1 WHERE name_fr LIKE 'Restaurant social%' OR name_fr LIKE 'Abri%'")
        .bind(two_years_ago)
        .execute(p)
        .await
        .map(|_| ()))
    .unwrap();
    let mut coordinator = app.client();
    coordinator
        .login("coord@anderlecht.test", crate::support::PASSWORD)
        .await;
    let stale = coordinator.get("/fr/anderlecht/map/stale").await.body;
    assert!(stale.contains("Restaurant social Le Relais") && stale.contains("Abri de nuit"));
    assert!(
        !stale.contains("CPAS de Anderlecht"),
        "recently verified records are not listed"
    );
    let sent = coordinator
        .submit(
            "/fr/anderlecht/map/stale",
            "/fr/anderlecht/map/stale/remind",
            &[],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let reminders: Vec<_> = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.2.contains("répertoire social"))
        .collect();
    assert_eq!(reminders.len(), 2, "one reminder per stale organisation");
    let text = &reminders[0].3;
    assert!(
        text.contains("Vérifier mes informations") && text.contains("Mijn gegevens nakijken"),
        "French and Dutch in one message"
    );
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/fr/anderlecht/verify/"))
        .unwrap()
        .trim_start_matches("http://socius.test")
        .to_string();

    let mut organisation = app.client();
    let page = organisation.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        coordinator
            .get("/fr/anderlecht/map/stale")
            .await
            .body
            .matches("<tr>")
            .count(),
        3,
        "opening the link changes nothing"
    );
    let confirmed = organisation.submit(&link, &link, &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert!(organisation
        .get(confirmed.location())
        .await
        .body
        .contains("Merci\u{202f}! Les informations sont confirmées."));
    assert_eq!(
        coordinator
            .get("/fr/anderlecht/map/stale")
            .await
            .body
            .matches("<tr>")
            .count(),
        2,
        "one organisation left to verify"
    );
    assert_eq!(
        organisation.get(&link).await.status,
        StatusCode::GONE,
        "the link works once"
    );
    assert!(coordinator
        .get("/fr/anderlecht/audit")
        .await
        .body
        .contains("organization.verified"));
}
db_test!(stale_records_are_confirmed_from_a_reminder_link);

async fn duplicate_organisations_are_merged_without_losing_links(app: TestApp) {
    use socius::features::directory::store::{
        self, LocationInput, OrganizationInput, ServiceInput,
    };
    seed_directory(&app).await;
    let anderlecht = coordination(&app, "anderlecht").await;
    person(
        &app,
        "coord@anderlecht.test",
        Lang::Fr,
        &anderlecht,
        policy::Role::Coordinator,
    )
    .await;
    let (original, kbo): (i64, String) = socius::with_db!(app.db(), |p| sqlx::query_as("SELECT id, kbo FROM organizations WHERE coordination_id = $1 AND name_fr = 'Restaurant social Le Relais'")
        .bind(anderlecht.id)
        .fetch_one(p)
        .await)
    .unwrap();
    // Someone entered the restaurant a second time, with another service.
    let tenant = admin_tenant(&anderlecht);
    let mut tx = app.db().begin().await.unwrap();
    let copy = store::create_organization(
        &mut tx,
        &tenant,
        &OrganizationInput {
            name_fr: "RESTAURANT SOCIAL LE RELAIS".into(),
            name_nl: "Sociaal restaurant".into(),
            kbo: Some(kbo),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let location = store::create_location(
        &mut tx,
        &tenant,
        copy,
        &LocationInput {
            street_fr: "Rue X 1".into(),
            street_nl: "X-straat 1".into(),
            postcode: "1070".into(),
            nis_code: "21001".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    store::create_service(
        &mut tx,
        &tenant,
        copy,
        &ServiceInput {
            name_fr: "Colis alimentaires du vendredi".into(),
            name_nl: "Voedselpakketten op vrijdag".into(),
            status: socius::features::directory::store::ServiceStatus::Active,
            themes: vec!["food-aid".into()],
            location_ids: vec![location],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let mut coordinator = app.client();
    coordinator
        .login("coord@anderlecht.test", crate::support::PASSWORD)
        .await;
    let list = coordinator.get("/fr/anderlecht/map/duplicates").await.body;
    assert!(
        list.contains("Même numéro d&#39;entreprise") || list.contains("Même numéro d'entreprise"),
        "{list}"
    );
    let confirm_path = format!("/fr/anderlecht/map/duplicates/merge?keep={original}&remove={copy}");
    let confirm = coordinator.get(&confirm_path).await.body;
    assert!(
        confirm.contains("Colis alimentaires du vendredi"),
        "the page says what will move"
    );
    let merged = coordinator
        .submit(
            &confirm_path,
            "/fr/anderlecht/map/duplicates/merge",
            &[
                ("keep", &original.to_string()),
                ("remove", &copy.to_string()),
            ],
        )
        .await;
    assert_eq!(merged.status, StatusCode::SEE_OTHER);
    let kept = coordinator
        .get(&format!("/fr/anderlecht/organizations/{original}"))
        .await
        .body;
    assert!(
        kept.contains("Colis alimentaires du vendredi") && kept.contains("Repas chauds"),
        "both services now under the record kept"
    );
    assert!(kept.contains("Rue X 1"), "the location moved too");
    assert_eq!(
        coordinator
            .get(&format!("/fr/anderlecht/organizations/{copy}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let found = names(
        &coordinator
            .get("/fr/anderlecht/map?q=vendredi+relais")
            .await
            .body,
    );
    assert_eq!(
        found,
        ["Colis alimentaires du vendredi"],
        "the moved service is found under its new organisation's name"
    );
    assert!(coordinator
        .get("/fr/anderlecht/map/duplicates")
        .await
        .body
        .contains("Aucun doublon possible."));
    assert!(coordinator
        .get("/fr/anderlecht/audit")
        .await
        .body
        .contains("organization.merged"));
}
db_test!(duplicate_organisations_are_merged_without_losing_links);

async fn editors_see_which_records_lack_a_translation(app: TestApp) {
    seed_directory(&app).await;
    let anderlecht = coordination(&app, "anderlecht").await;
    person(
        &app,
        "coord@anderlecht.test",
        Lang::Fr,
        &anderlecht,
        policy::Role::Coordinator,
    )
    .await;
    let mut coordinator = app.client();
    coordinator
        .login("coord@anderlecht.test", crate::support::PASSWORD)
        .await;
    assert!(coordinator
        .get("/fr/anderlecht/map/translations")
        .await
        .body
        .contains("Toutes les fiches existent"));
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE services SET description_nl = '' WHERE name_fr = 'Soutien scolaire'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let page = coordinator
        .get("/fr/anderlecht/map/translations")
        .await
        .body;
    assert!(
        page.contains("Soutien scolaire")
            && page.contains("Traduction manquante\u{a0}: Nederlands")
    );
    let href = page
        .split("<a href=\"")
        .map(|p| p.split('"').next().unwrap())
        .find(|h| h.contains("/services/"))
        .unwrap()
        .to_string();
    assert!(
        coordinator
            .get(&href)
            .await
            .body
            .contains("Traduction manquante\u{a0}: Nederlands"),
        "the record's page says it too"
    );
    let mut citizen = app.client();
    assert!(
        !citizen
            .get(&href)
            .await
            .body
            .contains("Traduction manquante"),
        "only editors see the flag"
    );
    // Dutch readers get the French description, marked as French.
    let nl = citizen.get(&href.replace("/fr/", "/nl/")).await.body;
    assert!(nl.contains("<div class=\"prose\" lang=\"fr\">") && nl.contains("École de devoirs"));
}
db_test!(editors_see_which_records_lack_a_translation);

/// An inactive service is not public: neither its page nor its organisation's, nor the HSDS lists,
/// records and export show it; someone who edits the map asks for it with `include_inactive=true`
/// and their token.
async fn inactive_services_are_not_public(app: TestApp) {
    seed_directory(&app).await;
    let anderlecht = coordination(&app, "anderlecht").await;
    for (email, role) in [
        ("coord@anderlecht.test", policy::Role::Coordinator),
        ("member@anderlecht.test", policy::Role::Member),
    ] {
        person(&app, email, Lang::Fr, &anderlecht, role).await;
    }
    let (id, uid, organization): (i64, String, i64) = socius::with_db!(app.db(), |p| {
        sqlx::query_as(
            "SELECT id, uid, organization_id FROM services WHERE name_fr = 'Soutien scolaire'",
        )
        .fetch_one(p)
        .await
    })
    .unwrap();
    let mut citizen = app.client();
    let page = format!("/fr/anderlecht/services/{id}");
    let organization_page = format!("/fr/anderlecht/organizations/{organization}");
    let total = |body: &str| {
        serde_json::from_str::<serde_json::Value>(body).unwrap()["total_items"]
            .as_i64()
            .unwrap()
    };
    let listed = citizen
        .get("/api/hsds/anderlecht/services?per_page=100")
        .await
        .body;
    assert_eq!(citizen.get(&page).await.status, StatusCode::OK);
    assert!(listed.contains(&uid));
    let before = total(&listed);

    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE services SET status = 'inactive' WHERE id = $1"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    app.changed_by_hand();
    assert_eq!(citizen.get(&page).await.status, StatusCode::NOT_FOUND);
    assert!(!citizen
        .get(&organization_page)
        .await
        .body
        .contains("Soutien scolaire"));
    let listed = citizen
        .get("/api/hsds/anderlecht/services?per_page=100")
        .await
        .body;
    assert!(!listed.contains(&uid));
    assert_eq!(total(&listed), before - 1);
    let record = format!("/api/hsds/anderlecht/services/{uid}");
    assert_eq!(citizen.get(&record).await.status, StatusCode::NOT_FOUND);
    for path in [
        "/api/hsds/anderlecht/export?lang=fr",
        "/api/hsds/anderlecht/service_at_locations?per_page=100&full=true",
    ] {
        assert!(!citizen.get(path).await.body.contains(&uid), "{path}");
    }

    // Asked for explicitly: a token is needed, and the right to edit the map.
    let explicit = "/api/hsds/anderlecht/services?per_page=100&include_inactive=true";
    assert_eq!(citizen.get(explicit).await.status, StatusCode::UNAUTHORIZED);
    let mut member = app.client();
    member
        .login("member@anderlecht.test", crate::support::PASSWORD)
        .await;
    let member_token = crate::api::create_token(&mut member).await;
    let refused = member
        .api(axum::http::Method::GET, explicit, Some(&member_token), None)
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let mut coordinator = app.client();
    coordinator
        .login("coord@anderlecht.test", crate::support::PASSWORD)
        .await;
    let token = crate::api::create_token(&mut coordinator).await;
    let everything = coordinator
        .api(axum::http::Method::GET, explicit, Some(&token), None)
        .await;
    assert_eq!(everything.status, StatusCode::OK);
    assert!(everything.body.contains(&uid));
    assert_eq!(total(&everything.body), before);
}
db_test!(inactive_services_are_not_public);
