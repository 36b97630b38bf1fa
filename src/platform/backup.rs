//! Backup and restore of a whole instance, while it serves, with each backend's own tools:
//! SQLite's `VACUUM INTO` (a consistent, compacted copy of the database file, read in one
//! transaction) and PostgreSQL's `pg_dump --format=custom` (one snapshot) with `pg_restore`.
//! Everything Socius keeps is in the database, agenda documents included, so the file is the
//! whole instance. A restore goes into an empty database (one holding no account and no
//! coordination), refuses a backup of a newer schema than this binary knows, then brings an
//! older one up to date with the migrations.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

use crate::platform::db::{known_schema, Backend, Db};
use crate::{execute, scalar};

/// The first bytes of each backend's backup file.
const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";
const PG_DUMP_MAGIC: &[u8] = b"PGDMP";

/// Writes a consistent copy of the instance at `url` to `file`, which must not exist yet.
pub async fn backup(url: &str, file: &Path) -> anyhow::Result<()> {
    if file.exists() {
        bail!("{} exists already: choose a new file name", file.display());
    }
    if let Some(path) = sqlite_path(url) {
        if !Path::new(&path).exists() {
            bail!("no SQLite database at {path}");
        }
        let db = Db::connect(url).await?;
        let target = file.to_string_lossy().into_owned();
        let copied = execute!(&db, "VACUUM INTO $1", target);
        db.close().await;
        copied.context("SQLite could not write the backup")?;
        return Ok(());
    }
    run(
        tokio::process::Command::new("pg_dump")
            .arg("--format=custom")
            .arg("--no-owner")
            .arg("--no-privileges")
            .arg("--file")
            .arg(file)
            .arg(url),
        "pg_dump",
    )
    .await
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    /// The schema of the backup, and the one the database has now (after the migrations).
    pub from_schema: i64,
    pub to_schema: i64,
}

/// Restores `file` into the database at `url`: refused when it holds accounts or coordinations
/// (unless `force`, which replaces them), when the file is not a backup of this backend, or when
/// it comes from a newer schema.
pub async fn restore(url: &str, file: &Path, force: bool) -> anyhow::Result<Restored> {
    let head = read_head(file)?;
    let backend = match sqlite_path(url) {
        Some(_) => Backend::Sqlite,
        None => Backend::Postgres,
    };
    let schema = match (backend, head.as_slice()) {
        (Backend::Sqlite, h) if h.starts_with(SQLITE_MAGIC) => sqlite_backup_schema(file).await?,
        (Backend::Postgres, h) if h.starts_with(PG_DUMP_MAGIC) => pg_backup_schema(file).await?,
        (Backend::Sqlite, _) => bail!(
            "{} is not a SQLite backup: restore it into the kind of database it came from",
            file.display()
        ),
        (Backend::Postgres, _) => bail!(
            "{} is not a PostgreSQL backup (pg_dump --format=custom): restore it into the kind \
             of database it came from",
            file.display()
        ),
    };
    let known = known_schema(backend);
    if schema > known {
        bail!(
            "this backup comes from a newer Socius (schema {schema}; this one knows up to {known}): \
             restore it with that version or a later one. Nothing was changed."
        );
    }
    match backend {
        Backend::Sqlite => restore_sqlite(url, file, force).await?,
        Backend::Postgres => restore_postgres(url, file, force).await?,
    }
    let db = Db::connect(url).await?;
    db.migrate().await?;
    db.close().await;
    Ok(Restored {
        from_schema: schema,
        to_schema: known,
    })
}

fn read_head(file: &Path) -> anyhow::Result<Vec<u8>> {
    use std::io::Read;
    let mut head = vec![0u8; 16];
    let mut opened =
        std::fs::File::open(file).with_context(|| format!("cannot read {}", file.display()))?;
    let read = opened.read(&mut head)?;
    head.truncate(read);
    Ok(head)
}

/// The file of a `sqlite:` URL; `None` for other databases.
pub fn sqlite_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    Some(rest.split('?').next().unwrap_or(rest).to_string())
}

/// Whether the database holds anything a restore would overwrite: an account or a coordination.
async fn holds_data(db: &Db) -> anyhow::Result<bool> {
    let tables: i64 = match db.backend() {
        Backend::Sqlite => scalar!(
            db,
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' \
             AND name IN ('users', 'coordinations')"
        )?,
        Backend::Postgres => scalar!(
            db,
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' \
             AND table_name IN ('users', 'coordinations')"
        )?,
    };
    if tables < 2 {
        return Ok(false);
    }
    let rows: i64 = scalar!(
        db,
        "SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM coordinations)"
    )?;
    Ok(rows > 0)
}

fn refuse_unless_forced(url: &str, force: bool) -> anyhow::Result<()> {
    if !force {
        bail!(
            "{url} already holds accounts or coordinations: restore into an empty database, or \
             add --force to replace what it holds. Nothing was changed."
        );
    }
    Ok(())
}

async fn sqlite_backup_schema(file: &Path) -> anyhow::Result<i64> {
    // Read-only and immutable: reading the backup changes nothing in it, not even a journal.
    let options = SqliteConnectOptions::new()
        .filename(file)
        .read_only(true)
        .immutable(true);
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .context("cannot open the backup")?;
    let schema: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&pool)
            .await
            .context("the backup holds no Socius schema")?;
    pool.close().await;
    schema.context("the backup holds no Socius schema")
}

async fn restore_sqlite(url: &str, file: &Path, force: bool) -> anyhow::Result<()> {
    let path = sqlite_path(url).context("not a SQLite URL")?;
    if Path::new(&path).exists() {
        let db = Db::connect(url).await?;
        let held = holds_data(&db).await;
        db.close().await;
        if held? {
            refuse_unless_forced(url, force)?;
        }
    }
    for suffix in ["", "-wal", "-shm"] {
        let stale = PathBuf::from(format!("{path}{suffix}"));
        if stale.exists() {
            std::fs::remove_file(&stale)
                .with_context(|| format!("cannot replace {}", stale.display()))?;
        }
    }
    std::fs::copy(file, &path).with_context(|| format!("cannot write {path}"))?;
    Ok(())
}

/// The schema of a `pg_dump --format=custom` file: the migrations table's rows, as `pg_restore`
/// prints them (`COPY … FROM stdin;`, then tab-separated rows up to `\.`).
async fn pg_backup_schema(file: &Path) -> anyhow::Result<i64> {
    let output = tokio::process::Command::new("pg_restore")
        .arg("--data-only")
        .arg("--table=_sqlx_migrations")
        .arg("--file=-")
        .arg(file)
        .output()
        .await
        .context("cannot run pg_restore (install PostgreSQL's client tools)")?;
    if !output.status.success() {
        bail!(
            "pg_restore cannot read {}: {}",
            file.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let text = String::from_utf8_lossy(&output.stdout);
    pg_schema_of(&text).context("the backup holds no Socius schema")
}

/// The highest successful migration in `pg_restore`'s text of the migrations table.
fn pg_schema_of(text: &str) -> Option<i64> {
    let mut lines = text.lines();
    let header = lines.find(|l| l.starts_with("COPY ") && l.contains("_sqlx_migrations"))?;
    let columns: Vec<&str> = header
        .split_once('(')?
        .1
        .split_once(')')?
        .0
        .split(',')
        .map(str::trim)
        .collect();
    let version = columns.iter().position(|c| *c == "version")?;
    let success = columns.iter().position(|c| *c == "success")?;
    lines
        .take_while(|l| *l != "\\.")
        .filter_map(|row| {
            let fields: Vec<&str> = row.split('\t').collect();
            (fields.get(success) == Some(&"t"))
                .then(|| fields.get(version)?.parse::<i64>().ok())
                .flatten()
        })
        .max()
}

async fn restore_postgres(url: &str, file: &Path, force: bool) -> anyhow::Result<()> {
    let db = Db::connect(url).await?;
    let held = holds_data(&db).await;
    let cleared = match held {
        Ok(true) if !force => {
            db.close().await;
            return refuse_unless_forced(url, force);
        }
        // An empty (perhaps migrated) database or a forced restore: its tables make way.
        Ok(_) => clear(&db).await,
        Err(err) => Err(err),
    };
    db.close().await;
    cleared?;
    run(
        tokio::process::Command::new("pg_restore")
            .arg("--no-owner")
            .arg("--no-privileges")
            .arg("--exit-on-error")
            .arg("--dbname")
            .arg(url)
            .arg(file),
        "pg_restore",
    )
    .await
}

/// Empties a PostgreSQL database's schema for `pg_restore` to fill.
async fn clear(db: &Db) -> anyhow::Result<()> {
    execute!(db, "DROP SCHEMA public CASCADE")?;
    execute!(db, "CREATE SCHEMA public")?;
    Ok(())
}

/// Runs one of PostgreSQL's client tools and says what went wrong when it fails.
async fn run(command: &mut tokio::process::Command, name: &str) -> anyhow::Result<()> {
    let output = command
        .output()
        .await
        .with_context(|| format!("cannot run {name} (install PostgreSQL's client tools)"))?;
    if !output.status.success() {
        bail!(
            "{name} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_of_a_postgres_backup_is_its_last_successful_migration() {
        let text = "SET x = 1;\n\
            COPY public._sqlx_migrations (version, description, installed_on, success, checksum, execution_time) FROM stdin;\n\
            1\tplatform\t2026-01-01\tt\t\\\\x00\t5\n\
            17\tsecond factor\t2026-01-01\tt\t\\\\x00\t5\n\
            18\tbroken\t2026-01-01\tf\t\\\\x00\t5\n\
            \\.\n";
        assert_eq!(pg_schema_of(text), Some(17));
        assert_eq!(pg_schema_of("nothing"), None);
    }
}
