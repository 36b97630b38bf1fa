//! The second factor: turned on from *My account* (QR code and key, confirmed by a first code,
//! recovery codes shown once), asked for on a page of its own after the password, each code taken
//! once, recovery codes single-use, turned off only with a code; every step audited.

use axum::http::StatusCode;
use scraper::{Html, Selector};

use crate::db_test;
use crate::support::{totp_code, Client, TestApp, PASSWORD};

const EMAIL: &str = "anne@cpas-anderlecht.test";

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

/// Anderlecht and its coordinator Anne: the coordination's id and hers.
async fn anne_coordinates_anderlecht(app: &TestApp) -> (i64, i64) {
    let coordination = app
        .coordination(
            "anderlecht",
            "Coordination sociale d'Anderlecht",
            "Sociale coördinatie Anderlecht",
        )
        .await;
    let anne = app
        .user(
            EMAIL,
            PASSWORD,
            socius::domain::Lang::Fr,
            false,
            &[(coordination, socius::platform::policy::Role::Coordinator)],
        )
        .await;
    (coordination, anne)
}

async fn a_second_factor_protects_the_sign_in(app: TestApp) {
    anne_coordinates_anderlecht(&app).await;
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
    let first = totp_code(&secret, 0);
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
    let next = totp_code(&secret, 1);
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

/// The people page of Anderlecht, as its coordinator `client` sees it.
async fn people_page(client: &mut Client) -> String {
    let page = client.get("/fr/anderlecht/people").await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
}

async fn a_coordination_that_requires_it_enrols_its_coordinators_at_sign_in(app: TestApp) {
    use socius::domain::Lang;
    use socius::platform::policy::Role;
    let (coordination, anne_id) = anne_coordinates_anderlecht(&app).await;
    let member = "membre@anderlecht.test";
    app.user(
        member,
        PASSWORD,
        Lang::Fr,
        false,
        &[(coordination, Role::Member)],
    )
    .await;

    // The coordinator turns the requirement on from the people page (the tests' coordinations
    // start with it off); the page says who has a second factor.
    let mut anne = app.client();
    anne.login(EMAIL, PASSWORD).await;
    let people = people_page(&mut anne).await;
    assert!(texts(&people, "#field-required[checked]").is_empty());
    let saved = anne
        .submit(
            "/fr/anderlecht/people",
            "/fr/anderlecht/people/second-factor",
            &[("required", "on")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let people = people_page(&mut anne).await;
    assert_eq!(texts(&people, "#field-required[checked]").len(), 1);
    assert!(texts(&people, "tbody tr td:nth-child(5)")
        .iter()
        .all(|cell| cell == "Pas encore"));

    // A member is not asked; the coordinator is shown the enrolment after the password, still
    // not signed in, and signed in by the first code.
    assert_eq!(
        app.client().login(member, PASSWORD).await.location(),
        "/fr/anderlecht/dashboard"
    );
    let mut phone = password_step(&app).await;
    let enrol = phone.get("/fr/login/code").await;
    assert_eq!(enrol.status, StatusCode::OK);
    let key = texts(&enrol.body, "code.secret")[0].replace(' ', "");
    let html = Html::parse_document(&enrol.body);
    let form = html
        .select(&Selector::parse("form[method=post]").unwrap())
        .find(|f| f.value().attr("action") == Some("/fr/login/code"));
    assert!(form.is_some(), "the enrolment posts to the code page");
    let wrong = phone
        .submit("/fr/login/code", "/fr/login/code", &[("code", "123456")])
        .await;
    assert_eq!(wrong.refused_field("code").1, "123456");
    assert_eq!(
        texts(&wrong.body, "code.secret")[0].replace(' ', ""),
        key,
        "the same key, not a new one"
    );
    assert_eq!(phone.get("/fr/account").await.status, StatusCode::SEE_OTHER);
    let previous = totp_code(&key, -1);
    let welcomed = phone
        .submit("/fr/login/code", "/fr/login/code", &[("code", &previous)])
        .await;
    assert_eq!(welcomed.status, StatusCode::OK, "{}", welcomed.body);
    assert_eq!(texts(&welcomed.body, "ol.recovery-codes code").len(), 10);
    let html = Html::parse_document(&welcomed.body);
    let onwards = html
        .select(&Selector::parse("main a.button").unwrap())
        .next()
        .unwrap();
    assert_eq!(
        onwards.value().attr("href"),
        Some("/fr/anderlecht/dashboard")
    );
    let account = phone.get("/fr/account").await;
    assert_eq!(account.status, StatusCode::OK, "signed in");
    assert!(
        !account.body.contains("/fr/account/second-factor/remove"),
        "no way to turn off what the role requires"
    );
    let people = people_page(&mut phone).await;
    assert!(texts(&people, "tbody tr td:nth-child(5)").contains(&"Activé".to_string()));

    // A request to turn it off anyway is refused while the role requires it.
    let refused = phone
        .submit(
            "/fr/account",
            "/fr/account/second-factor/remove",
            &[("second_factor_code", &totp_code(&key, 0))],
        )
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    let account = phone.get("/fr/account").await;
    assert!(texts(&account.body, ".flash")
        .iter()
        .any(|m| m.contains("Votre rôle demande")));
    assert!(
        socius::features::accounts::second_factor::is_on(app.db(), anne_id)
            .await
            .unwrap()
    );

    // New recovery codes: a wrong code is said beside the field; a right one replaces them.
    let wrong = phone
        .submit(
            "/fr/account",
            "/fr/account/second-factor/recovery-codes",
            &[("renew_code", "000000")],
        )
        .await;
    assert_eq!(wrong.refused_field("renew_code").1, "000000");
    let old: Vec<String> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT code_hash FROM recovery_codes ORDER BY id"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    let renewed = phone
        .submit(
            "/fr/account",
            "/fr/account/second-factor/recovery-codes",
            &[("renew_code", &totp_code(&key, 0))],
        )
        .await;
    assert_eq!(renewed.status, StatusCode::OK, "{}", renewed.body);
    let codes = texts(&renewed.body, "ol.recovery-codes code");
    assert_eq!(codes.len(), 10);
    let new: Vec<String> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT code_hash FROM recovery_codes ORDER BY id"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(new.len(), 10);
    assert!(
        new.iter().all(|hash| !old.contains(hash)),
        "the old ones go"
    );

    // The next sign-in asks for a code, and a new recovery code passes it.
    let mut later = password_step(&app).await;
    let passed = later
        .submit("/fr/login/code", "/fr/login/code", &[("code", &codes[0])])
        .await;
    assert_eq!(passed.status, StatusCode::SEE_OTHER, "{}", passed.body);

    let log = events(&app).await;
    for event in [
        "login.second_factor_enabled",
        "login.code_failed",
        "login.recovery_codes_renewed",
    ] {
        assert!(log.iter().any(|e| e == event), "{event} in {log:?}");
    }
}

db_test!(a_coordination_that_requires_it_enrols_its_coordinators_at_sign_in);

async fn new_coordinations_and_the_platform_require_it_unless_turned_off(app: TestApp) {
    use socius::domain::{Email, Lang, Slug};
    use socius::platform::settings::{self, PlatformSetting, Setting};
    use socius::platform::tenancy::{self, NewCoordination};

    // A coordination created as an administrator creates it requires a second factor.
    let mut tx = app.db().begin().await.unwrap();
    tenancy::create(
        &mut tx,
        &NewCoordination {
            slug: Slug::parse("ixelles").unwrap(),
            name_fr: "Coordination sociale d'Ixelles".into(),
            name_nl: "Sociale coördinatie Elsene".into(),
            nis_code: "21009".into(),
            email: Email::parse("info@ixelles.test").unwrap(),
            phone: String::new(),
            address_fr: String::new(),
            address_nl: String::new(),
            website: String::new(),
            identity: Default::default(),
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let ixelles = tenancy::find_by_slug(app.db(), "ixelles")
        .await
        .unwrap()
        .unwrap();
    assert!(
        settings::flag(app.db(), &ixelles, Setting::CoordinatorsNeedSecondFactor)
            .await
            .unwrap()
    );

    // The platform asks it of its staff once an admin says so (the tests start with it off).
    let admin = "admin@socius.test";
    app.user(admin, PASSWORD, Lang::Fr, true, &[]).await;
    let mut alex = app.client();
    assert_eq!(alex.login(admin, PASSWORD).await.location(), "/fr/");
    let settings_page = alex.get("/fr/admin/settings").await;
    assert_eq!(settings_page.status, StatusCode::OK);
    let saved = alex
        .submit(
            "/fr/admin/settings",
            "/fr/admin/settings",
            &[("staff_need_second_factor", "on"), ("ip_months", "12")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(PlatformSetting::StaffNeedSecondFactor
        .flag(app.db())
        .await
        .unwrap());
    let mut again = app.client();
    assert_eq!(
        again.login(admin, PASSWORD).await.location(),
        "/fr/login/code"
    );
    let enrol = again.get("/fr/login/code").await;
    assert_eq!(texts(&enrol.body, "code.secret").len(), 1);
    assert_eq!(
        again.get("/fr/admin/outbox").await.status,
        StatusCode::SEE_OTHER
    );
    let changed: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE event = 'platform.settings.updated'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(changed, 1);
}

db_test!(new_coordinations_and_the_platform_require_it_unless_turned_off);
