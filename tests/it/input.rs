//! Odd bytes in what people and scripts send: control characters never reach the database nor
//! make a server error, in forms, query strings and the API; on both backends.

use axum::http::{Method, StatusCode};

use crate::db_test;
use crate::support::membership::setup;
use crate::support::TestApp;

async fn text(app: &TestApp, sql: &str) -> String {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(sql).fetch_one(p).await).unwrap()
}

async fn control_characters_never_reach_the_database(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let mut visitor = app.client();
    let form = "/fr/anderlecht/join";
    let sent = visitor
        .fill(
            form,
            form,
            &[
                ("name", "Maison\u{0} des femmes\u{7}"),
                ("email", "info@mdf.example"),
                ("address", "Rue Wayez 1,\u{1b} 1070 Anderlecht"),
                ("motivation", "Ligne 1\r\nLigne 2\u{0}"),
                ("contact_name", "Inès\u{0}"),
                ("contact_email", "ines@mdf.example"),
                ("contact_lang", "fr"),
                ("themes", "housing"),
                ("signature_name", "Inès"),
                ("signature_consent", "on"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(
        text(&app, "SELECT name FROM memberships").await,
        "Maison des femmes"
    );
    assert_eq!(
        text(&app, "SELECT motivation FROM memberships").await,
        "Ligne 1\nLigne 2",
        "line breaks are kept"
    );

    // Query strings: the map's filters, the audit log's, the archive's search.
    for path in [
        "/fr/anderlecht/map?theme=%00",
        "/fr/anderlecht/map?q=logement%00%07",
        "/fr/anderlecht/audit?event=%00page.updated",
        "/fr/anderlecht/meetings?q=%00",
        "/fr/anderlecht/members?status=%00",
    ] {
        let answer = coordinator.get(path).await;
        assert!(
            answer.status.is_success(),
            "{path} answered {}",
            answer.status
        );
    }

    // The JSON API refuses what its document excludes (a page's text holds no control
    // characters), and says which field.
    let token = crate::api::create_token(&mut coordinator).await;
    let put_privacy = async |body: serde_json::Value| {
        app.client()
            .api(
                Method::PUT,
                "/api/v1/coordinations/anderlecht/pages/privacy",
                Some(&token),
                Some(body),
            )
            .await
    };
    let put =
        put_privacy(serde_json::json!({ "body_fr": "Texte\u{0} FR", "body_nl": "Tekst\u{8} NL" }))
            .await;
    assert_eq!(put.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", put.body);
    assert!(
        put.json()["error"]["fields"]["body_fr"].is_string(),
        "{}",
        put.body
    );
    let stored: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM coordination_pages WHERE page = 'privacy'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(stored, 0);
    // Its length limit counts what was sent: spaces around a text too long still make it too long.
    let padded = format!(
        "{}   ",
        "x".repeat(socius::platform::web::fields::limits::PAGE - 1)
    );
    let put = put_privacy(serde_json::json!({ "body_fr": padded, "body_nl": "" })).await;
    assert_eq!(put.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", put.body);
    let listed = app
        .client()
        .api(
            Method::GET,
            "/api/v1/coordinations/anderlecht/audit?event=%00",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
}

db_test!(control_characters_never_reach_the_database);

/// Values outside what the field means come back with a message beside the field and as typed:
/// a theme that is not one of the themes, a meeting in 1850, a mandate ending in 2150.
async fn out_of_bounds_values_are_refused_beside_their_field(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let new_body = "/fr/anderlecht/bodies/new";
    let refused = coordinator
        .submit(
            new_body,
            new_body,
            &[
                ("kind", "working_group"),
                ("name_fr", "Groupe santé"),
                ("theme", "pas-un-theme"),
            ],
        )
        .await;
    let (message, _) = refused.refused_field("theme");
    assert!(message.contains("Choisissez"), "{message}");
    assert_eq!(refused.field("name_fr").0, "Groupe santé");

    let created = coordinator
        .submit(
            new_body,
            new_body,
            &[("kind", "working_group"), ("name_fr", "Groupe santé")],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let group: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM bodies WHERE name_fr = 'Groupe santé'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let new_meeting = format!("/fr/anderlecht/bodies/{group}/meetings/new");
    let refused = coordinator
        .submit(
            &new_meeting,
            &new_meeting,
            &[
                ("title_fr", "Plénière"),
                ("date", "1850-03-12"),
                ("time", "09:30"),
                ("duration", "120"),
                ("place_fr", "CPAS"),
            ],
        )
        .await;
    let (_, typed) = refused.refused_field("date");
    assert_eq!(typed, "1850-03-12");
}

db_test!(out_of_bounds_values_are_refused_beside_their_field);

/// A field sent twice is read as its first value (as a browser sends it once), and a language
/// that is not one comes back on the account page with a message: never a page saying nothing.
async fn repeated_and_unknown_fields_get_an_answer_about_the_form(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let new_body = "/fr/anderlecht/bodies/new";
    let csrf = coordinator.get(new_body).await.csrf();
    let created = coordinator
        .post_raw(
            new_body,
            &[
                ("_csrf", &csrf),
                ("kind", "working_group"),
                ("name_fr", "Groupe jeunesse"),
                ("name_fr", "Autre nom"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert_eq!(
        text(
            &app,
            "SELECT name_fr FROM bodies WHERE kind = 'working_group'"
        )
        .await,
        "Groupe jeunesse"
    );

    let account = coordinator.get("/fr/account").await;
    let csrf = account.csrf();
    let changed = coordinator
        .post_raw("/fr/account/language", &[("_csrf", &csrf), ("lang", "xx")])
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let shown = coordinator.get(changed.location()).await;
    let html = scraper::Html::parse_document(&shown.body);
    let flash = scraper::Selector::parse(".flash").unwrap();
    let flash: String = html.select(&flash).flat_map(|f| f.text()).collect();
    assert!(flash.contains("Choisissez"), "{flash}");
}

db_test!(repeated_and_unknown_fields_get_an_answer_about_the_form);
