//! Contact persons and accounts as one thing: a contact without an account reports from the
//! personal link of a round's letter, is offered an account in the letters that lead to signed-in
//! pages, and is signed in once they choose their password.

use axum::http::StatusCode;
use chrono::{Duration, Utc};

use crate::db_test;
use crate::support::membership::{apply, decide, setup};
use crate::support::{Client, TestApp};

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(sql).fetch_one(p).await).unwrap()
}

/// The path of the first link in `text` that holds `part`, without the base URL.
fn link_in(text: &str, part: &str) -> Option<String> {
    text.split_whitespace()
        .find(|w| w.contains(part))
        .map(|w| w.trim_start_matches("http://socius.test").to_string())
}

/// Adds a contact person to membership `id` from its page, invited to an account or not.
async fn add_contact(coordinator: &mut Client, id: i64, email: &str, lang: &str, invite: bool) {
    let page = format!("/fr/anderlecht/members/{id}");
    let mut fields = vec![
        ("contact_name", email),
        ("contact_email", email),
        ("contact_lang", lang),
        ("role", "delegate"),
    ];
    if invite {
        fields.push(("invite", "on"));
    }
    let added = coordinator
        .submit(&page, &format!("{page}/contacts"), &fields)
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
}

async fn a_contact_without_an_account_reports_from_the_round_letter(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let id = apply(&app, "fr", "Épicerie sociale", "ana@epicerie.example", true).await;
    let admitted = decide(&mut coordinator, id, &[("decision", "admit")]).await;
    assert_eq!(admitted.status, StatusCode::SEE_OTHER, "{}", admitted.body);
    // Admission says what it did, naming the organisation and the person invited.
    let page = coordinator
        .get(&format!("/fr/anderlecht/members/{id}"))
        .await;
    assert_eq!(
        page.texts(".flash-success"),
        vec![
            "Épicerie sociale est désormais membre de la coordination\u{202f}; \
              ana@epicerie.example a reçu une invitation à activer son compte."
        ]
    );
    add_contact(&mut coordinator, id, "bob@epicerie.example", "nl", false).await;
    let page = coordinator
        .get(&format!("/fr/anderlecht/members/{id}"))
        .await;
    let listed = page.texts("main li");
    assert!(
        listed.iter().any(|l| l.starts_with("bob@epicerie.example")
            && l.contains("sans compte")
            && l.contains("Inviter à activer un compte")),
        "{listed:?}"
    );
    assert!(
        listed.iter().any(|l| l.starts_with("ana@epicerie.example")
            && l.contains("invitation envoyée")
            && l.contains("Renvoyer l'invitation")),
        "{listed:?}"
    );
    assert_eq!(
        scalar(
            &app,
            "SELECT COUNT(*) FROM member_contacts WHERE email = 'bob@epicerie.example' \
             AND user_id IS NULL"
        )
        .await,
        1,
        "not invited: a record of the organisation only"
    );

    // Its record on the social map names it in Dutch too: Dutch readers get that name.
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE organizations SET name_nl = 'Sociale kruidenier' \
         WHERE id = (SELECT organization_id FROM memberships WHERE id = $1)"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let today = Utc::now().date_naive();
    let opened = coordinator
        .submit(
            "/fr/anderlecht/observatory/rounds",
            "/fr/anderlecht/observatory/rounds",
            &[
                ("title_fr", "Relevé d'hiver"),
                ("title_nl", "Winterronde"),
                ("period_start", &(today - Duration::days(90)).to_string()),
                ("period_end", &today.to_string()),
                ("deadline", &(today + Duration::days(20)).to_string()),
            ],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    let (_, _, subject, letter) = app.last_mail_to("bob@epicerie.example").await;
    // Another round over the same months is said first, and opened once the coordinator ticks it.
    let second = [
        ("title_fr", "Relevé bis"),
        ("period_start", &(today - Duration::days(30)).to_string()),
        ("period_end", &today.to_string()),
        ("deadline", &(today + Duration::days(10)).to_string()),
    ];
    let rounds = "/fr/anderlecht/observatory/rounds";
    let warned = coordinator.submit(rounds, rounds, &second).await;
    assert_eq!(warned.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(warned.texts("#error-overlap")[0].contains("recouvre"));
    assert_eq!(warned.field("title_fr").0, "Relevé bis");
    let mut ticked = second.to_vec();
    ticked.push(("overlap", "on"));
    let opened = coordinator.submit(rounds, rounds, &ticked).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    assert!(subject.contains("Winterronde"), "{subject}");
    assert!(letter.contains("voor Sociale kruidenier"), "{letter}");
    let report = link_in(&letter, "/observatory/report/").expect("a personal report link");
    assert!(report.starts_with("/nl/anderlecht/observatory/report/"));
    let activation = link_in(&letter, "/password/reset/").expect("an activation link");
    assert!(
        activation.ends_with("?next=%2Fnl%2Fanderlecht%2Fobservatory%2Fmine"),
        "{activation}"
    );

    // Bob reports without an account; a double click saves one signal.
    let mut bob = app.client();
    let form = bob.get(&report).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(
        form.texts("p.lead"),
        vec!["U meldt voor Sociale kruidenier. Elk formulier bewaart één melding; u kunt er meerdere versturen."]
    );
    assert!(form.texts("nav a").iter().all(|a| a != "Mijn meldingen"));
    let saved = bob
        .fill_at_once(
            &report,
            &report,
            &[
                ("theme", "food-aid"),
                ("target_group", "families"),
                ("description", "Meer gezinnen aan de voedselbank."),
                ("people_count", "25"),
                ("trend", "growing"),
                ("severity", "3"),
            ],
            2,
        )
        .await;
    for answer in &saved {
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        assert_eq!(answer.location(), report, "back to the form, for another");
    }
    assert_eq!(
        scalar(
            &app,
            "SELECT COUNT(*) FROM signals s JOIN collection_rounds r ON r.id = s.round_id \
             WHERE s.description = 'Meer gezinnen aan de voedselbank.' AND s.created_by IS NULL"
        )
        .await,
        1,
        "one signal, in the link's round, by nobody's account"
    );
    // A form that says another round, or no round, still reports in the link's round.
    let elsewhere = bob
        .fill(
            &report,
            &report,
            &[
                ("round_id", ""),
                ("theme", "housing"),
                ("target_group", "families"),
                ("description", "Wachtlijsten voor sociale woningen."),
                ("people_count", "8"),
                ("trend", "stable"),
                ("severity", "2"),
            ],
        )
        .await;
    assert_eq!(
        elsewhere.status,
        StatusCode::SEE_OTHER,
        "{}",
        elsewhere.body
    );
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM signals WHERE round_id IS NULL").await,
        0
    );

    // Activating from the letter signs Bob in and leads to his organisation's signals.
    let mut bob = app.client();
    let set = bob
        .submit(
            &activation,
            &activation.replace("?next=%2Fnl%2Fanderlecht%2Fobservatory%2Fmine", ""),
            &[
                ("password", "a brand new passphrase"),
                ("confirm", "a brand new passphrase"),
                ("next", "/nl/anderlecht/observatory/mine"),
            ],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    assert_eq!(set.location(), "/nl/anderlecht/observatory/mine");
    let mine = bob.get("/nl/anderlecht/observatory/mine").await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(
        mine.texts("main tbody tr").len(),
        2,
        "the organisation's signals, reported through the link"
    );
    let page = coordinator
        .get(&format!("/fr/anderlecht/members/{id}"))
        .await;
    assert!(page
        .texts("main li")
        .iter()
        .any(|l| l.starts_with("bob@epicerie.example") && l.contains("compte actif")));

    // Past the deadline, or once the round is closed, the link no longer opens.
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE collection_rounds SET deadline = $1"
    )
    .bind(today - Duration::days(1))
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let closed = app.client().get(&report).await;
    assert_eq!(closed.status, StatusCode::GONE);
    assert_eq!(closed.texts("h1"), vec!["Deze link is niet meer geldig"]);
    // Spent links are forgotten by the retention pass.
    assert!(scalar(&app, "SELECT COUNT(*) FROM report_links").await > 0);
    socius::features::rights::retention::apply(app.db(), Utc::now())
        .await
        .unwrap();
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM report_links").await, 0);

    // A contact added without an invitation is invited later from the organisation's page.
    add_contact(&mut coordinator, id, "carl@epicerie.example", "fr", false).await;
    let carl: i64 = scalar(
        &app,
        "SELECT id FROM member_contacts WHERE email = 'carl@epicerie.example'",
    )
    .await;
    let page = format!("/fr/anderlecht/members/{id}");
    let invited = coordinator
        .submit(&page, &format!("{page}/contacts/{carl}/invite"), &[])
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
    let (_, _, subject, text) = app.last_mail_to("carl@epicerie.example").await;
    assert!(subject.contains("Anderlecht"), "{subject}");
    assert!(link_in(&text, "/password/reset/").is_some());
    // Adding one with the box ticked (as the form offers) invites at once.
    add_contact(&mut coordinator, id, "dina@epicerie.example", "fr", true).await;
    let (_, _, _, text) = app.last_mail_to("dina@epicerie.example").await;
    assert!(link_in(&text, "/password/reset/").is_some());
}
db_test!(a_contact_without_an_account_reports_from_the_round_letter);
