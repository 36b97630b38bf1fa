use axum::http::StatusCode;

use crate::db_test;
use crate::support::{TestApp, PASSWORD};

async fn coordinators_edit_their_statements_with_history(app: TestApp) {
    app.world().await;
    let mut public = app.client();
    let default = public.get("/fr/anderlecht/accessibility").await;
    assert_eq!(default.status, StatusCode::OK);
    assert!(
        default.body.contains("info@anderlecht.test"),
        "the default statement gives a contact for complaints"
    );
    assert!(
        !default.body.contains("/accessibility/edit"),
        "the public sees no edit link"
    );

    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    let saved = coordinator
        .submit(
            "/fr/anderlecht/accessibility/edit",
            "/fr/anderlecht/accessibility/edit",
            &[
                ("body_fr", "Première ligne.\nDeuxième ligne."),
                ("body_nl", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.location(), "/fr/anderlecht/accessibility");
    let shown = coordinator.get("/fr/anderlecht/accessibility").await;
    assert!(
        shown.body.contains("<p>Première ligne.</p>")
            && shown
                .body
                .contains("Les modifications ont été enregistrées.")
    );

    // Dutch readers get the French text, marked as French; editors see the missing translation.
    let nl = public.get("/nl/anderlecht/accessibility").await;
    assert!(nl.body.contains("lang=\"fr\"") && nl.body.contains("nog niet beschikbaar in uw taal"));
    let edit = coordinator.get("/fr/anderlecht/accessibility/edit").await;
    assert!(edit.body.contains("Traduction manquante\u{a0}: Nederlands"));

    // Emptying both languages is refused, and what was typed stays in the form.
    let refused = coordinator
        .submit(
            "/fr/anderlecht/accessibility/edit",
            "/fr/anderlecht/accessibility/edit",
            &[("body_fr", "  "), ("body_nl", "")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("au moins une des deux langues"));
    let long = "x".repeat(20_001);
    let too_long = coordinator
        .submit(
            "/fr/anderlecht/accessibility/edit",
            "/fr/anderlecht/accessibility/edit",
            &[("body_fr", "ok"), ("body_nl", &long)],
        )
        .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_long.body.contains(&long), "the typed text is not lost");

    let audit = coordinator
        .get("/fr/anderlecht/audit?event=page.updated")
        .await;
    assert!(
        audit.body.contains("page.updated") && audit.body.contains("Première ligne."),
        "the log keeps before and after"
    );
    assert!(audit.body.contains("coord@anderlecht.test"));

    // Members read but do not edit.
    let mut member = app.client();
    member.login("member@anderlecht.test", PASSWORD).await;
    assert_eq!(
        member.get("/nl/anderlecht/accessibility/edit").await.status,
        StatusCode::FORBIDDEN
    );
}
db_test!(coordinators_edit_their_statements_with_history);

async fn coordinators_grant_and_withdraw_roles(app: TestApp) {
    app.world().await;
    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    let invalid = coordinator
        .submit(
            "/fr/anderlecht/people",
            "/fr/anderlecht/people",
            &[
                ("email", "nope"),
                ("name", "Lotte"),
                ("role", "member"),
                ("lang", "nl"),
            ],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.body.contains("value=\"Lotte\""));
    let granted = coordinator
        .submit(
            "/fr/anderlecht/people",
            "/fr/anderlecht/people",
            &[
                ("email", "lotte@ocmw.test"),
                ("name", "Lotte"),
                ("role", "steering"),
                ("lang", "nl"),
            ],
        )
        .await;
    assert_eq!(granted.status, StatusCode::SEE_OTHER);
    let invitation = app
        .outbox()
        .await
        .into_iter()
        .find(|m| m.0 == "lotte@ocmw.test")
        .expect("an invitation");
    assert_eq!(invitation.1, "nl");
    assert!(
        invitation.2.contains("Uitnodiging") && invitation.3.contains("Lid van de stuurgroep"),
        "{:?}",
        invitation
    );

    let list = coordinator.get("/fr/anderlecht/people").await;
    assert!(list.body.contains("lotte@ocmw.test"));
    let lotte_id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM users WHERE email = 'lotte@ocmw.test'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let confirm_path = format!("/fr/anderlecht/people/{lotte_id}/revoke?role=steering");
    let confirm = coordinator.get(&confirm_path).await;
    assert!(
        confirm.body.contains("Oui, retirer le rôle"),
        "withdrawing asks first"
    );
    let revoked = coordinator
        .submit(
            &confirm_path,
            &format!("/fr/anderlecht/people/{lotte_id}/revoke"),
            &[("role", "steering")],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert!(!coordinator
        .get("/fr/anderlecht/people")
        .await
        .body
        .contains("lotte@ocmw.test"));
    let log = coordinator.get("/fr/anderlecht/audit").await.body;
    assert!(
        log.contains("role.granted")
            && log.contains("role.revoked")
            && log.contains("user.invited")
    );

    // The invited person sets a password from the invitation and lands in the member area.
    let link = invitation
        .3
        .split_whitespace()
        .find(|w| w.contains("/password/reset/"))
        .unwrap()
        .trim_start_matches("http://socius.test")
        .to_string();
    let mut lotte = app.client();
    let set = lotte
        .submit(
            &link,
            &link,
            &[
                ("password", "mijn eigen wachtzin"),
                ("confirm", "mijn eigen wachtzin"),
            ],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    assert_eq!(
        lotte.get("/nl/account").await.status,
        StatusCode::OK,
        "signed in as the password is chosen"
    );
}
db_test!(coordinators_grant_and_withdraw_roles);

async fn a_coordinator_cannot_withdraw_their_own_coordinator_role(app: TestApp) {
    app.world().await;
    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    let id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM users WHERE email = 'coord@anderlecht.test'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let path = format!("/fr/anderlecht/people/{id}/revoke?role=coordinator");
    let refused = coordinator
        .submit(
            &path,
            &format!("/fr/anderlecht/people/{id}/revoke"),
            &[("role", "coordinator")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(coordinator
        .get("/fr/anderlecht/people")
        .await
        .body
        .contains("Vous ne pouvez pas retirer votre propre rôle"));
    assert_eq!(
        coordinator.get("/fr/anderlecht/audit").await.status,
        StatusCode::OK
    );
}
db_test!(a_coordinator_cannot_withdraw_their_own_coordinator_role);

/// Granting a role to someone who already has an account offers it: nothing changes for the
/// coordination until the person accepts, signed in, from their email; until then the list shows
/// the name typed, and the log never shows their sign-ins from before they accepted.
async fn an_existing_account_accepts_a_role_before_holding_it(app: TestApp) {
    app.world().await;
    // Koekelberg's coordinator signs in (a security event of their account) before the offer.
    let mut koekelberg = app.client();
    koekelberg.login("coord@koekelberg.test", PASSWORD).await;
    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    let offered = coordinator
        .submit(
            "/fr/anderlecht/people",
            "/fr/anderlecht/people",
            &[
                ("email", "coord@koekelberg.test"),
                ("name", "Nom tapé"),
                ("role", "member"),
                ("lang", "fr"),
            ],
        )
        .await;
    assert_eq!(offered.status, StatusCode::SEE_OTHER);
    let roles_here: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id \
         JOIN coordinations c ON c.id = r.coordination_id \
         WHERE u.email = 'coord@koekelberg.test' AND c.slug = 'anderlecht'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(roles_here, 0, "no role before the person accepts");
    let list = coordinator.get("/fr/anderlecht/people").await.body;
    let html = scraper::Html::parse_document(&list);
    let pending = scraper::Selector::parse("#pending + ul li").unwrap();
    let shown: Vec<String> = html
        .select(&pending)
        .map(|li| li.text().collect())
        .collect();
    assert_eq!(shown.len(), 1, "{list}");
    assert!(shown[0].contains("Nom tapé"), "{shown:?}");
    assert_eq!(
        their_sign_ins(&mut coordinator).await,
        0,
        "no earlier sign-in of someone else's account"
    );

    // The offer, in the person's language (Dutch), opens only for that account.
    let (_, lang, subject, text) = app.last_mail_to("coord@koekelberg.test").await;
    assert_eq!(lang, "nl");
    assert!(subject.starts_with("Een uitnodiging van"), "{subject}");
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/invitations/"))
        .unwrap()
        .trim_start_matches("http://socius.test")
        .to_string();
    let mut someone_else = app.client();
    someone_else.login("member@anderlecht.test", PASSWORD).await;
    assert_eq!(someone_else.get(&link).await.status, StatusCode::GONE);
    let offer = koekelberg.get(&link).await;
    assert_eq!(offer.status, StatusCode::OK);
    let accepted = koekelberg.submit(&link, &link, &[]).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    assert_eq!(accepted.location(), "/nl/anderlecht/dashboard");
    assert_eq!(
        koekelberg.get("/nl/anderlecht/dashboard").await.status,
        StatusCode::OK
    );
    assert_eq!(
        koekelberg.get(&link).await.status,
        StatusCode::GONE,
        "used once"
    );

    // From now on the coordination sees the person and their later sign-ins, not the earlier one.
    assert!(coordinator
        .get("/fr/anderlecht/people")
        .await
        .body
        .contains("coord@koekelberg.test"));
    let mut again = app.client();
    again.login("coord@koekelberg.test", PASSWORD).await;
    let sign_ins: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log a JOIN users u ON a.entity_id = CAST(u.id AS TEXT) \
         WHERE u.email = 'coord@koekelberg.test' AND a.event = 'login.succeeded'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(sign_ins, 2);
    assert_eq!(
        their_sign_ins(&mut coordinator).await,
        1,
        "only the sign-in after accepting"
    );
}

/// How many sign-ins of Koekelberg's coordinator Anderlecht's audit log shows.
async fn their_sign_ins(coordinator: &mut crate::support::Client) -> usize {
    let log = coordinator
        .get("/fr/anderlecht/audit?event=login.succeeded")
        .await
        .body;
    let html = scraper::Html::parse_document(&log);
    let rows = scraper::Selector::parse("tbody tr").unwrap();
    html.select(&rows)
        .filter(|r| {
            r.text()
                .collect::<String>()
                .contains("coord@koekelberg.test")
        })
        .count()
}
db_test!(an_existing_account_accepts_a_role_before_holding_it);

async fn content_blocks_compose_the_home_page_and_keep_their_versions(app: TestApp) {
    app.world().await;
    let mut public = app.client();
    assert_eq!(
        public.get("/fr/anderlecht/about/mission").await.status,
        StatusCode::NOT_FOUND,
        "a block not written is not shown"
    );
    for not_a_block in [
        "/fr/anderlecht/about/privacy",
        "/fr/anderlecht/about/nothing",
    ] {
        assert_eq!(public.get(not_a_block).await.status, StatusCode::NOT_FOUND);
    }
    let home = public.get("/fr/anderlecht/").await;
    assert_eq!(home.texts("#home-about + ul a"), vec!["Nos organes"]);
    assert_eq!(
        home.texts("a.button[href=\"/fr/anderlecht/join\"]"),
        vec!["Devenir membre"]
    );

    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    let overview = coordinator.get("/fr/anderlecht/pages").await;
    let mission_row = overview
        .texts("tbody tr")
        .into_iter()
        .find(|r| r.contains("Mission et objectifs"))
        .expect("the mission is listed");
    assert!(mission_row.contains("Pas encore écrite"), "{mission_row}");

    let first = "Relier les **acteurs** sociaux d'Anderlecht.\nNos valeurs :\n- écoute\n- <script>alert(1)</script>";
    let saved = coordinator
        .submit(
            "/fr/anderlecht/about/mission/edit",
            "/fr/anderlecht/about/mission/edit",
            &[("body_fr", first), ("body_nl", "")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.location(), "/fr/anderlecht/about/mission");

    let shown = public.get("/fr/anderlecht/about/mission").await;
    assert_eq!(shown.status, StatusCode::OK);
    assert_eq!(shown.texts(".prose strong"), vec!["acteurs"]);
    assert_eq!(
        shown.texts(".prose li"),
        vec!["écoute", "<script>alert(1)</script>"],
        "raw HTML shows as the text it is"
    );
    assert!(shown.texts(".prose script").is_empty());
    let nl = public.get("/nl/anderlecht/about/mission").await;
    assert_eq!(nl.texts(".prose[lang=\"fr\"] strong"), vec!["acteurs"]);

    // The home page leads with the mission and links to it.
    let home = public.get("/fr/anderlecht/").await;
    assert_eq!(
        home.texts(".hero .lead"),
        vec!["Relier les acteurs sociaux d'Anderlecht."]
    );
    assert_eq!(
        home.texts("#home-about + ul a[href=\"/fr/anderlecht/about/mission\"]"),
        vec!["Mission et objectifs"]
    );

    // A second version, then the first brought back: nothing is lost.
    coordinator
        .submit(
            "/fr/anderlecht/about/mission/edit",
            "/fr/anderlecht/about/mission/edit",
            &[
                ("body_fr", "Une autre mission."),
                ("body_nl", "Een andere missie."),
            ],
        )
        .await;
    let history = coordinator
        .get("/fr/anderlecht/pages/mission/history")
        .await;
    assert_eq!(history.texts(".revisions > li").len(), 2);
    let oldest: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT MIN(id) FROM page_revisions WHERE page = 'mission'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let restore = format!("/fr/anderlecht/pages/mission/history/{oldest}/restore");
    let restored = coordinator
        .submit("/fr/anderlecht/pages/mission/history", &restore, &[])
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER);
    assert_eq!(
        public
            .get("/fr/anderlecht/about/mission")
            .await
            .texts(".prose strong"),
        vec!["acteurs"]
    );
    let history = coordinator
        .get("/fr/anderlecht/pages/mission/history")
        .await;
    assert_eq!(history.texts(".revisions > li").len(), 3);

    // Another coordination's revision is not found here.
    let mut other = app.client();
    other.login("coord@koekelberg.test", PASSWORD).await;
    let elsewhere = format!("/fr/koekelberg/pages/mission/history/{oldest}/restore");
    let refused = other
        .submit("/fr/koekelberg/pages/mission/history", &elsewhere, &[])
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
}
db_test!(content_blocks_compose_the_home_page_and_keep_their_versions);

async fn coordinators_publish_documents_everyone_downloads(app: TestApp) {
    app.world().await;
    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    let empty = coordinator.get("/fr/anderlecht/documents").await;
    assert_eq!(
        empty.texts("#documents-published + p"),
        vec!["La coordination n'a pas encore publié de document."]
    );
    let upload = format!("/fr/anderlecht/documents?_csrf={}", empty.csrf_in_query());

    // A web page is not a document: refused beside the file, the titles kept as typed.
    let refused = coordinator
        .post_multipart(
            &upload,
            &[("title_fr", ""), ("title_nl", "Jaarverslag 2026")],
            &[("file", "verslag.html", b"<html></html>")],
        )
        .await;
    assert!(refused.refused_field("file").0.contains("format"));
    assert_eq!(refused.field("title_nl").0, "Jaarverslag 2026");
    // A file without any title is refused beside the titles.
    let untitled = coordinator
        .post_multipart(&upload, &[], &[("file", "rapport.pdf", b"%PDF-1.4")])
        .await;
    assert_eq!(untitled.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(untitled.field("title_fr").1.is_some());

    let pdf: &[u8] = b"%PDF-1.4\n% Rapport d'activites\n";
    let published = coordinator
        .post_multipart(
            &upload,
            &[("title_fr", "Rapport d'activités 2026"), ("title_nl", "")],
            &[("file", "Rapport 2026.pdf", pdf)],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    assert_eq!(published.location(), "/fr/anderlecht/documents");
    let listed = coordinator.get("/fr/anderlecht/documents").await;
    assert_eq!(
        listed.texts(".missing-translation"),
        vec!["Traduction manquante\u{a0}: Nederlands"],
        "its editors see the missing Dutch title"
    );

    // A Dutch reader gets the French title, marked as French, and downloads the file.
    let mut public = app.client();
    let nl = public.get("/nl/anderlecht/documents").await;
    let html = scraper::Html::parse_document(&nl.body);
    let link = scraper::Selector::parse("ul.documents a[download][lang=fr]").unwrap();
    let link = html.select(&link).next().expect("the document's link");
    assert_eq!(link.text().collect::<String>(), "Rapport d'activités 2026");
    let href = link.value().attr("href").unwrap().to_string();
    assert!(
        nl.texts("#documents-publish").is_empty(),
        "no form for readers"
    );
    assert!(nl.texts(".missing-translation").is_empty());
    let file = public.get(&href).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.header("content-type"), "application/pdf");
    assert!(file.header("content-disposition").contains("attachment"));
    assert_eq!(file.bytes, pdf);
    // It is Anderlecht's: not found under another coordination.
    let id = href.rsplit('/').next().unwrap();
    let elsewhere = public.get(&format!("/nl/koekelberg/documents/{id}")).await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);

    // Removing it (after the page's confirmation) takes it off the site; the audit log keeps it.
    let removed = coordinator
        .submit(
            "/fr/anderlecht/documents",
            &format!("/fr/anderlecht/documents/{id}/remove"),
            &[],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(public.get(&href).await.status, StatusCode::NOT_FOUND);
    let audited: i64 = socius::with_db!(app.db(), |p| {
        sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE event IN ('document.published', 'document.removed')"
    )
    .fetch_one(p)
    .await
    })
    .unwrap();
    assert_eq!(audited, 2);
}
db_test!(coordinators_publish_documents_everyone_downloads);
