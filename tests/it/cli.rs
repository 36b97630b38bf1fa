//! The `socius` command: users and coordinations managed from the shell, a person's data exported
//! and erased.

use axum::http::StatusCode;

use crate::db_test;
use crate::support::TestApp;

fn run(app: &TestApp, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_socius"))
        .args(args)
        .env("SOCIUS_DATABASE_URL", app.database_url())
        .env("RUST_LOG", "warn")
        .output()
        .expect("run socius")
}

fn socius(app: &TestApp, args: &[&str]) -> String {
    let output = run(app, args);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "socius {args:?} failed: {}{}",
        stdout,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

async fn users_are_added_and_reset_from_the_command_line(app: TestApp) {
    app.coordination("koekelberg", "Koecoon", "Koecoon").await;
    socius(&app, &["migrate"]);
    let added = socius(
        &app,
        &[
            "user",
            "add",
            "--email",
            "Anne@Koecoon.test",
            "--name",
            "Anne",
            "--role",
            "coordinator",
            "--coordination",
            "koekelberg",
            "--lang",
            "nl",
        ],
    );
    let password = added
        .lines()
        .find_map(|l| l.strip_prefix("password: "))
        .expect("a generated password is printed")
        .to_string();
    let mut client = app.client();
    let response = client.login("anne@koecoon.test", &password).await;
    assert_eq!(
        response.location(),
        "/nl/koekelberg/dashboard",
        "signs in to her coordination, in her language"
    );

    let reset = socius(
        &app,
        &[
            "user",
            "reset-password",
            "--email",
            "anne@koecoon.test",
            "--password",
            "een nieuwe lange zin",
        ],
    );
    assert!(
        !reset.contains("password: "),
        "a given password is not echoed"
    );
    assert_eq!(
        client.get("/nl/koekelberg/dashboard").await.status,
        StatusCode::SEE_OTHER,
        "the reset signs out existing sessions"
    );
    app.client()
        .login("anne@koecoon.test", "een nieuwe lange zin")
        .await;

    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_socius"))
        .args([
            "user",
            "add",
            "--email",
            "x@y.test",
            "--name",
            "X",
            "--role",
            "member",
            "--coordination",
            "koekelberg",
            "--password",
            "password1",
        ])
        .env("SOCIUS_DATABASE_URL", app.database_url())
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("password refused"));
}
db_test!(users_are_added_and_reset_from_the_command_line);

async fn a_platform_admin_exports_and_erases_a_person_from_the_command_line(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let email = "member@koekelberg.example";
    let exported = socius(&app, &["user", "export", "--email", email]);
    let document: serde_json::Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(
        document["sections"]["personal-data-account"][0]["email"],
        email
    );
    assert!(!document["sections"]["personal-data-contacts"]
        .as_array()
        .unwrap()
        .is_empty());

    // Without --yes: what would happen, and nothing happens.
    let preview = socius(&app, &["user", "erase", "--email", email]);
    assert!(
        preview
            .lines()
            .any(|l| l.starts_with("Removed: Account (1)")),
        "{preview}"
    );
    assert!(preview.contains("nothing changed"));
    let accounts = || async {
        socius::platform::auth::find_user_by_email(
            app.db(),
            &socius::domain::Email::parse(email).unwrap(),
        )
        .await
        .unwrap()
        .is_some()
    };
    assert!(accounts().await);
    let erased = socius(&app, &["user", "erase", "--email", email, "--yes"]);
    assert!(erased.contains("erased"), "{erased}");
    assert!(!accounts().await);
    let refused = app
        .client()
        .submit(
            "/fr/login",
            "/fr/login",
            &[("email", email), ("password", "demo-koekelberg-member")],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no account any more"
    );
}

db_test!(a_platform_admin_exports_and_erases_a_person_from_the_command_line);

/// Runs `socius` expecting a refusal; its message.
fn refused(app: &TestApp, args: &[&str]) -> String {
    let output = run(app, args);
    assert!(!output.status.success(), "socius {args:?} succeeded");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

async fn coordinations_are_created_and_edited_from_the_command_line(app: TestApp) {
    let add = [
        "coordination",
        "add",
        "--slug",
        "ixelles",
        "--name-fr",
        "Coordination sociale d'Ixelles",
        "--name-nl",
        "Sociale coördinatie Elsene",
        "--nis-code",
        "21009",
        "--email",
        "coordination@ixelles.test",
    ];
    let created = socius(&app, &add);
    assert!(
        created.contains("coordination ixelles created"),
        "{created}"
    );
    // The same address twice, a municipality outside Brussels, an address with capitals: refused,
    // each said for its field.
    assert!(refused(&app, &add).contains("slug: A coordination uses this address already"));
    let mut elsewhere = add;
    elsewhere[3] = "namur";
    elsewhere[9] = "92094";
    assert!(refused(&app, &elsewhere)
        .contains("nis_code: Choose one of the 19 Brussels municipalities"));
    elsewhere[3] = "Ixelles";
    assert!(refused(&app, &elsewhere).contains("slug:"));

    let saved = socius(
        &app,
        &[
            "coordination",
            "edit",
            "--slug",
            "ixelles",
            "--own-name",
            "Ixelles Solidaire",
            "--office-hours-fr",
            "Le mardi de 9 h à 12 h",
            "--office-hours-nl",
            "Dinsdag van 9 tot 12 uur",
        ],
    );
    assert!(saved.contains("saved"), "{saved}");
    let listed = socius(&app, &["coordination", "list"]);
    assert!(listed
        .lines()
        .any(|l| l.starts_with("ixelles\tCoordination sociale d'Ixelles")));
    let home = app.client().get("/nl/ixelles/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Ixelles Solidaire"));
    assert!(home.body.contains("Dinsdag van 9 tot 12 uur"));
    let audited: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE event LIKE 'coordination.%'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(audited, 2);
}

db_test!(coordinations_are_created_and_edited_from_the_command_line);
