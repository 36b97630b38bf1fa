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

/// What `/healthz` reports of the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Health {
    Ready,
    Unreachable,
    /// Reachable, but not migrated to this binary's last migration (or migrated past it).
    OtherSchema,
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

/// Where a statement runs: a pool (one statement, its own transaction) or an open transaction.
/// The statement macros below take a `Db` or a `Tx` (`&state.db`, `tx`, `&mut tx`) and expand the same SQL for the live
/// backend, so a store function is one expression that rustfmt formats.
pub enum Source<'a> {
    SqlitePool(&'a SqlitePool),
    PostgresPool(&'a PgPool),
    SqliteTx(&'a mut sqlx::SqliteConnection),
    PostgresTx(&'a mut sqlx::PgConnection),
}

impl Db {
    /// This pool as a statement source (see [`execute!`]).
    pub fn source(&self) -> Source<'_> {
        match self {
            Db::Sqlite(p) => Source::SqlitePool(p),
            Db::Postgres(p) => Source::PostgresPool(p),
        }
    }
}

impl Tx {
    /// This transaction as a statement source (see [`execute!`]).
    pub fn source(&mut self) -> Source<'_> {
        match self {
            Tx::Sqlite(t) => Source::SqliteTx(t),
            Tx::Postgres(t) => Source::PostgresTx(t),
        }
    }
}

/// Where a read runs when its caller may be inside a transaction: `&state.db` or `&mut *tx`.
/// A handler holding a transaction reads through it: on SQLite the transaction holds the write lock,
/// and a read through the pool could wait for a connection held by writers waiting for that lock.
pub trait Conn {
    fn source(&mut self) -> Source<'_>;
}

impl Conn for &Db {
    fn source(&mut self) -> Source<'_> {
        Db::source(self)
    }
}

impl Conn for &mut Tx {
    fn source(&mut self) -> Source<'_> {
        Tx::source(self)
    }
}

/// Expands `$run` once per backend with `$q` bound to the query built by `$make` with its binds.
/// The building blocks of [`execute!`], [`fetch_all!`] and the others; not used directly.
#[doc(hidden)]
#[macro_export]
macro_rules! __on_source {
    ($src:expr, $make:path, $sql:expr, [$($arg:expr),*], |$q:ident, $e:ident| $run:expr) => {
        match ($src).source() {
            $crate::platform::db::Source::SqlitePool($e) => {
                let $q = $make($sql)$(.bind($arg))*;
                $run
            }
            $crate::platform::db::Source::PostgresPool($e) => {
                let $q = $make($sql)$(.bind($arg))*;
                $run
            }
            $crate::platform::db::Source::SqliteTx($e) => {
                let $q = $make($sql)$(.bind($arg))*;
                $run
            }
            $crate::platform::db::Source::PostgresTx($e) => {
                let $q = $make($sql)$(.bind($arg))*;
                $run
            }
        }
    };
}

/// Runs a statement and returns how many rows it changed: `execute!(tx, SQL, a, b)?`.
#[macro_export]
macro_rules! execute {
    ($src:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::__on_source!($src, sqlx::query, $sql, [$($arg),*], |q, e| q
            .execute(e)
            .await
            .map(|done| done.rows_affected()))
    };
}

/// Every row, as a type implementing `sqlx::FromRow` (a struct or a tuple).
#[macro_export]
macro_rules! fetch_all {
    ($src:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::__on_source!($src, sqlx::query_as, $sql, [$($arg),*], |q, e| q.fetch_all(e).await)
    };
}

/// The first row, if any.
#[macro_export]
macro_rules! fetch_optional {
    ($src:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::__on_source!($src, sqlx::query_as, $sql, [$($arg),*], |q, e| q
            .fetch_optional(e)
            .await)
    };
}

/// Exactly one row (`RowNotFound` otherwise).
#[macro_export]
macro_rules! fetch_one {
    ($src:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::__on_source!($src, sqlx::query_as, $sql, [$($arg),*], |q, e| q.fetch_one(e).await)
    };
}

/// The single value of exactly one row: a count, an id from `RETURNING id`.
#[macro_export]
macro_rules! scalar {
    ($src:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::__on_source!($src, sqlx::query_scalar, $sql, [$($arg),*], |q, e| q
            .fetch_one(e)
            .await)
    };
}

/// The single value of the first row, if there is one.
#[macro_export]
macro_rules! scalar_optional {
    ($src:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::__on_source!($src, sqlx::query_scalar, $sql, [$($arg),*], |q, e| q
            .fetch_optional(e)
            .await)
    };
}

/// The first column of every row.
#[macro_export]
macro_rules! scalars {
    ($src:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::__on_source!($src, sqlx::query_scalar, $sql, [$($arg),*], |q, e| q
            .fetch_all(e)
            .await)
    };
}

/// The last migration this binary knows for `backend`: the schema it expects.
pub fn known_schema(backend: Backend) -> i64 {
    match backend {
        Backend::Sqlite => sqlx::migrate!("migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("migrations/postgres"),
    }
    .iter()
    .map(|m| m.version)
    .max()
    .unwrap_or(0)
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
            // A deferred SQLite transaction takes the write lock at its first write and fails at
            // once ("database is locked") when another writer holds it; an immediate one takes it
            // at the start and waits its turn on the busy timeout. Transactions here write.
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        with_db!(self, |p| sqlx::query("SELECT 1")
            .execute(p)
            .await
            .map(|_| ()))
    }

    /// Whether the database answers within `within` and holds the schema this binary expects:
    /// its last migration applied, and none this binary does not know.
    pub async fn health(&self, within: Duration) -> Health {
        let expected = Some(known_schema(self.backend()));
        let last_applied = async {
            scalar!(
                self,
                "SELECT MAX(version) FROM _sqlx_migrations WHERE success"
            )
        };
        let applied: Result<Result<Option<i64>, sqlx::Error>, _> =
            tokio::time::timeout(within, last_applied).await;
        match applied {
            Ok(Ok(applied)) if applied == expected => Health::Ready,
            Ok(Ok(_)) => Health::OtherSchema,
            Ok(Err(err)) => {
                tracing::error!(error = ?err, "health check: database unreachable");
                Health::Unreachable
            }
            Err(_) => {
                tracing::error!(?within, "health check: no database connection in time");
                Health::Unreachable
            }
        }
    }

    pub async fn close(&self) {
        with_db!(self, |p| p.close().await)
    }

    /// The live schema as sorted lines a person can read in a diff, to prove both migration sets
    /// describe the same database: every column with its type class and nullability, every
    /// index (columns, uniqueness, partial or not) and every foreign key (with its `ON DELETE`).
    ///
    /// Types are compared by class (`integer`, `real`, `bool`, `blob`, `text`) because SQLite
    /// keeps dates and times as ISO text where PostgreSQL has `date` and `timestamptz`.
    pub async fn schema(&self) -> anyhow::Result<Vec<String>> {
        let mut lines = Vec::new();
        for c in self.columns().await? {
            let null = if c.not_null { "not null" } else { "null" };
            lines.push(format!(
                "column {}.{} {} {null}",
                c.table,
                c.name,
                c.class.name()
            ));
        }
        let indexes: Vec<(String, bool, bool, String)> = match self {
            Db::Sqlite(p) => {
                sqlx::query_as(
                    "SELECT m.name, i.\"unique\" <> 0, i.partial <> 0, \
                     (SELECT group_concat(name, ',') FROM (SELECT ii.name FROM pragma_index_info(i.name) ii ORDER BY ii.seqno)) \
                     FROM sqlite_master m JOIN pragma_index_list(m.name) i \
                     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
                     AND i.origin <> 'pk'",
                )
                .fetch_all(p)
                .await?
            }
            Db::Postgres(p) => {
                sqlx::query_as(
                    "SELECT t.relname::text, x.indisunique, x.indpred IS NOT NULL, \
                     (SELECT string_agg(a.attname, ',' ORDER BY k.ord) \
                      FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) \
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) \
                     FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid \
                     JOIN pg_namespace n ON n.oid = t.relnamespace \
                     WHERE n.nspname = current_schema() AND NOT x.indisprimary \
                     AND t.relname NOT LIKE '_sqlx%'",
                )
                .fetch_all(p)
                .await?
            }
        };
        for (table, unique, partial, columns) in indexes {
            lines.push(index_line(&table, &columns, unique, partial));
        }
        for k in self.foreign_keys().await? {
            lines.push(format!(
                "foreign key {}.{} -> {}.{} on delete {}",
                k.table, k.column, k.target, k.target_column, k.on_delete
            ));
        }
        lines.sort();
        Ok(lines)
    }

    /// Every column Socius writes, table by table in declaration order.
    pub async fn columns(&self) -> Result<Vec<ColumnInfo>, sqlx::Error> {
        let rows: Vec<(String, String, String, bool)> = match self {
            Db::Sqlite(p) => {
                sqlx::query_as(
                    "SELECT m.name, c.name, c.type, c.\"notnull\" <> 0 OR c.pk > 0 \
                     FROM sqlite_master m JOIN pragma_table_info(m.name) c \
                     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' \
                     AND m.name NOT LIKE '_sqlx%' \
                     ORDER BY m.name, c.cid",
                )
                .fetch_all(p)
                .await?
            }
            Db::Postgres(p) => sqlx::query_as(
                "SELECT table_name::text, column_name::text, data_type::text, is_nullable = 'NO' \
                     FROM information_schema.columns \
                     WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%' \
                     ORDER BY table_name, ordinal_position",
            )
            .fetch_all(p)
            .await?,
        };
        Ok(rows
            .into_iter()
            .map(|(table, name, declared, not_null)| ColumnInfo {
                table,
                name,
                class: TypeClass::of(&declared),
                not_null,
            })
            .collect())
    }

    /// Every foreign key (all of Socius's are on one column).
    pub async fn foreign_keys(&self) -> Result<Vec<ForeignKeyInfo>, sqlx::Error> {
        let rows: Vec<(String, String, String, String, String)> = match self {
            Db::Sqlite(p) => {
                sqlx::query_as(
                    "SELECT m.name, f.\"from\", f.\"table\", COALESCE(f.\"to\", 'id'), lower(f.on_delete) \
                     FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f \
                     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'",
                )
                .fetch_all(p)
                .await?
            }
            Db::Postgres(p) => {
                sqlx::query_as(
                    "SELECT t.relname::text, a.attname::text, r.relname::text, ra.attname::text, \
                     CASE c.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' \
                     WHEN 'd' THEN 'set default' WHEN 'r' THEN 'restrict' ELSE 'no action' END \
                     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid \
                     JOIN pg_class r ON r.oid = c.confrelid \
                     JOIN pg_namespace n ON n.oid = t.relnamespace \
                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
                     JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] \
                     WHERE c.contype = 'f' AND n.nspname = current_schema()",
                )
                .fetch_all(p)
                .await?
            }
        };
        Ok(rows
            .into_iter()
            .map(
                |(table, column, target, target_column, on_delete)| ForeignKeyInfo {
                    table,
                    column,
                    target,
                    target_column,
                    on_delete,
                },
            )
            .collect())
    }
}

/// A column of the live schema ([`Db::columns`]).
#[derive(Clone, Debug)]
pub struct ColumnInfo {
    pub table: String,
    pub name: String,
    pub class: TypeClass,
    pub not_null: bool,
}

/// A foreign key of the live schema ([`Db::foreign_keys`]); `on_delete` in lower case.
#[derive(Clone, Debug)]
pub struct ForeignKeyInfo {
    pub table: String,
    pub column: String,
    pub target: String,
    pub target_column: String,
    pub on_delete: String,
}

/// What a column holds, whatever its declared type on either backend: SQLite keeps dates and
/// times as ISO text where PostgreSQL has `date` and `timestamptz`, so both are `Text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeClass {
    Integer,
    Bool,
    Real,
    Blob,
    Text,
}

impl TypeClass {
    fn of(declared: &str) -> TypeClass {
        let declared = declared.to_lowercase();
        if declared.contains("int") {
            TypeClass::Integer
        } else if declared.contains("bool") {
            TypeClass::Bool
        } else if declared.contains("real")
            || declared.contains("double")
            || declared.contains("float")
        {
            TypeClass::Real
        } else if declared.contains("blob") || declared.contains("bytea") {
            TypeClass::Blob
        } else {
            TypeClass::Text
        }
    }

    fn name(self) -> &'static str {
        match self {
            TypeClass::Integer => "integer",
            TypeClass::Bool => "bool",
            TypeClass::Real => "real",
            TypeClass::Blob => "blob",
            TypeClass::Text => "text",
        }
    }
}

fn index_line(table: &str, columns: &str, unique: bool, partial: bool) -> String {
    format!(
        "{}index {table}({columns}){}",
        if unique { "unique " } else { "" },
        if partial { " partial" } else { "" }
    )
}

impl Tx {
    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }

    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        crate::platform::content_version::committed();
        Ok(())
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
