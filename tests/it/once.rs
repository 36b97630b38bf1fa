//! One action once: a form posted twice, or eight times at once (a double click, a resend after a
//! slow answer), does what it does once and answers every copy as the first; on both backends.

use axum::http::StatusCode;

use crate::db_test;
use crate::support::membership::{admit_and_sign_in, apply, setup};
use crate::support::{TestApp, TestResponse};

async fn count(app: &TestApp, sql: &str) -> i64 {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(sql).fetch_one(p).await).unwrap()
}

/// Every answer is the first one's: a redirect to the same place.
fn all_lead_to(answers: &[TestResponse], location: &str) {
    for answer in answers {
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        assert_eq!(answer.location(), location);
    }
}

async fn an_application_sent_eight_times_at_once_is_one_application(app: TestApp) {
    setup(&app).await;
    let mut visitor = app.client();
    let form = "/fr/anderlecht/join";
    let fields = [
        ("name", "Épicerie sociale du Peterbos"),
        ("email", "info@peterbos.example"),
        ("address", "Parc du Peterbos 1, 1070 Anderlecht"),
        ("motivation", "Nous aidons les familles du quartier."),
        ("contact_name", "Nadia Benali"),
        ("contact_email", "nadia@peterbos.example"),
        ("contact_lang", "fr"),
        ("themes", "food-aid"),
        ("signature_name", "Nadia Benali"),
        ("signature_consent", "on"),
    ];
    let answers = visitor.fill_at_once(form, form, &fields, 8).await;
    all_lead_to(&answers, "/fr/anderlecht/join/thanks");
    let applications =
        "SELECT COUNT(*) FROM memberships WHERE name = 'Épicerie sociale du Peterbos'";
    assert_eq!(count(&app, applications).await, 1);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM outbox WHERE recipient = 'nadia@peterbos.example'"
        )
        .await,
        1,
        "one confirmation"
    );
    // A new visit to the form is a new form: a second application is the applicant's choice.
    let again = visitor.fill(form, form, &fields).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(count(&app, applications).await, 2);

    // Ten posts a minute from one address; the eleventh comes back as typed, with the wait.
    let tenth = visitor.fill(form, form, &fields).await;
    assert_eq!(tenth.status, StatusCode::SEE_OTHER);
    let limited = visitor.fill(form, form, &fields).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.header("retry-after"), "60");
    let (value, message) = limited.field("name");
    assert_eq!(value, "Épicerie sociale du Peterbos");
    assert!(message.is_some_and(|m| m.contains("Patientez une minute")));
    assert_eq!(limited.field("contact_email").0, "nadia@peterbos.example");
    assert_eq!(count(&app, applications).await, 3);
}

db_test!(an_application_sent_eight_times_at_once_is_one_application);

async fn a_signal_or_a_seat_asked_eight_times_at_once_is_stored_once(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let fr = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, fr, "ines@mdf.example").await;

    let report = "/fr/anderlecht/observatory/report";
    let need = [
        ("theme", "housing"),
        ("target_group", "families"),
        ("description", "Familles en attente d'un logement social."),
        ("people_count", "12"),
        ("trend", "growing"),
        ("severity", "3"),
    ];
    let answers = ines
        .fill_at_once(&format!("{report}?kind=need"), report, &need, 8)
        .await;
    all_lead_to(&answers, "/fr/anderlecht/observatory/mine");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM signals").await, 1);
    let people = "SELECT CAST(COALESCE(SUM(people_count), 0) AS BIGINT) FROM signals";
    assert_eq!(count(&app, people).await, 12, "the figures count it once");

    // A cause ticked twice (a repeated field) is one cause, not a server error.
    let form = ines.get(&format!("{report}?kind=non_take_up")).await;
    let mut fields = crate::support::form_fields(&form.body, report);
    for (name, value) in [
        ("right", "bim"),
        ("causes", "unaware"),
        ("causes", "unaware"),
        ("target_group", "older-people"),
        (
            "description",
            "Des pensionnés ignorent l'intervention majorée.",
        ),
        ("people_count", "7"),
        ("outcome", "referred"),
    ] {
        fields.retain(|(n, _)| n != name || name == "causes");
        fields.push((name.to_string(), value.to_string()));
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let twice = ines.post_raw(report, &fields).await;
    assert_eq!(twice.status, StatusCode::SEE_OTHER, "{}", twice.body);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM signal_causes").await, 1);

    // The signal becomes a need; two coordinators follow it up from pages read at the same time.
    let signals = "/fr/anderlecht/observatory/signals";
    let csrf = coordinator.get(signals).await.csrf();
    let signal = count(&app, "SELECT id FROM signals").await.to_string();
    let grouped = coordinator
        .post_raw(
            signals,
            &[
                ("_csrf", &csrf),
                ("signal", &signal),
                ("title_fr", "Accès au logement"),
                ("title_nl", "Toegang tot huisvesting"),
            ],
        )
        .await;
    assert_eq!(grouped.status, StatusCode::SEE_OTHER, "{}", grouped.body);
    let need = grouped.location().to_string();
    let unknown = coordinator
        .fill(&need, &need, &[("status", "forgotten")])
        .await;
    let (message, _) = unknown.refused_field("status");
    assert!(message.contains("Choisissez"), "{message}");
    let read_first = coordinator.get(&need).await;
    let stale = crate::support::form_fields(&read_first.body, &need);
    let saved = coordinator
        .fill(&need, &need, &[("status", "discussed")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let mut late: Vec<(String, String)> = stale;
    for (name, value) in late.iter_mut() {
        match name.as_str() {
            "status" => *value = "in_action".into(),
            "response" => *value = "Le CPAS ouvre une permanence logement.".into(),
            _ => {}
        }
    }
    let late: Vec<(&str, &str)> = late.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    let refused = coordinator.post_raw(&need, &late).await;
    let (message, _) = refused.refused_field("status");
    assert!(message.contains("entre-temps"), "{message}");
    let html = scraper::Html::parse_document(&refused.body);
    let chosen = scraper::Selector::parse("#field-status option[selected]").unwrap();
    let chosen = html
        .select(&chosen)
        .next()
        .and_then(|o| o.value().attr("value"));
    assert_eq!(chosen, Some("in_action"), "the change typed is kept");
    assert_eq!(
        refused.field("response").0,
        "Le CPAS ouvre une permanence logement."
    );
    let stored = "SELECT COUNT(*) FROM needs WHERE status = 'discussed'";
    assert_eq!(count(&app, stored).await, 1, "the first change stands");

    // Joining an open working group: one seat however often it is clicked.
    let new_body = "/fr/anderlecht/bodies/new";
    let created = coordinator
        .submit(
            new_body,
            new_body,
            &[
                ("kind", "working_group"),
                ("name_fr", "Groupe logement"),
                ("name_nl", "Werkgroep huisvesting"),
                ("open", "on"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let group = count(
        &app,
        "SELECT id FROM bodies WHERE name_fr = 'Groupe logement'",
    )
    .await;
    let page = format!("/fr/anderlecht/bodies/{group}");
    let joined = ines
        .fill_at_once(&page, &format!("{page}/join"), &[], 8)
        .await;
    all_lead_to(&joined, &page);
    let seats = format!("SELECT COUNT(*) FROM body_members WHERE body_id = {group}");
    assert_eq!(count(&app, &seats).await, 1);
}

db_test!(a_signal_or_a_seat_asked_eight_times_at_once_is_stored_once);

/// The coordinator's forms that create or send, each clicked eight times at once: one meeting, one
/// decision, one round with one invitation each, one reminder, one closing.
async fn a_coordinators_forms_clicked_eight_times_at_once_act_once(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let fr = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    admit_and_sign_in(&app, &mut coordinator, fr, "ines@mdf.example").await;
    let mails_to_ines = || async {
        app.outbox()
            .await
            .into_iter()
            .filter(|m| m.0 == "ines@mdf.example")
            .count()
    };

    let plenary = count(&app, "SELECT id FROM bodies WHERE kind = 'plenary'").await;
    let new_meeting = format!("/fr/anderlecht/bodies/{plenary}/meetings/new");
    let year = chrono::Datelike::year(&chrono::Utc::now()) + 1;
    let date = format!("{year}-05-12");
    let planned = coordinator
        .fill_at_once(
            &new_meeting,
            &new_meeting,
            &[
                ("title_fr", "Plénière de mai"),
                ("title_nl", "Plenaire van mei"),
                ("date", &date),
                ("time", "09:30"),
                ("duration", "120"),
                ("place_fr", "CPAS, salle du conseil"),
            ],
            8,
        )
        .await;
    let meetings = "SELECT COUNT(*) FROM meetings WHERE title_fr = 'Plénière de mai'";
    assert_eq!(count(&app, meetings).await, 1);
    let meeting = count(
        &app,
        "SELECT id FROM meetings WHERE title_fr = 'Plénière de mai'",
    )
    .await;
    let page = format!("/fr/anderlecht/meetings/{meeting}");
    all_lead_to(&planned, &page);

    let minutes = format!("{page}/minutes");
    let decided = coordinator
        .fill_at_once(
            &minutes,
            &minutes,
            // A meeting without items: the minutes' one part is "other decisions".
            &[("new_decision_0", "La coordination écrit au CPAS.")],
            8,
        )
        .await;
    all_lead_to(&decided, &minutes);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM decisions").await, 1);

    let rounds = "/fr/anderlecht/observatory/rounds";
    let today = chrono::Utc::now().date_naive();
    let (start, end, deadline) = (
        (today - chrono::Duration::days(180)).to_string(),
        (today - chrono::Duration::days(1)).to_string(),
        (today + chrono::Duration::days(20)).to_string(),
    );
    let before = mails_to_ines().await;
    let opened = coordinator
        .fill_at_once(
            rounds,
            rounds,
            &[
                ("title_fr", "Premier relevé"),
                ("title_nl", "Eerste ronde"),
                ("period_start", &start),
                ("period_end", &end),
                ("deadline", &deadline),
            ],
            8,
        )
        .await;
    all_lead_to(&opened, rounds);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM collection_rounds").await,
        1
    );
    assert_eq!(
        mails_to_ines().await,
        before + 1,
        "one invitation to report"
    );
    let round = count(&app, "SELECT id FROM collection_rounds").await;
    let reminded = coordinator
        .fill_at_once(rounds, &format!("{rounds}/{round}/remind"), &[], 8)
        .await;
    all_lead_to(&reminded, rounds);
    assert_eq!(mails_to_ines().await, before + 2, "one reminder");
    let closed = coordinator
        .fill_at_once(rounds, &format!("{rounds}/{round}/close"), &[], 8)
        .await;
    all_lead_to(&closed, rounds);
    let closings = "SELECT COUNT(*) FROM audit_log WHERE event = 'observatory.round.changed'";
    assert_eq!(count(&app, closings).await, 1, "closed once");
}

db_test!(a_coordinators_forms_clicked_eight_times_at_once_act_once);
