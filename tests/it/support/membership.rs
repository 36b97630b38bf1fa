//! A coordination's membership as tests set it up: the coordinator who published the charter,
//! applications from the public page, admission with the contact's first sign-in.

use axum::http::StatusCode;
use socius::domain::Lang;
use socius::platform::policy::Role;

use super::people::{coordination, person};
use super::{Client, TestApp, TestResponse, PASSWORD};

pub const CHARTER_FR: &str =
    "Nous partageons l'information.\nNous respectons le secret professionnel.";
pub const CHARTER_NL: &str = "We delen informatie.\nWe respecteren het beroepsgeheim.";

/// Anderlecht with a coordinator (signed in) who published the charter.
pub async fn setup(app: &TestApp) -> Client {
    app.coordination(
        "anderlecht",
        "Coordination sociale d'Anderlecht",
        "Sociale coördinatie Anderlecht",
    )
    .await;
    let anderlecht = coordination(app, "anderlecht").await;
    person(
        app,
        "coord@anderlecht.test",
        Lang::Fr,
        &anderlecht,
        Role::Coordinator,
    )
    .await;
    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    publish(&mut coordinator, CHARTER_FR, CHARTER_NL).await;
    coordinator
}

pub async fn publish(coordinator: &mut Client, fr: &str, nl: &str) {
    let published = coordinator
        .submit(
            "/fr/anderlecht/charter/publish",
            "/fr/anderlecht/charter/publish",
            &[("kind", "charter"), ("body_fr", fr), ("body_nl", nl)],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
}

/// Applies from the public page in `lang` and returns the membership's id.
pub async fn apply(app: &TestApp, lang: &str, name: &str, contact: &str, share: bool) -> i64 {
    let mut visitor = app.client();
    let form = format!("/{lang}/anderlecht/join");
    let mut fields = vec![
        ("name", name),
        ("email", "info@example.be"),
        ("address", "Rue Wayez 1, 1070 Anderlecht"),
        ("motivation", "Samen werken."),
        ("contact_name", contact),
        ("contact_email", contact),
        ("contact_lang", lang),
        ("themes", "housing"),
        ("signature_name", "Lotte Peeters"),
        ("signature_consent", "on"),
    ];
    if share {
        fields.push(("share_consent", "on"));
    }
    let sent = visitor.submit(&form, &form, &fields).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(sent.location(), format!("/{lang}/anderlecht/join/thanks"));
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM memberships WHERE name = $1"
    )
    .bind(name)
    .fetch_one(p)
    .await)
    .unwrap()
}

pub async fn decide(coordinator: &mut Client, id: i64, fields: &[(&str, &str)]) -> TestResponse {
    let page = format!("/fr/anderlecht/members/{id}");
    coordinator
        .submit(&page, &format!("{page}/decide"), fields)
        .await
}

/// Admits an applicant and signs its contact person in, with the password chosen from the
/// invitation link.
pub async fn admit_and_sign_in(
    app: &TestApp,
    coordinator: &mut Client,
    id: i64,
    contact: &str,
) -> Client {
    let admitted = decide(coordinator, id, &[("decision", "admit")]).await;
    assert_eq!(admitted.status, StatusCode::SEE_OTHER, "{}", admitted.body);
    sign_in_from_invitation(app, contact).await
}

/// Signs an admitted contact person in by choosing the password from their invitation's link.
pub async fn sign_in_from_invitation(app: &TestApp, contact: &str) -> Client {
    let outbox = app.outbox().await;
    let (_, _, _, text) = outbox
        .iter()
        .rev()
        .find(|(to, _, _, _)| to == contact)
        .expect("the contact is invited");
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/password/reset/"))
        .expect("a set-password link");
    let path = link.trim_start_matches("http://socius.test").to_string();
    let mut client = app.client();
    let set = client
        .submit(
            &path,
            &path,
            &[
                ("password", "a brand new passphrase"),
                ("confirm", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    // Choosing the password signs the person in.
    assert!(
        set.location().ends_with("/dashboard"),
        "signed in, on to the dashboard: {}",
        set.location()
    );
    client
}

/// Anderlecht's steering group, created by its coordinator; its id.
pub async fn steering_group(app: &TestApp, coordinator: &mut Client) -> i64 {
    coordinator
        .submit(
            "/fr/anderlecht/bodies/new",
            "/fr/anderlecht/bodies/new",
            &[
                ("kind", "steering"),
                ("name_fr", "Comité de pilotage"),
                ("name_nl", "Stuurgroep"),
            ],
        )
        .await;
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM bodies WHERE name_nl = 'Stuurgroep'"
    )
    .fetch_one(p)
    .await)
    .unwrap()
}
