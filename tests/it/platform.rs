use axum::http::StatusCode;

use crate::db_test;
use crate::support::{Backend, TestApp, TestDb, PASSWORD};

/// Both migration sets must describe the same database: columns with their type class and
/// nullability, indexes and foreign keys.
#[tokio::test]
async fn sqlite_and_postgres_schemas_match() {
    let Some(pg) = TestDb::create(Backend::Postgres).await else {
        return;
    };
    let sqlite = TestDb::create(Backend::Sqlite).await.unwrap();
    let mut schemas = Vec::new();
    for db in [&sqlite, &pg] {
        let handle = socius::platform::db::Db::connect(&db.url).await.unwrap();
        handle.migrate().await.unwrap();
        schemas.push(handle.schema().await.unwrap());
        handle.close().await;
    }
    let count = |kind: &str| schemas[0].iter().filter(|l| l.starts_with(kind)).count();
    assert!(count("column ") > 300 && count("index ") + count("unique index ") > 30);
    assert!(count("foreign key ") > 50);
    let only = |a: &Vec<String>, b: &Vec<String>| -> Vec<String> {
        a.iter().filter(|l| !b.contains(l)).cloned().collect()
    };
    let (sqlite_only, postgres_only) = (
        only(&schemas[0], &schemas[1]),
        only(&schemas[1], &schemas[0]),
    );
    assert!(
        sqlite_only.is_empty() && postgres_only.is_empty(),
        "only on SQLite:\n{}\nonly on PostgreSQL:\n{}",
        sqlite_only.join("\n"),
        postgres_only.join("\n")
    );
}

/// A child row is found from its parent through an index: the pages that list a service's phones
/// or contacts, and every `ON DELETE` of a parent, would otherwise read the whole child table. Both
/// migration sets have the same indexes (above), so SQLite's catalogue answers for both. Keys to
/// the coordination (every table is read through its own tenant-scoped indexes, and a coordination
/// is removed once in its life), to a user (kept for who did what; an erasure is rare) and to the
/// reference tables (never deleted) are left out.
#[tokio::test]
async fn every_foreign_key_to_a_feature_row_leads_an_index() {
    let db = TestDb::create(Backend::Sqlite).await.unwrap();
    let handle = socius::platform::db::Db::connect(&db.url).await.unwrap();
    handle.migrate().await.unwrap();
    let unindexed: Vec<(String, String)> = socius::with_db!(&handle, |p| {
        sqlx::query_as(
        "SELECT m.name, f.\"from\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
         AND f.\"table\" NOT IN ('coordinations', 'users', 'municipalities', 'basins', 'rights') \
         AND NOT EXISTS ( \
           SELECT 1 FROM pragma_index_list(m.name) i JOIN pragma_index_info(i.name) c \
           WHERE c.seqno = 0 AND c.name = f.\"from\") \
         ORDER BY 1, 2"
    )
    .fetch_all(p)
    .await
    })
    .unwrap();
    handle.close().await;
    assert!(
        unindexed.is_empty(),
        "foreign keys without an index that starts with their column:\n{}",
        unindexed
            .iter()
            .map(|(table, column)| format!("{table}.{column}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

async fn reference_data_is_seeded(app: TestApp) {
    let count: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM municipalities"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(count, 19);
    let brussels: Vec<String> = socius::with_db!(app.db(), |p| {
        sqlx::query_scalar(
        "SELECT basin_code FROM municipality_basins WHERE nis_code = '21004' ORDER BY basin_code"
    )
    .fetch_all(p)
    .await
    })
    .unwrap();
    assert_eq!(
        brussels,
        ["centre-west", "north", "south"],
        "Bruxelles spans three basins"
    );
    // Seeding again changes nothing.
    app.db().migrate().await.unwrap();
    let again: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM municipality_basins"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(
        again, 21,
        "5 + 3 + 3 + 6 + 4 memberships, Bruxelles counted in three"
    );
}
db_test!(reference_data_is_seeded);

async fn error_pages_are_translated_and_show_no_internals(app: TestApp) {
    let mut client = app.client();
    let missing = client.get("/nl/nergens/").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(
        missing.body.contains("<html lang=\"nl\">")
            && missing.body.contains("Pagina niet gevonden")
    );
    let fallback = client.get("/fr/a/b/c/d/e").await;
    assert_eq!(fallback.status, StatusCode::NOT_FOUND);
    assert!(fallback.body.contains("Page introuvable"));
    let method = client.post_raw("/healthz", &[]).await;
    assert!(method.status.is_client_error());
    // A malformed path parameter is an axum rejection with a plain-text body: it is replaced.
    client.get("/fr/login").await;
    let bad = client.get("/fr/admin/outbox/not-a-number").await;
    assert!(bad.status.is_client_error() || bad.status.is_redirection());
    assert!(!bad.body.contains("Cannot parse"), "{}", bad.body);
}
db_test!(error_pages_are_translated_and_show_no_internals);

async fn responses_carry_security_headers(app: TestApp) {
    let mut client = app.client();
    let page = client.get("/fr/").await;
    let csp = page.header("content-security-policy");
    assert!(
        csp.contains("script-src 'self'")
            && !csp.contains("unsafe-inline")
            && csp.contains("frame-ancestors 'none'")
    );
    assert_eq!(page.header("x-content-type-options"), "nosniff");
    assert_eq!(page.header("referrer-policy"), "same-origin");
    assert_eq!(
        page.header("strict-transport-security"),
        "",
        "no HSTS over plain http"
    );
    assert!(
        !page.body.contains("<script"),
        "pages work without JavaScript"
    );

    let css_url = page
        .body
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert!(
        css_url.starts_with("/static/socius-") && css_url.ends_with(".css"),
        "content-hashed: {css_url}"
    );
    let css = client.get(&css_url).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.header("cache-control").contains("immutable"));
    assert!(css.body.contains("@media print"), "a print stylesheet");
}
db_test!(responses_carry_security_headers);

#[tokio::test]
async fn https_deployments_get_hsts_and_secure_cookies() {
    let app = TestApp::start_with(Backend::Sqlite, |c| {
        c.base_url = "https://socius.example".into()
    })
    .await
    .unwrap();
    app.world().await;
    let mut client = app.client();
    let page = client.get("/fr/login").await;
    assert!(page
        .header("strict-transport-security")
        .contains("max-age="));
    let signed_in = client.login("coord@anderlecht.test", PASSWORD).await;
    assert!(signed_in.header("set-cookie").contains("Secure"));
}

async fn health_and_metrics(app: TestApp) {
    let mut client = app.client();
    let health = client.get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.json()["database"], "ok");
    assert_eq!(health.json()["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        client.get("/metrics").await.status,
        StatusCode::FORBIDDEN,
        "not for the public"
    );

    // A database not migrated to this binary's last migration is not ready.
    let last: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT MAX(version) FROM _sqlx_migrations"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let forget = format!("UPDATE _sqlx_migrations SET success = FALSE WHERE version = {last}");
    socius::with_db!(app.db(), |p| sqlx::query(&forget)
        .execute(p)
        .await
        .map(|_| ()))
    .unwrap();
    let behind = client.get("/healthz").await;
    assert_eq!(behind.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        (
            behind.json()["database"].as_str(),
            behind.json()["schema"].as_str()
        ),
        (Some("ok"), Some("other"))
    );

    // An unreachable database is a 503, not a wait for the pool's own timeout.
    app.db().close().await;
    let down = client.get("/healthz").await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(down.json()["database"], "unreachable");
}
db_test!(health_and_metrics);

#[tokio::test]
async fn metrics_answer_with_the_token() {
    let app = TestApp::start_with(Backend::Sqlite, |c| {
        c.metrics_token = Some(socius::config::Secret::new("scrape-me"))
    })
    .await
    .unwrap();
    let mut client = app.client();
    client.get("/fr/").await;
    let request = axum::http::Request::get("/metrics")
        .header("authorization", "Bearer scrape-me")
        .body(axum::body::Body::empty())
        .unwrap();
    let metrics = client.send(request).await;
    assert_eq!(metrics.status, StatusCode::OK);
    assert!(
        metrics.body.contains(
            "socius_http_requests_total{method=\"GET\",route=\"/{lang}/\",status=\"200\"} 1"
        ),
        "{}",
        metrics.body
    );
    assert!(metrics
        .body
        .contains("socius_http_request_duration_seconds_bucket"));
    assert!(metrics.body.contains("# TYPE socius_outbox_messages gauge"));
    // With a token configured, a loopback client needs it too.
    assert_eq!(
        client.send(metrics_from_loopback()).await.status,
        StatusCode::FORBIDDEN
    );
}

/// Without a token, only loopback clients read the metrics.
#[tokio::test]
async fn metrics_answer_loopback_clients_when_no_token_is_set() {
    let app = TestApp::start(Backend::Sqlite).await.unwrap();
    let mut client = app.client();
    assert_eq!(
        client.send(metrics_from_loopback()).await.status,
        StatusCode::OK
    );
}

/// `GET /metrics` as a client on this machine sends it (without a token).
fn metrics_from_loopback() -> axum::http::Request<axum::body::Body> {
    let mut local = axum::http::Request::get("/metrics")
        .body(axum::body::Body::empty())
        .unwrap();
    local
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(std::net::SocketAddr::from((
            [127, 0, 0, 1],
            40000,
        ))));
    local
}

/// The app runs on a real port and stops cleanly on its shutdown signal.
#[tokio::test]
async fn the_server_serves_on_a_real_port_and_shuts_down_gracefully() {
    let db = TestDb::create(Backend::Sqlite).await.unwrap();
    let state = socius::app::prepare(crate::support::test_config(&db.url))
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(socius::app::run(state, listener, async {
        let _ = stopped.await;
    }));
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    stop.send(()).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(10), server)
        .await
        .expect("stops within 10 s")
        .unwrap()
        .unwrap();
}

/// A coordination named like a platform page would be shadowed by it (`/fr/region/…` is the
/// regional observatory): every static segment of the router is a reserved slug.
#[test]
fn reserved_slugs_cover_every_static_segment_of_the_router() {
    let mut checked = 0;
    for route in crate::support::registered_routes() {
        let segments: Vec<&str> = route.trim_start_matches('/').split('/').collect();
        let first = match segments.as_slice() {
            ["{lang}", next, ..] => *next,
            [first, ..] => *first,
            [] => continue,
        };
        if first.is_empty() || first.starts_with('{') {
            continue;
        }
        checked += 1;
        assert_eq!(
            socius::domain::Slug::parse(first),
            Err("error-slug-reserved"),
            "`{first}` (from {route}) must be a reserved slug"
        );
    }
    assert!(checked > 20, "the routes were read");
}

/// Only the JSON API skips the CSRF check, and it is its own router: a page under `/api/` does
/// not exist (`{lang}` is only a language), so a signed-in person's language cannot be changed by
/// another site posting to `/api/account/language`.
async fn no_page_escapes_the_csrf_check_by_its_path(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    client
        .login("member@anderlecht.test", crate::support::PASSWORD)
        .await;
    for path in ["/api/account/language", "/static/account/language"] {
        let forged = client.post_raw(path, &[("lang", "en")]).await;
        assert!(
            [
                StatusCode::NOT_FOUND,
                StatusCode::FORBIDDEN,
                StatusCode::METHOD_NOT_ALLOWED
            ]
            .contains(&forged.status),
            "{path}: {}",
            forged.status
        );
    }
    let lang: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT lang FROM users WHERE email = 'member@anderlecht.test'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(lang, "nl", "the language did not change");
    // Without a token the real page refuses too; with it, it works.
    let refused = client
        .post_raw("/fr/account/language", &[("lang", "en")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(client.get("/xx/login").await.status, StatusCode::NOT_FOUND);
}
db_test!(no_page_escapes_the_csrf_check_by_its_path);

/// A body over the limit is a translated 413 page that keeps the security headers.
async fn errors_keep_the_armour(app: TestApp) {
    let mut client = app.client();
    let too_large = axum::http::Request::post("/fr/login")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("content-length", (21 * 1024 * 1024).to_string())
        .body(axum::body::Body::from(vec![b'a'; 21 * 1024 * 1024]))
        .unwrap();
    let refused = client.send(too_large).await;
    assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(refused
        .header("content-security-policy")
        .contains("frame-ancestors 'none'"));
    assert_eq!(refused.header("x-content-type-options"), "nosniff");
    let html = scraper::Html::parse_document(&refused.body);
    let main = scraper::Selector::parse("main").unwrap();
    let text: String = html.select(&main).flat_map(|m| m.text()).collect();
    assert!(text.contains("trop volumineuses"), "{}", refused.body);
    // An unknown method is answered 405 by the router, before any CSRF check, as a page.
    for (method, path) in [("DELETE", "/fr/login"), ("POST", "/nl/accessibility")] {
        let request = axum::http::Request::builder()
            .method(method)
            .uri(path)
            .body(axum::body::Body::empty())
            .unwrap();
        let answered = client.send(request).await;
        assert_eq!(
            answered.status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        assert_eq!(answered.header("x-content-type-options"), "nosniff");
        assert!(answered.header("allow").contains("GET"), "{method} {path}");
    }
}
db_test!(errors_keep_the_armour);
