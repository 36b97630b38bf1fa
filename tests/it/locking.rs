//! Locking an account: signed out everywhere, tokens revoked, no sign-in until unlocked, nothing
//! erased. A coordinator locks the accounts that are only their coordination's; a platform admin
//! any other; nobody their own.

use axum::http::{Method, StatusCode};

use socius::domain::Lang;
use socius::platform::policy::Role;

use crate::db_test;
use crate::support::{TestApp, PASSWORD};

async fn a_coordinator_locks_and_unlocks_an_account_of_their_coordination(app: TestApp) {
    let anderlecht = app
        .coordination("anderlecht", "Anderlecht", "Anderlecht")
        .await;
    let koekelberg = app
        .coordination("koekelberg", "Koekelberg", "Koekelberg")
        .await;
    let anne = "anne@anderlecht.test";
    let anne_id = app
        .user(
            anne,
            PASSWORD,
            Lang::Fr,
            false,
            &[(anderlecht, Role::Coordinator)],
        )
        .await;
    let bob = app
        .user(
            "bob@asbl.test",
            PASSWORD,
            Lang::Fr,
            false,
            &[(anderlecht, Role::Member)],
        )
        .await;
    let carol = app
        .user(
            "carol@asbl.test",
            PASSWORD,
            Lang::Nl,
            false,
            &[(anderlecht, Role::Member), (koekelberg, Role::Member)],
        )
        .await;
    app.user("admin@socius.test", PASSWORD, Lang::Fr, true, &[])
        .await;
    let token = {
        let mut tx = app.db().begin().await.unwrap();
        let token = socius::platform::auth::create_api_token(&mut tx, bob, "script")
            .await
            .unwrap();
        tx.commit().await.unwrap();
        token
    };
    let mut bobs_browser = app.client();
    bobs_browser.login("bob@asbl.test", PASSWORD).await;
    let api = "/api/v1/coordinations/anderlecht/meetings";
    assert_eq!(
        app.client()
            .api(Method::GET, api, Some(&token), None)
            .await
            .status,
        StatusCode::OK
    );

    let mut coordinator = app.client();
    coordinator.login(anne, PASSWORD).await;
    let asked = coordinator
        .get(&format!("/fr/anderlecht/people/{bob}/lock"))
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    let locked = coordinator
        .submit(
            &format!("/fr/anderlecht/people/{bob}/lock"),
            &format!("/fr/anderlecht/people/{bob}/lock"),
            &[],
        )
        .await;
    assert_eq!(locked.status, StatusCode::SEE_OTHER);
    assert_eq!(
        bobs_browser.get("/fr/account").await.status,
        StatusCode::SEE_OTHER,
        "signed out everywhere"
    );
    assert_eq!(
        app.client()
            .api(Method::GET, api, Some(&token), None)
            .await
            .status,
        StatusCode::UNAUTHORIZED,
        "tokens revoked"
    );
    let refused = app
        .client()
        .submit(
            "/fr/login",
            "/fr/login",
            &[("email", "bob@asbl.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let people = coordinator.get("/fr/anderlecht/people").await;
    assert!(people.body.contains("Verrouillé"));

    // Beyond the coordination (Carol is a member in Koekelberg too), or one's own: refused.
    for target in [carol, anne_id] {
        let own_or_beyond = coordinator
            .get(&format!("/fr/anderlecht/people/{target}/lock"))
            .await;
        assert_eq!(own_or_beyond.status, StatusCode::FORBIDDEN, "{target}");
    }

    // Unlocked, Bob signs in again; his old token stays revoked. Nothing was erased.
    let unlocked = coordinator
        .submit(
            "/fr/anderlecht/people",
            &format!("/fr/anderlecht/people/{bob}/unlock"),
            &[],
        )
        .await;
    assert_eq!(unlocked.status, StatusCode::SEE_OTHER);
    app.client().login("bob@asbl.test", PASSWORD).await;
    assert_eq!(
        app.client()
            .api(Method::GET, api, Some(&token), None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );

    // A platform admin may lock an account that reaches beyond one coordination.
    let mut admin = app.client();
    admin.login("admin@socius.test", PASSWORD).await;
    let by_admin = admin
        .submit(
            &format!("/fr/anderlecht/people/{carol}/lock"),
            &format!("/fr/anderlecht/people/{carol}/lock"),
            &[],
        )
        .await;
    assert_eq!(by_admin.status, StatusCode::SEE_OTHER);
    let events: Vec<String> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT event FROM audit_log WHERE event LIKE 'account.%' ORDER BY id"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(
        events,
        ["account.locked", "account.unlocked", "account.locked"]
    );
}

db_test!(a_coordinator_locks_and_unlocks_an_account_of_their_coordination);

async fn a_leaving_coordinator_hands_their_open_actions_over(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let app = &app;
    let id = |email: &'static str| async move {
        socius::platform::auth::find_user_by_email(
            app.db(),
            &socius::domain::Email::parse(email).unwrap(),
        )
        .await
        .unwrap()
        .unwrap()
        .id
    };
    let camille = id("coordinator@anderlecht.example").await;
    let sofie = id("steering@anderlecht.example").await;
    let owned = |owner: &'static str| async move {
        socius::with_db!(app.db(), |p| sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM actions WHERE owner = $1 AND status = 'open' \
             AND coordination_id = (SELECT id FROM coordinations WHERE slug = 'anderlecht')"
        )
        .bind(owner)
        .fetch_one(p)
        .await)
        .unwrap()
    };
    let before = owned("Camille Coordinatrice").await;
    assert!(before >= 1);

    let mut coordinator = app.client();
    coordinator
        .login(
            "coordinator@anderlecht.example",
            "demo-anderlecht-coordinator",
        )
        .await;
    let page = format!("/fr/anderlecht/people/{camille}/handover");
    let preview = coordinator.get(&format!("{page}?to={sofie}")).await;
    assert_eq!(preview.status, StatusCode::OK);
    let line = format!("Actions de suivi ouvertes\u{a0}: {before}");
    assert!(preview.body.contains(&line), "{}", preview.body);
    assert_eq!(
        owned("Camille Coordinatrice").await,
        before,
        "a preview moves nothing"
    );
    let done = coordinator
        .submit(
            &format!("{page}?to={sofie}"),
            &page,
            &[("to", &sofie.to_string())],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(owned("Camille Coordinatrice").await, 0);
    assert_eq!(owned("Sofie Stuurgroep").await, before);
    let audited: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE event = 'account.handed_over'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(audited, 1);
    // A successor from elsewhere is not one of this coordination's people.
    let stranger = id("coordinator@koekelberg.example").await;
    let refused = coordinator.get(&format!("{page}?to={stranger}")).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
}

db_test!(a_leaving_coordinator_hands_their_open_actions_over);
