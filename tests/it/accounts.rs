use axum::http::StatusCode;

use crate::db_test;
use crate::support::{TestApp, PASSWORD};

async fn login_sets_a_safe_renewed_session(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    let form = client.get("/fr/login").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.headers.get("set-cookie").is_none(),
        "the login form is a page like any other: no session before sign-in"
    );

    let response = client
        .submit(
            "/fr/login",
            "/fr/login",
            &[("email", "Coord@Anderlecht.test "), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/fr/anderlecht/dashboard");
    let cookie = response.header("set-cookie").to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain-http test server must not set Secure"
    );
    let first_session = client.cookies.get("socius_session").cloned().unwrap();
    // A visitor's session (here one a flash message started, as one an attacker planted would
    // be) gets a new id at sign-in.
    let mut visitor = app.client();
    visitor
        .submit(
            "/fr/password/forgot",
            "/fr/password/forgot",
            &[("email", "coord@anderlecht.test")],
        )
        .await;
    let anonymous_session = visitor
        .cookies
        .get("socius_session")
        .cloned()
        .expect("the flash message needs a session");
    visitor.login("coord@anderlecht.test", PASSWORD).await;
    let signed_in_session = visitor.cookies.get("socius_session").cloned().unwrap();
    assert_ne!(
        anonymous_session, signed_in_session,
        "the session id must change at login"
    );
    assert_ne!(first_session, signed_in_session);

    let dashboard = client.get("/fr/anderlecht/dashboard").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.body.contains("Coordinateur·rice"));

    let logout = client
        .submit("/fr/anderlecht/dashboard", "/fr/logout", &[])
        .await;
    assert_eq!(logout.status, StatusCode::SEE_OTHER);
    let after = client.get("/fr/anderlecht/dashboard").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert!(after.location().starts_with("/fr/login?next="));
}
db_test!(login_sets_a_safe_renewed_session);

async fn wrong_password_is_refused_keeping_what_was_typed(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    let response = client
        .submit(
            "/nl/login",
            "/nl/login",
            &[
                ("email", "coord@anderlecht.test"),
                ("password", "not the password"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response.body.contains("Onjuist e-mailadres of wachtwoord."),
        "{}",
        response.body
    );
    assert!(
        response.body.contains("value=\"coord@anderlecht.test\""),
        "the typed address is kept"
    );
    assert!(response.body.contains("aria-invalid=\"true\""));
    let unknown = client
        .submit(
            "/nl/login",
            "/nl/login",
            &[("email", "nobody@anderlecht.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let bad = client
        .submit(
            "/en/login",
            "/en/login",
            &[("email", "not-an-email"), ("password", "")],
        )
        .await;
    assert!(
        bad.body.contains("Enter a valid email address")
            && bad.body.contains("This field is required.")
    );
}
db_test!(wrong_password_is_refused_keeping_what_was_typed);

/// One wrong password for Anderlecht's coordinator, from the sign-in form: the answer's status.
async fn guess(client: &mut crate::support::Client) -> StatusCode {
    let token = client.get("/fr/login").await.csrf();
    let answer = client
        .post_raw(
            "/fr/login",
            &[
                ("_csrf", &token),
                ("email", "coord@anderlecht.test"),
                ("password", "guess guess guess"),
            ],
        )
        .await;
    answer.status
}

async fn login_attempts_are_rate_limited(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    let token = client.get("/fr/login").await.csrf();
    let mut statuses = Vec::new();
    for _ in 0..7 {
        statuses.push(guess(&mut client).await);
    }
    assert!(
        statuses[..5]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY),
        "{statuses:?}"
    );
    assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS);
    let limited = client
        .post_raw(
            "/fr/login",
            &[
                ("_csrf", &token),
                ("email", "coord@anderlecht.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        limited.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(limited.body.contains("Trop de tentatives"));
    assert_eq!(limited.header("retry-after"), "60");
}
db_test!(login_attempts_are_rate_limited);

/// Two processes on one database share the limits: guesses spread over both are counted once.
async fn login_limits_hold_across_processes(app: TestApp) {
    app.world().await;
    let mut processes = [app.client(), app.client_of_another_process().await];
    let mut statuses = Vec::new();
    for i in 0..6 {
        statuses.push(guess(&mut processes[i % 2]).await);
    }
    assert!(
        statuses[..5]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY),
        "{statuses:?}"
    );
    assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS, "{statuses:?}");
}
db_test!(login_limits_hold_across_processes);

async fn forms_without_a_valid_csrf_token_are_refused(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    client.get("/fr/login").await;
    let missing = client
        .post_raw(
            "/fr/login",
            &[("email", "coord@anderlecht.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(missing.body.contains("Le formulaire a expiré"));
    let forged = client
        .post_raw(
            "/fr/login",
            &[
                ("_csrf", "forged"),
                ("email", "coord@anderlecht.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // A visitor's token is bound to no one, so it counts only from our own pages: the same form
    // posted from another site is refused.
    let mut other = app.client();
    let foreign = other.get("/fr/login").await.csrf();
    client.origin = Some("https://elsewhere.example".into());
    let crossed = client
        .post_raw(
            "/fr/login",
            &[
                ("_csrf", &foreign),
                ("email", "coord@anderlecht.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(crossed.status, StatusCode::FORBIDDEN);
    client.origin = None;
    // Signed in, state-changing forms need it too.
    client.login("coord@anderlecht.test", PASSWORD).await;
    let edit = client
        .post_raw(
            "/fr/anderlecht/privacy/edit",
            &[("body_fr", "Forgé"), ("body_nl", "")],
        )
        .await;
    assert_eq!(edit.status, StatusCode::FORBIDDEN);
    let page = client.get("/fr/anderlecht/privacy").await;
    assert!(!page.body.contains("Forgé"));
}
db_test!(forms_without_a_valid_csrf_token_are_refused);

async fn password_reset_by_single_use_email_link(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    let response = client
        .submit(
            "/fr/password/forgot",
            "/fr/password/forgot",
            &[("email", "member@anderlecht.test")],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    // Unknown addresses get the same answer and no mail.
    let unknown = client
        .submit(
            "/fr/password/forgot",
            "/fr/password/forgot",
            &[("email", "nobody@nowhere.test")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::SEE_OTHER);
    let outbox = app.outbox().await;
    assert_eq!(outbox.len(), 1);
    let (to, lang, subject, text) = &outbox[0];
    assert_eq!(
        (to.as_str(), lang.as_str()),
        ("member@anderlecht.test", "nl"),
        "mail goes in the recipient's language"
    );
    assert_eq!(subject, "Kies een nieuw wachtwoord");
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with("http://socius.test/nl/password/reset/"))
        .expect("a reset link");
    let path = link.trim_start_matches("http://socius.test");

    let weak = client
        .submit(
            path,
            path,
            &[("password", "password1"), ("confirm", "password1")],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.body.contains("te gangbaar"));
    let mismatch = client
        .submit(
            path,
            path,
            &[
                ("password", "a brand new passphrase"),
                ("confirm", "another one"),
            ],
        )
        .await;
    assert!(mismatch.body.contains("niet gelijk"));
    let done = client
        .submit(
            path,
            path,
            &[
                ("password", "a brand new passphrase"),
                ("confirm", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);

    let reused = client.get(path).await;
    assert_eq!(reused.status, StatusCode::GONE, "a reset link works once");
    let mut fresh = app.client();
    let old = fresh
        .submit(
            "/fr/login",
            "/fr/login",
            &[("email", "member@anderlecht.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    fresh
        .login("member@anderlecht.test", "a brand new passphrase")
        .await;
}
db_test!(password_reset_by_single_use_email_link);

async fn expired_reset_links_do_not_work(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    client
        .submit(
            "/fr/password/forgot",
            "/fr/password/forgot",
            &[("email", "member@anderlecht.test")],
        )
        .await;
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE password_resets SET expires_at = $1"
    )
    .bind(chrono::Utc::now() - chrono::Duration::minutes(1))
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let text = &app.outbox().await[0].3;
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/password/reset/"))
        .unwrap();
    let path = link.trim_start_matches("http://socius.test");
    assert_eq!(client.get(path).await.status, StatusCode::GONE);
}
db_test!(expired_reset_links_do_not_work);

async fn changing_the_password_signs_out_other_sessions(app: TestApp) {
    app.world().await;
    let mut laptop = app.client();
    let mut phone = app.client();
    laptop.login("coord@anderlecht.test", PASSWORD).await;
    phone.login("coord@anderlecht.test", PASSWORD).await;
    let old_token = crate::api::create_token(&mut laptop).await;
    assert_eq!(me(&app, &old_token).await, StatusCode::OK);
    let changed = laptop
        .submit(
            "/fr/account",
            "/fr/account/password",
            &[
                ("current", PASSWORD),
                ("password", "un tout nouveau secret"),
                ("confirm", "un tout nouveau secret"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        laptop.get("/fr/account").await.status,
        StatusCode::OK,
        "the session that changed it stays signed in"
    );
    assert_eq!(
        phone.get("/fr/account").await.status,
        StatusCode::SEE_OTHER,
        "other sessions are signed out"
    );
    // Personal API tokens belong to the session epoch they were made in, like sessions.
    assert_eq!(me(&app, &old_token).await, StatusCode::UNAUTHORIZED);
    let new_token = crate::api::create_token(&mut laptop).await;
    assert_eq!(me(&app, &new_token).await, StatusCode::OK);
}
db_test!(changing_the_password_signs_out_other_sessions);

async fn sessions_end_after_the_absolute_timeout(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    client.login("coord@anderlecht.test", PASSWORD).await;
    // Age the session's sign-in time beyond the absolute limit.
    let (id, data): (String, String) = socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT id, data FROM sessions WHERE data LIKE '%auth_at%'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&data).unwrap();
    let old =
        chrono::Utc::now() - chrono::Duration::hours(app.state.config.session_absolute_hours + 1);
    value["auth"]["auth_at"] = serde_json::json!(old);
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE sessions SET data = $1 WHERE id = $2"
    )
    .bind(value.to_string())
    .bind(&id)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    assert_eq!(
        client.get("/fr/account").await.status,
        StatusCode::SEE_OTHER
    );
}
db_test!(sessions_end_after_the_absolute_timeout);

/// `next` after sign-in leads only to a path of this site: a tab, a backslash or a line break that
/// a browser would turn into another host (or a header) sends the person to their landing page.
async fn sign_in_never_redirects_to_another_site(app: TestApp) {
    app.world().await;
    let hostile = [
        "//evil.example",
        "/\t/evil.example",
        "/\\evil.example",
        "/\\\t\\evil.example",
        "/\r\nSet-Cookie: stolen=1",
        "https://evil.example/",
    ];
    // Two accounts in turn: sign-in is limited to five attempts a minute per account.
    let accounts = [
        ("coord@anderlecht.test", "/fr/anderlecht/dashboard"),
        ("steering@anderlecht.test", "/nl/anderlecht/dashboard"),
    ];
    for (i, next) in hostile.iter().copied().enumerate() {
        let mut client = app.client();
        let form = client.get("/fr/login").await;
        let token = form.csrf();
        let response = client
            .post_raw(
                "/fr/login",
                &[
                    ("_csrf", token.as_str()),
                    ("email", accounts[i % 2].0),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(response.location(), accounts[i % 2].1, "{next:?}");
        // Already signed in, the form's GET redirects by the same rule.
        let encoded: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
        let again = client.get(&format!("/fr/login?next={encoded}")).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(again.location(), "/fr/anderlecht/dashboard", "{next:?}");
    }
    let mut client = app.client();
    client.login("member@anderlecht.test", PASSWORD).await;
    let local = client.get("/fr/login?next=/fr/anderlecht/audit").await;
    assert_eq!(local.location(), "/fr/anderlecht/audit");
}
db_test!(sign_in_never_redirects_to_another_site);

/// The CSRF token of the anonymous session does not survive sign-in.
async fn the_csrf_token_is_renewed_at_sign_in(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    let before = client.get("/fr/login").await.csrf();
    client.login("coord@anderlecht.test", PASSWORD).await;
    let after = client.get("/fr/account").await.csrf();
    assert!(!after.is_empty());
    assert_ne!(before, after);
    let stale = client
        .post_raw(
            "/fr/account/language",
            &[("_csrf", before.as_str()), ("lang", "nl")],
        )
        .await;
    assert_eq!(
        stale.status,
        StatusCode::FORBIDDEN,
        "the old token is refused"
    );
}
db_test!(the_csrf_token_is_renewed_at_sign_in);

/// Behind a trusted proxy, the client address is the one the proxy added (the right-most), so a
/// client that writes a new `X-Forwarded-For` each time neither escapes the per-address limit nor
/// writes someone else's address into the audit log.
#[tokio::test]
async fn behind_a_proxy_the_client_cannot_choose_its_address() {
    let app = TestApp::start_with(crate::support::Backend::Sqlite, |c| c.trust_proxy = true)
        .await
        .unwrap();
    app.world().await;
    let mut statuses = Vec::new();
    for attempt in 0..32 {
        let mut client = app.client();
        client.forwarded_for = Some(format!("10.9.8.{attempt}, 203.0.113.7"));
        let token = client.get("/fr/login").await.csrf();
        let response = client
            .post_raw(
                "/fr/login",
                &[
                    ("_csrf", token.as_str()),
                    ("email", &format!("nobody{attempt}@example.test")),
                    ("password", "guess guess guess"),
                ],
            )
            .await;
        statuses.push(response.status);
    }
    assert!(
        statuses.contains(&StatusCode::TOO_MANY_REQUESTS),
        "30 attempts a minute from one address: {statuses:?}"
    );
    let addresses: Vec<Option<String>> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT DISTINCT ip FROM audit_log WHERE event = 'login.failed'"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(addresses, [Some("203.0.113.7".to_string())]);
}

/// Guessing the current password on the account page is limited like signing in.
async fn the_current_password_check_is_rate_limited(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    client.login("member@anderlecht.test", PASSWORD).await;
    let token = client.get("/fr/account").await.csrf();
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let response = client
            .post_raw(
                "/fr/account/password",
                &[
                    ("_csrf", token.as_str()),
                    ("current", "a wrong guess here"),
                    ("password", "a brand new passphrase"),
                    ("confirm", "a brand new passphrase"),
                ],
            )
            .await;
        statuses.push(response.status);
    }
    assert!(
        statuses[..4]
            .iter()
            .all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY),
        "{statuses:?}"
    );
    assert_eq!(statuses[11], StatusCode::TOO_MANY_REQUESTS, "{statuses:?}");
}
db_test!(the_current_password_check_is_rate_limited);

/// `/api/v1/me` with a bearer token: its status.
async fn me(app: &TestApp, token: &str) -> StatusCode {
    let request = axum::http::Request::get("/api/v1/me")
        .header("authorization", format!("Bearer {token}"))
        .body(axum::body::Body::empty())
        .unwrap();
    app.client().send(request).await.status
}

/// A reset takes the account back from whoever else holds it: their session, their API tokens
/// (the owner is told by email), the private calendar feed and any other reset link stop working.
async fn a_password_reset_evicts_an_intruder(app: TestApp) {
    app.world().await;
    let mut intruder = app.client();
    intruder.login("member@anderlecht.test", PASSWORD).await;
    let token = crate::api::create_token(&mut intruder).await;
    let feed_path = crate::support::create_calendar_feed(&mut intruder).await;
    assert_eq!(app.client().get(&feed_path).await.status, StatusCode::OK);
    assert_eq!(me(&app, &token).await, StatusCode::OK);

    // The owner asks for two links (the intruder could have asked for one too) and uses one.
    let mut owner = app.client();
    for _ in 0..2 {
        owner
            .submit(
                "/fr/password/forgot",
                "/fr/password/forgot",
                &[("email", "member@anderlecht.test")],
            )
            .await;
    }
    let links: Vec<String> = app
        .outbox()
        .await
        .iter()
        .filter_map(|(_, _, _, text)| {
            text.split_whitespace()
                .find(|w| w.contains("/password/reset/"))
                .map(|w| w.trim_start_matches("http://socius.test").to_string())
        })
        .collect();
    assert_eq!(links.len(), 2);
    let done = owner
        .submit(
            &links[1],
            &links[1],
            &[
                ("password", "a brand new passphrase"),
                ("confirm", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);

    let account = intruder.get("/fr/account").await;
    assert_eq!(account.status, StatusCode::SEE_OTHER, "the session is over");
    assert_eq!(
        me(&app, &token).await,
        StatusCode::UNAUTHORIZED,
        "the API token is revoked"
    );
    assert_eq!(
        app.client().get(&feed_path).await.status,
        StatusCode::NOT_FOUND,
        "the calendar feed is revoked"
    );
    let other_link = app.client().get(&links[0]).await;
    assert_eq!(
        other_link.status,
        StatusCode::GONE,
        "the other link is used up"
    );
    let notice = app.outbox().await;
    let (to, lang, subject, text) = notice.last().unwrap();
    assert_eq!(
        (to.as_str(), lang.as_str()),
        ("member@anderlecht.test", "nl")
    );
    assert_eq!(subject, "Uw API-toegangssleutels zijn ingetrokken");
    assert!(
        text.contains("is uw persoonlijke API-toegangssleutel ingetrokken"),
        "{text}"
    );
}
db_test!(a_password_reset_evicts_an_intruder);
