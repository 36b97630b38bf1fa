//! Rate limits on the doors attackers knock on: login, password reset, public forms. The counts
//! live in the database, so several processes behind one load balancer share them (a limit kept in
//! each process would let N processes take N times the attempts).
//!
//! Each limit counts hits per key in one-minute windows and weighs the previous window by how much
//! of it still overlaps the last sixty seconds (a sliding window, without the burst a fixed window
//! allows at its edge). Keys are stored hashed: an address or an email is no business of this
//! table. Old windows are forgotten by the housekeeping loop.

use chrono::Utc;
use sha2::{Digest, Sha256};

use crate::platform::db::Db;
use crate::platform::web::AppError;
use crate::{execute, fetch_all};

/// One door and how many knocks a minute it takes.
#[derive(Clone, Copy, Debug)]
struct Limit {
    bucket: &'static str,
    per_minute: i64,
}

/// Failed tries per account: slows password guessing against one address.
const LOGIN_ACCOUNT: Limit = Limit {
    bucket: "login_account",
    per_minute: 5,
};
/// Failed tries per client address: slows spraying many addresses.
const LOGIN_IP: Limit = Limit {
    bucket: "login_ip",
    per_minute: 30,
};
/// Per client address, for forms anyone may post (password reset, applications, reports).
const PUBLIC_FORM_IP: Limit = Limit {
    bucket: "public_form_ip",
    per_minute: 10,
};

const WINDOW_SECONDS: i64 = 60;

fn hashed(key: &str) -> String {
    hex::encode(&Sha256::digest(key.as_bytes())[..16])
}

/// The hits on `key` in the last minute: this window's and the overlapping part of the last one.
async fn recent(db: &Db, limit: Limit, key: &str) -> Result<f64, sqlx::Error> {
    let now = Utc::now().timestamp();
    let window = now.div_euclid(WINDOW_SECONDS);
    let counts: Vec<(i64, i64)> = fetch_all!(
        db,
        "SELECT window_start, hits FROM rate_hits WHERE bucket = $1 AND key = $2 \
         AND window_start >= $3",
        limit.bucket,
        hashed(key),
        window - 1
    )?;
    let overlap = 1.0 - now.rem_euclid(WINDOW_SECONDS) as f64 / WINDOW_SECONDS as f64;
    Ok(counts
        .iter()
        .map(|(start, hits)| {
            let weight = if *start == window { 1.0 } else { overlap };
            *hits as f64 * weight
        })
        .sum())
}

/// Counts one hit on `key`.
async fn record(db: &Db, limit: Limit, key: &str) -> Result<(), sqlx::Error> {
    let window = Utc::now().timestamp().div_euclid(WINDOW_SECONDS);
    execute!(
        db,
        "INSERT INTO rate_hits (bucket, key, window_start, hits) VALUES ($1, $2, $3, 1) \
         ON CONFLICT (bucket, key, window_start) DO UPDATE SET hits = rate_hits.hits + 1",
        limit.bucket,
        hashed(key),
        window
    )?;
    Ok(())
}

/// Counts one hit on `key`; whether it is within the limit.
async fn hit(db: &Db, limit: Limit, key: &str) -> Result<bool, sqlx::Error> {
    record(db, limit, key).await?;
    Ok(recent(db, limit, key).await? <= limit.per_minute as f64)
}

/// Whether a password may be tried now for `account` from `ip`: refused (even the right one)
/// once the failed tries of the last minute reach a limit. Only failures count
/// ([`login_failed`]), so people who sign in often are not slowed down.
pub async fn check_login(db: &Db, account: &str, ip: &str) -> Result<(), AppError> {
    let account = account.to_lowercase();
    let full = |limit: Limit, tries: f64| tries >= limit.per_minute as f64;
    let account_full = full(LOGIN_ACCOUNT, recent(db, LOGIN_ACCOUNT, &account).await?);
    let ip_full = full(LOGIN_IP, recent(db, LOGIN_IP, ip).await?);
    if account_full || ip_full {
        Err(AppError::RateLimited)
    } else {
        Ok(())
    }
}

/// A wrong password for `account` from `ip`: counted against both (a sprayer's address fills up
/// even when every account is new).
pub async fn login_failed(db: &Db, account: &str, ip: &str) -> Result<(), sqlx::Error> {
    record(db, LOGIN_IP, ip).await?;
    record(db, LOGIN_ACCOUNT, &account.to_lowercase()).await
}

/// Whether a public form may be taken from `ip` now; a form refused keeps what was typed
/// (`render_rate_limited`).
pub async fn allows_public_form(db: &Db, ip: &str) -> Result<bool, sqlx::Error> {
    hit(db, PUBLIC_FORM_IP, ip).await
}

pub async fn check_public_form(db: &Db, ip: &str) -> Result<(), AppError> {
    if hit(db, PUBLIC_FORM_IP, ip).await? {
        Ok(())
    } else {
        Err(AppError::RateLimited)
    }
}

/// Forgets windows that no longer count; run by the housekeeping loop.
pub async fn forget_old(db: &Db) -> Result<u64, sqlx::Error> {
    let current = Utc::now().timestamp().div_euclid(WINDOW_SECONDS);
    execute!(
        db,
        "DELETE FROM rate_hits WHERE window_start < $1",
        current - 1
    )
}
