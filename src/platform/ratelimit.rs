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
use crate::{execute, scalar, scalar_optional};

/// One door and how many knocks a minute it takes.
#[derive(Clone, Copy, Debug)]
struct Limit {
    bucket: &'static str,
    per_minute: i64,
}

/// Per account: slows password guessing against one address.
const LOGIN_ACCOUNT: Limit = Limit {
    bucket: "login_account",
    per_minute: 5,
};
/// Per client address: slows spraying many addresses.
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

/// Counts one hit on `key`; whether it is within the limit.
async fn hit(db: &Db, limit: Limit, key: &str) -> Result<bool, sqlx::Error> {
    let now = Utc::now().timestamp();
    let window = now.div_euclid(WINDOW_SECONDS);
    let key = hashed(key);
    let hits: i64 = scalar!(
        db,
        "INSERT INTO rate_hits (bucket, key, window_start, hits) VALUES ($1, $2, $3, 1) \
         ON CONFLICT (bucket, key, window_start) DO UPDATE SET hits = rate_hits.hits + 1 \
         RETURNING hits",
        limit.bucket,
        &key,
        window
    )?;
    let before: Option<i64> = scalar_optional!(
        db,
        "SELECT hits FROM rate_hits WHERE bucket = $1 AND key = $2 AND window_start = $3",
        limit.bucket,
        &key,
        window - 1
    )?;
    let overlap = 1.0 - now.rem_euclid(WINDOW_SECONDS) as f64 / WINDOW_SECONDS as f64;
    let weighed = hits as f64 + before.unwrap_or(0) as f64 * overlap;
    Ok(weighed <= limit.per_minute as f64)
}

pub async fn check_login(db: &Db, account: &str, ip: &str) -> Result<(), AppError> {
    // Both counted, whichever refuses: a sprayer's address fills up even on new accounts.
    let ip_ok = hit(db, LOGIN_IP, ip).await?;
    let account_ok = hit(db, LOGIN_ACCOUNT, &account.to_lowercase()).await?;
    if ip_ok && account_ok {
        Ok(())
    } else {
        Err(AppError::RateLimited)
    }
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
