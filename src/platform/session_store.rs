//! tower-sessions storage in Socius's own `sessions` table, on either backend (the sqlx store crate
//! needs one concrete pool per backend; this keeps sessions inside our migrations and schema test).

use chrono::{DateTime, Utc};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};
use tower_sessions::SessionStore;

use crate::platform::db::Db;
use crate::with_db;

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        DbSessionStore { db }
    }

    /// Removes expired sessions; run periodically by the background worker.
    pub async fn delete_expired(&self) -> std::result::Result<u64, sqlx::Error> {
        let done = with_db!(&self.db, |p| sqlx::query(
            "DELETE FROM sessions WHERE expires_at < $1"
        )
        .bind(Utc::now())
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(done)
    }
}

fn backend(err: impl std::fmt::Display) -> Error {
    Error::Backend(err.to_string())
}

fn expiry(record: &Record) -> DateTime<Utc> {
    DateTime::from_timestamp(record.expiry_date.unix_timestamp(), 0).unwrap_or_else(Utc::now)
}

#[async_trait::async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        loop {
            let inserted = with_db!(&self.db, |p| sqlx::query(
                "INSERT INTO sessions (id, data, expires_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING"
            )
            .bind(record.id.to_string())
            .bind(&data)
            .bind(expiry(record))
            .execute(p).await.map(|r| r.rows_affected()))
            .map_err(backend)?;
            if inserted == 1 {
                return Ok(());
            }
            // Astronomically unlikely id collision: draw another.
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        with_db!(&self.db, |p| sqlx::query(
            "INSERT INTO sessions (id, data, expires_at) VALUES ($1, $2, $3) \
             ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at"
        )
        .bind(record.id.to_string())
        .bind(&data)
        .bind(expiry(record))
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let row: Option<(String, DateTime<Utc>)> = with_db!(&self.db, |p| sqlx::query_as(
            "SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2"
        )
        .bind(id.to_string())
        .bind(Utc::now())
        .fetch_optional(p)
        .await)
        .map_err(backend)?;
        let Some((data, expires_at)) = row else {
            return Ok(None);
        };
        let data = serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?;
        let expiry_date = time::OffsetDateTime::from_unix_timestamp(expires_at.timestamp())
            .map_err(|e| Error::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        with_db!(&self.db, |p| sqlx::query(
            "DELETE FROM sessions WHERE id = $1"
        )
        .bind(id.to_string())
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(backend)?;
        Ok(())
    }
}
