//! The rights of the people: a person reads, downloads and erases what Socius holds about them; a
//! coordinator does the same for a contact person within their coordination. The erasure's preview
//! is what the erasure does; the records the coordination needs stay without the person.

use axum::http::StatusCode;
use scraper::{Html, Selector};

use crate::db_test;
use crate::support::TestApp;

const MEMBER: &str = "member@anderlecht.example";
const MEMBER_PASSWORD: &str = "demo-anderlecht-member";

fn texts(body: &str, selector: &str) -> Vec<String> {
    let html = Html::parse_document(body);
    let selector = Selector::parse(selector).unwrap();
    html.select(&selector)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

async fn count(app: &TestApp, sql: &str, value: &str) -> i64 {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(sql)
        .bind(value)
        .fetch_one(p)
        .await)
    .unwrap()
}

async fn a_person_reads_downloads_and_erases_their_data(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let user_id = count(&app, "SELECT id FROM users WHERE email = $1", MEMBER).await;
    let mut member = app.client();
    member.login(MEMBER, MEMBER_PASSWORD).await;

    // Readable: one section per kind of record, each field labelled in the reader's language.
    let page = member.get("/fr/account/data").await;
    assert_eq!(page.status, StatusCode::OK);
    let sections: Vec<String> = Html::parse_document(&page.body)
        .select(&Selector::parse("main section").unwrap())
        .filter_map(|s| s.value().attr("aria-labelledby").map(str::to_string))
        .collect();
    for section in [
        "section-personal-data-account",
        "section-personal-data-roles",
        "section-personal-data-contacts",
        "section-personal-data-audit",
    ] {
        assert!(
            sections.iter().any(|s| s == section),
            "{section} in {sections:?}"
        );
    }
    assert!(texts(&page.body, "dl.record dt")
        .iter()
        .any(|label| label == "Adresse e-mail"));
    // Signed-in pages say which Socius serves them.
    assert_eq!(
        texts(&page.body, "footer .meta"),
        [format!("Socius {}", env!("CARGO_PKG_VERSION"))]
    );

    // Portable: the same as JSON, to save.
    let file = member.get("/fr/account/data.json").await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(file.header("content-disposition").starts_with("attachment"));
    let json: serde_json::Value = serde_json::from_str(&file.body).unwrap();
    assert_eq!(
        json["sections"]["personal-data-account"][0]["email"],
        MEMBER
    );
    assert!(!json["sections"]["personal-data-contacts"]
        .as_array()
        .unwrap()
        .is_empty());

    // The preview says what goes and what stays; a wrong password changes nothing.
    let subject = {
        let mut s = socius::platform::personal_data::DataSubject {
            user_id: Some(user_id),
            ..Default::default()
        };
        s.knows_email(MEMBER);
        s.knows_name("Mohamed Membre");
        s
    };
    let preview = socius::platform::personal_data::preview(
        app.db(),
        &socius::features::personal_data(),
        &subject,
        socius::platform::personal_data::Reach::Everywhere,
    )
    .await
    .unwrap();
    let preview_page = member.get("/fr/account/erase").await;
    assert_eq!(preview_page.status, StatusCode::OK);
    assert!(texts(&preview_page.body, "#removed + ul li")
        .iter()
        .any(|line| line.starts_with("Compte\u{a0}: 1")));
    assert!(!texts(&preview_page.body, "#pseudonymised + ul li").is_empty());
    let wrong = member
        .submit(
            "/fr/account/erase",
            "/fr/account/erase",
            &[("password", "not-my-password")],
        )
        .await;
    wrong.refused_field("password");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM users WHERE email = $1", MEMBER).await,
        1
    );

    let invitations_before = count(
        &app,
        "SELECT COUNT(*) FROM invitations WHERE coordination_id = \
         (SELECT id FROM coordinations WHERE slug = $1)",
        "anderlecht",
    )
    .await;
    let erased = member
        .submit(
            "/fr/account/erase",
            "/fr/account/erase",
            &[("password", MEMBER_PASSWORD)],
        )
        .await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER, "{}", erased.body);
    assert_eq!(erased.location(), "/fr/");

    // Gone: the account, its sessions, its contact records; nothing names the person any more.
    assert_eq!(
        member.get("/fr/account").await.status,
        StatusCode::SEE_OTHER
    );
    for (sql, what) in [
        ("SELECT COUNT(*) FROM users WHERE email = $1", "account"),
        (
            "SELECT COUNT(*) FROM member_contacts WHERE email = $1",
            "contact records",
        ),
        (
            "SELECT COUNT(*) FROM invitations WHERE email = $1",
            "invitations",
        ),
        ("SELECT COUNT(*) FROM outbox WHERE recipient = $1", "mail"),
        (
            "SELECT COUNT(*) FROM audit_log WHERE actor_label LIKE '%' || $1 || '%' \
             OR COALESCE(before_json, '') LIKE '%' || $1 || '%' \
             OR COALESCE(after_json, '') LIKE '%' || $1 || '%'",
            "audit entries",
        ),
    ] {
        assert_eq!(count(&app, sql, MEMBER).await, 0, "{what} left");
    }
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM signals WHERE created_by = CAST($1 AS BIGINT)",
            &user_id.to_string()
        )
        .await,
        0
    );
    // What the coordination needs stays: every invitation (attendance counts), every signal.
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM invitations WHERE coordination_id = \
             (SELECT id FROM coordinations WHERE slug = $1)",
            "anderlecht",
        )
        .await,
        invitations_before
    );

    // The audit log keeps that an erasure happened, with what it did in numbers: the preview's.
    let after: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT after_json FROM audit_log WHERE event = 'person.erased'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let summary: serde_json::Value = serde_json::from_str(&after).unwrap();
    for line in &preview {
        assert_eq!(
            summary[line.key]["count"].as_u64(),
            Some(line.count),
            "{}",
            line.key
        );
    }
}

db_test!(a_person_reads_downloads_and_erases_their_data);

async fn a_coordinator_erases_a_contact_person_within_their_coordination(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let (contact, membership, email): (i64, i64, String) =
        socius::with_db!(app.db(), |p| sqlx::query_as(
            "SELECT c.id, c.membership_id, c.email FROM member_contacts c \
             JOIN coordinations co ON co.id = c.coordination_id \
             WHERE co.slug = 'anderlecht' AND c.user_id IS NULL ORDER BY c.id LIMIT 1"
        )
        .fetch_one(p)
        .await)
        .unwrap();
    let mut coordinator = app.client();
    coordinator
        .login(
            "coordinator@anderlecht.example",
            "demo-anderlecht-coordinator",
        )
        .await;
    let base = format!("/fr/anderlecht/members/{membership}/contacts/{contact}");
    let detail = coordinator
        .get(&format!("/fr/anderlecht/members/{membership}"))
        .await;
    let html = Html::parse_document(&detail.body);
    let link = format!("{base}/data");
    assert!(html
        .select(&Selector::parse("main a").unwrap())
        .any(|a| a.value().attr("href") == Some(link.as_str())));

    let data = coordinator.get(&format!("{base}/data")).await;
    assert_eq!(data.status, StatusCode::OK);
    assert!(texts(&data.body, "dl.record dd").contains(&email));
    let file = coordinator.get(&format!("{base}/data.json")).await;
    let json: serde_json::Value = serde_json::from_str(&file.body).unwrap();
    assert_eq!(json["reach"], "anderlecht");
    assert_eq!(
        json["sections"]["personal-data-contacts"][0]["email"],
        email.as_str()
    );

    let preview = coordinator.get(&format!("{base}/erase")).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(texts(&preview.body, "#removed + ul li")
        .iter()
        .any(|l| l.starts_with("Personne de contact d'une organisation membre\u{a0}: 1")));
    let erased = coordinator
        .submit(&format!("{base}/erase"), &format!("{base}/erase"), &[])
        .await;
    assert_eq!(erased.status, StatusCode::SEE_OTHER, "{}", erased.body);
    assert_eq!(
        erased.location(),
        format!("/fr/anderlecht/members/{membership}")
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM member_contacts WHERE email = $1",
            &email
        )
        .await,
        0
    );
    assert_eq!(
        coordinator.get(&format!("{base}/data")).await.status,
        StatusCode::NOT_FOUND
    );
    let recorded = count(
        &app,
        "SELECT COUNT(*) FROM audit_log WHERE event = 'person.erased' AND entity_id = $1",
        &contact.to_string(),
    )
    .await;
    assert_eq!(recorded, 1);

    // The only coordinator of a coordination cannot erase themselves before naming a successor;
    // nor can the last platform admin.
    erasure_refused(
        &app,
        (
            "coordinator@koekelberg.example",
            "demo-koekelberg-coordinator",
        ),
        "koekelberg",
    )
    .await;
    erasure_refused(
        &app,
        ("admin@socius.example", "socius-demo-admin"),
        "dernière personne à administrer",
    )
    .await;
}

/// Signs in as `account` (email, password): the erasure page says why it must wait (`says`),
/// offers no button, refuses a request sent anyway, and the account stays.
async fn erasure_refused(app: &TestApp, (email, password): (&str, &str), says: &str) {
    let mut client = app.client();
    client.login(email, password).await;
    let page = client.get("/fr/account/erase").await;
    assert!(texts(&page.body, ".flash-error")
        .iter()
        .any(|m| m.contains(says)));
    assert!(texts(&page.body, "form button.danger").is_empty());
    let refused = client
        .submit(
            "/fr/account/data",
            "/fr/account/erase",
            &[("password", password)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        count(app, "SELECT COUNT(*) FROM users WHERE email = $1", email).await,
        1
    );
}

db_test!(a_coordinator_erases_a_contact_person_within_their_coordination);

/// Inserts what `sql` says with its binds, on either backend.
async fn insert(app: &TestApp, sql: &str, at: chrono::DateTime<chrono::Utc>, what: &str) {
    socius::with_db!(app.db(), |p| sqlx::query(sql)
        .bind(at)
        .bind(what)
        .execute(p)
        .await
        .map(|_| ()))
    .unwrap();
}

async fn retention_forgets_what_has_had_its_time_and_the_privacy_page_says_so(app: TestApp) {
    use chrono::{Duration, Utc};
    socius::demo::seed(&app.state).await.unwrap();
    let now = Utc::now();
    let anderlecht: i64 = count(
        &app,
        "SELECT id FROM coordinations WHERE slug = $1",
        "anderlecht",
    )
    .await;
    let refused = format!(
        "INSERT INTO memberships (coordination_id, organization_id, status, name, kbo, email, \
         website, address, motivation, themes, applied_at, updated_at) VALUES \
         ({anderlecht}, NULL, 'refused', $2, NULL, 'x@y.example', '', '', '', '', $1, $1)"
    );
    insert(&app, &refused, now - Duration::days(400), "Old refusal").await;
    insert(&app, &refused, now - Duration::days(300), "Recent refusal").await;
    let message = |subject: &str| {
        format!(
            "INSERT INTO outbox (coordination_id, recipient, lang, subject, body_text, body_html, \
             attachments, message_id, status, attempts, next_attempt_at, created_at, sent_at) VALUES \
             ({anderlecht}, 'a@b.example', 'fr', '{subject}', 'Bonjour', '<p>Bonjour</p>', '[]', \
             $2, 'sent', 1, $1, $1, $1)"
        )
    };
    insert(
        &app,
        &message("Old"),
        now - Duration::days(91),
        "<old@test>",
    )
    .await;
    insert(
        &app,
        &message("Recent"),
        now - Duration::days(89),
        "<recent@test>",
    )
    .await;
    let audit = "INSERT INTO audit_log (coordination_id, actor_user_id, actor_label, event, \
                 entity_type, entity_id, before_json, after_json, ip, created_at) VALUES \
                 (NULL, NULL, 'x', $2, NULL, NULL, NULL, NULL, '192.0.2.1', $1)";
    insert(&app, audit, now - Duration::days(400), "login.old").await;
    insert(&app, audit, now - Duration::days(300), "login.recent").await;

    let forgotten = socius::features::rights::retention::apply(app.db(), now)
        .await
        .unwrap();
    assert_eq!(forgotten.refused_applications, 1);
    assert_eq!(forgotten.message_texts, 1);
    assert!(forgotten.ip_addresses >= 1);
    let left = |name: &'static str| {
        count(
            &app,
            "SELECT COUNT(*) FROM memberships WHERE name = $1",
            name,
        )
    };
    assert_eq!(left("Old refusal").await, 0);
    assert_eq!(left("Recent refusal").await, 1);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM outbox WHERE subject = $1 AND body_text = ''",
            "Old"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM outbox WHERE subject = $1 AND body_text = ''",
            "Recent"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE event = $1 AND ip IS NULL",
            "login.old"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE event = $1 AND ip IS NULL",
            "login.recent"
        )
        .await,
        0
    );

    // A coordinator shortens the mail's time; the privacy page says so at once, and the next pass
    // applies it. A wrong number comes back beside its field.
    let mut coordinator = app.client();
    coordinator
        .login(
            "coordinator@anderlecht.example",
            "demo-anderlecht-coordinator",
        )
        .await;
    let wrong = coordinator
        .submit(
            "/fr/anderlecht/privacy/retention",
            "/fr/anderlecht/privacy/retention",
            &[("refused_months", "12"), ("mail_days", "deux")],
        )
        .await;
    assert_eq!(wrong.refused_field("mail_days").1, "deux");
    let saved = coordinator
        .submit(
            "/fr/anderlecht/privacy/retention",
            "/fr/anderlecht/privacy/retention",
            &[("refused_months", "6"), ("mail_days", "30")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let privacy = app.client().get("/nl/anderlecht/privacy").await;
    let rows = texts(&privacy.body, "#processing ~ div table tbody tr");
    assert!(rows.iter().any(|r| r.contains("30 dagen")), "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("6 maanden")), "{rows:?}");
    let forgotten = socius::features::rights::retention::apply(app.db(), now)
        .await
        .unwrap();
    assert!(forgotten.message_texts >= 1);
    assert_eq!(left("Recent refusal").await, 0);
}

db_test!(retention_forgets_what_has_had_its_time_and_the_privacy_page_says_so);

async fn a_person_corrects_their_name(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let mut member = app.client();
    member.login(MEMBER, MEMBER_PASSWORD).await;
    let empty = member
        .submit(
            "/fr/account",
            "/fr/account/name",
            &[("display_name", "   ")],
        )
        .await;
    empty.refused_field("display_name");
    let saved = member
        .submit(
            "/fr/account",
            "/fr/account/name",
            &[("display_name", "Mohamed El Amrani")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        texts(&member.get("/fr/account").await.body, "p.lead")[0],
        format!("Mohamed El Amrani — {MEMBER}")
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE event = $1",
            "user.renamed"
        )
        .await,
        1
    );
}

db_test!(a_person_corrects_their_name);
