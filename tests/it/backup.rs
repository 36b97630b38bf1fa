//! Backup and restore: `socius backup` copies a demo while writes go on, `socius restore` puts it
//! into a fresh database, and every table is the same — writes during the backup come whole or
//! not at all. A restore into a database that holds data, and one of a newer schema, are refused
//! and change nothing.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use socius::platform::db::{Backend as DbBackend, Db};

use crate::db_test;
use crate::support::{run_socius as socius, Backend, TestApp, TestDb};

/// Every table but the migrations', each as its rows in text, sorted: two databases with the same
/// tables hold the same data when these are equal.
async fn tables(db: &Db) -> Vec<(String, Vec<String>)> {
    let names: Vec<String> = socius::with_db!(db, |p| sqlx::query_scalar(match db.backend() {
        DbBackend::Sqlite =>
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name <> '_sqlx_migrations' ORDER BY name",
        DbBackend::Postgres =>
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' \
             AND table_name <> '_sqlx_migrations' ORDER BY table_name",
    })
    .fetch_all(p)
    .await)
    .unwrap();
    let mut out = Vec::new();
    for name in names {
        let sql = match db.backend() {
            DbBackend::Sqlite => {
                let columns: Vec<String> = socius::with_db!(db, |p| sqlx::query_scalar(&format!(
                    "SELECT name FROM pragma_table_info('{name}') ORDER BY cid"
                ))
                .fetch_all(p)
                .await)
                .unwrap();
                let quoted: Vec<String> =
                    columns.iter().map(|c| format!("quote(\"{c}\")")).collect();
                format!("SELECT {} FROM \"{name}\"", quoted.join(" || '|' || "))
            }
            DbBackend::Postgres => format!("SELECT t::text FROM \"{name}\" t"),
        };
        let mut rows: Vec<String> =
            socius::with_db!(db, |p| sqlx::query_scalar(&sql).fetch_all(p).await).unwrap();
        rows.sort();
        out.push((name, rows));
    }
    out
}

/// Writes numbered pairs of rows, each pair in one transaction, until told to stop.
async fn write_pairs(db: Db, stop: Arc<AtomicBool>) -> i64 {
    let mut n = 0;
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let mut tx = db.begin().await.unwrap();
        socius::with_tx!(&mut tx, |c| sqlx::query(
            "INSERT INTO form_submissions (key, location, flash, created_at) VALUES ($1, '/', '', $2)"
        )
        .bind(format!("backup-{n:06}"))
        .bind(chrono::Utc::now())
        .execute(c)
        .await
        .map(|_| ()))
        .unwrap();
        socius::with_tx!(&mut tx, |c| sqlx::query(
            "INSERT INTO audit_log (coordination_id, actor_user_id, actor_label, event, entity_type, \
             entity_id, before_json, after_json, ip, created_at) \
             VALUES (NULL, NULL, 'test', 'backup.test', 'pair', $1, NULL, NULL, NULL, $2)"
        )
        .bind(format!("{n:06}"))
        .bind(chrono::Utc::now())
        .execute(c)
        .await
        .map(|_| ()))
        .unwrap();
        tx.commit().await.unwrap();
    }
    n
}

async fn count(db: &Db, sql: &str) -> i64 {
    socius::with_db!(db, |p| sqlx::query_scalar(sql).fetch_one(p).await).unwrap()
}

async fn a_backup_taken_while_writes_go_on_restores_every_table(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let backend = match app.db().backend() {
        DbBackend::Sqlite => Backend::Sqlite,
        DbBackend::Postgres => Backend::Postgres,
    };
    let file = std::env::temp_dir()
        .join(format!("socius-backup-{}-{backend:?}", std::process::id()))
        .join("instance.backup");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(&file);

    let stop = Arc::new(AtomicBool::new(false));
    let writer = tokio::spawn(write_pairs(app.db().clone(), stop.clone()));
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let url = app.database_url().to_string();
    let path = file.to_string_lossy().into_owned();
    let written = tokio::task::spawn_blocking(move || socius(&url, &["backup", &path]))
        .await
        .unwrap()
        .expect("the backup is written");
    assert!(written.contains("backup written"), "{written}");
    stop.store(true, Ordering::Relaxed);
    let pairs = writer.await.unwrap();
    let again = socius(app.database_url(), &["backup", &file.to_string_lossy()]);
    assert!(again.unwrap_err().contains("exists already"));

    // Into a fresh database: the restore applies, and every table is the source's as it stood
    // at one moment of the writes.
    let target = TestDb::create(backend).await.unwrap();
    let restored =
        socius(&target.url, &["restore", &file.to_string_lossy()]).expect("the restore succeeds");
    assert!(restored.contains("restored"), "{restored}");
    let copy = Db::connect(&target.url).await.unwrap();
    let kept = count(
        &copy,
        "SELECT COUNT(*) FROM audit_log WHERE event = 'backup.test'",
    )
    .await;
    assert_eq!(
        count(
            &copy,
            "SELECT COUNT(*) FROM form_submissions WHERE key LIKE 'backup-%'"
        )
        .await,
        kept,
        "no write is cut in half"
    );
    assert!(kept >= 1 && kept <= pairs, "{kept} of {pairs}");
    // The source as it stood then: without the pairs written after the snapshot.
    let after = format!("{kept:06}");
    socius::with_db!(app.db(), |p| sqlx::query(
        "DELETE FROM audit_log WHERE event = 'backup.test' AND entity_id > $1"
    )
    .bind(&after)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    socius::with_db!(app.db(), |p| sqlx::query(
        "DELETE FROM form_submissions WHERE key LIKE 'backup-%' AND key > $1"
    )
    .bind(format!("backup-{after}"))
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let source = tables(app.db()).await;
    let restored = tables(&copy).await;
    assert_eq!(
        source.iter().map(|(n, _)| n).collect::<Vec<_>>(),
        restored.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    for ((name, rows), (_, copied)) in source.iter().zip(&restored) {
        // Counters the restore's own writes bump (triggers): what pages were cached under is
        // of the old instance's processes, none of which serves the restored one.
        if name == "content_versions" {
            continue;
        }
        assert!(rows == copied, "table {name} differs after the restore");
    }
    assert!(
        count(&copy, "SELECT COUNT(*) FROM agenda_documents").await
            + count(&copy, "SELECT COUNT(*) FROM coordinations").await
            > 0
    );
    copy.close().await;

    // A database that holds data is not overwritten, nor is one restored from a newer schema.
    let refused = socius(&target.url, &["restore", &file.to_string_lossy()]).unwrap_err();
    assert!(refused.contains("already holds"), "{refused}");
    let newer = TestDb::create(backend).await.unwrap();
    let source_db = Db::connect(&target.url).await.unwrap();
    socius::with_db!(&source_db, |p| sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, \
         execution_time) SELECT 9999, 'from the future', installed_on, success, checksum, \
         execution_time FROM _sqlx_migrations WHERE version = 1"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    source_db.close().await;
    let future = file.with_extension("future");
    let _ = std::fs::remove_file(&future);
    socius(&target.url, &["backup", &future.to_string_lossy()]).unwrap();
    let refused = socius(&newer.url, &["restore", &future.to_string_lossy()]).unwrap_err();
    assert!(refused.contains("newer Socius"), "{refused}");
    let untouched = Db::connect(&newer.url).await.unwrap();
    let tables_there = tables(&untouched).await;
    assert!(tables_there.is_empty(), "nothing was changed");
    untouched.close().await;
    let _ = std::fs::remove_dir_all(file.parent().unwrap());
}

db_test!(a_backup_taken_while_writes_go_on_restores_every_table);
