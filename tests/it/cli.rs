//! The `socius` command: user management from the shell.

use axum::http::StatusCode;

use crate::db_test;
use crate::support::TestApp;

fn socius(app: &TestApp, args: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_socius"))
        .args(args)
        .env("SOCIUS_DATABASE_URL", app.database_url())
        .env("RUST_LOG", "warn")
        .output()
        .expect("run socius");
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
