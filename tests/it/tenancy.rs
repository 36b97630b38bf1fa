use axum::http::{Method, StatusCode};

use crate::db_test;
use crate::support::{TestApp, PASSWORD};

/// A coordinator of Koekelberg can neither read nor change Anderlecht's data, whatever the route.
async fn coordinators_are_confined_to_their_coordination(app: TestApp) {
    app.world().await;
    let mut anderlecht = app.client();
    anderlecht.login("coord@anderlecht.test", PASSWORD).await;
    anderlecht
        .submit(
            "/fr/anderlecht/privacy/edit",
            "/fr/anderlecht/privacy/edit",
            &[
                ("body_fr", "Texte pour Anderlecht"),
                ("body_nl", "Tekst van Anderlecht"),
            ],
        )
        .await;

    let mut koekelberg = app.client();
    koekelberg.login("coord@koekelberg.test", PASSWORD).await;
    for path in [
        "/fr/anderlecht/audit",
        "/fr/anderlecht/people",
        "/fr/anderlecht/privacy/edit",
        "/fr/anderlecht/dashboard",
        "/fr/anderlecht/people/1/revoke?role=coordinator",
    ] {
        assert_eq!(
            koekelberg.get(path).await.status,
            StatusCode::FORBIDDEN,
            "GET {path}"
        );
    }
    let token = koekelberg.get("/fr/koekelberg/people").await.csrf();
    for (path, fields) in [
        (
            "/fr/anderlecht/privacy/edit",
            vec![("body_fr", "Piraté"), ("body_nl", "Gekaapt")],
        ),
        (
            "/fr/anderlecht/people",
            vec![
                ("email", "intruder@koekelberg.test"),
                ("name", "Intrus"),
                ("role", "coordinator"),
                ("lang", "fr"),
            ],
        ),
        (
            "/fr/anderlecht/people/2/revoke",
            vec![("role", "coordinator")],
        ),
    ] {
        let mut all = vec![("_csrf", token.as_str())];
        all.extend(fields);
        assert_eq!(
            koekelberg.post_raw(path, &all).await.status,
            StatusCode::FORBIDDEN,
            "POST {path}"
        );
    }
    let privacy = anderlecht.get("/fr/anderlecht/privacy").await;
    assert!(privacy.body.contains("Texte pour Anderlecht") && !privacy.body.contains("Piraté"));
    let people = anderlecht.get("/fr/anderlecht/people").await;
    assert!(!people.body.contains("intruder@koekelberg.test"));

    // Koekelberg's own log shows nothing of Anderlecht's.
    let log = koekelberg.get("/fr/koekelberg/audit").await;
    assert_eq!(log.status, StatusCode::OK);
    assert!(
        !log.body.contains("coord@anderlecht.test") && !log.body.contains("page.updated"),
        "{}",
        log.body
    );
    let own = anderlecht.get("/fr/anderlecht/audit").await;
    assert!(own.body.contains("page.updated"));

    // Through the API too.
    let created = koekelberg
        .submit("/fr/account", "/fr/account/tokens", &[("name", "script")])
        .await;
    let api_token = created
        .body
        .split("class=\"token\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    let audit = koekelberg
        .api(
            Method::GET,
            "/api/v1/coordinations/anderlecht/audit",
            Some(&api_token),
            None,
        )
        .await;
    assert_eq!(audit.status, StatusCode::FORBIDDEN);
    let put = koekelberg
        .api(
            Method::PUT,
            "/api/v1/coordinations/anderlecht/pages/privacy",
            Some(&api_token),
            Some(serde_json::json!({ "body_fr": "Piraté", "body_nl": "" })),
        )
        .await;
    assert_eq!(put.status, StatusCode::FORBIDDEN);
    let own_audit = koekelberg
        .api(
            Method::GET,
            "/api/v1/coordinations/koekelberg/audit",
            Some(&api_token),
            None,
        )
        .await;
    assert_eq!(own_audit.status, StatusCode::OK);
    assert!(own_audit.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|row| !row.to_string().contains("anderlecht")));
}
db_test!(coordinators_are_confined_to_their_coordination);

/// The data layer itself is scoped: its tenant-owned queries need a `Tenant`, which only the policy
/// hands out, and return only that coordination's rows.
async fn the_data_layer_scopes_by_tenant(app: TestApp) {
    use socius::domain::Lang;
    use socius::platform::auth::{CurrentUser, RoleGrant};
    use socius::platform::policy::{self, Action, Role};
    use socius::platform::tenancy;

    let world = app.world().await;
    let anderlecht = tenancy::find_by_slug(app.db(), "anderlecht")
        .await
        .unwrap()
        .unwrap();
    let koekelberg = tenancy::find_by_slug(app.db(), "koekelberg")
        .await
        .unwrap()
        .unwrap();
    let coordinator = CurrentUser {
        id: 999,
        email: "c@k.test".into(),
        display_name: "C".into(),
        lang: Lang::Nl,
        is_platform_admin: false,
        is_regional_staff: false,
        roles: vec![RoleGrant {
            coordination_id: world.koekelberg,
            slug: "koekelberg".into(),
            name_fr: String::new(),
            name_nl: String::new(),
            role: Role::Coordinator,
        }],
    };
    assert!(matches!(
        policy::authorize(Some(&coordinator), Action::ViewAudit, &anderlecht),
        Err(socius::platform::web::AppError::Forbidden)
    ));
    let tenant = policy::authorize(Some(&coordinator), Action::ViewAudit, &koekelberg).unwrap();
    let people = socius::features::people::people(app.db(), &tenant)
        .await
        .unwrap();
    assert_eq!(
        people.iter().map(|p| p.email.as_str()).collect::<Vec<_>>(),
        ["coord@koekelberg.test"]
    );

    let mut client = app.client();
    client.login("coord@anderlecht.test", PASSWORD).await;
    client
        .submit(
            "/fr/anderlecht/people",
            "/fr/anderlecht/people",
            &[
                ("email", "new@anderlecht.test"),
                ("name", "New"),
                ("role", "member"),
                ("lang", "fr"),
            ],
        )
        .await;
    let rows = socius::platform::audit::list(app.db(), &tenant, None, 100, 0)
        .await
        .unwrap();
    assert!(rows.iter().all(|r| !r
        .after_json
        .clone()
        .unwrap_or_default()
        .contains("new@anderlecht.test")));
    assert!(
        rows.iter().all(|r| r.event != "role.granted"),
        "Anderlecht's grant is not in Koekelberg's log"
    );
}
db_test!(the_data_layer_scopes_by_tenant);

async fn the_root_picks_the_language_and_lists_coordinations(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    client.accept_language = Some("nl-BE,nl;q=0.9,fr;q=0.8".into());
    let root = client.get("/").await;
    assert_eq!(root.status, StatusCode::SEE_OTHER);
    assert_eq!(root.location(), "/nl/");
    let list = client.get("/nl/").await;
    assert!(list.body.contains("<html lang=\"nl\">"));
    assert!(list.body.contains("Sociale coördinatie Anderlecht") && list.body.contains("Koecoon"));
    client.accept_language = Some("en".into());
    assert_eq!(client.get("/").await.location(), "/en/");
    assert_eq!(client.get("/xx/").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        client.get("/fr/nowhere/").await.status,
        StatusCode::NOT_FOUND
    );
}
db_test!(the_root_picks_the_language_and_lists_coordinations);

async fn a_single_coordination_is_opened_directly(app: TestApp) {
    app.coordination("koekelberg", "Koecoon", "Koecoon").await;
    let mut client = app.client();
    let list = client.get("/fr/").await;
    assert_eq!(list.status, StatusCode::SEE_OTHER);
    assert_eq!(list.location(), "/fr/koekelberg/");
}
db_test!(a_single_coordination_is_opened_directly);

async fn the_language_switcher_keeps_the_reader_on_the_same_page(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    let fr = client.get("/fr/anderlecht/privacy").await;
    assert!(fr.body.contains("<html lang=\"fr\">"));
    assert!(fr
        .body
        .contains("href=\"/nl/anderlecht/privacy\" lang=\"nl\""));
    assert!(fr
        .body
        .contains("href=\"/en/anderlecht/privacy\" lang=\"en\""));
    let nl = client.get("/nl/anderlecht/privacy").await;
    assert!(
        nl.body.contains("<html lang=\"nl\">")
            && nl.body.contains("Privacy")
            && nl.body.contains("Naar de inhoud")
    );
    let en = client.get("/en/anderlecht/privacy").await;
    assert!(en.body.contains("<html lang=\"en\">") && en.body.contains("Skip to content"));
}
db_test!(the_language_switcher_keeps_the_reader_on_the_same_page);
