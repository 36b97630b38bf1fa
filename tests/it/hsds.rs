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
    crate::directory::seed_directory(&app).await;
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
    crate::directory::seed_directory(&app).await;
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
