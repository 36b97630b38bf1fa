//! The HSDS import reads what other HSDS publishers write: every example of the specification, in
//! each of its shapes, and ids as they come.

use std::io::Write;
use std::path::PathBuf;

use axum::http::StatusCode;
use scraper::{Html, Selector};

use crate::db_test;
use crate::support::{Client, TestApp, TestResponse};

fn examples() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/hsds-3.0/examples"
    ))
}

async fn importer(app: &TestApp) -> Client {
    crate::support::people::empty_molenbeek(app).await.1
}

async fn upload(coordinator: &mut Client, name: &str, bytes: &[u8]) -> TestResponse {
    let csrf = coordinator
        .get("/fr/molenbeek/map/import")
        .await
        .csrf_in_query();
    coordinator
        .post_multipart(
            &format!("/fr/molenbeek/map/import?_csrf={csrf}"),
            &[],
            &[("file", name, bytes)],
        )
        .await
}

/// The report's lines: (kind, id shown, outcome, reasons).
fn lines(page: &TestResponse) -> Vec<(String, String, String, String)> {
    let html = Html::parse_document(&page.body);
    let rows = Selector::parse("tr[class^=outcome-]").unwrap();
    let cell = Selector::parse("td").unwrap();
    let id = Selector::parse(".meta").unwrap();
    html.select(&rows)
        .map(|row| {
            let cells: Vec<String> = row
                .select(&cell)
                .map(|c| c.text().collect::<String>())
                .collect();
            let outcome = row.value().attr("class").unwrap()["outcome-".len()..].to_string();
            let shown = row.select(&id).next().unwrap().text().collect::<String>();
            (cells[0].clone(), shown, outcome, cells[3].clone())
        })
        .collect()
}

/// The tabular form as publishers send it: the CSV files and `datapackage.json` in one zip.
fn zipped_tables() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for entry in std::fs::read_dir(examples().join("csv")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy();
        zip.start_file(format!("hsds/{name}"), options).unwrap();
        zip.write_all(&std::fs::read(&path).unwrap()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

async fn every_example_of_the_specification_imports_with_nothing_rejected(app: TestApp) {
    let mut coordinator = importer(&app).await;
    let mut files: Vec<(String, Vec<u8>)> = [
        "organization_full.json",
        "organization_list.json",
        "service_full.json",
        "service_list.json",
        "service_at_location_full.json",
        "service_at_location_list.json",
        "location.json",
        "tabular.json",
    ]
    .iter()
    .map(|name| {
        let path = examples().join(name);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        (name.to_string(), bytes)
    })
    .collect();
    files.push(("hsds-tabular.zip".into(), zipped_tables()));
    for (name, bytes) in &files {
        let page = upload(&mut coordinator, name, bytes).await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);
        let lines = lines(&page);
        assert!(!lines.is_empty(), "{name}: no record read");
        let rejected: Vec<_> = lines.iter().filter(|l| l.2 == "rejected").collect();
        assert!(rejected.is_empty(), "{name}: {rejected:#?}");
        // The specification's places are in the United States: said, not refused.
        for line in lines.iter().filter(|l| l.2 == "left_out") {
            assert!(line.3.contains("Région bruxelloise"), "{name}: {line:?}");
        }
    }
    // What was read is on the map, its other name standing for the other language.
    for (lang, name) in [
        ("fr", "Community Counselling"),
        ("nl", "MyCity Counselling Services"),
    ] {
        let found = coordinator
            .get(&format!("/{lang}/molenbeek/map?q=counselling"))
            .await;
        assert!(found.body.contains(name), "{lang}");
    }
    let organizations: i64 = socius::with_db!(app.db(), |p| {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM organizations o JOIN coordinations c ON c.id = o.coordination_id
             WHERE c.slug = 'molenbeek'",
        )
        .fetch_one(p)
        .await
    })
    .unwrap();
    assert_eq!(
        organizations, 1,
        "every example describes one organisation, read once whatever the shape"
    );
    // Files that describe no organisation and no service say so.
    let taxonomy = std::fs::read(examples().join("taxonomy_term_list.json")).unwrap();
    let refused = upload(&mut coordinator, "taxonomy_term_list.json", &taxonomy).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("aucune organisation"));
    let broken = upload(&mut coordinator, "broken.zip", b"PK\x03\x04 not a zip").await;
    assert_eq!(broken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(broken.body.contains("format tabulaire"));
}

async fn ids_are_checked_record_by_record(app: TestApp) {
    let mut coordinator = importer(&app).await;
    let long = "x".repeat(5000);
    let document = serde_json::json!({ "organizations": [
        { "id": "", "name": "Sans identifiant" },
        { "id": "../../etc/passwd", "name": "Chemin" },
        { "id": long, "name": "Trop long" },
        { "id": "org-1", "name": "Maison de quartier" },
        { "id": "org-1", "name": "Autre maison" },
        { "id": "org-2", "name": "Buurthuis", "alternate_name": "Maison de voisinage" },
        { "id": "D9D5E0F5-D3CE-4F73-9A2F-4DD0ECC6C610", "name": "Avec UUID" }
    ]});
    // Some editors write a byte-order mark first.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(serde_json::to_vec(&document).unwrap());
    let page = upload(&mut coordinator, "ids.json", &bytes).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let outcomes: Vec<(String, String)> = lines(&page)
        .into_iter()
        .map(|(_, id, outcome, _)| (id.chars().take(20).collect(), outcome))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("#1".to_string(), "rejected".to_string()),
            ("../../etc/passwd #2".into(), "rejected".into()),
            ("xxxxxxxxxxxxxxxxxxxx".into(), "rejected".into()),
            ("org-1".into(), "rejected".into()),
            ("org-2".into(), "created".into()),
            ("D9D5E0F5-D3CE-4F73-9".into(), "created".into()),
        ]
    );
    let reasons: Vec<String> = lines(&page).into_iter().map(|l| l.3).collect();
    assert!(reasons[2].contains("trop long"), "{}", reasons[2]);
    assert!(
        lines(&page)[2].1.chars().count() < 70,
        "a long id is shown cut"
    );
    assert!(reasons[3].contains("deux fiches différentes"));
    // Every stored id is a UUID: the file's when it is one, else one derived from it, the same at
    // every import.
    let uids = || async {
        socius::with_db!(app.db(), |p| {
            sqlx::query_scalar::<_, String>("SELECT uid FROM organizations ORDER BY uid")
                .fetch_all(p)
                .await
        })
        .unwrap()
    };
    let stored = uids().await;
    assert_eq!(stored.len(), 2);
    assert!(stored.contains(&"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610".to_string()));
    assert!(stored
        .iter()
        .all(|uid| uid.len() == 36 && uid.matches('-').count() == 4));
    let again = upload(&mut coordinator, "ids.json", &bytes).await;
    let unchanged = lines(&again).iter().filter(|l| l.2 == "unchanged").count();
    assert_eq!(unchanged, 2);
    assert_eq!(uids().await, stored);
}

/// A long import writes in batches: someone else's write goes through while it runs, instead of
/// waiting for its end (on SQLite, one writer at a time).
async fn others_write_while_a_long_import_runs(app: TestApp) {
    let (molenbeek, mut coordinator) = crate::support::people::empty_molenbeek(&app).await;
    let token = crate::api::create_token(&mut coordinator).await;
    let organizations: Vec<serde_json::Value> = (0..400)
        .map(
            |n| serde_json::json!({ "id": format!("org-{n}"), "name": format!("Association {n}") }),
        )
        .collect();
    let body = serde_json::json!({ "organizations": organizations });
    let stored = || async {
        socius::with_db!(app.db(), |p| {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM organizations WHERE coordination_id = $1",
            )
            .bind(molenbeek)
            .fetch_one(p)
            .await
        })
        .unwrap()
    };
    let import = async {
        let done = app
            .client()
            .api(
                axum::http::Method::POST,
                "/api/v1/coordinations/molenbeek/hsds/import?dry_run=false",
                Some(&token),
                Some(body),
            )
            .await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        std::time::Instant::now()
    };
    // Someone else writes as soon as the import has written its first batch.
    let other_writer = async {
        let seen = loop {
            let seen = stored().await;
            if seen > 0 {
                break seen;
            }
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        };
        socius::with_db!(app.db(), |p| {
            sqlx::query("UPDATE coordinations SET phone = '02 400 00 00' WHERE id = $1")
                .bind(molenbeek)
                .execute(p)
                .await
                .map(|done| done.rows_affected())
        })
        .unwrap();
        (seen, std::time::Instant::now())
    };
    let (import_done, (seen, written)) = futures::join!(import, other_writer);
    assert!(
        seen < 400,
        "the first batch was visible before the import ended"
    );
    assert!(
        written < import_done,
        "the other write did not wait for the whole import"
    );
    assert_eq!(stored().await, 400);
}

db_test!(every_example_of_the_specification_imports_with_nothing_rejected);
db_test!(others_write_while_a_long_import_runs);
db_test!(ids_are_checked_record_by_record);
