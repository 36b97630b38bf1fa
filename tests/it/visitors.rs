//! Visitors leave nothing behind: reading public pages creates no session, writes no row and sets
//! no cookie; the public forms carry a signed token instead of a session's, and still refuse a
//! missing, forged or expired one, or one posted from another site.

use axum::http::{header, StatusCode};

use crate::authz::matrix;
use crate::crawl::crawl;
use crate::db_test;
use crate::support::{Client, TestApp, PASSWORD};

async fn sessions(app: &TestApp) -> i64 {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM sessions"
    )
    .fetch_one(p)
    .await)
    .unwrap()
}

/// Every page route a visitor may ask for (one path per route pattern, from the authorization
/// matrix) and every page a visitor reaches by following links on the demo's public site.
async fn a_visitor_reading_every_page_leaves_nothing_behind(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let before = sessions(&app).await;
    let paths: Vec<String> = matrix(1, 1)
        .into_iter()
        .filter(|row| row.0 == "GET" && !row.2.starts_with("/api/"))
        .map(|row| row.2)
        .collect();
    for path in &paths {
        let page = app.client().get(path).await;
        assert!(
            page.headers.get(header::SET_COOKIE).is_none(),
            "{path} ({}) sets {:?}",
            page.status,
            page.headers.get(header::SET_COOKIE)
        );
    }
    let mut visitor = app.client();
    let mut failures = Vec::new();
    let read = crawl(
        &mut visitor,
        &["/fr/", "/nl/anderlecht/"],
        &mut failures,
        "visitor",
    )
    .await;
    assert!(failures.is_empty(), "{failures:?}");
    assert!(
        read.len() > 30,
        "the public site was read: {} pages",
        read.len()
    );
    assert!(visitor.cookies.is_empty(), "{:?}", visitor.cookies);
    assert_eq!(sessions(&app).await, before, "no session was written");
}
db_test!(a_visitor_reading_every_page_leaves_nothing_behind);

async fn post(
    visitor: &mut Client,
    path: &str,
    origin: Option<&str>,
    fields: &[(&str, &str)],
) -> StatusCode {
    visitor.origin = origin.map(str::to_string);
    visitor.post_raw(path, fields).await.status
}

/// The join form, filled by a visitor: accepted with the page's signed token from our own pages
/// (and from a client that names no origin), refused without it, with a forged or stretched one,
/// or from another site; a signed-in person's forms need their session's token.
async fn public_forms_take_a_signed_token_and_refuse_forged_ones(app: TestApp) {
    app.world().await;
    let form = "/fr/anderlecht/join";
    let mut visitor = app.client();
    let token = visitor.get(form).await.csrf();
    let (expiry, signature) = token.split_once('.').expect("an expiry and a signature");
    let fields = |csrf: &'static str| {
        let mut fields = vec![
            ("name", "Épicerie du Midi"),
            ("email", "info@midi.example"),
            ("address", "Rue Wayez 1, 1070 Anderlecht"),
            ("motivation", "Travailler ensemble."),
            ("themes", "housing"),
            ("contact_name", "Ana Costa"),
            ("contact_email", "ana@midi.example"),
            ("contact_lang", "fr"),
            ("signature_name", "Ana Costa"),
            ("signature_consent", "on"),
        ];
        if !csrf.is_empty() {
            fields.push(("_csrf", csrf));
        }
        fields
    };
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let stretched = leak(format!(
        "{}.{signature}",
        expiry.parse::<i64>().unwrap() + 86_400
    ));
    let forged = leak(format!("{expiry}.{}", "0".repeat(signature.len())));
    let real = leak(token.clone());
    let ours = app.state.config.base_url().to_string();
    for (csrf, origin) in [
        ("", None),
        (forged, None),
        (stretched, None),
        (real, Some("https://elsewhere.example")),
        (real, Some("null")),
    ] {
        let status = post(&mut visitor, form, origin, &fields(csrf)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{csrf:?} from {origin:?}");
    }
    assert_eq!(
        post(&mut visitor, form, Some(&ours), &fields(real)).await,
        StatusCode::SEE_OTHER
    );
    // A person signed in must use their session's token, not a visitor's.
    let mut member = app.client();
    member.login("member@anderlecht.test", PASSWORD).await;
    let visitor_token = leak(app.client().get("/fr/anderlecht/join").await.csrf());
    let status = post(
        &mut member,
        "/fr/anderlecht/join",
        None,
        &[("_csrf", visitor_token)],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
db_test!(public_forms_take_a_signed_token_and_refuse_forged_ones);

fn etag(page: &crate::support::TestResponse) -> String {
    page.header("etag").to_string()
}

/// A visitor's page carries an `ETag` and may be kept a minute; asked again with it, the answer
/// is `304` until something the page shows changes — in its coordination only, or anywhere for
/// the region's pages — including a change made by another process, seen within a second.
/// Signed-in pages, pages with a one-time form key and personal links are never shared.
async fn public_pages_are_cached_until_what_they_show_changes(app: TestApp) {
    app.coordination("koekelberg", "Koecoon", "Koecoon").await;
    let mut coordinator = crate::support::membership::setup(&app).await;
    let mut visitor = app.client();
    let home = visitor.get("/fr/anderlecht/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert_eq!(home.header("cache-control"), "public, max-age=60");
    assert!(home.header("vary").contains("Cookie"));
    let first = etag(&home);
    assert!(first.starts_with("W/\""), "{first}");
    let unchanged = visitor.send(conditional("/fr/anderlecht/", &first)).await;
    assert_eq!(unchanged.status, StatusCode::NOT_MODIFIED);
    assert!(unchanged.body.is_empty());
    let dutch = etag(&visitor.get("/nl/anderlecht/").await);
    assert_ne!(dutch, first, "each language its own");
    let koekelberg = etag(&visitor.get("/fr/koekelberg/").await);
    let region = etag(&visitor.get("/fr/").await);
    assert!(!koekelberg.is_empty() && !region.is_empty());

    crate::support::membership::publish(&mut coordinator, "Charte révisée.", "Herziene charter.")
        .await;
    let changed = visitor.send(conditional("/fr/anderlecht/", &first)).await;
    assert_eq!(changed.status, StatusCode::OK, "a change in Anderlecht");
    assert_ne!(etag(&changed), first);
    assert_eq!(etag(&visitor.get("/fr/koekelberg/").await), koekelberg);
    assert_ne!(etag(&visitor.get("/fr/").await), region);

    // Another process's change reaches this one within a second.
    let before = etag(&visitor.get("/fr/koekelberg/").await);
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE coordinations SET name_nl = 'Koecoon vzw' WHERE slug = 'koekelberg'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_ne!(etag(&visitor.get("/fr/koekelberg/").await), before);

    let signed_in = coordinator.get("/fr/anderlecht/").await;
    assert_eq!(signed_in.header("cache-control"), "no-store");
    assert!(signed_in.headers.get("etag").is_none());
    let join = visitor.get("/fr/anderlecht/join").await;
    assert_eq!(join.status, StatusCode::OK);
    assert_eq!(
        join.header("cache-control"),
        "no-store",
        "its one-time key is this visitor's"
    );
    let link = visitor.get("/fr/anderlecht/verify/not-a-token").await;
    assert!(link.headers.get("etag").is_none());
}
db_test!(public_pages_are_cached_until_what_they_show_changes);

fn conditional(path: &str, tag: &str) -> axum::http::Request<axum::body::Body> {
    axum::http::Request::builder()
        .uri(path)
        .header(header::IF_NONE_MATCH, tag)
        .body(axum::body::Body::empty())
        .unwrap()
}

/// Every table a coordination's rows live in either bumps the content version when it changes
/// or is declared as shown on no public page, with the reason.
async fn every_table_public_pages_read_bumps_the_content_version(app: TestApp) {
    let columns = app.db().columns().await.unwrap();
    let tables: std::collections::BTreeSet<String> = columns
        .iter()
        .filter(|c| c.name == "coordination_id" && c.table != "content_versions")
        .map(|c| c.table.clone())
        .collect();
    let triggers: Vec<String> = match app.db().backend() {
        socius::platform::db::Backend::Sqlite => socius::with_db!(app.db(), |p| {
            sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                .fetch_all(p)
                .await
        }),
        socius::platform::db::Backend::Postgres => socius::with_db!(app.db(), |p| {
            sqlx::query_scalar("SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal")
                .fetch_all(p)
                .await
        }),
    }
    .unwrap();
    let unseen = socius::platform::content_version::UNSEEN_TABLES;
    let mut wrong = Vec::new();
    for table in &tables {
        let bumps = triggers.iter().any(|t| {
            *t == format!("content_version_{table}")
                || *t == format!("content_version_{table}_update")
        });
        let declared = unseen.iter().any(|(t, _)| t == table);
        if bumps == declared {
            wrong.push(table.clone());
        }
    }
    assert!(
        wrong.is_empty(),
        "tables that must either bump the content version (a trigger in a migration) or be \
         listed in content_version::UNSEEN_TABLES: {wrong:?}"
    );
}
db_test!(every_table_public_pages_read_bumps_the_content_version);

/// A visitor's page is rendered once and kept in memory: the next visitor gets the very bytes
/// of the first (its form's signed token included, though a new rendering a second later would
/// sign a new expiry), until what the page shows changes.
async fn visitors_are_answered_from_memory_until_something_changes(app: TestApp) {
    let mut coordinator = crate::support::membership::setup(&app).await;
    let first = app.client().get("/fr/login").await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let second = app.client().get("/fr/login").await;
    // Across a quarter-hour the tag changes and the page is rendered anew, as it should.
    if etag(&first) == etag(&second) {
        assert_eq!(first.csrf(), second.csrf(), "the kept page");
    }
    crate::support::membership::publish(&mut coordinator, "Charte révisée.", "Herziene charter.")
        .await;
    let third = app.client().get("/fr/login").await;
    assert_ne!(etag(&third), etag(&second));
    assert_ne!(third.csrf(), second.csrf(), "rendered again");
    let head = app
        .client()
        .send(
            axum::http::Request::builder()
                .method("HEAD")
                .uri("/fr/login")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(head.status, StatusCode::OK);
    assert_eq!(etag(&head), etag(&third));
}
db_test!(visitors_are_answered_from_memory_until_something_changes);
