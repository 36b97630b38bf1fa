//! One database handle over two concrete sqlx pools.
//!
//! `sqlx::Any` cannot bind dates, so Socius keeps a concrete pool per backend and writes each query
//! once: [`with_db!`] and [`with_tx!`] expand the same query text against whichever pool is live, and
//! the compiler checks it for both. Portable SQL (`$1` placeholders, `RETURNING`, `LIMIT/OFFSET`) is the
//! rule; [`Backend`] is there for the few places where the dialects differ.

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// Runs `$body` with `$pool` bound to the live concrete pool (`&SqlitePool` or `&PgPool`).
#[macro_export]
macro_rules! with_db {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::platform::db::Db::Sqlite($pool) => $body,
            $crate::platform::db::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` with `$conn` bound to the transaction's connection.
#[macro_export]
macro_rules! with_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match $tx {
            $crate::platform::db::Tx::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::platform::db::Tx::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

impl Db {
    /// Connects by the URL's scheme: `sqlite:` (file created when missing) or `postgres:`.
    #[tracing::instrument(skip_all, fields(backend))]
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        if url.starts_with("sqlite:") {
            tracing::Span::current().record("backend", "sqlite");
            let options = SqliteConnectOptions::from_str(url)
                .context("invalid SQLite URL")?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(options)
                .await
                .context("cannot open the SQLite database")?;
            Ok(Db::Sqlite(pool))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            tracing::Span::current().record("backend", "postgres");
            let options = PgConnectOptions::from_str(url).context("invalid PostgreSQL URL")?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await
                .context("cannot connect to PostgreSQL")?;
            Ok(Db::Postgres(pool))
        } else {
            anyhow::bail!("unsupported database URL scheme (use sqlite: or postgres:)")
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    #[tracing::instrument(skip_all)]
    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self {
            Db::Sqlite(pool) => sqlx::migrate!("migrations/sqlite").run(pool).await?,
            Db::Postgres(pool) => sqlx::migrate!("migrations/postgres").run(pool).await?,
        }
        crate::platform::reference::seed(self).await?;
        Ok(())
    }

    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        with_db!(self, |p| sqlx::query("SELECT 1")
            .execute(p)
            .await
            .map(|_| ()))
    }

    pub async fn close(&self) {
        with_db!(self, |p| p.close().await)
    }

    /// (table, column) pairs of the live schema, sorted, to prove both migration sets describe the
    /// same schema. Full-text search is the one place the backends differ by design (an FTS5 table on
    /// SQLite, a generated tsvector column on PostgreSQL), so it is left out.
    pub async fn schema_columns(&self) -> anyhow::Result<Vec<(String, String)>> {
        let mut rows: Vec<(String, String)> = match self {
            Db::Sqlite(p) => {
                sqlx::query_as(
                    "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c \
                     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
                     AND m.name NOT LIKE 'service_search%'",
                )
                .fetch_all(p)
                .await?
            }
            Db::Postgres(p) => {
                sqlx::query_as(
                    "SELECT table_name::text, column_name::text FROM information_schema.columns \
                     WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%' \
                     AND column_name <> 'search_vector'",
                )
                .fetch_all(p)
                .await?
            }
        };
        rows.sort();
        Ok(rows)
    }
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
        }
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t) => t.rollback().await,
            Tx::Postgres(t) => t.rollback().await,
        }
    }
}

/// True when the error is a unique-constraint violation (both backends report it the same way).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(e) if e.is_unique_violation())
}
