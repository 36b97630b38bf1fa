//! Setting a coordination up on the web: a platform admin creates it, its coordinators keep its
//! identity and contact details current; the public home page shows them.

use axum::http::StatusCode;

use crate::db_test;
use crate::support::TestApp;

async fn a_platform_admin_creates_a_coordination_and_its_coordinators_keep_its_identity(
    app: TestApp,
) {
    use socius::domain::Lang;
    use socius::platform::policy::Role;
    app.user(
        "admin@socius.test",
        crate::support::PASSWORD,
        Lang::Fr,
        true,
        &[],
    )
    .await;
    let mut admin = app.client();
    admin
        .login("admin@socius.test", crate::support::PASSWORD)
        .await;
    let wrong = admin
        .submit(
            "/fr/admin/coordinations/new",
            "/fr/admin/coordinations/new",
            &[
                ("slug", "saint gilles"),
                ("name_fr", "Coordination sociale de Saint-Gilles"),
                ("name_nl", ""),
                ("nis_code", "21013"),
                ("email", "pas une adresse"),
            ],
        )
        .await;
    assert_eq!(wrong.refused_field("slug").1, "saint gilles");
    wrong.refused_field("name_nl");
    assert_eq!(wrong.refused_field("email").1, "pas une adresse");
    let created = admin
        .submit(
            "/fr/admin/coordinations/new",
            "/fr/admin/coordinations/new",
            &[
                ("slug", "saint-gilles"),
                ("name_fr", "Coordination sociale de Saint-Gilles"),
                ("name_nl", "Sociale coördinatie Sint-Gillis"),
                ("nis_code", "21013"),
                ("email", "coordination@saint-gilles.test"),
                ("phone", "02 536 02 11"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert_eq!(created.location(), "/fr/saint-gilles/identity");
    let list = admin.get("/fr/admin/coordinations").await;
    assert!(list.body.contains("saint-gilles"));

    let id = socius::platform::tenancy::find_by_slug(app.db(), "saint-gilles")
        .await
        .unwrap()
        .unwrap()
        .id;
    app.user(
        "coord@saint-gilles.test",
        crate::support::PASSWORD,
        Lang::Nl,
        false,
        &[(id, Role::Coordinator)],
    )
    .await;
    let mut coordinator = app.client();
    let first = coordinator
        .login("coord@saint-gilles.test", crate::support::PASSWORD)
        .await;
    // New coordinations require a second factor of their coordinators.
    assert_eq!(first.location(), "/fr/login/code");
    let mut tx = app.db().begin().await.unwrap();
    socius::platform::settings::set_flag(
        &mut tx,
        &crate::support::people::admin_tenant(
            &socius::platform::tenancy::find_by_slug(app.db(), "saint-gilles")
                .await
                .unwrap()
                .unwrap(),
        ),
        socius::platform::settings::Setting::CoordinatorsNeedSecondFactor,
        false,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let mut coordinator = app.client();
    coordinator
        .login("coord@saint-gilles.test", crate::support::PASSWORD)
        .await;
    let saved = coordinator
        .submit(
            "/nl/saint-gilles/identity",
            "/nl/saint-gilles/identity",
            &[
                ("name_fr", "Coordination sociale de Saint-Gilles"),
                ("name_nl", "Sociale coördinatie Sint-Gillis"),
                ("nis_code", "21013"),
                ("email", "coordination@saint-gilles.test"),
                ("office_hours_nl", "Woensdag van 14 tot 17 uur"),
                ("website", "stgilles.brussels"),
                ("slug", "elsewhere"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // A colour too light for the header's white text is refused beside its field; a dark one
    // colours the coordination's pages through a style sheet of its own.
    let identity = [
        ("name_fr", "Coordination sociale de Saint-Gilles"),
        ("name_nl", "Sociale coördinatie Sint-Gillis"),
        ("nis_code", "21013"),
        ("email", "coordination@saint-gilles.test"),
    ];
    let light = coordinator
        .submit(
            "/nl/saint-gilles/identity",
            "/nl/saint-gilles/identity",
            &[identity.as_slice(), &[("accent_colour", "#f5c400")]].concat(),
        )
        .await;
    let (message, typed) = light.refused_field("accent_colour");
    assert_eq!(typed, "#f5c400");
    assert!(message.contains("4,5:1"), "{message}");
    let dark = coordinator
        .submit(
            "/nl/saint-gilles/identity",
            "/nl/saint-gilles/identity",
            &[
                identity.as_slice(),
                &[
                    ("accent_colour", "7A1F5C"),
                    ("office_hours_nl", "Woensdag van 14 tot 17 uur"),
                    ("website", "stgilles.brussels"),
                ],
            ]
            .concat(),
        )
        .await;
    assert_eq!(dark.status, StatusCode::SEE_OTHER, "{}", dark.body);
    let home = app.client().get("/nl/saint-gilles/").await;
    let sheet = "/theme/saint-gilles/accent.css?v=7a1f5c";
    assert!(home.body.contains(&format!("href=\"{sheet}\"")));
    let css = app.client().get(sheet).await;
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
    assert!(css.body.contains("--brand: #7a1f5c;"), "{}", css.body);
    assert!(home.body.contains("Woensdag van 14 tot 17 uur"));
    assert!(home.body.contains("https://stgilles.brussels"));
    assert!(
        socius::platform::tenancy::find_by_slug(app.db(), "elsewhere")
            .await
            .unwrap()
            .is_none(),
        "the address stays"
    );
}

db_test!(a_platform_admin_creates_a_coordination_and_its_coordinators_keep_its_identity);
