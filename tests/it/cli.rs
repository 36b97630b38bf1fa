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
