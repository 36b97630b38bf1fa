//! The HSDS 3.0 API and export, validated against Open Referral's compiled schemas.

use std::path::PathBuf;

use axum::http::{Method, StatusCode};
use serde_json::Value;

use crate::db_test;
use crate::support::TestApp;

/// The HSDS schemas shipped in the shared reference folder beside the project.
fn schema_dir() -> Option<PathBuf> {
    let dir = std::env::var("SOCIUS_HSDS_SCHEMA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../shared/hsds-3.0/schema"
            ))
        });
    let usable = dir.join("compiled/service.json").exists()
        && std::process::Command::new("python3")
            .args(["-c", "import jsonschema"])
            .status()
            .is_ok_and(|s| s.success());
    if usable {
        Some(dir)
    } else if std::env::var("SOCIUS_TEST_REQUIRE_ALL").is_ok_and(|v| v == "1") {
        panic!(
            "HSDS schemas ({}) and python3 with jsonschema are required",
            dir.display()
        );
    } else {
        eprintln!(
            "SKIPPED: HSDS schema validation needs {} and python3 with jsonschema",
            dir.display()
        );
        None
    }
}

/// Validates each document against `schema` (a path under the schema folder); panics with the errors.
fn validate(dir: &PathBuf, schema: &str, documents: &[Value]) {
    assert!(
        !documents.is_empty(),
        "nothing to validate against {schema}"
    );
    let work = std::env::temp_dir().join(format!(
        "socius-hsds-{}",
        socius::platform::auth::random_token()
    ));
    std::fs::create_dir_all(&work).unwrap();
    let files: Vec<String> = documents
        .iter()
        .enumerate()
        .map(|(i, doc)| {
            let path = work.join(format!("{i}.json"));
            std::fs::write(&path, serde_json::to_vec_pretty(doc).unwrap()).unwrap();
            path.display().to_string()
        })
        .collect();
    let output = std::process::Command::new("python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/support/validate_hsds.py"
        ))
        .arg(dir)
        .arg(schema)
        .args(&files)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&work);
    assert!(
        output.status.success(),
        "{schema}:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn check_page(page: &Value, total: i64) {
    for key in [
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty",
        "contents",
    ] {
        assert!(page.get(key).is_some(), "page envelope lacks {key}: {page}");
    }
    assert_eq!(page["total_items"], total);
}

async fn the_hsds_api_and_export_validate_against_the_schemas(app: TestApp) {
    crate::support::people::seed_directory(&app).await;
    let Some(dir) = schema_dir() else { return };
    let mut client = app.client();
    let root = client
        .api(Method::GET, "/api/hsds/anderlecht/", None, None)
        .await;
    assert_eq!(root.json()["version"], "3.0");

    for lang in ["fr", "nl"] {
        let services = client
            .api(
                Method::GET,
                &format!("/api/hsds/anderlecht/services?lang={lang}&per_page=5&page=2"),
                None,
                None,
            )
            .await
            .json();
        check_page(&services, 14);
        assert_eq!(
            (
                services["page_number"].as_i64(),
                services["size"].as_i64(),
                services["total_pages"].as_i64()
            ),
            (Some(2), Some(5), Some(3))
        );
        validate(
            &dir,
            "compiled/service_list.json",
            services["contents"].as_array().unwrap(),
        );

        let id = services["contents"][0]["id"].as_str().unwrap().to_string();
        let full = client
            .api(
                Method::GET,
                &format!("/api/hsds/anderlecht/services/{id}?lang={lang}"),
                None,
                None,
            )
            .await
            .json();
        assert_eq!(full["id"], id);
        validate(&dir, "compiled/service.json", std::slice::from_ref(&full));

        let organizations = client
            .api(
                Method::GET,
                &format!("/api/hsds/anderlecht/organizations?lang={lang}"),
                None,
                None,
            )
            .await
            .json();
        check_page(&organizations, 12);
        validate(
            &dir,
            "compiled/organization_list.json",
            organizations["contents"].as_array().unwrap(),
        );
        let org_id = organizations["contents"][0]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let org = client
            .api(
                Method::GET,
                &format!("/api/hsds/anderlecht/organizations/{org_id}?lang={lang}"),
                None,
                None,
            )
            .await
            .json();
        validate(
            &dir,
            "compiled/organization.json",
            std::slice::from_ref(&org),
        );

        let sals = client
            .api(
                Method::GET,
                &format!("/api/hsds/anderlecht/service_at_locations?lang={lang}"),
                None,
                None,
            )
            .await
            .json();
        check_page(&sals, 14);
        validate(
            &dir,
            "compiled/service_at_location_list.json",
            sals["contents"].as_array().unwrap(),
        );
        let full_sals = client
            .api(
                Method::GET,
                &format!(
                    "/api/hsds/anderlecht/service_at_locations?lang={lang}&full=true&per_page=3"
                ),
                None,
                None,
            )
            .await
            .json();
        validate(
            &dir,
            "compiled/service_at_location.json",
            full_sals["contents"].as_array().unwrap(),
        );
        let sal_id = sals["contents"][0]["id"].as_str().unwrap().to_string();
        let sal = client
            .api(
                Method::GET,
                &format!("/api/hsds/anderlecht/service_at_locations/{sal_id}?lang={lang}"),
                None,
                None,
            )
            .await
            .json();
        validate(
            &dir,
            "compiled/service_at_location.json",
            std::slice::from_ref(&sal),
        );

        let terms = client
            .api(
                Method::GET,
                &format!("/api/hsds/anderlecht/taxonomy_terms?lang={lang}&per_page=100"),
                None,
                None,
            )
            .await
            .json();
        validate(
            &dir,
            "taxonomy_term.json",
            terms["contents"].as_array().unwrap(),
        );
        let taxonomies = client
            .api(
                Method::GET,
                &format!("/api/hsds/anderlecht/taxonomies?lang={lang}"),
                None,
                None,
            )
            .await
            .json();
        validate(
            &dir,
            "taxonomy.json",
            taxonomies["contents"].as_array().unwrap(),
        );
        // Each record of the lists is also served on its own, as the HSDS API describes.
        for (list, path, schema) in [
            (&taxonomies, "taxonomies", "taxonomy.json"),
            (&terms, "taxonomy_terms", "taxonomy_term.json"),
        ] {
            let first = &list["contents"][0];
            let one = client
                .api(
                    Method::GET,
                    &format!(
                        "/api/hsds/anderlecht/{path}/{}?lang={lang}",
                        first["id"].as_str().unwrap()
                    ),
                    None,
                    None,
                )
                .await;
            assert_eq!(one.status, axum::http::StatusCode::OK, "{path}");
            assert_eq!(&one.json(), first, "{path}");
            validate(&dir, schema, std::slice::from_ref(&one.json()));
            let missing = client
                .api(
                    Method::GET,
                    &format!("/api/hsds/anderlecht/{path}/no-such-id"),
                    None,
                    None,
                )
                .await;
            assert_eq!(missing.status, axum::http::StatusCode::NOT_FOUND, "{path}");
        }

        let export = client
            .api(
                Method::GET,
                &format!("/api/hsds/anderlecht/export?lang={lang}"),
                None,
                None,
            )
            .await
            .json();
        assert_eq!(export["services"].as_array().unwrap().len(), 14);
        validate(
            &dir,
            "compiled/service_package.json",
            std::slice::from_ref(&export["services"]),
        );
        validate(
            &dir,
            "compiled/organization_package.json",
            std::slice::from_ref(&export["organizations"]),
        );
    }
}
db_test!(the_hsds_api_and_export_validate_against_the_schemas);

async fn each_language_is_its_own_view(app: TestApp) {
    crate::support::people::seed_directory(&app).await;
    let mut client = app.client();
    let search = |lang: &str| format!("/api/hsds/anderlecht/services?lang={lang}&search=schulden");
    let nl = client
        .api(Method::GET, &search("nl"), None, None)
        .await
        .json();
    assert_eq!(nl["total_items"], 1);
    assert_eq!(nl["contents"][0]["name"], "Schuldbemiddeling");
    assert_eq!(
        nl["contents"][0]["alternate_name"],
        "Service de médiation de dettes"
    );
    let fr = client
        .api(Method::GET, &search("fr"), None, None)
        .await
        .json();
    assert_eq!(fr["contents"][0]["name"], "Service de médiation de dettes");
    assert_eq!(
        fr["contents"][0]["id"], nl["contents"][0]["id"],
        "the same record in both views"
    );
    let id = fr["contents"][0]["id"].as_str().unwrap().to_string();
    let full = client
        .api(
            Method::GET,
            &format!("/api/hsds/anderlecht/services/{id}?lang=nl"),
            None,
            None,
        )
        .await
        .json();
    assert!(full["schedules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["byday"] == "MO" && s["opens_at"] == "09:00"));
    assert!(full["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["taxonomy_term"]["code"] == "debt"));
    // Stable ids for derived records across calls.
    let again = client
        .api(
            Method::GET,
            &format!("/api/hsds/anderlecht/services/{id}?lang=fr"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(full["phones"][0]["id"], again["phones"][0]["id"]);

    let bad = client
        .api(
            Method::GET,
            "/api/hsds/anderlecht/services?lang=de",
            None,
            None,
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        client
            .api(Method::GET, "/api/hsds/nowhere/services", None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Another coordination's record is not found here.
    assert_eq!(
        client
            .api(
                Method::GET,
                &format!("/api/hsds/koekelberg/services/{id}"),
                None,
                None
            )
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
db_test!(each_language_is_its_own_view);

/// What an export says, without identifiers (records imported into another coordination get
/// their own) — the directory's content.
fn content(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| *k != "id" && !k.ends_with("_id"))
                .map(|(k, v)| (k.clone(), content(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(content).collect()),
        other => other.clone(),
    }
}

async fn export(client: &mut crate::support::Client, slug: &str, lang: &str) -> Value {
    let response = client
        .api(
            Method::GET,
            &format!("/api/hsds/{slug}/export?lang={lang}"),
            None,
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    response.json()
}

async fn an_export_imported_into_an_empty_coordination_gives_back_the_same_directory(app: TestApp) {
    crate::support::people::seed_directory(&app).await;
    let (molenbeek, mut coordinator) = crate::support::people::empty_molenbeek(&app).await;
    let token = crate::api::create_token(&mut coordinator).await;
    let mut script = app.client();
    let (fr, nl) = (
        export(&mut script, "anderlecht", "fr").await,
        export(&mut script, "anderlecht", "nl").await,
    );
    let both = serde_json::json!({ "fr": fr, "nl": nl });
    let path = "/api/v1/coordinations/molenbeek/hsds/import";

    // A dry run reports everything it would create and stores nothing.
    let dry = script
        .api(Method::POST, path, Some(&token), Some(both.clone()))
        .await;
    assert_eq!(dry.status, StatusCode::OK, "{}", dry.body);
    let report = dry.json();
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["rejected"], 0, "{report:#}");
    assert_eq!(
        report["created"].as_u64(),
        Some(
            12 + 14
                + report["lines"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|l| l["kind"] == "location")
                    .count() as u64
        )
    );
    assert_eq!(
        export(&mut script, "molenbeek", "fr").await["services"],
        serde_json::json!([])
    );

    let done = script
        .api(
            Method::POST,
            &format!("{path}?dry_run=false"),
            Some(&token),
            Some(both.clone()),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    for lang in ["fr", "nl"] {
        let original = content(&export(&mut script, "anderlecht", lang).await);
        let copy = content(&export(&mut script, "molenbeek", lang).await);
        assert_eq!(copy["organizations"], original["organizations"], "{lang}");
        assert_eq!(copy["services"], original["services"], "{lang}");
    }
    // The same file again changes nothing.
    let again = script
        .api(
            Method::POST,
            &format!("{path}?dry_run=false"),
            Some(&token),
            Some(both),
        )
        .await
        .json();
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0)),
        "{again:#}"
    );
    // Citizens find the imported services.
    let found = script.get("/nl/molenbeek/map?q=schulden").await;
    assert!(found.body.contains("Schuldbemiddeling"));
    let audit: Vec<String> = socius::with_db!(app.db(), |p| {
        sqlx::query_scalar(
        "SELECT event FROM audit_log WHERE coordination_id = $1 AND event = 'directory.imported'"
    )
    .bind(molenbeek)
    .fetch_all(p)
    .await
    })
    .unwrap();
    assert_eq!(audit.len(), 2);
}

async fn bad_records_are_reported_and_nothing_existing_is_lost(app: TestApp) {
    crate::support::people::seed_directory(&app).await;
    let anderlecht = crate::support::people::coordination(&app, "anderlecht").await;
    crate::support::people::person(
        &app,
        "coord@anderlecht.test",
        socius::domain::Lang::Fr,
        &anderlecht,
        socius::platform::policy::Role::Coordinator,
    )
    .await;
    let mut coordinator = app.client();
    coordinator
        .login("coord@anderlecht.test", crate::support::PASSWORD)
        .await;
    let fr = export(&mut coordinator, "anderlecht", "fr").await;
    let relais = fr["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "Restaurant social Le Relais")
        .unwrap();
    let document = serde_json::json!({
        "language": "nl",
        "organizations": [
            // An existing organisation renamed in Dutch: only what the record carries changes.
            { "id": relais["id"], "name": "Sociaal restaurant Het Relais" },
            // A new one without a name and with a wrong company number: refused with the reasons.
            { "id": "new-bad", "description": "Nieuwe vzw", "tax_id": "0417.497.107" },
            { "id": "new-good", "name": "Buurthuis De Linde", "website": "https://linde.example",
              "locations": [{ "id": "linde-1", "addresses": [{ "address_1": "Lindestraat 3", "postal_code": "1070" }] }] }
        ],
        "services": [
            { "id": "orphan", "organization_id": "nobody", "name": "Wees" },
            { "id": "linde-koffie", "organization_id": "new-good", "name": "Koffiehoek", "status": "active",
              "schedules": [{ "freq": "WEEKLY", "byday": "MO,WE", "opens_at": "14:00", "closes_at": "17:00" }],
              "service_at_locations": [{ "location_id": "linde-1" }] }
        ]
    });
    let page = coordinator.get("/fr/anderlecht/map/import").await;
    let csrf = page.csrf_in_query();
    let bytes = serde_json::to_vec(&document).unwrap();
    let empty = coordinator
        .post_multipart(
            &format!("/fr/anderlecht/map/import?_csrf={csrf}"),
            &[("dry_run", "on")],
            &[],
        )
        .await;
    assert_eq!(
        empty.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an upload without a file is refused"
    );
    assert!(empty.body.contains("aucune organisation"));
    let dry = coordinator
        .post_multipart(
            &format!("/fr/anderlecht/map/import?_csrf={csrf}"),
            &[("dry_run", "on")],
            &[("file", "linde.json", &bytes)],
        )
        .await;
    assert_eq!(dry.status, StatusCode::OK, "{}", dry.body);
    assert!(dry.body.contains("a été enregistré"));
    assert!(
        dry.body.contains("entreprise (BCE)"),
        "the KBO refusal names the field"
    );
    assert!(!coordinator
        .get("/nl/anderlecht/map?q=koffiehoek")
        .await
        .body
        .contains("Koffiehoek"));
    // Without the token the upload is refused.
    let forged = coordinator
        .post_multipart(
            "/fr/anderlecht/map/import",
            &[],
            &[("file", "linde.json", &bytes)],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let done = coordinator
        .post_multipart(
            &format!("/fr/anderlecht/map/import?_csrf={csrf}"),
            &[],
            &[("file", "linde.json", &bytes)],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.body.contains("Import terminé"));
    let outcomes: Vec<(String, String)> = done
        .body
        .split("<tr class=\"outcome-")
        .skip(1)
        .map(|row| {
            let outcome = row.split('"').next().unwrap().to_string();
            let id = row
                .split("<span class=\"meta\">")
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_string();
            (id, outcome)
        })
        .collect();
    let relais_id = relais["id"].as_str().unwrap().to_string();
    assert_eq!(
        outcomes,
        [
            (relais_id.clone(), "updated".to_string()),
            ("new-bad".into(), "rejected".into()),
            ("new-good".into(), "created".into()),
            ("linde-1".into(), "created".into()),
            ("orphan".into(), "rejected".into()),
            ("linde-koffie".into(), "created".into()),
        ]
    );
    let nl = export(&mut coordinator, "anderlecht", "nl").await;
    let renamed = nl["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == relais["id"])
        .unwrap();
    assert_eq!(renamed["name"], "Sociaal restaurant Het Relais");
    assert_eq!(
        renamed["alternate_name"], "Restaurant social Le Relais",
        "the French name is kept"
    );
    assert_eq!(
        renamed["description"],
        relais_description(&fr_nl(&app).await),
        "the description is kept"
    );
    let found = coordinator.get("/nl/anderlecht/map?q=koffiehoek").await;
    assert!(found.body.contains("Koffiehoek"));
}

async fn fr_nl(app: &TestApp) -> Value {
    let mut client = app.client();
    export(&mut client, "anderlecht", "nl").await
}

fn relais_description(nl: &Value) -> Value {
    nl["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["alternate_name"] == "Restaurant social Le Relais")
        .map(|o| o["description"].clone())
        .unwrap()
}

db_test!(an_export_imported_into_an_empty_coordination_gives_back_the_same_directory);
db_test!(bad_records_are_reported_and_nothing_existing_is_lost);
