//! The second factor: turned on from *My account* (QR code and key, confirmed by a first code,
//! recovery codes shown once), asked for on a page of its own after the password, each code taken
//! once, recovery codes single-use, turned off only with a code; every step audited.

use axum::http::StatusCode;
use scraper::{Html, Selector};
use totp_rs::{Builder, Secret};

use crate::db_test;
use crate::support::{Client, TestApp, PASSWORD};

const EMAIL: &str = "anne@cpas-anderlecht.test";

/// The code an authenticator app shows for `secret`, `steps_ahead` steps of 30 s from now.
fn code(secret: &str, steps_ahead: u64) -> String {
    let totp = Builder::new()
        .with_secret(Secret::try_from_base32(secret).unwrap())
        .build()
        .unwrap();
    let now = chrono::Utc::now().timestamp() as u64;
    totp.generate(now + 30 * steps_ahead).to_string()
}

fn texts(body: &str, selector: &str) -> Vec<String> {
    let html = Html::parse_document(body);
    let selector = Selector::parse(selector).unwrap();
    html.select(&selector)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

async fn events(app: &TestApp) -> Vec<String> {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT event FROM audit_log WHERE event LIKE 'login.%' ORDER BY id"
    )
    .fetch_all(p)
    .await)
    .unwrap()
}

/// Signs in with the password: the answer sends to the code page, and nobody is signed in yet.
async fn password_step(app: &TestApp) -> Client {
    let mut client = app.client();
    let answer = client.login(EMAIL, PASSWORD).await;
    assert_eq!(answer.location(), "/fr/login/code");
    assert_eq!(
        client.get("/fr/account").await.status,
        StatusCode::SEE_OTHER,
        "the password alone does not sign in"
    );
    client
}

async fn a_second_factor_protects_the_sign_in(app: TestApp) {
    let coordination = app
        .coordination(
            "anderlecht",
            "Coordination sociale d'Anderlecht",
            "Sociale coördinatie Anderlecht",
        )
        .await;
    app.user(
        EMAIL,
        PASSWORD,
        socius::domain::Lang::Fr,
        false,
        &[(coordination, socius::platform::policy::Role::Coordinator)],
    )
    .await;
    let mut anne = app.client();
    anne.login(EMAIL, PASSWORD).await;

    // Turning it on: a QR code and the key as text; a wrong first code is said beside the field.
    let enrol = anne.get("/fr/account/second-factor").await;
    assert_eq!(enrol.status, StatusCode::OK);
    let secret = texts(&enrol.body, "code.secret")[0].replace(' ', "");
    let html = Html::parse_document(&enrol.body);
    let qr = html
        .select(&Selector::parse("img.qr").unwrap())
        .next()
        .unwrap();
    assert!(qr
        .value()
        .attr("src")
        .unwrap()
        .starts_with("data:image/png;base64,"));
    assert!(!qr.value().attr("alt").unwrap().is_empty());
    let wrong = anne
        .submit(
            "/fr/account/second-factor",
            "/fr/account/second-factor",
            &[("code", "12345")],
        )
        .await;
    assert_eq!(wrong.refused_field("code").1, "12345");
    let first = code(&secret, 0);
    let confirmed = anne
        .submit(
            "/fr/account/second-factor",
            "/fr/account/second-factor",
            &[("code", &first)],
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    let recovery = texts(&confirmed.body, "ol.recovery-codes code");
    assert_eq!(recovery.len(), 10);
    assert!(anne
        .get("/fr/account")
        .await
        .body
        .contains("10 codes de secours"));
    let stored: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT code_hash FROM recovery_codes LIMIT 1"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(
        !recovery
            .iter()
            .any(|c| stored.contains(&c.replace('-', ""))),
        "stored hashed"
    );

    // Signing in asks for a code; the one already used is refused, the next one signs in.
    let mut phone = password_step(&app).await;
    let reused = phone
        .submit("/fr/login/code", "/fr/login/code", &[("code", &first)])
        .await;
    assert!(reused
        .refused_field("code")
        .0
        .contains("ne sert qu'une fois"));
    let next = code(&secret, 1);
    let signed_in = phone
        .submit("/fr/login/code", "/fr/login/code", &[("code", &next)])
        .await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    assert_eq!(signed_in.location(), "/fr/anderlecht/dashboard");
    assert_eq!(phone.get("/fr/account").await.status, StatusCode::OK);

    // A recovery code, typed as people type: once.
    let mut lost_phone = password_step(&app).await;
    let typed = recovery[0].to_uppercase();
    let rescued = lost_phone
        .submit("/fr/login/code", "/fr/login/code", &[("code", &typed)])
        .await;
    assert_eq!(rescued.status, StatusCode::SEE_OTHER, "{}", rescued.body);
    let mut again = password_step(&app).await;
    again
        .submit(
            "/fr/login/code",
            "/fr/login/code",
            &[("code", &recovery[0])],
        )
        .await
        .refused_field("code");
    assert!(lost_phone
        .get("/fr/account")
        .await
        .body
        .contains("9 codes de secours"));

    // Turning it off asks for a code.
    let refused = lost_phone
        .submit(
            "/fr/account",
            "/fr/account/second-factor/remove",
            &[("second_factor_code", "000000")],
        )
        .await;
    refused.refused_field("second_factor_code");
    let removed = lost_phone
        .submit(
            "/fr/account",
            "/fr/account/second-factor/remove",
            &[("second_factor_code", &recovery[1])],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let plain = app.client().login(EMAIL, PASSWORD).await;
    assert_eq!(
        plain.location(),
        "/fr/anderlecht/dashboard",
        "no code asked any more"
    );

    let log = events(&app).await;
    for event in [
        "login.second_factor_enabled",
        "login.code_failed",
        "login.recovery_code_used",
        "login.second_factor_removed",
    ] {
        assert!(log.iter().any(|e| e == event), "{event} in {log:?}");
    }
}

db_test!(a_second_factor_protects_the_sign_in);
