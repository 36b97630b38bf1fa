use axum::http::{Method, StatusCode};

use crate::db_test;
use crate::support::{Client, TestApp, PASSWORD};

pub async fn create_token(client: &mut Client) -> String {
    let created = client
        .submit("/fr/account", "/fr/account/tokens", &[("name", "rapport")])
        .await;
    assert_eq!(created.status, StatusCode::OK);
    created
        .body
        .split("class=\"token\">")
        .nth(1)
        .expect("the new token is shown once")
        .split('<')
        .next()
        .unwrap()
        .to_string()
}

async fn personal_tokens_give_scripts_the_same_rights_as_the_ui(app: TestApp) {
    app.world().await;
    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    let token = create_token(&mut coordinator).await;
    assert!(token.starts_with("socius_"));
    let stored: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT token_hash FROM api_tokens"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_ne!(stored, token, "tokens are stored hashed");
    assert!(
        !coordinator.get("/fr/account").await.body.contains(&token),
        "a token is shown only once"
    );

    let mut script = app.client();
    let me = script
        .api(Method::GET, "/api/v1/me", Some(&token), None)
        .await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.json()["email"], "coord@anderlecht.test");
    assert_eq!(me.json()["roles"][0]["role"], "coordinator");

    let put = script
        .api(
            Method::PUT,
            "/api/v1/coordinations/anderlecht/pages/privacy",
            Some(&token),
            Some(serde_json::json!({ "body_fr": "Via l'API", "body_nl": "Via de API" })),
        )
        .await;
    assert_eq!(put.status, StatusCode::OK, "{}", put.body);
    assert_eq!(put.json()["customised"], true);
    assert!(
        script
            .get("/nl/anderlecht/privacy")
            .await
            .body
            .contains("Via de API"),
        "the UI shows what the API stored"
    );

    // The API validates with the UI's rules and answers in JSON.
    let invalid = script
        .api(
            Method::PUT,
            "/api/v1/coordinations/anderlecht/pages/privacy",
            Some(&token),
            Some(serde_json::json!({ "body_fr": "", "body_nl": " " })),
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(invalid.json()["error"]["code"], "invalid");
    assert!(invalid.json()["error"]["fields"]["body_fr"].is_string());

    let audit = script
        .api(
            Method::GET,
            "/api/v1/coordinations/anderlecht/audit?event=page.updated",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(audit.json()["total"], 1);

    // A member's token cannot edit.
    let mut member = app.client();
    member.login("member@anderlecht.test", PASSWORD).await;
    let member_token = create_token(&mut member).await;
    let forbidden = script
        .api(
            Method::PUT,
            "/api/v1/coordinations/anderlecht/pages/privacy",
            Some(&member_token),
            Some(serde_json::json!({ "body_fr": "x", "body_nl": "y" })),
        )
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    assert_eq!(forbidden.json()["error"]["code"], "forbidden");

    // Revoked tokens stop working.
    let id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT MIN(id) FROM api_tokens"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    coordinator
        .submit(
            "/fr/account",
            &format!("/fr/account/tokens/{id}/revoke"),
            &[],
        )
        .await;
    assert_eq!(
        script
            .api(Method::GET, "/api/v1/me", Some(&token), None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        script
            .api(Method::GET, "/api/v1/me", Some("socius_made_up"), None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}
db_test!(personal_tokens_give_scripts_the_same_rights_as_the_ui);

async fn the_openapi_document_describes_the_api(app: TestApp) {
    let mut client = app.client();
    let doc = client.get("/api/openapi.json").await;
    assert_eq!(doc.status, StatusCode::OK);
    let json = doc.json();
    assert!(json["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/me",
        "/api/v1/coordinations",
        "/api/v1/coordinations/{coord}/pages/{page}",
        "/api/v1/coordinations/{coord}/audit",
    ] {
        assert!(json["paths"][path].is_object(), "{path} is documented");
    }
    // Every JSON API route registered in the source is in the document, the HSDS API's too.
    let routes = regex::Regex::new(r#"\.route\(\s*"(/api/(?:v1|hsds)/[^"]*)""#).unwrap();
    let mut checked = 0;
    for entry in walk(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))) {
        let source = std::fs::read_to_string(&entry).unwrap();
        for found in routes.captures_iter(&source) {
            let path = &found[1];
            assert!(
                json["paths"][path].is_object(),
                "{path} ({}) is not documented",
                entry.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "the scan finds the API routes");
    assert!(json["components"]["securitySchemes"]["bearer"].is_object());
    // Words are enums and numbers have bounds, so a script (and the fuzzer) knows what is refused.
    let query = |path: &str, name: &str| {
        json["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{path} documents {name}"))["schema"]
            .to_string()
    };
    let signals = "/api/v1/coordinations/{coord}/signals";
    assert!(query(signals, "kind").contains("SignalKind"));
    assert!(query(signals, "round").contains(r#""minimum":1"#));
    assert!(query("/api/v1/coordinations/{coord}/actions", "status").contains("ActionStatus"));
    let per_page = query("/api/hsds/{coord}/services", "per_page");
    assert!(per_page.contains(r#""maximum":100"#), "{per_page}");
    assert!(query("/api/hsds/{coord}/services", "lang").contains("ContentLang"));
    // What the document bounds, the API refuses (400), never clamps.
    app.coordination(
        "anderlecht",
        "Coordination sociale d'Anderlecht",
        "Sociale coördinatie Anderlecht",
    )
    .await;
    for path in [
        "/api/hsds/anderlecht/services?per_page=101",
        "/api/hsds/anderlecht/services?page=0",
        "/api/hsds/anderlecht/services?lang=en",
        "/api/v1/coordinations/anderlecht/signals?kind=everything",
    ] {
        let refused = client.api(Method::GET, path, None, None).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(refused.json()["error"]["code"], "bad_request", "{path}");
    }
}
db_test!(the_openapi_document_describes_the_api);

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

async fn api_errors_are_json_without_internals(app: TestApp) {
    let mut client = app.client();
    let missing = client
        .api(Method::GET, "/api/v1/coordinations/nowhere", None, None)
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.json()["error"]["code"], "not_found");
    let unknown = client
        .api(Method::GET, "/api/v1/nothing-here", None, None)
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let bad = client
        .api(
            Method::PUT,
            "/api/v1/coordinations/anderlecht/pages/privacy",
            Some("x"),
            Some(serde_json::json!({ "wrong": 1 })),
        )
        .await;
    assert!(bad.status.is_client_error());
    assert!(bad.json()["error"]["message"].is_string(), "{}", bad.body);
    assert!(
        !bad.body.contains("serde") && !bad.body.contains("missing field"),
        "no internals: {}",
        bad.body
    );
}
db_test!(api_errors_are_json_without_internals);
