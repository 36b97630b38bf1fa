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
    // Its mail is drawn in its colour.
    let invited = coordinator
        .submit(
            "/nl/saint-gilles/people",
            "/nl/saint-gilles/people",
            &[
                ("email", "lotte@saint-gilles.test"),
                ("name", "Lotte Peeters"),
                ("role", "member"),
                ("lang", "nl"),
            ],
        )
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
    let html: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT body_html FROM outbox WHERE recipient = 'lotte@saint-gilles.test'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(html.contains("background: #7a1f5c"), "{html}");
    assert!(!html.contains(socius::platform::mail::LETTER_COLOUR));
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

/// A PNG of `width` × `height` in the coordination's green.
fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(width, height, image::Rgb([45, 106, 62]));
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

async fn a_coordinator_gives_the_coordination_a_logo(app: TestApp) {
    app.world().await;
    let mut coordinator = app.client();
    coordinator
        .login("coord@anderlecht.test", crate::support::PASSWORD)
        .await;
    let csrf = coordinator.get("/fr/anderlecht/identity").await.csrf();
    let upload = format!("/fr/anderlecht/identity/logo?_csrf={csrf}");

    // An SVG is refused beside the field, and so is an image that cannot be read.
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    let refused = coordinator
        .post_multipart(&upload, &[], &[("logo", "logo.svg", svg)])
        .await;
    let (message, _) = refused.refused_field("logo");
    assert!(message.contains("SVG"), "{message}");
    let mut cut = png(300, 300);
    cut.truncate(80);
    let refused = coordinator
        .post_multipart(&upload, &[], &[("logo", "logo.png", &cut)])
        .await;
    assert!(refused
        .refused_field("logo")
        .0
        .contains("ne peut pas être lue"));

    // A wide logo is drawn again within 480 × 240 and shown in the header of every page.
    let sent = coordinator
        .post_multipart(&upload, &[], &[("logo", "logo.png", &png(1200, 300))])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.location(), "/fr/anderlecht/identity");
    let mut public = app.client();
    let home = public.get("/nl/anderlecht/").await;
    let html = scraper::Html::parse_document(&home.body);
    let selector = scraper::Selector::parse("header img.brand-logo").unwrap();
    let src = html
        .select(&selector)
        .next()
        .and_then(|img| img.value().attr("src"))
        .expect("the header shows the logo")
        .to_string();
    assert!(src.starts_with("/theme/anderlecht/logo.png?v="), "{src}");
    let served = public.get(&src).await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.header("content-type"), "image/png");
    assert!(served.header("cache-control").contains("immutable"));
    let drawn = image::load_from_memory(&served.bytes).expect("a PNG");
    assert_eq!((drawn.width(), drawn.height()), (480, 120));

    // Members do not change it; the coordinator takes it away.
    let mut member = app.client();
    member
        .login("member@anderlecht.test", crate::support::PASSWORD)
        .await;
    let member_csrf = member.get("/fr/anderlecht/").await.csrf();
    let forbidden = member
        .post_multipart(
            &format!("/fr/anderlecht/identity/logo?_csrf={member_csrf}"),
            &[],
            &[("logo", "logo.png", &png(10, 10))],
        )
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    let removed = coordinator
        .submit(
            "/fr/anderlecht/identity",
            "/fr/anderlecht/identity/logo/remove",
            &[],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(public.get(&src).await.status, StatusCode::NOT_FOUND);
    let home = public.get("/nl/anderlecht/").await;
    assert!(!home.body.contains("brand-logo"));
}
db_test!(a_coordinator_gives_the_coordination_a_logo);

async fn the_front_door_presents_the_coordinations_and_searches_every_map(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let mut visitor = app.client();
    let door = visitor.get("/fr/").await;
    assert_eq!(door.status, StatusCode::OK);
    let cards = door.texts(".cards li");
    assert!(
        cards
            .iter()
            .any(|c| c.contains("Koecoon") && c.contains("Koekelberg")),
        "{cards:?}"
    );
    assert_eq!(
        door.texts("form[role=search] label"),
        vec!["Chercher de l'aide dans toute la Région"]
    );

    // Every map that has a debt mediation service answers, each with a link to its own map.
    let found = visitor.get("/fr/search?q=dettes").await;
    assert_eq!(found.status, StatusCode::OK);
    let maps = found.texts("main section h2");
    let coordinations: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM coordinations"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(
        maps.len() >= 2 && maps.len() as i64 <= coordinations,
        "{maps:?}"
    );
    let html = scraper::Html::parse_document(&found.body);
    let link = scraper::Selector::parse("main section li a").unwrap();
    let first = html
        .select(&link)
        .next()
        .and_then(|a| a.value().attr("href"))
        .expect("a service")
        .to_string();
    assert_eq!(visitor.get(&first).await.status, StatusCode::OK);
    let nl = visitor.get("/nl/search?q=schulden").await;
    assert!(!nl.texts("main section h2").is_empty());

    let nothing = visitor.get("/fr/search?q=zzzzqqq").await;
    assert!(nothing.texts("main section").is_empty());
    assert_eq!(nothing.texts("[role=status]"), vec!["Aucun service trouvé"]);
}
db_test!(the_front_door_presents_the_coordinations_and_searches_every_map);

async fn sign_in_and_error_pages_keep_the_coordinations_header(app: TestApp) {
    app.world().await;
    let mut visitor = app.client();
    let missing = visitor.get("/fr/anderlecht/nothing-here").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        missing.texts("header .brand"),
        vec!["Coordination sociale d'Anderlecht"]
    );
    let login = visitor
        .get("/nl/login?next=%2Fnl%2Fanderlecht%2Fmembers")
        .await;
    assert_eq!(login.status, StatusCode::OK);
    assert_eq!(
        login.texts("header .brand"),
        vec!["Sociale coördinatie Anderlecht"]
    );
    // Outside a coordination, Socius's own header.
    let plain = visitor.get("/fr/login").await;
    assert_eq!(plain.texts("header .brand"), vec!["Socius"]);
    let unknown = visitor.get("/fr/nowhere/at-all").await;
    assert_eq!(unknown.texts("header .brand"), vec!["Socius"]);
}
db_test!(sign_in_and_error_pages_keep_the_coordinations_header);
