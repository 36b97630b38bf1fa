//! A coordination moved between instances (`socius coordination export` / `import`): the demo's
//! Koekelberg goes into a fresh instance of the same backend and of the other one, and comes out
//! of it again the same — every record, in the same order, pointing at the same records, the
//! documents byte for byte; only the ids differ. Accounts arrive without a password and whoever
//! holds a role is invited to choose one. A second import, a file from a newer Socius and a
//! table no part declares are refused.

use std::collections::HashMap;

use serde_json::Value;
use socius::platform::db::{Backend as DbBackend, Db, ForeignKeyInfo};
use socius::platform::portable::{self, CoordinationFile, Layout};

use axum::http::StatusCode;

use crate::db_test;
use crate::support::{run_socius as socius, Backend, TestApp, TestDb};

fn export(url: &str, slug: &str) -> CoordinationFile {
    let json = socius(url, &["coordination", "export", slug]).expect("the export runs");
    portable::read_file(json.as_bytes()).expect("the export reads back")
}

const COORDINATOR: &str = "coordinator@koekelberg.example";

/// Columns whose ids are named by a kind or inside JSON text: compared on their own below.
const BY_KIND: &[(&str, &str)] = &[
    ("audit_log", "entity_id"),
    ("directory_changes", "record_id"),
    ("directory_changes", "before_json"),
    ("directory_changes", "after_json"),
];

/// The file's rows with every id replaced by what it names: `table#n` for the n-th row of a
/// table (rows are written in id order, and the import keeps that order), accounts by address,
/// regional themes by code. Timestamps are compared only within one backend (each writes them
/// its own way); across backends `with_times` is false and they are left out.
fn without_ids(
    file: &CoordinationFile,
    keys: &[ForeignKeyInfo],
    with_times: bool,
) -> Vec<(String, Vec<String>)> {
    let mut named: HashMap<(String, i64), String> = HashMap::new();
    for t in &file.tables {
        for (n, row) in t.rows.iter().enumerate() {
            if let Some(id) = row.get("id").and_then(Value::as_i64) {
                named.insert((t.table.clone(), id), format!("{}#{n}", t.table));
            }
        }
    }
    for p in &file.people {
        named.insert(("users".into(), p.id), p.email.clone());
    }
    for (table, keys) in &file.matched {
        for (id, key) in keys {
            named.insert((table.clone(), *id), key.clone());
        }
    }
    file.tables
        .iter()
        .map(|t| {
            let rows = t
                .rows
                .iter()
                .map(|row| {
                    let mut row = row.clone();
                    for (table, column) in BY_KIND {
                        if *table == t.table {
                            row.remove(*column);
                        }
                    }
                    if let Some(id) = row.get("id").and_then(Value::as_i64) {
                        row.insert("id".into(), named[&(t.table.clone(), id)].clone().into());
                    }
                    for key in keys
                        .iter()
                        .filter(|k| k.table == t.table && k.target_column == "id")
                    {
                        if let Some(id) = row.get(&key.column).and_then(Value::as_i64) {
                            let name = named
                                .get(&(key.target.clone(), id))
                                .cloned()
                                .unwrap_or_else(|| format!("missing {} {id}", key.target));
                            row.insert(key.column.clone(), name.into());
                        }
                    }
                    if !with_times {
                        row.retain(|column, _| {
                            !(column == "at" || column.ends_with("_at") || column.ends_with("_on"))
                        });
                    }
                    Value::Object(row).to_string()
                })
                .collect();
            (t.table.clone(), rows)
        })
        .collect()
}

/// What an audit entry is about, named as in [`without_ids`].
fn audit_subjects(file: &CoordinationFile) -> Vec<String> {
    let position = |table: &str, id: i64| {
        file.tables
            .iter()
            .find(|t| t.table == table)
            .and_then(|t| {
                t.rows
                    .iter()
                    .position(|r| r.get("id").and_then(Value::as_i64) == Some(id))
            })
            .map(|n| format!("{table}#{n}"))
    };
    let audit = file.tables.iter().find(|t| t.table == "audit_log").unwrap();
    audit
        .rows
        .iter()
        .filter(|r| r.get("event").and_then(Value::as_str) != Some("coordination.imported"))
        .map(|r| {
            let id = r
                .get("entity_id")
                .and_then(Value::as_str)
                .and_then(|s| s.parse::<i64>().ok());
            let kind = r.get("entity_type").and_then(Value::as_str).unwrap_or("");
            if kind == "user" {
                let person = file.people.iter().find(|p| Some(p.id) == id);
                return person.map_or("user missing".into(), |p| p.email.clone());
            }
            let table = match kind {
                "meeting" => "meetings",
                "membership" => "memberships",
                "organization" => "organizations",
                "body" => "bodies",
                "coordination" => "coordinations",
                _ => return format!("{kind} {:?}", r.get("entity_id")),
            };
            id.and_then(|id| position(table, id))
                .unwrap_or_else(|| format!("{kind} missing"))
        })
        .collect()
}

async fn count(db: &Db, sql: &str) -> i64 {
    socius::with_db!(db, |p| sqlx::query_scalar(sql).fetch_one(p).await).unwrap()
}

fn other(backend: Backend) -> Backend {
    match backend {
        Backend::Sqlite => Backend::Postgres,
        Backend::Postgres => Backend::Sqlite,
    }
}

async fn a_coordination_moves_to_another_instance_whole(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let backend = match app.db().backend() {
        DbBackend::Sqlite => Backend::Sqlite,
        DbBackend::Postgres => Backend::Postgres,
    };
    let source = export(app.database_url(), "koekelberg");
    assert!(source.rows("organizations") > 0 && source.rows("meetings") > 0);
    assert!(source.rows("agenda_documents") > 0 && source.rows("signals") > 0);
    assert!(source.rows("audit_log") > 0 && source.rows("user_roles") > 0);
    let text = serde_json::to_string(&source).unwrap();
    assert!(
        !text.contains("password_hash") && !text.contains("$argon2"),
        "no password travels"
    );
    let keys = app.db().foreign_keys().await.unwrap();
    let dir = std::env::temp_dir().join(format!(
        "socius-transfer-{}-{backend:?}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("koekelberg.json");
    socius(
        app.database_url(),
        &[
            "coordination",
            "export",
            "koekelberg",
            "--output",
            &path.to_string_lossy(),
        ],
    )
    .unwrap();

    for (target_backend, same) in [(backend, true), (other(backend), false)] {
        let Some(target) = TestApp::start(target_backend).await else {
            continue;
        };
        let url = target.database_url();
        let said = socius(url, &["coordination", "import", &path.to_string_lossy()])
            .expect("the import runs");
        assert!(said.contains("imported"), "{said}");

        let copy = export(url, "koekelberg");
        let before = without_ids(&source, &keys, same);
        let after = without_ids(&copy, &keys, same);
        assert_eq!(
            before.iter().map(|(t, r)| (t, r.len())).collect::<Vec<_>>(),
            after
                .iter()
                .map(|(t, r)| (t, r.len() - usize::from(t == "audit_log")))
                .collect::<Vec<_>>(),
            "every table has its rows (and the audit log one more: the import)"
        );
        for ((table, rows), (_, copied)) in before.iter().zip(&after) {
            for row in rows {
                assert!(copied.contains(row), "{table}: {row} is not in the copy");
            }
        }
        assert_eq!(audit_subjects(&source), audit_subjects(&copy));
        assert!(audit_subjects(&source).iter().any(|s| s.contains('@')));
        let people = |f: &CoordinationFile| {
            let mut p: Vec<_> = f
                .people
                .iter()
                .map(|p| (p.email.clone(), p.display_name.clone()))
                .collect();
            p.sort();
            p
        };
        assert_eq!(people(&source), people(&copy));

        // Accounts came without a password; each one with a role is invited to choose one.
        let db = target.db();
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL"
            )
            .await,
            0
        );
        let with_roles = count(db, "SELECT COUNT(DISTINCT user_id) FROM user_roles").await;
        assert!(with_roles > 0);
        assert_eq!(
            count(db, "SELECT COUNT(*) FROM outbox").await,
            with_roles,
            "one invitation per account with a role"
        );
        assert_eq!(
            count(db, "SELECT COUNT(*) FROM password_resets").await,
            with_roles
        );
        // The observatory's figures are rebuilt from the signals.
        assert_eq!(
            count(
                db,
                "SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM signal_rollup"
            )
            .await,
            count(
                app.db(),
                "SELECT CAST(COALESCE(SUM(people), 0) AS BIGINT) FROM signal_rollup \
                 WHERE coordination_id = (SELECT id FROM coordinations WHERE slug = 'koekelberg')"
            )
            .await
        );

        // The coordinator chooses a password from the invitation and finds the network there.
        let (_, _, _, text) = target.last_mail_to(COORDINATOR).await;
        let link = text
            .split_whitespace()
            .find(|w| w.contains("/password/reset/"))
            .expect("an invitation link");
        let path_of_link = link.trim_start_matches("https://socius.example");
        let mut client = target.client();
        let chosen = [
            ("password", "un nouveau départ"),
            ("confirm", "un nouveau départ"),
        ];
        let done = client.submit(path_of_link, path_of_link, &chosen).await;
        assert_eq!(
            done.status,
            StatusCode::SEE_OTHER,
            "signed in as the password is chosen"
        );
        let members = client.get("/fr/koekelberg/members").await;
        assert_eq!(members.status, StatusCode::OK);
        let rows = members.texts("tbody tr");
        assert!(!rows.is_empty());
        let organisations = source
            .tables
            .iter()
            .find(|t| t.table == "organizations")
            .unwrap();
        let first = organisations.rows[0]["name_fr"].as_str().unwrap();
        assert!(
            rows.iter().any(|r| r.contains(first)),
            "{first} in {rows:?}"
        );

        // A second import is refused and writes nothing.
        let rows = count(db, "SELECT COUNT(*) FROM organizations").await;
        let refused =
            socius(url, &["coordination", "import", &path.to_string_lossy()]).unwrap_err();
        assert!(refused.contains("exists here already"), "{refused}");
        assert_eq!(count(db, "SELECT COUNT(*) FROM organizations").await, rows);
    }

    // A file from a newer Socius is refused, and so is a table no part declares.
    let mut newer = portable::read_file(&std::fs::read(&path).unwrap()).unwrap();
    newer.schema = 9999;
    let future = dir.join("future.json");
    std::fs::write(&future, serde_json::to_vec(&newer).unwrap()).unwrap();
    let target = TestDb::create(backend).await.unwrap();
    let refused = socius(
        &target.url,
        &["coordination", "import", &future.to_string_lossy()],
    )
    .unwrap_err();
    assert!(refused.contains("newer Socius"), "{refused}");
    let untouched = Db::connect(&target.url).await.unwrap();
    assert_eq!(
        count(&untouched, "SELECT COUNT(*) FROM coordinations").await,
        0
    );
    untouched.close().await;

    socius::execute!(
        app.db(),
        "CREATE TABLE undeclared_notes (id BIGINT PRIMARY KEY)"
    )
    .unwrap();
    let refused = Layout::read(app.db(), &socius::features::portable())
        .await
        .err()
        .expect("refused");
    assert!(
        refused.to_string().contains("undeclared_notes"),
        "{refused}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

db_test!(a_coordination_moves_to_another_instance_whole);
